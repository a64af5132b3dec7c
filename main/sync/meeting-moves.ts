/** Links to the council's site follow their meeting through the bin and a merge (main/library/meeting-moves.ts). */
import { followMeetingMoves } from '../library/meeting-moves';

export function followMeetingsWithSync(): void {
  followMeetingMoves('sync', {
    parts: [
      { table: 'sync_meetings', where: 'meeting_id = @m' },
      { table: 'sync_documents', where: 'document_id IN (SELECT id FROM documents WHERE meeting_id = @m)' },
    ],
    skipOnClash: ['sync_meetings', 'sync_documents'],
    mergeRepoints: ['sync_meetings'],
  });
}
