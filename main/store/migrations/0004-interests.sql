-- 0004: the member's declarations of interest: their register, the names papers are checked for,
-- warnings they dismissed, the declarations they made, and their name and date of taking office.
--
-- Personal data: these rows stay in this database; nothing here is logged or sent anywhere.
-- As in 0003, the member's own records do not cascade away with library rows: a declaration keeps
-- its text when the item it named goes (item_id is set NULL), and deleting a meeting it was made at
-- fails rather than silently dropping it.

-- One row: "My name" as the minutes print it, and the date the member took office.
CREATE TABLE member_profile (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  name         TEXT NOT NULL DEFAULT '',
  took_office  TEXT,                        -- YYYY-MM-DD
  updated_at   TEXT NOT NULL
);

CREATE TABLE interests (
  id             INTEGER PRIMARY KEY,
  category       TEXT NOT NULL CHECK (category IN ('disclosable-pecuniary', 'other-registrable', 'non-registrable')),
  subcategory    TEXT NOT NULL CHECK (subcategory IN (
                   'employment', 'sponsorship', 'contracts', 'land', 'licences', 'corporate-tenancies', 'securities',
                   'appointed-body', 'public-function-body', 'charitable-body', 'public-opinion-body', 'trade-union',
                   'noted')),
  whose          TEXT NOT NULL CHECK (whose IN ('member', 'partner')),
  description    TEXT NOT NULL,
  start_date     TEXT,                      -- YYYY-MM-DD: when the interest arose
  end_date       TEXT,                      -- YYYY-MM-DD: when it ended; NULL while current
  changed_date   TEXT,                      -- YYYY-MM-DD: the latest change, if any
  notified_date  TEXT,                      -- YYYY-MM-DD: when the monitoring officer was told
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

-- The names, aliases and addresses papers are checked for, in the order the member gave them.
CREATE TABLE interest_terms (
  id           INTEGER PRIMARY KEY,
  interest_id  INTEGER NOT NULL REFERENCES interests(id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('name', 'address')),
  text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
  position     INTEGER NOT NULL
);
CREATE INDEX interest_terms_by_interest ON interest_terms (interest_id, kind, position);

-- Warnings the member looked at and set aside, with their reason. item_id NULL: the warning for
-- pack pages outside every item. Dismissals belong to the warning, so they go with the interest.
CREATE TABLE interest_dismissals (
  id           INTEGER PRIMARY KEY,
  meeting_id   INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  interest_id  INTEGER NOT NULL REFERENCES interests(id) ON DELETE CASCADE,
  item_id      INTEGER REFERENCES items(id) ON DELETE CASCADE,
  reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  created_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX interest_dismissals_one ON interest_dismissals (meeting_id, interest_id, ifnull(item_id, 0));

-- What the member declared at a meeting.
CREATE TABLE my_declarations (
  id                     INTEGER PRIMARY KEY,
  meeting_id             INTEGER NOT NULL REFERENCES meetings(id),
  item_id                INTEGER REFERENCES items(id) ON DELETE SET NULL,
  item_text              TEXT NOT NULL DEFAULT '',     -- the item as the member wrote it, when not one of the meeting's
  interest_id            INTEGER REFERENCES interests(id) ON DELETE SET NULL,
  category               TEXT NOT NULL CHECK (category IN ('disclosable-pecuniary', 'other-registrable', 'non-registrable')),
  nature                 TEXT NOT NULL CHECK (length(trim(nature)) > 0),
  withdrew               INTEGER NOT NULL CHECK (withdrew IN (0, 1)),
  dispensation           INTEGER NOT NULL CHECK (dispensation IN (0, 1)),
  dispensation_details   TEXT NOT NULL DEFAULT '',
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL
);
CREATE INDEX my_declarations_by_meeting ON my_declarations (meeting_id);
