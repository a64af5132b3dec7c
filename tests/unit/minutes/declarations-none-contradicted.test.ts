/**
 * A "none" the minutes go on to contradict (issue 15, never a confident wrong answer): a declarations item that says
 * "none" and then prints a member declaring (a table flattened under it) is not "No interests were declared"; what could
 * not be read is said to be unread. A "none" followed by the next item's business stays none. Made-up council and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const page = (declarations: string[]) =>
  [
    'Minutes of the Meeting of Wexcombe Parish Council held on Wednesday 11 January 2017 at 7.30 pm in the Village Hall',
    '',
    'Present: Councillors P Amble (Chair), R Bask and T Corran',
    '',
    '1.0 To Receive Apologies for Absence',
    'Councillor M Dorne (other commitments)',
    '2.0 To Receive and Record any Declarations of Interest and Written Requests for Dispensations',
    ...declarations,
    '3.0 To Approve the Minutes of the Previous Meeting',
    'The minutes of the meeting held on 14 December 2016 were agreed and signed by the Chairman.',
    'Note: Councillor Corran voted against the above resolution.',
    '',
  ].join('\n');

test('"none" over a table of members declaring: not none, and said to be unread when nothing was read from it', () => {
  const r = parseMinutesDetailed(
    'minutes.txt',
    page(['none', 'Councillor Name Agenda Item Interest Declared R Bask 8.2 chq 000747 WVHC Member of WVHC committee T Corran 8.2 chq 000747 WVHC Member of WVHC committee']),
  );
  expect(r.minutes.declarationsState).not.toBe('none-declared');
  if (r.minutes.declarations.length === 0) expect(r.minutes.declarationsState).toBe('unread');
});

test('"none" with nothing after it but the next item: none declared', () => {
  expect(parseMinutesDetailed('minutes.txt', page(['None declared.'])).minutes.declarationsState).toBe('none-declared');
  expect(parseMinutesDetailed('minutes.txt', page(['none'])).minutes.declarationsState).toBe('none-declared');
});
