/**
 * Focus goes back where it was once a bar or dialog closes (Find, Print, a note): `remember` when it
 * opens, `restore` when it closes. If that element has gone (or was the page itself), `fallback` gets focus.
 */
import { useCallback, useRef } from 'react';

export function useFocusReturn(fallback: () => HTMLElement | null) {
  /** Undefined: nothing open (a second close, e.g. the dialog's own close event after onClose, does nothing). */
  const saved = useRef<HTMLElement | null | undefined>(undefined);
  const remember = useCallback(() => {
    const active = document.activeElement;
    // Remember only the first opener: opening Find again from inside Find keeps the original place.
    if (saved.current !== undefined) return;
    saved.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, []);
  const restore = useCallback(() => {
    if (saved.current === undefined) return;
    const target = saved.current?.isConnected ? saved.current : fallback();
    saved.current = undefined;
    // After the closing element has gone from the page.
    requestAnimationFrame(() => target?.focus({ preventScroll: true }));
  }, [fallback]);
  return { remember, restore };
}
