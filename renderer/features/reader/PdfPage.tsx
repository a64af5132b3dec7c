/**
 * One PDF page: a canvas and (optionally) pdf.js's text layer over it, drawn when the render queue
 * gives it a turn. Everything pdf.js keeps for the page (its operator list, images, the text) is
 * let go when the page leaves the view: the canvas is emptied and page.cleanup() is called, as
 * pdf.js's own viewer does for pages outside its small buffer. Nothing is kept per page once it has
 * been scrolled past, so memory stays flat however far the member reads.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { TextLayer, type PDFDocumentProxy, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { joinPageText, splitItem, type PageText, type TextRange } from './pages';
import type { QueuedJob, RenderQueue } from './renderQueue';
import { markFirstPageShown, readerMark } from './perf';
import { fitWordSpacing, applyPageFonts } from './textLayerFonts';

export type Mark = TextRange & { kind: 'term' | 'find' | 'current' };
/** The marks to show on a page, as ranges of its joined text (see joinPageText). */
export type MarksFor = (pageNumber: number, text: PageText) => readonly Mark[];

export interface PdfPageProps {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  /** Scale to draw at; ignored when fitWidth is given. */
  scale?: number;
  /** Draw the page this many CSS pixels wide, whatever its own size (thumbnails). */
  fitWidth?: number;
  /** The size to hold until the page's own size is known. */
  estimate: { width: number; height: number };
  queue: RenderQueue;
  /** Lower is drawn sooner (distance from the page being read). */
  priority: number;
  className: string;
  textLayer?: boolean;
  /** Caret browsing is on: the text layer can take focus (see useCaretBrowsing). */
  caret?: boolean;
  marks?: MarksFor | null;
  /** Called once the text layer is drawn and marked, and again each time the marks change. */
  onTextLayer?: (pageNumber: number) => void;
  /** Shown when the page cannot be drawn; null for nothing. */
  errorText?: string | null;
  /** A picture of the page (an object URL) shown under it until pdf.js has drawn it. */
  picture?: string | null;
}

const MARK_CLASS: Record<Mark['kind'], string> = {
  term: 'hit hit--term',
  find: 'hit hit--find',
  current: 'hit hit--find hit--current',
};

const isCancelled = (error: unknown) =>
  error instanceof Error && (error.name === 'RenderingCancelledException' || error.name === 'AbortException');

interface DrawnText {
  divs: HTMLElement[];
  strs: string[];
  text: PageText;
}

/** Puts the marks into the text layer's spans: marked pieces in <mark>, the rest as plain text. */
function applyMarks(drawn: DrawnText, marks: readonly Mark[]): void {
  const { divs, strs, text } = drawn;
  for (let i = 0; i < divs.length; i++) {
    const div = divs[i];
    const str = strs[i] ?? '';
    const start = text.starts[i] ?? 0;
    if (!div || str === '') continue;
    const end = start + str.length;
    const here = marks.filter((m) => m.start < end && m.end > start);
    if (here.length === 0) {
      if (div.firstElementChild) div.textContent = str;
      continue;
    }
    div.replaceChildren(
      ...splitItem(str, start, here).map((piece) => {
        if (!piece.mark) return document.createTextNode(piece.text);
        const mark = document.createElement('mark');
        mark.className = MARK_CLASS[piece.mark];
        mark.textContent = piece.text;
        return mark;
      }),
    );
  }
}

/**
 * pdf.js measures text-layer words on a hidden canvas it keeps for the app's lifetime, and the
 * browser keeps a shaped copy of every string measured on it: megabytes after a long read, and
 * growing. Call this when no page is being drawn (the render queue is idle): pdf.js drops that
 * canvas (only if no text layer is being drawn) and makes a new one for the next page.
 */
export function releaseTextMeasuring(): void {
  TextLayer.cleanup();
}

/** A performance mark for the first page drawn after a document opens (see the reader bench). */
let firstDrawn = false;
export const resetFirstDrawn = (): void => {
  firstDrawn = false;
};
function markFirstDrawn(): void {
  if (firstDrawn) return;
  firstDrawn = true;
  markFirstPageShown();
  readerMark('first-page-drawn');
}

function emptyCanvases(host: HTMLElement | null): void {
  // Zeroing a canvas makes the browser let go of its pixels straight away.
  for (const canvas of host?.querySelectorAll('canvas') ?? []) {
    canvas.width = 0;
    canvas.height = 0;
  }
}

