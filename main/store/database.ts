import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { type BlobKeys, deriveBlobKeys } from './blob-crypto';
import { sweepStrayBlobs } from './blob-sweep';
import { applyKey, isEncryptedDatabase, isPlainDatabase, type StoreKey, verifyKey } from './cipher';
import { encryptStoreInPlace, resumeStoreEncryption } from './encrypt-store';
import { StoreDamagedError, StoreError } from './errors';
import { loadMigrations, migrateTo, schemaVersion } from './migrations';
import { createPrivateFile, makePrivate, makePrivateDir } from './private-files';
import { describeStoreUsers, markReplacing, otherStoreUserList, registerStoreUser, storeInUseMessage, waitWhileReplaced } from './store-users';

export const DATABASE_FILE = 'scrutineer.db';
const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

export interface Store {
  db: Database.Database;
  dataDir: string;
  /** The store key when the store is encrypted (for backups of it: see cipher.applyKey). */
  key: StoreKey | undefined;
  /** Subkeys for the stored files (PDFs) when the store is encrypted: see blobs.ts. */
  blobKeys: BlobKeys | undefined;
  close(): void;
}

export interface OpenStoreOptions {
  migrationsDir?: string;
  /**
   * The 32-byte store key. Given: the store is encrypted (a new one is created encrypted, an
   * unencrypted one is encrypted in place first). Absent: only an unencrypted store opens.
   */
  key?: StoreKey;
}

const backupsDir = (dataDir: string) => path.join(dataDir, 'backups');

function newestBackup(dataDir: string): string | null {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return null;
  // Newest by the time stamp in the name (automatic, manual and before-schema backups alike).
  const stamp = (f: string) => /\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z/.exec(f)?.[0] ?? '';
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.db')).sort((a, b) => stamp(a).localeCompare(stamp(b)) || a.localeCompare(b));
  const last = files[files.length - 1];
  return last ? path.join(dir, last) : null;
}

function checkIntegrity(db: Database.Database, file: string, dataDir: string): void {
  let result: string;
  try {
    result = db.pragma('integrity_check', { simple: true }) as string;
  } catch (error) {
    result = (error as Error).message;
  }
  if (result !== 'ok') {
    const backup = newestBackup(dataDir);
    db.close();
    throw new StoreDamagedError(
      `The library database ${file} is damaged (${result}). ` +
        (backup ? `The newest backup is ${backup}.` : 'No backup was found.'),
      backup,
    );
  }
}

/**
 * Encrypting in place swaps the library file, so it is refused while another process has the
 * library open (that process would go on writing to the old file): see store-users.ts.
 */
function encryptAlone(dataDir: string, encrypt: () => unknown): void {
  const unmark = markReplacing(dataDir);
  try {
    const others = otherStoreUserList(dataDir);
    if (others.length) throw new StoreError(storeInUseMessage(others, 'open it again with the key to encrypt it'));
    encrypt();
  } finally {
    unmark();
  }
}

/**
 * Opens (creating if needed) the store in dataDir: the key (if any) first, WAL, foreign keys, a busy
 * timeout, an integrity check, a copy set aside before any migration of an existing database, and
 * the migrations themselves. With a key, an unencrypted store is first encrypted in place (and an
 * encryption interrupted by a crash is finished).
 */
export function openStore(dataDir: string, options: OpenStoreOptions = {}): Store {
  const { key } = options;
  // The member's alone (private-files.ts): 0700, and a folder an older version left open is closed.
  makePrivateDir(dataDir);
  makePrivate(dataDir);
  const file = path.join(dataDir, DATABASE_FILE);
  for (const suffix of ['', '-wal', '-shm']) makePrivate(file + suffix);
  if (key) {
    if (isPlainDatabase(file)) encryptAlone(dataDir, () => encryptStoreInPlace(dataDir, key));
    else resumeStoreEncryption(dataDir, key);
  } else if (isEncryptedDatabase(file)) {
    const backup = newestBackup(dataDir);
    throw new StoreError(
      `The library database ${file} cannot be read without a key: it is encrypted, or damaged. ` +
        'If it is encrypted, set SCRUTINEER_STORE_KEY (64 hexadecimal characters) or SCRUTINEER_STORE_KEY_FILE to its key. ' +
        (backup ? `The newest backup is ${backup}.` : ''),
      backup,
    );
  }
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  const release = registerStoreUser(dataDir);
  // Another process swapping the file (a restore): wait, so that the file opened is the new one.
  const replacer = waitWhileReplaced(dataDir);
  if (replacer) {
    release();
    throw new StoreError(
      `The library file is being replaced by another Scrutineer process (${describeStoreUsers([replacer])}), for instance restoring a backup; open it again when that has finished` +
        (replacer.uncertain ? ` (if it is no longer running, delete ${replacer.file}).` : '.'),
    );
  }
  let db: Database.Database;
  try {
    // SQLite would create the file 0644; made 0600 first, its -wal and -shm files then follow its mode.
    createPrivateFile(file);
    db = new Database(file);
  } catch (error) {
    release();
    throw new StoreError(`Could not open the library database ${file}: ${(error as Error).message}`);
  }
  try {
    applyKey(db, key);
    if (existed && key) verifyKey(db, file, newestBackup(dataDir));
    db.pragma('busy_timeout = 5000');
    if (existed) checkIntegrity(db, file, dataDir);
    db.pragma('journal_mode = WAL');
    // FULL: a member's notes and statuses survive power loss, not only a crash; the cost is small.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');

    const migrations = loadMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
    const current = schemaVersion(db);
    if (current > migrations.length) {
      throw new StoreError(
        `The library database was written by a newer version of Scrutineer (schema ${current}; this version knows ${migrations.length}). Update Scrutineer to open it.`,
      );
    }
    if (current < migrations.length) {
      if (existed && current > 0) {
        makePrivateDir(backupsDir(dataDir));
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const target = path.join(backupsDir(dataDir), `before-schema-${current + 1}-${stamp}.db`);
        createPrivateFile(target);
        db.prepare('VACUUM INTO ?').run(target);
      }
      migrateTo(db, migrations);
    }
  } catch (error) {
    if (db.open) db.close();
    release();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`Could not open the library database ${file}: ${(error as Error).message}`);
  }
  const blobKeys = key ? deriveBlobKeys(key) : undefined;
  // Before anything can be imported: files left by an import that failed or was killed go.
  try {
    sweepStrayBlobs({ db, dataDir, blobKeys });
  } catch (error) {
    console.warn(`[store] could not tidy unreferenced stored files: ${(error as Error).message}`);
  }
  return {
    db,
    dataDir,
    key,
    blobKeys,
    close: () => {
      if (db.open) db.close();
      release();
    },
  };
}
