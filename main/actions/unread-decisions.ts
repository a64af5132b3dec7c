import type Database from 'better-sqlite3-multiple-ciphers';
import type { UnreadDecisionsMeeting } from '../../shared/types/actions';

/**
 * The meetings whose minutes word decisions Scrutineer did not read (items.decisions_state 'partial' or 'unread'), newest
 * first, so the tracker can say its list may be missing their actions. Cancelled meetings are left out (a binned meeting's rows are gone from these tables).
 */
export function meetingsWithUnreadDecisions(db: Database.Database, committeeId?: number): UnreadDecisionsMeeting[] {
  return db
    .prepare(
      `SELECT m.id AS meetingId, c.name AS committeeName, m.date AS date, COUNT(i.id) AS items
       FROM items i JOIN meetings m ON m.id = i.meeting_id JOIN committees c ON c.id = m.committee_id
       WHERE i.withdrawn_at IS NULL AND i.decisions_state IN ('partial', 'unread') AND m.cancelled_at IS NULL
         AND (? IS NULL OR m.committee_id = ?)
       GROUP BY m.id ORDER BY m.date IS NULL, m.date DESC, m.id DESC`,
    )
    .all(committeeId ?? null, committeeId ?? null) as UnreadDecisionsMeeting[];
}
