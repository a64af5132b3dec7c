import crypto from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import { StoreError } from './errors';

/**
 * Encryption at rest for the store's SQLite files.
 *
 * The key is 32 random bytes (never a passphrase): it comes from the OS keychain through Electron's
 * safeStorage in the app, or from SCRUTINEER_STORE_KEY / a key file in preview and the CLI.
 *
 * Format: SQLCipher 4 (cipher 'sqlcipher', legacy = 4 in SQLite3MultipleCiphers), so the files can be
 * opened by stock SQLCipher 4 tools (`sqlcipher`, DB Browser for SQLite) with
 * `PRAGMA key = "x'<hex>'"` — AES-256-CBC pages with an HMAC-SHA512 per page, 4096-byte pages. The
 * key is handed over raw (x'…'), which skips SQLCipher's PBKDF2 (256,000 rounds): the key is
 * already full-strength random bytes, and skipping the KDF keeps opening the store instant.
 */
export type StoreKey = Buffer;

export const STORE_KEY_BYTES = 32;

/** The 16 bytes every unencrypted SQLite file starts with; an SQLCipher file starts with its salt. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function generateStoreKey(): StoreKey {
  return crypto.randomBytes(STORE_KEY_BYTES);
}

/** Parses a key written as 64 hex characters (surrounding whitespace allowed). */
export function parseStoreKey(text: string, where: string): StoreKey {
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new StoreError(`${where} must be 64 hexadecimal characters (a 32-byte key), e.g. from \`openssl rand -hex 32\`.`);
  }
  return Buffer.from(hex, 'hex');
}

/**
 * Keys a connection. Must run straight after `new Database(file)`, before any other statement:
 * SQLite reads page 1 on the first statement and would take the file as unencrypted.
 * With no key the connection is left unencrypted (a store created without a key, e.g. by the CLI).
 */
export function applyKey(db: Database.Database, key: StoreKey | undefined): void {
  if (!key) return;
  if (key.length !== STORE_KEY_BYTES) throw new StoreError(`A store key must be ${STORE_KEY_BYTES} bytes.`);
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  // Sorts and temporary indexes stay in memory: SQLite's temp files are not covered by the key.
  db.pragma('temp_store = MEMORY');
}

/**
 * Whether a database file is unencrypted (starts with SQLite's plain header). A missing or empty
 * file is neither: it becomes whatever the next open makes it.
 */
export function isPlainDatabase(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether a non-empty database file is encrypted (not the plain SQLite header). */
export function isEncryptedDatabase(file: string): boolean {
  return fs.existsSync(file) && fs.statSync(file).size > 0 && !isPlainDatabase(file);
}

/**
 * Checks the key opens the database: with the wrong key (or a key for a plain file) SQLite reports
 * "file is not a database" on the first read, which is not damage and must not be reported as such.
 */
export function verifyKey(db: Database.Database, file: string, backup: string | null = null): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new StoreError(
        `The library database ${file} does not open with the key given: the key is wrong, or the file is damaged. ` +
          'Check SCRUTINEER_STORE_KEY or the key file (the app keeps its key in the system keychain). ' +
          (backup ? `The newest backup is ${backup}.` : ''),
        backup,
      );
    }
    throw error;
  }
}
