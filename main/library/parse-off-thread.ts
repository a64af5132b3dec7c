/**
 * Reading a large minutes file off the thread that serves the app (issue 17): a 50 MB page took
 * almost a minute and over a gigabyte to read, and every other call waited behind it. Files above
 * a threshold are read in a worker thread whose heap is capped, so a file that would exhaust memory
 * ends that worker with a clear message and the app carries on. Small files (nearly all minutes
 * pages) are read in-process: starting a worker would cost more than reading them.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { MinutesFormatError, NotMinutesError } from '../minutes';
import { ImportError } from './errors';
import { type ReadMinutesFile, parseMinutesFile } from './parse-minutes-file';

/** About a quarter of a second of reading in-process; above this the file goes to a worker. */
const OFF_THREAD_CHARS = 256 * 1024;
/** The worker's JavaScript heap, in MB. */
const HEAP_MB = 1536;

let limits = { offThreadChars: OFF_THREAD_CHARS, heapMb: HEAP_MB };
/** Tests only: a smaller threshold or heap. */
export function setParseLimitsForTests(next: Partial<typeof limits> | null): void {
  limits = next ? { ...limits, ...next } : { offThreadChars: OFF_THREAD_CHARS, heapMb: HEAP_MB };
}

/**
 * The worker: in the built app the bundle beside main.js; from the TypeScript sources (tests, the
 * preview, the CLI) the entry file, loaded through tsx's require hook.
 */
function startWorker(workerData: { fileName: string; text: string; fromPdf: boolean }): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: limits.heapMb };
  if (__filename.endsWith('.ts')) {
    const entry = path.join(__dirname, 'parse-worker.ts');
    const hook = require.resolve('tsx/cjs/api');
    const code = `require(${JSON.stringify(hook)}).register(); require(${JSON.stringify(entry)});`;
    return new Worker(code, { eval: true, workerData, resourceLimits });
  }
  return new Worker(path.join(__dirname, 'minutes-parse.worker.js'), { workerData, resourceLimits });
}

/** The error the worker reported, as the class the importer knows (its message is for the member). */
function rehydrate(name: string, message: string): Error {
  if (name === 'ImportError') return new ImportError(message);
  if (name === 'MinutesFormatError' || name === 'NotMinutesError') {
    const e = name === 'NotMinutesError' ? new NotMinutesError('') : new MinutesFormatError('');
    e.message = message;
    return e;
  }
  return new Error(message);
}

export function parseMinutesOffThread(fileName: string, text: string, fromPdf: boolean): Promise<ReadMinutesFile> {
  if (text.length < limits.offThreadChars) return Promise.resolve().then(() => parseMinutesFile(fileName, text, fromPdf));
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    const worker = startWorker({ fileName, text, fromPdf });
    worker.once('message', (m: { ok: true; value: ReadMinutesFile } | { ok: false; name: string; message: string }) =>
      settle(() => (m.ok ? resolve(m.value) : reject(rehydrate(m.name, m.message)))),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          new ImportError(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `This file is too large to read (reading it needed more than ${limits.heapMb} MB of memory), so nothing was imported. Other files are not affected.`
              : `The file could not be read: ${error.message}`,
          ),
        ),
      ),
    );
    worker.once('exit', () => settle(() => reject(new ImportError('Reading this file stopped unexpectedly, so nothing was imported. Other files are not affected.'))));
  });
}
