import crypto from 'node:crypto';
import type { SafeStorageLike } from '../../../main/shell/key-store';

/** A stand-in for Electron's safeStorage: a real cipher (AES-256-GCM) under a per-"keychain" secret, so another keychain cannot unseal. */
export function fakeKeychain(options: { available?: boolean; backend?: string } = {}): SafeStorageLike & { sealed: number } {
  const secret = crypto.randomBytes(32);
  return {
    sealed: 0,
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString(text: string) {
      this.sealed++;
      const iv = crypto.randomBytes(12);
      const c = crypto.createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(sealed: Buffer) {
      const d = crypto.createDecipheriv('aes-256-gcm', secret, sealed.subarray(0, 12));
      d.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8');
    },
  };
}
