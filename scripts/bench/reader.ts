// Reader: time to the first page of a 500-page pack on screen, and the JS heap after scrolling end to end
// and back (twice, to see whether it grows), for Scrutineer's reader and for pdf.js's own PDFViewer,
// in the same Chromium, in the same run. The reader's first page is on screen when its picture (made at import)
// is shown, or when pdf.js has drawn it if that is first; the time pdf.js drew it is reported beside it.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Page, chromium } from 'playwright-core';
import { createHandlers } from '../../main/api/handlers';
import { importFile } from '../../main/library/import-file';
import { startPreviewServer } from '../../main/preview/server';
import { openStore } from '../../main/store/database';
import { makeBenchPack } from './make-bench-pack';

const PAGES = 500;
const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** pdf.js's PDFViewer, as its own example page sets it up, served with the same pack. */
const VIEWER_HTML = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="pdf_viewer.css">
<style>#viewerContainer{position:absolute;inset:0;overflow:auto}</style></head><body>
<div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div>
<script type="module">
import * as pdfjsLib from './pdf.mjs';
globalThis.pdfjsLib = pdfjsLib;
const { PDFViewer, EventBus, PDFLinkService } = await import('./pdf_viewer.mjs');
pdfjsLib.GlobalWorkerOptions.workerSrc = './pdf.worker.mjs';
const eventBus = new EventBus();
const linkService = new PDFLinkService({ eventBus });
const viewer = new PDFViewer({ container: document.getElementById('viewerContainer'), eventBus, linkService });
linkService.setViewer(viewer);
eventBus.on('pagerendered', () => { window.__rendered = (window.__rendered || 0) + 1; });
const doc = await pdfjsLib.getDocument({ url: './pack.pdf', isEvalSupported: false }).promise;
viewer.setDocument(doc);
linkService.setDocument(doc);
</script></body></html>`;

/**
 * How each page says its first page is on screen: the reader's mark (its picture made at import, or
 * pdf.js's drawing if that came first), PDFViewer's pagerendered event (it has no picture).
 */
const READER_DRAWN = 'reader';
const VIEWER_DRAWN = 'viewer';
const firstPageDrawn = (by: string): boolean =>
  by === 'reader'
    ? performance.getEntriesByName('reader:first-page-shown').length > 0
    : ((window as unknown as { __rendered?: number }).__rendered ?? 0) > 0;
/** The reader's first page drawn by pdf.js (over its picture). */
const readerDrawn = (): boolean => performance.getEntriesByName('reader:first-page-drawn').length > 0;

function serveViewer(dir: string): Promise<{ url: string; close: () => void }> {
  const files: Record<string, string> = {
    'pdf.mjs': 'node_modules/pdfjs-dist/build/pdf.mjs',
    'pdf.worker.mjs': 'node_modules/pdfjs-dist/build/pdf.worker.mjs',
    'pdf_viewer.mjs': 'node_modules/pdfjs-dist/web/pdf_viewer.mjs',
    'pdf_viewer.css': 'node_modules/pdfjs-dist/web/pdf_viewer.css',
  };
  const server = http.createServer((req, res) => {
    const name = (req.url ?? '/').slice(1).split('?')[0] || 'index.html';
    const type = name.endsWith('.mjs') ? 'text/javascript' : name.endsWith('.css') ? 'text/css' : name.endsWith('.pdf') ? 'application/pdf' : 'text/html';
    const source = name === 'index.html' ? null : name === 'pack.pdf' ? path.join(dir, 'pack.pdf') : files[name] ? path.join(ROOT, files[name] as string) : undefined;
    if (source === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': type });
    res.end(source === null ? VIEWER_HTML : fs.readFileSync(source));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() })),
  );
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}

/** Scrolls the container from top to bottom and back in 100 steps each way, letting pages render. */
async function scrollEndToEnd(page: Page, selector: string): Promise<void> {
  for (const direction of [1, -1]) {
    for (let step = 0; step <= 100; step++) {
      const fraction = direction === 1 ? step / 100 : 1 - step / 100;
      await page.evaluate(([sel, f]) => {
        const el = document.querySelector(sel as string) as HTMLElement;
        el.scrollTop = (el.scrollHeight - el.clientHeight) * (f as number);
      }, [selector, fraction] as const);
      await page.waitForTimeout(40);
    }
  }
  await page.waitForTimeout(500);
}

/**
 * Times opening a document until its first page is drawn: `drawn` is true in the page once pdf.js has
 * finished drawing a page (not merely once a canvas is in the document, which happens before drawing).
 */
async function measure(page: Page, url: string, drawn: typeof READER_DRAWN | typeof VIEWER_DRAWN, scroller: string) {
  // The in-page clock at the navigation, so the reader's marks can be read from it (for a hash change
  // the page's time origin is when the app was first loaded).
  const navAt = await page.evaluate(() => performance.now());
  const started = performance.now();
  await page.goto(url);
  await page.waitForFunction(firstPageDrawn, drawn, { timeout: 60_000, polling: 'raf' });
  const firstPageMs = Math.round(performance.now() - started);
  // For the reader, also when pdf.js drew that page: the same clock, moved on by the marks' difference.
  let drawnMs = firstPageMs;
  if (drawn === READER_DRAWN) {
    await page.waitForFunction(readerDrawn, undefined, { timeout: 60_000, polling: 'raf' });
    const [shownAt, drawnAt] = await page.evaluate(() => ['reader:first-page-shown', 'reader:first-page-drawn'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? 0));
    drawnMs = Math.round(firstPageMs + (drawnAt ?? 0) - (shownAt ?? 0));
  }
  // Where the time went, from the reader's own performance marks (none on the PDFViewer page).
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').filter((m) => m.name.startsWith('reader:')).map((m) => [m.name.slice(7), m.startTime] as const),
  );
  if (marks.length > 0) {
    let last = navAt;
    const steps = marks.map(([n, t]) => {
      const step = `${n} ${Math.round(t - navAt)} (+${Math.round(t - last)})`;
      last = t;
      return step;
    });
    console.log(`  marks (ms since the navigation, +step): ${steps.join(', ')}`);
  }
  await page.waitForTimeout(500);
  const heapLoadedMb = await heapMb(page);
  await scrollEndToEnd(page, scroller);
  const heapAfterPass1Mb = await heapMb(page);
  await scrollEndToEnd(page, scroller);
  const heapAfterPass2Mb = await heapMb(page);
  const canvases = await page.evaluate(() => document.querySelectorAll('canvas').length);
  return { firstPageMs, drawnMs, heapLoadedMb, heapAfterPass1Mb, heapAfterPass2Mb, canvasesAfter: canvases };
}

export async function readerBench(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-bench-reader-'));
  const store = openStore(path.join(dir, 'store'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const viewer = await serveViewer(dir);
  try {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html'))) throw new Error('build the renderer first: node scripts/build.mjs renderer');
    const pack = await makeBenchPack(PAGES, ['Public Document Pack', 'Bench Scrutiny Committee', 'Tuesday, 14 January 2025']);
    fs.writeFileSync(path.join(dir, 'pack.pdf'), pack);
    const outcome = await importFile(store, { fileName: 'pack.pdf', bytes: pack });
    const documentId = store.db.prepare('SELECT id FROM documents').pluck().get() as number;
    if (outcome.status === 'failed' || !documentId) throw new Error(outcome.message);
    const preview = await startPreviewServer({ handlers: createHandlers(store), rendererDir: path.join(ROOT, 'dist', 'renderer') });
    try {
      const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
      for (const [name, run] of [
        ['scrutineer', (p: Page) => measure(p, `${preview.origin}/#token=${preview.token}`, READER_DRAWN, '.reader__scroll')],
        ['pdfjsViewer', (p: Page) => measure(p, viewer.url, VIEWER_DRAWN, '#viewerContainer')],
      ] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        if (name === 'scrutineer') {
          // Load the app once so its token is kept, then time opening the document itself.
          await page.goto(`${preview.origin}/#token=${preview.token}`);
          await page.waitForSelector('h1');
          results[name] = await measure(page, `${preview.origin}/#/document/${documentId}`, READER_DRAWN, '.reader__scroll');
        } else {
          results[name] = await run(page);
        }
        await context.close();
      }
      const ours = results.scrutineer as Awaited<ReturnType<typeof measure>>;
      const theirs = results.pdfjsViewer as Awaited<ReturnType<typeof measure>>;
      for (const [name, r] of Object.entries(results)) {
        const drawnToo = r.drawnMs !== r.firstPageMs ? ` (its picture; drawn by pdf.js at ${r.drawnMs} ms)` : '';
        console.log(`${name.padEnd(12)} first page ${r.firstPageMs} ms${drawnToo}; heap loaded ${r.heapLoadedMb} MB, after pass 1 ${r.heapAfterPass1Mb} MB, after pass 2 ${r.heapAfterPass2Mb} MB; canvases left ${r.canvasesAfter}`);
      }
      console.log('targets: first page ≤ 300 ms and no slower than PDFViewer; heap after scrolling ≤ PDFViewer’s and not growing on a second pass');
      return {
        bench: 'reader',
        pages: PAGES,
        firstPageMs: ours.firstPageMs,
        firstPageDrawnMs: ours.drawnMs,
        heapAfterScrollMb: ours.heapAfterPass2Mb,
        heapGrowthSecondPassMb: Math.round((ours.heapAfterPass2Mb - ours.heapAfterPass1Mb) * 10) / 10,
        baseline: 'pdfjs PDFViewer',
        baselineFirstPageMs: theirs.firstPageMs,
        baselineHeapAfterScrollMb: theirs.heapAfterPass2Mb,
        ratio: Math.round((ours.firstPageMs / theirs.firstPageMs) * 100) / 100,
        meetsTarget:
          ours.firstPageMs <= 300 && ours.firstPageMs <= theirs.firstPageMs && ours.heapAfterPass2Mb <= theirs.heapAfterPass2Mb && ours.heapAfterPass2Mb <= ours.heapAfterPass1Mb + 1,
      };
    } finally {
      await preview.close();
    }
  } finally {
    viewer.close();
    await browser.close();
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
