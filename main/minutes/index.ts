/**
 * The minutes parser: council minutes (ModernGov page text, saved HTML, PDF text, ModernGov XML)
 * → ParsedMinutes. Pure: no I/O; callers hand in text.
 */
import type { ParsedMinutes } from '../../shared/types/minutes';
import { toBlocks } from './blocks';
import { assertLooksLikeMinutes, detectMinutesKind } from './detect';
import { MinutesFormatError } from './errors';
import { htmlToText } from './html-to-text';
import { parseModernGovXml } from './moderngov-xml';
import { parseBlocks, parseMinutesText } from './text-parser';

export { MinutesFormatError } from './errors';
export type { MinutesInputKind } from './detect';
export { detectMinutesKind, parseMinutesText };

/** A saved ModernGov page (.html/.htm): converted to structured text, then read like a copy. */
export function parseMinutesHtml(html: string): ParsedMinutes {
  if (typeof html !== 'string' || html.trim() === '') throw new MinutesFormatError('the file is empty.');
  const text = htmlToText(html);
  assertLooksLikeMinutes(text);
  return parseBlocks(toBlocks(text));
}

/** Dispatches on the sniffed kind. 'pdf-text' is PDF pages already extracted and joined with "\f". */
export function parseMinutes(fileName: string, text: string): ParsedMinutes {
  switch (detectMinutesKind(fileName, text)) {
    case 'moderngov-xml':
      return parseModernGovXml(text);
    case 'html':
      return parseMinutesHtml(text);
    case 'pdf-text':
    case 'text':
      return parseMinutesText(text);
  }
}
