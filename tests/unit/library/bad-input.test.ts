import fs from 'node:fs';
import path from 'node:path';
import { importFile } from '../../../main/library/import-file';
import { meetingDetail } from '../../../main/library/queries';
import type { Store } from '../../../main/store/database';
import { SHARED_FIXTURES, withTempStore } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001', 'hex');

describe('bad input gets a clear message and loses nothing', () => {
  let store: Store;
  withTempStore((s) => (store = s));

  const rowCount = () =>
    store.db.prepare('SELECT (SELECT COUNT(*) FROM meetings) + (SELECT COUNT(*) FROM items) + (SELECT COUNT(*) FROM imports) + (SELECT COUNT(*) FROM documents)').pluck().get();

  test('each bad file fails on its own with a reason; the good file in the same batch imports', async () => {
    const batch: Array<[string, Uint8Array]> = [
      ['empty.html', new Uint8Array(0)],
      ['photo.html', PNG],
      ['shopping.txt', new TextEncoder().encode('Eggs\nMilk\nBread\nRemember to call the plumber on Tuesday.')],
      ['binary.txt', new Uint8Array([1, 2, 0, 0, 5, 6, 0, 9])],
      ['leicester.txt', fs.readFileSync(LEICESTER)],
    ];
    const outcomes = [];
    for (const [name, bytes] of batch) outcomes.push(await importFile(store, { fileName: name, bytes }));
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'failed', 'failed', 'failed', 'imported']);
    expect(outcomes[0]?.message).toBe('The file is empty.');
    expect(outcomes[1]?.message).toMatch(/PNG image/);
    expect(outcomes[2]?.message).toMatch(/does not look like|No meeting/);
    expect(outcomes[3]?.message).toMatch(/binary/);
    expect(store.db.prepare('SELECT COUNT(*) FROM meetings').pluck().get()).toBe(1);
    expect(store.db.prepare("SELECT COUNT(*) FROM imports").pluck().get()).toBe(1);
  });

  test('hostile HTML is stored as inert text: no markup, script or handler survives', async () => {
    const html = `<!doctype html><html><head><script>window.__pwned = 1</script><style>body{display:none}</style></head><body>
      <h1>Agenda and minutes</h1><p>Audit Committee - Tuesday, 12 March 2024 6.00 pm</p>
      <p>Venue: Town Hall <img src=x onerror="alert(1)"></p>
      <table><tr><td>1.</td><td><a href="javascript:alert(2)">Apologies for absence</a></td></tr></table>
      <p>Minutes:</p><p>Apologies were received from Councillor Smith.<iframe src="https://evil.example"></iframe></p>
      <svg onload="alert(3)"><script>alert(4)</script></svg></body></html>`;
    const outcome = await importFile(store, { fileName: 'hostile.html', bytes: new TextEncoder().encode(html) });
    expect(outcome.status).toBe('imported');
    const meeting = meetingDetail(store.db, outcome.meetingId as number);
    const everything = JSON.stringify(meeting);
    for (const bad of ['<script', 'onerror', 'javascript:', '<iframe', 'alert(', '<img', 'onload', '__pwned', 'display:none']) {
      expect(everything).not.toContain(bad);
    }
    expect(meeting.items.map((i) => i.title)).toContain('Apologies for absence');
  });

  test('a 50 MB file is refused or read without hanging, and nothing half-stored remains', async () => {
    const before = rowCount();
    const big = Buffer.alloc(50 * 1024 * 1024, 'Lorem ipsum dolor sit amet. ');
    const started = Date.now();
    const outcome = await importFile(store, { fileName: 'huge.txt', bytes: big });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(outcome.status).toBe('failed');
    expect(outcome.message.length).toBeLessThan(200);
    expect(rowCount()).toBe(before);
  }, 60_000);

  test('a failure in the middle of writing rolls the whole file back', async () => {
    const before = rowCount();
    // Sabotage one table the writer needs after it has written others: the transaction must undo them all.
    store.db.exec('CREATE TRIGGER fail_decisions BEFORE INSERT ON decisions BEGIN SELECT RAISE(ABORT, \'disk on fire\'); END;');
    const outcome = await importFile(store, { fileName: 'leicester.txt', bytes: fs.readFileSync(LEICESTER) });
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('disk on fire');
    expect(rowCount()).toBe(before);
    store.db.exec('DROP TRIGGER fail_decisions');
    expect((await importFile(store, { fileName: 'leicester.txt', bytes: fs.readFileSync(LEICESTER) })).status).toBe('imported');
  });
});
