/**
 * Copies stored files between the library's blob folder and the backups' one. Files are copied as
 * they are on disk (in an encrypted store they stay encrypted, under the same name), through a
 * temporary file, fsync and rename, so a crash or a full disk never leaves a half file under a real name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type BlobStore, blobPath } from '../store/blobs';
import { makePrivate, makePrivateDir } from '../store/private-files';
import { backupsDir, syncPath } from './files';

/** The backups' blob folder, laid out like the library's: <dataDir>/backups/blobs/ab/abcd…. */
export const backupBlobStore = (store: BlobStore): BlobStore => ({ dataDir: backupsDir(store.dataDir), blobKeys: store.blobKeys });

export function copyFileAtomic(from: string, to: string): void {
  makePrivateDir(path.dirname(to));
  const temp = `${to}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.copyFileSync(from, temp);
    makePrivate(temp); // a copy takes its source's mode, and an older library's files may be 0644
    syncPath(temp);
    fs.renameSync(temp, to);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Makes sure each file is in `to`, copying it from `from` when missing. Returns the hashes found in
 * neither place.
 */
export function copyBlobs(from: BlobStore, to: BlobStore, hashes: readonly string[]): string[] {
  const missing: string[] = [];
  for (const hash of hashes) {
    const target = blobPath(to, hash);
    if (fs.existsSync(target)) continue;
    const source = blobPath(from, hash);
    if (!fs.existsSync(source)) {
      missing.push(hash);
      continue;
    }
    copyFileAtomic(source, target);
  }
  return missing;
}
