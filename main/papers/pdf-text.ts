import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfError';
  }
}

/** A picture of a PDF's first page (PNG), and the page's size in points, for the reader to show at once. */
export interface PagePicture {
  pageWidth: number;
  pageHeight: number;
  png: Uint8Array;
}

export interface PdfText {
  pages: string[];
  /**
   * The first page's picture when asked for (else null). It is made after the text, so it settles
   * after `pages`: null when it could not be made, never an error.
   */
  firstPagePicture: Promise<PagePicture | null>;
}

type WorkerMessage =
  | { type: 'start'; pageCount: number }
  | { type: 'page'; pageNumber: number; text: string }
  | { type: 'done' }
  | { type: 'picture'; picture: PagePicture | null }
  | { type: 'error'; name: string; message: string };

/** How long the picture may take after the text before it is given up (it is optional). */
const PICTURE_MS = 15_000;

/** In the source tree the worker sits beside this file; in the bundled app the build copies it beside main.js. */
function workerFile(): string {
  const candidates = [path.join(__dirname, 'pdf-text.worker.mjs'), path.join(__dirname, '..', 'papers', 'pdf-text.worker.mjs')];
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new Error('pdf-text.worker.mjs is missing from the build');
  return found;
}

function explain(name: string, message: string): string {
  if (name === 'PasswordException') return 'The PDF is encrypted with a password, so its text cannot be read.';
  if (name === 'InvalidPDFException') return 'The file is not a valid PDF (it may be damaged or incomplete).';
  return `The PDF could not be read: ${message}`;
}

/**
 * A reader that sends nothing for this long is taken to be stuck (PDFium looping on a malformed
 * file) and is stopped: that document fails, the app carries on.
 */
const STALL_MS = 120_000;

/**
 * A worker's JavaScript heap is capped (PDFium's own memory is WebAssembly, outside it; the worker
 * holds only page text), so a file that makes it run away ends that worker, not the app.
 */
const HEAP_MB = 1024;

/** Tests only: a stand-in worker script (one that crashes, exits or hangs), a shorter stall limit, a smaller heap. */
let testWorker: { file: string | null; stallMs: number; heapMb: number } = { file: null, stallMs: STALL_MS, heapMb: HEAP_MB };
export function setPdfWorkerForTests(file: string | null, limits: { stallMs?: number; heapMb?: number } = {}): void {
  testWorker = { file, stallMs: limits.stallMs ?? STALL_MS, heapMb: limits.heapMb ?? HEAP_MB };
}

const STOPPED = 'The PDF reader stopped unexpectedly on this file, so it was not imported (the file may be damaged). Other files are not affected.';

/** Small PDFs use one worker; larger ones are split across cores (each worker opens the file and takes every n-th page). */
function workerCount(bytes: Uint8Array): number {
  return bytes.byteLength < 256 * 1024 ? 1 : Math.max(1, Math.min(2, os.availableParallelism()));
}

/**
 * Extracts each page's text in worker threads, so a 500-page pack never blocks the process that
 * answers the window. onPage reports progress (pages done of total); the signal cancels.
 */
export function extractPdfText(
  bytes: Uint8Array,
  options: { onPage?: (done: number, total: number) => void; signal?: AbortSignal; picture?: boolean } = {},
): Promise<PdfText> {
  let settlePicture: (picture: PagePicture | null) => void = () => undefined;
  const firstPagePicture = new Promise<PagePicture | null>((resolve) => {
    settlePicture = resolve;
  });
  if (!options.picture) settlePicture(null);
  return new Promise((resolve, reject) => {
    const shares = workerCount(bytes);
    // Worker 0 makes the picture after its share of the text; it is kept until then (or PICTURE_MS).
    let pictureWorker: Worker | null = null;
    let pictureTimer: NodeJS.Timeout | undefined;
    const endPicture = (picture: PagePicture | null) => {
      clearTimeout(pictureTimer);
      settlePicture(picture);
      if (pictureWorker) void pictureWorker.terminate();
      pictureWorker = null;
    };
    const pages: string[] = [];
    let total = -1;
    let done = 0;
    let finishedWorkers = 0;
    let settled = false;
    const workers: Worker[] = [];
    const finishedWorker = new Set<Worker>();
    let stall: NodeJS.Timeout | undefined;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(stall);
      options.signal?.removeEventListener('abort', onAbort);
      if (error) endPicture(null);
      else if (pictureWorker) pictureTimer = setTimeout(() => endPicture(null), PICTURE_MS);
      for (const w of workers) if (w !== pictureWorker) void w.terminate();
      if (error) reject(error);
      else resolve({ pages: Array.from({ length: Math.max(total, 0) }, (_, i) => pages[i] ?? ''), firstPagePicture });
    };
    const onAbort = () => finish(new PdfError('Cancelled.'));
    if (options.signal?.aborted) return finish(new PdfError('Cancelled.'));
    options.signal?.addEventListener('abort', onAbort);
    const stallMs = testWorker.stallMs;
    const alive = () => {
      clearTimeout(stall);
      stall = setTimeout(() => finish(new PdfError(`The PDF reader stopped responding on this file (nothing for ${Math.round(stallMs / 1000)} s), so it was not imported.`)), stallMs);
    };
    alive();
    for (let share = 0; share < shares; share++) {
      // Each worker gets its own copy, which it owns.
      const data = new Uint8Array(bytes);
      const picture = options.picture === true && share === 0;
      const worker = new Worker(testWorker.file ?? workerFile(), {
        workerData: { data, share, shares, picture },
        transferList: [data.buffer],
        resourceLimits: { maxOldGenerationSizeMb: testWorker.heapMb },
      });
      workers.push(worker);
      if (picture) pictureWorker = worker;
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'picture') return endPicture(message.picture);
        alive();
        if (message.type === 'start') total = message.pageCount;
        else if (message.type === 'page') {
          pages[message.pageNumber - 1] = message.text;
          options.onPage?.(++done, total);
        } else if (message.type === 'done') {
          finishedWorker.add(worker);
          if (++finishedWorkers === shares) finish(null);
        } else finish(new PdfError(explain(message.name, message.message)));
      });
      // A worker that runs out of memory or throws outside the reader's own error handling.
      worker.on('error', (error) => finish(new PdfError((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? STOPPED : explain(error.name, error.message))));
      // A worker that ends before saying it is done (whatever its exit code) did not read the whole file.
      worker.on('exit', () => {
        if (worker === pictureWorker) endPicture(null);
        if (!finishedWorker.has(worker)) finish(new PdfError(STOPPED));
      });
    }
  });
}

/**
 * Only the first page's picture, in a worker thread (for a version stored before pictures were made):
 * null when it cannot be made, never an error.
 */
export function renderFirstPagePicture(bytes: Uint8Array): Promise<PagePicture | null> {
  return new Promise((resolve) => {
    const data = new Uint8Array(bytes);
    const worker = new Worker(testWorker.file ?? workerFile(), {
      workerData: { data, share: 0, shares: 1, picture: true, pictureOnly: true },
      transferList: [data.buffer],
      resourceLimits: { maxOldGenerationSizeMb: testWorker.heapMb },
    });
    let done = false;
    const end = (picture: PagePicture | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(picture);
      void worker.terminate();
    };
    const timer = setTimeout(() => end(null), PICTURE_MS);
    worker.on('message', (message: WorkerMessage) => end(message.type === 'picture' ? message.picture : null));
    worker.on('error', () => end(null));
    worker.on('exit', () => end(null));
  });
}
