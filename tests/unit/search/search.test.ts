/**
 * Search on a real SQLite file (every migration, 0011's stemmed indexes included): stems, exact phrases,
 * NOT and -word, true totals, paging, the query limits, and snippets that start cleanly.
 */
import { writeVersion } from '../../../main/papers/store';
import { COUNT_CAP, WINDOW, search, type SearchRequest } from '../../../main/search/search';
import { openStore, type Store } from '../../../main/store/database';
import { makeTempDir } from '../../helpers/temp-dir';

const stamp = '2025-01-01T00:00:00.000Z';
let store: Store;
let cleanup: () => void;

function meeting(committeeId: number, date: string): number {
  return Number(store.db.prepare('INSERT INTO meetings (committee_id, identity_key, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(committeeId, `k:${committeeId}:${date}`, date, stamp, stamp).lastInsertRowid);
}
function pack(meetingId: number | null, title: string, pages: string[]): number {
  return writeVersion(store.db, { meetingId, itemId: null, kind: 'pack', title, sha256: `${title}${meetingId}`.padEnd(64, '0').slice(0, 64), fileName: `${title}.pdf`, byteSize: 0, pages }).documentId;
}
function item(meetingId: number, title: string, minutes: string): number {
  return Number(
    store.db
      .prepare("INSERT INTO items (meeting_id, identity_key, number, title, exempt, truncated, agenda_text, minutes_text, position) VALUES (?, ?, NULL, ?, 0, 0, '', ?, 1)")
      .run(meetingId, title.toLowerCase(), title, minutes).lastInsertRowid,
  );
}
const ask = (query: string, more: Partial<SearchRequest> = {}) => search(store.db, { query, scope: 'all', limit: 50, ...more });
const hitCount = (r: ReturnType<typeof ask>) => r.groups.reduce((n, g) => n + g.hits.length, 0);
const pageHits = (r: ReturnType<typeof ask>) => r.groups.flatMap((g) => g.hits.flatMap((h) => (h.kind === 'page' ? [h.pageNumber] : [])));
const text = (snippet: Array<{ text: string }>) => snippet.map((s) => s.text).join('');

let a: number;
let b: number;
beforeAll(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  store = openStore(temp.dir);
  store.db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, 'Anytown Borough Council', 'anytown borough council', '${stamp}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Children Scrutiny', 'children scrutiny', '${stamp}'), (2, 1, 'Budget Scrutiny', 'budget scrutiny', '${stamp}')`);
  a = meeting(1, '2025-01-14');
  b = meeting(2, '2025-03-04');
  pack(a, 'Agenda pack', [
    'Residential placements for children with complex needs cost £5,000 per week.',
    'The placement panel met twice. Decoding the figures took officers some time.',
    'Foster carer recruitment remained a priority for the service.',
    'Recruiting foster carers is hard; the capital budget was not discussed.',
    'Café provision at the Millgate site was reviewed.',
    'The decodings of the returns were checked by the finance team.',
  ]);
  pack(b, 'Budget pack', ['The revenue budget overspend was £2m.', 'The capital budget overspend was £1m.', 'Looked after children: placements rose.']);
  item(a, 'Fostering update', 'The Commission noted foster carer recruitment figures.');
  item(b, 'Capital programme', 'Members asked about the capital budget.');
});
afterAll(() => {
  store.close();
  cleanup();
});

describe('search that understands English', () => {
  test('bare words find their other forms: placements ↔ placement, decodings ↔ decoding', () => {
    expect(pageHits(ask('placements', { scope: 'papers' })).sort()).toEqual([1, 2, 3]);
    expect(pageHits(ask('placement', { scope: 'papers' })).sort()).toEqual([1, 2, 3]);
    expect(pageHits(ask('decodings')).sort()).toEqual([2, 6]);
    expect(pageHits(ask('decoding')).sort()).toEqual([2, 6]);
  });

  test('a phrase in quotes stays exact; the same words bare are stemmed', () => {
    // "foster carer recruitment" is on page 3 and in the minutes; "Recruiting foster carers" (page 4) is not that phrase.
    const exact = ask('"foster carer recruitment"');
    expect(pageHits(exact)).toEqual([3]);
    expect(exact.total).toBe(2);
    expect(pageHits(ask('"foster carers"'))).toEqual([4]);
    expect(pageHits(ask('foster carer recruitment')).sort()).toEqual([3, 4]);
  });

  test('accents are folded as before', () => {
    expect(pageHits(ask('cafe'))).toEqual([5]);
    expect(pageHits(ask('café'))).toEqual([5]);
  });

  test('-word and NOT word both leave pages out, stemmed; a negated phrase stays exact', () => {
    const both = pageHits(ask('overspend', { scope: 'papers' }));
    expect(both).toHaveLength(2);
    expect(ask('overspend NOT capital', { scope: 'papers' }).total).toBe(1);
    expect(ask('overspend -capital', { scope: 'papers' }).total).toBe(1);
    expect(ask('overspend -"capital budget"', { scope: 'papers' }).total).toBe(1);
    // -placement leaves out "placements" too.
    expect(pageHits(ask('children -placement', { scope: 'papers' }))).toEqual([]);
    // A bare word with an exact phrase: both indexes, intersected.
    expect(pageHits(ask('recruiting "foster carer"', { scope: 'papers' }))).toEqual([3]);
  });

  test('a prefix needs three letters; shorter ones are refused with a hint, and terms are capped', () => {
    const short = ask('a* budget');
    expect(short.hint).toMatch(/at least 3 letters before \*/);
    expect(short.total).toBeGreaterThan(0);
    expect(ask('a*').total).toBe(0);
    expect(ask('a*').hint).toMatch(/3 letters/);
    expect(pageHits(ask('plac*'))).toContain(1);
    const long = ask(Array.from({ length: 40 }, () => 'a*').join(' '));
    expect(long.total).toBe(0);
    expect(ask('one two three four five six seven eight nine ten eleven twelve thirteen fourteen').hint).toMatch(/At most 12/);
  });

  test('the total counts every match, with the meetings they are in, not the results shown', () => {
    const r = ask('budget', { limit: 1 });
    expect(hitCount(r)).toBe(1);
    expect(r.total).toBe(4); // pages 4, budget pack 1 and 2, the Capital programme item
    expect(r.totalExact).toBe(true);
    expect(r.meetingCount).toBe(2);
    expect(r.nextOffset).toBe(1);
    // Filters apply to the total too.
    const filtered = ask('budget', { committeeIds: [2] });
    expect(filtered.total).toBe(3);
    expect(filtered.meetingCount).toBe(1);
    expect(ask('budget', { from: '2025-02-01' }).total).toBe(3);
    expect(ask('budget', { to: '2025-02-01' }).total).toBe(1);
  });

  test('paging: each offset continues the same order, with no repeats, until nextOffset is null', () => {
    const all = ask('budget', { limit: 50 });
    const keys = (r: ReturnType<typeof ask>) => r.groups.flatMap((g) => g.hits.map((h) => (h.kind === 'page' ? `p${h.documentId}:${h.pageNumber}` : `m${h.itemId}`)));
    const seen: string[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page = ask('budget', { limit: 1, offset });
      expect(page.offset).toBe(offset);
      seen.push(...keys(page));
      offset = page.nextOffset;
    }
    // Each answer groups its own results by meeting, so compare the sets; none is repeated or left out.
    expect(seen).toHaveLength(4);
    expect(new Set(seen)).toEqual(new Set(keys(all)));
  });

  test('snippets start on a word with one ellipsis at most, never a doubled one', () => {
    const filler = 'Members of the Commission asked about the timetable for the next review. '.repeat(20);
    pack(b, 'Long paper', [`${filler}The zebracorn review was agreed.${filler}`]);
    const r = ask('zebracorn');
    const snippet = text((r.groups[0]?.hits[0] as { snippet: Array<{ text: string }> }).snippet);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet).not.toMatch(/……|… …/);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toMatch(/^… [A-Za-z]/);
  });
});

describe('a large library', () => {
  test('a common word: the first results come from the newest window, the total is estimated past the cap', () => {
    const temp = makeTempDir();
    const big = openStore(temp.dir);
    try {
      big.db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, 'C', 'c', '${stamp}');
        INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'K', 'k', '${stamp}')`);
      // Whole packs of 500 pages, past the cap twice over.
      const pages = Math.ceil((COUNT_CAP * 2 + WINDOW) / 500) * 500;
      big.db.transaction(() => {
        for (let d = 0; d < pages / 500; d++) {
          const m = Number(big.db.prepare("INSERT INTO meetings (committee_id, identity_key, date, created_at, updated_at) VALUES (1, ?, '2025-01-01', ?, ?)").run(`m${d}`, stamp, stamp).lastInsertRowid);
          writeVersion(big.db, { meetingId: m, itemId: null, kind: 'pack', title: 'P', sha256: String(d).padStart(64, '0'), fileName: 'p.pdf', byteSize: 0, pages: Array.from({ length: 500 }, (_, p) => `The council report, page ${p}.`) });
        }
      })();
      const r = search(big.db, { query: 'council', scope: 'papers', limit: 20 });
      expect(r.totalExact).toBe(false);
      expect(r.total).toBeGreaterThan(pages * 0.9);
      expect(r.total).toBeLessThan(pages * 1.1);
      expect(r.meetingCount).toBeGreaterThanOrEqual(pages / 500 - 2);
      expect(r.nextOffset).toBe(20);
      const later = search(big.db, { query: 'council', scope: 'papers', limit: 20, offset: WINDOW + 10 });
      expect(later.groups.length).toBeGreaterThan(0);
    } finally {
      big.close();
      temp.cleanup();
    }
  });
});
