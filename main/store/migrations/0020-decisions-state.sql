-- 0020: how much of an item's decisions the parser read (MinutesItem.decisionsState), so the meeting page and the
-- action tracker say when an item words a decision Scrutineer did not read ('partial', 'unread') instead of showing
-- it as if it had none or only those read. 'read': every decision worded was read; 'none': the item words none.
-- NULL: not known (stored by a parser before version 30, an agenda, or the web service's XML).
ALTER TABLE items ADD COLUMN decisions_state TEXT CHECK (decisions_state IN ('read', 'partial', 'unread', 'none'));
-- The same for the decisions worded before the first item (ParsedMinutes.introDecisionsState), kept with the meeting.
ALTER TABLE meetings ADD COLUMN intro_decisions_state TEXT CHECK (intro_decisions_state IN ('read', 'partial', 'unread', 'none'));
