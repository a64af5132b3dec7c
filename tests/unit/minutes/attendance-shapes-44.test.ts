/**
 * Round 38: people printed in full with nothing between them (a board's table flattened by copying), a name's initials
 * printed bare after it, and the next item's number run into an apology, as real pages print them (sets 37 to 43),
 * written here with made-up bodies and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { parseEntry } from '../../../main/minutes/attendance';
import { givenNameRun } from '../../../main/minutes/given-name-run';

const page = (lines: string[]) =>
  parseMinutesDetailed('page.txt', ['ASHCOMBE PARVA PARISH COUNCIL', 'Minutes of the meeting held on Tuesday 14 January 2025 at 7.30pm in the Village Hall', '', ...lines, '', '2. Minutes of the last meeting', 'The minutes of the meeting held on 10 December 2024 were approved.'].join('\n'));
const people = (m: ReturnType<typeof page>) => m.attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`);

describe('a run of names in full, cut at given names', () => {
  test.each([
    ['Mike Brookes Ruth Hallam Madeleine Harvey Peter Matthewson (Chair) Andy Middlemiss', ['Mike Brookes', 'Ruth Hallam', 'Madeleine Harvey', 'Peter Matthewson (Chair)', 'Andy Middlemiss']],
    ['Andrew Wilkie Nick Walkden', ['Andrew Wilkie', 'Nick Walkden']],
    // Two given names and a surname: the middle word is a given name, the next person's is not a surname.
    ['Neil John Macleod Martin Balfour', ['Neil John Macleod', 'Martin Balfour']],
    ['Diane Neil Mullins Shirley Gilbey', ['Diane Neil Mullins', 'Shirley Gilbey']],
    // A surname that is also a given name ("James") is read as the surname when that needs fewer three-word names.
    ['Gordon James Carol Kirkwood Sharon Rennison', ['Gordon James', 'Carol Kirkwood', 'Sharon Rennison']],
    // A Welsh given name from the supplement.
    ['Bridget Flanery Alun Jonas Pearl Mussett', ['Bridget Flanery', 'Alun Jonas', 'Pearl Mussett']],
    // The post of the person before the comma, in front of the run, is given back in brackets for that person.
    ['Chairman Nicki Beverley Kathryn Colley Heather Dunn', ['(Chairman)', 'Nicki Beverley', 'Kathryn Colley', 'Heather Dunn']],
  ])('"%s"', (run, names) => {
    expect(givenNameRun(run)).toEqual(names);
  });

  test.each([
    // Three words: one person or not, nothing says.
    'Anne Marie Timmins',
    // A given name not known (Waiyin): a cut shifted by a word could pass, so none is taken.
    'Stephen Greenhalgh Waiyin Hatley Alan Walkden',
    // A register read backwards, a three-word name among them whose given name is not known: never cut into wrong people.
    'Owen Ellis Gurpreet Singh Bains Will Holt Nina Eaton',
    // Four words whose second half does not start with a known given name: one person or two is not certain.
    'Mary Hughes Blodwyn Zed',
    // A post or a heading run on at the end, or words that are no one's name.
    'Lynda Warne Paul Willis Executive Team',
    'Hollowell Parish Council Village Hall',
    // Ends on a word that cannot start a name: the last name must start with a known given name.
    'Ruth Hallam Madeleine Harvey Xyloq Brandt',
    // A run of given names only, cut two ways equally well.
    'Peter James Paul John Mark',
  ])('"%s" is not cut', (run) => {
    expect(givenNameRun(run)).toBeNull();
  });
});

test('a board\'s members printed without separators are read as people, each post with its holder', () => {
  const m = page(['Present: Will Mackay, Chairman Nicki Beverley Kathryn Colley Heather Dunn Steven Fagan', 'In attendance: Michael Breen (Clerk)']);
  expect(people(m)).toEqual([
    'Will Mackay|Chair|present',
    'Nicki Beverley||present',
    'Kathryn Colley||present',
    'Heather Dunn||present',
    'Steven Fagan||present',
    'Michael Breen|Clerk|in-attendance',
  ]);
});

test('a member after their title, then people with none, each read apart', () => {
  const m = page(['Present: Cllr Jim McCallum Alan Wykeham Fraser Wilkie']);
  expect(m.attendance.map((a) => a.name)).toEqual(['Jim McCallum', 'Alan Wykeham', 'Fraser Wilkie']);
});

describe('initials printed bare after a name', () => {
  test.each([
    ['Tom Irwin TI', 'Tom Irwin', null],
    ['Dean Ruddock DR County Councillor', 'Dean Ruddock', 'County Councillor'],
    ['Neil Bainbridge NB (Treasurer)', 'Neil Bainbridge', 'Treasurer'],
  ])('"%s" is %s', (entry, name, role) => {
    expect(parseEntry(entry)).toEqual({ name, role });
  });

  test('letters that are not the initials stay: an honour', () => {
    expect(parseEntry('John Smithers MBE')?.name).toBe('John Smithers MBE');
    expect(parseEntry('John Smithers JP')?.name).toBe('John Smithers JP');
  });

  test('in a list of members, each loses the initials', () => {
    const m = page(['Present: Chris Lane CL, Chris Calder CC, Trevor Ryde TR', 'In attendance: Dean Ruddock DR County Councillor, Sue Graham (Clerk)']);
    expect(people(m)).toEqual([
      'Chris Lane||present',
      'Chris Calder||present',
      'Trevor Ryde||present',
      'Dean Ruddock|County Councillor|in-attendance',
      'Sue Graham|Clerk|in-attendance',
    ]);
  });
});

test('the next item\'s number in decimals and its heading, run into the apologies, are not an apology', () => {
  const m = page(['1.0 Apologies Apologies were received and accepted from: Charlie Hull and Tony Capel 3.0 Declarations. There were none.']);
  expect(m.minutes.apologies).toEqual(['Charlie Hull', 'Tony Capel']);
});
