/**
 * Issue 15: attendance lists as unseen councils print them, with made-up names: members run together
 * with only their titles between them ("Ald … Ald … Cllr …", some with a bracket), honours after a
 * comma kept with the name, and officers listed "Name Post; Name Post;" where a post holds "and" or a comma.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const attendanceOf = (lines: string[]) => parseMinutesDetailed('minutes.txt', lines.join('\n')).attendance.map((a) => [a.name, a.status, a.role]);
const HEADER = 'Minutes of Meeting held on Monday, 9 January 2017 at 7.00 pm in the Council Chamber, The Mall, Ballymore';

test('members run together with their titles between them, honours kept, brackets not split', () => {
  const page = [HEADER, '', 'Present: Ald Mrs M Bexley Ald R Carrow, MBE Ald S Dunster Cllr Mrs B Ellison, MBE Cllr B Fairley Cllr Miss P Gaskin (to 9.14pm) Cllr J Holroyd', '', '1. Apologies', 'There were no apologies.'];
  const present = attendanceOf(page).filter(([, status]) => status === 'present').map(([name]) => name);
  expect(present).toEqual(['Mrs M Bexley', 'R Carrow MBE', 'S Dunster', 'Mrs B Ellison MBE', 'B Fairley', 'Miss P Gaskin', 'J Holroyd']);
});

test('officers listed "Name Post;" with "and" and commas inside the posts', () => {
  const page = [HEADER, '', 'Present: Cllr J Holroyd', '', 'In Attendance: Ms A Ingram Chief Executive; Mrs K Jessop Director of Organisational Development and Community Planning; Mrs B Lomax Head of Leisure, Arts & Culture; Ms R Maddox Committee Administrator.', '', '1. Apologies', 'There were no apologies.'];
  const officers = attendanceOf(page).filter(([, status]) => status !== 'present' && status !== 'apologies');
  expect(officers.map(([name]) => name)).toEqual(['Ms A Ingram', 'Mrs K Jessop', 'Mrs B Lomax', 'Ms R Maddox']);
  expect(officers.map(([, , role]) => role)).toEqual(['Chief Executive', 'Director of Organisational Development and Community Planning', 'Head of Leisure, Arts & Culture', 'Committee Administrator']);
});

test('a semicolon list of members, each with several names after the comma, is still split at the commas', () => {
  const page = [HEADER, '', 'Present: Councillors A Nuttall, B Orchard, C Pinnock; Co-opted Members: D Quarrie, E Rudd, F Tredwell', '', '1. Apologies', 'There were no apologies.'];
  const names = attendanceOf(page).map(([name]) => name);
  expect(names).toEqual(expect.arrayContaining(['A Nuttall', 'B Orchard', 'C Pinnock', 'D Quarrie', 'E Rudd', 'F Tredwell']));
});

test('a Members / Role table flattened into alternating lines, officers after "… in attendance …:-"', () => {
  const page = [
    'At a MEETING of the NORTHDALE INTEGRATION JOINT BOARD held remotely on 27th October, 2021.',
    'Present:-',
    'Members',
    'Role',
    'Tessa ORCHARD (Vice Chairperson)',
    'Nominated by Health Board (Non-Executive Member)',
    'Lynne PINNOCK',
    'Nominated by Northdale Council (Elected Member)',
    'Vicky QUARRIE',
    'Chief Officer',
    'Non-members in attendance at request of Chief Officer:-',
    'Jenny RUDD',
    'Head of Health and Community Care',
    'Tessa ORCHARD, Vice Chairperson, in the Chair.',
    'I APOLOGIES FOR ABSENCE',
    'There were no apologies.',
  ];
  // Copied from a web page, each cell is a paragraph of its own.
  expect(attendanceOf(page.flatMap((l) => [l, '']))).toEqual([
    ['Tessa ORCHARD', 'present', 'Vice-Chair'],
    ['Lynne PINNOCK', 'present', 'Nominated by Northdale Council (Elected Member)'],
    ['Vicky QUARRIE', 'present', 'Chief Officer'],
    ['Jenny RUDD', 'in-attendance', 'Head of Health and Community Care'],
  ]);
});

test('a key letter before each member, read by the key printed below it; without a key nothing is guessed', () => {
  const rows = ['P  Peter Saltonstall (Chairman)', 'P  Jill Tredwell (Vice-Chairman)', 'P  Elfan Upshaw', 'A  Reyna Varley', 'P   David Wimbush (substitute for Reyna Varley)'];
  const page = ['Minutes', 'of the Meeting of the', 'Planning Committee', 'Wednesday, 11th May 2016', 'held at the Town Hall, Easterby.', 'Councillors:', ...rows, 'P: Present', 'A: Apologies for absence submitted', '', 'PAR 1 Public Speaking', 'Mr Yelland addressed the meeting.'];
  const spaced = (lines: string[]) => lines.flatMap((l) => [l, '']);
  expect(attendanceOf(spaced(page))).toEqual([
    ['Peter Saltonstall', 'present', 'Chair'],
    ['Jill Tredwell', 'present', 'Vice-Chair'],
    ['Elfan Upshaw', 'present', null],
    ['Reyna Varley', 'apologies', null],
    ['David Wimbush', 'present', expect.stringMatching(/substitute/i)],
  ]);
  const withoutKey = page.filter((l) => !/^[PA]: /.test(l));
  expect(attendanceOf(spaced(withoutKey)).filter(([, status]) => status === 'apologies' || status === 'absent')).toEqual([]);
});

test('"Name / Post" lines with no Present heading (lost in copying), some glued together, then "Present in part:"', () => {
  const page = [
    'Minutes from the Fourth Meeting of the Northdale Health BoardDate of meeting: 11 April 2011',
    'Venue for meeting: The Assembly Rooms, Northdale',
    'Professor Sir Ian Saltonstall CB / Chair, Northdale Health BoardDr Carl Tredwell / Non Executive Director',
    'Mr Keith Upshaw / Board Secretary',
    'Present in part:',
    'Ms Tracy Varley / Audit OfficeMr Andrew Wimbush / Audit Office',
    '1. / Welcome & Apologies for Absence',
    'The Chair welcomed all in attendance.',
  ];
  expect(attendanceOf(page)).toEqual([
    ['Professor Sir Ian Saltonstall CB', 'present', 'Chair'],
    ['Dr Carl Tredwell', 'present', 'Non Executive Director'],
    ['Mr Keith Upshaw', 'present', 'Board Secretary'],
    ['Ms Tracy Varley', 'in-attendance', 'Audit Office'],
    ['Mr Andrew Wimbush', 'in-attendance', 'Audit Office'],
  ]);
});

test('PDF text: "Councillors …" after a bracketed post, and an "Officers in / Attendance:" label wrapped over two lines', () => {
  const page = [
    'Minutes of Meeting of Eastmoor District Council held on Thursday 26 June 2014 in the Council Offices, Mill Road',
    'Members Present:',
    'Councillor Nuttall, Chair (Presiding Councillor)',
    'Councillor Orchard, Vice Chair (Deputy Presiding',
    'Councillor)',
    'Councillors Pinnock, Quarrie, Rudd,',
    'Saltonstall and Tredwell',
    'Officers in',
    'Attendance:',
    'Mr A Upshaw, Chief Executive',
    'Mrs Varley, Lead Finance Officer',
    '',
    'The meeting commenced at 7 pm',
    'C11/14',
    'Chair’s Business',
    'The Chair welcomed members.',
  ];
  const got = attendanceOf(page);
  expect(got.filter(([, s]) => s === 'present').map(([n]) => n)).toEqual(['Nuttall', 'Orchard', 'Pinnock', 'Quarrie', 'Rudd', 'Saltonstall', 'Tredwell']);
  expect(got.filter(([, s]) => s === 'in-attendance').map(([n, , r]) => [n, r])).toEqual([
    ['Mr A Upshaw', 'Chief Executive'],
    ['Mrs Varley', 'Lead Finance Officer'],
  ]);
});

test('"Councillor X, Convener, presided." and an "In Attendance" heading over officers whose posts hold "&" and "and"', () => {
  const page = ['Meeting Summary', 'Finance and Resources Policy Board', '14 Nov 2018 - 14:00 to 15:00', '', 'Chair', 'Councillor Nuttall, Convener, presided.', 'In Attendance', 'A Orchard, Director of Finance & Resources; L Pinnock, Head of Policy & Commissioning and R Quarrie, OD and Workforce Planning Manager (all Finance & Resources).', 'Items Of Business', 'Apologies', 'Councillors Rudd and K Saltonstall.'];
  const got = attendanceOf(page.flatMap((l) => [l, '']));
  expect(got.filter(([, s]) => s === 'present')).toEqual([['Nuttall', 'present', 'Chair']]);
  expect(got.filter(([, s]) => s === 'in-attendance').map(([n]) => n)).toEqual(['A Orchard', 'L Pinnock', 'R Quarrie']);
});
