-- 0015: the member's register of interests, the declarations they made, their corrections of the
-- declarations read from the minutes and of meetings' details travel between their devices like their notes (main/share, member-records.ts).
-- The outbox and the document cache take the new kinds; an outbox row may name the document itself
-- (`doc_id`): a record removed here, whose row is gone (and whose row id SQLite may give to a new row).
--
-- The two tables are rebuilt to change their CHECKs. No rename: the outbox triggers of 0012 name
-- share_outbox and keep working on the new table of that name.

CREATE TABLE share_outbox_copy AS SELECT * FROM share_outbox;
DROP TABLE share_outbox;
CREATE TABLE share_outbox (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  kind        TEXT NOT NULL CHECK (kind IN ('annotation', 'action', 'interest', 'declaration', 'meeting', 'correction')),
  row_id      INTEGER NOT NULL,
  fields      TEXT NOT NULL,
  hlc         INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  doc_id      TEXT                      -- set only for a removal: the document removed
);
INSERT INTO share_outbox (seq, kind, row_id, fields, hlc, created_at) SELECT seq, kind, row_id, fields, hlc, created_at FROM share_outbox_copy;
DROP TABLE share_outbox_copy;
CREATE INDEX share_outbox_by_row ON share_outbox (kind, row_id);
CREATE INDEX share_outbox_by_doc ON share_outbox (doc_id) WHERE doc_id IS NOT NULL;

CREATE TABLE share_docs_copy AS SELECT * FROM share_docs;
DROP TABLE share_docs;
CREATE TABLE share_docs (
  doc_id      TEXT PRIMARY KEY,
  db          TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('annotation', 'action', 'interest', 'declaration', 'meeting', 'correction')),
  row_id      INTEGER,
  rev         TEXT,
  doc         TEXT NOT NULL,
  pending     TEXT,
  updated_at  TEXT NOT NULL
);
INSERT INTO share_docs SELECT doc_id, db, kind, row_id, rev, doc, pending, updated_at FROM share_docs_copy;
DROP TABLE share_docs_copy;
CREATE UNIQUE INDEX share_docs_by_row ON share_docs (db, kind, row_id) WHERE row_id IS NOT NULL;
CREATE INDEX share_docs_pending ON share_docs (pending) WHERE pending IS NOT NULL;

-- The register: an interest added or changed, its names and addresses, an interest removed.
CREATE TRIGGER share_interest_insert AFTER INSERT ON interests
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('interest', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_interest_update AFTER UPDATE OF category, subcategory, whose, description, start_date, end_date, changed_date, notified_date ON interests
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
  AND (OLD.category IS NOT NEW.category OR OLD.subcategory IS NOT NEW.subcategory OR OLD.whose IS NOT NEW.whose OR OLD.description IS NOT NEW.description
       OR OLD.start_date IS NOT NEW.start_date OR OLD.end_date IS NOT NEW.end_date OR OLD.changed_date IS NOT NEW.changed_date
       OR OLD.notified_date IS NOT NEW.notified_date)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('interest', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_interest_term_insert AFTER INSERT ON interest_terms
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('interest', NEW.interest_id, '["terms"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_interest_term_delete AFTER DELETE ON interest_terms
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
  AND EXISTS (SELECT 1 FROM interests WHERE id = OLD.interest_id)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('interest', OLD.interest_id, '["terms"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- A removal names the document (when the record has travelled) and frees the row id; applying a
-- removal from another device runs under share_applying, so the trigger does not fire for it.
CREATE TRIGGER share_interest_delete AFTER DELETE ON interests
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at, doc_id)
  SELECT 'interest', OLD.id, '["deleted"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), doc_id
  FROM share_docs WHERE db = 'member' AND kind = 'interest' AND row_id = OLD.id;
  UPDATE share_docs SET row_id = NULL WHERE db = 'member' AND kind = 'interest' AND row_id = OLD.id;
END;

-- Declarations the member made.
CREATE TRIGGER share_declaration_insert AFTER INSERT ON my_declarations
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('declaration', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_declaration_update AFTER UPDATE OF meeting_id, item_id, item_text, interest_id, category, nature, withdrew, dispensation, dispensation_details ON my_declarations
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
  AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.item_id IS NOT NEW.item_id OR OLD.item_text IS NOT NEW.item_text OR OLD.interest_id IS NOT NEW.interest_id
       OR OLD.category IS NOT NEW.category OR OLD.nature IS NOT NEW.nature OR OLD.withdrew IS NOT NEW.withdrew
       OR OLD.dispensation IS NOT NEW.dispensation OR OLD.dispensation_details IS NOT NEW.dispensation_details)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('declaration', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_declaration_delete AFTER DELETE ON my_declarations
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at, doc_id)
  SELECT 'declaration', OLD.id, '["deleted"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), doc_id
  FROM share_docs WHERE db = 'member' AND kind = 'declaration' AND row_id = OLD.id;
  UPDATE share_docs SET row_id = NULL WHERE db = 'member' AND kind = 'declaration' AND row_id = OLD.id;
END;

-- The member's corrections of a meeting's details (meetings.member_fields: committee, council, date,
-- times, venue). Changes the minutes or council sync make to a meeting the member has not corrected
-- do not travel: every device reads them from the same source.
CREATE TRIGGER share_meeting_update AFTER UPDATE OF member_fields, committee_id, date, start_time, end_time, venue ON meetings
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying) AND NEW.member_fields <> '[]'
  AND (OLD.member_fields IS NOT NEW.member_fields OR OLD.committee_id IS NOT NEW.committee_id OR OLD.date IS NOT NEW.date
       OR OLD.start_time IS NOT NEW.start_time OR OLD.end_time IS NOT NEW.end_time OR OLD.venue IS NOT NEW.venue)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('meeting', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- The member's corrections of declarations read from the minutes (library/declarations.ts: a row
-- added, edited or removed by the member is member_set; one they added and then removed is deleted).
CREATE TRIGGER share_correction_insert AFTER INSERT ON declarations
WHEN NEW.member_set = 1 AND EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('correction', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_correction_update AFTER UPDATE OF member, item_label, subject, nature, withdrew, member_set, removed_by_member ON declarations
WHEN NEW.member_set = 1 AND EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
  AND (OLD.member IS NOT NEW.member OR OLD.item_label IS NOT NEW.item_label OR OLD.subject IS NOT NEW.subject OR OLD.nature IS NOT NEW.nature
       OR OLD.withdrew IS NOT NEW.withdrew OR OLD.member_set IS NOT NEW.member_set OR OLD.removed_by_member IS NOT NEW.removed_by_member)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('correction', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_correction_delete AFTER DELETE ON declarations
WHEN OLD.member_set = 1 AND EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at, doc_id)
  SELECT 'correction', OLD.id, '["deleted"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), doc_id
  FROM share_docs WHERE db = 'member' AND kind = 'correction' AND row_id = OLD.id;
  UPDATE share_docs SET row_id = NULL WHERE db = 'member' AND kind = 'correction' AND row_id = OLD.id;
END;

-- A committee's log: entries the chair removed from it (deleted on the server). An entry added
-- there by hand is removed here; one the minutes here give is kept, marked dropped, with a log note.
-- Either way it is not offered to the committee again.
CREATE TABLE share_committee_withdrawn (
  db            TEXT NOT NULL,
  doc_id        TEXT NOT NULL,
  entry_id      INTEGER,                   -- the entry kept here (from the minutes), NULL when removed
  what          TEXT NOT NULL,
  withdrawn_at  TEXT NOT NULL,
  PRIMARY KEY (db, doc_id)
);
