// Runs in a worker thread: extracts the text of each page of one PDF with pdf.js (legacy build, for Node).
// Plain JavaScript so that Node can load it as a worker without a TypeScript loader, in tests and in the app.
import { parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const pdfjs = await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href);
pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;

/** Joins a page's text items into lines, keeping pdf.js's end-of-line marks. */
function pageText(content) {
  let out = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    out += item.str;
    if (item.hasEOL) out += '\n';
  }
  return out.replace(/[ \t]+\n/g, '\n').trim();
}

async function extract(data) {
  const task = pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    parentPort.postMessage({ type: 'start', pageCount: doc.numPages });
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const text = pageText(await page.getTextContent());
      page.cleanup();
      parentPort.postMessage({ type: 'page', pageNumber: n, text });
    }
    parentPort.postMessage({ type: 'done' });
  } finally {
    await doc.destroy();
  }
}

extract(workerData.data).catch((error) => {
  parentPort.postMessage({ type: 'error', name: error?.name ?? 'Error', message: String(error?.message ?? error) });
});
