/**
 * An agenda's business minuted as bullets, each bullet its heading and then the minute after a dash: "• Declarations of
 * Interest – none", "• Finance and payments to approve – (see appendix 1) approved, proposed CG …", or a bullet that is
 * the heading alone over its minute's paragraph ("- Election of Chairman" / "It was proposed, …"). Read when no
 * other reading found the items: three or more such bullets, one of them business every meeting has (apologies,
 * declarations, the last minutes), and each heading short, are the page's items.
 */
import type { Block } from './blocks';
import { withHeadingsApart, type BlockHeading } from './heading-split';

/** The heading: a capitalised phrase of up to fourteen words, then a dash (or a sentence's end) before the minute. */
const BULLET_HEAD_RE = /^(\p{Lu}[^–—.:;]{2,120}?)(?:\s+[–—-]\s+|\.\s+(?=\p{Lu})|:\s+)(?=\S)/u;
/** A heading alone: capitalised words (and the small ones between them), no full stop, verb or colon. */
const HEADING_ALONE_RE = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|for|the|to|in|on|&|\/|\d{4}(?:\/\d{2,4})?))*$/u;
const BUSINESS_RE = /\b(?:apolog\w*|declarations?\s+of\s+interests?|minutes)\b/i;
const MAX_WORDS = 14;

export function splitBulletHeadings(blocks: readonly Block[]): { blocks: Block[]; headings: string[] } | null {
  const heads = new Map<number, BlockHeading>();
  blocks.forEach((b, i) => {
    if (!b.bullet) return;
    // "- Election of Chairman" over "It was proposed, seconded and RESOLVED …": a bullet that is the heading alone, its minute
    // the paragraph under it.
    // ("- Declarations of Interest / Dispensations" over "- Cllr. NH declared an interest in …": or over bullets of sentences.)
    const next = blocks[i + 1];
    const minuteUnder = !!next && (!next.bullet || (/[.!?]$/.test(next.text.trim()) && next.text.split(/\s+/).length > 5));
    if (minuteUnder && HEADING_ALONE_RE.test(b.text) && b.text.split(/\s+/).length <= MAX_WORDS) {
      heads.set(i, { heading: b.text.trim(), end: b.text.length });
      return;
    }
    const m = BULLET_HEAD_RE.exec(b.text);
    const heading = m?.[1]?.trim();
    // ("- Cllr. NH declared …": a member's title and its full stop are no heading.)
    if (!m || !heading || heading.split(/\s+/).length > MAX_WORDS || /^(?:Cllrs?|Councillors?|Coun|Mr|Mrs|Ms|Miss|Dr|Prof)$/.test(heading)) return;
    heads.set(i, { heading, end: m[0].length });
  });
  if (heads.size < 3 || ![...heads.values()].some((h) => BUSINESS_RE.test(h.heading))) return null;
  return withHeadingsApart(blocks, heads);
}
