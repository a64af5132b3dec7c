/**
 * The library is the member's alone: the data folder and every folder in it are 0700, every file
 * 0600 (database and its WAL, stored files, backups, the records in open-by/, the keychain-sealed key),
 * and a key file others can read is warned about, one others can write refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createBackup } from '../../../main/backup/backups';
import { recoverDamagedStore } from '../../../main/backup/restore';
import { importFile } from '../../../main/library/import-file';
import { KEY_FILE, loadOrCreateStoreKey } from '../../../main/shell/key-store';
import { generateStoreKey } from '../../../main/store/cipher';
import { DATABASE_FILE, openStore, type Store } from '../../../main/store/database';
import { openStoreFromEnv, storeKeyFromEnv } from '../../../main/store/key-source';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const MIGRATIONS_DIR = path.resolve(__dirname, '../../../main/store/migrations');
const posix = process.platform !== 'win32';
const modeTest = posix ? test : test.skip;

const modeOf = (p: string) => fs.statSync(p).mode & 0o777;

/** Every folder and file under root (root included), with its permission bits. */
function modes(root: string): Array<{ path: string; dir: boolean; mode: number }> {
  const out = [{ path: root, dir: true, mode: modeOf(root) }];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) out.push(...modes(full));
    else out.push({ path: full, dir: false, mode: modeOf(full) });
  }
  return out;
}

function expectPrivate(root: string): void {
  const found = modes(root);
  const wrong = found.filter((f) => f.mode !== (f.dir ? 0o700 : 0o600)).map((f) => `${path.relative(root, f.path) || '.'} ${f.mode.toString(8)}`);
  expect(wrong).toEqual([]);
}

describe('the data folder is private to the member', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let umask: number;
  beforeEach(() => {
    temp = makeTempDir();
    // The usual desktop umask, under which the defaults are 0755 and 0644.
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    temp.cleanup();
  });

  modeTest('a fresh encrypted store: folders 0700, files 0600, backups included', async () => {
    const dataDir = path.join(temp.dir, 'Scrutineer');
    const key = generateStoreKey();
    const store = openStore(dataDir, { key });
    try {
      await importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
      await createBackup(store, 'manual');
      const names = modes(dataDir).map((f) => path.relative(dataDir, f.path));
      // The store is open: its WAL, its record in open-by/, a stored file and a backup with its files are all there.
      expect(names).toEqual(expect.arrayContaining([DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, 'blobs', 'backups', path.join('backups', 'blobs'), 'open-by']));
      expect(names.some((n) => n.startsWith(`backups${path.sep}`) && n.endsWith('-manual.db'))).toBe(true);
      expect(names.filter((n) => n.startsWith(`blobs${path.sep}`)).length).toBeGreaterThanOrEqual(2);
      expect(names.some((n) => n.startsWith(`open-by${path.sep}`))).toBe(true);
      expectPrivate(dataDir);
    } finally {
      store.close();
    }
  });

  modeTest('an unencrypted store, encrypted in place later, a migration copy, and a damaged file set aside stay private', async () => {
    const dataDir = path.join(temp.dir, 'plain');
    // Created at an older schema, so the next open sets a copy aside before migrating.
    const all = fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort();
    const older = path.join(temp.dir, 'older-migrations');
    fs.mkdirSync(older);
    for (const f of all.slice(0, 2)) fs.copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(older, f));
    openStoreFromEnv(dataDir, { env: {}, warn: () => undefined, migrationsDir: older }).close();
    let store: Store = openStore(dataDir);
    await importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
    const backup = await createBackup(store, 'manual'); // SQLite's backup API for a plain store
    store.close();
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((f) => f.startsWith('before-schema-'))).toBe(true);
    expectPrivate(dataDir);

    const key = generateStoreKey();
    store = openStore(dataDir, { key }); // encrypted in place: a new database file and new stored files
    store.close();
    expectPrivate(dataDir);

    const file = path.join(dataDir, DATABASE_FILE);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 2, 4096 * 6);
    fs.writeFileSync(file, bytes);
    fs.chmodSync(file, 0o600);
    store = recoverDamagedStore(dataDir, backup.id, key).store;
    store.close();
    expect(fs.readdirSync(path.join(dataDir, 'damaged')).length).toBeGreaterThan(0);
    expectPrivate(dataDir);
  });

  modeTest('a library folder an older version left readable is made private on open', () => {
    const dataDir = path.join(temp.dir, 'old');
    openStore(dataDir).close();
    fs.chmodSync(dataDir, 0o755);
    fs.chmodSync(path.join(dataDir, DATABASE_FILE), 0o644);
    openStore(dataDir).close();
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(path.join(dataDir, DATABASE_FILE))).toBe(0o600);
  });

  modeTest('the desktop app’s sealed key file is 0600 in a 0700 folder', () => {
    const dataDir = path.join(temp.dir, 'desktop');
    const keychain = {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
      decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString('utf8'),
    };
    loadOrCreateStoreKey(dataDir, keychain, { env: {}, platform: 'linux' });
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(path.join(dataDir, KEY_FILE))).toBe(0o600);
  });

  modeTest('SCRUTINEER_STORE_KEY_FILE readable by others is warned about in one line; writable by others is refused', () => {
    const key = generateStoreKey();
    const file = path.join(temp.dir, 'store.key');
    fs.writeFileSync(file, key.toString('hex'));
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);

    fs.chmodSync(file, 0o600);
    expect(storeKeyFromEnv({ SCRUTINEER_STORE_KEY_FILE: file }, warn)?.equals(key)).toBe(true);
    expect(warnings).toEqual([]);

    for (const mode of [0o640, 0o604, 0o644]) {
      fs.chmodSync(file, mode);
      expect(storeKeyFromEnv({ SCRUTINEER_STORE_KEY_FILE: file }, warn)?.equals(key)).toBe(true);
    }
    expect(warnings).toHaveLength(3);
    for (const w of warnings) {
      expect(w).not.toContain('\n');
      expect(w).toMatch(/key file .*store\.key.* can be read by other users .*chmod 600/);
    }

    for (const mode of [0o777, 0o646, 0o602]) {
      fs.chmodSync(file, mode);
      expect(() => storeKeyFromEnv({ SCRUTINEER_STORE_KEY_FILE: file }, warn)).toThrow(/key file .*store\.key can be changed by other users.*chmod 600/);
    }

    // The default warning goes to stderr, as one line.
    fs.chmodSync(file, 0o644);
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      storeKeyFromEnv({ SCRUTINEER_STORE_KEY_FILE: file });
      expect(write).toHaveBeenCalledTimes(1);
      expect(String(write.mock.calls[0]?.[0])).toMatch(/^Warning: the key file .* can be read by other users[^\n]*\n$/);
    } finally {
      write.mockRestore();
    }
  });
});
