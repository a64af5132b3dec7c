/**
 * The PDF reader: a virtualised column of pages (only those in view, ± 2, are drawn; the rest are
 * placeholders sized from the first page, so the scrollbar is right), with a toolbar, a sidebar of
 * thumbnails and contents, find in document, print selected pages, and the reading position kept.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { DocumentDetail } from '../../../shared/types/papers';
import { api } from '../../app/api';
import { hrefs } from '../../app/router';
import { Button } from '../../ui/Button';
import { PdfPage, releaseTextMeasuring, resetFirstDrawn, type Mark, type MarksFor } from './PdfPage';
import { openPdf } from './pdfjs';
import {
  clampPage,
  itemForPage,
  itemLabel,
  scaleFor,
  stepZoom,
  termRanges,
  ZOOM_STEPS,
  type ZoomMode,
} from './pages';
import { PrintDialog } from './PrintDialog';
import { Sidebar } from './Sidebar';
import { RenderQueue } from './renderQueue';
import { useFind, type Find, type FindMatch } from './useFind';
import { readerMark } from './perf';
import { AnnotateSelectionButton, AnnotationsLayer } from '../annotations/AnnotationsLayer';
import { PageAnnotations } from '../annotations/PageAnnotations';

const GAP = 16;
const PADDING = 16;
/** Scrolling with the arrow keys moves this many pixels. */
const ARROW_STEP = 60;

export interface ReaderProps {
  detail: DocumentDetail;
  bytes: Uint8Array;
  initialPage: number | null;
  terms: string[];
}

interface PageSize {
  width: number;
  height: number;
}

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');

export function Reader({ detail, bytes, initialPage, terms }: ReaderProps) {
  const [opened, setOpened] = useState<{ pdf: PDFDocumentProxy; firstPage: PageSize } | null>(null);
  const [failed, setFailed] = useState(false);

  // Open the PDF, and read page 1's size (every placeholder takes it until its own page is drawn).
  useEffect(() => {
    // pdf.js transfers (detaches) the buffer it is given, so it gets a copy.
    resetFirstDrawn();
    const task = openPdf(bytes.slice());
    let current = true;
    task.promise
      .then(async (pdf) => {
        readerMark('pdf-loaded');
        const page = await pdf.getPage(1);
        const viewport = page.getViewport({ scale: 1 });
        if (current) setOpened({ pdf, firstPage: { width: viewport.width, height: viewport.height } });
      })
      .catch(() => {
        if (current) setFailed(true);
      });
    return () => {
      current = false;
      void task.destroy();
    };
  }, [bytes]);

  if (failed) {
    return (
      <p className="reader__message reader__message--error" role="alert">
        This PDF could not be opened. The file may be damaged.
      </p>
    );
  }
  if (!opened) {
    return (
      <p className="reader__message" role="status">
        Opening the document…
      </p>
    );
  }
  return <ReaderBody pdf={opened.pdf} firstPage={opened.firstPage} detail={detail} initialPage={initialPage} terms={terms} />;
}

