/**
 * Pure helpers for annotations in the reader: the context around a selection, client rectangles to
 * PDF points and back, finding a quote in a page's text-layer text, and count wording.
 */
import type { AnnotationColour, AnnotationRect, ItemAnnotationCounts, TextQuote } from '../../../shared/types/annotations';

export const CONTEXT_CHARS = 32;

/** About 32 characters either side of [start, end) in the page's text, for the W3C TextQuoteSelector. */
export function contextAround(text: string, start: number, end: number, size = CONTEXT_CHARS): { prefix: string; suffix: string } {
  return { prefix: text.slice(Math.max(0, start - size), start), suffix: text.slice(end, end + size) };
}

/** What the member selected on one page of the reader: the page's text-layer text and the selected stretch of it. */
export interface PageSelectionPiece {
  pageNumber: number;
  text: string;
  start: number;
  end: number;
}

/**
 * A selection over one or more pages as one quote. Pieces with nothing selected are dropped, and
 * only the run of consecutive pages from the first is kept (a page between without text, e.g. not
 * drawn yet, would leave a hole the stored text does not have). The quote is the selected text of
 * each page in turn; its context comes from before the start on the first page and after the end
 * on the last.
 */
export function joinSelection(pieces: readonly PageSelectionPiece[]): { pageNumber: number; lastPageNumber: number; pieces: PageSelectionPiece[]; quote: TextQuote } | null {
  const selected = pieces.filter((p) => p.end > p.start && p.text.slice(p.start, p.end).trim() !== '').sort((a, b) => a.pageNumber - b.pageNumber);
  const first = selected[0];
  if (!first) return null;
  const run = [first];
  for (const p of selected.slice(1)) {
    if (p.pageNumber !== (run[run.length - 1] as PageSelectionPiece).pageNumber + 1) break;
    run.push(p);
  }
  const last = run[run.length - 1] as PageSelectionPiece;
  const exact = run
    .map((p) => p.text.slice(p.start, p.end))
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();
  const { prefix } = contextAround(first.text, first.start, first.end);
  const { suffix } = contextAround(last.text, last.start, last.end);
  return { pageNumber: first.pageNumber, lastPageNumber: last.pageNumber, pieces: run, quote: { exact, prefix, suffix } };
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A selection's client rectangles as PDF points on the page: relative to the page box, divided by the scale. */
export function toPdfRects(rects: readonly Box[], page: Pick<Box, 'left' | 'top'>, scale: number): AnnotationRect[] {
  const out: AnnotationRect[] = [];
  if (!(scale > 0)) return out;
  const round = (n: number) => Math.round(n * 100) / 100;
  for (const r of rects) {
    if (r.width < 0.5 || r.height < 0.5) continue;
    const rect = { x: round((r.left - page.left) / scale), y: round((r.top - page.top) / scale), w: round(r.width / scale), h: round(r.height / scale) };
    // Ranges report a box per line fragment; drop exact repeats.
    if (!out.some((o) => Math.abs(o.x - rect.x) < 0.5 && Math.abs(o.y - rect.y) < 0.5 && Math.abs(o.w - rect.w) < 0.5 && Math.abs(o.h - rect.h) < 0.5)) out.push(rect);
  }
  return out.slice(0, 500);
}

/**
 * Finds `exact` in text split across pieces (the text nodes of a page's text layer), ignoring white
 * space and case. Returns the piece index and offset where it starts and ends (end exclusive), or null.
 */
export function locateInPieces(
  pieces: readonly string[],
  exact: string,
): { startPiece: number; startOffset: number; endPiece: number; endOffset: number } | null {
  const needle = exact.replace(/\s+/g, '').toLowerCase();
  if (needle === '') return null;
  const chars: string[] = [];
  const where: Array<[number, number]> = [];
  pieces.forEach((piece, p) => {
    for (let i = 0; i < piece.length; i++) {
      const c = piece[i] as string;
      if (/\s/.test(c)) continue;
      chars.push(c.toLowerCase());
      where.push([p, i]);
    }
  });
  const at = chars.join('').indexOf(needle);
  if (at < 0) return null;
  const first = where[at];
  const last = where[at + needle.length - 1];
  if (!first || !last) return null;
  return { startPiece: first[0], startOffset: first[1], endPiece: last[0], endOffset: last[1] + 1 };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 notes, 1 question" (highlights last); '' when there is nothing. */
export function describeCounts(c: Pick<ItemAnnotationCounts, 'highlights' | 'notes' | 'questions'>): string {
  const parts: string[] = [];
  if (c.notes > 0) parts.push(plural(c.notes, 'note', 'notes'));
  if (c.questions > 0) parts.push(plural(c.questions, 'question', 'questions'));
  if (c.highlights > 0) parts.push(plural(c.highlights, 'highlight', 'highlights'));
  return parts.join(', ');
}

/** Splits "budget, risk;  care" into tags: trimmed, de-duplicated, at most 30 of at most 60 characters. */
export function parseTags(text: string): string[] {
  const seen = new Map<string, string>();
  for (const raw of text.split(/[,;]/)) {
    const tag = raw.trim().slice(0, 60);
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()].slice(0, 30);
}

export const COLOUR_LABEL: Record<AnnotationColour, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };
/** Semi-transparent fills, drawn with multiply so the words stay readable. */
export const COLOUR_FILL: Record<AnnotationColour, string> = {
  yellow: 'rgb(255 221 0 / 45%)',
  green: 'rgb(80 200 80 / 40%)',
  blue: 'rgb(80 160 255 / 40%)',
  pink: 'rgb(255 100 180 / 40%)',
};
/** Swatches for the colour buttons (solid). */
export const COLOUR_SWATCH: Record<AnnotationColour, string> = { yellow: '#ffdd00', green: '#50c850', blue: '#50a0ff', pink: '#ff64b4' };
