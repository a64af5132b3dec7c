import { MinutesFormatError } from './errors';

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

const STRONG_RE = [
  /^\s*(?:minutes|decision|cofnodion)\s*:\s*$/im,
  /\b(?:RESOLVED|AGREED)\b\s*(?:[:–—-]|that\b|That\b)/,
  /^\s*(?:agenda item|agenda and (?:draft )?minutes|agenda, decisions and minutes|issue\s*-\s*meetings)\s*$/im,
  /\bdeclared\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}interest/i,
  /\bapologies\s+(?:for\s+absence\s+)?(?:were|was)\s+(?:received|submitted)/i,
  /^\s*minutes\s+of\s+(?:the|a)\s+(?:\w+\s+)?meeting\s+of\b/im,
  /^\s*PRESENT\s*:/m,
  /\bthe meeting (?:concluded|closed|ended|commenced)\b/i,
];
const WEAK_RE = [
  /\b(?:committee|commission|scrutiny|cabinet|panel|sub-committee|council|pwyllgor)\b/i,
  /\bmeeting\b/i,
  /\b(?:councillors?|cllrs?|members?)\b/i,
  /\b(?:chair|chairman|chairperson|chair's|vice-chair)\b/i,
  /\b(?:agenda|minutes?|report|officers?)\b/i,
  /\b(?:apologies|declarations?|resolved|agreed|noted|recommend(?:ed|ation)s?)\b/i,
];

/** True when the text has the structure of council minutes (headings, decisions, attendance), not just prose. */
export function looksLikeMinutes(text: string): boolean {
  const s = text.length > 200000 ? text.slice(0, 200000) : text;
  if (STRONG_RE.some((re) => re.test(s))) return WEAK_RE.filter((re) => re.test(s)).length >= 2;
  return WEAK_RE.filter((re) => re.test(s)).length >= 5;
}

export function assertLooksLikeMinutes(text: string): void {
  assertText('', text);
  if (!looksLikeMinutes(text)) {
    throw new MinutesFormatError('it has no meeting structure (no agenda items, "Minutes:", apologies, declarations or resolutions).');
  }
}

const XML_RE = /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:meeting|GetMeetingResult|GetMeetingResponse|soap:Envelope)\b/i;
const HTML_RE = /<(?:!doctype\s+html|html|head|body|div|p|table|span|h[1-6]|ul|li|br)\b/i;

/** Sniffs the content (the file name is only a hint) and says how to parse it. */
export function detectMinutesKind(fileName: string, text: string): MinutesInputKind {
  assertText(fileName, text);
  const head = sample(text);
  const ext = (/\.([a-z0-9]{1,6})$/i.exec(fileName ?? '')?.[1] ?? '').toLowerCase();
  if (XML_RE.test(head) && /<(?:agendaitems|meetingdate|agendaitem|meetingid)\b/i.test(text.slice(0, 200000))) return 'moderngov-xml';
  if (XML_RE.test(head) || (ext === 'xml' && /^\s*</.test(head))) {
    throw new MinutesFormatError('it is XML but not a ModernGov meeting (GetMeeting) response.');
  }
  const tags = head.match(/<\/?[a-z][a-z0-9]*\b[^>]{0,500}>/gi)?.length ?? 0;
  if (HTML_RE.test(head) && tags >= 3) {
    if (!looksLikeMinutes(text.replace(/<[^>]{0,2000}>/g, ' '))) {
      throw new MinutesFormatError('it is a web page without meeting structure (no agenda items, "Minutes:", apologies or resolutions).');
    }
    return 'html';
  }
  if (!looksLikeMinutes(text)) {
    throw new MinutesFormatError('it has no meeting structure (no agenda items, "Minutes:", apologies, declarations or resolutions).');
  }
  if (text.includes('\f') || ext === 'pdf') return 'pdf-text';
  return 'text';
}
