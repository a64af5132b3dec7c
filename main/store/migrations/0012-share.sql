-- 0012: sharing the member's own work between their devices (and a committee's tracker) through a
-- CouchDB-protocol server, with PouchDB as the replica in the main process (main/share).
--
-- SQLite stays the store the app reads. A change to a record that travels is recorded, by the
-- triggers below, in the same transaction as the change itself (a transactional outbox), so an edit
-- that was committed is never lost to sharing and one that was rolled back never travels. The
-- triggers only fire once sharing is switched on (share_device.enabled) and never while incoming
-- changes are being applied (a row in share_applying, inserted and deleted inside that transaction,
-- so no other connection ever sees it).

-- This device: its random id, its hybrid logical clock (physical milliseconds * 65536 + a counter),
-- whether sharing is on.
CREATE TABLE share_device (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  device_id   TEXT NOT NULL,
  hlc         INTEGER NOT NULL DEFAULT 0,
  enabled     INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
  created_at  TEXT NOT NULL
);

-- A remote database this library replicates with: 'member' (the member's own, end-to-end
-- encrypted) or 'committee:<committee id>' (a committee's shared tracker).
CREATE TABLE share_databases (
  name             TEXT PRIMARY KEY,
  server_url       TEXT NOT NULL,           -- https://host[:port][/path]
  db_name          TEXT NOT NULL,           -- the database on the server
  user_name        TEXT NOT NULL,
  applied_seq      TEXT NOT NULL DEFAULT '0',  -- the local replica's change sequence applied to SQLite
  connected_at     TEXT NOT NULL,
  last_synced_at   TEXT,
  last_attempt_at  TEXT,
  last_error       TEXT,
  last_summary     TEXT,
  docs_pushed      INTEGER NOT NULL DEFAULT 0,
  docs_pulled      INTEGER NOT NULL DEFAULT 0
);

-- The outbox: one row per change to a travelling record, written by the triggers. `fields` is a JSON
-- array of the fields that changed; `hlc` the device's clock at the change.
CREATE TABLE share_outbox (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  kind        TEXT NOT NULL CHECK (kind IN ('annotation', 'action')),
  row_id      INTEGER NOT NULL,
  fields      TEXT NOT NULL,
  hlc         INTEGER NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE INDEX share_outbox_by_row ON share_outbox (kind, row_id);

-- A document on the replica ↔ the row it is here, with the revision last written or applied and
-- the document as it was then (plaintext, inside this encrypted database: the field clocks and
-- alternatives the next merge starts from). row_id NULL with `pending` set: a document that could
-- not be applied here (its paper or meeting is not on this device); it is tried again each run.
CREATE TABLE share_docs (
  doc_id      TEXT PRIMARY KEY,
  db          TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('annotation', 'action')),
  row_id      INTEGER,
  rev         TEXT,
  doc         TEXT NOT NULL,
  pending     TEXT,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX share_docs_by_row ON share_docs (db, kind, row_id) WHERE row_id IS NOT NULL;
CREATE INDEX share_docs_pending ON share_docs (pending) WHERE pending IS NOT NULL;

-- Rows inside a travelling record that are sets (an action's log entries and evidence): their
-- global id, made by the device that wrote them, so every device holds each once.
CREATE TABLE share_rows (
  kind      TEXT NOT NULL CHECK (kind IN ('action_update', 'action_evidence')),
  local_id  INTEGER NOT NULL,
  gid       TEXT NOT NULL,
  PRIMARY KEY (kind, local_id),
  UNIQUE (kind, gid)
);

-- Note text edited on two devices at once: every version is kept, shown to the member to merge.
CREATE TABLE share_conflicts (
  doc_id       TEXT NOT NULL,
  field        TEXT NOT NULL,
  clock        TEXT NOT NULL,               -- the losing version's clock "hlc:device"
  value        TEXT NOT NULL,
  detected_at  TEXT NOT NULL,
  PRIMARY KEY (doc_id, field, clock)
);

CREATE TABLE share_applying (id INTEGER PRIMARY KEY CHECK (id = 1));

-- The outbox triggers. Each advances the clock and records which fields changed.
CREATE TRIGGER share_annotation_insert AFTER INSERT ON annotations
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('annotation', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_annotation_update AFTER UPDATE OF body, colour, asked, deleted_at ON annotations
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
  AND (OLD.body IS NOT NEW.body OR OLD.colour IS NOT NEW.colour OR OLD.asked IS NOT NEW.asked OR OLD.deleted_at IS NOT NEW.deleted_at)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('annotation', NEW.id,
    (SELECT json_group_array(f) FROM (
       SELECT 'body' AS f WHERE OLD.body IS NOT NEW.body
       UNION ALL SELECT 'colour' WHERE OLD.colour IS NOT NEW.colour
       UNION ALL SELECT 'asked' WHERE OLD.asked IS NOT NEW.asked
       UNION ALL SELECT 'deleted' WHERE OLD.deleted_at IS NOT NEW.deleted_at)),
    (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_annotation_tag_insert AFTER INSERT ON annotation_tags
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('annotation', NEW.annotation_id, '["tags"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_annotation_tag_delete AFTER DELETE ON annotation_tags
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('annotation', OLD.annotation_id, '["tags"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- Action entries: the member's edits (status, owner, due, what, kind, "not an action"), entries
-- added by hand, and log entries and evidence. Log entries the minutes wrote ("Marked … in the
-- minutes") do not travel: every device reads them from the same minutes.
CREATE TRIGGER share_action_insert AFTER INSERT ON action_entries
WHEN NEW.source = 'manual' AND EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('action', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_action_update AFTER UPDATE OF status, owner, due_text, what, kind, not_action, member_fields ON action_entries
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
  AND (NEW.source = 'manual' OR NEW.member_fields <> '[]' OR OLD.status IS NOT NEW.status)
  AND (OLD.status IS NOT NEW.status OR OLD.owner IS NOT NEW.owner OR OLD.due_text IS NOT NEW.due_text OR OLD.what IS NOT NEW.what
       OR OLD.kind IS NOT NEW.kind OR OLD.not_action IS NOT NEW.not_action OR OLD.member_fields IS NOT NEW.member_fields)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('action', NEW.id,
    (SELECT json_group_array(f) FROM (
       SELECT 'status' AS f WHERE OLD.status IS NOT NEW.status
       UNION ALL SELECT 'owner' WHERE OLD.owner IS NOT NEW.owner OR (OLD.member_fields IS NOT NEW.member_fields AND instr(NEW.member_fields, '"owner"') > 0)
       UNION ALL SELECT 'due' WHERE OLD.due_text IS NOT NEW.due_text OR (OLD.member_fields IS NOT NEW.member_fields AND instr(NEW.member_fields, '"due"') > 0)
       UNION ALL SELECT 'what' WHERE OLD.what IS NOT NEW.what OR (OLD.member_fields IS NOT NEW.member_fields AND instr(NEW.member_fields, '"what"') > 0)
       UNION ALL SELECT 'kind' WHERE OLD.kind IS NOT NEW.kind OR OLD.not_action IS NOT NEW.not_action)),
    (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_action_log_insert AFTER INSERT ON action_updates
WHEN NEW.note NOT LIKE 'Marked % in the minutes%' AND EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('action', NEW.entry_id, '["log"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_action_evidence_insert AFTER INSERT ON action_evidence
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('action', NEW.entry_id, '["evidence"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
