import fs from 'node:fs';
import path from 'node:path';
import { KEY_FILE, loadOrCreateStoreKey } from '../../../main/shell/key-store';
import { generateStoreKey, isPlainDatabase } from '../../../main/store/cipher';
import { DATABASE_FILE, openStore } from '../../../main/store/database';
import { makeTempDir } from '../../helpers/temp-dir';
import { fakeKeychain } from './fake-keychain';

describe('the desktop store key (safeStorage)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());
  const opts = { env: {}, platform: 'linux' as const };

  test('is made once, kept only sealed by the keychain, and opens the encrypted store again', () => {
    const keychain = fakeKeychain();
    const key = loadOrCreateStoreKey(temp.dir, keychain, opts);
    expect(key).toHaveLength(32);
    const sealed = fs.readFileSync(path.join(temp.dir, KEY_FILE));
    expect(sealed.includes(Buffer.from(key.toString('hex')))).toBe(false);
    expect(sealed.includes(key)).toBe(false);
    openStore(temp.dir, { key }).close();
    expect(isPlainDatabase(path.join(temp.dir, DATABASE_FILE))).toBe(false);

    const again = loadOrCreateStoreKey(temp.dir, keychain, opts);
    expect(again.equals(key)).toBe(true);
    expect(keychain.sealed).toBe(1);
    openStore(temp.dir, { key: again }).close();
  });

  test('refuses to start without a usable keychain rather than keep the key in plain text', () => {
    expect(() => loadOrCreateStoreKey(temp.dir, fakeKeychain({ available: false }), opts)).toThrow(/no keychain is available/);
    expect(() => loadOrCreateStoreKey(temp.dir, fakeKeychain({ backend: 'basic_text' }), opts)).toThrow(/Electron reports "basic_text".*SCRUTINEER_STORE_KEY/);
    expect(fs.existsSync(path.join(temp.dir, KEY_FILE))).toBe(false);
    // The backend name only matters on Linux.
    expect(loadOrCreateStoreKey(temp.dir, fakeKeychain({ backend: 'basic_text' }), { env: {}, platform: 'darwin' })).toHaveLength(32);
  });

  test('SCRUTINEER_STORE_KEY overrides the keychain (e.g. Linux without a keyring)', () => {
    const key = generateStoreKey();
    const got = loadOrCreateStoreKey(temp.dir, fakeKeychain({ available: false }), { env: { SCRUTINEER_STORE_KEY: key.toString('hex') }, platform: 'linux' });
    expect(got.equals(key)).toBe(true);
    expect(fs.existsSync(path.join(temp.dir, KEY_FILE))).toBe(false);
  });

  test('never makes a new key for an encrypted library, and says why a key cannot be unsealed', () => {
    const keychain = fakeKeychain();
    const key = loadOrCreateStoreKey(temp.dir, keychain, opts);
    openStore(temp.dir, { key }).close();
    // Another keychain (the library copied to another account or computer).
    expect(() => loadOrCreateStoreKey(temp.dir, fakeKeychain(), opts)).toThrow(/system keychain could not unlock the library's key/);
    fs.rmSync(path.join(temp.dir, KEY_FILE));
    expect(() => loadOrCreateStoreKey(temp.dir, keychain, opts)).toThrow(/encrypted but its key file store-key.bin is missing/);
    expect(fs.existsSync(path.join(temp.dir, KEY_FILE))).toBe(false);
  });
});
