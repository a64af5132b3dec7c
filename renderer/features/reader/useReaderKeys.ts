/** The reader's shortcuts, wherever focus is in the window (text fields keep their own keys; an open dialog keeps them all). */
import { useEffect } from 'react';

export interface ReaderKeyActions {
  currentPage: () => number;
  numPages: number;
  goTo: (page: number) => void;
  openFind: () => void;
  openPrint: () => void;
  zoomBy: (direction: 1 | -1) => void;
  zoomReset: () => void;
}

export const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');

export function useReaderKeys({ currentPage, numPages, goTo, openFind, openPrint, zoomBy, zoomReset }: ReaderKeyActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const ctrl = event.ctrlKey || event.metaKey;
      if (ctrl && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        openFind();
        return;
      }
      if (ctrl && !event.altKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        openPrint();
        return;
      }
      if (ctrl && (event.key === '+' || event.key === '=')) {
        event.preventDefault();
        zoomBy(1);
        return;
      }
      if (ctrl && (event.key === '-' || event.key === '_')) {
        event.preventDefault();
        zoomBy(-1);
        return;
      }
      if (ctrl && event.key === '0') {
        event.preventDefault();
        zoomReset();
        return;
      }
      // Keys already used (caret browsing's Home and End move the caret, not the page) are left alone.
      if (ctrl || event.altKey || event.defaultPrevented || isEditable(event.target)) return;
      const page = currentPage();
      const moves: Record<string, number> = { PageDown: page + 1, PageUp: page - 1, Home: 1, End: numPages };
      const target = moves[event.key];
      if (target !== undefined) {
        event.preventDefault();
        goTo(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [currentPage, numPages, goTo, openFind, openPrint, zoomBy, zoomReset]);
}
