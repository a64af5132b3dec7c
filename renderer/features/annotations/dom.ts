/** Reading the member's selection off a page's text layer, and drawing quotes found in it. */
import type { AnnotationRect, TextQuote } from '../../../shared/types/annotations';
import { contextAround, locateInPieces, toPdfRects } from './geometry';

export interface PendingSelection {
  pageNumber: number;
  quote: TextQuote;
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

/** The current selection, if it is text on one page of the reader, as quote, context and PDF rects. */
export function readSelection(scale: number): PendingSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const exact = selection.toString().replace(/\s+/g, ' ').trim();
  if (exact === '') return null;
  const start = pageOf(range.startContainer);
  const end = pageOf(range.endContainer);
  // A selection running onto the next page is clipped to the page it started on.
  if (!start) return null;
  const { pageEl, pageNumber, textLayer } = start;
  const clipped = range.cloneRange();
  if (!end || end.pageNumber !== pageNumber) clipped.setEndAfter(textLayer.lastChild ?? textLayer);
  const nodes = textNodes(textLayer);
  // The page's text as its text nodes give it, and where the selection sits in it.
  let text = '';
  let startAt = -1;
  let endAt = -1;
  for (const node of nodes) {
    if (node === clipped.startContainer) startAt = text.length + clipped.startOffset;
    if (node === clipped.endContainer) endAt = text.length + clipped.endOffset;
    text += node.data;
  }
  const exactText = clipped.toString().replace(/\s+/g, ' ').trim() || exact;
  if (startAt < 0) startAt = Math.max(0, text.indexOf(exactText));
  if (endAt < 0) endAt = Math.min(text.length, startAt + exactText.length);
  const { prefix, suffix } = contextAround(text, startAt, endAt);
  const box = pageEl.getBoundingClientRect();
  const clientRects = rangeTextRects(clipped, nodes);
  const rects = toPdfRects(clientRects, box, scale);
  const last = clientRects[clientRects.length - 1] ?? range.getBoundingClientRect();
  return {
    pageNumber,
    quote: { exact: exactText.slice(0, 20000), prefix: prefix.slice(-400), suffix: suffix.slice(0, 400) },
    rects,
    anchor: { left: last.left, top: clientRects[0]?.top ?? last.top, bottom: last.bottom },
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
