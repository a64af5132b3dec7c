/**
 * The guard around swapping the library file (store-users.ts): an open waits while another process
 * is swapping it, and encrypting in place (which swaps the file too) is refused while another
 * process has the library open.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateStoreKey, isPlainDatabase } from '../../../main/store/cipher';
import { DATABASE_FILE, openStore } from '../../../main/store/database';
import { otherStoreUserList, storeInUseMessage, usersDir, waitWhileReplaced } from '../../../main/store/store-users';
import { makeTempDir } from '../../helpers/temp-dir';

jest.setTimeout(60_000);

const REPO = path.resolve(__dirname, '..', '..', '..');

describe('replacing the library file while other processes use it', () => {
  let temp: ReturnType<typeof makeTempDir>;
  const children: ChildProcess[] = [];
  beforeEach(() => (temp = makeTempDir('scrutineer-replace-')));
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    temp.cleanup();
  });

  /** A live process other than this one, standing for another Scrutineer process. */
  const other = () => {
    const child = spawn('sleep', ['60'], { stdio: 'ignore' });
    children.push(child);
    return child.pid as number;
  };
  const writeRecord = (name: string, record: object) => {
    fs.mkdirSync(usersDir(temp.dir), { recursive: true });
    const file = path.join(usersDir(temp.dir), name);
    fs.writeFileSync(file, JSON.stringify(record));
    return file;
  };

  test('an open waits while another process swaps the file, then opens the new one', () => {
    openStore(temp.dir).close();
    const pid = other();
    const marker = writeRecord(`${pid}-replacing-x.json`, { pid, host: os.hostname(), openedAt: new Date().toISOString(), replacing: true });
    expect(waitWhileReplaced(temp.dir, 200)?.pid).toBe(pid);
    // The swap finishes a moment later (another process removes its record).
    const finisher = spawn('sh', ['-c', `sleep 0.4; rm -f '${marker}'`], { stdio: 'ignore' });
    children.push(finisher);
    const started = Date.now();
    const store = openStore(temp.dir);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    store.close();
  });

  test('a swap left unfinished by a process that is gone does not hold anyone up', () => {
    writeRecord('999999999-replacing-x.json', { pid: 999_999_999, host: os.hostname(), openedAt: new Date().toISOString(), replacing: true });
    expect(waitWhileReplaced(temp.dir, 0)).toBeNull();
    expect(fs.readdirSync(usersDir(temp.dir))).toEqual([]);
  });

  test('a record from another host counts as in use, and the message says which file to delete if it is stale', () => {
    const file = writeRecord('42-abc.json', { pid: 42, host: 'elsewhere.example', openedAt: new Date().toISOString() });
    const users = otherStoreUserList(temp.dir);
    expect(users).toMatchObject([{ pid: 42, host: 'elsewhere.example', uncertain: true }]);
    expect(storeInUseMessage(users, 'restore again')).toBe(
      `The library is open in another Scrutineer window or process (process 42 on host "elsewhere.example"); close it, then restore again (if it is no longer running, delete ${file}). Nothing was changed.`,
    );
  });

  test('encrypting in place is refused while another process has the unencrypted library open', async () => {
    openStore(temp.dir).close();
    const env = { ...process.env, SCRUTINEER_STORE_KEY: '' };
    const holder = spawn(process.execPath, ['--import', 'tsx', 'tests/crash/hold-store-child.ts', temp.dir], { cwd: REPO, env, stdio: ['pipe', 'pipe', 'inherit'] });
    children.push(holder);
    await new Promise<void>((resolve, reject) => {
      holder.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve());
      holder.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
    });
    const key = generateStoreKey();
    expect(() => openStore(temp.dir, { key })).toThrow(
      `The library is open in another Scrutineer window or process (process ${holder.pid}); close it, then open it again with the key to encrypt it. Nothing was changed.`,
    );
    expect(isPlainDatabase(path.join(temp.dir, DATABASE_FILE))).toBe(true);
    await new Promise<void>((resolve) => {
      holder.once('exit', () => resolve());
      holder.stdin?.end();
    });
    openStore(temp.dir, { key }).close();
    expect(isPlainDatabase(path.join(temp.dir, DATABASE_FILE))).toBe(false);
  });
});
