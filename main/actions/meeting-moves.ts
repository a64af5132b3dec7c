/** The tracker's entries, their log and evidence follow their meeting (main/library/meeting-moves.ts). */
import { followMeetingMoves, inList } from '../library/meeting-moves';

const ENTRIES = 'SELECT id FROM action_entries WHERE meeting_id = @m';

export function followMeetingsWithActions(): void {
  followMeetingMoves('actions', {
    parts: [
      { table: 'action_entries', where: 'meeting_id = @m' },
      { table: 'action_updates', where: `entry_id IN (${ENTRIES})` },
      { table: 'action_evidence', where: `entry_id IN (${ENTRIES})` },
      { table: 'action_proposals', where: `entry_id IN (${ENTRIES}) OR meeting_id = @m` },
    ],
    skipOnClash: ['action_proposals'],
    // Entries take the kept meeting's committee as they move.
    beforeMerge: (db, e) =>
      db.prepare('UPDATE action_entries SET committee_id = (SELECT committee_id FROM meetings WHERE id = ?) WHERE meeting_id = ?').run(e.keepId, e.otherId),
    mergeRepoints: ['action_entries', 'action_proposals'],
    // The same proposal on both meetings stays behind: it goes with the merged-away meeting.
    afterMerge: (db, e) => db.prepare('DELETE FROM action_proposals WHERE meeting_id = ?').run(e.otherId),
    // Entries on the file's items or its decisions (moved by the library first) go with it.
    split: (db, e) => {
      const items = JSON.stringify(e.itemIds);
      db.prepare(`UPDATE action_entries SET meeting_id = ? WHERE meeting_id = ? AND (${inList('item_id')} OR decision_id IN (SELECT id FROM decisions WHERE meeting_id = ?))`).run(
        e.toId,
        e.fromId,
        items,
        e.toId,
      );
      db.prepare(`DELETE FROM action_proposals WHERE meeting_id = ? AND ${inList('item_id')}`).run(e.fromId, items);
    },
  });
}
