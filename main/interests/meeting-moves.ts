/** Declarations the member made, and warnings they dismissed, follow their meeting (main/library/meeting-moves.ts). */
import { followMeetingMoves, inList } from '../library/meeting-moves';

export function followMeetingsWithInterests(): void {
  followMeetingMoves('interests', {
    parts: [
      { table: 'interest_dismissals', where: 'meeting_id = @m' },
      { table: 'my_declarations', where: 'meeting_id = @m' },
    ],
    skipOnClash: ['interest_dismissals'],
    mergeRepoints: ['interest_dismissals', 'my_declarations'],
    // The same dismissal on both meetings stays behind: it goes with the merged-away meeting.
    afterMerge: (db, e) => db.prepare('DELETE FROM interest_dismissals WHERE meeting_id = ?').run(e.otherId),
    split: (db, e) => {
      const items = JSON.stringify(e.itemIds);
      db.prepare(`UPDATE my_declarations SET meeting_id = ? WHERE meeting_id = ? AND ${inList('item_id')}`).run(e.toId, e.fromId, items);
      db.prepare(`DELETE FROM interest_dismissals WHERE meeting_id = ? AND ${inList('item_id')}`).run(e.fromId, items);
    },
  });
}
