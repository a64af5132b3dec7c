/**
 * Issue 15, third fresh set: item shapes the parser did not read, written with made-up councils, people and text.
 * A table copied with " / " between cells and minute numbers carrying the council year ("21.23/24"); minute
 * headings run into one paragraph (in capitals, or followed by their own "N.1"); a numbered heading run into its
 * first sentence; a bare agenda list whose sentence-like lines sit between short headings; apologies "received and
 * accepted", "Apology • …"; two members sharing one plural post; declarations printed before the first item.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { findApologies } from '../../../main/minutes/apologies';
import { parseNameList } from '../../../main/minutes/attendance';

const parse = (lines: string[]) => parseMinutesDetailed('minutes.txt', lines.join('\n')).minutes;
const heads = (items: { number: string | null; title: string }[]) => items.map((i) => [i.number, i.title]);

describe('a table copied with " / " between cells, minute numbers with the council year', () => {
  const page = [
    'Minutes of the meeting of Brackenford Parish Council held on Tuesday 9th May 2023',
    'PRESENT: Cllr. Ada Pollard, Cllr. Ben Farrow',
    'Item / Notes / Action 21.23/24 / Apologies for absence / Apologies were received and accepted from Cllr. Cara Whitlow.',
    '22.23/24 / Declarations of interest / There were none.',
    `23.23/24 / Footpaths / The stile at Mill Lane is broken, namely: ${'the landowner has been told several times and has not replied, '.repeat(5)}ACTION: Clerk to write to the landowner.`,
    '24.23/24 / Date of next meeting / 13th June 2023.',
  ];

  test('each row is an item with its number, its title cell and its text; the apology is read', () => {
    const m = parse(page);
    expect(heads(m.items)).toEqual([
      ['21.23/24', 'Apologies for absence'],
      ['22.23/24', 'Declarations of interest'],
      ['23.23/24', 'Footpaths'],
      ['24.23/24', 'Date of next meeting'],
    ]);
    expect(m.items[1]?.minutesText).toBe('There were none.');
    expect(m.apologies).toEqual(['Cara Whitlow']);
  });

  test('numbers that do not run on are not read as items', () => {
    const m = parse([page[0] ?? '', page[1] ?? '', '21.23/24 / Apologies for absence / None.', '5.23/24 / Footpaths / The stile is broken.']);
    expect(m.items.map((i) => i.number)).not.toContain('57.23/24');
  });
});

describe('minute headings run into one paragraph', () => {
  test('numbers in a row with headings in capitals', () => {
    const m = parse([
      'MINUTES OF A MEETING OF FULL COUNCIL HELD ON MONDAY 3 APRIL 2023 PRESENT: Cllr A Holt Cllr B Rowe 412 DECLARATIONS OF INTEREST Members will declare interests as items arise. 413 MINUTES OF THE LAST MEETING RESOLVED: The minutes of the meeting held on 6 March 2023 were confirmed as a true record. 414 MATTERS ARISING There were none.',
    ]);
    expect(heads(m.items)).toEqual([
      ['412', 'DECLARATIONS OF INTEREST'],
      ['413', 'MINUTES OF THE LAST MEETING'],
      ['414', 'MATTERS ARISING'],
    ]);
  });

  test('headings each followed by their own first paragraph number', () => {
    const m = parse([
      'Cabinet Minutes of the meeting held on 4th May 2022 Present: A. Holt (Leader) B. Rowe and C. Lund (Deputy Leaders) 1. Apologies for Absence 1.1 There were apologies for absence from Mr D Vance. 2. Minutes 2.1 The Minutes of the meeting held on 6th April 2022 were approved.',
    ]);
    expect(heads(m.items)).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Minutes'],
    ]);
    expect(m.apologies).toEqual(['Mr D Vance']);
  });

  test('two capitals headings alone, or numbers out of order, leave the paragraph whole', () => {
    const m = parse([
      'Minutes of the Parish Council held on 3 April 2023',
      'The clerk read a letter about 12 HIGH STREET Residents asked about parking, and 13 MILL LANE Residents asked about lighting. Both were noted.',
    ]);
    expect(m.items.map((i) => i.number)).toEqual([null]);
  });
});

describe('a numbered heading run into its first sentence', () => {
  test('two in a row are items, split where the sentence opens', () => {
    const m = parse([
      'Minute of the Meeting of the Harbour Board, Tuesday, 8 March 2022, 10:00.',
      'Present Councillors A Holt and B Rowe.',
      '1. Urgent Business In terms of Standing Order 5.2, the Board noted that the Chair had accepted an urgent item.',
      '2. Exclusion of Public The Board noted the proposal that the public be excluded.',
    ]);
    expect(heads(m.items)).toEqual([
      ['1', 'Urgent Business'],
      ['2', 'Exclusion of Public'],
    ]);
  });
});

describe('a bare agenda list', () => {
  const page = [
    'Meeting: Eastmoor Park Authority',
    'Venue: The Park Office, Church Street, Eastmoor Date: Monday 2 October 2023 at 10.00am',
    'Business Full agenda',
    '1. Apologies for absence',
    '2. Minutes of the meeting held on 4 September 2023',
    '3. Public question time (a chance for the public to ask questions.)',
    '4. Emergency evacuation procedure – The Chair to tell members of the public what to do.',
    '5. Exclusion of the public during consideration of Item No. 8 on the grounds that it involves exempt information',
    '6. Ranger Service Review',
    '7. Budget Monitoring',
    '8. Property disposal',
    '9. Any other business as,',
  ];

  test('lines that fill the gaps in the numbering are items; the last line is cut off', () => {
    const m = parseMinutesDetailed('agenda.txt', page.join('\n')).minutes;
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(m.items[3]?.title).toBe('Emergency evacuation procedure – The Chair to tell members of the public what to do');
    expect(m.items.find((i) => i.number === '8')?.exempt).toBe(true);
    expect(m.items[8]?.truncated).toBe(true);
    expect(m.items[7]?.truncated).toBe(false);
  });

  test('a gap that is not exactly the missing numbers is not filled', () => {
    const lines = [...page.slice(0, 6), '4. The Chair told members of the public what to do.', ...page.slice(8, 11)];
    const m = parseMinutesDetailed('agenda.txt', lines.join('\n')).minutes;
    expect(m.items.map((i) => i.number)).not.toContain('4');
  });
});

describe('apologies and shared posts', () => {
  test('"received and accepted", and "Apology •"', () => {
    expect(findApologies('Apologies were received and accepted from Cllr. Dee Marsh.')).toEqual(['Dee Marsh']);
    expect(findApologies('Apology • Councillor R Tolley Quinn.')).toEqual(['R Tolley Quinn']);
  });

  test('one plural post after two names is each one’s post', () => {
    expect(parseNameList('A. Holt (Leader), B. Rowe and C. Lund (Deputy Leaders), D. Vance')).toEqual([
      { name: 'A. Holt', role: 'Leader' },
      { name: 'B. Rowe', role: 'Deputy Leader' },
      { name: 'C. Lund', role: 'Deputy Leader' },
      { name: 'D. Vance', role: null },
    ]);
  });
});

describe('declarations printed before the first item', () => {
  test('are read with the item they name', () => {
    const m = parse([
      'Minute of the Meeting of the Harbour Board, Tuesday, 8 March 2022, 10:00.',
      'Present Councillors A Holt, B Rowe and C Lund. Apology • Councillor D Vance. Declarations of Interest • Councillor B Rowe – Item 6.2.',
      '1. Urgent Business In terms of Standing Order 5.2, the Board noted that the Chair had accepted an urgent item.',
      '2. Exclusion of Public The Board noted the proposal that the public be excluded.',
    ]);
    expect(m.declarations.map((d) => [d.member, d.item])).toEqual([['B Rowe', '6.2']]);
    expect(m.apologies).toEqual(['D Vance']);
  });
});
