/**
 * The desktop app's sealer for the sharing secrets (the member's sharing key and the server
 * passwords, main/share/vault.ts): Electron's safeStorage, the OS keychain, as for the store key
 * (key-store.ts). Electron-free: safeStorage is passed in, so the logic is tested with a real cipher
 * standing in for the keychain.
 *
 * Like the store key, the secrets are never kept where the keychain is missing or is Linux's
 * 'basic_text' fallback (a fixed, public password): sealing refuses, in words, before anything is
 * written. A sealed file the keychain cannot open (changed on disk, or from another computer or
 * user account) is refused in words too, never read as something else.
 */
import { StoreError } from '../store/errors';
import type { Sealer } from '../share/vault';
import { type SafeStorageLike, requireKeychain } from './key-store';

/** "SKC1" | safeStorage's output: marks the file as sealed by the keychain (and lets a wrong file be named as such). */
const MAGIC = Buffer.from('SKC1');

export function keychainSealer(safe: SafeStorageLike, platform: NodeJS.Platform = process.platform): Sealer {
  const cannotOpen = (why: string) =>
    new StoreError(
      `The system keychain could not unlock this device's sharing secrets (${why}). ` +
        'If the library was moved from another computer or user account, or the file was changed, connect to the sharing server again on this device.',
    );
  return {
    seal(plain) {
      requireKeychain(safe, platform);
      return Buffer.concat([MAGIC, safe.encryptString(plain.toString('base64'))]);
    },
    unseal(sealed) {
      requireKeychain(safe, platform);
      if (!sealed.subarray(0, MAGIC.length).equals(MAGIC)) throw cannotOpen('the file is not sealed by the keychain');
      let text: string;
      try {
        text = safe.decryptString(sealed.subarray(MAGIC.length));
      } catch (error) {
        throw cannotOpen((error as Error).message);
      }
      // What the keychain gives back must be what seal gave it: base64 of the secrets.
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw cannotOpen('what it gave back is not what was sealed');
      return Buffer.from(text, 'base64');
    },
  };
}
