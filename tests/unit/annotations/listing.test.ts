/** The renderer's pure helpers for lists of annotations and selections over several pages. */
import type { Annotation } from '../../../shared/types/annotations';
import { joinSelection } from '../../../renderer/features/annotations/geometry';
import { coversPage, filterAnnotations, pagesLabel, quoteOnPage, rectsOnPage, shortQuote, tagsOf } from '../../../renderer/features/annotations/listing';

type Listed = Pick<Annotation, 'id' | 'kind' | 'colour' | 'tags'>;
const list: Listed[] = [
  { id: 1, kind: 'highlight', colour: 'green', tags: [] },
  { id: 2, kind: 'note', colour: 'yellow', tags: ['Budget', 'care'] },
  { id: 3, kind: 'question', colour: 'green', tags: ['budget'] },
  { id: 4, kind: 'highlight', colour: 'pink', tags: ['care'] },
];
const ids = (xs: Listed[]) => xs.map((x) => x.id);

describe('listing helpers', () => {
  test('filters combine; tags match regardless of case; no filter keeps everything in order', () => {
    expect(ids(filterAnnotations(list, { kind: '', colour: '', tag: '' }))).toEqual([1, 2, 3, 4]);
    expect(ids(filterAnnotations(list, { kind: 'highlight', colour: '', tag: '' }))).toEqual([1, 4]);
    expect(ids(filterAnnotations(list, { kind: '', colour: 'green', tag: '' }))).toEqual([1, 3]);
    expect(ids(filterAnnotations(list, { kind: '', colour: '', tag: 'BUDGET' }))).toEqual([2, 3]);
    expect(ids(filterAnnotations(list, { kind: 'question', colour: 'green', tag: 'budget' }))).toEqual([3]);
    expect(ids(filterAnnotations(list, { kind: 'note', colour: 'pink', tag: '' }))).toEqual([]);
    expect(tagsOf(list)).toEqual(['Budget', 'care']);
  });

  test('pages: label, which pages a passage covers, its rects and its words on each', () => {
    const over = { pageNumber: 7, lastPageNumber: 8 };
    expect(pagesLabel(over)).toBe('pages 7–8');
    expect(pagesLabel({ pageNumber: 7, lastPageNumber: 7 })).toBe('page 7');
    expect(pagesLabel({ pageNumber: null, lastPageNumber: null })).toBeNull();
    expect([6, 7, 8, 9].map((p) => coversPage(over, p))).toEqual([false, true, true, false]);
    const rects = [
      { x: 1, y: 1, w: 1, h: 1 },
      { x: 2, y: 2, w: 2, h: 2, page: 7 },
      { x: 3, y: 3, w: 3, h: 3, page: 8 },
    ];
    expect(rectsOnPage({ pageNumber: 7, rects }, 7)).toEqual([rects[0], rects[1]]);
    expect(rectsOnPage({ pageNumber: 7, rects }, 8)).toEqual([rects[2]]);
    const quote = { exact: 'grow\n\ninto the next year', prefix: '', suffix: '' };
    const parts = [
      { pageNumber: 7, exact: 'grow' },
      { pageNumber: 8, exact: 'into the next year' },
    ];
    expect(quoteOnPage({ quote, pageParts: parts }, 8)).toBe('into the next year');
    expect(quoteOnPage({ quote, pageParts: parts }, 9)).toBeNull();
    expect(quoteOnPage({ quote, pageParts: [] }, 7)).toBe(quote.exact);
    expect(shortQuote('word '.repeat(100), 40)).toMatch(/^(word ){7}word…$/);
  });

  test('joinSelection: one quote over consecutive pages, context from the first and last', () => {
    const page7 = 'Sufficiency was discussed. The pressure on budgets continues to grow Page 7';
    const page8 = 'into the next financial year. Officers will report again.';
    const joined = joinSelection([
      { pageNumber: 8, text: page8, start: 0, end: page8.indexOf(' Officers') },
      { pageNumber: 7, text: page7, start: page7.indexOf('The pressure'), end: page7.length },
    ]);
    expect(joined).toEqual({
      pageNumber: 7,
      lastPageNumber: 8,
      pieces: expect.any(Array),
      quote: { exact: 'The pressure on budgets continues to grow Page 7 into the next financial year.', prefix: 'Sufficiency was discussed. ', suffix: ' Officers will report again.' },
    });
    // Pages with nothing selected drop out; a gap ends the run (the stored text has the page between).
    const gap = joinSelection([
      { pageNumber: 7, text: page7, start: 0, end: 10 },
      { pageNumber: 8, text: page8, start: 5, end: 5 },
      { pageNumber: 9, text: 'Later page', start: 0, end: 5 },
    ]);
    expect(gap).toMatchObject({ pageNumber: 7, lastPageNumber: 7, quote: { exact: 'Sufficienc' } });
    expect(joinSelection([{ pageNumber: 7, text: '   ', start: 0, end: 3 }])).toBeNull();
  });
});
