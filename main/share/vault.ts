/**
 * Where this device keeps its sharing secrets: the member's 32-byte sharing key and the server
 * password, in `<data>/share/secrets.bin`, sealed. The desktop app seals with the OS keychain
 * (Electron safeStorage, as for the store key: main/shell/keychain-sealer.ts); the CLI and preview seal
 * with a subkey of the store key (so the file is as safe as the encrypted library), and an
 * unencrypted developer library keeps it readable by the owner only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../store/blobs';
import { makePrivateDir } from '../store/private-files';

export interface Sealer {
  seal(plain: Buffer): Buffer;
  unseal(sealed: Buffer): Buffer;
}

export interface Secrets {
  master?: string; // hex
  passwords: Record<string, string>;
}

/** Seals with a subkey of the store key: AES-256-GCM, "SHK1" | nonce | tag | ciphertext. */
export function storeKeySealer(storeKey: Buffer | undefined): Sealer {
  if (!storeKey) return { seal: (b) => Buffer.from(b), unseal: (b) => Buffer.from(b) };
  const key = Buffer.from(crypto.hkdfSync('sha256', storeKey, Buffer.alloc(0), 'scrutineer share secrets v1', 32));
  return {
    seal(plain) {
      const iv = crypto.randomBytes(12);
      const c = crypto.createCipheriv('aes-256-gcm', key, iv);
      const ct = Buffer.concat([c.update(plain), c.final()]);
      return Buffer.concat([Buffer.from('SHK1'), iv, c.getAuthTag(), ct]);
    },
    unseal(sealed) {
      if (sealed.subarray(0, 4).toString() !== 'SHK1') throw new Error('The sharing secrets file is not sealed with this library’s key.');
      const d = crypto.createDecipheriv('aes-256-gcm', key, sealed.subarray(4, 16));
      d.setAuthTag(sealed.subarray(16, 32));
      return Buffer.concat([d.update(sealed.subarray(32)), d.final()]);
    },
  };
}

export class ShareVault {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly sealer: Sealer,
  ) {
    this.file = path.join(dataDir, 'share', 'secrets.bin');
  }

  read(): Secrets {
    if (!fs.existsSync(this.file)) return { passwords: {} };
    return JSON.parse(this.sealer.unseal(fs.readFileSync(this.file)).toString('utf8')) as Secrets;
  }

  write(secrets: Secrets): void {
    makePrivateDir(path.dirname(this.file));
    writeFileAtomic(this.file, this.sealer.seal(Buffer.from(JSON.stringify(secrets), 'utf8')));
  }

  clear(): void {
    fs.rmSync(this.file, { force: true });
  }
}
