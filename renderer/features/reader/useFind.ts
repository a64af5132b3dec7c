/**
 * Find in document: reads each page's text through pdf.js (cached for the reader's lifetime), from
 * the current page on and then from the start, shows the first match as soon as it is found, lists
 * every match in page order and tracks which one the member is on.
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

/** The pages in the order find reads them: from the current page to the end, then from the start. */
export function searchOrder(from: number, numPages: number): number[] {
  const start = Math.min(Math.max(1, from), numPages);
  return Array.from({ length: numPages }, (_, i) => ((start - 1 + i) % numPages) + 1);
}

/** Every match found so far, in page order. */
function inPageOrder(found: Map<number, FindMatch[]>): FindMatch[] {
  return [...found.keys()].sort((a, b) => a - b).flatMap((page) => found.get(page) ?? []);
}

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
    // Searching from now: the bar never says "no matches" before it has looked.
    update({ matches: [], index: -1, pagesSearched: 0, searching: true });
    const timer = window.setTimeout(async () => {
      const found = new Map<number, FindMatch[]>();
      /** The match the member is on: the first found from the current page on (wrapping round). */
      let current: FindMatch | null = null;
      const order = searchOrder(currentPageRef.current(), pdf.numPages);
      for (let i = 0; i < order.length; i++) {
        const page = order[i] as number;
        const text = await readPage(page).catch(() => null);
        if (cancelled) return;
        const here = text ? findInText(text.text, needle).map((range) => ({ page, ...range })) : [];
        if (here.length > 0) found.set(page, here);
        const done = i === order.length - 1;
        const first = current === null && here.length > 0;
        // The first match is shown as soon as it is found; then progress every few pages, and at the end.
        if (first || (i + 1) % 25 === 0 || done) {
          const matches = inPageOrder(found);
          // The member may have stepped to another match meanwhile: stay on it.
          const chosen = latest.current.index >= 0 ? latest.current.matches[latest.current.index] : undefined;
          if (first) current = here[0] as FindMatch;
          else if (chosen) current = chosen;
          update({ matches, index: current ? matches.indexOf(current) : -1, pagesSearched: i + 1, searching: !done });
          if (first && current) onMatchRef.current(current);
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