function ReaderBody({
  pdf,
  firstPage,
  detail,
  initialPage,
  terms,
}: {
  pdf: PDFDocumentProxy;
  firstPage: PageSize;
  detail: DocumentDetail;
  initialPage: number | null;
  terms: string[];
}) {
  const numPages = pdf.numPages;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<PageSize | null>(null);
  const [zoom, setZoom] = useState<ZoomMode>('auto');
  const [currentPage, setCurrentPage] = useState(() => clampPage(initialPage ?? 1, numPages));
  const [sidebarOpen, setSidebarOpen] = useState(() => window.innerWidth >= 900);
  const [printOpen, setPrintOpen] = useState(false);
  /** Set by a jump (page box, keys, contents, find); cleared when the member scrolls by hand. */
  const lockedPage = useRef<number | null>(null);
  const ready = useRef(false);
  const currentRef = useRef(currentPage);
  useLayoutEffect(() => {
    currentRef.current = currentPage;
  }, [currentPage]);

  // The pages' box, for fit width / fit page.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setBox({ width: el.clientWidth - 2 * PADDING, height: el.clientHeight - 2 * PADDING });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const scale = box ? scaleFor(zoom, firstPage, box) : 1;
  const pageWidth = Math.floor(firstPage.width * scale);
  const pageHeight = Math.floor(firstPage.height * scale);
  const estimate = useMemo(() => ({ width: pageWidth, height: pageHeight }), [pageWidth, pageHeight]);
  /** Pages are drawn one at a time, the one being read first (thumbnails after the pages). */
  const [queue] = useState(() => new RenderQueue(releaseTextMeasuring));

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's functions are not memoisable; this component does not rely on memoisation.
  const virtualizer = useVirtualizer({
    count: numPages,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => pageHeight + GAP,
    overscan: 2,
    paddingStart: PADDING,
    paddingEnd: PADDING,
    scrollPaddingStart: PADDING,
    enabled: box !== null,
  });

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
  }, [pageHeight, virtualizer]);

  // Open at the page asked for (or the last one read), once the pages have a size.
  useEffect(() => {
    if (!box || ready.current) return;
    ready.current = true;
    goTo(currentRef.current);
  }, [box, goTo]);

  // Which page is being read: the one under a line a little below the top of the view.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (lockedPage.current !== null) return;
        const probe = el.scrollTop + Math.min(el.clientHeight * 0.4, (pageHeight + GAP) / 2);
        const item = virtualizer.getVirtualItemForOffset(probe);
        if (item) setCurrentPage(item.index + 1);
      });
    };
    const release = () => {
      lockedPage.current = null;
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
  }, [pageHeight, virtualizer]);

  // The last page read, saved a moment after the member stops on it.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (ready.current) void api['papers.savePosition']({ documentId: detail.id, pageNumber: currentPage });
    }, 800);
    return () => window.clearTimeout(timer);
  }, [currentPage, detail.id]);

  // Find: jump to the page of the match; the text layer scrolls the match into view once drawn.
  const revealOnPage = useRef<number | null>(terms.length > 0 && initialPage !== null ? clampPage(initialPage, numPages) : null);
  const onMatch = useCallback(
    (match: FindMatch) => {
      revealOnPage.current = match.page;
      goTo(match.page);
    },
    [goTo],
  );
  const getCurrent = useCallback(() => currentRef.current, []);
  const find = useFind(pdf, getCurrent, onMatch);
  const findInputRef = useRef<HTMLInputElement>(null);
  const openFind = useCallback(() => {
    find.setOpen(true);
    requestAnimationFrame(() => {
      findInputRef.current?.focus();
      findInputRef.current?.select();
    });
  }, [find]);

  // The marks on a page: the search's words (from ?q=) and the find matches, the current one apart.
  const marksFor = useMemo<MarksFor>(() => {
    const byPage = new Map<number, Mark[]>();
    find.matches.forEach((m, i) => {
      const list = byPage.get(m.page) ?? [];
      list.push({ start: m.start, end: m.end, kind: i === find.index ? 'current' : 'find' });
      byPage.set(m.page, list);
    });
    return (pageNumber, text) => {
      const finds = byPage.get(pageNumber) ?? [];
      const termMarks = termRanges(text.text, terms).map((r): Mark => ({ ...r, kind: 'term' }));
      return termMarks.length === 0 ? finds : [...termMarks, ...finds];
    };
  }, [find.matches, find.index, terms]);

  const onTextLayer = useCallback((page: number) => {
    if (revealOnPage.current !== page) return;
    const slot = scrollRef.current?.querySelector(`[data-page="${page}"]`);
    const mark = slot?.querySelector('mark.hit--current') ?? slot?.querySelector('mark.hit');
    if (!mark) return;
    revealOnPage.current = null;
    const view = scrollRef.current?.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    if (view && (at.top < view.top + 8 || at.bottom > view.bottom - 8)) mark.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, []);

  const zoomBy = useCallback((direction: 1 | -1) => setZoom(stepZoom(scale, direction)), [scale]);

  // Reader shortcuts, wherever focus is in the window (text fields keep their own keys).
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
        setPrintOpen(true);
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
        setZoom('auto');
        return;
      }
      if (ctrl || event.altKey || isEditable(event.target)) return;
      const page = currentRef.current;
      const moves: Record<string, number> = { PageDown: page + 1, PageUp: page - 1, Home: 1, End: numPages };
      const target = moves[event.key];
      if (target !== undefined) {
        event.preventDefault();
        goTo(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, numPages, openFind, zoomBy]);

  // Arrow keys scroll the pages when they have focus.
  const onPagesKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    lockedPage.current = null;
    scrollRef.current?.scrollBy({ top: event.key === 'ArrowDown' ? ARROW_STEP : -ARROW_STEP });
  };

  const item = itemForPage(detail.items, currentPage);
  const scan = detail.version.textPageCount === 0;

  return (
    <div className={sidebarOpen ? 'reader__layout reader__layout--sidebar' : 'reader__layout'}>
      <Toolbar
        detail={detail}
        currentPage={currentPage}
        numPages={numPages}
        zoom={zoom}
        scale={scale}
        sidebarOpen={sidebarOpen}
        onToggleSidebar={() => setSidebarOpen((open) => !open)}
        onGo={goTo}
        onZoom={setZoom}
        onZoomBy={zoomBy}
        onFind={openFind}
        onPrint={() => setPrintOpen(true)}
        itemText={item ? itemLabel(item) : null}
      />
      {find.open && <FindBar find={find} inputRef={findInputRef} scan={scan} />}
      {scan && (
        <p className="reader__notice" role="note">
          <strong>No text layer: not searchable.</strong> This paper is a scan, so you can read it but Find and search
          cannot see its words.
        </p>
      )}
      <div className="reader__body">
        {sidebarOpen && (
          <Sidebar
            pdf={pdf}
            queue={queue}
            numPages={numPages}
            pageRatio={firstPage.height / firstPage.width}
            items={detail.items}
            currentPage={currentPage}
            onGo={goTo}
          />
        )}
        <div
          ref={scrollRef}
          id="reader-pages"
          className="reader__scroll"
          tabIndex={0}
          role="region"
          aria-label={`Pages of ${detail.title}`}
          onKeyDown={onPagesKey}
        >
          {box && (
            <div className="reader__pages" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((row) => {
                const page = row.index + 1;
                return (
                  <div
                    key={row.key}
                    data-index={row.index}
                    data-page={page}
                    ref={virtualizer.measureElement}
                    className="reader__slot"
                    style={{ transform: `translateY(${row.start}px)`, paddingBottom: GAP }}
                  >
                    <PdfPage
                      pdf={pdf}
                      pageNumber={page}
                      scale={scale}
                      estimate={estimate}
                      queue={queue}
                      priority={Math.abs(page - currentPage)}
                      className="reader__page"
                      textLayer={!scan}
                      marks={marksFor}
                      onTextLayer={onTextLayer}
                      errorText={`Page ${page} could not be shown.`}
                    />
                    <PageAnnotations pageNumber={page} scale={scale} />
                  </div>
                );
              })}
            </div>
          )}
        </div>
        <AnnotationsLayer detail={detail} scale={scale} currentPage={currentPage} onGo={goTo} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        Page {currentPage} of {numPages}
        {item ? `, item ${itemLabel(item)}` : ''}
      </p>
      <PrintDialog pdf={pdf} currentPage={currentPage} open={printOpen} onClose={() => setPrintOpen(false)} />
    </div>
  );
}

