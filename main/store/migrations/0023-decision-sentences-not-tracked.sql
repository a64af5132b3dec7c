-- 0023: sentences of a meeting's minutes that word a decision Scrutineer did not read, which the member has looked at
-- and marked as nothing to track (an election, a vote already recorded, a report noted), as a JSON array of the
-- sentences as printed. Kept on the meeting, not its items, so the mark survives a re-import that rebuilds the items;
-- the meeting page no longer lists them among the sentences that may record a decision.
ALTER TABLE meetings ADD COLUMN decision_sentences_not_tracked TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(decision_sentences_not_tracked));
