-- 0011: search that understands English, and that stays fast on a million pages.
--
-- A second pair of FTS5 indexes over the same text with the Porter stemmer in front of the same
-- unicode61 tokenizer: "placements" finds "placement", "decodings" finds "decoding", accents folded
-- as before. Bare words are searched here; quoted phrases and word* prefixes stay on the unstemmed
-- indexes of 0002 (pages_fts, items_fts), so a phrase in quotes stays exact and a prefix matches
-- the words as written. detail=full because bm25 needs each term's frequency from the index (with
-- detail=none or column it re-reads and re-tokenizes every candidate: 10× slower, measured).
-- No prefix indexes: prefixes never use these tables.
--
-- secure-delete: removing a page (a purged confidential paper) removes its terms from this index
-- at once, so its words do not linger in index pages (0002's indexes are compacted by the purge).
CREATE VIRTUAL TABLE pages_stem USING fts5(
  text, content = 'pages', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO pages_stem (pages_stem, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER pages_stem_insert AFTER INSERT ON pages BEGIN
  INSERT INTO pages_stem (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER pages_stem_delete AFTER DELETE ON pages BEGIN
  INSERT INTO pages_stem (pages_stem, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER pages_stem_update AFTER UPDATE OF text ON pages BEGIN
  INSERT INTO pages_stem (pages_stem, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO pages_stem (rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE items_stem USING fts5(
  title, agenda_text, minutes_text, content = 'items', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO items_stem (items_stem, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER items_stem_insert AFTER INSERT ON items BEGIN
  INSERT INTO items_stem (rowid, title, agenda_text, minutes_text) VALUES (new.id, new.title, new.agenda_text, new.minutes_text);
END;
CREATE TRIGGER items_stem_delete AFTER DELETE ON items BEGIN
  INSERT INTO items_stem (items_stem, rowid, title, agenda_text, minutes_text)
  VALUES ('delete', old.id, old.title, old.agenda_text, old.minutes_text);
END;
CREATE TRIGGER items_stem_update AFTER UPDATE OF title, agenda_text, minutes_text ON items BEGIN
  INSERT INTO items_stem (items_stem, rowid, title, agenda_text, minutes_text)
  VALUES ('delete', old.id, old.title, old.agenda_text, old.minutes_text);
  INSERT INTO items_stem (rowid, title, agenda_text, minutes_text) VALUES (new.id, new.title, new.agenda_text, new.minutes_text);
END;

-- Which version a page belongs to, read from a small index instead of the page rows (each holds a
-- page of text, so reading 10,000 of them to filter and count hits would read 40 MB).
CREATE INDEX pages_version_of ON pages (id, version_id);

-- What was stored before this migration.
INSERT INTO pages_stem (pages_stem) VALUES ('rebuild');
INSERT INTO items_stem (items_stem) VALUES ('rebuild');
