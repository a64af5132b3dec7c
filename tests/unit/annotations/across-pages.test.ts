import { anchorByEnds, splitAtPages } from '../../../main/annotations/across-pages';
import { documentText } from '../../../main/annotations/anchoring';
import { Reanchorer } from '../../../main/annotations/reanchorer';

const paged = (pages: string[]) => ({ pages, ...documentText(pages) });

const intro = 'Placement costs and IMPOWER update\nReport of the Director of Children’s Services';
const p5 = 'Sufficiency of local placements was discussed at length.\nThe pressure on placement budgets continues to grow\nPage 5';
const p6 = 'into the next financial year as residential costs rise by 6%.\nOfficers will report again in March.\nPage 6';
const PASSAGE = 'The pressure on placement budgets continues to grow\nPage 5\n\ninto the next financial year as residential costs rise by 6%.';

/** The old pack: pages 4-6; the passage runs from page 5 onto page 6. */
const old = paged([intro, p5, p6]);
const start = old.text.indexOf(PASSAGE);
const end = start + PASSAGE.length;

/** The revised pack with a page inserted before: footers renumbered, and `edit` applied to the text. */
function revised(edit: (s: string) => string = (s) => s) {
  return paged([intro, 'An additional page on sufficiency planning.\nPage 5', edit(p5.replace('Page 5', 'Page 6')), edit(p6.replace('Page 6', 'Page 7'))]);
}

describe('a passage over a page break', () => {
  test('splitAtPages: the ends stop short of the lines at the break, which the core leaves out', () => {
    const split = splitAtPages(old, start, end);
    expect(split).not.toBeNull();
    if (!split) return;
    expect(old.text.slice(...split.head)).toBe('The pressure on placement budgets continues to grow');
    expect(old.text.slice(...split.tail)).toBe('into the next financial year as residential costs rise by 6%.');
    expect(split.core).toBe('The pressure on placement budgets continues to grow\ninto the next financial year as residential costs rise by 6%.');
    // On one page: nothing to split.
    const one = old.text.indexOf('Officers will report');
    expect(splitAtPages(old, one, one + 20)).toBeNull();
  });

  test('a renumbered footer: found by its ends, at its new place', () => {
    const fresh = revised();
    const whole = new Reanchorer(old.text, fresh.text).anchor({ exact: PASSAGE, prefix: '', suffix: '', start, end });
    // The whole quote no longer matches with confidence ("Page 5" became "Page 6")...
    expect(whole.status).toBe('orphaned');
    // ...its ends do.
    const found = anchorByEnds(new Reanchorer(old.text, fresh.text), old, fresh, start, end);
    expect(found).toMatchObject({ status: 'anchored' });
    expect(found && fresh.text.slice(found.start, found.end)).toBe(PASSAGE.replace('Page 5', 'Page 6'));
  });

  test('a changed figure in the passage, a lost end, or ends far apart leave it an orphan', () => {
    const figure = revised((s) => s.replace('by 6%', 'by 15%'));
    expect(anchorByEnds(new Reanchorer(old.text, figure.text), old, figure, start, end)).toBeNull();
    const lostEnd = revised((s) => s.replace('into the next financial year as residential costs rise by 6%.', 'The Commission is asked to note the report.'));
    expect(anchorByEnds(new Reanchorer(old.text, lostEnd.text), old, lostEnd, start, end)).toBeNull();
    const apart = paged([intro, p5, 'A new section on kinship care was added here, running to several hundred words. '.repeat(8) + '\nPage 6', p6.replace('Page 6', 'Page 7')]);
    expect(anchorByEnds(new Reanchorer(old.text, apart.text), old, apart, start, end)).toBeNull();
  });

  test('over three pages: a figure changed in the middle is a different statement', () => {
    const middle = 'into the next financial year.\nCosts rose by 6% in the quarter.\nThe forecast overspend is\nPage 6';
    const last = 'expected to reach four million pounds.\nMembers asked for a breakdown.\nPage 7';
    const three = paged([intro, p5, middle, last]);
    const s3 = three.text.indexOf('The pressure');
    const e3 = three.text.indexOf('four million pounds') + 'four million pounds'.length;
    const shifted = (m: string) => paged([intro, 'An inserted page.\nPage 5', p5.replace('Page 5', 'Page 6'), m.replace('Page 6', 'Page 7'), last.replace('Page 7', 'Page 8')]);
    const same = shifted(middle);
    const found = anchorByEnds(new Reanchorer(three.text, same.text), three, same, s3, e3);
    expect(found && same.text.slice(found.start, found.end).startsWith('The pressure')).toBe(true);
    expect(found && same.text.slice(found.start, found.end).endsWith('four million pounds')).toBe(true);
    const changed = shifted(middle.replace('6%', '15%'));
    expect(anchorByEnds(new Reanchorer(three.text, changed.text), three, changed, s3, e3)).toBeNull();
  });
});
