/** A committee's sync report: the empty one a run starts from, and its one-line summary. */
import type { SyncCommitteeReport } from '../../shared/types/sync';

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function emptyReport(c: { id: number; title: string }): SyncCommitteeReport {
  return {
    committeeId: c.id,
    title: c.title,
    ok: true,
    meetingsNew: 0,
    meetingsUpdated: 0,
    meetingsUnchanged: 0,
    meetingsCancelled: 0,
    meetingsFailed: 0,
    documentsNew: 0,
    documentsChanged: 0,
    documentsUnchanged: 0,
    documentsSkipped: 0,
    annotationsMoved: 0,
    annotationsNeedingAttention: 0,
    message: '',
  };
}

export function summarise(r: SyncCommitteeReport): string {
  const parts: string[] = [];
  if (r.meetingsNew) parts.push(`${plural(r.meetingsNew, 'new meeting')}`);
  if (r.meetingsUpdated) parts.push(`${plural(r.meetingsUpdated, 'updated meeting')}`);
  if (r.meetingsCancelled) parts.push(`${plural(r.meetingsCancelled, 'cancelled meeting')}`);
  if (r.documentsNew) parts.push(`${plural(r.documentsNew, 'new document')}`);
  if (r.documentsChanged) parts.push(`${plural(r.documentsChanged, 'changed document')} (new version)`);
  if (r.documentsSkipped) parts.push(`${plural(r.documentsSkipped, 'document')} not downloaded`);
  if (r.meetingsFailed) parts.push(`${plural(r.meetingsFailed, 'meeting')} not fetched`);
  if (r.annotationsMoved) parts.push(`${plural(r.annotationsMoved, 'annotation')} moved to new versions`);
  if (r.annotationsNeedingAttention) parts.push(`${plural(r.annotationsNeedingAttention, 'annotation')} need${r.annotationsNeedingAttention === 1 ? 's' : ''} attention`);
  return parts.length > 0 ? `${parts.join(', ')}.` : 'Nothing new.';
}
