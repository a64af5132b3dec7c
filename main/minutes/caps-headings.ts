/**
 * Headings told by their layout alone, whatever their words: paragraphs that open with words in capitals and go on in
 * ordinary case ("CONFIRMATION OF MINUTES RESOLVED: That …", "CHAIRMAN’S ANNOUNCEMENTS The Chairman had …"). Read when
 * neither the item reader, the standard headings nor the page's numbering found the items; three or more such paragraphs
 * are the page's items.
 */
import type { Block } from './blocks';
import { withHeadingsApart } from './heading-split';

/** Words in capitals at a paragraph's start, up to ordinary text, a resolution's label, or the paragraph's end. */
// ("REPORTS FROM VISITING REPRESENTATIVE(S). D/Cllr Jackson …": a plural's letter in brackets is the heading's; "D/Cllr",
// a district councillor, starts the text.)
const CAPS_OPEN_RE = /^((?:[\p{Lu}\d][\p{Lu}\d‟’'&,/.-]*)(?:\s+(?:[\p{Lu}\d&–—-][\p{Lu}\d‟’'&,/.-]*(?:\(S\)\.?)?)){0,12}?)(?:\s*[:–—-](?:\s*[–—-])?\s*|\s+)(?=\p{Lu}\p{Ll}|\p{Lu}\.\s|\p{Lu}\/\p{Lu}\p{Ll}|\(|(?:RESOLVED|AGREED|NOTED|RECOMMENDED)\b|[AI]\s+\p{Ll}|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll})|^((?:[\p{Lu}\d][\p{Lu}\d‟’'&,/.-]*)(?:\s+(?:[\p{Lu}\d&–—-][\p{Lu}\d‟’'&,/.-]*)){0,12})\s*:?$/u;
/** Labels of the lists of who came, a resolution's label alone, and the header's lines: not business. */
// ("MINUTES FROM THE PARISH COUNCIL MEETING HELD ON Nov 22nd 2022": the page's title, its date in ordinary case.)
const NOT_HEADING_RE = /^(?:PRESENT|ALSO\s+PRESENT|IN\s+ATTENDANCE|MEMBERS\s+PRESENT|ABSENT|RESOLVED|AGREED|NOTED|RECOMMENDED|ACTION|NB|PS|PTO)$|\b(?:HELD|COUNCIL|COMMITTEE|PANEL|BOARD)$|\bHELD\s+(?:ON|AT|IN)$|^(?:MINUTES?|NOTES)\s+(?:OF|FROM|FOR)\s+(?:THE|A|AN)\s/u;

export interface CapsHeading {
  block: number;
  heading: string;
  /** Where the paragraph's text starts after the heading. */
  end: number;
}

/** The headings in capitals that open paragraphs, in order; at most one a block. */
export function capsHeadingsIn(blocks: readonly Block[]): CapsHeading[] {
  const out: CapsHeading[] = [];
  blocks.forEach((b, block) => {
    if (b.bullet) return;
    const m = CAPS_OPEN_RE.exec(b.text);
    const heading = (m?.[1] ?? m?.[2] ?? '').replace(/[\s:;,–—-]+$/, '');
    if (!m || !heading) return;
    const letters = heading.replace(/[^\p{Lu}]/gu, '').length;
    const words = heading.split(/\s+/).filter((w) => /\p{Lu}/u.test(w));
    // "ALCA had obtained …" is a sentence; a heading is two words in capitals or one long one ("CORRESPONDENCE").
    if (letters < 6 || (words.length < 2 && letters < 8) || NOT_HEADING_RE.test(heading)) return;
    // A date in the words is the header's line ("15th SEPTEMBER 2009"), not business.
    if (/\b(?:19|20)\d{2}\b/.test(heading) && words.length <= 3) return;
    out.push({ block, heading, end: m[0].length });
  });
  return out;
}

/**
 * The blocks with each heading in capitals on a line of its own, and the headings; null when fewer than three stand, or
 * when the page's headings are not in capitals at all (most paragraphs opening in capitals, a page typed in them).
 */
export function splitCapsHeadings(blocks: readonly Block[]): { blocks: Block[]; headings: string[] } | null {
  const heads = capsHeadingsIn(blocks);
  if (heads.length < 3) return null;
  // A page typed all in capitals has no headings by case.
  const capsBlocks = blocks.filter((b) => b.text.length > 40 && !/\p{Ll}/u.test(b.text)).length;
  if (capsBlocks * 2 > blocks.length) return null;
  return withHeadingsApart(blocks, new Map(heads.map((h) => [h.block, h])));
}
