/**
 * Round 44 (after sets 51 to 53 were spent): registers real pages print that the parser lost whole, written here with
 * made-up bodies and people: a table of people and their bodies copied without its cell breaks ("Name, Body Name, Body"),
 * labels with more words than the parser knew ("PRESENT at the Meeting were:", "Present at start of meeting:", "In
 * Attendance were:"), a member with two offices ("County and District Councillor"), a double surname whose hyphen kept a
 * space, and a sentence saying no declarations were made with the word mistyped.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { bodyNameRun } from '../../../main/minutes/body-name-run';

const read = (lines: string[]) => parseMinutesDetailed('page.txt', lines.join('\n'));
const people = (r: ReturnType<typeof read>) => r.attendance.map((a) => `${a.name}|${a.status}`);

const planningGroup = [
  'MINUTES of MEETING of FERNVALE & THE GLENS COMMUNITY PLANNING GROUP held in the MARKET HALLS, FERNVALE on WEDNESDAY, 11 MARCH 2015',
  '',
  'Present: Councillor Hamish Bell (Chair)',
  '',
  'Attending: Gordon Ferris, Fernvale Council Morag Reid, Fernvale Council Laura McBain, Glens Water Inspector Julie Strachan, Police Scotland Andrew McLure, Glens Fire and Rescue Eleanor MacKinnon, NHS Glens Jessie MacFarlane, Fernvale Community Council Marri Malloy, Kilbride Community Council',
  '',
  '1. WELCOME AND APOLOGIES',
  '',
  'Apologies for absence were intimated from:',
  '',
  'Councillor Iain Angus MacLeod Kate Winton, Fernvale Community Council Donald Watt, NHS Glens Stephen Whiston, NHS Glens',
  '',
  '2. DECLARATIONS OF INTEREST',
  '',
  'There were no declatations of interest intimated.',
  '',
  '3. MINUTES',
  '',
  'The Minutes of the meeting held on 10 December 2014 were approved as a correct record.',
];

test('people and their bodies run together ("Name, Body Name, Body"): each person, with the body after their comma as their role', () => {
  const r = read(planningGroup);
  expect(people(r)).toEqual(
    expect.arrayContaining(['Gordon Ferris|in-attendance', 'Morag Reid|in-attendance', 'Laura McBain|in-attendance', 'Julie Strachan|in-attendance', 'Andrew McLure|in-attendance', 'Eleanor MacKinnon|in-attendance', 'Jessie MacFarlane|in-attendance', 'Marri Malloy|in-attendance']),
  );
  expect(r.attendance.find((a) => a.name === 'Andrew McLure')?.role).toBe('Glens Fire and Rescue');
  expect(r.attendance.find((a) => a.name === 'Julie Strachan')?.role).toBe('Inspector');
  // A body is no person, and no person keeps a body in their name.
  expect(r.attendance.map((a) => a.name)).not.toContain('Fernvale Council');
  expect(r.attendance.every((a) => !/Council|NHS|Water/.test(a.name))).toBe(true);
});

test('an apologies line of the same shape, opening with two people and no body between them: four people', () => {
  const { minutes } = read(planningGroup);
  expect(minutes.apologies).toEqual(['Iain Angus MacLeod', 'Kate Winton', 'Donald Watt', 'Stephen Whiston']);
});

test('"There were no declatations of interest intimated.": the sentence says none were declared, the word mistyped', () => {
  expect(read(planningGroup).minutes.declarationsState).toBe('none-declared');
});

test('the run is read only when plain: it starts with a person and ends with a body, and two people start inside a part', () => {
  // Names alone, with their posts after commas: not this shape (the other readers take it).
  expect(bodyNameRun('John Smith, Chair, Mary Jones, Secretary, Alan Brown, Treasurer')).toBeNull();
  // Ends with a person, not a body.
  expect(bodyNameRun('Gordon Ferris, Fernvale Council Morag Reid, Glens Water Laura McBain, Police Scotland Andrew McLure')).toBeNull();
  // Only one person starts inside a part.
  expect(bodyNameRun('Gordon Ferris, Fernvale Council Morag Reid, Glens Water, Police Scotland')).toBeNull();
  expect(bodyNameRun('Gordon Ferris (Chair), Fernvale Council Morag Reid, Glens Water Laura McBain, Police Scotland')).toEqual([
    { person: 'Gordon Ferris (Chair)', body: 'Fernvale Council' },
    { person: 'Morag Reid', body: 'Glens Water' },
    { person: 'Laura McBain', body: 'Police Scotland' },
  ]);
});

test('a post after a person takes two parts ("Public Health Practitioner, NHS Glens"), and a second given name stays with its person', () => {
  expect(bodyNameRun('Chris Crichton, Youth Cafe Tina Barrows, Public Health Practitioner, NHS Glens John Norman MacDonald, Fernvale Council on Alcohol')).toEqual([
    { person: 'Chris Crichton', body: 'Youth Cafe' },
    { person: 'Tina Barrows', body: 'Public Health Practitioner, NHS Glens' },
    { person: 'John Norman MacDonald', body: 'Fernvale Council on Alcohol' },
  ]);
});

test('"PRESENT at the Meeting were:" and "In Attendance were:": the labels read with their verb; a nickname does not end the list', () => {
  const r = read([
    'MINUTES of the TOWN COUNCIL MEETING held on Thursday 6th JUNE 2013 in the Council Chamber at 7.15pm.',
    'PRESENT at the Meeting were: Councillor Victor G Fox – Chairman Councillor Pauline Batstone Councillor Nicholas Cowell',
    'Apologies were received from: Councillor Helen Reed',
    'In Attendance were: Christopher Wilkins Town Clerk',
    '13/068 APPROVAL OF THE MINUTES It was RESOLVED that the Minutes are approved and signed by the Chairman.',
  ]);
  expect(people(r)).toEqual(expect.arrayContaining(['Victor G Fox|present', 'Pauline Batstone|present', 'Nicholas Cowell|present', 'Helen Reed|apologies']));
  expect(r.attendance.find((a) => a.name === 'Victor G Fox')?.role).toBe('Chair');
});

test('"Present at start of meeting:" with a member of two offices and a surname whose hyphen kept its space', () => {
  const r = read([
    'Ashby Parva Parish Council',
    'Minutes of the Ordinary Meeting of the Parish Council held on Tuesday 25th June 2019 in The Small Hall, Ashby Parva.',
    '',
    'Present at start of meeting: Councillors Kellett (Chairman), Lomax, Hughes, and Tabard- Crane. County and District Councillor Glynn. There was 1 member of the public present at the start of the meeting.',
    '',
    '1. Chairman’s Welcoming Statement The Chairman welcomed those present.',
  ]);
  expect(people(r)).toEqual(['Kellett|present', 'Lomax|present', 'Hughes|present', 'Tabard-Crane|present', 'Glynn|present']);
  expect(r.attendance.find((a) => a.name === 'Glynn')?.role).toBe('County and District Councillor');
});
