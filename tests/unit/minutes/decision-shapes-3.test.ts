/**
 * Issue 15, third fresh set: decision shapes the parser did not read, written here with made-up councils,
 * people and text. "The Committee confirmed the minutes …" and "The Committee decided to …" sentences,
 * "It was decided that …", "Cllr A MOVED, Cllr B SECONDED and it was RESOLVED to: 1. Note … 2. Agree …"
 * with its numbered points run into one paragraph, "The Minutes and Confidential Minutes of … were signed",
 * a "NOTED: that …" line, and a frequency that is a standing arrangement, not a due date.
 */
import { parseMinutesText } from '../../../main/minutes';
import { splitInlinePoints } from '../../../main/minutes/inline-points';
import type { Decision } from '../../../shared/types/minutes';

const page = (...lines: string[]) =>
  ['Minutes of the Meeting of the Brackenfold District Council Resources Committee held on Tuesday 4 March 2025 at 7.00 pm', '', 'Present: Councillors A Brown (Chair), C Dale, E Frost', '', ...lines].join('\n');

const decisions = (...lines: string[]) =>
  parseMinutesText(page(...lines)).decisions.map(({ item, label, text, kind, owner, due }: Decision) => ({ item, label, text, kind, owner, due }));

describe('"The Committee confirmed / decided …" sentences', () => {
  test('confirming the minutes and deciding to exclude the public are procedural decisions, kept as printed', () => {
    const d = decisions(
      '3. Minutes',
      '',
      'The Committee confirmed the minutes of the meeting held on 4 February 2025 as a true record and they were signed by the Chair.',
      '',
      '4. Exclusion of the Public',
      '',
      'The Committee decided to exclude the public from the meeting during consideration of the remaining item on the basis that the public interest in maintaining the exemption outweighed the public interest in disclosing the information.',
    );
    expect(d.map((x) => [x.item, x.kind, x.label])).toEqual([
      ['3', 'procedural', null],
      ['4', 'procedural', null],
    ]);
    expect(d[0]?.text).toBe('The Committee confirmed the minutes of the meeting held on 4 February 2025 as a true record and they were signed by the Chair.');
    expect(d[1]?.text.startsWith('The Committee decided to exclude the public')).toBe(true);
  });

  test('"confirmed that …" reports, and "decided" without "to"/"that" decides nothing', () => {
    const d = decisions(
      '5. Budget Monitoring',
      '',
      'The Committee confirmed that it had received the tables in advance of the meeting. The Panel decided, after some discussion, its view on the matter could wait.',
    );
    expect(d).toEqual([]);
  });

  test('"It was decided that the Clerk write …" is an action with its owner', () => {
    const d = decisions('6. Bus Shelter', '', 'It was decided that the Clerk write to the bus operator about the broken shelter.');
    expect(d).toEqual([{ item: '6', label: null, text: 'That the Clerk write to the bus operator about the broken shelter.', kind: 'action', owner: 'the Clerk', due: null }]);
  });
});

describe('a mover and seconder before "it was RESOLVED to:" with numbered points in one paragraph', () => {
  const line =
    'Cllr Hollis MOVED, Cllr Ogden SECONDED and it was RESOLVED to: 1. Note the outcome of the consultation on the Allotments Strategy 2. Agree the four priority areas set out in the strategy. Agree the setting up of an Allotments Forum. 3. Agree that progress on the strategy is reported annually by the Allotments Forum to the Resources Committee 4. Note that Parks Services will be responsible for finding a budget for the new plots.';

  test('each number is a decision with its label, kind and owner; a yearly report has no due date', () => {
    const d = decisions('7. Allotments Strategy', '', line);
    expect(d.map((x) => [x.label, x.kind])).toEqual([
      ['1', 'noted'],
      ['2', 'action'],
      ['3', 'action'],
      ['4', 'noted'],
    ]);
    expect(d[1]?.text).toBe('Agree the four priority areas set out in the strategy. Agree the setting up of an Allotments Forum.');
    expect(d[2]).toMatchObject({ owner: 'the Allotments Forum', due: null });
    expect(d.every((x) => x.item === '7')).toBe(true);
  });

  test('numbers must run 1, 2, 3 from the start or a colon, and follow no number', () => {
    expect(splitInlinePoints('The grant of 2. Agreed sums were paid in 2024 3. Further sums follow.')).toBeNull();
    expect(splitInlinePoints('Members discussed 1. Parking and 2. Lighting')).toBeNull();
    expect(splitInlinePoints('In 2023 1. Note the report 2024 2. Agree the plan')).toBeNull();
    expect(splitInlinePoints('to: 1. Note the report 2. Agree the plan')?.points).toEqual([
      { label: '1', text: 'Note the report' },
      { label: '2', text: 'Agree the plan' },
    ]);
  });
});

describe('minutes signed, and a "NOTED:" line', () => {
  test('"The Minutes and Confidential Minutes of … were signed" is procedural', () => {
    const d = decisions('1. Minutes of Meeting held on 5 February 2025', '', 'The Minutes and Confidential Minutes of the Resources Committee meeting held on 5 February 2025 were signed by the Chair and the Chief Executive.');
    expect(d.map((x) => [x.item, x.kind])).toEqual([['1', 'procedural']]);
  });

  test('"NOTED: that …" is a noting, whatever it says, with no owner or due date', () => {
    const d = decisions('2. Depot Update', '', 'NOTED: that Paper B had been issued with the agenda and the Clerk would report back by 30 April 2025.');
    expect(d).toEqual([{ item: '2', label: null, text: 'That Paper B had been issued with the agenda and the Clerk would report back by 30 April 2025.', kind: 'noted', owner: null, due: null }]);
  });

  test('"Noted that …" as a sentence is not read as the label', () => {
    const d = decisions('3. Correspondence', '', 'Members discussed the letters received. Noted that the hall roof had been repaired.');
    expect(d.some((x) => x.kind === 'noted' && /^Noted/.test(x.text))).toBe(false);
  });
});

describe('a frequency as due date', () => {
  test('"be brought quarterly" still gives the frequency; "is reported annually" does not', () => {
    const d = decisions('8. Performance', '', 'RESOLVED that:', '(a) performance reports be brought to the Committee quarterly;', '(b) the Forum agrees that the budget is reported annually to the Committee.');
    expect(d.map((x) => [x.label, x.due])).toEqual([
      ['a', 'quarterly'],
      ['b', null],
    ]);
  });
});
