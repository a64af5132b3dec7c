/**
 * Performance marks for opening a document, for the reader bench and DevTools' Performance panel:
 * reader:open → file-requested → file-received → open-pdf → pdf-loaded → first-page-drawn, and
 * first-page-shown when the first page is first on screen (its picture, or pdf.js's drawing if that
 * came first). Each opening clears the last one's, so they never pile up.
 */
const NAMES = ['open', 'file-requested', 'file-received', 'picture-received', 'open-pdf', 'pdf-loaded', 'first-page-shown', 'first-page-drawn'] as const;
export type ReaderMark = (typeof NAMES)[number];

export function readerMark(name: ReaderMark): void {
  if (name === 'open') for (const n of NAMES) performance.clearMarks(`reader:${n}`);
  performance.mark(`reader:${name}`);
}

/** Marks the first page as on screen, once per opening (by its picture or by its drawing, whichever is first). */
export function markFirstPageShown(): void {
  if (performance.getEntriesByName('reader:first-page-shown').length === 0) readerMark('first-page-shown');
}
