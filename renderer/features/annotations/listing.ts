/** Pure helpers for lists of annotations: filters, the tags in use, and wording for where one is. */
import type { Annotation, AnnotationColour, AnnotationKind, AnnotationRect } from '../../../shared/types/annotations';

export const KIND_LABEL: Record<AnnotationKind, string> = { highlight: 'Highlight', note: 'Note', question: 'Question' };

export interface AnnotationFilter {
  kind: AnnotationKind | '';
  colour: AnnotationColour | '';
  tag: string;
}

export const NO_FILTER: AnnotationFilter = { kind: '', colour: '', tag: '' };

/** Those matching every filter set ('' = any); tags compare without regard to case, as the database does. */
export function filterAnnotations<T extends Pick<Annotation, 'kind' | 'colour' | 'tags'>>(list: readonly T[], f: AnnotationFilter): T[] {
  const tag = f.tag.toLowerCase();
  return list.filter((a) => (!f.kind || a.kind === f.kind) && (!f.colour || a.colour === f.colour) && (!tag || a.tags.some((t) => t.toLowerCase() === tag)));
}

export const isFiltered = (f: AnnotationFilter): boolean => f.kind !== '' || f.colour !== '' || f.tag !== '';

/** Every tag used, once each (first spelling wins), alphabetically. */
export function tagsOf(list: readonly Pick<Annotation, 'tags'>[]): string[] {
  const seen = new Map<string, string>();
  for (const a of list) for (const t of a.tags) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }));
}

/** "page 7", "pages 7–8", or null for a note on an item or the meeting. */
export function pagesLabel(a: Pick<Annotation, 'pageNumber' | 'lastPageNumber'>): string | null {
  if (a.pageNumber === null) return null;
  return a.lastPageNumber !== null && a.lastPageNumber > a.pageNumber ? `pages ${a.pageNumber}–${a.lastPageNumber}` : `page ${a.pageNumber}`;
}

/** The rects of an annotation drawn on `page` (a rect without a page is on the annotation's first page). */
export function rectsOnPage(a: Pick<Annotation, 'rects' | 'pageNumber'>, page: number): AnnotationRect[] {
  return a.rects.filter((r) => (r.page ?? a.pageNumber) === page);
}

/** Whether the passage (or page note) is on `page`. */
export const coversPage = (a: Pick<Annotation, 'pageNumber' | 'lastPageNumber'>, page: number): boolean =>
  a.pageNumber !== null && page >= a.pageNumber && page <= Math.max(a.pageNumber, a.lastPageNumber ?? a.pageNumber);

/** The text of the passage on `page`: its part there when it runs over several pages. */
export function quoteOnPage(a: Pick<Annotation, 'quote' | 'pageParts'>, page: number): string | null {
  if (!a.quote) return null;
  if (a.pageParts.length === 0) return a.quote.exact;
  return a.pageParts.find((p) => p.pageNumber === page)?.exact ?? null;
}

/** A quote shortened for a list: at most `max` characters, on a word boundary where one is near. */
export function shortQuote(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.7 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
