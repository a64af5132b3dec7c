-- 0016: the member's profile ("My name", the date they took office) and the conflict-of-interest
-- warnings they dismissed travel between their devices like their register (main/share,
-- member-records.ts). The outbox and the document cache take the two new kinds (rebuilt, as in 0015,
-- to change their CHECKs; the triggers of 0012–0015 name the tables and keep working).

CREATE TABLE share_outbox_copy AS SELECT * FROM share_outbox;
DROP TABLE share_outbox;
CREATE TABLE share_outbox (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  kind        TEXT NOT NULL CHECK (kind IN ('annotation', 'action', 'interest', 'declaration', 'meeting', 'correction', 'profile', 'dismissal')),
  row_id      INTEGER NOT NULL,
  fields      TEXT NOT NULL,
  hlc         INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  doc_id      TEXT                      -- set only for a removal: the document removed
);
INSERT INTO share_outbox (seq, kind, row_id, fields, hlc, created_at, doc_id) SELECT seq, kind, row_id, fields, hlc, created_at, doc_id FROM share_outbox_copy;
DROP TABLE share_outbox_copy;
CREATE INDEX share_outbox_by_row ON share_outbox (kind, row_id);
CREATE INDEX share_outbox_by_doc ON share_outbox (doc_id) WHERE doc_id IS NOT NULL;

CREATE TABLE share_docs_copy AS SELECT * FROM share_docs;
DROP TABLE share_docs;
CREATE TABLE share_docs (
  doc_id      TEXT PRIMARY KEY,
  db          TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('annotation', 'action', 'interest', 'declaration', 'meeting', 'correction', 'profile', 'dismissal')),
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

-- The profile: one row (id 1).
CREATE TRIGGER share_profile_insert AFTER INSERT ON member_profile
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('profile', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_profile_update AFTER UPDATE OF name, took_office ON member_profile
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
  AND (OLD.name IS NOT NEW.name OR OLD.took_office IS NOT NEW.took_office)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('profile', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- A warning dismissed (with the member's reason), its reason changed, or brought back (a removal,
-- naming the document; dismissing it again later makes the same document live again).
CREATE TRIGGER share_dismissal_insert AFTER INSERT ON interest_dismissals
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('dismissal', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_dismissal_update AFTER UPDATE OF meeting_id, interest_id, item_id, reason ON interest_dismissals
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
  AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.interest_id IS NOT NEW.interest_id OR OLD.item_id IS NOT NEW.item_id OR OLD.reason IS NOT NEW.reason)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('dismissal', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_dismissal_delete AFTER DELETE ON interest_dismissals
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at, doc_id)
  SELECT 'dismissal', OLD.id, '["deleted"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), doc_id
  FROM share_docs WHERE db = 'member' AND kind = 'dismissal' AND row_id = OLD.id;
  UPDATE share_docs SET row_id = NULL WHERE db = 'member' AND kind = 'dismissal' AND row_id = OLD.id;
END;
