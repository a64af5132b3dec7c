/** The action log for the next agenda: CSV, ICS (due dates as all-day events) and DOCX ("matters arising"). */
import { addDays, format, parseISO } from 'date-fns';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableRow, TextRun, WidthType } from 'docx';
import { ACTION_STATUS_LABEL, type ActionEntry } from '../../shared/types/actions';
import { toCsv } from '../export/csv';
import { cell } from '../export/docx';

export const statusLabel = (s: ActionEntry['shownStatus']) => ACTION_STATUS_LABEL[s];
const longDate = (iso: string | null) => (iso ? format(parseISO(iso), 'EEEE, d MMMM yyyy') : '');
const due = (e: ActionEntry) => (e.dueDate ? longDate(e.dueDate) : (e.dueText ?? ''));
const lastNote = (e: ActionEntry) => [...e.updates].reverse().find((u) => u.note)?.note ?? '';

export function actionsCsv(entries: ActionEntry[]): string {
  return toCsv([
    ['ID', 'Committee', 'Meeting', 'Item', 'Type', 'What', 'Owner', 'Due', 'Status', 'Recommended to', 'Response', 'Latest note', 'Checked'],
    ...entries.map((e) => [
      String(e.id),
      e.committee.name,
      e.meeting?.date ?? '',
      e.item ? `${e.item.number ? `${e.item.number}. ` : ''}${e.item.title}` : '',
      e.kind === 'recommendation' ? 'Recommendation' : 'Action',
      e.what,
      e.owner ?? '',
      e.dueDate ?? e.dueText ?? '',
      statusLabel(e.shownStatus),
      e.recommendedTo ?? '',
      e.response ?? '',
      lastNote(e),
      // Read from the minutes and not checked: the owner and due date are Scrutineer's reading, said so in the file too.
      e.checked ? 'Yes' : 'No, as read from the minutes',
    ]),
  ]);
}

/** iCalendar text (RFC 5545 3.3.11): escape backslash, semicolon, comma and newlines. */
function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** The first `max` characters (code points, so an emoji is never cut in half). */
const firstChars = (s: string, max: number) => Array.from(s).slice(0, max).join('');

/**
 * RFC 5545 3.1: a content line longer than 75 octets is folded (CRLF and one space) at 75 octets of
 * UTF-8, between characters: never inside a multi-byte sequence or a surrogate pair. The continuation
 * line's leading space counts towards its 75.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

export function actionsIcs(entries: ActionEntry[], stamp = new Date()): string {
  const dtstamp = format(stamp, "yyyyMMdd'T'HHmmss'Z'");
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Scrutineer//Actions//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of entries.filter((x) => x.dueDate)) {
    const day = parseISO(e.dueDate as string);
    lines.push(
      'BEGIN:VEVENT',
      `UID:scrutineer-action-${e.id}@scrutineer.local`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${format(day, 'yyyyMMdd')}`,
      `DTEND;VALUE=DATE:${format(addDays(day, 1), 'yyyyMMdd')}`,
      `SUMMARY:${icsText(`Due: ${firstChars(e.what, 120)}`)}`,
      `DESCRIPTION:${icsText(`${e.committee.name}${e.meeting?.date ? `, meeting of ${longDate(e.meeting.date)}` : ''}. Owner: ${e.owner ?? 'not named'}. Status: ${statusLabel(e.shownStatus)}.`)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}


/** "Matters arising / action log" for the next agenda, ready to paste. */
export async function actionsDocx(entries: ActionEntry[], title: string): Promise<Uint8Array> {
  const header = new TableRow({ tableHeader: true, children: ['Meeting and item', 'Action or recommendation', 'Owner', 'Due', 'Status and update'].map((t) => cell(t, true)) });
  const rows = entries.map(
    (e) =>
      new TableRow({
        children: [
          cell(`${e.meeting?.date ? longDate(e.meeting.date) : ''}${e.item ? ` — ${e.item.number ? `${e.item.number}. ` : ''}${e.item.title}` : ''}`),
          cell(e.what),
          cell(e.owner ?? 'Not named'),
          cell(due(e)),
          cell(`${statusLabel(e.shownStatus)}${lastNote(e) ? `: ${lastNote(e)}` : ''}`),
        ],
      }),
  );
  const doc = new Document({
    creator: 'Scrutineer',
    title,
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun({ text: `Produced ${longDate(format(new Date(), 'yyyy-MM-dd'))}`, italics: true })], alignment: AlignmentType.LEFT }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
