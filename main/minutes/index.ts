/**
 * The minutes parser: council minutes (ModernGov page text, saved HTML, PDF text, ModernGov XML)
 * → ParsedMinutes. Pure: no I/O; callers hand in text.
 */
import type { ParsedMinutes } from '../../shared/types/minutes';
import { toBlocks } from './blocks';
import { assertLooksLikeMinutes, detectMinutesKind, sniffInputKind } from './detect';
import { assertMinutesOrAgenda } from './document-kind';
import { MinutesFormatError } from './errors';
import { htmlToText } from './html-to-text';
import { addressLineOf, readHtmlMeta } from './provenance';
import { parseModernGovXmlDetailed } from './moderngov-xml';
import { parseBlocksDetailed, parseMinutesText, parseMinutesTextDetailed } from './text-parser';
import type { Attendee } from './attendance';

export { MinutesFormatError, NotMinutesError } from './errors';
export { classifyDocument } from './document-kind';
export type { MinutesInputKind } from './detect';
export type { Attendee, AttendanceStatus } from './attendance';
export { detectMinutesKind, parseMinutesText };

/** A saved ModernGov page (.html/.htm): converted to structured text, then read like a copy. */
export function parseMinutesHtml(html: string): ParsedMinutes {
  return parseMinutesHtmlDetailed(html).minutes;
}

/** `wholeClassified`: false when the caller only sniffed the input, so the page's whole text is still to be classified. */
function parseMinutesHtmlDetailed(html: string, wholeClassified = true): MinutesWithAttendance {
  if (typeof html !== 'string' || html.trim() === '') throw new MinutesFormatError('the file is empty.');
  const whole = htmlToText(html);
  const { address, text } = addressLineOf(whole);
  const classified = text.trim() === '' ? whole : text;
  // The page's whole text is refused when it is neither minutes nor an agenda, even if the text without its address line is one.
  const wholeKind = wholeClassified ? undefined : assertMinutesOrAgenda(whole);
  const meta = readHtmlMeta(html);
  const document = assertLooksLikeMinutes(classified, classified === whole ? wholeKind : undefined);
  return parseBlocksDetailed(toBlocks(text), { document, sourceAddress: meta.sourceAddress ?? address, title: meta.title });
}

export interface MinutesWithAttendance {
  /** Exactly what parseMinutes returns (the minutes contract). */
  minutes: ParsedMinutes;
  /** Present members (role "Chair", "Vice-Chair", "substitute for X", "co-opted member"), others in attendance (role = their post), apologies, absent. */
  attendance: Attendee[];
}

/**
 * parseMinutes plus attendance. ModernGov XML attendees come from its attendee records.
 * Every path classifies the file first: minutes ('document: minutes'), an agenda ('document: agenda',
 * with no decisions or declarations), or neither — then a NotMinutesError says why in one sentence.
 */
export function parseMinutesDetailed(fileName: string, text: string): MinutesWithAttendance {
  // Sniffed, not yet classified: the parsers below classify the text they read (once, not twice).
  switch (sniffInputKind(fileName, text)) {
    case 'moderngov-xml':
      // Strict: a cut-off or malformed file is refused, never read as a meeting with less in it.
      return parseModernGovXmlDetailed(text, { strict: true });
    case 'html':
      return parseMinutesHtmlDetailed(text, false);
    case 'pdf-text':
    case 'text':
      return parseMinutesTextDetailed(text, false);
  }
}

/** Dispatches on the sniffed kind. 'pdf-text' is PDF pages already extracted and joined with "\f". */
export function parseMinutes(fileName: string, text: string): ParsedMinutes {
  return parseMinutesDetailed(fileName, text).minutes;
}
