import { hrefs, parseRoute, splitTerms } from '../../../renderer/kernel/router';
import {
  clampPage,
  escapeHtml,
  findInText,
  formatPageRanges,
  itemForPage,
  itemLabel,
  joinPageText,
  parsePageRanges,
  piecesToHtml,
  scaleFor,
  splitItem,
  stepZoom,
  termRanges,
} from '../../../renderer/features/reader/pages';
import { hitHref, resultSummary, searchInput } from '../../../renderer/features/search/query';
import type { ItemPageRange, SearchGroup, SearchHit } from '../../../shared/types/papers';

const item = (itemId: number, number: string | null, title: string, firstPage: number, lastPage: number): ItemPageRange => ({
  itemId,
  number,
  title,
  firstPage,
  lastPage,
});

describe('which agenda item a page belongs to', () => {
  const items = [item(1, '5', 'Minutes', 3, 6), item(2, '7', 'Budget report', 37, 52), item(3, '7a', 'Budget appendix', 45, 52)];
  test('inside, between and after the ranges', () => {
    expect(itemForPage(items, 1)).toBeNull();
    expect(itemForPage(items, 3)?.itemId).toBe(1);
    expect(itemForPage(items, 6)?.itemId).toBe(1);
    expect(itemForPage(items, 20)).toBeNull();
    expect(itemForPage(items, 37)?.itemId).toBe(2);
    // Nested ranges: the one that starts latest wins.
    expect(itemForPage(items, 46)?.itemId).toBe(3);
    expect(itemForPage(items, 53)).toBeNull();
    expect(itemForPage([], 1)).toBeNull();
  });
  test('labels', () => {
    expect(itemLabel(item(2, '7', 'Budget report', 37, 52))).toBe('7. Budget report');
    expect(itemLabel(item(2, null, 'Budget report', 37, 52))).toBe('Budget report');
    expect(itemLabel(item(2, '8', '  ', 37, 52))).toBe('8. Untitled item');
  });
  test('clamping', () => {
    expect(clampPage(0, 10)).toBe(1);
    expect(clampPage(11, 10)).toBe(10);
    expect(clampPage(Number.NaN, 10)).toBe(1);
    expect(clampPage(3.6, 10)).toBe(4);
    expect(clampPage(5, 0)).toBe(1);
  });
});

describe('page ranges for printing', () => {
  test('pages, ranges, dashes and repeats', () => {
    expect(parsePageRanges('3-7, 9', 20)).toEqual({ ok: true, pages: [3, 4, 5, 6, 7, 9] });
    expect(parsePageRanges('3–5; 4, 1', 20)).toEqual({ ok: true, pages: [3, 4, 5, 1] });
    expect(parsePageRanges(' 12 ', 20)).toEqual({ ok: true, pages: [12] });
    expect(parsePageRanges('2 to 3', 20)).toEqual({ ok: true, pages: [2, 3] });
  });
  test('mistakes say what is wrong', () => {
    expect(parsePageRanges('', 20)).toMatchObject({ ok: false, message: expect.stringMatching(/Enter the pages/) });
    expect(parsePageRanges('7-3', 20)).toMatchObject({ ok: false, message: expect.stringMatching(/backwards/) });
    expect(parsePageRanges('0', 20)).toMatchObject({ ok: false, message: expect.stringMatching(/from 1/) });
    expect(parsePageRanges('5-25', 20)).toMatchObject({ ok: false, message: 'This document has 20 pages; there is no page 25.' });
    expect(parsePageRanges('three', 20)).toMatchObject({ ok: false, message: expect.stringMatching(/"three" is not a page/) });
    expect(parsePageRanges('1-500', 1000)).toMatchObject({ ok: false, message: expect.stringMatching(/at most 200/) });
  });
  test('formatting back', () => {
    expect(formatPageRanges([9, 3, 4, 5, 6, 7])).toBe('3–7, 9');
    expect(formatPageRanges([1])).toBe('1');
    expect(formatPageRanges([])).toBe('');
  });
});

