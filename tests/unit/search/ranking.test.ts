/**
 * Ranking at a bounded cost (ranking.ts) on a real SQLite file: words common enough that FTS5's bm25()
 * would walk too much of the index are ranked by the same formula from counts in the text. Both ways
 * must agree on the order, weigh rare words above common ones, and page without repeats.
 */
import { writeVersion } from '../../../main/papers/store';
import { WINDOW_COUNTED, documentFrequencies, DF_SAMPLE, phrasesOf, walkCost } from '../../../main/search/ranking';
import { search, type SearchRequest } from '../../../main/search/search';
import { openStore, type Store } from '../../../main/store/database';
import { makeTempDir } from '../../helpers/temp-dir';

const stamp = '2025-01-01T00:00:00.000Z';
let store: Store;
let cleanup: () => void;
const filler = (words: number) => Array.from({ length: words }, (_, i) => ['the', 'council', 'met', 'on', 'monday'][i % 5]).join(' ');

beforeAll(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  store = openStore(temp.dir);
  store.db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, 'Anytown Borough Council', 'anytown borough council', '${stamp}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Children Scrutiny', 'children scrutiny', '${stamp}')`);
  const meeting = Number(store.db.prepare("INSERT INTO meetings (committee_id, identity_key, date, created_at, updated_at) VALUES (1, 'k', '2025-01-14', ?, ?)").run(stamp, stamp).lastInsertRowid);
  const pages = [
    `zebra ${filler(60)}`, // 1: once, long
    `zebra zebra zebra ${filler(10)}`, // 2: three times, short
    `zebra zebra ${filler(30)}`, // 3: twice
    `Zebras ${filler(10)}`, // 4: once (another form), short
    `zebra zebra zebra okapi ${filler(20)}`, // 5: the common word often, the rare one once
    `zebra okapi okapi okapi ${filler(20)}`, // 6: the rare word often
    ...Array.from({ length: 6 }, () => `zebra ${filler(25)}`),
    ...Array.from({ length: 450 }, (_, i) => `walrus ${'walrus '.repeat(i % 4)}${filler(15 + (i % 7))}`),
  ];
  writeVersion(store.db, { meetingId: meeting, itemId: null, kind: 'pack', title: 'Pack', sha256: 'a'.repeat(64), fileName: 'pack.pdf', byteSize: 0, pages });
  const item = store.db.prepare("INSERT INTO items (meeting_id, identity_key, number, title, exempt, truncated, agenda_text, minutes_text, position) VALUES (?, ?, ?, ?, 0, 0, '', ?, ?)");
  item.run(meeting, 'a', '1', 'Tapir enclosure', `The Commission noted the report. ${filler(20)}`, 1);
  item.run(meeting, 'b', '2', 'Any other business', `A member asked about the tapir. ${filler(20)}`, 2);
});
afterAll(() => {
  store.close();
  cleanup();
});

const ask = (query: string, more: Partial<SearchRequest> = {}, bm25Budget?: number) =>
  search(store.db, { query, scope: 'papers', limit: 50, ...more }, undefined, bm25Budget === undefined ? undefined : { bm25Budget });
const pageHits = (r: ReturnType<typeof ask>) => r.groups.flatMap((g) => g.hits.flatMap((h) => (h.kind === 'page' ? [h.pageNumber] : [])));

test('ranked by counts, the order is bm25()’s: more occurrences and shorter pages first', () => {
  const byBm25 = pageHits(ask('zebra'));
  const byCounts = pageHits(ask('zebra', {}, 0));
  expect(byBm25).toHaveLength(12);
  expect(byBm25[0]).toBe(2);
  expect(byBm25.indexOf(4)).toBeLessThan(byBm25.indexOf(1)); // once, but on a shorter page
  expect(byCounts).toEqual(byBm25);
});

test('ranked by counts, a rare word weighs more than a word on every page', () => {
  // 5 and 6 each hold both words four times in all; "zebra" is on every page of its kind, "okapi" on two.
  const byCounts = pageHits(ask('zebra okapi', {}, 0));
  expect(byCounts).toEqual([6, 5]);
  expect(pageHits(ask('zebra okapi'))).toEqual(byCounts);
});

test('ranked by counts, minutes weigh an item’s title above its text, as bm25() does', () => {
  const hits = (r: ReturnType<typeof ask>) => r.groups.flatMap((g) => g.hits.flatMap((h) => (h.kind === 'minutes' ? [h.itemTitle] : [])));
  const byCounts = hits(ask('tapir', { scope: 'minutes' }, 0));
  expect(byCounts).toEqual(['Tapir enclosure', 'Any other business']);
  expect(hits(ask('tapir', { scope: 'minutes' }))).toEqual(byCounts);
});

test('ranked by counts over several windows: every match once, in pages that continue each other', () => {
  const seen: number[] = [];
  let offset: number | null = 0;
  let answers = 0;
  while (offset !== null) {
    const r = ask('walrus', { limit: 100, offset }, 0);
    expect(r.offset).toBe(offset);
    expect(r.total).toBe(450);
    expect(r.totalExact).toBe(true);
    seen.push(...pageHits(r));
    offset = r.nextOffset;
    answers++;
  }
  expect(answers).toBe(5);
  expect(seen).toHaveLength(450);
  expect(new Set(seen).size).toBe(450);
  // Within the first window the pages with the word most often come first.
  const first = ask('walrus', { limit: 20 }, 0);
  const text = (page: number) => (store.db.prepare('SELECT text FROM pages WHERE page_number = ?').pluck().get(page) as string).match(/walrus/g)?.length;
  expect(pageHits(first).every((page) => text(page) === 4)).toBe(true);
  expect(WINDOW_COUNTED).toBeLessThan(450);
});

test('how many rows a word is in: exact below the sample, extrapolated from the rowid range above it', () => {
  expect(documentFrequencies([{ i: 0, n: 12, high: 900 }], 1, 1000)).toEqual([12]);
  // The first DF_SAMPLE matches reached up to the middle of the range: about twice as many in all.
  expect(documentFrequencies([{ i: 0, n: DF_SAMPLE, high: 500 }], 1, 1000)).toEqual([DF_SAMPLE * 2]);
  expect(phrasesOf('"foster" AND ("carer" OR "carers") NOT "capital budget"')).toEqual(['"foster"', '"carer"', '"carers"', '"capital budget"']);
  expect(phrasesOf('"say ""hello"""')).toEqual(['"say ""hello"""']);
  expect(walkCost('"foster carer"', 100)).toBeGreaterThan(walkCost('"foster"', 100));
  expect(walkCost('"recruit"*', 100)).toBeGreaterThan(walkCost('"recruit"', 100));
});
