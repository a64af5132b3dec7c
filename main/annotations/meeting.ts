/**
 * A meeting's annotations in agenda order: notes on the meeting as a whole first, then each agenda
 * item (notes on the item, then its papers' passages by paper, page and offset), then pages outside
 * any item's report. Shared by the meeting's annotations view and the brief.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Annotation, MeetingAnnotationSection, MeetingAnnotationsView } from '../../shared/types/annotations';
import { NotFoundError } from '../errors';
import { listAnnotations } from './store';

export interface MeetingHead {
  committee: string;
  date: string | null;
}

export function meetingHead(db: Database.Database, meetingId: number): MeetingHead {
  const meeting = db
    .prepare('SELECT m.date, c.name AS committee FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE m.id = ?')
    .get(meetingId) as MeetingHead | undefined;
  if (!meeting) throw new NotFoundError('That meeting is not in the library.');
  return meeting;
}

export interface AgendaSection<T> {
  item: { id: number; number: string | null; title: string } | null;
  heading: string;
  entries: T[];
}

/**
 * Groups annotations (in listAnnotations' reading order) by agenda item, in agenda order, mapping
 * each with `entry`. Sections without entries are left out.
 */
export function byAgenda<T>(db: Database.Database, meetingId: number, annotations: readonly Annotation[], entry: (a: Annotation) => T): Array<AgendaSection<T>> {
  const items = db
    .prepare('SELECT id, number, title FROM items WHERE meeting_id = ? ORDER BY position')
    .all(meetingId) as Array<{ id: number; number: string | null; title: string }>;
  const general: AgendaSection<T> = { item: null, heading: 'The meeting as a whole', entries: [] };
  const sections = new Map<number, AgendaSection<T>>(items.map((i) => [i.id, { item: i, heading: i.number ? `${i.number}. ${i.title}` : i.title, entries: [] }]));
  const other: AgendaSection<T> = { item: null, heading: 'Other pages', entries: [] };
  // Notes on an item or the meeting (no paper) come first within their section; the sort is stable.
  const ordered = [...annotations].sort((a, b) => Number(a.documentId !== null) - Number(b.documentId !== null));
  for (const a of ordered) {
    const section = a.itemId !== null ? sections.get(a.itemId) : a.target === 'meeting' ? general : other;
    (section ?? other).entries.push(entry(a));
  }
  return [general, ...sections.values(), other].filter((s) => s.entries.length > 0);
}

/** Every annotation of a meeting not in the bin: anchored ones by agenda section, orphans apart, dismissed counted. */
export function meetingAnnotations(db: Database.Database, meetingId: number): MeetingAnnotationsView {
  const head = meetingHead(db, meetingId);
  const all = listAnnotations(db, { meetingId });
  const anchored = all.filter((a) => a.status === 'anchored');
  const sections: MeetingAnnotationSection[] = byAgenda(db, meetingId, anchored, (a) => a);
  const ids = [...new Set(all.map((a) => a.documentId).filter((id): id is number => id !== null))];
  const documents = ids.length
    ? (db.prepare(`SELECT id, title FROM documents WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`).all(...ids) as Array<{ id: number; title: string }>)
    : [];
  return {
    meetingId,
    committeeName: head.committee,
    date: head.date,
    documents,
    sections,
    needsAttention: all.filter((a) => a.status === 'orphaned'),
    dismissedCount: all.filter((a) => a.status === 'dismissed').length,
  };
}
