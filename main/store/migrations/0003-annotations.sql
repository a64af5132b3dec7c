-- 0003: the member's annotations: highlights, notes and questions on papers, pages, items and meetings.
--
-- An annotation's row id and uuid never change. A text annotation is anchored to one version of a
-- document by W3C-style selectors: a TextQuoteSelector (quote_exact with ~32 characters of context
-- either side) and a TextPositionSelector (pos_start/pos_end: offsets in the version's document text,
-- i.e. its pages' stored text joined by "\n\n"). When a revised version arrives the annotation is
-- re-anchored to it (version_id, the selectors, page_number and sort_key move) or, when its passage
-- cannot be found with confidence, it becomes 'orphaned': it stays on the version where it was last
-- anchored, and original_exact/original_page keep what the member first marked.
-- Deleting is soft (deleted_at) so undo can restore the same row.
-- No ON DELETE CASCADE towards the member's own data: removing a paper or version they annotated
-- fails rather than silently dropping their notes.

CREATE TABLE annotations (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  document_id     INTEGER REFERENCES documents(id),
  version_id      INTEGER REFERENCES document_versions(id),         -- the version it is anchored to now
  meeting_id      INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
  item_id         INTEGER REFERENCES items(id) ON DELETE SET NULL,  -- from item_pages, or the item a note is on
  kind            TEXT NOT NULL CHECK (kind IN ('highlight', 'note', 'question')),
  target          TEXT NOT NULL CHECK (target IN ('text', 'page', 'item', 'meeting')),
  colour          TEXT NOT NULL DEFAULT 'yellow' CHECK (colour IN ('yellow', 'green', 'blue', 'pink')),
  body            TEXT NOT NULL DEFAULT '',
  asked           INTEGER NOT NULL DEFAULT 0 CHECK (asked IN (0, 1)),   -- questions: ticked during the meeting
  page_number     INTEGER,                                            -- 1-based, in version_id
  quote_exact     TEXT,
  quote_prefix    TEXT,
  quote_suffix    TEXT,
  pos_start       INTEGER,
  pos_end         INTEGER,
  rects           TEXT NOT NULL DEFAULT '[]',                         -- JSON [{x,y,w,h}] in PDF points
  rects_stale     INTEGER NOT NULL DEFAULT 0 CHECK (rects_stale IN (0, 1)),  -- moved: the reader recomputes them
  sort_key        INTEGER NOT NULL DEFAULT 0,                         -- page, then offset in the page
  status          TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned', 'dismissed')),
  anchor_score    REAL,                                               -- quality of the last re-anchoring, 0..1
  original_exact  TEXT,
  original_page   INTEGER,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT,
  CHECK (target <> 'text' OR (version_id IS NOT NULL AND page_number IS NOT NULL AND quote_exact IS NOT NULL
                              AND pos_start IS NOT NULL AND pos_end IS NOT NULL AND pos_end > pos_start)),
  CHECK (target <> 'page' OR (version_id IS NOT NULL AND page_number IS NOT NULL)),
  CHECK (target NOT IN ('text', 'page') OR document_id IS NOT NULL),
  CHECK (kind <> 'highlight' OR target = 'text')
);
CREATE INDEX annotations_by_document ON annotations (document_id, sort_key);
CREATE INDEX annotations_by_version ON annotations (version_id);
CREATE INDEX annotations_by_meeting ON annotations (meeting_id);
CREATE INDEX annotations_by_status ON annotations (status) WHERE status <> 'anchored';

CREATE TABLE annotation_tags (
  annotation_id  INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
  tag            TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (annotation_id, tag)
);
CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag);
