/**
 * Issue 15, twenty-second round: a full council's register printed in columns, each column in surname order, flattened
 * into one run of names when the PDF was copied ("Councillors Muhammad Afzal Eddie Freeman Zhor Malik …", seen on two
 * spent pages of sets 17 and 19). Nothing separates the people, so they are cut where the columns' order says; where
 * two cuts fit equally, the names in doubt are left out rather than guessed. Written with made-up people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { columnSortedNames } from '../../../main/minutes/column-names';

// Three columns, read row by row: Abbott/Dale/Hale, Ahmed/Dixon/Hart, …
const COLUMNS = [
  ['Anna Abbott', 'Bilal Ahmed', 'Carol Allen', 'Dev Arora', 'Gurpreet Singh Bains', 'Helen Baxter', 'Ian Blake', 'Jo Bond'],
  ['Karen Dale', 'Liam Dixon', 'Mark Dunn', 'Nina Eaton', 'Owen Ellis', 'Paul Evans MBE', 'Rita Fox', 'Sam Frost'],
  ['Tom Hale', 'Uma Hart', 'Vic Hill', 'Will Holt', 'Zara Hughes', 'Amy Hunt', 'Ben Innes', 'Cara Jones'],
];
const rowByRow = (columns: string[][]) => columns[0]!.flatMap((_, r) => columns.map((c) => c[r]).filter((n): n is string => !!n));
const REGISTER = rowByRow(COLUMNS);

const page = (run: string) =>
  [
    'MINUTES OF THE MEETING OF NORTHSHIRE CITY COUNCIL HELD ON TUESDAY, 4 MARCH 2025 AT 1400 HOURS IN THE COUNCIL CHAMBER, COUNCIL HOUSE',
    `PRESENT:- Lord Mayor (Councillor Rose Tanner) in the Chair. Councillors ${run} ************************ 101 City Council – 4 March 2025 NOTICE OF RECORDING`,
    '1 The Lord Mayor advised that the meeting would be webcast for live and subsequent broadcast.',
    '2 APOLOGIES',
    'Apologies were received from Councillor Kim Lowe.',
  ].join('\n');

describe('a register in columns, flattened into one run of names', () => {
  test('each member is cut where the order of the columns says, an honour kept with its name', () => {
    const names = columnSortedNames(['Anna Abbott', 'Karen Dale', 'Tom Hale', 'Bilal Ahmed', 'Liam Dixon', 'Uma Hart', 'Carol Allen', 'Mark Dunn', 'Vic Hill', 'Dev Arora', 'Nina Eaton', 'Zara Hughes', 'Helen Baxter', 'Paul Evans MBE', 'Amy Hunt'].join(' '));
    expect(names).toEqual(['Anna Abbott', 'Karen Dale', 'Tom Hale', 'Bilal Ahmed', 'Liam Dixon', 'Uma Hart', 'Carol Allen', 'Mark Dunn', 'Vic Hill', 'Dev Arora', 'Nina Eaton', 'Zara Hughes', 'Helen Baxter', 'Paul Evans MBE', 'Amy Hunt']);
  });

  test('a three-word name the order cannot place leaves those names out; none is guessed', () => {
    // "Will Holt Gurpreet | Singh Bains" fits the order as well as "Will Holt | Gurpreet Singh Bains".
    const names = columnSortedNames(REGISTER.join(' '));
    expect(names).not.toBeNull();
    const read = new Set(names);
    for (const n of REGISTER.filter((n) => n !== 'Will Holt' && n !== 'Gurpreet Singh Bains')) expect(read).toContain(n);
    expect([...read].every((n) => REGISTER.includes(n))).toBe(true);
  });

  test('names in no order are not read at all', () => {
    const shuffled = ['Tom Hale', 'Anna Abbott', 'Zara Hughes', 'Bilal Ahmed', 'Karen Dale', 'Ian Blake', 'Uma Hart', 'Carol Allen', 'Sam Frost', 'Dev Arora', 'Liam Dixon', 'Amy Hunt', 'Jo Bond', 'Rita Fox', 'Ben Innes'];
    expect(columnSortedNames(shuffled.join(' '))).toBeNull();
    expect(columnSortedNames('Anna Abbott Karen Dale The Chair welcomed everyone to the meeting')).toBeNull();
  });

  test('through the parser: the chair, the members up to the rule of stars, and the apology', () => {
    const { minutes, attendance } = parseMinutesDetailed('council.txt', page(REGISTER.join(' ')));
    const present = attendance.filter((a) => a.status === 'present').map((a) => a.name);
    expect(attendance.find((a) => a.role === 'Chair')?.name).toBe('Rose Tanner');
    for (const n of REGISTER.filter((n) => n !== 'Will Holt' && n !== 'Gurpreet Singh Bains')) expect(present).toContain(n);
    expect(present.some((n) => /Gurpreet|Singh|City Council|Recording/.test(n))).toBe(false);
    expect(minutes.apologies).toEqual(['Kim Lowe']);
  });

  test('the same members out of order are left unread, not cut into wrong people', () => {
    const shuffled = [...REGISTER].reverse();
    const { attendance } = parseMinutesDetailed('council.txt', page(shuffled.join(' ')));
    const present = attendance.filter((a) => a.status === 'present').map((a) => a.name);
    expect(present.every((n) => n === 'Rose Tanner' || REGISTER.includes(n))).toBe(true);
  });
});
