import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfError';
  }
}

export interface PdfText {
  pages: string[];
}

type WorkerMessage =
  | { type: 'start'; pageCount: number }
  | { type: 'page'; pageNumber: number; text: string }
  | { type: 'done' }
  | { type: 'error'; name: string; message: string };

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
 * Extracts each page's text in a worker thread, so a 500-page pack never blocks the process
 * that answers the window. onPage reports progress; the signal cancels.
 */
export function extractPdfText(
  bytes: Uint8Array,
  options: { onPage?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    // Copy: the worker takes ownership of the buffer it is given.
    const data = new Uint8Array(bytes);
    const worker = new Worker(workerFile(), { workerData: { data }, transferList: [data.buffer] });
    const pages: string[] = [];
    let total = 0;
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      if (error) reject(error);
      else resolve({ pages });
    };
    const onAbort = () => finish(new PdfError('Cancelled.'));
    options.signal?.addEventListener('abort', onAbort);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'start') total = message.pageCount;
      else if (message.type === 'page') {
        pages[message.pageNumber - 1] = message.text;
        options.onPage?.(message.pageNumber, total);
      } else if (message.type === 'done') finish(null);
      else finish(new PdfError(explain(message.name, message.message)));
    });
    worker.on('error', (error) => finish(new PdfError(explain(error.name, error.message))));
    worker.on('exit', (code) => finish(code === 0 ? null : new PdfError(`The PDF reader stopped unexpectedly (exit ${code}).`)));
  });
}
