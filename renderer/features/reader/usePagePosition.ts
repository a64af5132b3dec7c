/**
 * Which page is being read, and going to a page: the page box follows scrolling (the page under a
 * line a little below the top of the view); a jump (page box, keys, contents, find) holds the page it
 * went to only while that page is still on screen, however the view is scrolled afterwards (wheel,
 * scrollbar, keys, a screen reader, a find scrolling a match into view). The zoom keeps the place, the
 * reader opens at the page asked for, and the last page read is saved a moment after the member stops on it.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import { api } from '../../kernel/api';
import { clampPage } from './pages';

export const GAP = 16;
export const PADDING = 16;

export interface PagePosition {
  currentPage: number;
  /** The current page, for callbacks that run outside React's render. */
  getCurrent: () => number;
  goTo: (page: number) => void;
  /** The member moved the view by hand (arrow keys): the page box follows the view again. */
  release: () => void;
}

/** Whether item `index` overlaps the view [top, bottom). */
export function inView(items: ReadonlyArray<{ index: number; start: number; end: number }>, index: number, top: number, bottom: number): boolean {
  const item = items.find((i) => i.index === index);
  return item !== undefined && item.end > top && item.start < bottom;
}

export function usePagePosition({
  scrollRef,
  virtualizer,
  numPages,
  pageHeight,
  initialPage,
  ready: laidOut,
  documentId,
}: {
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  numPages: number;
  pageHeight: number;
  initialPage: number | null;
  /** The pages have their size (the view has been measured). */
  ready: boolean;
  documentId: number;
}): PagePosition {
  const [currentPage, setCurrentPage] = useState(() => clampPage(initialPage ?? 1, numPages));
  /** Set by a jump; let go once that page has left the view, or when the member scrolls by hand. */
  const lockedPage = useRef<number | null>(null);
  const opened = useRef(false);
  const currentRef = useRef(currentPage);
  useLayoutEffect(() => {
    currentRef.current = currentPage;
  }, [currentPage]);

  const goTo = useCallback(
    (page: number) => {
      const target = clampPage(page, numPages);
      lockedPage.current = target;
      currentRef.current = target;
      setCurrentPage(target);
      virtualizer.scrollToIndex(target - 1, { align: 'start' });
    },
    [numPages, virtualizer],
  );
  const release = useCallback(() => {
    lockedPage.current = null;
  }, []);
  const getCurrent = useCallback(() => currentRef.current, []);

  // Keep the reading position when the zoom changes: scale the scroll offset with the pages.
  const previousHeight = useRef(pageHeight);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const before = previousHeight.current;
    previousHeight.current = pageHeight;
    if (!el || before === pageHeight) return;
    virtualizer.measure();
    if (lockedPage.current !== null) {
      virtualizer.scrollToIndex(lockedPage.current - 1, { align: 'start' });
    } else {
      el.scrollTop = Math.max(0, ((el.scrollTop - PADDING) * (pageHeight + GAP)) / (before + GAP) + PADDING);
    }
  }, [pageHeight, virtualizer, scrollRef]);

  // Open at the page asked for (or the last one read), once the pages have a size.
  useEffect(() => {
    if (!laidOut || opened.current) return;
    opened.current = true;
    goTo(currentRef.current);
  }, [laidOut, goTo]);

  // The page being read follows the view.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const locked = lockedPage.current;
        if (locked !== null) {
          if (inView(virtualizer.getVirtualItems(), locked - 1, el.scrollTop, el.scrollTop + el.clientHeight)) return;
          lockedPage.current = null;
        }
        const probe = el.scrollTop + Math.min(el.clientHeight * 0.4, (pageHeight + GAP) / 2);
        const item = virtualizer.getVirtualItemForOffset(probe);
        if (item) {
          currentRef.current = item.index + 1;
          setCurrentPage(item.index + 1);
        }
      });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    el.addEventListener('wheel', release, { passive: true });
    el.addEventListener('pointerdown', release);
    el.addEventListener('touchstart', release, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
      el.removeEventListener('wheel', release);
      el.removeEventListener('pointerdown', release);
      el.removeEventListener('touchstart', release);
    };
  }, [pageHeight, virtualizer, scrollRef, release]);

  // The last page read, saved a moment after the member stops on it, and at once when the reader closes
  // before that moment has come (leaving the page from a search hit must not lose the page read).
  const unsaved = useRef<number | null>(null);
  useEffect(() => {
    unsaved.current = currentPage;
    const timer = window.setTimeout(() => {
      if (!opened.current) return;
      unsaved.current = null;
      void api['papers.savePosition']({ documentId, pageNumber: currentPage });
    }, 800);
    return () => window.clearTimeout(timer);
  }, [currentPage, documentId]);
  useEffect(
    () => () => {
      if (opened.current && unsaved.current !== null) void api['papers.savePosition']({ documentId, pageNumber: unsaved.current });
    },
    [documentId],
  );

  return { currentPage, getCurrent, goTo, release };
}
