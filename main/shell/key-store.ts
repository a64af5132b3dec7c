import fs from 'node:fs';
import path from 'node:path';
import { generateStoreKey, isEncryptedDatabase, parseStoreKey, type StoreKey } from '../store/cipher';
import { DATABASE_FILE } from '../store/database';
import { StoreError } from '../store/errors';
import { storeKeyFromEnv } from '../store/key-source';
import { writeFileAtomic } from '../store/blobs';
import { makePrivateDir } from '../store/private-files';

/**
 * The desktop app's store key: 32 random bytes made on first start, kept in the data folder only as
 * encrypted by Electron's safeStorage (the OS keychain: Keychain on macOS, DPAPI on Windows, the
 * Secret Service / KWallet on Linux). SCRUTINEER_STORE_KEY(_FILE) overrides it, as in the CLI.
 *
 * Deliberate choice: with no usable keychain Scrutineer refuses to start instead of keeping the key
 * in plain text beside the data, which would look encrypted and not be. That includes Linux's
 * 'basic_text' backend (no keyring: safeStorage then "encrypts" with a fixed, public password).
 */
export const KEY_FILE = 'store-key.bin';

/** The part of Electron's safeStorage used here (a fake in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

const WEAK_BACKENDS = new Set(['basic_text', 'unknown']);

/** Refuses (with what to do) when the OS keychain is missing or is Linux's fixed-password fallback. */
export function requireKeychain(safe: SafeStorageLike, platform: NodeJS.Platform): void {
  const noKeychain =
    'Scrutineer keeps your library encrypted, with its key in the system keychain, and no keychain is available';
  if (!safe.isEncryptionAvailable()) {
    throw new StoreError(`${noKeychain}. Unlock or set up the keychain (on Linux: GNOME Keyring or KWallet) and start Scrutineer again.`);
  }
  const backend = platform === 'linux' ? safe.getSelectedStorageBackend?.() : undefined;
  if (backend && WEAK_BACKENDS.has(backend)) {
    throw new StoreError(
      `${noKeychain} (Electron reports "${backend}"). Install or unlock GNOME Keyring or KWallet, ` +
        'or start Scrutineer with SCRUTINEER_STORE_KEY set to a key you keep safe yourself.',
    );
  }
}

export function loadOrCreateStoreKey(
  dataDir: string,
  safe: SafeStorageLike,
  options: { env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform } = {},
): StoreKey {
  const fromEnv = storeKeyFromEnv(options.env ?? process.env);
  if (fromEnv) return fromEnv;
  requireKeychain(safe, options.platform ?? process.platform);
  const file = path.join(dataDir, KEY_FILE);
  if (fs.existsSync(file)) {
    let hex: string;
    try {
      hex = safe.decryptString(fs.readFileSync(file));
    } catch (error) {
      throw new StoreError(
        `The system keychain could not unlock the library's key (${(error as Error).message}). ` +
          'If you moved the library from another computer or user account, its key stays with that keychain.',
      );
    }
    return parseStoreKey(hex, `The key in ${file}`);
  }
  if (isEncryptedDatabase(path.join(dataDir, DATABASE_FILE))) {
    // Never make a new key for an encrypted library: the old one would be lost for good.
    throw new StoreError(`The library in ${dataDir} is encrypted but its key file ${KEY_FILE} is missing. Restore that file from where it was.`);
  }
  const key = generateStoreKey();
  makePrivateDir(dataDir); // writeFileAtomic makes the file 0600
  writeFileAtomic(file, safe.encryptString(key.toString('hex')));
  return key;
}
