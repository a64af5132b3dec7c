/**
 * The PDF reader: a virtualised column of pages (only those in view, ± 2, are drawn; the rest are
 * placeholders sized from the first page, so the scrollbar is right), with a toolbar, a sidebar of
 * thumbnails and contents, find in document, print selected pages, and the reading position kept.
 *
 * This file puts the pieces together and holds the reader's state; each piece of the screen is a file
 * of its own that stores nothing (Toolbar, PageBox, ZoomControls, VersionSelect, FindBar, Sidebar,
 * PrintDialog, PdfPage, CaretMark), and each concern a hook (useOpenedPdf, usePagePosition, useFind,
 * useReaderKeys, useFocusReturn, useCaretBrowsing).
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { DocumentDetail, FileOpening } from '../../../shared/types/papers';
import { PdfPage, releaseTextMeasuring, type Mark, type MarksFor } from './PdfPage';
import { SIDEBAR_FROM, itemForPage, itemLabel, scaleFor, stepZoom, termRanges, type ZoomMode } from './pages';
import { OpeningView, type OpeningPicture } from './OpeningView';
import { PrintDialog } from './PrintDialog';
import { Sidebar } from './Sidebar';
import { RenderQueue } from './renderQueue';
import { useFind, type FindMatch } from './useFind';
import { FindBar } from './FindBar';
import { Toolbar } from './Toolbar';
import { useOpenedPdf, type PageSize } from './useOpenedPdf';
import { GAP, PADDING, usePagePosition } from './usePagePosition';
import { useReaderKeys } from './useReaderKeys';
import { useFocusReturn } from './useFocusReturn';
import { useCaretBrowsing } from './useCaretBrowsing';
import { CaretMark } from './CaretMark';
import { AnnotationsLayer } from '../annotations/AnnotationsLayer';
import { PageAnnotations } from '../annotations/PageAnnotations';

/** Scrolling with the arrow keys moves this many pixels. */
const ARROW_STEP = 60;

export interface ReaderProps {
  detail: DocumentDetail;
  /** The PDF's opening; null while it is on its way (the first page's picture is shown meanwhile). */
  opening: FileOpening | null;
  initialPage: number | null;
  terms: string[];
  /** The first page's picture, shown until pdf.js has drawn that page (null when there is none or the reader opens elsewhere). */
  picture: OpeningPicture | null;
}

export function Reader({ detail, opening, initialPage, terms, picture }: ReaderProps) {
  const opened = useOpenedPdf(opening);
  if (opened.status === 'failed') {
    return (
      <p className="reader__message reader__message--error" role="alert">
        This PDF could not be opened. The file may be damaged.
      </p>
    );
  }
  if (opened.status === 'opening') return <OpeningView picture={picture} />;
  return <ReaderBody pdf={opened.pdf} firstPage={opened.firstPage} detail={detail} initialPage={initialPage} terms={terms} picture={picture?.url ?? null} />;
}

function ReaderBody({
  pdf,
  firstPage,
  detail,
  initialPage,
  terms,
  picture,
}: {
  pdf: PDFDocumentProxy;
  firstPage: PageSize;
  detail: DocumentDetail;
  initialPage: number | null;
  terms: string[];
  picture: string | null;
}) {
  const numPages = pdf.numPages;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<PageSize | null>(null);
  const [zoom, setZoom] = useState<ZoomMode>('auto');
  const [sidebarOpen, setSidebarOpen] = useState(() => window.innerWidth >= SIDEBAR_FROM);
  const [printOpen, setPrintOpen] = useState(false);

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

  const { currentPage, getCurrent, goTo, release } = usePagePosition({
    scrollRef,
    virtualizer,
    numPages,
    pageHeight,
    initialPage,
    ready: box !== null,
    documentId: detail.id,
  });

  // Find: jump to the page of the match; the text layer scrolls the match into view once drawn.
  const revealOnPage = useRef<number | null>(terms.length > 0 && initialPage !== null ? Math.min(Math.max(1, initialPage), numPages) : null);
  const onMatch = useCallback(
    (match: FindMatch) => {
      revealOnPage.current = match.page;
      goTo(match.page);
    },
    [goTo],
  );
  const find = useFind(pdf, getCurrent, onMatch);
  const findInputRef = useRef<HTMLInputElement>(null);
  const pagesElement = useCallback(() => scrollRef.current, []);
  const findFocus = useFocusReturn(pagesElement);
  const printFocus = useFocusReturn(pagesElement);
  const openFind = useCallback(() => {
    findFocus.remember();
    find.setOpen(true);
    requestAnimationFrame(() => {
      findInputRef.current?.focus();
      findInputRef.current?.select();
    });
  }, [find, findFocus]);
  const closeFind = useCallback(() => {
    find.setOpen(false);
    find.setQuery('');
    findFocus.restore();
  }, [find, findFocus]);
  const openPrint = useCallback(() => {
    printFocus.remember();
    setPrintOpen(true);
  }, [printFocus]);
  const closePrint = useCallback(() => {
    setPrintOpen(false);
    printFocus.restore();
  }, [printFocus]);

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
  const zoomReset = useCallback(() => setZoom('auto'), []);
  useReaderKeys({ currentPage: getCurrent, numPages, goTo, openFind, openPrint, zoomBy, zoomReset });
  const caret = useCaretBrowsing({ scrollRef, currentPage: getCurrent, release, available: detail.version.textPageCount > 0 });

  // Arrow keys scroll the pages when they have focus (in caret browsing, they move the caret).
  const onPagesKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (caret.onKeyDown(event)) return;
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    release();
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
        onPrint={openPrint}
        caretOn={caret.on}
        caretDisabled={scan}
        onToggleCaret={caret.toggle}
        itemText={item ? itemLabel(item) : null}
      />
      {find.open && <FindBar find={find} inputRef={findInputRef} scan={scan} onClose={closeFind} />}
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
                      caret={caret.on}
                      marks={marksFor}
                      onTextLayer={onTextLayer}
                      errorText={`Page ${page} could not be shown.`}
                      picture={page === 1 ? picture : null}
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
      <CaretMark box={caret.box} />
      <p className="visually-hidden" role="status">
        {caret.message}
      </p>
      <p className="visually-hidden" aria-live="polite">
        Page {currentPage} of {numPages}
        {item ? `, item ${itemLabel(item)}` : ''}
      </p>
      <PrintDialog pdf={pdf} currentPage={currentPage} open={printOpen} onClose={closePrint} />
    </div>
  );
}
