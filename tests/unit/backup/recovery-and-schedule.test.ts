import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../../main/api/dispatch';
import { createHandlers } from '../../../main/api/handlers';
import { handlersOrRecovery } from '../../../main/api/recovery';
import { createBackup } from '../../../main/backup/backups';
import type { BackupFile } from '../../../main/backup/files';
import { backupsToDelete } from '../../../main/backup/policy';
import { BackupService } from '../../../main/backup/service';
import { DATABASE_FILE, openStore, type Store } from '../../../main/store/database';
import { StoreDamagedError } from '../../../main/store/errors';
import { makeTempDir } from '../../helpers/temp-dir';
import { buildLibrary, checkStore, dumpStore } from './library';

describe('a damaged library file at start-up', () => {
  test('opening it gives a clear typed error; the recovery API offers the newest good backup and restoring it brings everything back', async () => {
    const temp = makeTempDir('scrutineer-damaged-');
    let store: Store | null = null;
    try {
      const lib = await buildLibrary(temp.dir);
      const older = await createBackup(lib.store, 'automatic', { now: new Date('2025-03-01T08:00:00Z') });
      const newest = await createBackup(lib.store, 'manual', { now: new Date('2025-03-02T08:00:00Z') });
      const before = dumpStore(lib.store);
      lib.store.close();
      // The newest backup is damaged too: the offer falls back to the one before it.
      const newestFile = path.join(temp.dir, 'backups', `${newest.id}.db`);
      fs.writeFileSync(newestFile, Buffer.alloc(fs.statSync(newestFile).size, 0x42));
      const file = path.join(temp.dir, DATABASE_FILE);
      const bytes = fs.readFileSync(file);
      bytes.fill(0x5a, 4096 * 2, 4096 * 6);
      fs.writeFileSync(file, bytes);

      expect(() => openStore(temp.dir)).toThrow(StoreDamagedError);
      expect(() => openStore(temp.dir)).toThrow(/The library database .* is damaged/);

      const opened = handlersOrRecovery(temp.dir, undefined, () => openStore(temp.dir), (s) => createHandlers(s));
      expect(opened.store()).toBeNull();
      const state = await dispatch(opened.handlers, 'backup.startupState', {});
      expect(state).toMatchObject({ ok: true, value: { state: 'damaged', message: expect.stringMatching(/is damaged/), newestBackup: { id: older.id, kind: 'automatic' } } });
      const refused = await dispatch(opened.handlers, 'library.overview', {});
      expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/is damaged/) } });
      expect(await dispatch(opened.handlers, 'backup.restore', { id: '../scrutineer' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

      const restored = await dispatch(opened.handlers, 'backup.restore', { id: older.id });
      expect(restored).toMatchObject({ ok: true, value: { restored: { id: older.id }, missingFiles: 0 } });
      store = opened.store();
      expect(store).not.toBeNull();
      expect(dumpStore(store as Store)).toEqual(before);
      expect(checkStore(store as Store)).toEqual({ integrity: 'ok', fts: ['ok', 'ok'] });
      // The same handlers object now answers normally, and the damaged file was kept aside.
      expect(await dispatch(opened.handlers, 'library.overview', {})).toMatchObject({ ok: true });
      expect(await dispatch(opened.handlers, 'backup.startupState', {})).toEqual({ ok: true, value: { state: 'ok' } });
      const aside = fs.readdirSync(path.join(temp.dir, 'damaged'));
      expect(aside.filter((f) => f.endsWith('.db'))).toHaveLength(1);
      expect(fs.readFileSync(path.join(temp.dir, 'damaged', aside.find((f) => f.endsWith('.db')) as string)).equals(bytes)).toBe(true);
    } finally {
      store?.close();
      temp.cleanup();
    }
  });
});

