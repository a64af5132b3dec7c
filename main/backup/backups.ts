/**
 * Backups of the whole library: the database (a consistent snapshot taken while the app runs) and
 * the stored files it refers to. See files.ts for the layout, policy.ts for which are kept.
 *
 * The snapshot: an unencrypted store uses SQLite's online backup API (db.backup()); an encrypted
 * one uses VACUUM INTO, because the backup API opens its destination without a key and
 * SQLite3MultipleCiphers refuses to copy an encrypted database into it, while VACUUM INTO writes
 * the copy encrypted with the store's own cipher and key. Both read one consistent snapshot and
 * let the app carry on writing meanwhile.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind, BackupSummary } from '../../shared/types/backup';
import type { Store } from '../store/database';
import type { StoreKey } from '../store/cipher';
import { BackupError, integrity, openBackupDb, readPreview, referencedBlobs } from './backup-db';
import { backupBlobStore, copyBlobs } from './blob-copy';
import { type BackupFile, backupFilePath, backupsDir, listBackupFiles, newBackupId, syncPath } from './files';
import { isDiskFull } from '../store/errors';
import { createPrivateFile, makePrivate, makePrivateDir } from '../store/private-files';
import { collectBackupBlobs, prune } from './policy';

export { BackupError };

/** A ".partial" file older than this was left by a crash (a backup takes seconds). */
const STALE_PARTIAL_MS = 10 * 60 * 1000;

function removeStalePartials(dataDir: string, now: number): void {
  const dir = backupsDir(dataDir);
  for (const name of fs.readdirSync(dir)) {
    if (!/\.partial(-wal|-shm|-journal)?$/.test(name)) continue;
    const file = path.join(dir, name);
    if (now - fs.statSync(file).mtimeMs > STALE_PARTIAL_MS) fs.rmSync(file, { force: true });
  }
}

const removeWithSidecars = (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
};

/** Summarises one backup file, reading the preview from the file itself. */
export function describeBackup(entry: BackupFile, key: StoreKey | undefined): BackupSummary {
  const base = { id: entry.id, kind: entry.kind, createdAt: entry.createdAt, sizeBytes: fs.statSync(entry.file).size };
  try {
    const db = openBackupDb(entry.file, key);
    try {
      return { ...base, preview: readPreview(db), problem: null };
    } finally {
      db.close();
    }
  } catch (error) {
    return { ...base, preview: null, problem: error instanceof BackupError ? error.message : `The backup cannot be read: ${(error as Error).message}` };
  }
}

export function listBackups(dataDir: string, key: StoreKey | undefined): BackupSummary[] {
  return listBackupFiles(dataDir).map((entry) => describeBackup(entry, key));
}

async function snapshot(store: Store, target: string): Promise<void> {
  // Made 0600 first: SQLite would create it 0644 (private-files.ts).
  createPrivateFile(target);
  if (store.key) store.db.prepare('VACUUM INTO ?').run(target);
  else await store.db.backup(target);
}

/**
 * Takes a backup now: snapshot to a ".partial" file, check it, copy the stored files it needs,
 * then rename it into place. A failure (a full disk, say) removes the partial file and changes
 * nothing in the library.
 */
export async function createBackup(
  store: Store,
  kind: Exclude<BackupKind, 'before-upgrade'>,
  options: { now?: Date; prune?: boolean } = {},
): Promise<BackupSummary> {
  const now = options.now ?? new Date();
  const dir = backupsDir(store.dataDir);
  makePrivateDir(dir);
  removeStalePartials(store.dataDir, now.getTime());
  const id = newBackupId(kind, now, store.dataDir);
  const target = backupFilePath(store.dataDir, id);
  const partial = `${target}.partial`;
  try {
    await snapshot(store, partial);
    const copy = openBackupDb(partial, store.key, { readonly: false });
    let hashes: string[];
    try {
      const check = integrity(copy);
      if (check !== 'ok') throw new BackupError(`The backup copy failed its check (${check}); try again.`);
      // One self-contained file: a copy made by the backup API inherits the store's WAL mode.
      copy.pragma('journal_mode = DELETE');
      hashes = referencedBlobs(copy);
    } finally {
      copy.close();
    }
    // Files missing from the library itself cannot be copied; the restore reports them.
    copyBlobs(store, backupBlobStore(store), hashes);
    syncPath(partial);
    fs.renameSync(partial, target);
    syncPath(dir);
  } catch (error) {
    removeWithSidecars(partial);
    if (isDiskFull(error)) throw new BackupError('There is not enough free disk space for a backup. Nothing was changed; free some space and try again.');
    throw error;
  }
  if (options.prune !== false) prune(store.dataDir, store, now);
  return describeBackup({ id, kind, file: target, createdAt: now.toISOString() }, store.key);
}

/** Checks a backup before it replaces anything; returns the stored files it refers to. */
function checkBackup(entry: BackupFile, key: StoreKey | undefined): string[] {
  const db = openBackupDb(entry.file, key);
  try {
    const check = integrity(db);
    if (check !== 'ok') throw new BackupError(`That backup is damaged (${check}) and was not restored.`);
    return referencedBlobs(db);
  } finally {
    db.close();
  }
}

export function findBackup(dataDir: string, id: string): BackupFile {
  const entry = listBackupFiles(dataDir).find((b) => b.id === id);
  if (!entry) throw new BackupError('That backup is not in this library’s backups folder.');
  return entry;
}

/**
 * Puts a backup's database in place of the library's: copied beside it first, then renamed over it
 * once the current connection is closed (rename is atomic, so a crash leaves one or the other,
 * never a mixture). The old WAL and shared-memory files go: a stale WAL would be replayed into the
 * restored file. If closeCurrent throws, the staged copy is removed and the library left as it was.
 */
export function installDatabase(dataDir: string, backupFile: string, databaseFile: string, closeCurrent: () => void): void {
  const staging = `${databaseFile}.restoring`;
  removeWithSidecars(staging);
  try {
    fs.copyFileSync(backupFile, staging);
    makePrivate(staging); // a copy takes its source's mode, and an older backup may be 0644
    syncPath(staging);
  } catch (error) {
    removeWithSidecars(staging);
    if (isDiskFull(error)) throw new BackupError('There is not enough free disk space to restore the backup. Nothing was changed.');
    throw error;
  }
  try {
    // May refuse (another process has the library open): then nothing is changed.
    closeCurrent();
  } catch (error) {
    removeWithSidecars(staging);
    throw error;
  }
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(databaseFile + suffix, { force: true });
  fs.renameSync(staging, databaseFile);
  syncPath(dataDir);
}

/** Brings the stored files a backup refers to back into the library; returns how many were found nowhere. */
export function restoreBlobs(store: Pick<Store, 'dataDir' | 'blobKeys'>, hashes: readonly string[]): number {
  return copyBlobs(backupBlobStore(store), store, hashes).length;
}

export { checkBackup, collectBackupBlobs };
