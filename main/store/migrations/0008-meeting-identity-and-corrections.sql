-- 0008: a library a member can trust.
--
-- Identity never guesses: two files are one meeting only when they agree on council, committee and
-- date (or share a ModernGov meeting id or source address). A file whose date or committee is not
-- stated becomes its own meeting marked `needs_check`, for the member to confirm, move or merge.
--
-- Nothing one import brings overwrites what another brought: every minutes file stays in `imports`
-- (its bytes in the blob store) as a version of the meeting's minutes, with what it changed; a copy
-- with less in it than the one applied is kept but not applied. Rows remember the file that last
-- wrote them (`source_sha256`) so the member can split off what one file brought.
--
-- The member's corrections are theirs: fields they set are listed in `member_fields` and no import
-- or sync writes them again; merged and moved meetings keep their old identities as aliases in
-- `meeting_keys`, so a later copy of either finds the corrected meeting. A deleted meeting goes to the
-- bin (`meeting_bin`) with every row it held, the member's notes included, and can be restored for
-- 30 days.

-- A council is known by its name, and by its web/e-mail domain when a page gives one.
ALTER TABLE councils ADD COLUMN domain TEXT;
CREATE UNIQUE INDEX councils_by_domain ON councils (domain) WHERE domain IS NOT NULL;

-- Why the meeting's details need checking (NULL: they were stated): 'no-date', 'no-committee',
-- 'no-committee-or-date', 'split', 'same-details'. Cleared when the member edits or confirms them.
ALTER TABLE meetings ADD COLUMN needs_check TEXT;
-- JSON array of the fields the member set: council, committee, date, startTime, endTime, venue.
ALTER TABLE meetings ADD COLUMN member_fields TEXT NOT NULL DEFAULT '[]';
-- The minutes file whose content the meeting shows now (the last whole copy applied).
ALTER TABLE meetings ADD COLUMN current_sha256 TEXT;

-- Strong and alias identities: 'mg:<host>:<meeting id>', 'url:<address>', and for merged or moved
-- meetings the identity they had: 'cm:<committee id>|<date>'.
CREATE TABLE meeting_keys (
  key         TEXT PRIMARY KEY,
  meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  origin      TEXT NOT NULL CHECK (origin IN ('import', 'sync', 'member'))
);
CREATE INDEX meeting_keys_by_meeting ON meeting_keys (meeting_id);

-- Names the member corrected or merged away, so a later page using the old name finds the corrected
-- council or committee: kind 'council-name' / 'council-domain' (scope 0) or 'committee-name' (scope:
-- the council's id); key as folded by library/keys.ts.
CREATE TABLE name_aliases (
  kind       TEXT NOT NULL CHECK (kind IN ('council-name', 'council-domain', 'committee-name')),
  scope      INTEGER NOT NULL,
  key        TEXT NOT NULL,
  target_id  INTEGER NOT NULL,
  PRIMARY KEY (kind, scope, key)
);

-- Every file is a version of the meeting's minutes (or agenda).
ALTER TABLE imports ADD COLUMN document TEXT NOT NULL DEFAULT 'minutes' CHECK (document IN ('minutes', 'agenda'));
-- 'applied' (its content is in the meeting), 'kept' (stored, not applied: it had less than the copy applied)
ALTER TABLE imports ADD COLUMN status TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'kept'));
-- In words, what this file changed or why it was not applied.
ALTER TABLE imports ADD COLUMN summary TEXT;
-- What the file held (JSON: items, decisions, declarations, attendance, minutesChars): to compare copies.
ALTER TABLE imports ADD COLUMN stats TEXT;

-- The file that last wrote each row: "split off what one file brought".
ALTER TABLE items ADD COLUMN source_sha256 TEXT;
ALTER TABLE decisions ADD COLUMN source_sha256 TEXT;
ALTER TABLE declarations ADD COLUMN source_sha256 TEXT;
ALTER TABLE attendance ADD COLUMN source_sha256 TEXT;

-- Deleted meetings: every row they held, as JSON, restorable for 30 days. `bin_files` names the
-- stored files those rows need, so the sweep of unreferenced files keeps them (any *_sha256 column).
CREATE TABLE meeting_bin (
  id           INTEGER PRIMARY KEY,
  meeting_id   INTEGER NOT NULL,             -- the id it had (and gets back when free)
  title        TEXT NOT NULL,                -- "Cabinet, Tuesday 4 March 2025 (Anytown Council)"
  deleted_at   TEXT NOT NULL,
  rows         TEXT NOT NULL                 -- JSON: { table: [row, …] } in restore order
);
CREATE TABLE bin_files (
  bin_id          INTEGER NOT NULL REFERENCES meeting_bin(id) ON DELETE CASCADE,
  file_sha256     TEXT NOT NULL,
  PRIMARY KEY (bin_id, file_sha256)
);

-- Meetings already in the library: undated or unnamed ones need checking; each shows its newest file.
UPDATE meetings SET needs_check = CASE
    WHEN date IS NULL AND committee_id IN (SELECT id FROM committees WHERE name_key = 'committee not named in the minutes') THEN 'no-committee-or-date'
    WHEN date IS NULL THEN 'no-date'
    WHEN committee_id IN (SELECT id FROM committees WHERE name_key = 'committee not named in the minutes') THEN 'no-committee'
  END;
UPDATE meetings SET current_sha256 = (
  SELECT sha256 FROM imports WHERE imports.meeting_id = meetings.id ORDER BY imported_at DESC, id DESC LIMIT 1
);
