/**
 * Reading a file the user picked in the Import… dialog, in main. Pure Node (no electron import).
 *
 * A path is accepted only when it is absolute, names a regular file whose extension is one the
 * importer reads (html, htm, txt, pdf, xml) and is no larger than MAX_IMPORT_BYTES.
 *
 * Symbolic links: followed, but the link's target must pass every check itself (regular file,
 * allowed extension, size) as well as the name the user picked. A link called minutes.html that
 * points at /etc/shadow or a 2 GB disk image is therefore refused, while a link to a real minutes
 * file (common in synced folders) works. The checks are made on the opened file handle (fstat),
 * so swapping the file between the check and the read cannot slip a FIFO, a device or a larger
 * file past them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/contract';

export const IMPORT_EXTENSIONS = ['html', 'htm', 'txt', 'pdf', 'xml'] as const;

/** For dialog.showOpenDialog. */
export const IMPORT_DIALOG_FILTERS = [{ name: 'Minutes and papers', extensions: [...IMPORT_EXTENSIONS] }];

export type ImportPathCheck =
  | { ok: true; realPath: string; name: string; size: number }
  | { ok: false; reason: string };

export type ImportRead = { ok: true; name: string; bytes: Uint8Array } | { ok: false; name: string; reason: string };

const MAX_NAME_LENGTH = 255;

function hasAllowedExtension(file: string): boolean {
  const ext = path.extname(file).slice(1).toLowerCase();
  return (IMPORT_EXTENSIONS as readonly string[]).includes(ext);
}

/** What to call the file in messages and in the library: its base name, or a placeholder. */
export function displayName(filePath: unknown): string {
  if (typeof filePath !== 'string' || filePath.length === 0) return '(unnamed file)';
  const name = path.basename(filePath);
  return name.length > 0 ? name : '(unnamed file)';
}

const megabytes = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** The checks that need only the path string. */
function checkPathString(filePath: unknown): { ok: true; name: string } | { ok: false; reason: string } {
  if (typeof filePath !== 'string' || filePath.length === 0) return { ok: false, reason: 'No file was given.' };
  if (filePath.includes('\0')) return { ok: false, reason: 'The file path is not valid.' };
  if (!path.isAbsolute(filePath)) return { ok: false, reason: 'The file path must be absolute.' };
  const name = path.basename(filePath);
  // The API's file-name rule: no separators (a backslash is legal in a Linux name but not for us).
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || /[\\/]/.test(name)) {
    return { ok: false, reason: 'The file name is not valid.' };
  }
  if (!hasAllowedExtension(name)) {
    return { ok: false, reason: 'Scrutineer imports only .html, .htm, .txt, .pdf and .xml files.' };
  }
  return { ok: true, name };
}

function checkStats(stats: fs.Stats, realPath: string): string | null {
  if (!stats.isFile()) return 'It is not a regular file.';
  if (!hasAllowedExtension(realPath)) {
    return 'It is a link to a file Scrutineer does not import (only .html, .htm, .txt, .pdf and .xml).';
  }
  if (stats.size > MAX_IMPORT_BYTES) return `It is larger than ${megabytes(MAX_IMPORT_BYTES)}.`;
  return null;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'The file was not found.';
  if (code === 'EACCES' || code === 'EPERM') return 'Scrutineer is not allowed to read the file.';
  if (code === 'ELOOP') return 'The file is a link that loops.';
  if (code === 'EISDIR') return 'It is a folder, not a file.';
  return 'The file could not be read.';
}

/** Checks a path without reading its contents. */
export async function checkImportPath(filePath: unknown): Promise<ImportPathCheck> {
  const basic = checkPathString(filePath);
  if (!basic.ok) return basic;
  try {
    const realPath = await fs.promises.realpath(filePath as string);
    const stats = await fs.promises.stat(realPath);
    const problem = checkStats(stats, realPath);
    if (problem) return { ok: false, reason: problem };
    return { ok: true, realPath, name: basic.name, size: stats.size };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
}

/**
 * Checks and reads one file. Never throws: a refusal comes back as { ok: false, reason } with a
 * sentence fit to show the user.
 */
export async function readImportFile(filePath: unknown): Promise<ImportRead> {
  const name = displayName(filePath);
  const checked = await checkImportPath(filePath);
  if (!checked.ok) return { ok: false, name, reason: checked.reason };
  let handle: fs.promises.FileHandle | null = null;
  try {
    // O_NONBLOCK: a FIFO swapped in after the check must not hang the app; O_NOFOLLOW: nor a new link.
    handle = await fs.promises.open(checked.realPath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0));
    const stats = await handle.stat();
    const problem = checkStats(stats, checked.realPath);
    if (problem) return { ok: false, name, reason: problem };
    // Read at most one byte more than fstat reported, so a file that grew since is noticed.
    const buffer = new Uint8Array(stats.size + 1);
    let total = 0;
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > stats.size) return { ok: false, name, reason: 'The file changed while it was being read; try again.' };
    return { ok: true, name: checked.name, bytes: buffer.subarray(0, total) };
  } catch (error) {
    return { ok: false, name, reason: describeFsError(error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
