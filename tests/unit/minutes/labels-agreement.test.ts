import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { agreementOfFolders } from '../../../scripts/eval/labels-agreement';

/** Two readers' folders of labels for one made-up page, as `npm run eval:agreement` reads them. */
function twoReaders(first: object, second: object, extraSecond?: object) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'agreement-'));
  mkdirSync(path.join(root, 'pages'));
  mkdirSync(path.join(root, 'a'));
  mkdirSync(path.join(root, 'b'));
  writeFileSync(path.join(root, 'pages', 'p1.txt'), 'Minutes of Ashby Parish Council');
  const label = (expected: object) => JSON.stringify({ source: '../pages/p1.txt', origin: 'real', expected });
  writeFileSync(path.join(root, 'a', 'p1-first.json'), label(first));
  writeFileSync(path.join(root, 'b', 'p1-second.json'), label(second));
  if (extraSecond) writeFileSync(path.join(root, 'b', 'p2.json'), JSON.stringify({ source: '../pages/p2.txt', origin: 'real', expected: extraSecond }));
  return agreementOfFolders(path.join(root, 'a'), path.join(root, 'b'));
}

const field = (r: ReturnType<typeof agreementOfFolders>, name: string) => r.fields.find((f) => f.field === name);

describe('two readers agreeing on one page (npm run eval:agreement)', () => {
  const base = {
    council: 'Ashby Parish Council',
    committee: 'Ashby Parish Council',
    date: '2024-03-05',
    apologies: ['Jane Hill'],
    decisions: [
      { item: '4', text: 'RESOLVED that the clerk obtains three quotes for the bench', kind: 'action', label: 'RESOLVED', owner: 'Clerk', due: null },
    ],
  };

  test('identical labels agree on every fact, and pages are paired by the page they read, not the label name', () => {
    const r = twoReaders(base, base);
    expect(r.pages).toBe(1);
    for (const f of r.fields) expect([f.field, f.precision, f.recall]).toEqual([f.field, 1, 1]);
  });

  test("a decision's wording kept at a different length is a disagreement; the other fields still agree", () => {
    const second = { ...base, decisions: [{ ...base.decisions[0], text: 'that three quotes be obtained' }] };
    const r = twoReaders(base, second, base);
    expect(field(r, 'decisions.text')).toMatchObject({ correct: 0, predicted: 1, expected: 1 });
    expect(field(r, 'council')).toMatchObject({ correct: 1, precision: 1, recall: 1 });
    expect(r.unpaired).toEqual(['p2.json']);
  });

  test("one reader's extra apology lowers recall only on the side that left it out", () => {
    const r = twoReaders({ ...base, apologies: ['Jane Hill', 'Tom Reed'] }, base);
    expect(field(r, 'apologies')).toMatchObject({ correct: 1, predicted: 1, expected: 2, precision: 1, recall: 0.5 });
  });
});
