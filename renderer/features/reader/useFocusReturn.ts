/**
 * Focus goes back where it was once a bar or dialog closes (Find, Print, a note): `remember` when it
 * opens, `restore` when it closes. If that element has gone (or was the page itself), `fallback` gets focus.
 * When focus was in a page's text layer (caret browsing), the selection there is put back too:
 * as it was, or collapsed to its end (`restore({ collapse: true })`, after the selection was used).
 */
import { useCallback, useRef } from 'react';
import { layerOf, layerOfPage, restoreCaret, saveCaret, type SavedCaret } from './caret';

interface Saved {
  element: HTMLElement | null;
  caret: SavedCaret | null;
}

export function useFocusReturn(fallback: () => HTMLElement | null) {
  /** Undefined: nothing open (a second close, e.g. the dialog's own close event after onClose, does nothing). */
  const saved = useRef<Saved | undefined>(undefined);
  const remember = useCallback(() => {
    const active = document.activeElement;
    // Remember only the first opener: opening Find again from inside Find keeps the original place.
    if (saved.current !== undefined) return;
    const element = active instanceof HTMLElement && active !== document.body ? active : null;
    saved.current = { element, caret: layerOf(element) ? saveCaret() : null };
  }, []);
  const restore = useCallback(
    (options: { collapse?: boolean } = {}) => {
      const was = saved.current;
      if (was === undefined) return;
      saved.current = undefined;
      // A page's text layer is drawn afresh when the page comes back into view.
      const layer = was.caret && !was.element?.isConnected ? layerOfPage(was.caret.page) : null;
      const target = was.element?.isConnected ? was.element : (layer ?? fallback());
      // After the closing element has gone from the page.
      requestAnimationFrame(() => {
        if (was.caret && layerOf(target)) restoreCaret(was.caret, options.collapse ?? false);
        target?.focus({ preventScroll: true });
      });
    },
    [fallback],
  );
  /** Drops what was remembered, without moving focus (the thing opened was left another way). */
  const forget = useCallback(() => {
    saved.current = undefined;
  }, []);
  return { remember, restore, forget };
}
