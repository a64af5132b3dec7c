/**
 * Searches never freeze the app (issue 17): they run in a worker thread with their own read-only
 * connection (an encrypted store here, so the worker needs the key), with a time budget, and a newer
 * query on the same channel cancels an older one. Measured through dispatch and the real handlers.
 */
import { dispatch } from '../../../main/api/dispatch';
import { createHandlers } from '../../../main/api/handlers';
import { SearchWorker } from '../../../main/search/worker';
import { generateStoreKey } from '../../../main/store/cipher';
import { openStore, type Store } from '../../../main/store/database';
import type { SearchResults } from '../../../shared/types/papers';
import { councilPage } from '../../../scripts/bench/council-text';
import { makeTempDir } from '../../helpers/temp-dir';

jest.setTimeout(180_000);

const PAGES = 12_000;
let store: Store;
let cleanup: () => void;

beforeAll(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  store = openStore(temp.dir, { key: generateStoreKey() });
  const stamp = new Date().toISOString();
  const db = store.db;
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, 'Bench Council', 'bench council', '${stamp}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${stamp}')`);
  const meeting = db.prepare("INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (?, 1, ?, '2025-01-14', ?, ?)");
  const document = db.prepare("INSERT INTO documents (id, meeting_id, kind, title, created_at, updated_at) VALUES (?, ?, 'pack', 'Agenda pack', ?, ?)");
  const version = db.prepare("INSERT INTO document_versions (id, document_id, version, is_current, sha256, file_name, byte_size, page_count, text_page_count, imported_at) VALUES (?, ?, 1, 1, ?, 'p.pdf', 0, 500, 500, ?)");
  const page = db.prepare('INSERT INTO pages (version_id, page_number, text) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let d = 1; d <= PAGES / 500; d++) {
      meeting.run(d, `m${d}`, stamp, stamp);
      document.run(d, d, stamp, stamp);
      version.run(d, d, String(d).padStart(64, '0'), stamp);
      for (let p = 1; p <= 500; p++) page.run(d, p, councilPage(d * 500 + p).join('\n'));
    }
  })();
});
afterAll(() => {
  store.close();
  cleanup();
});

test('searches run off the main thread: library.overview answers within 100 ms while heavy searches run', async () => {
  const handlers = createHandlers(store);
  // Heavy on purpose: common words, deep pages of results, phrases checked against the other index.
  const heavy = ['officers council report', 'report -officers', 'council "the report"', 'recruit* officers report council members'];
  let searching = true;
  let searches = 0;
  const loop = (async () => {
    let i = 0;
    while (searching) {
      const reply = await dispatch(handlers, 'search.query', { query: heavy[i++ % heavy.length], limit: 200, offset: (i % 5) * 1000 });
      expect(reply.ok).toBe(true);
      searches++;
    }
  })();
  // Wait until the worker has started and is busy.
  while (searches < 1) await new Promise((resolve) => setTimeout(resolve, 5));
  const delays: number[] = [];
  for (let n = 0; n < 40; n++) {
    const started = performance.now();
    const reply = await dispatch(handlers, 'library.overview', {});
    delays.push(performance.now() - started);
    expect(reply.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  searching = false;
  await loop;
  expect(searches).toBeGreaterThan(1);
  expect(Math.max(...delays)).toBeLessThan(100);
});

test('a time budget: a search that would take longer answers in time, marked partial', async () => {
  const worker = new SearchWorker(store, { budgetMs: 1 });
  try {
    const started = performance.now();
    const r = await worker.search({ query: 'officers council', scope: 'all', limit: 200, offset: 8000 });
    expect(r.partial).toBe(true);
    expect(r.totalExact).toBe(false);
    expect(performance.now() - started).toBeLessThan(1500);
    const fresh = new SearchWorker(store);
    const complete = await fresh.search({ query: 'Millgate', scope: 'all', limit: 5 });
    await fresh.close();
    expect(complete.partial).toBe(false);
    expect(complete.total).toBeGreaterThan(0);
  } finally {
    await worker.close();
  }
});

test('a newer query on the same channel cancels an older one; other channels are not affected', async () => {
  const worker = new SearchWorker(store);
  try {
    const older = worker.search({ query: 'officers', scope: 'all', limit: 200, offset: 4000 }, 'page');
    const other = worker.search({ query: 'kinship', scope: 'all', limit: 5 }, 'cli');
    const newer = worker.search({ query: 'Millgate', scope: 'all', limit: 5 }, 'page');
    const [a, b, c]: [SearchResults, SearchResults, SearchResults] = await Promise.all([older, other, newer]);
    // The older one had started; it stops at its next statement and says it is incomplete.
    expect(a.partial).toBe(true);
    expect(b.partial).toBe(false);
    expect(b.total).toBeGreaterThan(0);
    expect(c.partial).toBe(false);
    expect(c.query).toBe('Millgate');
  } finally {
    await worker.close();
  }
});
