import { type Selectors, documentText, levenshtein, pageAt, quoteAt } from '../../../main/annotations/anchoring';
import { Reanchorer, reanchor } from '../../../main/annotations/reanchorer';
import { locateSelection, normaliseForMatch } from '../../../main/annotations/selection-match';

const para = (topic: string, n: number) =>
  `${topic} paragraph ${n}: the service reported ${n * 7} cases this quarter, against ${n * 5 + 3} in the same quarter last year, ` +
  `and officers expected the figure for ${topic.toLowerCase()} to fall by ${n + 2}% over the coming year.`;

const REPEATED = 'Members asked whether the waiting list would be cleared before the end of the financial year.';

/** Two reports, each with the same sentence once, in different surroundings. */
function pack(extraBefore = '', fostering = 'Fostering', kinship = 'Kinship'): string {
  const a = [para(fostering, 1), para(fostering, 2), `Recruitment of carers slowed in the autumn. ${REPEATED} Officers undertook to reply in writing.`, para(fostering, 3)];
  const b = [para(kinship, 1), `Special guardianship orders rose again. ${REPEATED} The Chair asked for a briefing note.`, para(kinship, 2), para(kinship, 3)];
  return [extraBefore, ...a, ...b].filter(Boolean).join('\n');
}

function select(text: string, exact: string, occurrence = 0): Selectors {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`not in text: ${exact}`);
  return { ...quoteAt(text, start, start + exact.length), start, end: start + exact.length };
}

