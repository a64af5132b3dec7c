/**
 * Headers, items and declarations, round 41: a meeting's body named with how it met ("the TOWN COUNCIL via video
 * link"), minutes numbered by year, month and paragraph ("24/09/2.1"), and a declaration written as a resolution's
 * numbered paragraph ("1887.1 that Professor Dame … declared an interest …"), as real pages print them (set 49), written
 * here with made-up bodies and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (lines: string[]) => parseMinutesDetailed('page.txt', lines.join('\n')).minutes;

test('"a MEETING of the TOWN COUNCIL via video link": how it met is not part of the body\u2019s name', () => {
  const m = parse([
    'MINUTES of a MEETING of the TOWN COUNCIL via video link held on FRIDAY, 25 SEPTEMBER 2020 at 10.00 am',
    'Present: Cllr A Barr (Chair), Cllr D Burt, Cllr C Bute',
    '295 MINUTES',
    'RESOLVED that the Minutes of the meeting be confirmed and signed as a correct record.',
  ]);
  expect(m.committee).toBe('TOWN COUNCIL');
});

test('minutes numbered "24/09/2.1" are items, and the declarations item among them says none were made', () => {
  const m = parse([
    'Minutes of the Riverside College Board Meeting - 27th June 2024',
    'Present: Mr John Hale (Chair), Ms Erin Cass, Mr Alan Smart',
    'Agenda item |',
    '24/09/2.1 Apologies for absence and declarations of interests |',
    'Apologies for absence were received from:',
    'No further Declarations of Interest were received besides those already held by the Clerk to the Board. |',
    '||',
    '24/09/2.2 Minutes of the last meeting |',
    'The minutes were approved. |',
  ]);
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['24/09/2.1', 'Apologies for absence and declarations of interests'],
    ['24/09/2.2', 'Minutes of the last meeting'],
  ]);
  expect(m.declarationsState).toBe('none-declared');
});

test('"1887.1 that Professor Dame Jan Finn declared an interest …": the paragraph\u2019s number and "that" are not the member', () => {
  const m = parse([
    'Minutes of the meeting of the Council of Riverside University held on Monday 8 February 2021 at 10.00am',
    'Present: Professor Sam Palmer (Chair), Professor Dame Jan Finn, Dr Sue Luke',
    '1886 Minutes',
    'Received the minutes of the last meeting.',
    '1887 Declarations of interest',
    '1887.1 that Professor Dame Jan Finn declared an interest in relation to agenda item 21 (Membership of the Partnership), being a member of its funder.',
    '1888 Chair\u2019s Report',
    'Received and considered the Chair\u2019s report.',
  ]);
  expect(m.declarations.map((d) => [d.member, d.item])).toEqual([['Professor Dame Jan Finn', '21']]);
  expect(m.declarationsState).toBe('declared');
});

describe('declarations', () => {
  const declarationsOf = (line: string) => {
    const m = parse([
      'Minutes of the meeting of Anyplace Parish Council held on Tuesday 7 May 2024 at 7.30pm',
      'Present: Cllr A Smith (Chair), Cllr B Jones',
      '1. Apologies',
      'None.',
      '2. Declarations of interest',
      line,
      '3. Date of next meeting',
      'Tuesday 4 June 2024.',
    ]);
    return { state: m.declarationsState, read: m.declarations.map((d) => [d.member, d.item, d.subject]) };
  };

  test('"Peter Hurd, Treasurer to the Fire Authority, declared …": the post between commas is not part of the member', () => {
    expect(declarationsOf('Peter Hurd, Treasurer to the Fire Authority, declared a non-prejudicial interest in agenda item 8, Retirement of the Treasurer.')).toEqual({
      state: 'declared',
      read: [['Peter Hurd', '8', 'agenda item 8, Retirement of the Treasurer']],
    });
  });

  test('"Declarations of Public Interest: T. Holt, D. Cree and A. Cree.": each member declared, what in is not said', () => {
    expect(declarationsOf('Declarations of Public Interest:  T. Holt, D. Cree and A. Cree.')).toEqual({
      state: 'declared',
      read: [
        ['T. Holt', null, ''],
        ['D. Cree', null, ''],
        ['A. Cree', null, ''],
      ],
    });
  });

  test('"Declarations of interest: Planning Application" names no member: nothing is read as a declaration', () => {
    expect(declarationsOf('Declarations of interest: Planning Application').read).toEqual([]);
  });
});