describe('finding and highlighting text', () => {
  const items = [{ str: 'The service continues foster', hasEOL: false }, { str: ' carer', hasEOL: true }, { str: 'recruitment.' }];
  test('page text joins items; line ends become spaces', () => {
    expect(joinPageText(items)).toEqual({ text: 'The service continues foster carer recruitment.', starts: [0, 28, 35] });
  });
  test('find is case-insensitive, spaces match any run, and specials are literal', () => {
    const text = 'Foster carer; foster   carer. (c) Fostering';
    expect(findInText(text, 'foster carer')).toEqual([
      { start: 0, end: 12 },
      { start: 14, end: 28 },
    ]);
    expect(findInText(text, '(c)')).toEqual([{ start: 30, end: 33 }]);
    expect(findInText(text, '   ')).toEqual([]);
  });
  test('find and search terms ignore accents as search does, and mark the original characters', () => {
    const text = 'Café Noël; the cafe; CAFÉ culture; Ynys Môn';
    expect(findInText(text, 'cafe')).toEqual([
      { start: 0, end: 4 },
      { start: 15, end: 19 },
      { start: 21, end: 25 },
    ]);
    expect(findInText(text, 'café noel')).toEqual([{ start: 0, end: 9 }]);
    expect(termRanges(text, ['mon', 'noel'])).toEqual([
      { start: 5, end: 9 },
      { start: 40, end: 43 },
    ]);
    expect(text.slice(40, 43)).toBe('Môn');
  });
  test('search terms mark word starts only', () => {
    expect(termRanges('Fostering and foster carers; afoster', ['foster', 'carer'])).toEqual([
      { start: 0, end: 6 },
      { start: 14, end: 20 },
      { start: 21, end: 26 },
    ]);
    expect(termRanges('anything', [])).toEqual([]);
    expect(termRanges('foster*', ['foster*'])).toEqual([{ start: 0, end: 6 }]);
  });
  test('a match across two items is split between them; find beats a term', () => {
    const { text, starts } = joinPageText(items);
    const [match] = findInText(text, 'foster carer');
    const marks = [{ ...(match as { start: number; end: number }), kind: 'current' as const }, { start: 22, end: 28, kind: 'term' as const }];
    expect(splitItem(items[0]?.str ?? '', starts[0] ?? 0, marks)).toEqual([
      { text: 'The service continues ', mark: null },
      { text: 'foster', mark: 'current' },
    ]);
    expect(splitItem(items[1]?.str ?? '', starts[1] ?? 0, marks)).toEqual([{ text: ' carer', mark: 'current' }]);
    expect(splitItem(items[2]?.str ?? '', starts[2] ?? 0, marks)).toEqual([{ text: 'recruitment.', mark: null }]);
  });
  test('markup for the text layer is escaped', () => {
    expect(escapeHtml(`<img src=x onerror="a">&'`)).toBe('&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;');
    expect(
      piecesToHtml([
        { text: '<b>', mark: null },
        { text: 'foster', mark: 'term' },
        { text: ' & ', mark: 'find' },
      ]),
    ).toBe('&lt;b&gt;<mark class="hit hit--term">foster</mark><mark class="hit hit--find"> &amp; </mark>');
  });
});

describe('zoom', () => {
  const a4 = { width: 595, height: 842 };
  test('fit width, fit page, automatic and fixed', () => {
    expect(scaleFor('fit-width', a4, { width: 1190, height: 600 })).toBeCloseTo(2);
    expect(scaleFor('fit-page', a4, { width: 1190, height: 842 })).toBeCloseTo(1);
    expect(scaleFor('auto', a4, { width: 1190, height: 600 })).toBe(1.5);
    expect(scaleFor('auto', a4, { width: 595, height: 600 })).toBeCloseTo(1);
    expect(scaleFor(1.25, a4, { width: 10, height: 10 })).toBe(1.25);
    expect(scaleFor('fit-width', a4, { width: 10, height: 10 })).toBe(0.25);
  });
  test('steps', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1.1, 1)).toBe(1.25);
    expect(stepZoom(1.1, -1)).toBe(1);
    expect(stepZoom(3, 1)).toBe(3);
    expect(stepZoom(0.5, -1)).toBe(0.5);
  });
});

