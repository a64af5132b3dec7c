import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { deriveBlobKeys, encryptBlob, encryptedBlobName, isEncryptedBlob, decryptBlob, type BlobKeys } from './blob-crypto';
import { blobFile, sha256, writeFileAtomic } from './blobs';
import { applyKey, isPlainDatabase, type StoreKey, verifyKey } from './cipher';
import { StoreError } from './errors';
import { createPrivateFile } from './private-files';

/**
 * Encrypts an existing unencrypted store in place, safely and resumably:
 *
 *  1. A journal (encrypting.json) records the stage, so a crash at any point is finished on the next open.
 *  2. Database: a consistent copy is made (VACUUM INTO), encrypted (rekey), reopened with the key and
 *     checked (integrity, every table's row count, the schema version), fsynced, and only then renamed
 *     over the original in one atomic step. The original stays as scrutineer.db.unencrypted (a hard
 *     link) until everything has succeeded.
 *  3. Files: each stored file is encrypted to its new name (written atomically), then the plain one
 *     removed; this is idempotent, so after a crash the walk simply runs again.
 *  4. Unencrypted copies in backups/ (databases and backups/blobs) are encrypted the same way.
 *  5. The kept original and the journal are removed.
 */
const JOURNAL = 'encrypting.json';
const DATABASE_FILE = 'scrutineer.db';

type Stage = 'database' | 'files';

interface Journal {
  version: 1;
  stage: Stage;
  startedAt: string;
}

/** Points at which the encryption reports progress; tests throw from onStep to simulate a crash there. */
export type EncryptionStep = 'journal-written' | 'copy-verified' | 'database-swapped' | 'file-encrypted' | 'files-encrypted' | 'backups-encrypted';

export interface EncryptionHooks {
  onStep?(step: EncryptionStep): void;
}

export interface EncryptionReport {
  tables: Record<string, number>;
  filesEncrypted: number;
  backupsEncrypted: number;
}

const journalPath = (dataDir: string) => path.join(dataDir, JOURNAL);

