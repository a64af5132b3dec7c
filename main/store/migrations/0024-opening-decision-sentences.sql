-- 0024: the sentences of the minutes' opening (before the first item) that word a decision Scrutineer did not read
-- (ParsedMinutes.introDecisionSentences), as a JSON array of the sentences as the member is shown them. The meeting page
-- lists them for the member to judge, as it does an item's (whose sentences come from the item's stored minutes; the
-- opening's text is not stored). NULL: none, or not known (stored by a parser before version 40).
ALTER TABLE meetings ADD COLUMN intro_decision_sentences TEXT CHECK (intro_decision_sentences IS NULL OR json_valid(intro_decision_sentences));
