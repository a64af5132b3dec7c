import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type BlobKeys, BlobIntegrityError, decryptBlob, encryptBlob, encryptedBlobName } from './blob-crypto';
import { makePrivateDir, PRIVATE_FILE_MODE } from './private-files';

/**
 * Content-addressed file store: each file once, found by the sha256 of its content, written
 * atomically. In an encrypted store (blobKeys present) files are AES-256-GCM encrypted and named by
 * an HMAC of that hash (see blob-crypto.ts); otherwise they are stored as they are, named by the hash.
 */
export interface BlobStore {
  dataDir: string;
  blobKeys?: BlobKeys | undefined;
}

export { BlobIntegrityError };

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

function checkHash(hash: string): void {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error('not a sha256 hash');
}

/** The on-disk name of a file: its hash, or in an encrypted store an HMAC of it. */
export function blobName(store: BlobStore, hash: string): string {
  checkHash(hash);
  return store.blobKeys ? encryptedBlobName(store.blobKeys, hash) : hash;
}

/** Where a file with this name lives; only paths inside the store's blob folder can be formed. */
export function blobFile(dataDir: string, name: string): string {
  checkHash(name);
  return path.join(dataDir, 'blobs', name.slice(0, 2), name);
}

export function blobPath(store: BlobStore, hash: string): string {
  return blobFile(store.dataDir, blobName(store, hash));
}

/**
 * Writes bytes to `target` through a temporary file, fsync and rename: never a half-written file.
 * The file is 0600 and any folder made for it 0700 (private-files.ts).
 */
export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  makePrivateDir(path.dirname(target));
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  const fd = fs.openSync(temp, 'w', PRIVATE_FILE_MODE);
  try {
    try {
      // write(2) may write less than asked when the disk fills; loop until all is written or it fails.
      for (let done = 0; done < bytes.byteLength; ) done += fs.writeSync(fd, bytes, done);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    // A full disk (or any failure) leaves no temporary file behind, and nothing under the real name.
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Stores bytes (once) and returns the sha256 of the plaintext, by which they are read back. */
export function putBlob(store: BlobStore, bytes: Uint8Array): string {
  const hash = sha256(bytes);
  const name = blobName(store, hash);
  const target = blobFile(store.dataDir, name);
  // Already stored: marked as just written, so a sweep of unreferenced files in another process
  // (blob-sweep.ts) leaves it to the transaction about to refer to it. Gone: written anew.
  try {
    const now = new Date();
    fs.utimesSync(target, now, now);
    return hash;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      if (fs.existsSync(target)) return hash;
      throw error;
    }
  }
  writeFileAtomic(target, store.blobKeys ? encryptBlob(store.blobKeys, name, bytes) : bytes);
  return hash;
}

/**
 * Reads a stored file by the sha256 of its content. The content is checked (the GCM tag in an
 * encrypted store, the hash otherwise): a damaged or altered file is an error, never wrong bytes.
 */
export function readBlob(store: BlobStore, hash: string): Uint8Array {
  const name = blobName(store, hash);
  const file = blobFile(store.dataDir, name);
  if (!fs.existsSync(file)) throw new Error('The stored file for this document is missing; import the document again.');
  const stored = new Uint8Array(fs.readFileSync(file));
  // Encrypted: the GCM tag (bound to the name, itself bound to the hash) already proves the content.
  if (store.blobKeys) return decryptBlob(store.blobKeys, name, stored);
  if (sha256(stored) !== hash) {
    throw new BlobIntegrityError(`The stored file ${name} has been altered or damaged and cannot be opened; import the document again.`);
  }
  return stored;
}

/** Removes a stored file if present (used when purging papers; run after the database commit). */
export function deleteBlob(store: BlobStore, hash: string): boolean {
  const file = blobPath(store, hash);
  if (!fs.existsSync(file)) return false;
  fs.rmSync(file);
  return true;
}