describe('re-anchoring', () => {
  test('an unchanged text keeps every position', () => {
    const text = pack();
    const s = select(text, 'officers expected the figure for kinship');
    expect(reanchor(text, [s], text)[0]).toMatchObject({ status: 'anchored', start: s.start, end: s.end, method: 'position' });
  });

  test('text inserted before the passage moves it; the quote is checked, not trusted', () => {
    const oldText = pack();
    const newText = pack(`${para('Introduction', 9)}\n${para('Introduction', 10)}`);
    const s = select(oldText, 'the service reported 14 cases this quarter');
    const r = reanchor(oldText, [s], newText)[0];
    expect(r?.status).toBe('anchored');
    if (r?.status !== 'anchored') return;
    expect(newText.slice(r.start, r.end)).toBe(s.exact);
    expect(r.start).toBe(newText.indexOf(s.exact));
  });

  test('the same sentence repeated in two reports anchors to the right one, by context and by position', () => {
    const oldText = pack();
    const second = select(oldText, REPEATED, 1);
    const first = select(oldText, REPEATED, 0);
    // A page inserted before both reports, and the first report edited so offsets shift unevenly.
    const newText = pack(para('Introduction', 9), 'Fostering service');
    const [r1, r2] = reanchor(oldText, [first, second], newText);
    const firstNew = newText.indexOf(REPEATED);
    const secondNew = newText.indexOf(REPEATED, firstNew + 1);
    expect(r1).toMatchObject({ status: 'anchored', start: firstNew });
    expect(r2).toMatchObject({ status: 'anchored', start: secondNew });
  });

  test('two identical places with identical context are never guessed between', () => {
    const block = `Intro text that differs. ${REPEATED} Closing words.`;
    const filler = (w: string) =>
      w === 'Old' ? `${para(w, 1)}\n` : 'The revised report is worded quite differently, about highways maintenance and the street lighting budget.\n';
    const oldText = `${filler('Old')}${block}\n${filler('Old')}`;
    const s = select(oldText, REPEATED);
    // Nothing around it survived, and the revised text has it twice in identical surroundings.
    const newText = `${filler('New')}${block}\n${filler('New')}${block}\n${filler('New')}`;
    expect(reanchor(oldText, [s], newText)[0]?.status).toBe('orphaned');
    // With its surroundings kept, it is placed by them.
    const kept = `${filler('Old')}${block}\n${filler('Old')}${block}\n${filler('New')}`;
    expect(reanchor(oldText, [s], kept)[0]).toMatchObject({ status: 'anchored', start: kept.indexOf(REPEATED) });
  });

  test('a typo fixed inside the quote still anchors (approximately), to the corrected text', () => {
    const oldText = pack().replace('Recruitment of carers slowed', 'Recruitment of carers slwoed');
    const newText = pack(para('Introduction', 4));
    const s = select(oldText, 'Recruitment of carers slwoed in the autumn');
    const r = reanchor(oldText, [s], newText)[0];
    expect(r).toMatchObject({ status: 'anchored', method: 'approximate' });
    if (r?.status === 'anchored') expect(newText.slice(r.start, r.end)).toBe('Recruitment of carers slowed in the autumn');
  });

  test('a replaced report orphans its annotations, even where its generic sentences occur elsewhere', () => {
    const generic = 'The Chair thanked officers for the report.';
    const oldText = `${para('Budget', 1)}\nThe forecast overspend was discussed at length. ${generic} Members noted the position.\n${para('Budget', 2)}\n` +
      `Later: ${generic} Nothing else.`;
    const specific = select(oldText, 'The forecast overspend was discussed at length');
    const genericSel = select(oldText, generic, 0);
    const newText = `${para('Housing', 1)}\nAn entirely different report about housing repairs.\n${para('Housing', 2)}\nLater: ${generic} Nothing else.`;
    const [r1, r2] = reanchor(oldText, [specific, genericSel], newText);
    expect(r1?.status).toBe('orphaned');
    expect(r2?.status).toBe('orphaned');
  });

  test('a short quote needs an exact match and good context on both sides', () => {
    const oldText = `${para('Fostering', 1)}\nThe SEND team met. ${para('Fostering', 2)}\nOther: SEND again here.`;
    const s = select(oldText, 'SEND', 0);
    const moved = `${para('Intro', 5)}\n${oldText}`;
    expect(reanchor(oldText, [s], moved)[0]).toMatchObject({ status: 'anchored', start: moved.indexOf('SEND') });
    const contextGone = `${para('Intro', 5)}\nA different SEND sentence entirely now.\nOther: SEND again here.`;
    expect(reanchor(oldText, [s], contextGone)[0]?.status).toBe('orphaned');
  });

  test('the old offset maps through inserted and removed pages', () => {
    const pages = Array.from({ length: 30 }, (_, i) => `${para(`Topic ${i}`, i + 1)}\n${para(`Topic ${i}`, i + 100)}`);
    const oldDoc = documentText(pages);
    const newPages = [pages[0] as string, 'A new page of text that was inserted into the revised pack.', ...pages.slice(1, 10), ...pages.slice(12)];
    const newDoc = documentText(newPages);
    const r = new Reanchorer(oldDoc.text, newDoc.text);
    const oldOffset = (oldDoc.pageStarts[20] as number) + 15;
    expect(r.expected(oldOffset)).toBe((newDoc.pageStarts[19] as number) + 15);
    expect(pageAt(newDoc.pageStarts, r.expected(oldOffset))).toBe(20);
  });
});

describe('matching the reader’s selection to stored text', () => {
  test('spacing, hyphenation, curly quotes and ligatures from pdf.js still match', () => {
    const page = 'The council’s ﬁnancial position\nwas reviewed by the Com-\nmittee in detail, and members agreed.';
    const r = locateSelection(page, { exact: "council's financial position was reviewed by the Committee", prefix: 'The ', suffix: ' in detail' }, page.length);
    expect(r.status).toBe('anchored');
    if (r.status === 'anchored') expect(page.slice(r.start, r.end)).toBe('council’s ﬁnancial position\nwas reviewed by the Com-\nmittee');
  });

  test('a selection that is not on the page is not found', () => {
    expect(locateSelection('Nothing relevant here at all.', { exact: 'foster carer recruitment remained a priority', prefix: '', suffix: '' }, 100).status).toBe('orphaned');
  });

  test('normalisation maps back to the original offsets', () => {
    const { text, map } = normaliseForMatch('a  b\nﬁ');
    expect(text).toBe('abfi');
    expect(map).toEqual([0, 3, 5, 5]);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });
});
