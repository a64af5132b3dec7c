import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../../../main/api/handlers';
import { importFile } from '../../../main/library/import-file';
import { HEAD_BYTES, OpenFiles, RANGE_CHUNK, WHOLE_FILE_BELOW, fileOpening, fileRange } from '../../../main/papers/file-ranges';
import { openStore } from '../../../main/store/database';
import { decodeOpening, encodeOpening } from '../../../shared/file-opening';
import { makePack } from '../../helpers/make-pack';
import { makeTempDir } from '../../helpers/temp-dir';

function bytesOf(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 7 + 3) % 251;
  return out;
}
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe('the opening of a file read by ranges', () => {
  it('sends a small file whole', () => {
    const bytes = bytesOf(1000);
    const opening = fileOpening(4, bytes);
    expect(opening).toMatchObject({ versionId: 4, length: 1000, tailStart: 1000 });
    expect(opening.head).toEqual(bytes);
    expect(opening.tail.byteLength).toBe(0);
  });

  it('sends the head and a tail that starts on a chunk boundary, copied out of the file', () => {
    for (const length of [WHOLE_FILE_BELOW, WHOLE_FILE_BELOW + 1, WHOLE_FILE_BELOW + RANGE_CHUNK - 1, 20 * 1024 * 1024 + 12345]) {
      const bytes = bytesOf(length);
      const opening = fileOpening(1, bytes);
      expect(same(opening.head, bytes.subarray(0, HEAD_BYTES))).toBe(true);
      expect(opening.tailStart % RANGE_CHUNK).toBe(0);
      expect(opening.tailStart).toBeGreaterThanOrEqual(HEAD_BYTES);
      expect(same(opening.tail, bytes.subarray(opening.tailStart))).toBe(true);
      // Copies: IPC would otherwise send the whole file under a view.
      expect(opening.head.buffer).not.toBe(bytes.buffer);
      expect(opening.tail.buffer.byteLength).toBe(opening.tail.byteLength);
    }
  });

  it('never lets the tail overlap the head of a file just over the whole-file size', () => {
    const opening = fileOpening(1, bytesOf(300), { wholeBelow: 100, head: 128, tail: 1000, chunk: 64 });
    expect(opening.tailStart).toBe(128);
    expect(opening.head.byteLength + opening.tail.byteLength).toBe(300);
  });

  it('travels as raw bytes and comes back the same; a damaged reply is refused', () => {
    for (const opening of [fileOpening(7, bytesOf(5000)), fileOpening(9, bytesOf(3000), { wholeBelow: 100, head: 512, tail: 1024, chunk: 256 })]) {
      const decoded = decodeOpening(encodeOpening(opening));
      expect(decoded).toEqual(opening);
    }
    const encoded = encodeOpening(fileOpening(9, bytesOf(3000), { wholeBelow: 100, head: 512, tail: 1024, chunk: 256 }));
    expect(() => decodeOpening(encoded.subarray(0, encoded.byteLength - 1))).toThrow(/damaged/);
    expect(() => decodeOpening(encoded.subarray(0, 10))).toThrow(/short/);
    const wrong = encoded.slice();
    wrong[0] = 0;
    expect(() => decodeOpening(wrong)).toThrow(/unknown/);
  });

  it('gives a range, clipped at the end of the file, and refuses one outside it', () => {
    const bytes = bytesOf(1000);
    expect(fileRange(bytes, 10, 20)).toEqual(bytes.subarray(10, 20));
    expect(fileRange(bytes, 990, 2000)).toEqual(bytes.subarray(990));
    expect(() => fileRange(bytes, 1000, 1100)).toThrow(/outside/);
    expect(() => fileRange(bytes, 20, 10)).toThrow(/outside/);
    expect(() => fileRange(bytes, -1, 10)).toThrow(/outside/);
  });
});

describe('the decrypted files held while they are read', () => {
  afterEach(() => jest.useRealTimers());

  it('decrypts a file once, keeps the newest, and lets the oldest go past the limits', () => {
    const reads: string[] = [];
    const files = new OpenFiles((sha) => (reads.push(sha), bytesOf(sha.length * 100)), { maxFiles: 2, maxBytes: 10_000, idleMs: 60_000 });
    files.bytes('a');
    files.bytes('a');
    files.bytes('bb');
    files.bytes('a'); // now the newest
    files.bytes('ccc'); // 'bb' is the oldest: let go
    expect(files.size).toBe(2);
    files.bytes('a');
    files.bytes('bb');
    expect(reads).toEqual(['a', 'bb', 'ccc', 'bb']);
    files.forget();
    expect(files.size).toBe(0);
  });

  it('keeps a file no longer than the idle time after it was last read, and keeps the newest even when it is over the byte limit', () => {
    jest.useFakeTimers();
    const files = new OpenFiles(() => bytesOf(5000), { maxFiles: 2, maxBytes: 1000, idleMs: 1000 });
    files.bytes('x');
    expect(files.size).toBe(1);
    jest.advanceTimersByTime(900);
    files.bytes('x');
    jest.advanceTimersByTime(900);
    expect(files.size).toBe(1);
    jest.advanceTimersByTime(200);
    expect(files.size).toBe(0);
  });
});

