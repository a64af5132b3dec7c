import crypto from 'node:crypto';
import fs from 'node:fs';

/**
 * Every page of a SQLCipher 4 database file (raw 32-byte key, 4096-byte pages, 80 reserved bytes:
 * IV and HMAC), decrypted, free pages included: to prove text is gone from the file, not just from
 * its tables.
 */
export function decryptedPages(file: string, key: Uint8Array, pageSize = 4096, reserve = 80): Buffer[] {
  const bytes = fs.readFileSync(file);
  const pages: Buffer[] = [];
  for (let offset = 0; offset + pageSize <= bytes.length; offset += pageSize) {
    const page = bytes.subarray(offset, offset + pageSize);
    const start = offset === 0 ? 16 : 0; // page 1 begins with the salt, in the clear
    const iv = page.subarray(pageSize - reserve, pageSize - reserve + 16);
    const decipher = crypto.createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    pages.push(Buffer.concat([decipher.update(page.subarray(start, pageSize - reserve)), decipher.final()]));
  }
  return pages;
}

export const fileContains = (file: string, key: Uint8Array, text: string): boolean =>
  decryptedPages(file, key).some((page) => page.includes(Buffer.from(text, 'utf8')));
