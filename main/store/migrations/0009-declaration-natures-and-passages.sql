-- 0009: declarations of interest as the minutes word them, under the regime in force.
--
-- The nature now also takes the pre-2012 English, Welsh and Northern Irish regime ('personal',
-- 'prejudicial': personal and prejudicial) and the Scottish code ('financial', 'non-financial'), so a
-- 2009 interest is never shown as a disclosable pecuniary one. Each declaration and decision keeps the
-- passage it was read from, for the member to check. SQLite cannot change a CHECK constraint, so the
-- declarations table is rebuilt with the same rows and ids.

CREATE TABLE declarations_new (
  id             INTEGER PRIMARY KEY,
  meeting_id     INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  item_label     TEXT,
  member         TEXT NOT NULL,
  subject        TEXT NOT NULL,
  nature         TEXT NOT NULL CHECK (nature IN ('disclosable-pecuniary', 'other-registrable', 'non-registrable', 'non-pecuniary',
                                                 'personal', 'prejudicial', 'financial', 'non-financial', 'unspecified')),
  withdrew       INTEGER NOT NULL CHECK (withdrew IN (0, 1)),
  position       INTEGER NOT NULL,
  source_sha256  TEXT,
  passage        TEXT
);
INSERT INTO declarations_new (id, meeting_id, item_label, member, subject, nature, withdrew, position, source_sha256)
  SELECT id, meeting_id, item_label, member, subject, nature, withdrew, position, source_sha256 FROM declarations;
DROP TABLE declarations;
ALTER TABLE declarations_new RENAME TO declarations;
CREATE INDEX declarations_by_meeting ON declarations (meeting_id);
CREATE INDEX declarations_by_member ON declarations (member);

ALTER TABLE decisions ADD COLUMN passage TEXT;

-- What the minutes say about declarations: 'declared', 'none-declared', 'unread' (a section the parser
-- could not read: the app says so, never "none"), 'absent'. NULL for meetings stored before this.
ALTER TABLE meetings ADD COLUMN declarations_state TEXT;
