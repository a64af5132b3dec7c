/** Papers follow their meetings (main/pipeline.ts): item ↔ page maps, and a minutes PDF kept as the meeting's paper. */
import { subscribe } from '../pipeline';
import { documentTitle } from './classify';
import { purgePaperText } from './purge';
import { refreshItemMaps, writeVersion } from './store';

export function subscribePapers(): void {
  subscribe('meeting-changed', 'papers', (db, e) => refreshItemMaps(db, e.meetingId));
  subscribe('papers-purged', 'papers', (db, e) => purgePaperText(db, e.documentIds, e.stamp));
  subscribe('minutes-ingested', 'papers', (db, e) => {
    if (!e.pdf) return;
    writeVersion(db, {
      meetingId: e.meetingId,
      itemId: null,
      kind: 'minutes',
      title: documentTitle('minutes', e.pdf.fileName),
      sha256: e.pdf.sha256,
      fileName: e.pdf.fileName,
      byteSize: e.pdf.byteSize,
      pages: e.pdf.pages,
    });
  });
}
