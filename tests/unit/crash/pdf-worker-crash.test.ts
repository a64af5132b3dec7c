/**
 * A PDF that crashes the text reader: that document fails with a clear message, nothing of it is
 * stored, the app process carries on and the next import works. The reader is stood in for by
 * small worker scripts that fail the ways a worker can (exit midway, an uncaught error, a hang,
 * running out of memory), since no real PDF reliably crashes PDFium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importFile } from '../../../main/library/import-file';
import { setPdfWorkerForTests } from '../../../main/papers/pdf-text';
import { openStore, type Store } from '../../../main/store/database';
import { makePack } from '../../helpers/make-pack';
import { makeTempDir } from '../../helpers/temp-dir';

const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
const START = "import { parentPort } from 'node:worker_threads'; parentPort.postMessage({ type: 'start', pageCount: 3 }); parentPort.postMessage({ type: 'page', pageNumber: 1, text: 'Agenda' });";

const crashes: Array<[string, string, RegExp]> = [
  ['exits midway without an error', `${START} process.exit(0);`, /stopped unexpectedly on this file/],
  ['exits midway with an error code', `${START} process.exit(70);`, /stopped unexpectedly on this file/],
  ['throws outside its error handling', `${START} setTimeout(() => { throw new RangeError('memory access out of bounds'); }, 5);`, /memory access out of bounds/],
  ['runs out of memory', `${START} const hoard = []; for (;;) hoard.push(new Array(1e6).fill(Math.random()));`, /stopped unexpectedly on this file/],
  ['hangs', `${START} setInterval(() => undefined, 1000);`, /stopped responding on this file/],
];

describe('a PDF that crashes the text reader', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  beforeAll(() => {
    temp = makeTempDir('scrutineer-worker-');
    store = openStore(path.join(temp.dir, 'store'));
  });
  afterAll(() => {
    setPdfWorkerForTests(null);
    store.close();
    temp.cleanup();
  });

  test.each(crashes)('when the reader %s, that document fails and the next import works', async (how, script, message) => {
    const worker = path.join(temp.dir, `worker-${crashes.findIndex((c) => c[0] === how)}.mjs`);
    fs.writeFileSync(worker, script);
    const fileName = `crashing-${path.basename(worker, '.mjs')}.pdf`;
    const bad = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: [{ number: '1', title: `Budget (${how})`, pages: [['Budget report']] }] });
    setPdfWorkerForTests(worker, { stallMs: 1500, heapMb: 32 });
    let outcome;
    try {
      outcome = await importFile(store, { fileName, bytes: bad });
    } finally {
      setPdfWorkerForTests(null);
    }
    expect(outcome).toMatchObject({ fileName, status: 'failed', meetingId: null });
    expect(outcome.message).toMatch(message);
    expect(store.db.prepare('SELECT COUNT(*) FROM document_versions WHERE file_name = ?').pluck().get(fileName)).toBe(0);

    // The same file with the real reader, in the same process: imported.
    const again = await importFile(store, { fileName, bytes: bad });
    expect(again.status).toBe('imported');
    expect(store.db.prepare('SELECT page_count FROM document_versions WHERE file_name = ?').pluck().get(fileName)).toBe(3);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
