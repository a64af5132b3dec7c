/**
 * The desktop app's keychain sealer for the sharing secrets (main/shell/keychain-sealer.ts), with a
 * real AES-256-GCM cipher standing in for Electron's safeStorage: a round trip through the vault
 * file, a changed or foreign file refused in words, no keychain refused before anything is written;
 * and through the sharing engine against a real CouchDB-protocol server on 127.0.0.1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { keychainSealer } from '../../../main/shell/keychain-sealer';
import { ShareEngine, memberDbName } from '../../../main/share/engine';
import { ShareVault } from '../../../main/share/vault';
import { openStore } from '../../../main/store/database';
import { makeTempDir } from '../../helpers/temp-dir';
import { CouchServer } from '../share/couch-server';
import { PASSPHRASE } from '../share/devices';
import { fakeKeychain } from './fake-keychain';

const SECRETS = { master: 'ab'.repeat(32), passwords: { member: 'server-password-9' } };
const secretsFile = (dir: string) => path.join(dir, 'share', 'secrets.bin');

describe('the desktop keychain sealer for the sharing secrets', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir('scrutineer-keychain-sealer-')));
  afterEach(() => temp.cleanup());

  test('seals and unseals through the vault file; the file holds neither the password nor the key', () => {
    const keychain = fakeKeychain();
    const vault = new ShareVault(temp.dir, keychainSealer(keychain, 'linux'));
    vault.write(SECRETS);
    const raw = fs.readFileSync(secretsFile(temp.dir));
    for (const secret of ['server-password-9', 'ab'.repeat(32), Buffer.from(JSON.stringify(SECRETS)).toString('base64').slice(0, 24)]) {
      expect(raw.includes(Buffer.from(secret))).toBe(false);
    }
    expect(keychain.sealed).toBe(1);
    expect(new ShareVault(temp.dir, keychainSealer(keychain, 'linux')).read()).toEqual(SECRETS);
  });

  test('a changed file, a plain one, or one sealed by another keychain is refused in words', () => {
    const keychain = fakeKeychain();
    const vault = new ShareVault(temp.dir, keychainSealer(keychain, 'linux'));
    vault.write(SECRETS);
    const file = secretsFile(temp.dir);
    const good = fs.readFileSync(file);

    const tampered = Buffer.from(good);
    const at = tampered.length - 3;
    tampered[at] = (tampered[at] as number) ^ 0x01;
    fs.writeFileSync(file, tampered);
    expect(() => vault.read()).toThrow(/system keychain could not unlock this device's sharing secrets \(.*\)\. .*connect to the sharing server again/);

    fs.writeFileSync(file, JSON.stringify(SECRETS));
    expect(() => vault.read()).toThrow(/could not unlock this device's sharing secrets \(the file is not sealed by the keychain\)/);

    fs.writeFileSync(file, good);
    expect(() => new ShareVault(temp.dir, keychainSealer(fakeKeychain(), 'linux')).read()).toThrow(/could not unlock this device's sharing secrets/);
    expect(vault.read()).toEqual(SECRETS);
  });

  test('with no usable keychain nothing is written, and the reason is given', () => {
    const unavailable = fakeKeychain({ available: false });
    expect(() => new ShareVault(temp.dir, keychainSealer(unavailable, 'linux')).write(SECRETS)).toThrow(/no keychain is available\. Unlock or set up the keychain/);
    // Linux's fallback "encrypts" with a fixed, public password: refused as no keychain.
    const basic = fakeKeychain({ backend: 'basic_text' });
    expect(() => new ShareVault(temp.dir, keychainSealer(basic, 'linux')).write(SECRETS)).toThrow(/Electron reports "basic_text"/);
    expect(unavailable.sealed + basic.sealed).toBe(0);
    expect(fs.existsSync(secretsFile(temp.dir))).toBe(false);
    // The backend's name only matters on Linux.
    new ShareVault(temp.dir, keychainSealer(fakeKeychain({ backend: 'basic_text' }), 'darwin')).write(SECRETS);
    expect(fs.existsSync(secretsFile(temp.dir))).toBe(true);
  });

  test('through the sharing engine: connect keeps the password sealed, a restarted app runs with it; no keychain, no connection and no file', async () => {
    const server = new CouchServer(path.join(temp.dir, 'server'));
    await server.start();
    try {
      await server.addMember('cllr-ahmed', 'server-password-9', memberDbName('cllr-ahmed'));
      const keychain = fakeKeychain();
      const dir = path.join(temp.dir, 'laptop');
      const store = openStore(dir, { key: Buffer.alloc(32, 3) });
      try {
        const engine = new ShareEngine(store, { env: {}, sealer: keychainSealer(keychain, 'linux') });
        await engine.connect({ url: server.url, user: 'cllr-ahmed', password: 'server-password-9', passphrase: PASSPHRASE });
        await engine.close();
        expect(fs.readFileSync(secretsFile(dir)).includes(Buffer.from('server-password-9'))).toBe(false);
        // The app started again: the password comes from the keychain-sealed file (not the environment).
        const again = new ShareEngine(store, { env: {}, sealer: keychainSealer(keychain, 'linux') });
        expect(await again.run()).toMatchObject({ ok: true });
        await again.close();
      } finally {
        store.close();
      }

      const otherDir = path.join(temp.dir, 'tablet');
      const other = openStore(otherDir, { key: Buffer.alloc(32, 4) });
      try {
        const engine = new ShareEngine(other, { env: {}, sealer: keychainSealer(fakeKeychain({ available: false }), 'linux') });
        await expect(engine.connect({ url: server.url, user: 'cllr-ahmed', password: 'server-password-9', passphrase: PASSPHRASE })).rejects.toThrow(
          /no keychain is available/,
        );
        expect(fs.existsSync(secretsFile(otherDir))).toBe(false);
        expect(engine.status()).toEqual([]);
        await engine.close();
      } finally {
        other.close();
      }
    } finally {
      await server.stop();
    }
  }, 60_000);
});
