/**
 * Round 43 (after set 52 was spent): registers and lists the parser read in part or not at all, as real pages print them,
 * written here with made-up bodies and people: a partnership's register printed as a table of two columns (the name, then
 * the body or post after a wide gap), its officers under "Supporting Officers:", and an apologies item whose names come
 * bare on one line, or each with the body they come from, parted by semicolons.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const read = (lines: string[]) => parseMinutesDetailed('page.txt', lines.join('\n'));
const people = (r: ReturnType<typeof read>) => r.attendance.map((a) => `${a.name}|${a.status}`);

const partnership = [
  'Minutes of Fernvale Coast Partnership meeting held on Thursday 11th December 2014 at 1.30pm at the Old Granary, Fernvale',
  '',
  'In Attendance',
  'Robert Hale-Morris        Chairman, Fernvale Coast Partnership',
  'Cllr Edith Harland        Fernvale Council',
  'Cllr Daniel Hughes        Fernvale Council',
  'Joan Holt            Coastal Trust',
  'Peter Jellicoe            Fernvale Rural Charity',
  'Jim Scoble            CLA',
  '',
  'Supporting Officers:',
  'Kevin Brant        Fernvale Council, Head of Direct Services',
  'Colin Becket    Fernvale Coast Partnership Manager',
  'Karen Jones        Fernvale Coast Office Manager',
  '',
  '1.    Apologies',
  'Dora Appleby, Coastal Trust; Andrew Wilkes, LEP; Heritage Fund; Hannah Harker, Fernvale Council Transport; ',
  'Rupert Hanley, CLA; Tim Lowe, Ferry Company; Cllr Neil Hatt, Fernvale Council',
  '2. Minutes of last meeting (19 June 2014) – were agreed to be a true and accurate record.',
];

test('a register printed in two columns under "In Attendance", the officers under "Supporting Officers:": each row a person, the first list the members present', () => {
  const r = read(partnership);
  expect(people(r)).toEqual(
    expect.arrayContaining(['Robert Hale-Morris|present', 'Edith Harland|present', 'Joan Holt|present', 'Jim Scoble|present', 'Kevin Brant|in-attendance', 'Colin Becket|in-attendance', 'Karen Jones|in-attendance']),
  );
  expect(r.attendance.find((a) => a.name === 'Colin Becket')?.role).toBe('Fernvale Coast Partnership Manager');
  // The body a row gives is no person of its own.
  expect(r.attendance.map((a) => a.name)).not.toContain('Fernvale Council');
});

test('apologies as "Name, Body; Name, Body; …" over two lines: each person, without the body; a body alone is no person', () => {
  const { minutes } = read(partnership);
  expect(minutes.apologies).toEqual(expect.arrayContaining(['Dora Appleby', 'Andrew Wilkes', 'Hannah Harker', 'Rupert Hanley', 'Tim Lowe', 'Neil Hatt']));
  expect(minutes.apologies).not.toContain('Coastal Trust');
  expect(minutes.apologies).not.toContain('LEP');
});

test('an apologies item whose line is names in full, "A, B and C": three people, not one person and a post', () => {
  const { minutes } = read([
    'Minutes of the Fernvale Coast Partnership meeting held on Thursday 11th December 2014',
    '',
    'Present',
    'Robert Hale-Morris, Chairman',
    'Joan Holt, Coastal Trust',
    '',
    '1. Apologies',
    'Dora Appleby, Andrew Wilkes and Hannah Harker',
    '2. Minutes of last meeting – were agreed.',
  ]);
  expect(minutes.apologies).toEqual(['Dora Appleby', 'Andrew Wilkes', 'Hannah Harker']);
});

test('one person and a post on the apologies line ("Dora Appleby, Partnership Manager") is still one person', () => {
  const { minutes } = read([
    'Minutes of the Fernvale Coast Partnership meeting held on Thursday 11th December 2014',
    '',
    'Present',
    'Robert Hale-Morris, Chairman',
    'Joan Holt, Coastal Trust',
    '',
    '1. Apologies',
    'Dora Appleby, Partnership Manager',
    '2. Minutes of last meeting – were agreed.',
  ]);
  expect(minutes.apologies).toEqual(['Dora Appleby']);
});
