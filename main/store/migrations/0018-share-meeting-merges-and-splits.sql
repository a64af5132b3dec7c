-- 0018: the member's merges of two meetings, and the files they split off a meeting, travel between
-- their devices (main/share, meeting-merges.ts). A merge made here is kept in share_merges with both
-- meetings' identities as every device knows them (SharedMeetingKey, JSON), a split in share_splits
-- with the meeting's identity and the file's sha256; another device makes the same change when it has
-- what it needs, and waits (listed as not on this device) until it has. The outbox and the document
-- cache take the new kinds (rebuilt, as in 0015 and 0016, to change their CHECKs; the triggers of
-- 0012-0016 name the tables and keep working).

CREATE TABLE share_merges (
  id          INTEGER PRIMARY KEY,
  kept_key    TEXT NOT NULL,            -- the meeting kept, as its original identity (JSON)
  merged_key  TEXT NOT NULL,            -- the meeting merged into it and gone (JSON)
  merged_at   TEXT NOT NULL
);

CREATE TABLE share_splits (
  id           INTEGER PRIMARY KEY,
  meeting_key  TEXT NOT NULL,           -- the meeting the file was split off, as its original identity (JSON)
  sha256       TEXT NOT NULL,           -- the file split off into a meeting of its own
  split_at     TEXT NOT NULL
);

CREATE TABLE share_outbox_copy AS SELECT * FROM share_outbox;
DROP TABLE share_outbox;
CREATE TABLE share_outbox (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  kind        TEXT NOT NULL CHECK (kind IN ('annotation', 'action', 'interest', 'declaration', 'meeting', 'correction', 'profile', 'dismissal', 'merge', 'split')),
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
  kind        TEXT NOT NULL CHECK (kind IN ('annotation', 'action', 'interest', 'declaration', 'meeting', 'correction', 'profile', 'dismissal', 'merge', 'split')),
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

-- A merge made by the member here (not one applied from another device) goes out.
CREATE TRIGGER share_merge_insert AFTER INSERT ON share_merges
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('merge', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER share_split_insert AFTER INSERT ON share_splits
WHEN EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('split', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
