/** A meeting's papers follow it through the bin, a merge and a split (main/library/meeting-moves.ts). */
import { followMeetingMoves, inList } from '../library/meeting-moves';

const DOCS = 'SELECT id FROM documents WHERE meeting_id = @m';
const VERSIONS = `SELECT id FROM document_versions WHERE document_id IN (${DOCS})`;
const ITEMS = 'SELECT id FROM items WHERE meeting_id = @m';

export function followMeetingsWithPapers(): void {
  followMeetingMoves('papers', {
    parts: [
      { table: 'documents', where: 'meeting_id = @m' },
      { table: 'document_versions', where: `document_id IN (${DOCS})` },
      { table: 'pages', where: `version_id IN (${VERSIONS})` },
      { table: 'item_pages', where: `item_id IN (${ITEMS}) OR version_id IN (${VERSIONS})` },
      { table: 'reading_positions', where: `document_id IN (${DOCS})` },
    ],
    skipOnClash: ['reading_positions', 'item_pages'],
    mergeRepoints: ['documents'],
    // The file's own PDF (printed minutes) and papers filed against its items go with it.
    split: (db, e) => {
      db.prepare(
        `UPDATE documents SET meeting_id = ? WHERE meeting_id = ?
         AND (${inList('item_id')} OR id IN (SELECT document_id FROM document_versions WHERE sha256 = ?))`,
      ).run(e.toId, e.fromId, JSON.stringify(e.itemIds), e.sha256);
    },
  });
}
