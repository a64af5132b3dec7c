/**
 * Round 37: a post's letters, a run-together title or a style glued to an initial before a name, and a post with its
 * holder in brackets, as real pages print them (sets 41 to 43), written here with made-up bodies and people. The name
 * is the person's alone; where the post is certain it is the role.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { parseEntry } from '../../../main/minutes/attendance';

const page = (lines: string[]) =>
  parseMinutesDetailed('page.txt', ['ASHCOMBE PARVA PARISH COUNCIL', 'Minutes of the meeting held on Tuesday 14 January 2025 at 7.30pm in the Village Hall', '', ...lines, '', '2. Minutes of the last meeting', 'The minutes of the meeting held on 10 December 2024 were approved.'].join('\n'));

describe('who a list entry names', () => {
  test.each([
    ['RFO Kate Ashdown', 'Kate Ashdown', 'RFO'],
    ['WXCC Rob Carvell', 'Rob Carvell', 'WXCC'],
    ['ACHC Dr Bryn Lloyd', 'Dr Bryn Lloyd', 'ACHC'],
    ['DCllr Lucy Haggard', 'Lucy Haggard', 'District Councillor'],
    ['Dist Cllr A Brown', 'A Brown', 'District Councillor'],
    ['the Clerk (Sue Bottomley)', 'Sue Bottomley', 'Clerk'],
    ['Clerk (Mrs J Adamson)', 'Mrs J Adamson', 'Clerk'],
    ['MsL Kaye', 'Ms L Kaye', null],
    ['MrsJ Orme', 'Mrs J Orme', null],
  ])('"%s" is %s (%s)', (entry, name, role) => {
    expect(parseEntry(entry)).toEqual({ name, role });
  });

  test.each([
    // Initials printed together before a surname: a name.
    ['JR Smithson', 'JR Smithson'],
    // A body's name is no one's: the letters stay with it.
    ['BBC Radio Kent', 'BBC Radio Kent'],
  ])('"%s" is left as it is', (entry, name) => {
    expect(parseEntry(entry)?.name ?? null).toBe(name);
  });

  test('"CCllr" (a county councillor in England, a community councillor in Scotland) gives no post', () => {
    expect(parseEntry('CCllr J Smithers')).toEqual({ name: 'J Smithers', role: null });
  });
});

test('a post\'s letters before a name in full are no part of an apology', () => {
  const m = page(['1. Apologies – Cllr Tina Hollis, Cllr Andy McDowell, RFO Kate Ashdown.']);
  expect(m.minutes.apologies).toEqual(['Tina Hollis', 'Andy McDowell', 'Kate Ashdown']);
});

test('a post with its holder in brackets, in a list of members by their titles, is that officer, in attendance', () => {
  const m = page(['Present: Cllrs Dillon, Sharrow, Borough Councillor McMurtry, the Clerk (Sue Bottomley), 1 member of the public.']);
  expect(m.attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`)).toEqual([
    'Dillon||present',
    'Sharrow||present',
    'McMurtry|Borough Councillor|present',
    'Sue Bottomley|Clerk|in-attendance',
  ]);
});
