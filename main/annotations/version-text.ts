/**
 * A version's text as annotations see it, and placing a passage in it: the version's document text
 * (cached: a version is immutable once written), where its pages start and end, the pages a span runs
 * over, the member's selection found in the stored text, and the item a page belongs to.
 * Reads papers' tables only through papers' functions (papers/version-pages.ts).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AnnotationPagePart, AnnotationRect, TextQuote } from '../../shared/types/annotations';
import { NotFoundError } from '../errors';
import { itemForPage, versionDocumentId, versionOfDocument, versionPageTexts } from '../papers/version-pages';
import { type DocumentText, documentText, pageAt, quoteAt } from './anchoring';
import { locateSelection } from './selection-match';

export { itemForPage };

// ---------------------------------------------------------------------------------------------
// Version text (immutable once written, so cached per database)

export interface VersionText extends DocumentText {
  versionId: number;
  documentId: number;
  pages: string[];
}

const cache = new WeakMap<Database.Database, Map<number, VersionText>>();

export function versionText(db: Database.Database, versionId: number): VersionText {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const hit = perDb.get(versionId);
  if (hit) return hit;
  const version = versionDocumentId(db, versionId);
  if (version === undefined) throw new NotFoundError('That version of the paper is not in the library.');
  const pages = versionPageTexts(db, versionId);
  const value: VersionText = { versionId, documentId: version, pages, ...documentText(pages) };
  if (perDb.size >= 8) perDb.delete(perDb.keys().next().value as number);
  perDb.set(versionId, value);
  return value;
}

/** Where each page of a version starts and ends in its document text (kept longer than the text itself: it is small). */
export interface PageBounds {
  starts: number[];
  ends: number[];
}
const boundsCache = new WeakMap<Database.Database, Map<number, PageBounds>>();

export function pageBounds(db: Database.Database, versionId: number): PageBounds {
  let perDb = boundsCache.get(db);
  if (!perDb) boundsCache.set(db, (perDb = new Map()));
  const hit = perDb.get(versionId);
  if (hit) return hit;
  const doc = versionText(db, versionId);
  const value = { starts: doc.pageStarts, ends: doc.pages.map((p, i) => (doc.pageStarts[i] as number) + p.length) };
  if (perDb.size >= 512) perDb.delete(perDb.keys().next().value as number);
  perDb.set(versionId, value);
  return value;
}

/** The pages [start, end) of a version's text runs over, and its part on each (empty when it is on one page). */
export function pagesOfSpan(bounds: PageBounds, start: number, end: number, exact: string): { first: number; last: number; parts: AnnotationPagePart[] } {
  const first = pageAt(bounds.starts, start);
  const last = Math.max(first, pageAt(bounds.starts, Math.max(start, end - 1)));
  const parts: AnnotationPagePart[] = [];
  if (last > first && exact.length === end - start) {
    for (let p = first; p <= last; p++) {
      const from = Math.max(start, bounds.starts[p - 1] as number);
      const to = Math.min(end, bounds.ends[p - 1] as number);
      if (to > from) parts.push({ pageNumber: p, exact: exact.slice(from - start, to - start) });
    }
  }
  return { first, last, parts };
}

/** A sort key: page, then offset within the page. Whole-page notes sort before the page's text. */
export const sortKey = (page: number, offsetInPage: number) => page * 10_000_000 + Math.min(offsetInPage + 1, 9_999_999);

/** The meeting and page count of a version of that document; not found when it is not that document's version. */
export function versionOf(db: Database.Database, documentId: number, versionId: number): { meetingId: number | null; pageCount: number } {
  const row = versionOfDocument(db, documentId, versionId);
  if (!row) throw new NotFoundError('That version of the paper is not in the library.');
  return row;
}

// ---------------------------------------------------------------------------------------------
// Placing the member's selection

export interface Placement {
  pageNumber: number;
  /** The page the passage ends on (a selection may run onto following pages). */
  lastPageNumber: number;
  start: number;
  end: number;
  quote: TextQuote;
  sortKey: number;
}

const visibleLength = (s: string) => s.replace(/\s+/g, '').length;

/**
 * Finds the member's selection (pdf.js text) in the stored text from the page it starts on. A
 * selection may run onto following pages: the region looked in holds enough of them for its
 * length, and one more (pdf.js and PDFium do not always agree on what a page holds).
 */
export function placeSelection(db: Database.Database, versionId: number, pageNumber: number, selected: TextQuote): Placement {
  const doc = versionText(db, versionId);
  const page = doc.pages[pageNumber - 1];
  if (page === undefined) throw new NotFoundError(`Page ${pageNumber} is not in that paper.`);
  const base = doc.pageStarts[pageNumber - 1] as number;
  const wanted = visibleLength(selected.exact);
  let last = pageNumber; // the region is pages pageNumber..last
  let held = 0;
  while (last < doc.pages.length && held < wanted) held += visibleLength(doc.pages[last++] as string);
  if (last < doc.pages.length) last++;
  const region = doc.text.slice(base, (doc.pageStarts[last - 1] as number) + (doc.pages[last - 1] as string).length);
  const found = locateSelection(region, selected, page.length);
  if (found.status !== 'anchored') throw new NotFoundError(`The selected text was not found on page ${pageNumber}.`);
  const start = base + found.start;
  const end = base + found.end;
  return { pageNumber, lastPageNumber: pageAt(doc.pageStarts, end - 1), start, end, quote: quoteAt(doc.text, start, end), sortKey: sortKey(pageNumber, found.start) };
}

/**
 * The rectangles to keep for a passage: those on the pages it covers (a rect without a page is on
 * its first page). Rects are only a drawing aid, so one for another page is left out, not refused.
 */
export function rectsForPlacement(rects: readonly AnnotationRect[] | undefined, placement: Placement | undefined): AnnotationRect[] {
  if (!rects || !placement) return rects ? [...rects] : [];
  return rects.filter((r) => r.page === undefined || (r.page >= placement.pageNumber && r.page <= placement.lastPageNumber));
}
