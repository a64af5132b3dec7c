-- 0001: councils, committees, meetings and what the minutes say about them.
-- Row identities (id) stay stable across re-imports: later tables (annotations, action status)
-- refer to items and decisions by id, so imports update rows in place, keyed by identity_key.

CREATE TABLE councils (
  id          INTEGER PRIMARY KEY,
  name        TEXT,                       -- NULL: the imported pages did not name the council
  name_key    TEXT NOT NULL UNIQUE,       -- lower-cased, spaces folded; '' for the unnamed council
  created_at  TEXT NOT NULL
);

CREATE TABLE committees (
  id          INTEGER PRIMARY KEY,
  council_id  INTEGER NOT NULL REFERENCES councils(id),
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  UNIQUE (council_id, name_key)
);

CREATE TABLE meetings (
  id            INTEGER PRIMARY KEY,
  committee_id  INTEGER NOT NULL REFERENCES committees(id),
  identity_key  TEXT NOT NULL,            -- the date, or for an undated page a key from its first item
  date          TEXT,                     -- YYYY-MM-DD
  start_time    TEXT,                     -- HH:MM
  end_time      TEXT,
  venue         TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (committee_id, identity_key)
);
CREATE INDEX meetings_by_date ON meetings (committee_id, date);

CREATE TABLE items (
  id            INTEGER PRIMARY KEY,
  meeting_id    INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  identity_key  TEXT NOT NULL,            -- the printed number, else the folded title
  number        TEXT,
  title         TEXT NOT NULL,
  exempt        INTEGER NOT NULL CHECK (exempt IN (0, 1)),
  truncated     INTEGER NOT NULL CHECK (truncated IN (0, 1)),
  agenda_text   TEXT NOT NULL,
  minutes_text  TEXT NOT NULL,
  position      INTEGER NOT NULL,
  withdrawn_at  TEXT,                     -- set when a newer copy of the meeting no longer lists it
  UNIQUE (meeting_id, identity_key)
);

CREATE TABLE item_documents (
  id        INTEGER PRIMARY KEY,
  item_id   INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  title     TEXT NOT NULL,
  format    TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'html', 'other')),
  size_kb   REAL
);
CREATE INDEX item_documents_by_item ON item_documents (item_id);

CREATE TABLE attendance (
  id          INTEGER PRIMARY KEY,
  meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent', 'in-attendance')),
  role        TEXT,
  position    INTEGER NOT NULL
);
CREATE INDEX attendance_by_meeting ON attendance (meeting_id);

CREATE TABLE declarations (
  id          INTEGER PRIMARY KEY,
  meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  item_label  TEXT,                       -- as the minutes state it: "7", "budget items"
  member      TEXT NOT NULL,
  subject     TEXT NOT NULL,
  nature      TEXT NOT NULL CHECK (nature IN ('disclosable-pecuniary', 'other-registrable', 'non-registrable', 'non-pecuniary', 'unspecified')),
  withdrew    INTEGER NOT NULL CHECK (withdrew IN (0, 1)),
  position    INTEGER NOT NULL
);
CREATE INDEX declarations_by_meeting ON declarations (meeting_id);
CREATE INDEX declarations_by_member ON declarations (member);

CREATE TABLE decisions (
  id            INTEGER PRIMARY KEY,
  meeting_id    INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  item_id       INTEGER REFERENCES items(id) ON DELETE SET NULL,
  identity_key  TEXT NOT NULL,            -- item key + label, else item key + folded text
  item_label    TEXT,
  label         TEXT,
  text          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('noted', 'procedural', 'recommendation', 'action')),
  owner         TEXT,
  due           TEXT,
  position      INTEGER NOT NULL,
  withdrawn_at  TEXT,
  UNIQUE (meeting_id, identity_key)
);
CREATE INDEX decisions_by_item ON decisions (item_id);

-- Provenance: every file that was imported, by content hash. The original bytes live in the blob store.
CREATE TABLE imports (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  file_name       TEXT NOT NULL,
  sha256          TEXT NOT NULL UNIQUE,
  byte_size       INTEGER NOT NULL,
  input_kind      TEXT NOT NULL,
  parser_version  INTEGER NOT NULL,
  imported_at     TEXT NOT NULL
);
CREATE INDEX imports_by_meeting ON imports (meeting_id);