function zoomValue(zoom: ZoomMode): string {
  return typeof zoom === 'number' ? String(zoom) : zoom;
}

function Toolbar({
  detail,
  currentPage,
  numPages,
  zoom,
  scale,
  sidebarOpen,
  onToggleSidebar,
  onGo,
  onZoom,
  onZoomBy,
  onFind,
  onPrint,
  itemText,
}: {
  detail: DocumentDetail;
  currentPage: number;
  numPages: number;
  zoom: ZoomMode;
  scale: number;
  sidebarOpen: boolean;
  onToggleSidebar: () => void;
  onGo: (page: number) => void;
  onZoom: (zoom: ZoomMode) => void;
  onZoomBy: (direction: 1 | -1) => void;
  onFind: () => void;
  onPrint: () => void;
  itemText: string | null;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  const zoomOptions: Array<{ value: string; label: string }> = [
    { value: 'auto', label: 'Automatic' },
    { value: 'fit-width', label: 'Fit width' },
    { value: 'fit-page', label: 'Fit page' },
    ...ZOOM_STEPS.map((s) => ({ value: String(s), label: `${Math.round(s * 100)}%` })),
  ];
  if (typeof zoom === 'number' && !ZOOM_STEPS.some((s) => s === zoom)) {
    zoomOptions.push({ value: String(zoom), label: `${Math.round(zoom * 100)}%` });
  }
  const jump = () => {
    if (typed === null) return;
    const n = Number.parseInt(typed, 10);
    if (Number.isFinite(n)) {
      const target = clampPage(n, numPages);
      onGo(target);
      setTyped(String(target));
    } else {
      setTyped(String(currentPage));
    }
  };

  return (
    <div className="reader__toolbar" role="toolbar" aria-label="Reader" aria-controls="reader-pages">
      <div className="toolbar__group">
        <button
          type="button"
          className="tool"
          aria-pressed={sidebarOpen}
          onClick={onToggleSidebar}
          title="Show or hide the contents and page thumbnails"
        >
          Sidebar
        </button>
      </div>
      <div className="toolbar__group">
        <button type="button" className="tool" onClick={() => onGo(currentPage - 1)} disabled={currentPage <= 1}>
          <span aria-hidden="true">‹</span> Previous<span className="visually-hidden"> page</span>
        </button>
        <label className="toolbar__page">
          <span>Page</span>
          <input
            className="toolbar__page-input"
            inputMode="numeric"
            aria-describedby="reader-page-count"
            value={typed ?? String(currentPage)}
            onFocus={(e) => {
              setTyped(String(currentPage));
              e.currentTarget.select();
            }}
            onBlur={() => setTyped(null)}
            onChange={(e) => setTyped(e.currentTarget.value.replace(/[^\d]/g, '').slice(0, 6))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                jump();
              } else if (e.key === 'Escape') {
                setTyped(String(currentPage));
              }
            }}
            size={Math.max(2, String(numPages).length)}
          />
          <span id="reader-page-count">of {numPages}</span>
        </label>
        <button type="button" className="tool" onClick={() => onGo(currentPage + 1)} disabled={currentPage >= numPages}>
          Next<span className="visually-hidden"> page</span> <span aria-hidden="true">›</span>
        </button>
      </div>
      <div className="toolbar__group">
        <button type="button" className="tool tool--icon" onClick={() => onZoomBy(-1)} aria-label="Zoom out" title="Zoom out (Ctrl −)">
          −
        </button>
        <label className="visually-hidden" htmlFor="reader-zoom">
          Zoom
        </label>
        <select
          id="reader-zoom"
          className="toolbar__select"
          value={zoomValue(zoom)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onZoom(v === 'auto' || v === 'fit-width' || v === 'fit-page' ? v : Number(v));
          }}
        >
          {zoomOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
              {o.value === zoom && typeof zoom === 'string' ? ` (${Math.round(scale * 100)}%)` : ''}
            </option>
          ))}
        </select>
        <button type="button" className="tool tool--icon" onClick={() => onZoomBy(1)} aria-label="Zoom in" title="Zoom in (Ctrl +)">
          +
        </button>
      </div>
      <div className="toolbar__group">
        <button type="button" className="tool" onClick={onFind} title="Find in document (Ctrl F)">
          Find
        </button>
        <button type="button" className="tool" onClick={onPrint} title="Print pages (Ctrl P)">
          Print…
        </button>
      </div>
      <AnnotateSelectionButton scale={scale} />
      {detail.versions.length > 1 && <VersionSelect detail={detail} currentPage={currentPage} />}
      <p className="toolbar__item" title={itemText ?? undefined}>
        {itemText ? (
          <>
            <span className="toolbar__item-label">
              Item<span className="visually-hidden"> on this page:</span>
            </span>{' '}
            {itemText}
          </>
        ) : (
          <span className="muted">No agenda item on this page</span>
        )}
      </p>
    </div>
  );
}

