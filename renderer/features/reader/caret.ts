/**
 * Caret browsing over pdf.js text layers (as Firefox's F7): where the caret is, keeping it on text,
 * moving it by line (the text layer's spans are absolutely placed, so the browser's own line
 * movement does not follow the page's lines; lines are found from where the spans are drawn), and
 * saving it as offsets in a page's text so it survives the text being re-marked.
 */

const LAYERS = '#reader-pages .textLayer';

export interface TextPoint {
  node: Text;
  offset: number;
}

/** The reader's text layer holding a node (or the node itself), or null. */
export function layerOf(node: Node | null | undefined): HTMLElement | null {
  const el = node instanceof Element ? node : (node?.parentElement ?? null);
  return el?.closest<HTMLElement>(LAYERS) ?? null;
}

/** The text layer of a page, if it is drawn. */
export const layerOfPage = (page: number): HTMLElement | null => document.querySelector<HTMLElement>(`#reader-pages [data-page="${page}"] .textLayer`);

/** The page number of a text layer. */
export function pageOfLayer(layer: Element): number | null {
  const page = Number(layer.closest<HTMLElement>('[data-page]')?.dataset.page);
  return Number.isInteger(page) && page > 0 ? page : null;
}

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.length > 0) nodes.push(n as Text);
  return nodes;
}

const allTextNodes = (): Text[] => [...document.querySelectorAll(LAYERS)].flatMap(textNodes);

/** The first text position of a layer, or null when it has no text. */
export function startOf(layer: Element): TextPoint | null {
  const node = textNodes(layer)[0];
  return node ? { node, offset: 0 } : null;
}

/**
 * The nearest position in the text of the reader's pages from (node, offset), looking forward or
 * back: the browser's own moves may stop between spans or line breaks, where no caret can be drawn.
 */
export function snapToText(node: Node, offset: number, forward: boolean): TextPoint | null {
  if (node instanceof Text && layerOf(node)) return { node, offset: Math.min(offset, node.data.length) };
  const point = document.createRange();
  point.setStart(node, offset);
  const nodes = allTextNodes();
  if (forward) {
    const next = nodes.find((t) => point.comparePoint(t, 0) >= 0);
    if (next) return { node: next, offset: 0 };
  }
  const before = nodes.filter((t) => point.comparePoint(t, t.data.length) <= 0).pop();
  if (before) return { node: before, offset: before.data.length };
  const after = nodes[0];
  return !forward && after ? { node: after, offset: 0 } : null;
}

/** Where a caret at this position is drawn, in client coordinates. */
export function caretRect(point: TextPoint): DOMRect | null {
  const range = document.createRange();
  range.setStart(point.node, point.offset);
  range.collapse(true);
  const rect = range.getBoundingClientRect();
  if (rect.height > 0) return rect;
  // After the last character some engines give an empty box: the right edge of that character.
  if (point.offset > 0) {
    range.setStart(point.node, point.offset - 1);
    range.setEnd(point.node, point.offset);
    const char = range.getBoundingClientRect();
    if (char.height > 0) return new DOMRect(char.right, char.top, 0, char.height);
  }
  return null;
}

interface Line {
  middle: number;
  height: number;
  nodes: Array<{ node: Text; rect: DOMRect }>;
}

/** A page's lines, top to bottom, each with its text nodes left to right (from where they are drawn). */
function linesOf(layer: Element): Line[] {
  const range = document.createRange();
  const drawn = textNodes(layer)
    .map((node) => {
      range.selectNodeContents(node);
      return { node, rect: range.getBoundingClientRect() };
    })
    .filter((d) => d.rect.height > 0 && d.node.data.trim() !== '')
    .sort((a, b) => a.rect.top + a.rect.height / 2 - (b.rect.top + b.rect.height / 2));
  const lines: Line[] = [];
  for (const d of drawn) {
    const middle = d.rect.top + d.rect.height / 2;
    const line = lines[lines.length - 1];
    if (line && Math.abs(middle - line.middle) < Math.min(line.height, d.rect.height) / 2) line.nodes.push(d);
    else lines.push({ middle, height: d.rect.height, nodes: [d] });
  }
  for (const line of lines) line.nodes.sort((a, b) => a.rect.left - b.rect.left);
  return lines;
}

function lineIndex(lines: Line[], point: TextPoint): number {
  const at = lines.findIndex((l) => l.nodes.some((n) => n.node === point.node));
  if (at >= 0) return at;
  const rect = caretRect(point);
  if (!rect) return 0;
  const middle = rect.top + rect.height / 2;
  let best = 0;
  lines.forEach((l, i) => {
    if (Math.abs(l.middle - middle) < Math.abs((lines[best] as Line).middle - middle)) best = i;
  });
  return best;
}

