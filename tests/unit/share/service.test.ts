/** ShareService: one run at a time, status answers during a run, progress events, the password's sources, the background schedule's switch. */
import path from 'node:path';
import { createForTarget } from '../../../main/annotations/store';
import { memberDbName } from '../../../main/share/engine';
import { ShareService, scheduleBackgroundShare } from '../../../main/share/service';
import type { ShareProgressView } from '../../../shared/types/share';
import { makeTempDir } from '../../helpers/temp-dir';
import { CouchServer } from './couch-server';
import { PASSPHRASE, closeDevice, makeDevice, meetingId, type Device } from './devices';

const USER = 'cllr-hughes';
const PASSWORD = 'server-password-6';

describe('ShareService', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: CouchServer;
  let device: Device;
  beforeAll(async () => {
    temp = makeTempDir('scrutineer-share-service-');
    server = new CouchServer(path.join(temp.dir, 'server'));
    await server.start();
    await server.addMember(USER, PASSWORD, memberDbName(USER));
    device = await makeDevice(temp.dir, 'laptop');
  });
  afterAll(async () => {
    await closeDevice(device);
    await server.stop();
    temp.cleanup();
  });

  test('one run at a time; status and conflicts answer while it runs; progress ends with done', async () => {
    const service = new ShareService(device.store, { env: { SCRUTINEER_SHARE_PASSWORD: PASSWORD } });
    try {
      expect(service.start({ background: true })).toBeNull();
      expect(() => service.start({})).toThrow(/not connected/);
      await expect(service.connect({ url: 'http://couch.example.org', user: USER, passphrase: PASSPHRASE })).rejects.toThrow(/must use https/);
      // The password from SCRUTINEER_SHARE_PASSWORD.
      await service.connect({ url: server.url, user: USER, passphrase: PASSPHRASE });
      const m = meetingId(device);
      device.store.db.transaction(() => {
        for (let i = 0; i < 300; i++) createForTarget(device.store.db, { target: 'meeting', meetingId: m, kind: 'note', body: `Note ${i}` });
      })();
      const events: ShareProgressView[] = [];
      service.onProgress((p) => events.push(p));
      const first = service.start({});
      const second = service.start({ background: true });
      expect(second).toMatchObject({ jobId: first?.jobId, alreadyRunning: true });
      const during = service.status();
      expect(during.running).toMatchObject({ jobId: first?.jobId, background: false });
      expect(service.conflicts()).toEqual([]);
      const report = await first?.done;
      expect(report).toMatchObject({ ok: true });
      expect(service.status()).toMatchObject({ connected: true, running: null });
      expect(service.status().databases[0]?.lastSyncedAt).toEqual(expect.any(String));
      expect(events.at(-1)).toMatchObject({ jobId: first?.jobId, phase: 'done' });
      expect(events.some((e) => e.phase === 'upload')).toBe(true);
      // The password from the vault, once connected.
      await service.disconnect();
      expect(service.status()).toMatchObject({ connected: false, databases: [] });
    } finally {
      await service.close();
    }
  }, 60_000);

  test('the background schedule can be switched off, and runs when on', async () => {
    let calls = 0;
    const run = () => {
      calls++;
      return { report: { ok: true } };
    };
    jest.useFakeTimers();
    try {
      const off = scheduleBackgroundShare(run, { SCRUTINEER_NO_BACKGROUND_SHARE: '1' });
      await jest.advanceTimersByTimeAsync(3_600_000);
      expect(calls).toBe(0);
      off.stop();
      const on = scheduleBackgroundShare(run, { SCRUTINEER_SHARE_INTERVAL_MINUTES: '1' });
      await jest.advanceTimersByTimeAsync(5_000);
      expect(calls).toBe(1);
      await jest.advanceTimersByTimeAsync(60_000);
      expect(calls).toBe(2);
      on.stop();
      await jest.advanceTimersByTimeAsync(120_000);
      expect(calls).toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
