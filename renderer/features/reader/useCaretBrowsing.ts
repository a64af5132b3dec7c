/**
 * Caret browsing (F7, as in Firefox, or the toolbar's Caret button): a caret in the text layer of
 * the page being read, moved with the arrow keys (Ctrl: by word; Up and Down: by line; Home and End:
 * to the line's ends; Ctrl Home and End: to the page's) and extended into a selection with Shift,
 * so a passage can be selected, then highlighted or noted, without a mouse. Left, right and words
 * use the browser's Selection.modify; lines are found from where the text is drawn (see caret.ts).
 * The text layer holding the caret takes focus (with a ring); the caret itself is drawn by CaretMark.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { caretRect, layerOf, layerOfPage, lineEdge, lineStep, pageEdge, snapToText, startOf, type TextPoint } from './caret';
import { isEditable } from './useReaderKeys';

export const CARET_SHORTCUT = 'F7';

const ON_MESSAGE =
  'Caret browsing on. The arrow keys move through the text of the page; hold Shift to select. ' +
  'With text selected, press H to highlight it, N to add a note or Q to add a question. Press F7 to turn caret browsing off.';
const OFF_MESSAGE = 'Caret browsing off.';

export interface CaretBox {
  left: number;
  top: number;
  height: number;
}

export interface CaretBrowsing {
  on: boolean;
  /** For the live region. */
  message: string;
  /** Where to draw the caret (client coordinates), or null when it is not shown. */
  box: CaretBox | null;
  toggle(): void;
  /** The pages' key handler: true if the key moved the caret. */
  onKeyDown(event: ReactKeyboardEvent): boolean;
}

/** Gives the layer focus and makes it the one Tab reaches. */
function focusLayer(layer: HTMLElement): void {
  for (const other of document.querySelectorAll<HTMLElement>('#reader-pages .textLayer[tabindex="0"]')) if (other !== layer) other.tabIndex = -1;
  layer.tabIndex = 0;
  if (document.activeElement !== layer) layer.focus({ preventScroll: true });
}

function focusPoint(): TextPoint | null {
  const selection = window.getSelection();
  if (!selection?.focusNode || !layerOf(selection.focusNode)) return null;
  return snapToText(selection.focusNode, selection.focusOffset, true);
}

function place(point: TextPoint, extend: boolean): void {
  const selection = window.getSelection();
  if (!selection) return;
  if (extend && selection.rangeCount > 0) selection.extend(point.node, point.offset);
  else selection.collapse(point.node, point.offset);
}

