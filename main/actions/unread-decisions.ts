import type Database from 'better-sqlite3-multiple-ciphers';
import type { UnreadDecisionsMeeting } from '../../shared/types/actions';
import type { ItemDecisionsState } from '../../shared/types/minutes';
import { openingPossibleDecisions, possibleDecisions, sentencesDealtWith } from '../library/possible-decisions';

/**
 * The meetings whose minutes word decisions Scrutineer did not read (an item's decisions_state, or the opening's
 * intro_decisions_state, 'partial' or 'unread'), newest first, so the tracker can say its list may be missing their
 * actions. Cancelled meetings are left out (a binned meeting's rows are gone from these tables). An item whose every
 * such sentence the member has dealt with (added to the tracker, or marked as nothing to track) no longer counts.
 */
export function meetingsWithUnreadDecisions(db: Database.Database, committeeId?: number): UnreadDecisionsMeeting[] {
  // (Each meeting's items are counted once; the outer query keeps the meetings with something not read.)
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT m.id AS meetingId, c.name AS committeeName, m.date AS date,
                (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id AND i.withdrawn_at IS NULL
                   AND i.decisions_state IN ('partial', 'unread')) AS items,
                COALESCE(m.intro_decisions_state IN ('partial', 'unread'), 0) AS opening,
                m.intro_decisions_state AS introState, m.intro_decision_sentences AS introSentences
         FROM meetings m JOIN committees c ON c.id = m.committee_id
         WHERE m.cancelled_at IS NULL AND (? IS NULL OR m.committee_id = ?))
       WHERE items > 0 OR opening = 1
       ORDER BY date IS NULL, date DESC, meetingId DESC`,
    )
    .all(committeeId ?? null, committeeId ?? null) as Array<Omit<UnreadDecisionsMeeting, 'opening'> & { opening: number; introState: ItemDecisionsState | null; introSentences: string | null }>;
  const flagged = db.prepare(
    `SELECT id, minutes_text AS minutesText, decisions_state AS state FROM items
     WHERE meeting_id = ? AND withdrawn_at IS NULL AND decisions_state IN ('partial', 'unread')`,
  );
  const decisionsOf = db.prepare('SELECT text, passage FROM decisions WHERE item_id = ? AND withdrawn_at IS NULL');
  return rows
    .map(({ introState, introSentences, ...r }) => {
      const dealtWith = sentencesDealtWith(db, r.meetingId);
      const items = (flagged.all(r.meetingId) as Array<{ id: number; minutesText: string; state: ItemDecisionsState }>).filter(
        (i) => possibleDecisions(i.minutesText, decisionsOf.all(i.id) as Array<{ text: string; passage: string | null }>, i.state, dealtWith).state !== 'read',
      ).length;
      const opening = r.opening === 1 && openingPossibleDecisions(introState, introSentences ? (JSON.parse(introSentences) as string[]) : [], dealtWith).state !== 'read';
      return { ...r, items, opening };
    })
    .filter((r) => r.items > 0 || r.opening);
}
