/**
 * Find in document: reads each page's text through pdf.js (cached for the reader's lifetime),
 * lists every match in page order and tracks which one the member is on.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { findInText, joinPageText, normaliseNeedle, type PageText, type TextRange } from './pages';

export interface FindMatch extends TextRange {
  page: number;
}

export interface FindState {
  open: boolean;
  query: string;
  matches: FindMatch[];
  /** Index into matches of the current one, or -1. */
  index: number;
  /** Pages read so far for this query (the search runs in the background). */
  pagesSearched: number;
  searching: boolean;
}

export interface Find extends FindState {
  setOpen(open: boolean): void;
  setQuery(query: string): void;
  /** Moves to the next (1) or previous (-1) match, wrapping round. */
  step(direction: 1 | -1): void;
  /** The page's joined text, once it has been read (for mapping text items to matches). */
  pageText(page: number): PageText | undefined;
}

const textRuns = (items: ReadonlyArray<object>) =>
  items.filter((i): i is { str: string; hasEOL: boolean } => 'str' in i);

const CLOSED: FindState = { open: false, query: '', matches: [], index: -1, pagesSearched: 0, searching: false };

export function useFind(pdf: PDFDocumentProxy, currentPage: () => number, onMatch: (match: FindMatch) => void): Find {
  const [state, setState] = useState<FindState>(CLOSED);
  // The latest state, for callbacks that run outside React's render (the background search, key presses).
  const latest = useRef<FindState>(CLOSED);
  const update = useCallback((change: Partial<FindState>) => {
    latest.current = { ...latest.current, ...change };
    setState(latest.current);
  }, []);
  const texts = useRef(new Map<number, PageText>());
  const onMatchRef = useRef(onMatch);
  const currentPageRef = useRef(currentPage);
  useEffect(() => {
    onMatchRef.current = onMatch;
    currentPageRef.current = currentPage;
  }, [onMatch, currentPage]);

  const readPage = useCallback(
    async (page: number): Promise<PageText> => {
      const cached = texts.current.get(page);
      if (cached) return cached;
      const proxy = await pdf.getPage(page);
      const content = await proxy.getTextContent();
      const text = joinPageText(textRuns(content.items));
      texts.current.set(page, text);
      return text;
    },
    [pdf],
  );

  const { query, open } = state;
  useEffect(() => {
    const needle = normaliseNeedle(query);
    if (!open || needle === '') {
      const s = latest.current;
      if (s.matches.length > 0 || s.searching || s.index !== -1) update({ matches: [], index: -1, pagesSearched: 0, searching: false });
      return;
    }
    let cancelled = false;
    const timer = window.setTimeout(async () => {
      const matches: FindMatch[] = [];
      let announced = false;
      update({ matches: [], index: -1, pagesSearched: 0, searching: true });
      for (let page = 1; page <= pdf.numPages; page++) {
        const text = await readPage(page).catch(() => null);
        if (cancelled) return;
        if (text) for (const range of findInText(text.text, needle)) matches.push({ page, ...range });
        // Show the first match as soon as it is found, then progress every few pages.
        const done = page === pdf.numPages;
        if ((!announced && matches.length > 0) || page % 25 === 0 || done) {
          announced = announced || matches.length > 0;
          let index = latest.current.index;
          let jump: FindMatch | undefined;
          if (index === -1 && matches.length > 0) {
            const from = currentPageRef.current();
            const at = matches.findIndex((m) => m.page >= from);
            // Until the whole document is read, a match nearer the current page may still turn up.
            index = at !== -1 ? at : done ? 0 : -1;
            jump = matches[index];
          }
          update({ matches: [...matches], index, pagesSearched: page, searching: !done });
          if (jump) onMatchRef.current(jump);
        }
      }
    }, 200);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [query, open, pdf, readPage, update]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const { matches, index } = latest.current;
      if (matches.length === 0) return;
      const next = index === -1 ? (direction === 1 ? 0 : matches.length - 1) : (index + direction + matches.length) % matches.length;
      update({ index: next });
      const match = matches[next];
      if (match) onMatchRef.current(match);
    },
    [update],
  );

  const setOpen = useCallback((next: boolean) => update({ open: next }), [update]);
  const setQuery = useCallback((next: string) => update({ query: next }), [update]);
  const pageText = useCallback((page: number) => texts.current.get(page), []);

  return { ...state, setOpen, setQuery, step, pageText };
}
