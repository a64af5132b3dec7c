-- 0010: the member corrects what the parser got wrong, and the correction is theirs.
--
-- Declarations: a row the member added or edited is marked `member_set`; one they removed stays,
-- marked `removed_by_member`, so the same declaration read again from the minutes is not brought
-- back. `original_key` is the parsed declaration a correction replaces (member|item|subject, folded).
-- A whole copy of the minutes replaces only the parsed rows.
ALTER TABLE declarations ADD COLUMN member_set INTEGER NOT NULL DEFAULT 0 CHECK (member_set IN (0, 1));
ALTER TABLE declarations ADD COLUMN removed_by_member INTEGER NOT NULL DEFAULT 0 CHECK (removed_by_member IN (0, 1));
ALTER TABLE declarations ADD COLUMN original_key TEXT;

-- Action entries: fields the member set (what, owner, due, kind) are never refreshed from the minutes;
-- 'not an action' keeps the entry (with its log) but takes it out of the tracker.
ALTER TABLE action_entries ADD COLUMN member_fields TEXT NOT NULL DEFAULT '[]';
ALTER TABLE action_entries ADD COLUMN not_action INTEGER NOT NULL DEFAULT 0 CHECK (not_action IN (0, 1));

-- An action log's "COMPLETED" / "Ongoing" as the minutes mark it: sets the entry's status until the member sets one.
ALTER TABLE decisions ADD COLUMN status TEXT CHECK (status IN ('done', 'in-progress'));
