/**
 * A large minutes file is read off the thread that serves the app, in a worker with a capped heap
 * (issue 17): other calls are not held up while it is read, and a file that would exhaust memory is
 * refused with a clear message, leaving the library as it was.
 */
import { importFile } from '../../../main/library/import-file';
import { parseMinutesFile } from '../../../main/library/parse-minutes-file';
import { parseMinutesOffThread, setParseLimitsForTests } from '../../../main/library/parse-off-thread';
import type { Store } from '../../../main/store/database';
import { withTempStore } from '../../helpers/temp-dir';

/** "Minutes of the meeting of the Scrutiny Committee held on 4 March 2025", then "n. Title n" and a line, `count` times. */
function bigMinutes(count: number): string {
  const lines = ['Minutes of the meeting of the Scrutiny Committee held on 4 March 2025', ''];
  for (let n = 1; n <= count; n++) lines.push(`${n}. Title ${n}`, '', `The committee considered matter ${n} and noted the report.`, '');
  return lines.join('\n');
}

/** The longest the event loop went without running a 5 ms timer while `work` ran. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    const value = await work();
    return { value, stallMs };
  } finally {
    clearInterval(timer);
  }
}

describe('large minutes files', () => {
  let store: Store;
  withTempStore((s) => (store = s));
  afterEach(() => setParseLimitsForTests(null));

  test('are read in a worker: the thread serving the app keeps answering', async () => {
    const text = bigMinutes(12_000);
    // Read in-process, the same file holds the thread for far longer than the bar below.
    const started = performance.now();
    const inProcess = parseMinutesFile('scrutiny-2025-03-04.txt', text, false);
    const inProcessMs = performance.now() - started;
    expect(inProcessMs).toBeGreaterThan(400);

    const { value, stallMs } = await longestStall(() => parseMinutesOffThread('scrutiny-2025-03-04.txt', text, false));
    expect(value.parsed.items).toHaveLength(12_000);
    expect(value).toEqual(inProcess);
    // The worker's start and the copy of the text cost the thread a little; reading it cost everything.
    // (Relative, not absolute: on a loaded machine timers are late whatever the thread is doing.)
    expect(stallMs).toBeLessThan(inProcessMs / 3);
  });

  test('the whole import through the worker stores every item', async () => {
    const outcome = await importFile(store, { fileName: 'scrutiny-2025-03-04.txt', bytes: new TextEncoder().encode(bigMinutes(3_000)) });
    expect(outcome).toMatchObject({ status: 'imported' });
    expect(store.db.prepare('SELECT COUNT(*) FROM items').pluck().get()).toBe(3_000);
  });

  test('a file that needs more memory than the ceiling is refused clearly and nothing is kept', async () => {
    setParseLimitsForTests({ heapMb: 48 });
    const outcome = await importFile(store, { fileName: 'huge-2025-03-04.txt', bytes: new TextEncoder().encode(bigMinutes(150_000)) });
    expect(outcome).toMatchObject({ status: 'failed', meetingId: null });
    expect(outcome.message).toMatch(/^This file is too large to read \(reading it needed more than 48 MB of memory\), so nothing was imported\./);
    expect(store.db.prepare('SELECT COUNT(*) FROM meetings').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT COUNT(*) FROM imports').pluck().get()).toBe(0);
    // The next file is read as usual.
    setParseLimitsForTests(null);
    expect(await importFile(store, { fileName: 'scrutiny-2025-03-04.txt', bytes: new TextEncoder().encode(bigMinutes(20)) })).toMatchObject({ status: 'imported' });
  });

  test('errors keep their meaning across the thread: not minutes is refused with the parser’s reason', async () => {
    setParseLimitsForTests({ offThreadChars: 10 });
    const outcome = await importFile(store, { fileName: 'readme.txt', bytes: new TextEncoder().encode('# Read me\n\nInstall the package with npm and run the tests.\n') });
    expect(outcome).toMatchObject({ status: 'failed' });
    expect(outcome.message).toMatch(/^This file does not look like council minutes: /);
  });
});
