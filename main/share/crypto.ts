/**
 * End-to-end encryption of what a member shares between their devices. The server sees document
 * ids (keyed hashes, never names), revisions and ciphertext only.
 *
 * The member's passphrase (or pairing code) and a random per-member salt kept on the server (the
 * `scrutineer-key` document, which also holds a check value so a wrong passphrase is refused) go
 * through scrypt (memory-hard; N=2^15, r=8, p=1: 32 MiB) to a 32-byte master key; HKDF-SHA256 then
 * gives the document key (AES-256-GCM, a fresh 12-byte nonce per write, the document id as
 * additional data, so a ciphertext cannot be moved to another id) and the id key (HMAC-SHA256 of a
 * record's natural key: the same action on two devices gets the same id, and the server cannot
 * tell which meeting it belongs to).
 */
import crypto from 'node:crypto';

export const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const CHECK_PLAINTEXT = 'scrutineer-share-key-check-v1';

export interface ShareKeys {
  /** The 32-byte master key (what is kept in the keychain). */
  master: Buffer;
  docKey: Buffer;
  idKey: Buffer;
}

export interface KeyInfoDoc {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string; // base64
  check: Envelope;
}

export interface Envelope {
  v: 1;
  iv: string; // base64, 12 bytes
  ct: string; // base64, ciphertext || 16-byte tag
}

export function keysFromMaster(master: Buffer): ShareKeys {
  if (master.length !== 32) throw new Error('A sharing key is 32 bytes.');
  const derive = (info: string) => Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return { master, docKey: derive('scrutineer share documents v1'), idKey: derive('scrutineer share ids v1') };
}

export function deriveMaster(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number } = SCRYPT): Promise<Buffer> {
  const normalised = passphrase.normalize('NFKC').trim();
  if (normalised.length < 8) return Promise.reject(new Error('The sharing passphrase must be at least 8 characters.'));
  return new Promise((resolve, reject) =>
    crypto.scrypt(normalised, salt, 32, { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT.maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** A key as a KeyObject, made once: a run encrypts or decrypts thousands of documents with it. */
const keyObjects = new WeakMap<Buffer, crypto.KeyObject>();
function keyObject(key: Buffer): crypto.KeyObject {
  let k = keyObjects.get(key);
  if (!k) keyObjects.set(key, (k = crypto.createSecretKey(key)));
  return k;
}

export function encrypt(key: Buffer, plaintext: string, aad: string): Envelope {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', keyObject(key), iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { v: 1, iv: iv.toString('base64'), ct: ct.toString('base64') };
}

export class ShareDecryptError extends Error {}

export function decrypt(key: Buffer, envelope: Envelope, aad: string): string {
  if (envelope?.v !== 1 || typeof envelope.iv !== 'string' || typeof envelope.ct !== 'string') throw new ShareDecryptError('Not an encrypted Scrutineer document.');
  const data = Buffer.from(envelope.ct, 'base64');
  if (data.length < 16) throw new ShareDecryptError('The document is cut short.');
  const decipher = crypto.createDecipheriv('aes-256-gcm', keyObject(key), Buffer.from(envelope.iv, 'base64'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - 16));
  try {
    return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    throw new ShareDecryptError('The document could not be decrypted: it was altered, or written with another key.');
  }
}

/** A new member's key record: fresh salt, and the check value. */
export async function newKeyInfo(passphrase: string): Promise<{ info: KeyInfoDoc; keys: ShareKeys }> {
  const salt = crypto.randomBytes(16);
  const master = await deriveMaster(passphrase, salt);
  const keys = keysFromMaster(master);
  return { info: { kdf: 'scrypt', N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: salt.toString('base64'), check: encrypt(keys.docKey, CHECK_PLAINTEXT, 'scrutineer-key') }, keys };
}

/** Unlocks an existing member's key record with the passphrase; a wrong one is refused. */
export async function unlockKeyInfo(info: KeyInfoDoc, passphrase: string): Promise<ShareKeys> {
  if (info.kdf !== 'scrypt' || info.N > 1 << 20 || info.r > 16 || info.p > 4) throw new Error('The server’s key record asks for key settings this version does not use.');
  const keys = keysFromMaster(await deriveMaster(passphrase, Buffer.from(info.salt, 'base64'), info));
  verifyKeys(info, keys);
  return keys;
}

export function verifyKeys(info: KeyInfoDoc, keys: ShareKeys): void {
  let ok: boolean;
  try {
    ok = decrypt(keys.docKey, info.check, 'scrutineer-key') === CHECK_PLAINTEXT;
  } catch {
    ok = false;
  }
  if (!ok) throw new Error('That passphrase does not match the one your other devices use.');
}

/** A document id from a record's natural key: opaque to the server, the same on every device. */
export function opaqueId(idKey: Buffer, prefix: string, naturalKey: string): string {
  return `${prefix}-${crypto.createHmac('sha256', idKey).update(naturalKey, 'utf8').digest('base64url').slice(0, 32)}`;
}
