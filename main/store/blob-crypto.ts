import crypto from 'node:crypto';
import type { StoreKey } from './cipher';

/**
 * Encryption of the stored files (PDFs) in an encrypted store.
 *
 * Two subkeys are derived from the store key with HKDF-SHA256, so the database key is never used
 * for anything else: one encrypts file contents (AES-256-GCM), one names the files. A file is still
 * found by the sha256 of its plaintext (the database records it, and identical files are stored
 * once), but on disk it is named by HMAC-SHA256(name key, sha256): the folder does not reveal which
 * known documents (say, a published agenda pack) the library holds.
 *
 * File format, version 1:
 *   "SCRB" (4 bytes) | version 0x01 (1) | nonce (12, random) | GCM tag (16) | ciphertext
 * The file's name is the GCM additional data, so a file renamed or swapped for another fails to
 * open instead of showing the wrong paper.
 */
export interface BlobKeys {
  content: Buffer;
  names: Buffer;
}

const MAGIC = Buffer.from('SCRB', 'latin1');
const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1 + NONCE_BYTES + TAG_BYTES;

export class BlobIntegrityError extends Error {}

export function deriveBlobKeys(key: StoreKey): BlobKeys {
  const derive = (info: string) => Buffer.from(crypto.hkdfSync('sha256', key, Buffer.alloc(0), info, 32));
  return { content: derive('scrutineer/blob-content/v1'), names: derive('scrutineer/blob-names/v1') };
}

/** The on-disk name of the file whose plaintext sha256 is `hash`. */
export function encryptedBlobName(keys: BlobKeys, hash: string): string {
  return crypto.createHmac('sha256', keys.names).update(hash, 'latin1').digest('hex');
}

export function isEncryptedBlob(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER_BYTES && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC);
}

export function encryptBlob(keys: BlobKeys, name: string, plaintext: Uint8Array): Buffer {
  const nonce = crypto.randomBytes(NONCE_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', keys.content, nonce);
  cipher.setAAD(Buffer.from(name, 'latin1'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.from([VERSION]), nonce, cipher.getAuthTag(), body]);
}

export function decryptBlob(keys: BlobKeys, name: string, file: Uint8Array): Uint8Array {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (!isEncryptedBlob(bytes)) throw new BlobIntegrityError(`The stored file ${name} is not an encrypted Scrutineer file.`);
  const version = bytes[MAGIC.length];
  if (version !== VERSION) throw new BlobIntegrityError(`The stored file ${name} uses format version ${version}, which this version of Scrutineer cannot read.`);
  const nonce = bytes.subarray(MAGIC.length + 1, MAGIC.length + 1 + NONCE_BYTES);
  const tag = bytes.subarray(MAGIC.length + 1 + NONCE_BYTES, HEADER_BYTES);
  const decipher = crypto.createDecipheriv('aes-256-gcm', keys.content, nonce);
  decipher.setAAD(Buffer.from(name, 'latin1'));
  decipher.setAuthTag(tag);
  try {
    return new Uint8Array(Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]));
  } catch {
    throw new BlobIntegrityError(`The stored file ${name} has been altered or damaged and cannot be opened; import the document again.`);
  }
}
