-- 0022: the people the minutes name with a title ("proposed by Cllr Burbage", "Councillor A. Bailes declared …") who are
-- in no attendance list the parser read (ParsedMinutes.attendanceNamedElsewhere), as a JSON array of the names as
-- printed. The meeting page names them beside a list it shows as possibly incomplete, so the member knows whom to look
-- for in the minutes. NULL: not known (stored by a parser before version 39, or a meeting with no minutes yet).
ALTER TABLE meetings ADD COLUMN attendance_named_elsewhere TEXT CHECK (attendance_named_elsewhere IS NULL OR json_valid(attendance_named_elsewhere));
