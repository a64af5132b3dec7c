/**
 * An agenda's business minuted as bullets, each bullet its heading and then the minute after a dash: "• Declarations of
 * Interest – none", "• Finance and payments to approve – (see appendix 1) approved, proposed CG …". Read when no
 * other reading found the items: three or more such bullets, one of them business every meeting has (apologies,
 * declarations, the last minutes), and each heading short, are the page's items.
 */
import type { Block } from './blocks';
import { withHeadingsApart, type BlockHeading } from './heading-split';

/** The heading: a capitalised phrase of up to fourteen words, then a dash (or a sentence's end) before the minute. */
const BULLET_HEAD_RE = /^(\p{Lu}[^–—.:;]{2,120}?)(?:\s+[–—-]\s+|\.\s+(?=\p{Lu})|:\s+)(?=\S)/u;
const BUSINESS_RE = /\b(?:apolog\w*|declarations?\s+of\s+interests?|minutes)\b/i;
const MAX_WORDS = 14;

export function splitBulletHeadings(blocks: readonly Block[]): { blocks: Block[]; headings: string[] } | null {
  const heads = new Map<number, BlockHeading>();
  blocks.forEach((b, i) => {
    if (!b.bullet) return;
    const m = BULLET_HEAD_RE.exec(b.text);
    const heading = m?.[1]?.trim();
    if (!m || !heading || heading.split(/\s+/).length > MAX_WORDS) return;
    heads.set(i, { heading, end: m[0].length });
  });
  if (heads.size < 3 || ![...heads.values()].some((h) => BUSINESS_RE.test(h.heading))) return null;
  return withHeadingsApart(blocks, heads);
}
