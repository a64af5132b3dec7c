import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateStoreKey, isPlainDatabase } from '../../../main/store/cipher';
import { DATABASE_FILE } from '../../../main/store/database';
import { openStoreFromEnv, storeKeyFromEnv } from '../../../main/store/key-source';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

describe('the store key in preview and the CLI', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  test('comes from SCRUTINEER_STORE_KEY, or a key file as hex text or 32 raw bytes', () => {
    const key = generateStoreKey();
    expect(storeKeyFromEnv({ SCRUTINEER_STORE_KEY: ` ${key.toString('hex').toUpperCase()}\n` })?.equals(key)).toBe(true);
    const hexFile = path.join(temp.dir, 'key.txt');
    fs.writeFileSync(hexFile, `${key.toString('hex')}\n`, { mode: 0o600 });
    expect(storeKeyFromEnv({ SCRUTINEER_STORE_KEY_FILE: hexFile })?.equals(key)).toBe(true);
    const rawFile = path.join(temp.dir, 'key.bin');
    fs.writeFileSync(rawFile, key, { mode: 0o600 });
    expect(storeKeyFromEnv({ SCRUTINEER_STORE_KEY_FILE: rawFile })?.equals(key)).toBe(true);
    expect(storeKeyFromEnv({})).toBeUndefined();
  });

  test('a malformed key or a missing key file is a clear error', () => {
    expect(() => storeKeyFromEnv({ SCRUTINEER_STORE_KEY: 'correct horse battery staple' })).toThrow(/SCRUTINEER_STORE_KEY must be 64 hexadecimal characters/);
    expect(() => storeKeyFromEnv({ SCRUTINEER_STORE_KEY: 'ab'.repeat(31) })).toThrow(/64 hexadecimal/);
    expect(() => storeKeyFromEnv({ SCRUTINEER_STORE_KEY_FILE: path.join(temp.dir, 'nope') })).toThrow(/is not a file/);
    const short = path.join(temp.dir, 'short');
    fs.writeFileSync(short, 'abc', { mode: 0o600 });
    expect(() => storeKeyFromEnv({ SCRUTINEER_STORE_KEY_FILE: short })).toThrow(/The key file .* must be 64 hexadecimal/);
  });

  test('a new store without a key is made unencrypted with a warning; with a key it is encrypted', () => {
    const warnings: string[] = [];
    const plainDir = path.join(temp.dir, 'plain');
    openStoreFromEnv(plainDir, { env: {}, warn: (m) => warnings.push(m) }).close();
    expect(warnings).toEqual([expect.stringMatching(/creating an unencrypted library.*SCRUTINEER_STORE_KEY/)]);
    expect(isPlainDatabase(path.join(plainDir, DATABASE_FILE))).toBe(true);
    openStoreFromEnv(plainDir, { env: {}, warn: (m) => warnings.push(m) }).close();
    expect(warnings).toHaveLength(1); // only when creating

    const env = { SCRUTINEER_STORE_KEY: generateStoreKey().toString('hex') };
    // The same unencrypted store, opened with a key: encrypted in place.
    openStoreFromEnv(plainDir, { env, warn: (m) => warnings.push(m) }).close();
    expect(isPlainDatabase(path.join(plainDir, DATABASE_FILE))).toBe(false);
    expect(() => openStoreFromEnv(plainDir, { env: {}, warn: (m) => warnings.push(m) })).toThrow(/cannot be read without a key/);
    expect(warnings).toHaveLength(1);
  });

  test('the CLI reads an encrypted library with the key in the environment, and says what is missing without it', () => {
    const dataDir = path.join(temp.dir, 'store');
    const key = generateStoreKey().toString('hex');
    const leicester = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
    const cli = (args: string[], env: Record<string, string>) =>
      spawnSync(process.execPath, [require.resolve('tsx/cli'), 'main/cli/index.ts', ...args, '--data-dir', dataDir], {
        cwd: path.resolve(__dirname, '../../..'),
        encoding: 'utf8',
        env: { ...process.env, SCRUTINEER_STORE_KEY: '', SCRUTINEER_STORE_KEY_FILE: '', ...env },
      });
    const imported = cli(['import', leicester], { SCRUTINEER_STORE_KEY: key });
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(isPlainDatabase(path.join(dataDir, DATABASE_FILE))).toBe(false);
    expect(cli(['list', 'committees'], { SCRUTINEER_STORE_KEY: key }).stdout).toContain('Children, Young People and Education Scrutiny Commission');
    const locked = cli(['list', 'committees'], {});
    expect(locked.status).toBe(1);
    expect(locked.stderr).toMatch(/cannot be read without a key: it is encrypted, or damaged\. If it is encrypted, set SCRUTINEER_STORE_KEY/);
  });
});
