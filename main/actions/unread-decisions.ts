import type Database from 'better-sqlite3-multiple-ciphers';
import type { UnreadDecisionsMeeting } from '../../shared/types/actions';

/**
 * The meetings whose minutes word decisions Scrutineer did not read (an item's decisions_state, or the opening's
 * intro_decisions_state, 'partial' or 'unread'), newest first, so the tracker can say its list may be missing their
 * actions. Cancelled meetings are left out (a binned meeting's rows are gone from these tables).
 */
export function meetingsWithUnreadDecisions(db: Database.Database, committeeId?: number): UnreadDecisionsMeeting[] {
  // (Each meeting's items are counted once; the outer query keeps the meetings with something not read.)
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT m.id AS meetingId, c.name AS committeeName, m.date AS date,
                (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id AND i.withdrawn_at IS NULL
                   AND i.decisions_state IN ('partial', 'unread')) AS items,
                COALESCE(m.intro_decisions_state IN ('partial', 'unread'), 0) AS opening
         FROM meetings m JOIN committees c ON c.id = m.committee_id
         WHERE m.cancelled_at IS NULL AND (? IS NULL OR m.committee_id = ?))
       WHERE items > 0 OR opening = 1
       ORDER BY date IS NULL, date DESC, meetingId DESC`,
    )
    .all(committeeId ?? null, committeeId ?? null) as Array<Omit<UnreadDecisionsMeeting, 'opening'> & { opening: number }>;
  return rows.map((r) => ({ ...r, opening: r.opening === 1 }));
}
