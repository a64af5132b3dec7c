/**
 * The CLI on the same library as a running app (here the real preview server, in this process):
 * ordinary CLI writes (import) go through SQLite and the app sees them at once; a CLI restore, which
 * would swap the library file under the app, is refused while the app has it open, and a save the
 * app confirmed is never lost. And the reverse: the app's restore is refused while a CLI process
 * holds the library open, and works (closing and reopening its own connection) once it is alone.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../../../main/api/handlers';
import { startPreviewServer, type PreviewServer } from '../../../main/preview/server';
import { generateStoreKey } from '../../../main/store/cipher';
import { DATABASE_FILE, openStore, type Store } from '../../../main/store/database';
import { usersDir } from '../../../main/store/store-users';
import type { Result } from '../../../shared/result';
import { decodeWire, encodeWire } from '../../../shared/wire';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

jest.setTimeout(180_000);

const REPO = path.resolve(__dirname, '..', '..', '..');
const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const LEEDS = path.join(SHARED_FIXTURES, 'minutes', 'leeds-scrutiny-macalister-item.txt');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('the CLI alongside a running app (the preview server)', () => {
  const key = generateStoreKey();
  const env = { ...process.env, SCRUTINEER_STORE_KEY: key.toString('hex') };
  let temp: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  let rendererDir: string;
  let store: Store | null = null;
  let server: PreviewServer | null = null;
  const children: ChildProcess[] = [];

  /** The real CLI, as a member runs it: another process on the same folder. */
  const cli = (...args: string[]): Promise<Run> =>
    new Promise((resolve) => {
      execFile(process.execPath, [require.resolve('tsx/cli'), 'main/cli/index.ts', ...args, '--data-dir', dataDir], { cwd: REPO, env }, (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });

  const startApp = async () => {
    store = openStore(dataDir, { key });
    server = await startPreviewServer({ handlers: createHandlers(store), rendererDir });
  };
  const stopApp = async () => {
    await server?.close();
    store?.close();
    server = null;
    store = null;
  };

  /** One API call over HTTP, as the page makes it. */
  async function api<T>(method: string, input: unknown): Promise<Result<T>> {
    const s = server as PreviewServer;
    const res = await fetch(`${s.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: s.origin, Authorization: `Bearer ${s.token}` },
      body: encodeWire(input),
    });
    return decodeWire(await res.text()) as Result<T>;
  }
  async function value<T>(method: string, input: unknown): Promise<T> {
    const result = await api<T>(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  }
  const meetingCount = async () =>
    (await value<{ councils: Array<{ committees: Array<{ meetingCount: number }> }> }>('library.overview', {})).councils
      .flatMap((c) => c.committees)
      .reduce((n, c) => n + c.meetingCount, 0);
  const backupIds = () => fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('.db')).sort();

  /** The status of an action read straight from the file, on a fresh connection. */
  const statusOnDisk = (id: number) => {
    const fresh = openStore(dataDir, { key });
    try {
      return fresh.db.prepare('SELECT status FROM action_entries WHERE id = ?').pluck().get(id);
    } finally {
      fresh.close();
    }
  };

  beforeEach(() => {
    temp = makeTempDir('scrutineer-alongside-');
    dataDir = path.join(temp.dir, 'data');
    rendererDir = path.join(temp.dir, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Scrutineer</title>');
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    await stopApp();
    temp.cleanup();
  });

  /** The library as the app has it: Leicester's minutes and one action the member is tracking. */
  async function seed(): Promise<{ actionId: number }> {
    const imported = await value<{ status: string; meetingId: number; message?: string }>('import.file', { name: path.basename(LEICESTER), data: new Uint8Array(fs.readFileSync(LEICESTER)) });
    expect(`${imported.status}: ${imported.message ?? ''}`).toMatch(/^imported:/);
    const meeting = await value<{ committee: { id: number } }>('library.meeting', { meetingId: imported.meetingId });
    const { id } = await value<{ id: number }>('actions.add', { committeeId: meeting.committee.id, meetingId: imported.meetingId, kind: 'action', what: 'Report back on placement costs.' });
    return { actionId: id };
  }

  test('a CLI restore is refused while the app has the library open, and a save the app confirmed stays; a CLI import is seen at once', async () => {
    await startApp();
    const { actionId } = await seed();

    // A backup from the CLI while the app runs (a read of the library: safe alongside it).
    const made = await cli('backup', 'now', '--json');
    expect(made.code).toBe(0);
    const backupId = (JSON.parse(made.stdout) as { id: string }).id;

    // The member's edit, confirmed by the app.
    expect(await api('actions.update', { ids: [actionId], status: 'in-progress', note: 'Chased the officer.' })).toEqual({ ok: true, value: null });

    // The CLI restore would swap the file under the app: refused, with the reason, and nothing changed.
    const backupsBefore = backupIds();
    const inode = fs.statSync(path.join(dataDir, DATABASE_FILE)).ino;
    const restore = await cli('backup', 'restore', backupId);
    expect(restore.code).not.toBe(0);
    expect(restore.stderr.trim()).toBe(
      `scrutineer: The library is open in another Scrutineer window or process (process ${process.pid}); close it, then restore again. Nothing was changed.`,
    );
    expect(backupIds()).toEqual(backupsBefore); // not even a safety backup
    expect(fs.statSync(path.join(dataDir, DATABASE_FILE)).ino).toBe(inode);

    // The app still has the edit, and so does the file itself.
    expect((await value<{ status: string }>('actions.get', { id: actionId })).status).toBe('in-progress');
    expect(statusOnDisk(actionId)).toBe('in-progress');
    // A later save in the app lands in the file that will be opened next time.
    await value('actions.update', { ids: [actionId], status: null, note: 'Reply expected Friday.' });

    // An ordinary CLI write goes through SQLite: the app lists the new meeting without a restart.
    expect(await meetingCount()).toBe(1);
    const imported = await cli('import', LEEDS, '--json');
    expect(imported.code).toBe(0);
    expect((JSON.parse(imported.stdout) as Array<{ status: string }>)[0]?.status).toBe('imported');
    expect(await meetingCount()).toBe(2);
    expect((await value<{ status: string }>('actions.get', { id: actionId })).status).toBe('in-progress');

    // The app closes; its saves are all in the file.
    await stopApp();
    const reopened = openStore(dataDir, { key });
    try {
      const notes = reopened.db.prepare("SELECT note FROM action_updates WHERE entry_id = ? AND note <> '' ORDER BY id").pluck().all(actionId);
      expect(notes).toEqual(['Chased the officer.', 'Reply expected Friday.']);
    } finally {
      reopened.close();
    }
    expect(statusOnDisk(actionId)).toBe('in-progress');
    expect(fs.readdirSync(usersDir(dataDir))).toEqual([]);

    // With no one else holding the library, the CLI restore goes ahead: the library as at the backup.
    const alone = await cli('backup', 'restore', backupId);
    expect(alone.stderr).toBe('');
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain(`Restored ${backupId}.`);
    expect(statusOnDisk(actionId)).toBe('open');
    await startApp();
    expect(await meetingCount()).toBe(1);
  });

  test('the app’s own restore is refused while a CLI process holds the library open, and works once it is alone', async () => {
    await startApp();
    const { actionId } = await seed();
    const backup = await value<{ id: string }>('backup.now', {});
    await value('actions.update', { ids: [actionId], status: 'done', note: '' });

    // Another process (a CLI import, say) has the library open.
    const holder = spawn(process.execPath, ['--import', 'tsx', 'tests/crash/hold-store-child.ts', dataDir], { cwd: REPO, env, stdio: ['pipe', 'pipe', 'inherit'] });
    children.push(holder);
    await new Promise<void>((resolve, reject) => {
      holder.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve());
      holder.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
    });
    const backupsBefore = backupIds();
    const refused = await api('backup.restore', { id: backup.id });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'unsupported-file',
        message: `The library is open in another Scrutineer window or process (process ${holder.pid}); close it, then restore again. Nothing was changed.`,
      },
    });
    expect(backupIds()).toEqual(backupsBefore);
    expect((await value<{ status: string }>('actions.get', { id: actionId })).status).toBe('done');

    // The holder closes the library; the app restores, closing and reopening its own connection.
    await new Promise<void>((resolve) => {
      holder.once('exit', () => resolve());
      holder.stdin?.end();
    });
    const outcome = await value<{ restored: { id: string }; safetyBackup: { id: string } }>('backup.restore', { id: backup.id });
    expect(outcome.restored.id).toBe(backup.id);
    expect((await value<{ status: string }>('actions.get', { id: actionId })).status).toBe('open');
    // The safety backup kept the edit the restore replaced.
    expect(backupIds()).toContain(`${outcome.safetyBackup.id}.db`);
  });
});
