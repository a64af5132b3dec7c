import { ABSENT, NONE_LISTED, NONE_RECORDED, PARTIAL, UNREAD, attendanceNote } from '../../../renderer/features/meeting/attendance-note';

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
