/**
 * Round 38: a list of declarations read only in part (a real board's list went on past a page's footer, set 43) says so.
 * The passages no reader took are kept, as printed, for the meeting page; a section read in full, a reminder to declare
 * and a member saying they would not declare give none. Made-up bodies and people.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseMinutesDetailed } from '../../../main/minutes';

const CUT = path.resolve(__dirname, '../../fixtures/minutes/trust/westby-transport-board-2011-03-30-declarations-cut.txt');
const page = (lines: string[]) =>
  parseMinutesDetailed('page.txt', ['ASHCOMBE PARVA PARISH COUNCIL', 'Minutes of the meeting held on Tuesday 14 January 2025 at 7.30pm in the Village Hall', '', ...lines, '', '3. Minutes of the last meeting', 'The minutes of the meeting held on 10 December 2024 were approved.'].join('\n')).minutes;

test('a list cut by a page footer: what was read is listed, and the entries after the break are kept as not read', () => {
  const m = parseMinutesDetailed(path.basename(CUT), fs.readFileSync(CUT, 'utf8')).minutes;
  expect(m.declarationsState).toBe('declared');
  expect(m.declarations.map((d) => d.member)).toEqual(['Daniel Moss', 'Peter Ansell', 'Christine Garner']);
  expect(m.declarationsNotRead).toEqual([
    'Steven North as a Board Member of the Westby Development Agency and as Chairman of North Rail Limited',
    'Bob Oakley on taxi related issues',
    'Tony Weston as a member of Eastby Council’s Public Transport Committee.',
  ]);
});

test('a section read in full keeps nothing as not read', () => {
  const m = page(['2. Declarations of interest', 'Councillor Hollis declared a personal interest in item 5 as a member of the allotment society. Councillor Dean declared a prejudicial interest in item 6 and left the room.']);
  expect(m.declarations.map((d) => d.member)).toEqual(['Hollis', 'Dean']);
  expect(m.declarationsNotRead).toBeUndefined();
});

test('a reminder to declare, and a member who would not declare, are not declarations missed', () => {
  const m = page([
    '2. Declarations of interest',
    'Councillor Hollis declared a personal interest in item 5 as a member of the allotment society.',
    'Miss Shaw reminded Members of the importance of declaring an interest in any matter on the agenda.',
    'Councillor Francis Morley explained that he did not intend to declare an interest in the budget item.',
  ]);
  expect(m.declarations.map((d) => d.member)).toEqual(['Hollis']);
  expect(m.declarationsNotRead).toBeUndefined();
});
