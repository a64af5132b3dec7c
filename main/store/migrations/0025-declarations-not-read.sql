-- 0025: where declarations were read, the passages of the declarations section that may record a declaration no reader
-- took (ParsedMinutes.declarationsNotRead: a list that went on past a page break), as a JSON array of the passages as
-- printed. The meeting page says the list may be incomplete and shows them until a declaration listed on the meeting
-- names the member each one names. NULL: none, or not known (stored by a parser before version 41).
ALTER TABLE meetings ADD COLUMN declarations_not_read TEXT CHECK (declarations_not_read IS NULL OR json_valid(declarations_not_read));
