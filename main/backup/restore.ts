/**
 * Restoring a backup: into the open library ("Restore from backup"), or in place of a damaged
 * library file at start-up. Only backups in the store's own backups folder, by id.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupSummary, RestoreOutcome } from '../../shared/types/backup';
import { deriveBlobKeys } from '../store/blob-crypto';
import type { StoreKey } from '../store/cipher';
import { DATABASE_FILE, openStore, type Store } from '../store/database';
import { makePrivateDir } from '../store/private-files';
import { markReplacing, otherStoreUserList, storeInUseMessage } from '../store/store-users';
import { BackupError, checkBackup, createBackup, describeBackup, findBackup, installDatabase, restoreBlobs } from './backups';
import { listBackupFiles, stampOf } from './files';
import { prune } from './policy';

/**
 * A restore swaps the library file, so it is refused while another process (another window, the
 * preview, a CLI import) has the library open: that process would carry on writing to the old,
 * deleted file, and every save it confirmed would be lost. This process's own connections do not
 * count: the app's own restore closes and reopens its connection. See store-users.ts.
 */
function refuseIfOpenElsewhere(dataDir: string, outcome?: string): void {
  const others = otherStoreUserList(dataDir);
  if (others.length) throw new BackupError(storeInUseMessage(others, 'restore again', outcome));
}

/**
 * Swaps the backup in (installDatabase) with this process marked as replacing the library file, so
 * that a process opening it meanwhile waits for the new file; checked once more for other users
 * once the mark is there (one may have opened the library since the first check).
 */
function installAlone(dataDir: string, backupFile: string, closeCurrent: () => void, outcome: string): void {
  const unmark = markReplacing(dataDir);
  try {
    installDatabase(dataDir, backupFile, path.join(dataDir, DATABASE_FILE), () => {
      refuseIfOpenElsewhere(dataDir, outcome);
      closeCurrent();
    });
  } finally {
    unmark();
  }
}

/**
 * Replaces the open library with a backup. A safety backup of the library as it is comes first;
 * then the backup's file is checked, its stored files brought back, the connection closed, the
 * file swapped in and reopened (and migrated, if the backup is from an older version). The Store
 * object is kept and points at the new connection afterwards, so everything holding it carries on.
 * Refused, with nothing changed, while another process has the library open.
 */
export async function restoreBackup(store: Store, id: string, options: { now?: Date } = {}): Promise<RestoreOutcome> {
  const now = options.now ?? new Date();
  refuseIfOpenElsewhere(store.dataDir);
  const entry = findBackup(store.dataDir, id);
  const restored = describeBackup(entry, store.key);
  const hashes = checkBackup(entry, store.key);
  const safetyBackup = await createBackup(store, 'safety', { now, prune: false });
  const missingFiles = restoreBlobs(store, hashes);
  installAlone(store.dataDir, entry.file, () => store.close(), 'The library was not changed (a safety backup of it was taken).');
  let reopened: Store;
  try {
    reopened = openStore(store.dataDir, { key: store.key });
  } catch (error) {
    // Should not happen (the backup was checked); put the library back as it was.
    const safety = findBackup(store.dataDir, safetyBackup.id);
    const unmark = markReplacing(store.dataDir);
    try {
      installDatabase(store.dataDir, safety.file, path.join(store.dataDir, DATABASE_FILE), () => undefined);
    } finally {
      unmark();
    }
    reopened = openStore(store.dataDir, { key: store.key });
    store.db = reopened.db;
    store.close = reopened.close;
    throw new BackupError(`The backup could not be opened after restoring (${(error as Error).message}); the library was put back as it was.`);
  }
  store.db = reopened.db;
  store.close = reopened.close;
  prune(store.dataDir, store, now);
  return { restored, safetyBackup, missingFiles };
}

/** The newest backup that opens and passes its check: what to offer when the library is damaged. */
export function newestGoodBackup(dataDir: string, key: StoreKey | undefined): BackupSummary | null {
  for (const entry of listBackupFiles(dataDir)) {
    try {
      checkBackup(entry, key);
      return describeBackup(entry, key);
    } catch {
      // Try the next older one.
    }
  }
  return null;
}

/**
 * Puts a backup in place of a library file that failed its check, then opens the library. The
 * damaged file is never deleted: it is moved to <dataDir>/damaged/ (with its WAL), for a specialist.
 * Refused, with nothing changed, while another process has the library open.
 */
export function recoverDamagedStore(dataDir: string, id: string, key: StoreKey | undefined, options: { now?: Date } = {}): { store: Store; outcome: RestoreOutcome } {
  refuseIfOpenElsewhere(dataDir);
  const entry = findBackup(dataDir, id);
  const restored = describeBackup(entry, key);
  const hashes = checkBackup(entry, key);
  const missingFiles = restoreBlobs({ dataDir, blobKeys: key ? deriveBlobKeys(key) : undefined }, hashes);
  const databaseFile = path.join(dataDir, DATABASE_FILE);
  installAlone(dataDir, entry.file, () => {
    const aside = path.join(dataDir, 'damaged');
    makePrivateDir(aside);
    const name = `scrutineer-${stampOf(options.now ?? new Date())}.db`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(databaseFile + suffix)) fs.renameSync(databaseFile + suffix, path.join(aside, name + suffix));
    }
  }, 'Nothing was changed.');
  const store = openStore(dataDir, { key });
  return { store, outcome: { restored, safetyBackup: null, missingFiles } };
}

export { BackupError };

/**
 * The damage message without SQLite's list of bad pages (which can run to a hundred lines):
 * "The library database …/scrutineer.db is damaged (the first problem SQLite found)."
 */
export function damageSummary(message: string): string {
  const at = message.indexOf(' is damaged');
  if (at === -1) return message.split('\n')[0] ?? message;
  const detail = /\(([^\n)]*)/.exec(message.slice(at))?.[1]?.replace(/\*+ in database main \*+/, '').trim();
  return `${message.slice(0, at)} is damaged${detail ? ` (${detail})` : ''}.`;
}
