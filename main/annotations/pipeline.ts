/** Annotations follow their papers (main/pipeline.ts): a new version re-anchors the member's annotations on earlier ones; a purge takes the paper's words out of them. */
import { subscribe } from '../pipeline';
import { forgetPurgedPapersWords } from './purge';
import { type ReanchorSummary, reanchorDocument } from './reanchor';

export function subscribeAnnotations(): void {
  subscribe('papers-purged', 'annotations', (db, e) => forgetPurgedPapersWords(db, e.documentIds, e.stamp));
  subscribe('version-written', 'annotations', (db, e): ReanchorSummary | null => (e.previousVersion > 0 ? reanchorDocument(db, e.documentId, e.versionId) : null));
}
