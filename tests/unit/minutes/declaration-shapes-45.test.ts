/**
 * Round 39: board members named in full without titles, several declaring in one sentence (sets 42 and 44), written here
 * with made-up bodies and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const board = (sentence: string) =>
  parseMinutesDetailed(
    'page.txt',
    [
      'Minutes of the Meeting of the Ashcombe College Board of Management held on Monday 22nd May 2023',
      'Present: Jane McAllister (Chair), Audrey Cumbria, David Alston, Robin Mortlake',
      '',
      'BM170 DECLARATION OF INTERESTS',
      sentence,
      '',
      'BM171 MINUTES',
      'The minutes of the meeting held on 2 February 2023 were approved.',
    ].join('\n'),
  ).minutes;
const read = (m: ReturnType<typeof board>) => m.declarations.map((d) => d.member);

test.each([
  ['Jane McAllister, Audrey Cumbria and David Alston declared an interest as Trustees of the College Foundation.', ['Jane McAllister', 'Audrey Cumbria', 'David Alston']],
  [
    'Following the invitation to Members to declare any potential conflicts of interests concerning the business before the Board, Audrey Cumbria and Robin Mortlake declared interests in respect of the recommendations of the Grant Committee.',
    ['Audrey Cumbria', 'Robin Mortlake'],
  ],
])('"%s": each member', (sentence, members) => {
  const m = board(sentence);
  expect(m.declarationsState).toBe('declared');
  expect(read(m)).toEqual(members);
});

test.each([
  // Places, not people: the section is said to be unread, never read as three members.
  'North Ashby, West Ashby and South Ashby declared an interest in the bid.',
  'Health Services, Social Care and Housing Teams declared their interests.',
])('"%s" names no members', (sentence) => {
  const m = board(sentence);
  expect(read(m)).toEqual([]);
  expect(m.declarationsState).toBe('unread');
});

test('two members in one sentence, the second "disclosed" after "and": each their own declaration (a real Bradford page, cut off)', () => {
  const m = board(
    'In the interests of clarity, Councillor Bacon disclosed an interest in respect of the item regarding the Anti-Poverty Group (minute 33) as the Council’s anti-poverty champion and Councillor Cooke disclosed an interest in the item regarding Bu',
  );
  expect(m.declarations.map((d) => `${d.member}|${d.item ?? ''}|${d.subject}`)).toEqual(['Bacon|33|the Council’s anti-poverty champion', 'Cooke||the item regarding Bu']);
});
