/**
 * Issue 15, general shapes met in the fourteenth round (its held-out third unread until the end), written here with
 * made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('initials printed together, without stops or spaces', () => {
  const page = [
    'Ashcombe Parish Council',
    'Minutes of the meeting of the Parish Council held on Monday 9 March 2015 at 7.30 pm in the Village Hall',
    '',
    'Present:   K Lowther (chair)   JE Brandon   R Ives   PK Nuttall   AMB Fairley',
    '',
    '1   Apologies for absence  -  Cllr DW Rees',
    '',
    '2   Minutes',
    'The minutes of the meeting of 9 February 2015 were approved and signed.',
  ].join('\n');

  test('"JE Brandon", "AMB Fairley": each is one member, after a chair in brackets', () => {
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['K Lowther', 'JE Brandon', 'R Ives', 'PK Nuttall', 'AMB Fairley']);
    expect(attendance.find((a) => a.name === 'K Lowther')?.role).toBe('Chair');
  });

  test('a council\'s initials before a title are not a member\'s initials ("NCC Cllr")', () => {
    const { attendance } = parse(page.replace('AMB Fairley', 'AMB Fairley\n\nIn attendance:   NCC Cllr T Orme   Mr S Vane'));
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => a.name)).not.toContain('NCC Cllr');
  });
});
