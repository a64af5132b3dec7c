/**
 * Worker thread entry (see parse-off-thread.ts): reads one large minutes file and posts the result,
 * or the error's name and message. Bundled by scripts/build.mjs as dist/main/minutes-parse.worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseMinutesFile } from './parse-minutes-file';

const { fileName, text, fromPdf } = workerData as { fileName: string; text: string; fromPdf: boolean };
try {
  parentPort?.postMessage({ ok: true, value: parseMinutesFile(fileName, text, fromPdf) });
} catch (error) {
  const e = error instanceof Error ? error : new Error(String(error));
  parentPort?.postMessage({ ok: false, name: e.name, message: e.message });
}
