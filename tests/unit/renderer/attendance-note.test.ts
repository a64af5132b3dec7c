import { ABSENT, NONE_LISTED, NONE_RECORDED, PARTIAL, UNREAD, attendanceNote, namedElsewhereNote, noPresentNote } from '../../../renderer/features/meeting/attendance-note';

test('a list read in part or not at all is said to be so, whatever is listed', () => {
  expect(attendanceNote('partial', 5)).toEqual({ kind: 'partial', text: PARTIAL });
  expect(attendanceNote('partial', 0)).toEqual({ kind: 'partial', text: PARTIAL });
  expect(attendanceNote('unread', 0)).toEqual({ kind: 'unread', text: UNREAD });
});

test('"No apologies were recorded." only when the lists were read; otherwise what is here, never what the minutes say', () => {
  expect(attendanceNote('read', 0)).toEqual({ kind: 'none-recorded', text: NONE_RECORDED });
  expect(attendanceNote('absent', 0)).toEqual({ kind: 'absent', text: ABSENT });
  expect(attendanceNote(null, 0)).toEqual({ kind: 'none-listed', text: NONE_LISTED });
  expect(attendanceNote('read', 3)).toBeNull();
  expect(attendanceNote(null, 3)).toBeNull();
});

describe('people the minutes name elsewhere', () => {
  test('none: nothing is said', () => {
    expect(namedElsewhereNote([])).toBeNull();
  });
  test('one and several are named as a sentence says them, never said to have been there', () => {
    expect(namedElsewhereNote(['Cllr Burbage'])).toBe(
      'The minutes also name Cllr Burbage, who is not in the lists Scrutineer read: check the minutes for whether they were at the meeting.',
    );
    expect(namedElsewhereNote(['Cllr Burbage', 'Councillor Orme', 'Mr J France'])).toContain('name Cllr Burbage, Councillor Orme and Mr J France, who are not');
  });
  test('more than eight: the rest are counted', () => {
    const names = Array.from({ length: 11 }, (_, i) => `Councillor ${String.fromCharCode(65 + i)}bbot`);
    const text = namedElsewhereNote(names) ?? '';
    expect(text).toContain('Councillor Hbbot and 3 others, who are not');
    expect(text).not.toContain('Councillor Ibbot');
    expect(namedElsewhereNote(names.slice(0, 9))).toContain('Councillor Hbbot and 1 other, who are not');
  });
});

describe('lists read in full with no one present', () => {
  const of = (...statuses: Array<'present' | 'apologies' | 'absent' | 'in-attendance'>) => statuses.map((status) => ({ status }));
  test('only apologies read: the page says it found no list of members present', () => {
    expect(noPresentNote('read', of('apologies', 'apologies'))).toBe(
      'Scrutineer found no list of the members present in these minutes: only the apologies are shown here. Check the minutes for who was at the meeting.',
    );
  });
  test('officers in attendance and apologies, no members present: said so too', () => {
    expect(noPresentNote('read', of('in-attendance', 'apologies'))).toContain('only those in attendance and the apologies are shown here');
    expect(noPresentNote('read', of('absent'))).toContain('only those listed below are shown here');
  });
  test('someone present, nothing listed, or a state with its own note: nothing more is said', () => {
    expect(noPresentNote('read', of('present', 'apologies'))).toBeNull();
    expect(noPresentNote('read', [])).toBeNull();
    expect(noPresentNote('partial', of('apologies'))).toBeNull();
    expect(noPresentNote('unread', of('apologies'))).toBeNull();
    expect(noPresentNote(null, of('apologies'))).toBeNull();
  });
});
