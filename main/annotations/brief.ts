/**
 * The meeting brief: the member's questions and notes for a meeting in agenda order, as data for
 * the app and as a Word document to print or take into the meeting.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { format, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { BriefEntry, BriefSection, MeetingBrief } from '../../shared/types/annotations';
import { exportFile, fileSlug, type ExportFile } from '../../shared/types/export';
import { confidentialScope, touchesConfidential } from '../confidential/confidential';
import { byAgenda, meetingHead } from './meeting';
import { listAnnotations } from './store';

/** "Tuesday, 14 January 2025" */
export const longDate = (isoDate: string) => format(parseISO(isoDate), 'EEEE, d MMMM yyyy', { locale: enGB });

/**
 * The brief. In the app every entry is there, confidential ones flagged; for the Word document
 * (includeConfidential false) entries on confidential papers and exempt items are left out and counted.
 */
export function meetingBrief(db: Database.Database, meetingId: number, options: { includeConfidential?: boolean } = {}): MeetingBrief {
  const includeConfidential = options.includeConfidential ?? true;
  const meeting = meetingHead(db, meetingId);
  const docs = db.prepare('SELECT id, title, purged_at AS purgedAt FROM documents WHERE meeting_id = ?').all(meetingId) as Array<{ id: number; title: string; purgedAt: string | null }>;
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const purged = new Set(docs.filter((d) => d.purgedAt).map((d) => d.id));
  const scope = confidentialScope(db);
  const shown = listAnnotations(db, { meetingId }).filter((a) => a.kind !== 'highlight' && a.status !== 'dismissed');
  const annotations = includeConfidential ? shown : shown.filter((a) => !touchesConfidential(scope, a));
  const confidentialLeftOut = shown.length - annotations.length;
  const entry = (a: (typeof annotations)[number]): BriefEntry => ({
    id: a.id,
    kind: a.kind as 'note' | 'question',
    number: null,
    body: a.body,
    asked: a.asked,
    quote: a.quote?.exact ?? (a.status === 'orphaned' ? (a.original?.exact ?? null) : null),
    pageNumber: a.pageNumber,
    lastPageNumber: a.lastPageNumber,
    documentTitle: a.documentId === null ? null : (titles.get(a.documentId) ?? null),
    status: a.status,
    tags: a.tags,
    confidential: touchesConfidential(scope, a),
    onPurgedPaper: a.documentId !== null && purged.has(a.documentId),
  });
  const all: BriefSection[] = byAgenda(db, meetingId, annotations, entry);
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
    confidentialLeftOut,
  };
}

/** "page 7", or "pages 7–8" for a passage running over two pages. */
export const pagesText = (first: number | null, last: number | null): string | null =>
  first === null ? null : last !== null && last > first ? `pages ${first}–${last}` : `page ${first}`;

const where = (e: BriefEntry) =>
  [e.documentTitle, pagesText(e.pageNumber, e.lastPageNumber)].filter(Boolean).join(', ') +
  (e.status === 'orphaned' ? ' — the passage is not in the latest version' : '') +
  (e.onPurgedPaper ? ' — the paper was purged after the meeting' : '') +
  (e.confidential ? ' — CONFIDENTIAL: exempt information' : '');

/**
 * The brief as a .docx named after the meeting: title, a heading per agenda item, quotes indented in
 * italics, numbered questions with a tick box.
 */
export async function meetingBriefDocx(db: Database.Database, meetingId: number, options: { includeConfidential?: boolean } = {}): Promise<ExportFile> {
  const brief = meetingBrief(db, meetingId, { includeConfidential: options.includeConfidential ?? false });
  const children: Paragraph[] = [new Paragraph({ text: brief.title, heading: HeadingLevel.TITLE })];
  if (brief.confidentialLeftOut > 0) {
    const n = brief.confidentialLeftOut;
    children.push(new Paragraph({ children: [new TextRun({ text: `${n} question${n === 1 ? '' : 's'} or note${n === 1 ? '' : 's'} on confidential (exempt) papers ${n === 1 ? 'is' : 'are'} left out of this document.`, italics: true })] }));
  }
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
  return exportFile(fileSlug(brief.title) || 'brief', 'docx', new Uint8Array(await Packer.toBuffer(doc)));
}
