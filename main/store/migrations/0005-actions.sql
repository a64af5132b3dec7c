-- 0005: the chair's tracker. Entries come from decisions of kind 'action' or 'recommendation' (one
-- entry per decision, kept when the minutes are re-imported) or are added by hand. Status, the
-- update log, evidence and follow-up proposals are the member's own data: imports never touch them.

CREATE TABLE action_entries (
  id              INTEGER PRIMARY KEY,
  decision_id     INTEGER UNIQUE REFERENCES decisions(id) ON DELETE SET NULL,
  committee_id    INTEGER NOT NULL REFERENCES committees(id),
  meeting_id      INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
  item_id         INTEGER REFERENCES items(id) ON DELETE SET NULL,
  source          TEXT NOT NULL CHECK (source IN ('minutes', 'manual')),
  kind            TEXT NOT NULL CHECK (kind IN ('action', 'recommendation')),
  what            TEXT NOT NULL,
  minute_text     TEXT,                 -- the decision exactly as minuted
  owner           TEXT,
  due_text        TEXT,                 -- as written: "next meeting", "2025-03-31", "6 monthly"
  due_date        TEXT,                 -- resolved YYYY-MM-DD, or NULL when it cannot be
  status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),
  -- Recommendations: the body it went to and its response (LGA 2000 s.9FE: the Executive responds within two months).
  recommended_to       TEXT,
  response_due         TEXT,
  response             TEXT CHECK (response IN ('accepted', 'partly-accepted', 'rejected')),
  response_text        TEXT,
  implementation       TEXT CHECK (implementation IN ('not-started', 'in-progress', 'implemented', 'not-implemented')),
  review_date          TEXT,
  target_meeting_id    INTEGER REFERENCES meetings(id) ON DELETE SET NULL,  -- work programme: the meeting it is to come to
  minute_withdrawn     INTEGER NOT NULL DEFAULT 0 CHECK (minute_withdrawn IN (0, 1)),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX action_entries_by_committee ON action_entries (committee_id, status);
CREATE INDEX action_entries_by_due ON action_entries (due_date);

CREATE TABLE action_updates (
  id           INTEGER PRIMARY KEY,
  entry_id     INTEGER NOT NULL REFERENCES action_entries(id) ON DELETE CASCADE,
  at           TEXT NOT NULL,
  status_from  TEXT,
  status_to    TEXT,
  note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_updates_by_entry ON action_updates (entry_id, at);

CREATE TABLE action_evidence (
  id          INTEGER PRIMARY KEY,
  entry_id    INTEGER NOT NULL REFERENCES action_entries(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('minute', 'paper', 'note')),
  item_id     INTEGER REFERENCES items(id) ON DELETE SET NULL,
  document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  text        TEXT NOT NULL,
  added_at    TEXT NOT NULL
);

-- Links a later meeting's item to an open entry, proposed by the importer; only the member confirms.
CREATE TABLE action_proposals (
  id          INTEGER PRIMARY KEY,
  entry_id    INTEGER NOT NULL REFERENCES action_entries(id) ON DELETE CASCADE,
  meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  item_id     INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  reason      TEXT NOT NULL,
  score       REAL NOT NULL,
  state       TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'confirmed', 'rejected')),
  created_at  TEXT NOT NULL,
  UNIQUE (entry_id, item_id)
);
