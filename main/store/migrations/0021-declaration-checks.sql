-- 0021: a declaration read from the minutes that the member has checked against them and found right. Declarations
-- are legal records and the parser is not always right, so the meeting page says "Not checked" on each one read from
-- the minutes (member_set = 0) until the member corrects it ("Corrected by you") or checks it ("Checked by you").
-- Checking makes the row the member's (member_set = 1, as a correction does), so a later import or re-parse does not
-- change it; checked_by_member tells the two apart, and an edit after a check clears it.
ALTER TABLE declarations ADD COLUMN checked_by_member INTEGER NOT NULL DEFAULT 0 CHECK (checked_by_member IN (0, 1));

-- The check travels to the member's other devices with the correction (main/share/member-records.ts).
DROP TRIGGER share_correction_update;
CREATE TRIGGER share_correction_update AFTER UPDATE OF member, item_label, subject, nature, withdrew, member_set, removed_by_member, checked_by_member ON declarations
WHEN NEW.member_set = 1 AND EXISTS (SELECT 1 FROM share_device WHERE enabled = 1) AND NOT EXISTS (SELECT 1 FROM share_applying)
  AND (OLD.member IS NOT NEW.member OR OLD.item_label IS NOT NEW.item_label OR OLD.subject IS NOT NEW.subject OR OLD.nature IS NOT NEW.nature
       OR OLD.withdrew IS NOT NEW.withdrew OR OLD.member_set IS NOT NEW.member_set OR OLD.removed_by_member IS NOT NEW.removed_by_member
       OR OLD.checked_by_member IS NOT NEW.checked_by_member)
BEGIN
  UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536);
  INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at)
  VALUES ('correction', NEW.id, '["*"]', (SELECT hlc FROM share_device), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
