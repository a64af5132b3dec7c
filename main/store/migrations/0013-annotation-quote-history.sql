-- Earlier wordings of an annotation's passage. When a revised paper changes the words a note is
-- attached to (it moved with changed text, or the member re-attached it), the words it was attached
-- to before are kept here, so the note's history shows what the member originally responded to.
-- Purging a confidential paper deletes these rows with the rest of the paper's words.
CREATE TABLE annotation_quotes (
  id INTEGER PRIMARY KEY,
  annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
  version_id INTEGER REFERENCES document_versions(id) ON DELETE SET NULL,
  page_number INTEGER,
  exact TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('moved', 'reattached')),
  replaced_at TEXT NOT NULL
);

CREATE INDEX annotation_quotes_by_annotation ON annotation_quotes (annotation_id, id);
