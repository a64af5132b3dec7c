/**
 * pdf.js, set up to run offline under the app's CSP: the worker is the file Vite bundles (no CDN),
 * the CMaps, standard fonts and image decoders are copied into dist/renderer/pdfjs/ by the build,
 * eval is off, and WebAssembly is not used (the CSP has no 'wasm-unsafe-eval'; pdf.js falls back
 * to its JavaScript JPEG 2000 decoder).
 *
 * One worker serves every document for the app's lifetime: it is started when the app is idle after
 * launch (so opening the first document does not wait for a megabyte of worker script to load and
 * compile), and closing a document does not stop it.
 */
import { GlobalWorkerOptions, PDFWorker, getDocument, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import 'react-pdf/dist/Page/TextLayer.css';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { readerMark } from './perf';

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

/** Starts the worker when the browser is next idle, so it is ready before the member opens a paper. */
export function warmPdfWorker(): void {
  const start = () => void pdfWorker();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}

/** Opens a PDF from its bytes (pdf.js takes ownership of the buffer given, so pass a copy you can spare). */
export function openPdf(data: Uint8Array): PDFDocumentLoadingTask {
  readerMark('open-pdf');
  return getDocument({ ...DOCUMENT_OPTIONS, data, worker: pdfWorker() });
}
