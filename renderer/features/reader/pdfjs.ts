/**
 * pdf.js, set up to run offline under the app's CSP: the worker is the file Vite bundles (no CDN),
 * the CMaps, standard fonts and image decoders are copied into dist/renderer/pdfjs/ by the build,
 * eval is off, and WebAssembly is not used (the CSP has no 'wasm-unsafe-eval'; pdf.js falls back
 * to its JavaScript JPEG 2000 decoder).
 */
import { pdfjs } from 'react-pdf';
import 'react-pdf/dist/Page/TextLayer.css';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** Absolute, because pdf.js may fetch these from its worker, whose base URL is the worker file's. */
const asset = (path: string) => new URL(path, document.baseURI).href;

/** The options for every <Document>: one object for the app's lifetime, so react-pdf never reloads for a new one. */
export const DOCUMENT_OPTIONS = Object.freeze({
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

export { pdfjs };
