-- 0002: agenda packs and other papers, their page text, the item ↔ page map, and full-text search.
--
-- A document is what the member thinks of as one paper ("Agenda pack", "Supplement 1"); each file
-- that arrives for it is a version (a revised pack is version 2), so annotations can re-anchor and
-- old versions stay readable. A version's rows are written in one transaction after its text has
-- been extracted, so a half-imported pack is never visible.

-- The committees the member sits on ("my committees" in search and sync).
ALTER TABLE committees ADD COLUMN is_mine INTEGER NOT NULL DEFAULT 0 CHECK (is_mine IN (0, 1));

CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  meeting_id  INTEGER REFERENCES meetings(id) ON DELETE SET NULL,   -- NULL: not yet matched to a meeting
  item_id     INTEGER REFERENCES items(id) ON DELETE SET NULL,      -- a single report for one item
  kind        TEXT NOT NULL CHECK (kind IN ('pack', 'supplement', 'report', 'minutes', 'other')),
  title       TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX documents_by_meeting ON documents (meeting_id);

CREATE TABLE document_versions (
  id               INTEGER PRIMARY KEY,
  document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  version          INTEGER NOT NULL,
  is_current       INTEGER NOT NULL CHECK (is_current IN (0, 1)),
  sha256           TEXT NOT NULL,       -- the file in the blob store
  file_name        TEXT NOT NULL,
  byte_size        INTEGER NOT NULL,
  page_count       INTEGER NOT NULL,
  text_page_count  INTEGER NOT NULL,    -- pages with a text layer; 0 means a scan: readable, not searchable
  imported_at      TEXT NOT NULL,
  UNIQUE (document_id, version)
);
CREATE UNIQUE INDEX document_versions_one_current ON document_versions (document_id) WHERE is_current = 1;
CREATE INDEX document_versions_by_sha ON document_versions (sha256);

CREATE TABLE pages (
  id           INTEGER PRIMARY KEY,
  version_id   INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  page_number  INTEGER NOT NULL,        -- 1-based index in the PDF
  text         TEXT NOT NULL,
  UNIQUE (version_id, page_number)
);

-- Where each agenda item's report starts and ends in a version of a pack.
CREATE TABLE item_pages (
  item_id     INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  version_id  INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  first_page  INTEGER NOT NULL,
  last_page   INTEGER NOT NULL,
  method      TEXT NOT NULL CHECK (method IN ('agenda-list', 'heading')),
  PRIMARY KEY (item_id, version_id)
);
CREATE INDEX item_pages_by_version ON item_pages (version_id, first_page);

-- The last page the member read, per document (not per version: a revised pack opens where they were).
CREATE TABLE reading_positions (
  document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  page_number  INTEGER NOT NULL,
  updated_at   TEXT NOT NULL
);

-- Full-text search. External-content FTS5 tables index the text where it already lives (no second
-- copy), kept in step by triggers in the same transaction as every write.
-- unicode61 with remove_diacritics 2: "cafe" finds "café". detail=full (the default) because
-- phrase queries ("looked after children") and snippets need token positions. prefix='2 3' makes
-- short prefix queries (fost*) fast. No trigram index: members search words and phrases, not
-- substrings inside words, and a trigram index would triple the index size.
CREATE VIRTUAL TABLE pages_fts USING fts5(
  text, content = 'pages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER pages_fts_insert AFTER INSERT ON pages BEGIN
  INSERT INTO pages_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages BEGIN
  INSERT INTO pages_fts (pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER pages_fts_update AFTER UPDATE OF text ON pages BEGIN
  INSERT INTO pages_fts (pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO pages_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE items_fts USING fts5(
  title, agenda_text, minutes_text, content = 'items', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
  INSERT INTO items_fts (rowid, title, agenda_text, minutes_text) VALUES (new.id, new.title, new.agenda_text, new.minutes_text);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, title, agenda_text, minutes_text)
  VALUES ('delete', old.id, old.title, old.agenda_text, old.minutes_text);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE OF title, agenda_text, minutes_text ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, title, agenda_text, minutes_text)
  VALUES ('delete', old.id, old.title, old.agenda_text, old.minutes_text);
  INSERT INTO items_fts (rowid, title, agenda_text, minutes_text) VALUES (new.id, new.title, new.agenda_text, new.minutes_text);
END;
-- Items imported before this migration.
INSERT INTO items_fts (items_fts) VALUES ('rebuild');
