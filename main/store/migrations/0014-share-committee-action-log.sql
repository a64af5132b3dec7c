-- 0014: a committee's shared action log (main/share/committee.ts). One CouchDB database per
-- committee, NOT end-to-end encrypted (the committee reads it): members read it, the chair and
-- named officers write it, enforced by the server (`_security` and the `validate_doc_update` design
-- document in main/share/committee-design.ts). Rows for it in share_databases are named
-- 'committee:<committee id>'; its documents are cached in share_docs with db = that name.

-- This device's part in each committee database it is connected to: the committee here and the
-- role the server's _security gives this user ('chair', 'officer' or 'member'), read on every run.
CREATE TABLE share_committees (
  name          TEXT PRIMARY KEY REFERENCES share_databases(name) ON DELETE CASCADE,
  committee_id  INTEGER NOT NULL UNIQUE REFERENCES committees(id) ON DELETE CASCADE,
  role          TEXT NOT NULL CHECK (role IN ('chair', 'officer', 'member')),
  checked_at    TEXT NOT NULL
);

-- The committee outbox: an edit of an action entry of a connected committee, written in the same
-- transaction as the edit (as share_outbox is for the member's own database), never while incoming
-- changes are applied. Kept apart from share_outbox: the two databases are sent independently.
CREATE TABLE share_committee_outbox (
  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
  committee_id  INTEGER NOT NULL,
  entry_id      INTEGER NOT NULL,
  hlc           INTEGER NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX share_committee_outbox_by_entry ON share_committee_outbox (entry_id);

-- Entries from exempt (confidential) items the member chose to send to the committee database.
-- Without a row here (or the run's own explicit choice, which is recorded here) such an entry
-- never leaves the device.
CREATE TABLE share_committee_exempt_choices (
  entry_id   INTEGER PRIMARY KEY REFERENCES action_entries(id) ON DELETE CASCADE,
  chosen_at  TEXT NOT NULL
);

-- Changes the server refused (validate_doc_update, or no right to write): what was tried and the
-- server's reason, kept for the member to see. The entry here is set back to the committee's copy.
CREATE TABLE share_refusals (
  id          INTEGER PRIMARY KEY,
  db          TEXT NOT NULL,
  entry_id    INTEGER,
  doc_id      TEXT NOT NULL,
  what        TEXT NOT NULL,            -- the entry, in words
  attempted   TEXT NOT NULL,            -- JSON: the fields and values that were refused
  reason      TEXT NOT NULL,
  refused_at  TEXT NOT NULL
);
-- Log notes a refused change carried: not offered to the committee again.
CREATE TABLE share_refused_rows (
  db   TEXT NOT NULL,
  gid  TEXT NOT NULL,
  PRIMARY KEY (db, gid)
);

CREATE TRIGGER share_committee_action_insert AFTER INSERT ON action_entries
WHEN EXISTS (SELECT 1 FROM share_committees WHERE committee_id = NEW.committee_id) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  INSERT OR IGNORE INTO share_device (id, device_id, created_at) VALUES (1, lower(hex(randomblob(8))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_committee_outbox (committee_id, entry_id, hlc, created_at)
  VALUES (NEW.committee_id, NEW.id, (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_committee_action_update AFTER UPDATE OF status, owner, due_text, what, kind, not_action ON action_entries
WHEN EXISTS (SELECT 1 FROM share_committees WHERE committee_id = NEW.committee_id) AND NOT EXISTS (SELECT 1 FROM share_applying)
  AND (OLD.status IS NOT NEW.status OR OLD.owner IS NOT NEW.owner OR OLD.due_text IS NOT NEW.due_text OR OLD.what IS NOT NEW.what
       OR OLD.kind IS NOT NEW.kind OR OLD.not_action IS NOT NEW.not_action)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_committee_outbox (committee_id, entry_id, hlc, created_at)
  VALUES (NEW.committee_id, NEW.id, (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_committee_action_log_insert AFTER INSERT ON action_updates
WHEN NEW.note NOT LIKE 'Marked % in the minutes%' AND NOT EXISTS (SELECT 1 FROM share_applying)
  AND EXISTS (SELECT 1 FROM share_committees s JOIN action_entries e ON e.committee_id = s.committee_id WHERE e.id = NEW.entry_id)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_committee_outbox (committee_id, entry_id, hlc, created_at)
  VALUES ((SELECT committee_id FROM action_entries WHERE id = NEW.entry_id), NEW.entry_id, (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
