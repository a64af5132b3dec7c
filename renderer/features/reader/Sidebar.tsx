/**
 * The reader's sidebar: page thumbnails (virtualised: only those in view have canvases) and the
 * contents: the PDF's own bookmarks when it has them, else the agenda items found in the pack.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { ItemPageRange } from '../../../shared/types/papers';
import { itemLabel } from './pages';
import { PdfPage } from './PdfPage';
import type { RenderQueue } from './renderQueue';

const THUMB_WIDTH = 116;
/** Thumbnails wait behind every page of the document in view. */
const THUMB_PRIORITY = 1000;

export interface OutlineEntry {
  title: string;
  page: number | null;
  depth: number;
}

type OutlineNode = { title: string; dest: string | unknown[] | null; items?: OutlineNode[] };

async function destinationPage(pdf: PDFDocumentProxy, dest: OutlineNode['dest']): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
    const target = explicit?.[0];
    if (typeof target === 'number') return target + 1;
    if (target && typeof target === 'object') return (await pdf.getPageIndex(target as { num: number; gen: number })) + 1;
  } catch {
    // A broken bookmark is listed without a page.
  }
  return null;
}

/** The PDF's bookmarks, flattened to three levels with their page numbers; [] when it has none. */
export async function loadOutline(pdf: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const outline = (await pdf.getOutline().catch(() => null)) as OutlineNode[] | null;
  if (!outline) return [];
  const entries: OutlineEntry[] = [];
  const walk = async (nodes: OutlineNode[], depth: number) => {
    for (const node of nodes) {
      if (entries.length >= 500) return;
      entries.push({ title: node.title.trim() || 'Untitled', page: await destinationPage(pdf, node.dest), depth });
      if (node.items && node.items.length > 0 && depth < 2) await walk(node.items, depth + 1);
    }
  };
  await walk(outline, 0);
  return entries;
}

function Thumbnails({
  pdf,
  queue,
  numPages,
  pageRatio,
  currentPage,
  onGo,
}: {
  pdf: PDFDocumentProxy;
  queue: RenderQueue;
  numPages: number;
  pageRatio: number;
  currentPage: number;
  onGo: (page: number) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const thumbHeight = Math.round(THUMB_WIDTH * pageRatio);
  const rowHeight = thumbHeight + 40;
  const estimate = useMemo(() => ({ width: THUMB_WIDTH, height: thumbHeight }), [thumbHeight]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's functions are not memoisable; this component does not rely on memoisation.
  const virtualizer = useVirtualizer({
    count: numPages,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 3,
    paddingStart: 8,
    paddingEnd: 8,
  });
  // Keep the current page's thumbnail in view as the member reads.
  useEffect(() => {
    virtualizer.scrollToIndex(currentPage - 1, { align: 'auto' });
  }, [currentPage, virtualizer]);

  return (
    <div ref={scrollRef} className="thumbs">
      <ol className="thumbs__list" style={{ height: virtualizer.getTotalSize() }} aria-label="Pages">
        {virtualizer.getVirtualItems().map((row) => {
          const page = row.index + 1;
          const current = page === currentPage;
          return (
            <li key={row.key} className="thumbs__row" style={{ transform: `translateY(${row.start}px)`, height: rowHeight }}>
              <button
                type="button"
                className={current ? 'thumb thumb--current' : 'thumb'}
                aria-current={current ? 'page' : undefined}
                aria-label={`Page ${page}`}
                onClick={() => onGo(page)}
              >
                <span className="thumb__image" style={{ width: THUMB_WIDTH, height: thumbHeight }}>
                  <PdfPage
                    pdf={pdf}
                    pageNumber={page}
                    fitWidth={THUMB_WIDTH}
                    estimate={estimate}
                    queue={queue}
                    priority={THUMB_PRIORITY + Math.abs(page - currentPage)}
                    className="thumb__page"
                  />
                </span>
                <span className="thumb__label" aria-hidden="true">
                  {page}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function Contents({
  outline,
  items,
  currentPage,
  onGo,
}: {
  outline: OutlineEntry[] | null;
  items: ItemPageRange[];
  currentPage: number;
  onGo: (page: number) => void;
}) {
  if (outline === null) return <p className="sidebar__note">Reading the bookmarks…</p>;
  if (outline.length > 0) {
    return (
      <ul className="contents-list" aria-label="Bookmarks">
        {outline.map((entry, i) => (
          <li key={i} style={{ paddingLeft: `${entry.depth * 0.9}rem` }}>
            {entry.page === null ? (
              <span className="contents-list__dead">{entry.title}</span>
            ) : (
              <button type="button" className="contents-list__link" onClick={() => onGo(entry.page as number)}>
                <span className="contents-list__title">{entry.title}</span>
                <span className="contents-list__page">p. {entry.page}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    );
  }
  if (items.length > 0) {
    return (
      <ul className="contents-list" aria-label="Agenda items">
        {items.map((item) => {
          const here = currentPage >= item.firstPage && currentPage <= item.lastPage;
          return (
            <li key={item.itemId}>
              <button
                type="button"
                className={here ? 'contents-list__link contents-list__link--here' : 'contents-list__link'}
                aria-current={here ? 'location' : undefined}
                onClick={() => onGo(item.firstPage)}
              >
                <span className="contents-list__title">{itemLabel(item)}</span>
                <span className="contents-list__page">
                  <span aria-hidden="true">— </span>p. {item.firstPage}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    );
  }
  return <p className="sidebar__note">This document has no bookmarks, and no agenda items were found in it.</p>;
}

type Tab = 'pages' | 'contents';

export function Sidebar({
  pdf,
  queue,
  numPages,
  pageRatio,
  items,
  currentPage,
  onGo,
}: {
  pdf: PDFDocumentProxy;
  queue: RenderQueue;
  numPages: number;
  pageRatio: number;
  items: ItemPageRange[];
  currentPage: number;
  onGo: (page: number) => void;
}) {
  const [tab, setTab] = useState<Tab>('contents');
  const [outline, setOutline] = useState<OutlineEntry[] | null>(null);
  const tabs: Array<{ id: Tab; label: string }> = [
    { id: 'contents', label: 'Contents' },
    { id: 'pages', label: 'Pages' },
  ];
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ pages: null, contents: null });

  // The bookmarks are read once the first pages have had their turn with the worker.
  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      void loadOutline(pdf).then((entries) => {
        if (current) setOutline(entries);
      });
    }, 300);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [pdf]);

  // Tabs follow the ARIA pattern: arrows move between them, Tab goes into the panel.
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    event.stopPropagation();
    const next: Tab = tab === 'pages' ? 'contents' : 'pages';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <aside className="sidebar" aria-label="Document navigation">
      <div role="tablist" aria-label="Show" className="sidebar__tabs">
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              tabRefs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`sidebar-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`sidebar-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className={tab === t.id ? 'sidebar__tab sidebar__tab--selected' : 'sidebar__tab'}
            onClick={() => setTab(t.id)}
            onKeyDown={onTabKey}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`sidebar-panel-${tab}`} aria-labelledby={`sidebar-tab-${tab}`} className="sidebar__panel">
        {tab === 'pages' ? (
          <Thumbnails pdf={pdf} queue={queue} numPages={numPages} pageRatio={pageRatio} currentPage={currentPage} onGo={onGo} />
        ) : (
          <Contents outline={outline} items={items} currentPage={currentPage} onGo={onGo} />
        )}
      </div>
    </aside>
  );
}