describe('the automatic backup', () => {
  test('is taken when none is younger than a day, never twice a day, and waits for an import', async () => {
    const temp = makeTempDir('scrutineer-schedule-');
    const store = openStore(temp.dir);
    let now = new Date('2025-03-01T09:00:00Z');
    const service = new BackupService(store, () => now);
    try {
      expect(service.isAutomaticDue()).toBe(true);
      expect((await service.automaticIfDue())?.kind).toBe('automatic');
      now = new Date('2025-03-02T08:59:00Z');
      expect(await service.automaticIfDue()).toBeNull();
      now = new Date('2025-03-02T09:00:00Z');
      // An import is running: the backup waits for it.
      let release: () => void = () => undefined;
      const importing = service.trackImport(() => new Promise<void>((resolve) => (release = resolve)));
      expect(await service.automaticIfDue()).toBeNull();
      await expect(service.restore('2025-03-01T09-00-00-000Z-automatic')).rejects.toThrow(/An import is running/);
      release();
      await importing;
      expect((await service.automaticIfDue())?.createdAt).toBe('2025-03-02T09:00:00.000Z');
      // "Back up now" counts: no automatic one the day after a manual one.
      now = new Date('2025-03-03T10:00:00Z');
      await service.backupNow();
      now = new Date('2025-03-04T09:00:00Z');
      expect(await service.automaticIfDue()).toBeNull();
      expect(service.list().map((b) => b.kind)).toEqual(['manual', 'automatic', 'automatic']);
    } finally {
      store.close();
      temp.cleanup();
    }
  });

  test('the schedule takes it in the background soon after start', async () => {
    const temp = makeTempDir('scrutineer-schedule-');
    const store = openStore(temp.dir);
    const service = new BackupService(store);
    try {
      service.startSchedule({ firstCheckMs: 10, everyMs: 60_000 });
      for (let i = 0; i < 200 && service.list().length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(service.list().map((b) => b.kind)).toEqual(['automatic']);
    } finally {
      service.stopSchedule();
      store.close();
      temp.cleanup();
    }
  });
});

describe('which backups are kept', () => {
  const at = (iso: string, kind: BackupFile['kind']): BackupFile => ({ id: `${iso}-${kind}`, kind, createdAt: iso, file: '' });
  const day = (n: number) => new Date(Date.UTC(2025, 2, 31) - n * 86_400_000).toISOString();

  test('automatic: the newest 7, then one a week for 4 weeks; manual 10; safety and before-upgrade 3', () => {
    const now = new Date(Date.UTC(2025, 2, 31, 12));
    const automatic = Array.from({ length: 40 }, (_, n) => at(day(n), 'automatic'));
    const manual = Array.from({ length: 12 }, (_, n) => at(day(n * 2), 'manual'));
    const safety = Array.from({ length: 5 }, (_, n) => at(day(n), 'safety'));
    const all = [...automatic, ...manual, ...safety].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const doomed = new Set(backupsToDelete(all, now).map((b) => b.id));
    const kept = all.filter((b) => !doomed.has(b.id));
    const keptAutomatic = kept.filter((b) => b.kind === 'automatic').map((b) => b.createdAt.slice(0, 10));
    expect(keptAutomatic).toEqual(['2025-03-31', '2025-03-30', '2025-03-29', '2025-03-28', '2025-03-27', '2025-03-26', '2025-03-25', '2025-03-24', '2025-03-17', '2025-03-10', '2025-03-03']);
    expect(kept.filter((b) => b.kind === 'manual')).toHaveLength(10);
    expect(kept.filter((b) => b.kind === 'manual').map((b) => b.createdAt)).toEqual(manual.slice(0, 10).map((b) => b.createdAt));
    expect(kept.filter((b) => b.kind === 'safety')).toHaveLength(3);
  });

  test('old backups and the stored files only they referred to are removed from disk', async () => {
    const temp = makeTempDir('scrutineer-prune-');
    const lib = await buildLibrary(temp.dir);
    try {
      for (let n = 0; n < 4; n++) await createBackup(lib.store, 'safety', { now: new Date(Date.UTC(2025, 0, 1 + n)) });
      expect(fs.readdirSync(path.join(temp.dir, 'backups')).filter((f) => f.endsWith('-safety.db'))).toHaveLength(3);
      const blobFiles = () => fs.readdirSync(path.join(temp.dir, 'backups', 'blobs'), { recursive: true }).filter((f) => /[0-9a-f]{64}$/.test(String(f)));
      expect(blobFiles()).toHaveLength(3);
      // A paper that only an old backup knew about: once that backup goes, so does its copy of the file.
      lib.store.db.prepare('DELETE FROM imports WHERE file_name LIKE ?').run('rotherham%');
      for (let n = 4; n < 7; n++) await createBackup(lib.store, 'safety', { now: new Date(Date.UTC(2025, 0, 1 + n)) });
      expect(blobFiles()).toHaveLength(2);
    } finally {
      lib.store.close();
      temp.cleanup();
    }
  });
});
