import fs from 'node:fs';
import path from 'node:path';
import { parseStoreKey, STORE_KEY_BYTES, type StoreKey } from './cipher';
import { DATABASE_FILE, openStore, type OpenStoreOptions, type Store } from './database';
import { StoreError } from './errors';

/** A warning to the terminal: one line on stderr. */
const stderrLine = (message: string) => void process.stderr.write(`${message}\n`);

/**
 * The key file must be the member's alone. Writable by others (anyone could swap in a key of their
 * own, and read what is written with it): refused. Readable by group or others: a one-line warning.
 * Windows has no such mode bits, so nothing is checked there.
 */
function checkKeyFileMode(full: string, mode: number, warn: (message: string) => void): void {
  if (process.platform === 'win32') return;
  if (mode & 0o002) {
    throw new StoreError(`The key file ${full} can be changed by other users (mode ${(mode & 0o777).toString(8)}), so it is not used; make it yours alone with \`chmod 600 ${full}\`.`);
  }
  if (mode & 0o066) {
    warn(`Warning: the key file ${full} can be read by other users (mode ${(mode & 0o777).toString(8)}), and it unlocks the library; make it yours alone with \`chmod 600 ${full}\`.`);
  }
}

/**
 * The store key outside the desktop app (preview, CLI, scripts): SCRUTINEER_STORE_KEY holds it as 64
 * hexadecimal characters, or SCRUTINEER_STORE_KEY_FILE names a file holding it (as hex text or the
 * 32 raw bytes), which must not be writable by others and should be readable by its owner alone.
 * Neither set: undefined (an unencrypted store).
 */
export function storeKeyFromEnv(env: NodeJS.ProcessEnv = process.env, warn: (message: string) => void = stderrLine): StoreKey | undefined {
  const inline = env.SCRUTINEER_STORE_KEY;
  if (inline !== undefined && inline !== '') return parseStoreKey(inline, 'SCRUTINEER_STORE_KEY');
  const file = env.SCRUTINEER_STORE_KEY_FILE;
  if (file === undefined || file === '') return undefined;
  const full = path.resolve(file);
  const stat = fs.existsSync(full) ? fs.statSync(full) : undefined;
  if (!stat?.isFile()) throw new StoreError(`SCRUTINEER_STORE_KEY_FILE names ${full}, which is not a file.`);
  checkKeyFileMode(full, stat.mode, warn);
  const bytes = fs.readFileSync(full);
  if (bytes.length === STORE_KEY_BYTES) return bytes;
  return parseStoreKey(bytes.toString('utf8'), `The key file ${full}`);
}

/**
 * Opens the store for preview and the CLI with the key from the environment. An encrypted store
 * without a key is refused (openStore says how to give one); a brand-new store without a key is
 * created unencrypted, with a warning: preview and the CLI are developer tools, and the desktop app
 * always encrypts (its key lives in the system keychain).
 */
export function openStoreFromEnv(
  dataDir: string,
  options: Omit<OpenStoreOptions, 'key'> & { env?: NodeJS.ProcessEnv; warn?: (message: string) => void } = {},
): Store {
  const { env = process.env, warn = (m: string) => console.warn(m), ...rest } = options;
  const key = storeKeyFromEnv(env, warn);
  const file = path.join(dataDir, DATABASE_FILE);
  const isNew = !fs.existsSync(file) || fs.statSync(file).size === 0;
  if (!key && isNew) {
    warn(
      `Warning: creating an unencrypted library in ${dataDir}. Set SCRUTINEER_STORE_KEY (e.g. \`openssl rand -hex 32\`) ` +
        'to encrypt it; an existing library is then encrypted in place.',
    );
  }
  return openStore(dataDir, { ...rest, key });
}
