/**
 * Re-anchoring a passage that runs over a page break. Its quote then holds the lines around the
 * break (a running footer or header such as "Page 5"), which a revised pack renumbers when pages
 * are inserted or removed; the whole quote no longer matches and, a figure having changed, may not
 * be placed approximately either. So the passage is found by its two ends instead: its start up to
 * the last line before the first break, and its end from the first line after the last break, each
 * anchored with its own context. The two must land in order, about as far apart as before, and
 * the figures in between (the lines next to page breaks aside) must be the same; otherwise the
 * passage stays an orphan. Pure: texts and offsets in, offsets out.
 */
import type { AnchorResult, DocumentText } from './anchoring';
import type { Reanchorer } from './reanchorer';
import { pageAt } from './anchoring';

export interface PagedText extends DocumentText {
  pages: readonly string[];
}

export interface PageSplit {
  /** The start of the passage, up to the last line before its first page break. */
  head: [number, number];
  /** The end of the passage, from the first line after its last page break. */
  tail: [number, number];
  /** The passage without the lines next to its page breaks. */
  core: string;
}

const blank = (s: string) => s.trim() === '';

/** Splits text[start, end) at its page breaks; null when it is on one page or an end would be empty. */
export function splitAtPages(doc: PagedText, start: number, end: number): PageSplit | null {
  const first = pageAt(doc.pageStarts, start);
  const last = pageAt(doc.pageStarts, Math.max(start, end - 1));
  if (last <= first) return null;
  const kept: string[] = [];
  let head: [number, number] = [start, start];
  let tail: [number, number] = [end, end];
  for (let p = first; p <= last; p++) {
    const pageStart = doc.pageStarts[p - 1] as number;
    let a = Math.max(start, pageStart);
    let b = Math.min(end, pageStart + (doc.pages[p - 1] as string).length);
    let part = doc.text.slice(a, b);
    if (p > first) {
      // The first line after a break, if the part has another.
      const nl = part.search(/\n\s*\S/);
      if (nl !== -1 && !blank(part.slice(0, nl))) {
        const skip = nl + 1;
        a += skip;
        part = part.slice(skip);
      }
    }
    if (p < last) {
      // The last line before a break, if the part has another.
      const trimmed = part.replace(/\s+$/, '');
      const nl = trimmed.lastIndexOf('\n');
      if (nl > 0 && !blank(trimmed.slice(0, nl))) {
        b = a + nl;
        part = part.slice(0, nl);
      }
    }
    if (p === first) head = [start, b];
    if (p === last) tail = [a, end];
    kept.push(part);
  }
  if (blank(doc.text.slice(head[0], head[1])) || blank(doc.text.slice(tail[0], tail[1]))) return null;
  return { head, tail, core: kept.join('\n') };
}

const figures = (s: string) => s.match(/\d[\d,.]*/g)?.join(' ') ?? '';

/**
 * Places a passage over page breaks in the new text by its two ends (see the top of this file), or
 * returns null when that cannot be done with confidence.
 */
export function anchorByEnds(reanchorer: Reanchorer, old: PagedText, fresh: PagedText, start: number, end: number): Extract<AnchorResult, { status: 'anchored' }> | null {
  const split = splitAtPages(old, start, end);
  if (!split) return null;
  // exact '' : the anchorer takes each end's text and context from the old text.
  const head = reanchorer.anchor({ exact: '', prefix: '', suffix: '', start: split.head[0], end: split.head[1] });
  const tail = reanchorer.anchor({ exact: '', prefix: '', suffix: '', start: split.tail[0], end: split.tail[1] });
  if (head.status !== 'anchored' || tail.status !== 'anchored') return null;
  if (head.end > tail.start) return null;
  const oldLength = end - start;
  const newLength = tail.end - head.start;
  if (Math.abs(newLength - oldLength) > 0.15 * oldLength + 40) return null;
  const newCore = splitAtPages(fresh, head.start, tail.end)?.core ?? fresh.text.slice(head.start, tail.end);
  if (figures(newCore) !== figures(split.core)) return null;
  return { status: 'anchored', start: head.start, end: tail.end, score: Math.min(head.score, tail.score), method: 'approximate' };
}
