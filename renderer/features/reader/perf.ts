/**
 * Performance marks for opening a document, for the reader bench and DevTools' Performance panel:
 * reader:open → file-requested → file-received → open-pdf → pdf-loaded → first-page-drawn.
 * Each opening clears the last one's, so they never pile up.
 */
const NAMES = ['open', 'file-requested', 'file-received', 'open-pdf', 'pdf-loaded', 'first-page-drawn'] as const;
export type ReaderMark = (typeof NAMES)[number];

export function readerMark(name: ReaderMark): void {
  if (name === 'open') for (const n of NAMES) performance.clearMarks(`reader:${n}`);
  performance.mark(`reader:${name}`);
}