export function PdfPage({
  pdf,
  pageNumber,
  scale: scaleProp = 1,
  fitWidth,
  estimate,
  queue,
  priority,
  className,
  textLayer = false,
  caret = false,
  marks = null,
  onTextLayer,
  errorText = null,
  picture = null,
}: PdfPageProps) {
  /** The page's own size at scale 1, once known. */
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const hostRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const proxyRef = useRef<PDFPageProxy | null>(null);
  const contentRef = useRef<TextContent | null>(null);
  const drawnText = useRef<DrawnText | null>(null);
  const jobs = useRef<QueuedJob[]>([]);
  const priorityRef = useRef(priority);
  const marksRef = useRef(marks);
  const pictureRef = useRef(picture);
  const onTextLayerRef = useRef(onTextLayer);
  useEffect(() => {
    priorityRef.current = priority;
    for (const job of jobs.current) job.setPriority(priority);
  }, [priority]);
  useEffect(() => {
    marksRef.current = marks;
    onTextLayerRef.current = onTextLayer;
  }, [marks, onTextLayer]);

  const scale = fitWidth !== undefined && size ? fitWidth / size.width : scaleProp;
  /** What a drawing depends on: the scale, or for a fitted page the width (its scale follows from its size). */
  const drawKey = fitWidth !== undefined ? `fit-${fitWidth}` : `scale-${scaleProp}`;

  // Let go of the page when it leaves the view (or the document changes).
  useEffect(() => {
    const host = hostRef.current;
    return () => {
      emptyCanvases(host);
      contentRef.current = null;
      drawnText.current = null;
      proxyRef.current?.cleanup();
      proxyRef.current = null;
    };
  }, [pdf, pageNumber]);

  // Draw the canvas, then the text layer, each when its turn comes.
  useEffect(() => {
    let cancelled = false;
    let renderTask: RenderTask | null = null;
    let layer: TextLayer | null = null;
    const queued: QueuedJob[] = [];

    const drawText = async (page: PDFPageProxy, viewport: ReturnType<PDFPageProxy['getViewport']>) => {
      const container = textRef.current;
      if (cancelled || !container) return;
      try {
        contentRef.current ??= await page.getTextContent({ includeMarkedContent: true });
        const content = contentRef.current;
        if (cancelled) return;
        applyPageFonts(content);
        container.replaceChildren();
        layer = new TextLayer({ textContentSource: content, container, viewport });
        await layer.render();
        if (cancelled) return;
        fitWordSpacing(layer.textDivs);
        const end = document.createElement('div');
        end.className = 'endOfContent';
        container.append(end);
        const runs = content.items.filter((item): item is TextItem => 'str' in item);
        drawnText.current = { divs: layer.textDivs, strs: layer.textContentItemsStr, text: joinPageText(runs) };
        const current = marksRef.current;
        if (current) applyMarks(drawnText.current, current(pageNumber, drawnText.current.text));
        onTextLayerRef.current?.(pageNumber);
      } catch (error) {
        // Without its text layer the page still reads; selection and highlights are what is lost.
        if (!isCancelled(error)) console.warn(`Page ${pageNumber}: the text layer could not be drawn.`, error);
      }
    };

    const drawCanvas = async () => {
      if (cancelled) return;
      const host = hostRef.current;
      try {
        const page = await pdf.getPage(pageNumber);
        if (cancelled || !host) return;
        proxyRef.current = page;
        const own = page.getViewport({ scale: 1 });
        setSize((known) => (known && known.width === own.width && known.height === own.height ? known : { width: own.width, height: own.height }));
        const viewport = page.getViewport({ scale: fitWidth !== undefined ? fitWidth / own.width : scaleProp });
        const ratio = window.devicePixelRatio || 1;
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        canvas.className = 'pdf-page__canvas';
        const previous = host.querySelector('canvas');
        // The first drawing goes straight in (over the page's picture, only once drawn); a redraw
        // (zoom) replaces the old one once it is done, so the page never flashes blank.
        const over = !previous && pictureRef.current !== null;
        if (!previous && !over) host.append(canvas);
        renderTask = page.render({
          canvas,
          viewport,
          transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
          background: '#ffffff',
        });
        await renderTask.promise;
        renderTask = null;
        if (over && !cancelled) host.append(canvas);
        markFirstDrawn();
        if (cancelled) return;
        if (previous) {
          host.replaceChildren(canvas);
          previous.width = 0;
          previous.height = 0;
        }
        if (textLayer) queued.push(queue.schedule(priorityRef.current + 0.5, () => drawText(page, viewport)));
      } catch (error) {
        if (isCancelled(error) || cancelled) return;
        console.warn(`Page ${pageNumber} could not be drawn.`, error);
        setFailed(true);
      }
    };

    queued.push(queue.schedule(priorityRef.current, drawCanvas));
    jobs.current = queued;
    return () => {
      cancelled = true;
      for (const job of queued) job.cancel();
      renderTask?.cancel();
      layer?.cancel();
      jobs.current = [];
    };
    // drawKey stands for scaleProp and fitWidth.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pdf, pageNumber, drawKey, textLayer, queue]);

  // New marks (a find, the next match): re-mark the drawn text without drawing it again.
  useEffect(() => {
    const drawn = drawnText.current;
    if (!drawn) return;
    applyMarks(drawn, marks ? marks(pageNumber, drawn.text) : []);
    onTextLayerRef.current?.(pageNumber);
  }, [marks, pageNumber]);

  const width = Math.floor(size ? size.width * scale : estimate.width);
  const height = Math.floor(size ? size.height * scale : estimate.height);
  const style = {
    width,
    height,
    '--scale-factor': '1',
    '--user-unit': String(scale),
    '--total-scale-factor': 'calc(var(--scale-factor) * var(--user-unit))',
    '--scale-round-x': '1px',
    '--scale-round-y': '1px',
    // Until pdf.js has drawn the page, the picture of it made at import (page 1 only; see OpeningView).
    ...(picture ? { backgroundImage: `url("${picture}")`, backgroundSize: '100% 100%' } : {}),
  } as CSSProperties;

  return (
    <div className={`pdf-page ${className}`} data-page-number={pageNumber} style={style}>
      <div ref={hostRef} className="pdf-page__canvas-host" />
      {textLayer && (
        <div
          ref={textRef}
          className="textLayer"
          tabIndex={caret ? -1 : undefined}
          role={caret ? 'document' : undefined}
          aria-label={caret ? `Text of page ${pageNumber}` : undefined}
          onMouseDown={(e) => e.currentTarget.classList.add('selecting')}
          onMouseUp={(e) => e.currentTarget.classList.remove('selecting')}
        />
      )}
      {failed && errorText !== null && <div className="pdf-page__error">{errorText}</div>}
    </div>
  );
}
