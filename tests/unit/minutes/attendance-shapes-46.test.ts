/**
 * Round 40: a board's members under a word of their own after the list's label, and the staff and minute-taker under
 * labels inside the same line, as real pages print them (sets 37 to 45), written here with made-up bodies and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const read = (text: string) => parseMinutesDetailed('page.txt', text);
const people = (r: ReturnType<typeof read>) => r.attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`);

describe('"PRESENT: Board: … Staff: … Minute Taker: …"', () => {
  const page = (present: string) =>
    `TESTHAM HOUSING ASSOCIATION\n\nMINUTES of a meeting of the Board of the Association held on Thursday 29 January 2009 at Alpha Court, Testham at 6.00pm\n\n${present}\n\n1. APOLOGIES Ann Crossway (AC).\n\n2. MINUTES OF PREVIOUS MEETING The minutes were approved.`;

  test('the members under "Board:", the staff and the minute-taker in attendance with their posts', () => {
    const r = read(page('PRESENT: Board: Jon Harlow (Chair), Mary Ohara (MO), Ruth Brigg (RB) and Ella Harrow (EH). Staff: John Gill (D&PD), Chris Storr (CE) and Paul Robb (FD) Minute Taker: Sandra Park (SP).'));
    expect(people(r)).toEqual([
      'Jon Harlow|Chair|present',
      'Mary Ohara||present',
      'Ruth Brigg||present',
      'Ella Harrow||present',
      'John Gill|D&PD|in-attendance',
      'Chris Storr|CE|in-attendance',
      'Paul Robb|FD|in-attendance',
      'Sandra Park|Minute Taker|in-attendance',
      'Ann Crossway||apologies',
    ]);
  });

  test.each(['Members', 'Trustees', 'Directors'])('"Present: %s:" is the same list', (word) => {
    const r = read(page(`Present: ${word}: Jon Harlow (Chair), Mary Ohara, Ruth Brigg.`));
    expect(people(r).slice(0, 3)).toEqual(['Jon Harlow|Chair|present', 'Mary Ohara||present', 'Ruth Brigg||present']);
  });

  test('a "Staff" item in prose is no list of who came', () => {
    const r = read(`${page('PRESENT: Jon Harlow (Chair), Mary Ohara, Ruth Brigg.')}\n\n3. STAFF\n\nStaff: the Chief Executive reported that two posts had been filled.`);
    expect(r.attendance.filter((a) => a.status === 'in-attendance')).toEqual([]);
  });
});

describe('a board\u2019s members one to a line, each with their initials and their place on the board', () => {
  const page = [
    'Minutes of the Testham Service Board Meeting No 79',
    '',
    'Tuesday 9 March 2021 at 10:00am',
    '',
    'Board Members Present:',
    '',
    'Oliver Wilkes (OW) Chair',
    '',
    'Patricia Hare (PH) Board Member',
    '',
    'Richard Salmon (RS) Board Member',
    '',
    'TSB Officers in Attendance:',
    '',
    'Margaret Bates (MB) Chief Executive Officer',
    '',
    'Andrew Walker (AW) Acting Head of Service Development',
    '',
    'A Apologies',
    '',
    'No apologies received.',
    '',
    'B Minutes of the Previous Meeting',
    '',
    'The minutes of the previous meeting held on 09 February 2021 were approved.',
  ].join('\n');

  test('each member with their post, the body\u2019s officers in attendance, and the lettered heading no person', () => {
    expect(people(read(page))).toEqual([
      'Oliver Wilkes|Chair|present',
      'Patricia Hare|Board Member|present',
      'Richard Salmon|Board Member|present',
      'Margaret Bates|Chief Executive Officer|in-attendance',
      'Andrew Walker|Acting Head of Service Development|in-attendance',
    ]);
  });

  test('"Future Generations Board Champion" names no one', () => {
    expect(people(read(page.replace('Richard Salmon (RS) Board Member', 'Future Generations Board Champion'))).some((p) => p.startsWith('Future'))).toBe(false);
  });
});

describe('"Present: Vice Chairman: Willy Brown Steve Trudgill …": the chair\u2019s label before a run of names in full', () => {
  const head = 'Testham Parish Council Minutes of Meeting Held on 14th March 2016';
  test('the chair is given the post, the run read a person at a time', () => {
    const r = read(`${head}\n\nPresent: Vice Chairman: Willy Brown Steve Trudge Mark Alder Jane Chater District Cllr Tony Orgee\n\n1. Apologies for absence – Barbara Fagg`);
    expect(people(r)).toEqual(['Barbara Fagg||apologies', 'Willy Brown|Vice-Chair|present', 'Steve Trudge||present', 'Mark Alder||present', 'Jane Chater||present', 'Tony Orgee|District Councillor|present']);
  });

  test('another label after the chair\u2019s name is left to the labels\u2019 reading', () => {
    const r = read(`${head}\n\nPresent: Chairperson: Laurence Olive Vice Chairperson: David Cowl Councillors: Samantha Hughes, Denise John\n\n1. Apologies for Absence: Nil`);
    expect(people(r).slice(0, 2)).toEqual(['Laurence Olive|Chair|present', 'David Cowl|Vice-Chair|present']);
  });
});

describe('who chaired, said in the minutes rather than the list', () => {
  const page = (sentence: string) =>
    read(['MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL HELD ON TUESDAY 14TH MARCH 2023 AT 7.30PM', 'Present: Cllrs A Reid, T Bell, S Hart and M Phare', '', '1. Apologies', sentence, '', '2. Minutes', 'The minutes were approved.'].join('\n'));
  const chair = (r: ReturnType<typeof read>) => r.attendance.filter((a) => a.role === 'Chair').map((a) => a.name);

  test.each([
    ['Councillor Warren had given his apologies therefore Councillor Phare took the Chair and opened the meeting.'],
    ['In the absence of the Chairman, Cllr Reid proposed, and it was agreed, that Cllr Phare chair the meeting.'],
  ])('"%s"', (sentence) => {
    expect(chair(page(sentence))).toEqual(['M Phare']);
  });

  test('someone not in the list is given no post', () => {
    expect(chair(page('Councillor Warren took the Chair.'))).toEqual([]);
  });
});

describe('"Board:", "Trustees:" as the label of the members present', () => {
  const page = (label: string) =>
    read(['Testham TMO Board Meeting 16 January 2017', '', `${label}: James Trainor (chair), Hannah Bruce, Shaun Gill`, '', 'Others: Annelie Serne (Interim TMO Manager)', '', 'Apologies: Kate Damer', '', '1. Welcome', '', 'No new declarations of interest were made.'].join('\n'));

  test.each(['Board', 'Trustees'])('"%s:" over names in full', (label) => {
    expect(people(page(label))).toEqual(['James Trainor|Chair|present', 'Hannah Bruce||present', 'Shaun Gill||present', 'Annelie Serne|Interim TMO Manager|in-attendance', 'Kate Damer||apologies']);
  });

  test('"Board: the board discussed …" is no list', () => {
    const r = read(['Testham TMO Board Meeting 16 January 2017', '', 'Present: James Trainor (chair), Hannah Bruce', '', '1. Welcome', '', 'Board: The Board discussed the estate newsletter.'].join('\n'));
    expect(people(r)).toEqual(['James Trainor|Chair|present', 'Hannah Bruce||present']);
  });
});

describe('a register whose key says what each mark means ("* – Attendance; A- Absent")', () => {
  const page = (key: string) =>
    read(
      [
        'MINUTES OF THE MEETING OF TESTHAM TOWN COUNCIL HELD ON WEDNESDAY 8 JANUARY 2020 AT 7PM',
        '',
        'COUNCIL MEMBERS PRESENT',
        '',
        key,
        '',
        'Cllr Mrs N. Turner – Mayor (in the Chair) *',
        'Cllr. M. Fice *',
        'Cllr T. Lang *',
        'Cllr G. Keeler A',
        'Cllr R. Moore *',
        '',
        'Also in attendance:',
        'Cty. Cllr. R Gilbert *',
        'Gill Clayton (Clerk) *',
        'Tom Ladd Testham Gazette A',
        '',
        '1. DECLARATIONS OF INTEREST',
        '',
        'None.',
        '',
        '2. MINUTES',
        '',
        'The minutes of the meeting held on 11 December 2019 were approved.',
      ].join('\n'),
    );

  test('the starred members present, "A" absent, the starred others in attendance', () => {
    expect(people(page('* – Attendance; A- Absent; N – No Apologies Received'))).toEqual([
      'Mrs N. Turner|Chair|present',
      'M. Fice||present',
      'T. Lang||present',
      'G. Keeler||absent',
      'R. Moore||present',
      'R Gilbert|County Councillor|in-attendance',
      'Gill Clayton|Clerk|in-attendance',
    ]);
  });

  test('where the key says "A" is apologies, the member sent apologies', () => {
    expect(people(page('* – Attendance; A – Apologies')).find((p) => p.startsWith('G. Keeler'))).toBe('G. Keeler||apologies');
  });
});
