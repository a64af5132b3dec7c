/**
 * Items, round 40: a minute's number printed as the committee's letters, the council's year, the meeting's number and the
 * item's ("FPG/21-22/9/6"), as a real town council's committee prints it (set 45), written here with a made-up council.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const items = (text: string) => parseMinutesDetailed('page.txt', text).minutes.items.map((i) => `${i.number} ${i.title}`);

describe('"FPG/21-22/9/6": letters, the council\u2019s year, the meeting and the item', () => {
  test('each heading is an item, its number whole', () => {
    const page = [
      'Minutes of the Finance Committee of Testham Town Council held on Monday 6th June 2022 7:30pm',
      'Meeting held in the Victoria Hall, Testham.',
      'The meeting opened at 7:30pm.',
      'FPG/21-22/9/6 Matters Arising',
      'The Clerk was asked to progress a meeting of this group.',
      'FPG/21-22/9/7 Finance',
      'The committee received and noted the bank reconciliations dated 31st March 2022.',
      'FPG/21-22/9/8 Grant Application Form and Policy',
      'The committee resolved to add a clause to the policy.',
    ].join('\n');
    expect(items(page)).toEqual(['FPG/21-22/9/6 Matters Arising', 'FPG/21-22/9/7 Finance', 'FPG/21-22/9/8 Grant Application Form and Policy']);
  });

  test('the same numbers with three parts ("FPG/21-22/6") still read as before', () => {
    const page = ['Minutes of the Finance Committee of Testham Town Council held on Monday 6th June 2022 7:30pm', 'The meeting opened at 7:30pm.', 'FPG/21-22/6 Matters Arising', 'None.', 'FPG/21-22/7 Finance', 'Noted.'].join('\n');
    expect(items(page)).toEqual(['FPG/21-22/6 Matters Arising', 'FPG/21-22/7 Finance']);
  });
});

describe('headings run into one paragraph, one of them ending in a colon', () => {
  test('"3. Approve the Minutes of the Meeting of 5th July 2018: …" is a link in the chain of numbered headings', () => {
    const page =
      'MINUTES OF THE ANNUAL MEETING OF ASHCOMBE PARISH COUNCIL, HELD AT ASHCOMBE VILLAGE HALL ON THURSDAY 6th SEPTEMBER 2018 AT 8.00PM 1. Apologies for Absence. Apologies were received and accepted from Cllr Hammond. 2. Declaration of Members Interest. Cllr Hedley declared an interest in planning application DC/18/1669. 3. Approve the Minutes of the Meeting of 5th July 2018: The minutes were circulated to all Cllrs and taken as read. It was RESOLVED that the minutes are a true record. 4. Outstanding Actions. Cllr Jesse was to speak to the Village Hall Committee.';
    expect(items(page)).toEqual(['1 Apologies for Absence', '2 Declaration of Members Interest', '3 Approve the Minutes of the Meeting of 5th July 2018', '4 Outstanding Actions']);
  });
});

test('a dated heading ending in a colon keeps its date when a chain of headings also finds it', () => {
  const page =
    'Meeting of Testham Community Council held on Tuesday 13th April 2021 at 7.45pm on Zoom Present: Councillors: Sam Hughes, Jo Good. 1. Apologies for Absence: Nil 2. Minutes of meeting held on Tuesday 9th March 2021: Minutes agreed as a true record, proposed and seconded by Councillors Sam Hughes and Jo Good. 3. Declaration of Interest: Nil 4. Matters arising from minutes: New bin in parking area by Community Hall – the Clerk has requested a price.';
  expect(items(page)[1]).toBe('2 Minutes of meeting held on Tuesday 9th March 2021');
});

describe('items lettered instead of numbered, "A Apologies" over its minute', () => {
  const page = (b: string) =>
    [
      'Minutes of the Testham Service Board Meeting No 79',
      '',
      'Board Meeting Type: Strategic Board',
      '',
      'Tuesday 9 March 2021 at 10:00am',
      '',
      'Remote via Zoom',
      '',
      'A Apologies',
      '',
      'No apologies received.',
      '',
      b,
      '',
      'The minutes of the previous meeting held on 09 February 2021 were approved.',
      '',
      'C Chief Executive\u2019s Report',
      '',
      'The Board noted receipt of one complaint.',
      '',
      'D Date of Next Meeting',
      '',
      'The next meeting will be held on Tuesday 13 April 2021.',
    ].join('\n');

  test('each letter is the item\u2019s number, "B Minutes of the Previous Meeting" among them', () => {
    expect(items(page('B Minutes of the Previous Meeting'))).toEqual(['A Apologies', 'B Minutes of the Previous Meeting', 'C Chief Executive\u2019s Report', 'D Date of Next Meeting']);
  });

  test('letters that do not run on from A are no items', () => {
    expect(items(page('B Minutes of the Previous Meeting').replace('A Apologies', 'Apologies')).some((t) => /^[BCD] /.test(t))).toBe(false);
  });
});

describe('bullets that are the heading alone, the minute under each', () => {
  const page = [
    'MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL',
    'HELD AT ASHCOMBE VILLAGE HALL',
    'ON WEDNESDAY 15TH MAY 2024',
    'Present Councillor T. Knowles (TK) (in the chair)',
    'Councillors: Mrs. E. Billings (EB), M. Bruce (MB), A. Bunting (AB)',
    '- Election of Chairman',
    'It was proposed, seconded and RESOLVED by vote of the Council that Cllr. TK be elected Chairman of the Council.',
    '- Apologies for Absence',
    'Apologies for absence were received from Cllr. CF.',
    '- Declarations of Interest / Dispensations',
    '- Cllr. NH declared an interest in agenda item 15 as an allotment tenancy holder.',
    '- Committees of the Council',
    'It was RESOLVED that the committees should be re-established.',
  ].join('\n');

  test('each heading is an item, and a member\u2019s title is no heading', () => {
    const read = parseMinutesDetailed('page.txt', page).minutes;
    const titles = read.items.map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(['Election of Chairman', 'Apologies for Absence', 'Declarations of Interest / Dispensations', 'Committees of the Council']));
    expect(titles).not.toContain('Cllr');
    // (The list of who came, before the first heading, is the attendance, no item.)
    expect(titles.filter((t) => /^Present\b/.test(t))).toEqual([]);
    expect(read.decisions.map((d) => d.text)).toContain('That Cllr. TK be elected Chairman of the Council.');
  });
});

test('a table\u2019s header run into its first row ("No / Subject / Comments1 / To receive apologies. / …") and a heading cell\u2019s full stop', () => {
  const page = [
    'MINUTES OF THE MEETING OF TESTHAM TOWN COUNCIL',
    'MONDAY 5th JUNE 2017 AT THE GUILDHALL TESTHAM',
    'Present: Councillors R Adams (Chair), Paine, Whitty and Simms.',
    'No / Subject / Comments1 / To receive apologies. / Apologies were given by Councillors Cohen and Vint.',
    'It was RESOLVED to accept the apologies.',
    '2 / Declarations of interest. / There were none.',
    '3 / Minutes of the last meeting. / The minutes were approved.',
  ].join('\n');
  expect(items(page)).toEqual(['1 To receive apologies', '2 Declarations of interest', '3 Minutes of the last meeting']);
});

test('the minute\u2019s number in brackets at the end of its heading\u2019s line ("… Vote to accept. (1819/030)")', () => {
  const page = [
    'Minutes of the meeting of Testham Parish Council',
    'held on Friday 22nd March 2019 at 7.30pm at Testham Village Hall',
    'Present: Councillors J Heselwood (Chair), E Clark, H Padfield and V Brown.',
    '- Apologies for absence and reasons given. Vote to accept. (1819/030)',
    'Apologies were received from Cllr E. Brown.',
    '- Declaration of Disclosable Pecuniary Interests (1819/031) Cllr Heselwood declared a pecuniary interest in agenda item 12(a).',
    '- To confirm or amend and sign the minutes of the meeting held on Jan 25th, 2019 (1819/032)',
    'The minutes were approved as a true record.',
  ].join('\n');
  expect(items(page)).toEqual([
    '1819/030 Apologies for absence and reasons given. Vote to accept',
    '1819/031 Declaration of Disclosable Pecuniary Interests',
    '1819/032 To confirm or amend and sign the minutes of the meeting held on Jan 25th, 2019',
  ]);
});

test('lettered items stand where their headings do: nothing of them is the minutes\u2019 opening, and a letter printed twice keeps each decision with its item', () => {
  const m = parseMinutesDetailed(
    'page.txt',
    [
      'Minutes of the Testham Service Board Meeting No 79',
      '',
      'Board Meeting Type: Strategic Board',
      '',
      'Tuesday 9 March 2021 at 10:00am',
      '',
      'A Apologies',
      '',
      'No apologies received.',
      '',
      'B Minutes of the Previous Meeting',
      '',
      'The minutes of the previous meeting held on 09 February 2021 were approved.',
      '',
      'C Evaluation of the Strategy',
      '',
      'The Board noted the final draft report of the evaluation.',
      '',
      'C Date of Next Meeting',
      '',
      'The next meeting will be held on Tuesday 13 April 2021.',
    ].join('\n'),
  ).minutes;
  expect(m.introDecisionsState ?? 'none').toBe('none');
  expect(m.items.map((i) => i.number)).toEqual(['A', 'B', 'C', null]);
  expect(m.decisions.map((d) => [d.item, d.kind])).toEqual([
    ['B', 'procedural'],
    ['C', 'noted'],
  ]);
});