function fsyncPath(target: string): void {
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
    if ((error as NodeJS.ErrnoException).code !== 'EISDIR' && (error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

function writeJournal(dataDir: string, stage: Stage): void {
  const journal: Journal = { version: 1, stage, startedAt: new Date().toISOString() };
  writeFileAtomic(journalPath(dataDir), Buffer.from(JSON.stringify(journal)));
  fsyncPath(dataDir);
}

function readJournal(dataDir: string): Journal | null {
  const file = journalPath(dataDir);
  if (!fs.existsSync(file)) return null;
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Journal;
    if (parsed.stage === 'database' || parsed.stage === 'files') return parsed;
  } catch {
    // A journal cut short by a crash: its stage is found from the files themselves below.
  }
  return { version: 1, stage: 'database', startedAt: '' };
}

function rowCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = db.prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`).pluck().get() as number;
  return counts;
}

function removeIfPresent(file: string): void {
  fs.rmSync(file, { force: true });
}

/**
 * Writes an encrypted, verified copy of the unencrypted database `plainFile` to `outFile`. The
 * source is only read (and its write-ahead log folded in), never changed in content.
 */
export function encryptDatabaseCopy(plainFile: string, outFile: string, key: StoreKey): Record<string, number> {
  removeIfPresent(outFile);
  removeIfPresent(`${outFile}-journal`);
  const plain = new Database(plainFile, { fileMustExist: true });
  let counts: Record<string, number>;
  let userVersion: number;
  try {
    const integrity = plain.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new StoreError(`The library database ${plainFile} is damaged (${String(integrity)}); it was not encrypted.`);
    counts = rowCounts(plain);
    userVersion = plain.pragma('user_version', { simple: true }) as number;
    // Fold the write-ahead log into the file and drop it: nothing of the plain database may be left
    // beside the encrypted one (a stale log would be applied to it).
    plain.pragma('journal_mode = DELETE');
    createPrivateFile(outFile); // SQLite would make it 0644
    plain.prepare('VACUUM INTO ?').run(outFile);
  } finally {
    plain.close();
  }

  const copy = new Database(outFile, { fileMustExist: true });
  try {
    copy.pragma(`cipher = 'sqlcipher'`);
    copy.pragma('legacy = 4');
    copy.pragma(`rekey = "x'${key.toString('hex')}'"`);
  } finally {
    copy.close();
  }

  const check = new Database(outFile, { fileMustExist: true });
  try {
    applyKey(check, key);
    verifyKey(check, outFile);
    const integrity = check.pragma('integrity_check', { simple: true });
    const after = rowCounts(check);
    const afterVersion = check.pragma('user_version', { simple: true }) as number;
    if (integrity !== 'ok' || JSON.stringify(after) !== JSON.stringify(counts) || afterVersion !== userVersion) {
      throw new StoreError(`The encrypted copy of ${plainFile} did not match the original (${String(integrity)}); the original was left as it was.`);
    }
  } finally {
    check.close();
  }
  if (isPlainDatabase(outFile)) throw new StoreError(`The copy of ${plainFile} was not encrypted; the original was left as it was.`);
  fsyncPath(outFile);
  return counts;
}

function encryptDatabaseStage(dataDir: string, key: StoreKey, hooks: EncryptionHooks): Record<string, number> {
  const file = path.join(dataDir, DATABASE_FILE);
  const temp = `${file}.encrypting`;
  const kept = `${file}.unencrypted`;
  const counts = encryptDatabaseCopy(file, temp, key);
  hooks.onStep?.('copy-verified');
  // Keep the original under a second name until the end, then swap the encrypted copy in atomically.
  removeIfPresent(kept);
  fs.linkSync(file, kept);
  removeIfPresent(`${file}-wal`);
  removeIfPresent(`${file}-shm`);
  fs.renameSync(temp, file);
  fsyncPath(dataDir);
  hooks.onStep?.('database-swapped');
  return counts;
}

/** Encrypts every plain stored file under blobs/; safe to run again after an interruption. */
export function encryptStoredFiles(dataDir: string, keys: BlobKeys, hooks: EncryptionHooks = {}): number {
  const root = path.join(dataDir, 'blobs');
  if (!fs.existsSync(root)) return 0;
  let encrypted = 0;
  const touched = new Set<string>();
  for (const shard of fs.readdirSync(root)) {
    const shardDir = path.join(root, shard);
    if (!fs.statSync(shardDir).isDirectory()) continue;
    for (const entry of fs.readdirSync(shardDir)) {
      const file = path.join(shardDir, entry);
      if (entry.endsWith('.tmp')) {
        removeIfPresent(file); // a write cut short by a crash
        continue;
      }
      if (!/^[0-9a-f]{64}$/.test(entry)) continue;
      const bytes = new Uint8Array(fs.readFileSync(file));
      if (isEncryptedBlob(bytes)) {
        try {
          decryptBlob(keys, entry, bytes);
          continue; // already encrypted (an earlier, interrupted run)
        } catch {
          // Not ours under this name: a plain file that happens to start like one; handled below.
        }
      }
      if (sha256(bytes) !== entry) continue; // neither ours nor a plain stored file: left untouched
      const name = encryptedBlobName(keys, entry);
      const target = blobFile(dataDir, name);
      if (!fs.existsSync(target)) {
        writeFileAtomic(target, encryptBlob(keys, name, bytes));
        touched.add(path.dirname(target));
      }
      fs.rmSync(file);
      touched.add(shardDir);
      encrypted++;
      hooks.onStep?.('file-encrypted');
    }
  }
  for (const dir of touched) fsyncPath(dir);
  return encrypted;
}

/** Encrypts the unencrypted database copies in backups/ (each via a checked copy and a rename). */
function encryptBackups(dataDir: string, key: StoreKey): number {
  const dir = path.join(dataDir, 'backups');
  if (!fs.existsSync(dir)) return 0;
  let count = 0;
  for (const entry of fs.readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (!entry.endsWith('.db') || !fs.statSync(file).isFile() || !isPlainDatabase(file)) continue;
    const temp = `${file}.encrypting`;
    try {
      encryptDatabaseCopy(file, temp, key);
    } catch (error) {
      // A damaged old backup must not stop the store from opening; it is left and reported.
      removeIfPresent(temp);
      console.warn(`[store] could not encrypt the backup ${file}: ${(error as Error).message}`);
      continue;
    }
    removeIfPresent(`${file}-wal`);
    removeIfPresent(`${file}-shm`);
    fs.renameSync(temp, file);
    count++;
  }
  if (count) fsyncPath(dir);
  return count;
}

function finishFiles(dataDir: string, key: StoreKey, hooks: EncryptionHooks): { filesEncrypted: number; backupsEncrypted: number } {
  writeJournal(dataDir, 'files');
  const keys = deriveBlobKeys(key);
  // The library's files, and the copies kept with backups (backups/blobs, laid out the same way).
  const filesEncrypted = encryptStoredFiles(dataDir, keys, hooks) + encryptStoredFiles(path.join(dataDir, 'backups'), keys, hooks);
  hooks.onStep?.('files-encrypted');
  const backupsEncrypted = encryptBackups(dataDir, key);
  hooks.onStep?.('backups-encrypted');
  const file = path.join(dataDir, DATABASE_FILE);
  removeIfPresent(`${file}.unencrypted`);
  removeIfPresent(`${file}.encrypting`);
  removeIfPresent(journalPath(dataDir));
  fsyncPath(dataDir);
  return { filesEncrypted, backupsEncrypted };
}

/** Encrypts the unencrypted store in dataDir (database, stored files, backups) with `key`. */
export function encryptStoreInPlace(dataDir: string, key: StoreKey, hooks: EncryptionHooks = {}): EncryptionReport {
  const file = path.join(dataDir, DATABASE_FILE);
  if (!isPlainDatabase(file)) throw new StoreError(`${file} is not an unencrypted library database.`);
  writeJournal(dataDir, 'database');
  hooks.onStep?.('journal-written');
  let tables: Record<string, number>;
  try {
    tables = encryptDatabaseStage(dataDir, key, hooks);
  } catch (error) {
    // Refused (a damaged original, a copy that did not match): nothing was changed, so no journal.
    if (error instanceof StoreError) {
      removeIfPresent(`${file}.encrypting`);
      removeIfPresent(journalPath(dataDir));
    }
    throw error;
  }
  return { tables, ...finishFiles(dataDir, key, hooks) };
}

/**
 * Finishes an encryption a crash interrupted after the database was swapped (the stored files and
 * backups, then clean-up). Nothing to do, and cheap, when no journal is present.
 */
export function resumeStoreEncryption(dataDir: string, key: StoreKey, hooks: EncryptionHooks = {}): EncryptionReport | null {
  if (!readJournal(dataDir)) return null;
  const file = path.join(dataDir, DATABASE_FILE);
  if (isPlainDatabase(file)) return encryptStoreInPlace(dataDir, key, hooks);
  // The encrypted database is in place: check the key opens it before touching any file with it.
  if (fs.existsSync(file)) {
    const db = new Database(file, { fileMustExist: true });
    try {
      applyKey(db, key);
      verifyKey(db, file);
    } finally {
      db.close();
    }
  }
  return { tables: {}, ...finishFiles(dataDir, key, hooks) };
}
