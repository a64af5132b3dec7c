/** The member's notes follow their meeting through the bin, a merge and a split (main/library/meeting-moves.ts). */
import { followMeetingMoves, inList } from '../library/meeting-moves';

const ANNOTATIONS = 'SELECT id FROM annotations WHERE meeting_id = @m OR document_id IN (SELECT id FROM documents WHERE meeting_id = @m)';

export function followMeetingsWithAnnotations(): void {
  followMeetingMoves('annotations', {
    parts: [
      { table: 'annotations', where: 'meeting_id = @m OR document_id IN (SELECT id FROM documents WHERE meeting_id = @m)' },
      { table: 'annotation_tags', where: `annotation_id IN (${ANNOTATIONS})` },
      // Earlier wordings of a note's passage: binned and restored with the note.
      { table: 'annotation_quotes', where: `annotation_id IN (${ANNOTATIONS})` },
    ],
    skipOnClash: ['annotation_tags'],
    mergeRepoints: ['annotations'],
    // Notes on the file's items, and on its papers (moved by papers first), go with it.
    split: (db, e) => {
      db.prepare(`UPDATE annotations SET meeting_id = ? WHERE meeting_id = ? AND (${inList('item_id')} OR document_id IN (SELECT id FROM documents WHERE meeting_id = ?))`).run(
        e.toId,
        e.fromId,
        JSON.stringify(e.itemIds),
        e.toId,
      );
    },
  });
}
