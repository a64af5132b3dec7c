/**
 * Pure helpers for the reader: which agenda item a page belongs to, page ranges for printing,
 * finding text on a page and turning a text item into highlighted markup for pdf.js's text layer.
 */
import { escapeRegExp, foldSameLength } from '../../../shared/text';
import type { ItemPageRange } from '../../../shared/types/papers';

export const clampPage = (page: number, pageCount: number): number =>
  Math.min(Math.max(1, Math.round(Number.isFinite(page) ? page : 1)), Math.max(1, pageCount));

/** The item whose report the page is in: the last one starting at or before it that has not ended. */
export function itemForPage(items: readonly ItemPageRange[], page: number): ItemPageRange | null {
  let found: ItemPageRange | null = null;
  for (const item of items) {
    if (item.firstPage <= page && page <= item.lastPage && (!found || item.firstPage >= found.firstPage)) found = item;
  }
  return found;
}

/** "7. Budget report" (or just the title when the item has no number). */
export function itemLabel(item: { number: string | null; title: string }): string {
  const title = item.title.trim() || 'Untitled item';
  return item.number ? `${item.number}. ${title}` : title;
}

export type PageRangeResult = { ok: true; pages: number[] } | { ok: false; message: string };

/** The most pages one print job renders (each becomes an image in memory). */
export const MAX_PRINT_PAGES = 200;

/**
 * Parses "3-7, 9" (hyphens or en dashes; "to" also works) into page numbers, in the order given,
 * without repeats. Every page must exist in a document of `pageCount` pages.
 */
export function parsePageRanges(text: string, pageCount: number): PageRangeResult {
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, message: 'Enter the pages to print, for example 3–7, 9.' };
  const pages: number[] = [];
  const seen = new Set<number>();
  for (const part of parts) {
    const match = /^(\d{1,6})(?:\s*(?:-|–|—|to)\s*(\d{1,6}))?$/i.exec(part);
    if (!match) return { ok: false, message: `"${part}" is not a page or a range of pages.` };
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (first < 1 || last < 1) return { ok: false, message: 'Pages are numbered from 1.' };
    if (first > last) return { ok: false, message: `"${part}" runs backwards: write the lower page first.` };
    if (last > pageCount) {
      return { ok: false, message: `This document has ${pageCount} page${pageCount === 1 ? '' : 's'}; there is no page ${last}.` };
    }
    for (let p = first; p <= last; p++) {
      if (seen.has(p)) continue;
      seen.add(p);
      pages.push(p);
      if (pages.length > MAX_PRINT_PAGES) {
        return { ok: false, message: `Print at most ${MAX_PRINT_PAGES} pages at a time.` };
      }
    }
  }
  return { ok: true, pages };
}

/** "3–7" for a run of pages, "3–7, 9" for more. */
export function formatPageRanges(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i] as number;
    let end = start;
    while (i + 1 < sorted.length && sorted[i + 1] === end + 1) {
      end += 1;
      i += 1;
    }
    runs.push(start === end ? String(start) : `${start}–${end}`);
    i += 1;
  }
  return runs.join(', ');
}

/** The text items of a page as pdf.js gives them (only what the helpers need). */
export interface TextRun {
  str: string;
  hasEOL?: boolean;
}

/** A page's text as one string, and where each item starts in it (line ends become spaces). */
export interface PageText {
  text: string;
  starts: number[];
}

export function joinPageText(items: readonly TextRun[]): PageText {
  let text = '';
  const starts: number[] = [];
  for (const item of items) {
    starts.push(text.length);
    text += item.str;
    if (item.hasEOL) text += ' ';
  }
  return { text, starts };
}

export interface TextRange {
  start: number;
  end: number;
}

/** What the member typed into Find, ready to match: lower case, runs of spaces as one. */
export const normaliseNeedle = (query: string): string => query.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Every occurrence of the needle in the text, ignoring case and accents ("cafe" finds "Café", as search
 * does); spaces in the needle match any run of spaces. Matched on the folded text, whose offsets are the original's.
 */
