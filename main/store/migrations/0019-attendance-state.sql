-- 0019: how much of a meeting's attendance the parser read (ParsedMinutes.attendanceState), so the
-- meeting page says when a list was read only in part ('partial') or not at all ('unread') instead of
-- showing it as the whole list. 'read': every list found was read; 'absent': the minutes list no one.
-- NULL: not known (stored by a parser before version 11, or a meeting with no minutes yet).
ALTER TABLE meetings ADD COLUMN attendance_state TEXT CHECK (attendance_state IN ('read', 'partial', 'unread', 'absent'));