describe('papers.fileOpen and papers.fileRange on an encrypted store', () => {
  it('open the current version by document, read ranges of the decrypted file, and refuse a range outside it', async () => {
    const { dir, cleanup } = makeTempDir();
    const store = openStore(path.join(dir, 'store'), { key: Buffer.alloc(32, 5) });
    try {
      const pack = await makePack({
        committee: 'Overview and Scrutiny Committee',
        dateLine: 'Tuesday, 14 January 2025',
        reports: [{ number: '5', title: 'Budget monitoring', pages: [['Budget monitoring', 'The forecast overspend is £2.1m.']] }],
      });
      await importFile(store, { fileName: 'pack.pdf', bytes: pack });
      const documentId = store.db.prepare('SELECT id FROM documents').pluck().get() as number;
      const versionId = store.db.prepare('SELECT id FROM document_versions').pluck().get() as number;
      const handlers = createHandlers(store);
      const opening = decodeOpening((await handlers['papers.fileOpen']({ documentId })) as Uint8Array);
      expect(opening.versionId).toBe(versionId);
      expect(opening.length).toBe(pack.byteLength);
      expect(opening.head).toEqual(pack);
      const range = (await handlers['papers.fileRange']({ versionId, begin: 100, end: 400 })) as Uint8Array;
      expect(range).toEqual(pack.subarray(100, 400));
      expect(() => handlers['papers.fileRange']({ versionId, begin: pack.byteLength, end: pack.byteLength + 10 })).toThrow(/outside/);
    } finally {
      store.close();
      cleanup();
    }
  });
});

describe('pdf.js opens a pack from its opening and ranges', () => {
  it('reads the page count and page 1 asking only for what it needs', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const reports = Array.from({ length: 40 }, (_, i) => ({
        number: String(i + 1),
        title: `Report ${i + 1}`,
        pages: Array.from({ length: 5 }, (_, p) => [`Report ${i + 1}, page ${p + 1}`, 'x'.repeat(2000)]),
      }));
      const pack = await makePack({ committee: 'Overview and Scrutiny Committee', dateLine: 'Tuesday, 14 January 2025', reports });
      const sizes = { wholeBelow: 1024, head: 2 * 1024, tail: 8 * 1024, chunk: 1024 };
      const opening = fileOpening(1, pack, sizes);
      const file = path.join(dir, 'pack.pdf');
      fs.writeFileSync(file, pack);
      // pdf.js is ESM only: run it in a child Node, with a transport like the reader's (renderer/features/reader/pdfjs.ts).
      const script = `
        import fs from 'node:fs';
        import * as pdfjs from ${JSON.stringify(require.resolve('pdfjs-dist/legacy/build/pdf.mjs'))};
        const pack = new Uint8Array(fs.readFileSync(${JSON.stringify(file)}));
        const o = ${JSON.stringify({ length: opening.length, headLength: opening.head.byteLength, tailStart: opening.tailStart })};
        const asked = [];
        class Transport extends pdfjs.PDFDataRangeTransport {
          requestDataRange(begin, end) {
            const fromTail = begin >= o.tailStart;
            if (!fromTail) asked.push(begin + '-' + end);
            setTimeout(() => this.onDataRange(begin, pack.slice(begin, Math.min(end, o.length))), 0);
          }
        }
        const range = new Transport(o.length, pack.slice(0, o.headLength), true);
        const task = pdfjs.getDocument({ range, disableAutoFetch: true, disableStream: true, rangeChunkSize: ${sizes.chunk}, isEvalSupported: false, verbosity: 0 });
        const pdf = await task.promise;
        const page = await pdf.getPage(1);
        const text = (await page.getTextContent()).items.map((i) => i.str).join(' ');
        console.log(JSON.stringify({ numPages: pdf.numPages, text, asked: asked.length }));
        await task.destroy();
      `;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(run.stderr).not.toMatch(/Error/);
      const result = JSON.parse(run.stdout.trim().split('\n').pop() as string) as { numPages: number; text: string; asked: number };
      expect(result.numPages).toBe(202);
      expect(result.text).toContain('Overview and Scrutiny Committee');
      // Far fewer ranges than the file has chunks: pdf.js did not read the whole file.
      expect(result.asked).toBeLessThan(Math.ceil(pack.byteLength / sizes.chunk) / 2);
    } finally {
      cleanup();
    }
  });
});