export function findInText(text: string, needle: string): TextRange[] {
  const query = foldSameLength(normaliseNeedle(needle));
  if (!query) return [];
  const pattern = new RegExp(query.split(' ').map(escapeRegExp).join('\\s+'), 'gu');
  const ranges: TextRange[] = [];
  for (const match of foldSameLength(text).matchAll(pattern)) {
    if (match[0].length === 0) continue;
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/**
 * Where search terms (from ?q=) occur: at the start of a word, ignoring case and accents as search does,
 * so "foster" marks "fostering" too and "cafe" marks "Café".
 */
export function termRanges(text: string, terms: readonly string[]): TextRange[] {
  const words = terms.map((t) => foldSameLength(t.replace(/[*"]/g, '').trim())).filter((t) => t.length > 0);
  if (words.length === 0) return [];
  words.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})`, 'gu');
  const ranges: TextRange[] = [];
  for (const match of foldSameLength(text).matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length });
  return ranges;
}

export type Piece = { text: string; mark: null | 'term' | 'find' | 'current' };

/**
 * Splits one text item (which starts at `itemStart` in its page's text) into plain and marked
 * pieces. Ranges may run across items; only the part inside this item is marked. Find hits win
 * over search terms where both apply; `current` is the find hit the member is on.
 */
export function splitItem(
  str: string,
  itemStart: number,
  marks: ReadonlyArray<TextRange & { kind: 'term' | 'find' | 'current' }>,
): Piece[] {
  const itemEnd = itemStart + str.length;
  const rank = { term: 1, find: 2, current: 3 } as const;
  const kinds: Array<Piece['mark']> = new Array<Piece['mark']>(str.length).fill(null);
  for (const m of marks) {
    const from = Math.max(m.start, itemStart);
    const to = Math.min(m.end, itemEnd);
    for (let i = from; i < to; i++) {
      const current = kinds[i - itemStart] ?? null;
      if (current === null || rank[m.kind] > rank[current]) kinds[i - itemStart] = m.kind;
    }
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < str.length; i++) {
    const kind = kinds[i] ?? null;
    const last = pieces[pieces.length - 1];
    if (last && last.mark === kind) last.text += str[i];
    else pieces.push({ text: str[i] as string, mark: kind });
  }
  return pieces;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

const MARK_CLASS: Record<'term' | 'find' | 'current', string> = {
  term: 'hit hit--term',
  find: 'hit hit--find',
  current: 'hit hit--find hit--current',
};

/** The markup react-pdf puts in a text-layer span: the text escaped, marked pieces in <mark>. */
export function piecesToHtml(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => (p.mark ? `<mark class="${MARK_CLASS[p.mark]}">${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
    .join('');
}

/** 'auto' fits the width but never beyond AUTO_MAX_SCALE, so a wide window does not blow the text up. */
export type ZoomMode = 'auto' | 'fit-width' | 'fit-page' | number;

export const AUTO_MAX_SCALE = 1.5;

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

/** The scale that shows a page of `pageWidth` × `pageHeight` points in a box of the given pixels. */
/** From this window width the reader opens with its sidebar (thumbnails and contents) shown. */
export const SIDEBAR_FROM = 900;

export function scaleFor(mode: ZoomMode, page: { width: number; height: number }, box: { width: number; height: number }): number {
  if (typeof mode === 'number') return mode;
  const byWidth = box.width / page.width;
  const scale =
    mode === 'fit-width' ? byWidth : mode === 'auto' ? Math.min(byWidth, AUTO_MAX_SCALE) : Math.min(byWidth, box.height / page.height);
  return Math.min(Math.max(scale, 0.25), 5);
}

/** The next zoom step up or down from the current scale. */
export function stepZoom(scale: number, direction: 1 | -1): number {
  if (direction === 1) return ZOOM_STEPS.find((s) => s > scale + 0.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1] ?? scale;
  return [...ZOOM_STEPS].reverse().find((s) => s < scale - 0.001) ?? ZOOM_STEPS[0] ?? scale;
}
