/**
 * Round 37: declarations real pages printed and the parser missed (sets 42 and 43), written here with made-up councils
 * and people: a group naming its members and "all declared"; a heading run into its minute on one line up to a colon;
 * a surname's particle in lower case; a board's list of interests, each member named without a title.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const page = (lines: string[]) =>
  parseMinutesDetailed(
    'page.txt',
    ['Minutes of the Meeting of Ashcombe Parva Parish Council', 'held on Monday 22nd May 2023', 'Present: Councillors: J Clarke (Chair), N. Oakley, T. Smythe.', ...lines, '189. Chairmans report: Copies of the report have been circulated.'].join('\n'),
  ).minutes;
const read = (m: ReturnType<typeof page>) => m.declarations.map((d) => `${d.member}|${d.item ?? ''}|${d.nature}|${d.withdrew}`);

test('a heading run into its minute up to its colon, and members who "all declared": each member, the item', () => {
  const m = page([
    '181. Apologies for absence and reason given: Dist Cllr Bingley',
    '182. To receive declarations of Interests and consideration of any requests for dispensations in accordance with the Localism Act 2011:  Cllrs Oakley, Clarke, Wardle and Lever all declared an interest in agenda item 188.',
    '183. To approve and authorise the minutes of the meeting held on Monday 24th April 2023: minutes have been circulated, were agreed and signed.',
  ]);
  expect(m.declarationsState).toBe('declared');
  expect(read(m)).toEqual(['Oakley|188|unspecified|false', 'Clarke|188|unspecified|false', 'Wardle|188|unspecified|false', 'Lever|188|unspecified|false']);
  // The heading is the words up to the colon; the minute after it is read as minutes (here, the last minutes approved).
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['181', 'Apologies for absence and reason given'],
    ['182', 'To receive declarations of Interests and consideration of any requests for dispensations in accordance with the Localism Act 2011'],
    ['183', 'To approve and authorise the minutes of the meeting held on Monday 24th April 2023'],
    ['189', 'Chairmans report'],
  ]);
  expect(m.items[2]?.minutesText).toBe('minutes have been circulated, were agreed and signed.');
  expect(m.decisions.find((d) => d.item === '183')).toMatchObject({ text: 'minutes have been circulated, were agreed and signed', kind: 'procedural' });
});

test('a surname\'s particle in lower case is the start of the name', () => {
  const m = page(['2. DECLARATIONS OF INTEREST.', 'Cllr de Gallery declared a personal interest in agenda item 7 – Civic Reception for the Town in Bloom.', 'Cllr van der Berge declared a personal interest in agenda item 8.']);
  expect(read(m)).toEqual(['de Gallery|7|personal|false', 'van der Berge|8|personal|false']);
});

test('"The following interests were declared:" over members without titles, each "as" their interest', () => {
  const m = page([
    '13/03/11 Apologies for Absence and Declarations of Interest',
    'The following interests were declared: Daniel Moyle as Deputy Leader of the Royal Borough and a director of the Transport Museum; Peter Andrews as a director of the Wharf Group plc in relation to the new line; Sir Mike Hodgkin as a non-executive director of Crossline Limited; Bob Oddie on taxi related issues.',
  ]);
  expect(m.declarations.map((d) => [d.member, d.subject])).toEqual([
    ['Daniel Moyle', 'Deputy Leader of the Royal Borough and a director of the Transport Museum'],
    ['Peter Andrews', 'a director of the Wharf Group plc in relation to the new line'],
    ['Sir Mike Hodgkin', 'a non-executive director of Crossline Limited'],
    ['Bob Oddie', 'taxi related issues'],
  ]);
  // A list that is not led so is not read this way: "The Clerk as …" or a body is no member.
  const other = page(['2. Declarations of interest', 'The Parish Council as trustee of the playing field noted its interest in item 6.']);
  expect(other.declarations).toEqual([]);
});

test('"Action: Town Clerk" after a decision read names its owner; a status after "Action:" names no one', () => {
  const m = page([
    '13. FunZone training fees',
    'RESOLVED that we cannot offer a reduction on the training fee as it is already discounted.',
    'Action: Town Clerk',
    '14. Hall bookings',
    'RESOLVED that the Clerk write to the hall users about the new charges.',
    'Action: Completed',
  ]);
  expect(m.decisions.find((d) => d.item === '13')).toMatchObject({ kind: 'action', owner: 'Town Clerk' });
  expect(m.decisions.find((d) => d.item === '14')?.owner).not.toBe('Completed');
});
