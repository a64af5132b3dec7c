/**
 * Purging confidential papers reaches every backup: otherwise restoring an earlier backup would bring
 * a purged paper back, searchable. Each backup file is opened with the store's key, the same purge is
 * applied in one transaction (with secure_delete), the file is rewritten by VACUUM so no free page
 * keeps the text, and checked; the purged papers' files in backups/blobs go too.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Store } from '../store/database';
import { deleteBlob } from '../store/blobs';
import { BackupError, integrity, openBackupDb } from './backup-db';
import { backupBlobStore } from './blob-copy';
import { listBackupFiles } from './files';

export function purgeFromBackups(
  store: Store,
  documentIds: readonly number[],
  hashes: readonly string[],
  unusedHashes: readonly string[],
  stamp: string,
  purgeIn: (db: Database.Database, documentIds: readonly number[], stamp: string) => unknown,
): { backups: number; filesDeleted: number } {
  let backups = 0;
  for (const entry of listBackupFiles(store.dataDir)) {
    const db = openBackupDb(entry.file, store.key, { readonly: false });
    try {
      db.pragma('secure_delete = ON');
      const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
      if (!tables.has('documents') || !tables.has('document_versions')) continue;
      // The same papers in the backup: by id, and by the files' hashes (a paper filed again later).
      const inBackup = db
        .prepare(
          `SELECT id FROM documents WHERE id IN (SELECT value FROM json_each(@ids))
           UNION SELECT document_id FROM document_versions WHERE sha256 IN (SELECT value FROM json_each(@hashes))`,
        )
        .pluck()
        .all({ ids: JSON.stringify(documentIds), hashes: JSON.stringify(hashes) }) as number[];
      if (inBackup.length === 0) continue;
      db.transaction(() => purgeIn(db, inBackup, stamp))();
      if (tables.has('pages_fts')) db.exec("INSERT INTO pages_fts (pages_fts) VALUES ('optimize')");
      db.exec('VACUUM');
      const check = integrity(db);
      if (check !== 'ok') throw new BackupError(`A backup could not be purged cleanly (${entry.id}: ${check}).`);
      backups++;
    } finally {
      db.close();
    }
  }
  let filesDeleted = 0;
  for (const hash of unusedHashes) if (deleteBlob(backupBlobStore(store), hash)) filesDeleted++;
  return { backups, filesDeleted };
}
