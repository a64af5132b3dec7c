import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Content-addressed file store: each file once, named by its sha256, written atomically. */
export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function blobPath(dataDir: string, hash: string): string {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error('not a sha256 hash');
  return path.join(dataDir, 'blobs', hash.slice(0, 2), hash);
}

export function putBlob(dataDir: string, bytes: Uint8Array): string {
  const hash = sha256(bytes);
  const target = blobPath(dataDir, hash);
  if (fs.existsSync(target)) return hash;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
  return hash;
}

/** Reads a stored file by its hash; only paths inside the store's blob folder can be formed. */
export function readBlob(dataDir: string, hash: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(blobPath(dataDir, hash)));
}
