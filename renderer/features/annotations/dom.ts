/** Reading the member's selection off a page's text layer, and drawing quotes found in it. */
import type { AnnotationRect, TextQuote } from '../../../shared/types/annotations';
import { joinSelection, locateInPieces, toPdfRects, type PageSelectionPiece } from './geometry';

export interface PendingSelection {
  /** The page the selection starts on. */
  pageNumber: number;
  /** The page it ends on (a selection may run onto following pages). */
  lastPageNumber: number;
  quote: TextQuote;
  /** In PDF points, each with the page it is drawn on. */
  rects: AnnotationRect[];
  /** Where to put the toolbar (client coordinates of the selection's last line). */
  anchor: { left: number; top: number; bottom: number };
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Client rectangles of the text in a range, one per text node piece (not the boxes of the spans). */
function rangeTextRects(range: Range, nodes: Text[]): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const node of nodes) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start) continue;
    const piece = document.createRange();
    piece.setStart(node, start);
    piece.setEnd(node, end);
    rects.push(...Array.from(piece.getClientRects()));
  }
  return rects;
}

/** The page element (.pdf-page) and its page number that hold a node, or null outside the reader's pages. */
export function pageOf(node: Node | null): { pageEl: HTMLElement; pageNumber: number; textLayer: HTMLElement } | null {
  const el = node instanceof Element ? node : node?.parentElement;
  const textLayer = el?.closest<HTMLElement>('#reader-pages .textLayer');
  const pageEl = textLayer?.closest<HTMLElement>('.pdf-page');
  const slot = textLayer?.closest<HTMLElement>('[data-page]');
  if (!textLayer || !pageEl || !slot) return null;
  const pageNumber = Number(slot.dataset.page);
  return Number.isInteger(pageNumber) && pageNumber > 0 ? { pageEl, pageNumber, textLayer } : null;
}

/**
 * The current selection, if it is text in the reader's pages, as quote, context and PDF rects. It
 * may run over several consecutive pages: the quote is the whole selected text and each page gets
 * its own rects.
 */
export function readSelection(scale: number): PendingSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (selection.toString().trim() === '') return null;
  const layers: Array<{ page: NonNullable<ReturnType<typeof pageOf>>; nodes: Text[] }> = [];
  const pieces: PageSelectionPiece[] = [];
  for (const textLayer of document.querySelectorAll<HTMLElement>('#reader-pages .textLayer')) {
    if (!range.intersectsNode(textLayer)) continue;
    const page = pageOf(textLayer);
    if (!page) continue;
    // The page's text as its text nodes give it, and where the selection sits in it.
    const nodes = textNodes(textLayer);
    let text = '';
    let start = -1;
    let end = -1;
    for (const node of nodes) {
      const base = text.length;
      text += node.data;
      if (!range.intersectsNode(node)) continue;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      if (to <= from) continue;
      if (start < 0) start = base + from;
      end = base + to;
    }
    if (start < 0) continue;
    layers.push({ page, nodes });
    pieces.push({ pageNumber: page.pageNumber, text, start, end });
  }
  const joined = joinSelection(pieces);
  if (!joined) return null;
  const rects: AnnotationRect[] = [];
  let last: DOMRect | undefined;
  let firstTop: number | undefined;
  for (const { page, nodes } of layers) {
    if (page.pageNumber < joined.pageNumber || page.pageNumber > joined.lastPageNumber) continue;
    const clientRects = rangeTextRects(range, nodes);
    firstTop ??= clientRects[0]?.top;
    last = clientRects[clientRects.length - 1] ?? last;
    for (const r of toPdfRects(clientRects, page.pageEl.getBoundingClientRect(), scale)) rects.push({ ...r, page: page.pageNumber });
  }
  const end = last ?? range.getBoundingClientRect();
  return {
    pageNumber: joined.pageNumber,
    lastPageNumber: joined.lastPageNumber,
    quote: { exact: joined.quote.exact.slice(0, 20000), prefix: joined.quote.prefix.slice(-400), suffix: joined.quote.suffix.slice(0, 400) },
    rects: rects.slice(0, 500),
    anchor: { left: end.left, top: firstTop ?? end.top, bottom: end.bottom },
  };
}

/** Finds a quote in a page's text layer and returns where it is drawn, in PDF points (empty if not there). */
export function rectsForQuote(pageEl: HTMLElement, exact: string, scale: number): AnnotationRect[] {
  const textLayer = pageEl.querySelector('.textLayer');
  if (!textLayer) return [];
  const nodes = textNodes(textLayer);
  const found = locateInPieces(
    nodes.map((n) => n.data),
    exact,
  );
  if (!found) return [];
  const startNode = nodes[found.startPiece];
  const endNode = nodes[found.endPiece];
  if (!startNode || !endNode) return [];
  const range = document.createRange();
  range.setStart(startNode, found.startOffset);
  range.setEnd(endNode, found.endOffset);
  return toPdfRects(rangeTextRects(range, nodes), pageEl.getBoundingClientRect(), scale);
}
