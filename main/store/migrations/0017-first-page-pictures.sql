-- 0017: a picture of each paper version's first page (PNG, made when the PDF is read at import or
-- sync), so the reader shows the page at once and replaces it when pdf.js has drawn it. The page's
-- size in points is kept beside it, to lay the reader out before the PDF is open. It goes with its
-- version, and a confidential paper's purge removes it with the text (main/papers/purge.ts).
CREATE TABLE version_pictures (
  version_id  INTEGER PRIMARY KEY REFERENCES document_versions (id) ON DELETE CASCADE,
  page_width  REAL NOT NULL CHECK (page_width > 0),
  page_height REAL NOT NULL CHECK (page_height > 0),
  png         BLOB NOT NULL
);
