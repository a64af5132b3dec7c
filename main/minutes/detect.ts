import type { MinutesDocumentKind } from '../../shared/types/minutes';
import { assertMinutesOrAgenda } from './document-kind';
import { MinutesFormatError } from './errors';
import { htmlToText } from './html-to-text';

export type MinutesInputKind = 'html' | 'text' | 'pdf-text' | 'moderngov-xml';

const SAMPLE = 8192;

function sample(text: string): string {
  return text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
}

/** Rejects empty input and bytes that are not text (images, archives, raw PDF). */
function assertText(fileName: string, text: string): void {
  if (typeof text !== 'string' || text.trim().length === 0) throw new MinutesFormatError('the file is empty.');
  const head = sample(text);
  if (/^%PDF-/.test(head.trimStart())) throw new MinutesFormatError('it is a PDF whose text has not been extracted.');
  const magic = [
    [0x89, 0x50, 0x4e, 0x47], // PNG
    [0x47, 0x49, 0x46, 0x38], // GIF
    [0xff, 0xd8, 0xff], // JPEG
    [0x50, 0x4b, 0x03, 0x04], // ZIP / DOCX
    [0x49, 0x49, 0x2a, 0x00], // TIFF
    [0x4d, 0x4d, 0x00, 0x2a], // TIFF
  ];
  if (magic.some((sig) => sig.every((byte, k) => head.charCodeAt(k) === byte))) {
    throw new MinutesFormatError('it is an image or other binary file, not text.');
  }
  let bad = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  if (bad > head.length * 0.02) throw new MinutesFormatError(`it contains binary data (${fileName ? `"${fileName}" ` : ''}is probably an image or other non-text file).`);
}

/** Refuses binary input and text that is neither minutes nor an agenda (NotMinutesError); says which it is (`known` when already classified). */
export function assertLooksLikeMinutes(text: string, known?: MinutesDocumentKind): MinutesDocumentKind {
  assertText('', text);
  return known ?? assertMinutesOrAgenda(text);
}

const XML_RE = /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:meeting|GetMeetingResult|GetMeetingResponse|soap:Envelope)\b/i;
const HTML_RE = /<(?:!doctype\s+html|html|head|body|div|p|table|span|h[1-6]|ul|li|br)\b/i;

/** Sniffs the content (the file name is only a hint) and says how to parse it; refuses what is neither minutes nor an agenda. */
export function detectMinutesKind(fileName: string, text: string): MinutesInputKind {
  const kind = sniffInputKind(fileName, text);
  if (kind === 'html') assertMinutesOrAgenda(htmlToText(text));
  else if (kind !== 'moderngov-xml') assertMinutesOrAgenda(text);
  return kind;
}

/**
 * detectMinutesKind without reading what the document is: for a caller that classifies the text it goes on
 * to parse (parseMinutesDetailed), so the same text is not classified twice.
 */
export function sniffInputKind(fileName: string, text: string): MinutesInputKind {
  assertText(fileName, text);
  const head = sample(text);
  const ext = (/\.([a-z0-9]{1,6})$/i.exec(fileName ?? '')?.[1] ?? '').toLowerCase();
  // XML declaring a DTD or entities is refused for that reason (entity expansion attacks); a saved XHTML page's doctype is fine.
  if ((/^\s*<\?xml/i.test(head) || ext === 'xml') && /<!ENTITY\b|<!DOCTYPE\s+(?!html\b)/i.test(head)) {
    throw new MinutesFormatError('the file declares a DTD or entities (<!DOCTYPE> or <!ENTITY>), which Scrutineer refuses for safety.');
  }
  if (XML_RE.test(head) && /<(?:agendaitems|meetingdate|agendaitem|meetingid)\b/i.test(text.slice(0, 200000))) return 'moderngov-xml';
  if (XML_RE.test(head) || (ext === 'xml' && /^\s*</.test(head))) {
    throw new MinutesFormatError('it is XML but not a ModernGov meeting (GetMeeting) response.');
  }
  const tags = head.match(/<\/?[a-z][a-z0-9]*\b[^>]{0,500}>/gi)?.length ?? 0;
  if (HTML_RE.test(head) && tags >= 3) return 'html';
  if (text.includes('\f') || ext === 'pdf') return 'pdf-text';
  return 'text';
}
