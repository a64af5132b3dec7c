/**
 * How search reads its matches over a large library, on a real SQLite file (every migration): windows of
 * the newest matches read forwards over a stretch sized from the word's density (and the stretch before
 * it when the density was overestimated), phrases that narrow the stemmed walk without loosening it, and
 * filters that apply to the count as to the results.
 */
import { writeVersion } from '../../../main/papers/store';
import { parseQuery } from '../../../main/search/query-syntax';
import { WINDOW_BM25, WINDOW_COUNTED } from '../../../main/search/ranking';
import { search, searchPlan, type SearchRequest } from '../../../main/search/search';
import { openStore, type Store } from '../../../main/store/database';
import { makeTempDir } from '../../helpers/temp-dir';

const stamp = '2025-01-01T00:00:00.000Z';
let store: Store;
let cleanup: () => void;

// An old meeting whose pack has the word on every page, then a newer one where it is on one page in 25:
// an estimate of the density from the oldest matches is far too high for the newest stretch.
const DENSE = 900;
const SPARSE_PAGES = 1500;
const SPARSE = SPARSE_PAGES / 25;

function meeting(date: string): number {
  return Number(store.db.prepare('INSERT INTO meetings (committee_id, identity_key, date, created_at, updated_at) VALUES (1, ?, ?, ?, ?)').run(`k:${date}`, date, stamp, stamp).lastInsertRowid);
}

beforeAll(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  store = openStore(temp.dir);
  store.db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, 'Anytown Borough Council', 'anytown borough council', '${stamp}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Children Scrutiny', 'children scrutiny', '${stamp}')`);
  const old = meeting('2024-01-10');
  const recent = meeting('2025-06-10');
  const filler = (i: number) => `The Commission met on Monday ${'and noted the report '.repeat(i % 5)}`;
  writeVersion(store.db, {
    meetingId: old, itemId: null, kind: 'pack', title: 'Old pack', sha256: 'a'.repeat(64), fileName: 'old.pdf', byteSize: 0,
    pages: Array.from({ length: DENSE }, (_, i) => `walrus ${'walrus '.repeat(i % 3)}${filler(i)}`),
  });
  writeVersion(store.db, {
    meetingId: recent, itemId: null, kind: 'pack', title: 'New pack', sha256: 'b'.repeat(64), fileName: 'new.pdf', byteSize: 0,
    pages: [
      ...Array.from({ length: SPARSE_PAGES }, (_, i) => (i % 25 === 0 ? `walrus ${'walrus '.repeat(i % 4)}${filler(i)}` : filler(i))),
      'Evington youth justice service', // 1501: the bare word and the phrase
      'Evingtons and the youth justice board', // 1502: another form of the bare word, the phrase as written
      'Evington youth justices', // 1503: the phrase only in another form: not a match for the phrase in quotes
      'Evington: justice for youth', // 1504: the words, not the phrase
      'Evington probation service', // 1505
      'Evington probations', // 1506: "probation" in an OR with a phrase is matched as written
    ],
  });
});
afterAll(() => {
  store.close();
  cleanup();
});

const ask = (query: string, more: Partial<SearchRequest> = {}, bm25Budget?: number) =>
  search(store.db, { query, scope: 'papers', limit: 50, ...more }, undefined, bm25Budget === undefined ? undefined : { bm25Budget });
const pageIds = (r: ReturnType<typeof ask>) =>
  r.groups.flatMap((g) => g.hits.flatMap((h) => (h.kind === 'page' ? [store.db.prepare('SELECT id FROM pages WHERE version_id = ? AND page_number = ?').pluck().get(h.versionId, h.pageNumber) as number] : [])));
const pageNumbers = (r: ReturnType<typeof ask>) => r.groups.flatMap((g) => g.hits.flatMap((h) => (h.kind === 'page' ? [h.pageNumber] : []))).sort((a, b) => a - b);
/** The newest `n` matching rows, straight from SQLite's own index. */
const newest = (n: number) => new Set(store.db.prepare("SELECT rowid FROM pages_stem WHERE pages_stem MATCH 'walrus' ORDER BY rowid DESC LIMIT ?").pluck().all(n) as number[]);

describe('windows of the newest matches, read forwards', () => {
  test.each([
    ['bm25()', undefined, WINDOW_BM25],
    ['counts', 0, WINDOW_COUNTED],
  ])('ranked by %s: the first answer comes from the newest window, and paging gives every match once', (_name, bm25Budget, window) => {
    const first = ask('walrus', { limit: 100 }, bm25Budget);
    const inWindow = newest(window);
    expect(pageIds(first)).toHaveLength(100);
    expect(pageIds(first).every((id) => inWindow.has(id))).toBe(true);
    // The sparse stretch alone cannot fill a window: it reached back into the dense one.
    expect(pageIds(first).some((id) => id <= DENSE)).toBe(true);

    const seen: number[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const r = ask('walrus', { limit: 100, offset }, bm25Budget);
      expect(r.total).toBe(DENSE + SPARSE);
      expect(r.totalExact).toBe(true);
      seen.push(...pageIds(r));
      offset = r.nextOffset;
    }
    expect(seen).toHaveLength(DENSE + SPARSE);
    expect(new Set(seen).size).toBe(DENSE + SPARSE);
  });

  test('rowid bounds are bound as integers: FTS5 ignores a bound given as a real number and reads from the start', () => {
    const plan = searchPlan({ query: 'walrus', scope: 'papers', limit: 50 });
    let next = plan.next();
    let bounded = 0;
    while (!next.done) {
      for (const name of ['fromId', 'belowId']) {
        if (name in next.value.params) {
          expect(typeof next.value.params[name]).toBe('bigint');
          bounded++;
        }
      }
      next = plan.next(store.db.prepare(next.value.sql).all(next.value.params));
    }
    expect(bounded).toBeGreaterThanOrEqual(4);
  });
});

describe('filters on the count', () => {
  test('a from date applies to the matches counted past the results, not only to those ranked', () => {
    // The newest window holds every recent match; the rest are counted from the oldest end.
    const recent = ask('walrus', { from: '2025-01-01' });
    expect(recent.total).toBe(SPARSE);
    expect(recent.totalExact).toBe(true);
    expect(recent.meetingCount).toBe(1);
    const older = ask('walrus', { to: '2024-12-31' });
    expect(older.total).toBe(DENSE);
    expect(older.meetingCount).toBe(1);
  });
});

describe('phrases beside bare words', () => {
  test('the phrase narrows the stemmed walk; the unstemmed index still decides', () => {
    expect(parseQuery('Evington "youth justice"').stemFilter).toBe('"youth justice"');
    expect(parseQuery('Evington kinship*').stemFilter).toBeNull(); // a prefix is no filter on stems
    expect(parseQuery('"youth justice"').stemFilter).toBeNull(); // no bare words: the unstemmed index alone
    const first = SPARSE_PAGES;
    const both = ask('Evington "youth justice"');
    expect(pageNumbers(both)).toEqual([first + 1, first + 2]);
    expect(both.total).toBe(2);
    expect(both.totalExact).toBe(true);
    expect(pageNumbers(ask('Evington "youth justice" OR probation'))).toEqual([first + 1, first + 2, first + 5]);
    expect(pageNumbers(ask('Evington justice youth'))).toEqual([first + 1, first + 2, first + 3, first + 4]);
  });
});
