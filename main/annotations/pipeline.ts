/** Annotations follow their papers (main/pipeline.ts): a new version re-anchors the member's annotations on earlier ones. */
import { subscribe } from '../pipeline';
import { type ReanchorSummary, reanchorDocument } from './reanchor';

export function subscribeAnnotations(): void {
  subscribe('version-written', 'annotations', (db, e): ReanchorSummary | null => (e.previousVersion > 0 ? reanchorDocument(db, e.documentId, e.versionId) : null));
}
