/**
 * Which backups are kept, applied after every new backup:
 * - automatic: the 7 newest, and before them the newest of each of up to 4 earlier weeks
 *   (with one automatic backup a day, that is a week of daily copies and a month of weekly ones);
 * - manual ("Back up now"): the 10 newest;
 * - safety (taken before a restore): the 3 newest;
 * - before-upgrade (taken before a schema migration): the 3 newest.
 * Then stored files in backups/blobs that no remaining backup refers to are removed; if any backup
 * cannot be read, nothing is removed from backups/blobs (a file it needs might go).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind } from '../../shared/types/backup';
import { type BlobStore, blobName } from '../store/blobs';
import type { StoreKey } from '../store/cipher';
import { openBackupDb, referencedBlobs } from './backup-db';
import { backupBlobStore } from './blob-copy';
import { type BackupFile, listBackupFiles } from './files';

const DAY = 24 * 60 * 60 * 1000;
const KEEP: Record<Exclude<BackupKind, 'automatic'>, number> = { manual: 10, safety: 3, 'before-upgrade': 3 };
export const DAILY_AUTOMATIC = 7;
export const WEEKLY_AUTOMATIC = 4;

/** The backups to delete under the policy above (input newest first, as listBackupFiles gives). */
export function backupsToDelete(backups: readonly BackupFile[], now: Date): BackupFile[] {
  const doomed: BackupFile[] = [];
  for (const kind of ['manual', 'safety', 'before-upgrade'] as const) {
    doomed.push(...backups.filter((b) => b.kind === kind).slice(KEEP[kind]));
  }
  const automatic = backups.filter((b) => b.kind === 'automatic');
  const weeks = new Set<number>();
  for (const b of automatic.slice(DAILY_AUTOMATIC)) {
    const week = Math.floor((now.getTime() - Date.parse(b.createdAt)) / (7 * DAY));
    if (weeks.size < WEEKLY_AUTOMATIC && !weeks.has(week)) weeks.add(week);
    else doomed.push(b);
  }
  return doomed;
}

/** Every stored file the remaining backups refer to, or null if some backup could not be read. */
export function collectBackupBlobs(dataDir: string, key: StoreKey | undefined): Set<string> | null {
  const hashes = new Set<string>();
  for (const entry of listBackupFiles(dataDir)) {
    try {
      const db = openBackupDb(entry.file, key);
      try {
        for (const h of referencedBlobs(db)) hashes.add(h);
      } finally {
        db.close();
      }
    } catch {
      return null;
    }
  }
  return hashes;
}

export function prune(dataDir: string, store: BlobStore & { key: StoreKey | undefined }, now: Date): void {
  for (const b of backupsToDelete(listBackupFiles(dataDir), now)) fs.rmSync(b.file, { force: true });
  const keep = collectBackupBlobs(dataDir, store.key);
  if (!keep) return;
  const names = new Set([...keep].map((h) => blobName(store, h)));
  const root = path.join(backupBlobStore(store).dataDir, 'blobs');
  if (!fs.existsSync(root)) return;
  for (const shard of fs.readdirSync(root)) {
    const folder = path.join(root, shard);
    for (const name of fs.readdirSync(folder)) {
      // Temporary files of a copy in progress (or cut short) are left to that copy.
      if (/^[0-9a-f]{64}$/.test(name) && !names.has(name)) fs.rmSync(path.join(folder, name), { force: true });
    }
  }
}