describe('reader and search addresses', () => {
  test('document routes carry page, version and terms', () => {
    expect(parseRoute('#/document/12?page=37&v=3&q=foster+carer')).toEqual({
      page: 'document',
      documentId: 12,
      pageNumber: 37,
      versionId: 3,
      terms: ['foster', 'carer'],
    });
    expect(parseRoute('#/document/12')).toEqual({ page: 'document', documentId: 12, pageNumber: null, versionId: null, terms: [] });
    expect(parseRoute('#/document/12?page=-1&v=x')).toMatchObject({ pageNumber: null, versionId: null });
    expect(parseRoute('#/document/abc')).toEqual({ page: 'not-found', path: '/document/abc' });
    expect(hrefs.document(12, { page: 7, versionId: 3, terms: ['foster', 'carer'] })).toBe('#/document/12?page=7&v=3&q=foster+carer');
    expect(hrefs.document(12)).toBe('#/document/12');
  });
  test('meeting routes may name an item', () => {
    expect(parseRoute('#/meeting/4?item=9')).toEqual({ page: 'meeting', meetingId: 4, itemId: 9 });
    expect(parseRoute('#/meeting/4')).toEqual({ page: 'meeting', meetingId: 4, itemId: null });
    expect(hrefs.meeting(4, 9)).toBe('#/meeting/4?item=9');
  });
  test('search routes round-trip their filters', () => {
    const params = { q: 'looked after "children"', scope: 'papers' as const, committeeId: 5, from: '2025-01-01', to: '2025-03-31', mine: true };
    expect(parseRoute(hrefs.search(params))).toEqual({ page: 'search', search: params });
    expect(parseRoute('#/search')).toEqual({ page: 'search', search: { q: '', scope: 'all', committeeId: null, from: null, to: null, mine: false } });
    expect(parseRoute('#/search?scope=everything&from=14/01/2025')).toMatchObject({ search: { scope: 'all', from: null } });
    expect(hrefs.search({ q: 'foster', scope: 'all', mine: false })).toBe('#/search?q=foster');
  });
  test('terms are split, lower-cased and de-duplicated', () => {
    expect(splitTerms(' Foster  carer foster ')).toEqual(['foster', 'carer']);
    expect(splitTerms(null)).toEqual([]);
  });
});

describe('search queries and results', () => {
  const filters = { scope: 'all' as const, committeeId: null, from: null, to: null, mine: false };
  test('the API input', () => {
    expect(searchInput('   ', filters)).toBeNull();
    expect(searchInput(' foster carer ', filters)).toEqual({ query: 'foster carer', scope: 'all', limit: 100 });
    expect(searchInput('budget', { scope: 'minutes', committeeId: 3, from: '2025-01-01', to: null, mine: true })).toEqual({
      query: 'budget',
      scope: 'minutes',
      limit: 100,
      committeeIds: [3],
      from: '2025-01-01',
      myCommittees: true,
    });
  });
  const meeting = { id: 4, date: '2025-01-14', committeeId: 2, committeeName: 'CYPE' };
  const page: SearchHit = { kind: 'page', documentId: 8, versionId: 9, documentTitle: 'Agenda pack', pageNumber: 7, snippet: [], score: 1, confidential: false };
  const minutes: SearchHit = { kind: 'minutes', itemId: 11, itemNumber: '117', itemTitle: 'Placement costs', snippet: [], score: 1, confidential: false };
  test('where hits lead', () => {
    const group: SearchGroup = { meeting, hits: [page, minutes] };
    expect(hitHref(page, group, ['foster', 'carer'])).toBe('#/document/8?page=7&v=9&q=foster+carer');
    expect(hitHref(minutes, group, ['foster'])).toBe('#/meeting/4?item=11');
    expect(hitHref(minutes, { meeting: null, hits: [minutes] }, [])).toBeNull();
  });
  test('result counts in words', () => {
    expect(resultSummary({ total: 0, groups: [] })).toBe('No results');
    expect(resultSummary({ total: 1, groups: [{ meeting, hits: [page] }] })).toBe('1 result in 1 meeting');
    expect(resultSummary({ total: 120, groups: [{ meeting, hits: [page, minutes] }, { meeting: { ...meeting, id: 5 }, hits: [page] }] })).toBe(
      '120 results in 2 meetings (showing the first 3)',
    );
    expect(resultSummary({ total: 1, groups: [{ meeting: null, hits: [page] }] })).toBe('1 result');
  });
});
