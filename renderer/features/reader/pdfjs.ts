/**
 * pdf.js, set up to run offline under the app's CSP: the worker is the file Vite bundles (no CDN),
 * the CMaps, standard fonts and image decoders are copied into dist/renderer/pdfjs/ by the build,
 * eval is off, and WebAssembly is not used (the CSP has no 'wasm-unsafe-eval'; pdf.js falls back
 * to its JavaScript JPEG 2000 decoder).
 *
 * One worker serves every document for the app's lifetime: it is started at launch (so opening the
 * first document does not wait for a megabyte of worker script to load and compile), and closing a
 * document does not stop it. Once it is ready, pdf.js opens, draws and reads a tiny built-in PDF
 * when the page is idle (see rehearsal.ts), so the code the first real document needs has run once.
 */
import { GlobalWorkerOptions, PDFDataRangeTransport, PDFWorker, getDocument, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import type { FileOpening } from '../../../shared/types/papers';
import 'react-pdf/dist/Page/TextLayer.css';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { readerMark } from './perf';
import { rehearsalPdf } from './rehearsal';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Absolute, because pdf.js may fetch these from its worker, whose base URL is the worker file's. */
const asset = (path: string) => new URL(path, document.baseURI).href;

/** The options for every document. */
const DOCUMENT_OPTIONS = Object.freeze({
  isEvalSupported: false,
  useWasm: false,
  cMapUrl: asset('./pdfjs/cmaps/'),
  cMapPacked: true,
  standardFontDataUrl: asset('./pdfjs/standard_fonts/'),
  wasmUrl: asset('./pdfjs/wasm/'),
  iccUrl: asset('./pdfjs/iccs/'),
  // The bytes are all here already: no range requests, no streaming.
  disableRange: true,
  disableStream: true,
});

let worker: PDFWorker | null = null;

/** The app's one pdf.js worker, started on first use. */
export function pdfWorker(): PDFWorker {
  if (!worker || worker.destroyed) worker = new PDFWorker();
  return worker;
}

let rehearsal: PDFDocumentLoadingTask | null = null;
/** Once a real document has been opened there is nothing left to rehearse for. */
let documentOpened = false;

/**
 * Opens the rehearsal PDF, draws its page on a small canvas that is never shown and reads its text,
 * then lets everything go. Stopped if a real document is opened meanwhile.
 */
async function rehearse(): Promise<void> {
  if (documentOpened) return;
  const task = getDocument({ ...DOCUMENT_OPTIONS, data: rehearsalPdf(), worker: pdfWorker() });
  rehearsal = task;
  const canvas = document.createElement('canvas');
  try {
    const pdf = await task.promise;
    const page = await pdf.getPage(1);
    const viewport = page.getViewport({ scale: 1 });
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport, background: '#ffffff' }).promise;
    await page.getTextContent({ includeMarkedContent: true });
    performance.mark('pdfjs:rehearsed');
  } catch {
    // Stopped for a real document, or failed: either way the real document is unaffected.
  } finally {
    canvas.width = 0;
    canvas.height = 0;
    if (rehearsal === task) rehearsal = null;
    await task.destroy();
  }
}

/**
 * Starts the worker at once (its script loads and compiles on the worker's own thread), then rehearses
 * when the page is next idle, so both are done before the member has chosen a paper.
 */
export function warmPdfWorker(): void {
  const worker = pdfWorker();
  const rehearseWhenIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void rehearse(), { timeout: 1000 });
    else setTimeout(() => void rehearse(), 100);
  };
  worker.promise.then(rehearseWhenIdle, () => undefined);
}

/** The chunk size pdf.js asks for ranges in; main/papers/file-ranges.ts aligns the opening's tail to it. */
export const RANGE_CHUNK = 64 * 1024;

/** Reads bytes begin..end (end exclusive) of the file being opened. */
export type ReadRange = (begin: number, end: number) => Promise<Uint8Array>;

/**
 * pdf.js's range transport, fed from the opening (head and tail, already here) and otherwise from
 * readRange. A failed read is retried once, then reported to pdf.js as an error.
 */
export class RangeTransport extends PDFDataRangeTransport {
  readonly #tail: Uint8Array;
  readonly #tailStart: number;
  #closed = false;

  constructor(
    opening: FileOpening,
    private readonly readRange: ReadRange,
  ) {
    super(opening.length, opening.head.slice(), true);
    this.#tail = opening.tail;
    this.#tailStart = opening.tailStart;
  }

  override requestDataRange(begin: number, end: number): void {
    const length = this.length;
    end = Math.min(end, length);
    // Inside the tail sent with the opening: answered without asking main.
    if (this.#tail.byteLength > 0 && begin >= this.#tailStart && end <= length) {
      const chunk = this.#tail.slice(begin - this.#tailStart, end - this.#tailStart);
      queueMicrotask(() => {
        if (!this.#closed) this.onDataRange(begin, chunk);
      });
      return;
    }
    const read = () => this.readRange(begin, end);
    read()
      .catch(() => read())
      .then(
        (chunk) => {
          if (!this.#closed) this.onDataRange(begin, chunk);
        },
        () => {
          // pdf.js waits for the range until the document is closed; the reader shows the page's error.
          if (!this.#closed) console.warn(`The bytes ${begin}–${end} of the PDF could not be read.`);
        },
      );
  }

  override abort(): void {
    this.#closed = true;
  }
}

/**
 * Opens a PDF by ranges: pdf.js starts on the opening's head and tail and asks for the rest as it needs
 * it (disableAutoFetch: only what the pages drawn and the text read need, never the whole file at once).
 */
export function openPdfByRanges(opening: FileOpening, readRange: ReadRange): PDFDocumentLoadingTask {
  readerMark('open-pdf');
  documentOpened = true;
  if (rehearsal) {
    void rehearsal.destroy();
    rehearsal = null;
  }
  if (opening.head.byteLength >= opening.length) {
    // pdf.js takes ownership of the buffer it is given: a copy, so the opening can be opened again.
    return getDocument({ ...DOCUMENT_OPTIONS, data: opening.head.slice(), worker: pdfWorker() });
  }
  const range = new RangeTransport(opening, readRange);
  return getDocument({
    ...DOCUMENT_OPTIONS,
    range,
    disableRange: false,
    disableAutoFetch: true,
    rangeChunkSize: RANGE_CHUNK,
    worker: pdfWorker(),
  });
}
