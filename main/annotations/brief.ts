/**
 * The meeting brief: the member's questions and notes for a meeting in agenda order, as data for
 * the app and as a Word document to print or take into the meeting.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { format, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { BriefEntry, BriefSection, MeetingBrief } from '../../shared/types/annotations';
import { NotFoundError } from '../library/queries';
import { listAnnotations } from './store';

/** "Tuesday, 14 January 2025" */
export const longDate = (isoDate: string) => format(parseISO(isoDate), 'EEEE, d MMMM yyyy', { locale: enGB });

export function meetingBrief(db: Database.Database, meetingId: number): MeetingBrief {
  const meeting = db
    .prepare('SELECT m.date, c.name AS committee FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE m.id = ?')
    .get(meetingId) as { date: string | null; committee: string } | undefined;
  if (!meeting) throw new NotFoundError('That meeting is not in the library.');
  const items = db
    .prepare('SELECT id, number, title FROM items WHERE meeting_id = ? ORDER BY position')
    .all(meetingId) as Array<{ id: number; number: string | null; title: string }>;
  const titles = new Map(
    (db.prepare('SELECT id, title FROM documents WHERE meeting_id = ?').all(meetingId) as Array<{ id: number; title: string }>).map((d) => [d.id, d.title]),
  );
  const annotations = listAnnotations(db, { meetingId }).filter((a) => a.kind !== 'highlight' && a.status !== 'dismissed');

  const general: BriefSection = { item: null, heading: 'The meeting as a whole', entries: [] };
  const sections = new Map<number, BriefSection>(
    items.map((i) => [i.id, { item: i, heading: i.number ? `${i.number}. ${i.title}` : i.title, entries: [] }]),
  );
  const other: BriefSection = { item: null, heading: 'Other pages', entries: [] };
  const entry = (a: (typeof annotations)[number]): BriefEntry => ({
    id: a.id,
    kind: a.kind as 'note' | 'question',
    number: null,
    body: a.body,
    asked: a.asked,
    quote: a.quote?.exact ?? (a.status === 'orphaned' ? (a.original?.exact ?? null) : null),
    pageNumber: a.pageNumber,
    documentTitle: a.documentId === null ? null : (titles.get(a.documentId) ?? null),
    status: a.status,
    tags: a.tags,
  });
  // listAnnotations is already in document, page, offset order; meeting and item notes first within a section.
  const ordered = [...annotations].sort((a, b) => Number(a.documentId !== null) - Number(b.documentId !== null));
  for (const a of ordered) {
    const section = a.itemId !== null ? sections.get(a.itemId) : a.target === 'meeting' ? general : other;
    (section ?? other).entries.push(entry(a));
  }
  const all = [general, ...sections.values(), other].filter((s) => s.entries.length > 0);
  let n = 0;
  for (const s of all) for (const e of s.entries) if (e.kind === 'question') e.number = ++n;
  const title = `Questions and notes — ${meeting.committee}${meeting.date ? `, ${longDate(meeting.date)}` : ''}`;
  return {
    meetingId,
    committeeName: meeting.committee,
    date: meeting.date,
    title,
    sections: all,
    questionCount: n,
    noteCount: all.reduce((sum, s) => sum + s.entries.filter((e) => e.kind === 'note').length, 0),
  };
}

const where = (e: BriefEntry) =>
  [e.documentTitle, e.pageNumber !== null ? `page ${e.pageNumber}` : null].filter(Boolean).join(', ') +
  (e.status === 'orphaned' ? ' — the passage is not in the latest version' : '');

/** The brief as a .docx: title, a heading per agenda item, quotes indented in italics, numbered questions with a tick box. */
export async function meetingBriefDocx(db: Database.Database, meetingId: number): Promise<Uint8Array> {
  const brief = meetingBrief(db, meetingId);
  const children: Paragraph[] = [new Paragraph({ text: brief.title, heading: HeadingLevel.TITLE })];
  if (brief.sections.length === 0) children.push(new Paragraph('No questions or notes yet.'));
  for (const section of brief.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    for (const e of section.entries) {
      if (e.kind === 'question') {
        children.push(
          new Paragraph({
            spacing: { before: 160 },
            children: [
              new TextRun({ text: `${e.asked ? '☒' : '☐'} ` }),
              new TextRun({ text: `${e.number}. `, bold: true }),
              new TextRun({ text: e.body || '(question not written yet)' }),
            ],
          }),
        );
      } else {
        children.push(new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: 'Note: ', bold: true }), new TextRun({ text: e.body })] }));
      }
      if (e.quote) {
        children.push(new Paragraph({ indent: { left: 720 }, children: [new TextRun({ text: `“${e.quote.replace(/\s+/g, ' ').trim()}”`, italics: true })] }));
      }
      const place = where(e);
      if (place) children.push(new Paragraph({ indent: { left: 720 }, alignment: AlignmentType.LEFT, children: [new TextRun({ text: place, size: 18 })] }));
    }
  }
  const doc = new Document({
    creator: 'Scrutineer',
    title: brief.title,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
