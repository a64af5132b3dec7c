-- 0006: council sync from ModernGov's web service (mgWebService.asmx).
--
-- Synced meetings and documents are the library's own rows (meetings, items, documents and their
-- versions), written by the same code as a manual import, so a meeting that arrives by sync and by
-- hand is one meeting (same committee, same date). These tables only remember where each row came
-- from on the council's site, what was last seen there (for "fetch only what changed"), and how
-- each run went (for progress, "last synced" and resuming after a crash).

-- A cancelled meeting is marked, never deleted: the member's notes on it stay.
ALTER TABLE meetings ADD COLUMN cancelled_at TEXT;

CREATE TABLE sync_councils (
  id               INTEGER PRIMARY KEY,
  base_url         TEXT NOT NULL UNIQUE,     -- https://host[/sub/path], the folder holding mgWebService.asmx
  council_id       INTEGER NOT NULL REFERENCES councils(id),
  sync_from        TEXT NOT NULL,            -- YYYY-MM-DD: meetings from this date are fetched
  added_at         TEXT NOT NULL,
  committees_at    TEXT,                     -- when the committee list was last fetched
  last_error       TEXT
);

-- The council's committees as GetCommittees lists them; `followed` ones are synced. committee_id is
-- the library's committee, made or matched (by name) when the member follows it or says they sit on it.
CREATE TABLE sync_committees (
  id               INTEGER PRIMARY KEY,
  site_id          INTEGER NOT NULL REFERENCES sync_councils(id) ON DELETE CASCADE,
  remote_id        INTEGER NOT NULL,         -- ModernGov lCommitteeId
  title            TEXT NOT NULL,
  category         TEXT,
  expired          INTEGER NOT NULL DEFAULT 0 CHECK (expired IN (0, 1)),
  followed         INTEGER NOT NULL DEFAULT 0 CHECK (followed IN (0, 1)),
  committee_id     INTEGER REFERENCES committees(id) ON DELETE SET NULL,
  last_synced_at   TEXT,                     -- the last run that finished this committee without error
  last_attempt_at  TEXT,
  last_error       TEXT,                     -- one line for the member; NULL after a clean run
  last_summary     TEXT,                     -- "2 new meetings, 1 changed document"
  UNIQUE (site_id, remote_id)
);

-- A meeting on the council's site ↔ the library's meeting, with what was seen last time.
CREATE TABLE sync_meetings (
  site_id            INTEGER NOT NULL REFERENCES sync_councils(id) ON DELETE CASCADE,
  remote_id          INTEGER NOT NULL,       -- ModernGov lMeetingId
  sync_committee_id  INTEGER NOT NULL REFERENCES sync_committees(id) ON DELETE CASCADE,
  meeting_id         INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
  remote_status      TEXT NOT NULL DEFAULT '',
  date               TEXT,
  detail_sha256      TEXT,                   -- of the last GetMeeting response written
  minutes_published  INTEGER NOT NULL DEFAULT 0 CHECK (minutes_published IN (0, 1)),
  fetched_at         TEXT,
  PRIMARY KEY (site_id, remote_id)
);
CREATE INDEX sync_meetings_by_meeting ON sync_meetings (meeting_id);

-- A linked document (mgConvert2PDF.aspx?ID=attachment) ↔ the library's document, with the
-- validators and hash of the copy we hold: a changed file becomes a new version of that document.
CREATE TABLE sync_documents (
  site_id            INTEGER NOT NULL REFERENCES sync_councils(id) ON DELETE CASCADE,
  attachment_id      INTEGER NOT NULL,
  remote_meeting_id  INTEGER NOT NULL,
  document_id        INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  title              TEXT NOT NULL,
  etag               TEXT,
  last_modified      TEXT,
  sha256             TEXT,                   -- NULL: never downloaded (restricted, a link, or not a PDF)
  skipped_reason     TEXT,                   -- why it is not in the library, for the member
  checked_at         TEXT,
  PRIMARY KEY (site_id, attachment_id)
);
CREATE INDEX sync_documents_by_document ON sync_documents (document_id);

-- Each run, and its journal: one row per meeting it meant to do. A run that is still 'running' when
-- the app starts again was interrupted; the next run skips the meetings it journaled as done.
CREATE TABLE sync_runs (
  id           INTEGER PRIMARY KEY,
  started_at   TEXT NOT NULL,
  finished_at  TEXT,
  status       TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'cancelled', 'interrupted')),
  trigger      TEXT NOT NULL CHECK (trigger IN ('manual', 'background', 'cli')),
  requests     INTEGER NOT NULL DEFAULT 0,
  message      TEXT
);

CREATE TABLE sync_journal (
  run_id             INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,
  site_id            INTEGER NOT NULL REFERENCES sync_councils(id) ON DELETE CASCADE,
  remote_meeting_id  INTEGER NOT NULL,
  state              TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
  message            TEXT,
  updated_at         TEXT NOT NULL,
  PRIMARY KEY (run_id, site_id, remote_meeting_id)
);
