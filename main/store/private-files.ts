/**
 * The library is the member's alone: the data folder and every folder in it are made 0700 and every
 * file 0600, so another account on the same computer cannot read the database, the stored papers,
 * the backups or the key (even an encrypted library's file names and sizes are nobody else's business).
 * Modes are given when a file or folder is created, never loosened afterwards; SQLite creates its own
 * files 0644, so a database file is created empty (and private) first, and its -wal, -shm and
 * -journal files then take its mode. On Windows the modes are ignored (the per-user profile folder
 * already keeps others out).
 */
import fs from 'node:fs';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** mkdir -p with every folder it creates 0700. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Takes group and others' access away from an existing file or folder of the library (one an older
 * version made 0755 or 0644). Best effort: a file that is not ours, or a file system without modes,
 * is left as it is.
 */
export function makePrivate(target: string): void {
  if (process.platform === 'win32') return;
  try {
    const mode = fs.statSync(target).mode & 0o777;
    if (mode & 0o077) fs.chmodSync(target, mode & 0o700);
  } catch {
    // Missing, or not ours to change.
  }
}

/**
 * Makes sure `file` exists and is 0600 before SQLite opens or writes it (SQLite would create it 0644).
 * An empty file is a valid new database and a valid VACUUM INTO / backup destination.
 */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  makePrivate(file);
}
