/**
 * Browser-test harness: a throwaway data directory and store, the preview server serving the built
 * renderer (dist/renderer — run `node scripts/build.mjs renderer` first) and Debian's Chromium
 * driven by playwright-core. Also an axe-core check that works under the app's strict CSP.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createHandlers, type Handlers } from '../../main/api/handlers';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { generateStoreKey } from '../../main/store/cipher';
import { openStore, type Store } from '../../main/store/database';
import { sharedFixture } from '../../scripts/fixtures';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');
/** The real council pages, in the shared/ folder checked out beside the repository. */
export const FIXTURES_DIR = sharedFixture('minutes');
export const fixture = (name: string) => path.join(FIXTURES_DIR, name);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Harness {
  dataDir: string;
  store: Store;
  handlers: Handlers;
  server: PreviewServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Messages of any alert/confirm/prompt the page opened (each is dismissed). */
  dialogs: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Console errors, e.g. CSP refusals. */
  consoleErrors: string[];
  /** Imports a file straight through the API handlers, to set up a test. */
  seed(fileName: string): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(options: { viewport?: { width: number; height: number } } = {}): Promise<Harness> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${RENDERER_DIR}: run \`node scripts/build.mjs renderer\` first.`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-e2e-'));
  const cleanups: Array<() => unknown> = [() => fs.rmSync(dataDir, { recursive: true, force: true })];
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.warn('[e2e] teardown step failed:', error);
      }
    }
  };
  try {
    // Every browser test runs on an encrypted store (a fresh random key), as the app does.
    const store = openStore(dataDir, { key: generateStoreKey() });
    cleanups.push(() => store.close());
    // Progress events go out over the preview server's event stream, as in `npm run preview`.
    let broadcast: PreviewServer['broadcast'] = () => undefined;
    const handlers = createHandlers(store, { emit: (name, payload) => broadcast(name, payload) });
    const server = await startPreviewServer({ handlers, rendererDir: RENDERER_DIR, port: 0 });
    broadcast = server.broadcast;
    cleanups.push(() => server.close());
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 900 },
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const seed = async (fileName: string) => {
      const data = new Uint8Array(fs.readFileSync(fixture(fileName)));
      const outcome = await handlers['import.file']({ name: fileName, data });
      if (outcome.status === 'failed') throw new Error(`Seeding ${fileName} failed: ${outcome.message}`);
    };
    return { dataDir, store, handlers, server, browser, context, page, dialogs, pageErrors, consoleErrors, seed, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Opens the app at the library (the URL carries this run's token) and waits for it to render. */
export async function openApp(h: Harness): Promise<void> {
  await h.page.goto(h.server.url);
  await h.page.getByRole('heading', { level: 1 }).first().waitFor();
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page and fails on any serious or critical violation. The CSP forbids inline
 * script, so axe is not added with a <script> tag: page.evaluate runs over the DevTools protocol,
 * which the page's CSP does not govern.
 */
export async function expectAxeClean(page: Page, where: string): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context?: unknown, options?: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as AxeViolation[];
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    const report = serious
      .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`)
      .join('\n');
    throw new Error(`axe found ${serious.length} serious/critical problem(s) on ${where}:\n${report}`);
  }
}

/** The visible text of the main region, whitespace collapsed. */
export async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

/**
 * Where a test saves a screenshot: the README's pictures in docs/ only when UPDATE_SCREENSHOTS=1
 * (so a test run never dirties the working tree), else the temp folder for looking at by hand.
 */
export function screenshotPath(name: string): string {
  return process.env.UPDATE_SCREENSHOTS === '1' ? path.join(REPO_ROOT, 'docs', name) : path.join(os.tmpdir(), name);
}
