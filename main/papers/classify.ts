import type { DocumentKind } from '../../shared/types/papers';

/** The front of a PDF decides what it is: printed minutes, an agenda pack, a supplement or a report. */
export function classifyPdf(fileName: string, pages: readonly string[]): DocumentKind {
  const front = (pages.slice(0, 2).join('\n') || '').slice(0, 3000);
  const head = front.slice(0, 600);
  if (/\bminutes of (?:the|a)\b[^\n]{0,80}\bmeeting\b/i.test(head) || /^\s*minutes\b/i.test(head)) return 'minutes';
  if (/supplement(?:ary)?\b/i.test(fileName) || /\bsupplement(?:ary)? (?:agenda|pack|information)\b/i.test(head)) return 'supplement';
  if (/public document pack|\bagenda\b/i.test(front) || /\bagenda|pack\b/i.test(fileName)) return 'pack';
  return 'report';
}

/** A title the member recognises: the kind for packs, the file's own name for reports. */
export function documentTitle(kind: DocumentKind, fileName: string): string {
  const stem = fileName.replace(/\.pdf$/i, '').replace(/[_]+/g, ' ').trim() || 'Untitled paper';
  if (kind === 'pack') return 'Agenda pack';
  if (kind === 'minutes') return 'Minutes';
  return stem;
}

/** Control characters would break snippets (we mark hits with \u0002/\u0003) and mean nothing in text. */
export function cleanPageText(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}