/** The position on a line nearest to x. */
function nearestOnLine(line: Line, x: number): TextPoint | null {
  let best: TextPoint | null = null;
  let distance = Infinity;
  const consider = (node: Text, offset: number, at: number) => {
    if (Math.abs(at - x) < distance) {
      distance = Math.abs(at - x);
      best = { node, offset };
    }
  };
  for (const { node, rect } of line.nodes) {
    if (x <= rect.left) consider(node, 0, rect.left);
    else if (x >= rect.right) consider(node, node.data.length, rect.right);
    else for (let i = 0; i <= node.data.length; i++) consider(node, i, caretRect({ node, offset: i })?.left ?? rect.left);
  }
  return best;
}

/** The position one line up (-1) or down (1), nearest to goalX; onto the next or previous page's text at its edge. */
export function lineStep(point: TextPoint, direction: 1 | -1, goalX: number): TextPoint | null {
  const layer = layerOf(point.node);
  if (!layer) return null;
  const lines = linesOf(layer);
  let target = lines[lineIndex(lines, point) + direction];
  if (!target) {
    const layers = [...document.querySelectorAll(LAYERS)];
    const neighbour = layers[layers.indexOf(layer) + direction];
    const theirs = neighbour ? linesOf(neighbour) : [];
    target = direction > 0 ? theirs[0] : theirs[theirs.length - 1];
  }
  return target ? nearestOnLine(target, goalX) : null;
}

/** The start (-1) or end (1) of the line the position is on. */
export function lineEdge(point: TextPoint, direction: 1 | -1): TextPoint | null {
  const layer = layerOf(point.node);
  const lines = layer ? linesOf(layer) : [];
  const line = lines[lineIndex(lines, point)];
  const edge = direction < 0 ? line?.nodes[0] : line?.nodes[line.nodes.length - 1];
  if (!edge) return null;
  return { node: edge.node, offset: direction < 0 ? 0 : edge.node.data.length };
}

/** The start (-1) or end (1) of the page's text. */
export function pageEdge(point: TextPoint, direction: 1 | -1): TextPoint | null {
  const layer = layerOf(point.node);
  const nodes = layer ? textNodes(layer) : [];
  const node = direction < 0 ? nodes[0] : nodes[nodes.length - 1];
  return node ? { node, offset: direction < 0 ? 0 : node.data.length } : null;
}

/** A selection kept as offsets into a page's text (its text nodes joined), so re-marking the text does not lose it. */
export interface SavedCaret {
  page: number;
  anchor: number;
  focus: number;
}

function offsetIn(layer: Element, point: TextPoint): number {
  let total = 0;
  for (const node of textNodes(layer)) {
    if (node === point.node) return total + point.offset;
    total += node.data.length;
  }
  return total;
}

/** The position at an offset; where it falls between two nodes, the start of the next one if asked. */
function pointAt(layer: Element, offset: number, preferNext: boolean): TextPoint | null {
  let left = offset;
  const nodes = textNodes(layer);
  for (const node of nodes) {
    if (left < node.data.length || (left === node.data.length && !preferNext)) return { node, offset: left };
    left -= node.data.length;
  }
  const last = nodes[nodes.length - 1];
  return last ? { node: last, offset: last.data.length } : null;
}

/** The selection, if it lies in one page's text layer. */
export function saveCaret(): SavedCaret | null {
  const selection = window.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return null;
  const layer = layerOf(selection.focusNode);
  const page = layer ? pageOfLayer(layer) : null;
  if (!layer || page === null || layerOf(selection.anchorNode) !== layer) return null;
  const anchor = snapToText(selection.anchorNode, selection.anchorOffset, true);
  const focus = snapToText(selection.focusNode, selection.focusOffset, true);
  if (!anchor || !focus) return null;
  return { page, anchor: offsetIn(layer, anchor), focus: offsetIn(layer, focus) };
}

/** Puts a saved selection back (collapsed to its end if asked); false if its page is no longer drawn. */
export function restoreCaret(saved: SavedCaret, collapse: boolean): boolean {
  const layer = layerOfPage(saved.page);
  if (!layer) return false;
  // The selection's start sticks to the text after it, its end to the text before.
  const end = Math.max(saved.anchor, saved.focus);
  const forwards = saved.anchor <= saved.focus;
  const anchor = pointAt(layer, collapse ? end : saved.anchor, !collapse && forwards);
  const focus = pointAt(layer, collapse ? end : saved.focus, !collapse && !forwards);
  if (!anchor || !focus) return false;
  window.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
  return true;
}