function VersionSelect({ detail, currentPage }: { detail: DocumentDetail; currentPage: number }) {
  return (
    <div className="toolbar__group">
      <label htmlFor="reader-version" className="toolbar__label">
        Version
      </label>
      <select
        id="reader-version"
        className="toolbar__select"
        value={String(detail.version.id)}
        onChange={(e) => {
          window.location.hash = hrefs.document(detail.id, { versionId: Number(e.currentTarget.value), page: currentPage });
        }}
      >
        {detail.versions.map((v) => (
          <option key={v.id} value={String(v.id)}>
            {`Version ${v.version}${v.isCurrent ? ' (latest)' : ''} · ${v.pageCount} pages`}
          </option>
        ))}
      </select>
    </div>
  );
}

function FindBar({ find, inputRef, scan }: { find: Find; inputRef: RefObject<HTMLInputElement | null>; scan: boolean }) {
  const { matches, index, searching, pagesSearched, query } = find;
  const more = searching ? '+' : '';
  const current = matches[index];
  let status: string;
  if (scan) status = 'This document is a scan: it has no text to find.';
  else if (query.trim() === '') status = 'Type to find words in this document.';
  else if (matches.length === 0) status = searching ? `Searching… (${pagesSearched} pages read)` : 'No matches in this document.';
  else if (current) status = `${index + 1} of ${matches.length}${more} matches, on page ${current.page}`;
  else status = `${matches.length}${more} ${matches.length === 1 ? 'match' : 'matches'}`;

  const close = () => {
    find.setOpen(false);
    find.setQuery('');
  };
  return (
    <div className="findbar" role="search" aria-label="Find in document">
      <label htmlFor="reader-find" className="findbar__label">
        Find in document
      </label>
      <input
        ref={inputRef}
        id="reader-find"
        type="search"
        className="findbar__input"
        value={query}
        autoComplete="off"
        onChange={(e) => find.setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            find.step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
        aria-describedby="reader-find-status"
      />
      <Button variant="quiet" onClick={() => find.step(-1)} disabled={matches.length === 0} aria-label="Previous match">
        Previous
      </Button>
      <Button variant="quiet" onClick={() => find.step(1)} disabled={matches.length === 0} aria-label="Next match">
        Next
      </Button>
      <p id="reader-find-status" className="findbar__status" role="status">
        {status}
      </p>
      <Button variant="quiet" onClick={close}>
        Close find
      </Button>
    </div>
  );
}
