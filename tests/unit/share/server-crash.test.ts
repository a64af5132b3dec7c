/**
 * The server killed (SIGKILL) in the middle of replication, both ways, then started again on the
 * same port with the same data: the next run completes, nothing is lost and nothing applied twice.
 */
import path from 'node:path';
import { updateStatus } from '../../../main/actions/updates';
import { createForTarget } from '../../../main/annotations/store';
import { memberDbName } from '../../../main/share/engine';
import { makeTempDir } from '../../helpers/temp-dir';
import { CouchServer } from './couch-server';
import { type Device, actionIds, actions, annotations, closeDevice, connect, makeDevice, meetingId } from './devices';

const USER = 'cllr-evans';
const PASSWORD = 'server-password-5';
const NOTES = 1200;

describe('sharing resilience: the server dies mid-replication', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: CouchServer;
  const devices: Device[] = [];
  beforeAll(async () => {
    temp = makeTempDir('scrutineer-share-crash-');
    server = new CouchServer(path.join(temp.dir, 'server'));
    await server.start();
    await server.addMember(USER, PASSWORD, memberDbName(USER));
  });
  afterAll(async () => {
    for (const d of devices.splice(0)) await closeDevice(d);
    await server.stop();
    temp.cleanup();
  });

  test('killed while sending and while receiving; runs after the restart complete with everything once', async () => {
    const a = await makeDevice(temp.dir, 'laptop');
    devices.push(a);
    const m = meetingId(a);
    a.store.db.transaction(() => {
      for (let i = 0; i < NOTES; i++) createForTarget(a.store.db, { target: 'meeting', meetingId: m, kind: 'note', body: `Note ${i}` });
    })();
    updateStatus(a.store.db, actionIds(a), 'in-progress', 'Chased');
    await connect(a, server, USER, PASSWORD);

    // Killed once the first batch has reached the server.
    let killed = false;
    a.onProgress = (p) => {
      if (!killed && p.phase === 'upload' && p.done > 0) {
        killed = true;
        server.kill();
      }
    };
    const failed = await a.engine.run();
    expect(killed).toBe(true);
    expect(failed.ok).toBe(false);
    expect(failed.message).toMatch(/Could not reach the sharing server/);
    expect(a.engine.status()[0]?.lastError).toMatch(/Could not reach/);
    a.onProgress = undefined;
    const count = await server.request('GET', `/${memberDbName(USER)}`).catch(() => null);
    expect(count).toBeNull(); // down

    await server.start();
    const partial = (await server.request('GET', `/${memberDbName(USER)}`)).json as { doc_count: number };
    expect(partial.doc_count).toBeGreaterThan(0);
    expect(partial.doc_count).toBeLessThan(NOTES + 1);
    const resumed = await a.engine.run();
    expect(resumed).toMatchObject({ ok: true });
    expect(resumed.pushed).toBeLessThan(NOTES + actionIds(a).length + 1); // only what had not arrived
    const full = (await server.request('GET', `/${memberDbName(USER)}`)).json as { doc_count: number };
    const expectedDocs = NOTES + actionIds(a).length + 1; // + the key record
    expect(full.doc_count).toBe(expectedDocs);

    // The tablet: killed while receiving.
    const b = await makeDevice(temp.dir, 'tablet');
    devices.push(b);
    await connect(b, server, USER, PASSWORD);
    killed = false;
    b.onProgress = (p) => {
      if (!killed && p.phase === 'download' && p.done > 0) {
        killed = true;
        server.kill();
      }
    };
    const bFailed = await b.engine.run();
    expect(killed).toBe(true);
    expect(bFailed.ok).toBe(false);
    b.onProgress = undefined;
    // What did arrive before the crash is already in the library; the rest comes after the restart.
    const before = (annotations(b) as unknown[]).length;
    expect(before).toBeLessThan(NOTES);
    await server.start();
    expect(await b.engine.run()).toMatchObject({ ok: true });
    expect(annotations(b)).toEqual(annotations(a));
    expect(actions(b)).toEqual(actions(a));
    // Each log entry once on each device; nothing more to send or apply anywhere.
    for (const d of [a, b]) {
      for (const entry of actions(d) as Array<{ notes: string }>) expect(JSON.parse(entry.notes)).toEqual(['Chased']);
      expect(await d.engine.run()).toMatchObject({ ok: true, pushed: 0, applied: 0 });
      expect(d.engine.status()[0]).toMatchObject({ waiting: 0, lastError: null });
    }
    expect(((await server.request('GET', `/${memberDbName(USER)}`)).json as { doc_count: number }).doc_count).toBe(expectedDocs);
  }, 90_000);
});
