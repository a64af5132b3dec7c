/**
 * The reader's annotation keys. Ctrl Shift A, Shift F10 or the Menu key: the selection toolbar
 * takes focus. With text selected in the pages (by caret browsing or the mouse) and focus in the
 * pages or on the selection toolbar: H highlights it (yellow), N adds a note to it, Q a question.
 * Escape drops the selection toolbar.
 */
import { useEffect, useRef } from 'react';
import { isEditable } from '../reader/useReaderKeys';

/** The keys, as shown to the member (titles) and to assistive technology (aria-keyshortcuts). */
export const ANNOTATION_KEYS = { toolbar: 'Ctrl Shift A', highlight: 'H', note: 'N', question: 'Q' } as const;

export interface AnnotationKeyActions {
  /** Move focus to the selection toolbar (Ctrl Shift A, Shift F10, Menu). */
  toolbar(): void;
  /** H, N, Q on the selection; false if there is no selection to act on. */
  act(kind: 'highlight' | 'note' | 'question'): boolean;
  /** Escape outside a form. */
  dismiss(): void;
}

const LETTERS: Record<string, 'highlight' | 'note' | 'question'> = { h: 'highlight', n: 'note', q: 'question' };

/** Where the letters act: the pages (text layers included) and the selection toolbar. */
const inPagesOrToolbar = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('#reader-pages, .selection-toolbar[role="toolbar"]') !== null;

export function useAnnotationKeys(actions: AnnotationKeyActions): void {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  }, [actions]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const ctrl = event.ctrlKey || event.metaKey;
      if (ctrl && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        ref.current.toolbar();
        return;
      }
      if (event.key === 'Escape') {
        ref.current.dismiss();
        return;
      }
      if (isEditable(event.target)) return;
      if ((event.key === 'F10' && event.shiftKey && !ctrl && !event.altKey) || event.key === 'ContextMenu') {
        if (!inPagesOrToolbar(event.target)) return;
        event.preventDefault();
        ref.current.toolbar();
        return;
      }
      const kind = LETTERS[event.key.toLowerCase()];
      if (kind && !ctrl && !event.altKey && !event.shiftKey && inPagesOrToolbar(event.target)) {
        if (ref.current.act(kind)) event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