export function useCaretBrowsing({
  scrollRef,
  currentPage,
  release,
  available,
}: {
  scrollRef: RefObject<HTMLDivElement | null>;
  /** False for a scan: no text layer to move through. */
  available: boolean;
  currentPage: () => number;
  /** Lets go of a page the reader is holding in view, before the caret scrolls it. */
  release: () => void;
}): CaretBrowsing {
  const [on, setOn] = useState(false);
  const onRef = useRef(false);
  const [message, setMessage] = useState('');
  const [box, setBox] = useState<CaretBox | null>(null);
  /** Where Up and Down aim, kept over a run of them as a text editor does. */
  const goalX = useRef<number | null>(null);

  /** The caret on the page being read: where a selection already is there, else at the start of its text. */
  const start = useCallback((): boolean => {
    const page = currentPage();
    const existing = focusPoint();
    const view = scrollRef.current?.getBoundingClientRect();
    const shown = existing && view ? caretRect(existing) : null;
    const inView = shown && view && shown.bottom > view.top && shown.top < view.bottom;
    const layer = inView && existing ? layerOf(existing.node) : layerOfPage(page);
    if (!layer) return false;
    if (!inView) {
      const first = startOf(layer);
      if (first) place(first, false);
    }
    focusLayer(layer);
    return true;
  }, [currentPage, scrollRef]);

  const toggle = useCallback(() => {
    if (!available) {
      setMessage('This paper is a scan: it has no text for caret browsing.');
      return;
    }
    const next = !onRef.current;
    onRef.current = next;
    setOn(next);
    if (next) {
      // The text layer is focusable only once React has drawn it so; after this render.
      requestAnimationFrame(() => {
        const placed = start();
        setMessage(placed ? ON_MESSAGE : `${ON_MESSAGE} This page has no text to move through yet.`);
      });
    } else {
      setMessage(OFF_MESSAGE);
      if (layerOf(document.activeElement)) scrollRef.current?.focus({ preventScroll: true });
    }
  }, [start, scrollRef, available]);

  // F7 wherever focus is in the reader (text fields keep their keys; an open dialog keeps them all).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F7' || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      if (document.querySelector('dialog[open]') || isEditable(event.target)) return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  // The caret follows the selection, and the pages as they scroll; it shows while a text layer has focus.
  useEffect(() => {
    if (!on) return;
    const update = () => {
      const point = layerOf(document.activeElement) ? focusPoint() : null;
      const rect = point ? caretRect(point) : null;
      const view = scrollRef.current?.getBoundingClientRect();
      if (!rect || !view || rect.bottom < view.top || rect.top > view.bottom) setBox(null);
      else setBox({ left: rect.left, top: rect.top, height: rect.height });
    };
    const first = requestAnimationFrame(update);
    const scroller = scrollRef.current;
    document.addEventListener('selectionchange', update);
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    scroller?.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(first);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
      scroller?.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [on, scrollRef]);

  /** Scrolls the pages just enough to show the caret. */
  const reveal = useCallback(
    (point: TextPoint) => {
      const rect = caretRect(point);
      const scroller = scrollRef.current;
      const view = scroller?.getBoundingClientRect();
      if (!rect || !scroller || !view) return;
      const margin = 24;
      const by = rect.top < view.top + margin ? rect.top - view.top - margin : rect.bottom > view.bottom - margin ? rect.bottom - view.bottom + margin : 0;
      if (by !== 0) {
        release();
        scroller.scrollBy({ top: by });
      }
    },
    [release, scrollRef],
  );

  const onKeyDown = useCallback(
    (event: ReactKeyboardEvent): boolean => {
      if (!onRef.current || !layerOf(event.target as Node) || event.altKey || event.metaKey) return false;
      const { key, shiftKey: extend, ctrlKey: ctrl } = event;
      const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
      const vertical = key === 'ArrowUp' || key === 'ArrowDown';
      if (!horizontal && !vertical && key !== 'Home' && key !== 'End') return false;
      event.preventDefault();
      event.stopPropagation();
      const selection = window.getSelection();
      let point = focusPoint();
      const shown = point ? caretRect(point) : null;
      const view = scrollRef.current?.getBoundingClientRect();
      const offView = !shown || !view || shown.bottom < view.top || shown.top > view.bottom;
      if (!selection || !point || (offView && !extend)) {
        // No caret yet, or the pages were scrolled away from it (Page Down, the page box): start at the page being read.
        start();
        return true;
      }
      if (horizontal) {
        goalX.current = null;
        const forward = key === 'ArrowRight';
        selection.modify(extend ? 'extend' : 'move', forward ? 'forward' : 'backward', ctrl ? 'word' : 'character');
        const moved = selection.focusNode ? snapToText(selection.focusNode, selection.focusOffset, forward) : null;
        if (moved && (moved.node !== selection.focusNode || moved.offset !== selection.focusOffset)) place(moved, extend);
        point = moved ?? point;
      } else {
        let target: TextPoint | null;
        if (vertical) {
          goalX.current ??= caretRect(point)?.left ?? 0;
          target = lineStep(point, key === 'ArrowDown' ? 1 : -1, goalX.current);
        } else {
          goalX.current = null;
          target = ctrl ? pageEdge(point, key === 'End' ? 1 : -1) : lineEdge(point, key === 'End' ? 1 : -1);
        }
        if (target) {
          place(target, extend);
          point = target;
        }
      }
      const layer = layerOf(point.node);
      if (layer) focusLayer(layer);
      reveal(point);
      return true;
    },
    [reveal, start, scrollRef],
  );

  return { on, message, box: on ? box : null, toggle, onKeyDown };
}
