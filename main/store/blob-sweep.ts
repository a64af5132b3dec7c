import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { type BlobStore, blobName } from './blobs';
import { otherStoreUsers } from './store-users';

/**
 * Removes stored files nothing refers to. An import (or a sync) writes a paper's file to blobs/
 * just before the transaction that records it; if the transaction fails, or the process is killed
 * between the two, the file stays behind with nothing in the database naming it. Those files, and
 * temporary files of writes cut short, are what this removes. It runs when a store is opened.
 *
 * Safety:
 * - Only the library's own blobs/ folder, never backups/ (backups keep their own copies).
 * - A file is kept when any column named sha256 (or ending in _sha256) in any table names it, by
 *   its stored name or, in an encrypted store, also by its plain hash (an encryption cut short).
 * - Within one process a file and the transaction that refers to it are written in one synchronous
 *   step (putBlob then db.transaction, no await between), so nothing here can see one without the other.
 *   Another process might be between the two: a file is then removed only if it is older than the
 *   grace period, unless no other process has the store open (store-users.ts), in which case every
 *   file last written before the sweep began is fair game.
 * - putBlob marks an already stored file as just written; the sweep first sets a candidate aside
 *   (an atomic rename) and only then looks at its time, so a process about to use the file again
 *   either marked it first (it is put back) or finds it gone and writes it anew.
 */
export const STRAY_GRACE_MS = 10 * 60 * 1000;

const HASH = /^[0-9a-f]{64}$/;
/** writeFileAtomic's temporary files. */
const TEMP = /^[0-9a-f]{64}\.\d+\.\d+\.tmp$/;
/** A file a sweep set aside (renamed) before deciding on it. */
const ASIDE = /^([0-9a-f]{64})\.\d+\.sweep$/;

export interface SweepOptions {
  graceMs?: number;
  now?: () => number;
}

export interface SweepResult {
  /** Files removed, as paths. */
  removed: string[];
  /** True when no other process had the store open, so recent files could go too. */
  alone: boolean;
}

/** Every content hash the database names: any column called sha256 or ending in _sha256, in any table. */
export function referencedHashes(db: Database.Database): Set<string> {
  const hashes = new Set<string>();
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  for (const table of tables) {
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
    for (const column of columns.filter((c) => c === 'sha256' || c.endsWith('_sha256'))) {
      const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
      for (const value of db.prepare(`SELECT DISTINCT ${quoted(column)} FROM ${quoted(table)} WHERE ${quoted(column)} IS NOT NULL`).pluck().all()) {
        if (typeof value === 'string' && HASH.test(value)) hashes.add(value);
      }
    }
  }
  return hashes;
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

export function sweepStrayBlobs(store: BlobStore & { db: Database.Database }, options: SweepOptions = {}): SweepResult {
  const now = options.now ?? Date.now;
  const graceMs = options.graceMs ?? STRAY_GRACE_MS;
  const root = path.join(store.dataDir, 'blobs');
  const result: SweepResult = { removed: [], alone: false };
  if (!fs.existsSync(root)) return result;
  const started = now();
  const aloneBefore = otherStoreUsers(store.dataDir) === 0;

  const keep = new Set<string>();
  for (const hash of referencedHashes(store.db)) {
    keep.add(blobName(store, hash));
    keep.add(hash);
  }

  // Unreferenced files, each with the name it is stored under; temporary files are decided where they are.
  const candidates: Array<{ file: string; aside: string }> = [];
  const temps: string[] = [];
  for (const shard of fs.readdirSync(root)) {
    const folder = path.join(root, shard);
    if (!/^[0-9a-f]{2}$/.test(shard) || !fs.statSync(folder).isDirectory()) continue;
    for (const name of fs.readdirSync(folder)) {
      const file = path.join(folder, name);
      const leftover = ASIDE.exec(name)?.[1];
      if (leftover !== undefined) {
        // An earlier sweep was stopped between setting this aside and deciding: decided now.
        candidates.push({ file: path.join(folder, leftover), aside: file });
      } else if (HASH.test(name)) {
        if (!keep.has(name)) candidates.push({ file, aside: `${file}.${process.pid}.sweep` });
      } else if (TEMP.test(name)) {
        temps.push(file);
      }
    }
  }
  if (candidates.length === 0 && temps.length === 0) return result;

  // Set aside first, then decide by the time each was last written (see above).
  const setAside = candidates.filter(({ file, aside }) => {
    if (fs.existsSync(aside)) return true;
    try {
      fs.renameSync(file, aside);
      return true;
    } catch (error) {
      if (code(error) === 'ENOENT') return false;
      throw error;
    }
  });
  result.alone = aloneBefore && otherStoreUsers(store.dataDir) === 0;
  const cutoff = result.alone ? started : started - graceMs;
  const old = (file: string) => {
    try {
      return fs.statSync(file).mtimeMs < cutoff;
    } catch (error) {
      if (code(error) === 'ENOENT') return false;
      throw error;
    }
  };
  for (const { file, aside } of setAside) {
    if (!keep.has(path.basename(file)) && old(aside)) {
      fs.rmSync(aside, { force: true });
      result.removed.push(file);
      continue;
    }
    // Named by the database, or recent while another process may be about to refer to it: put back
    // (unless it was written anew meanwhile, with the same content).
    try {
      fs.linkSync(aside, file);
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error;
    }
    fs.rmSync(aside, { force: true });
  }
  // A temporary file still being written by another process is recent; one cut short by a crash is not.
  for (const file of temps) {
    if (!old(file)) continue;
    fs.rmSync(file, { force: true });
    result.removed.push(file);
  }
  return result;
}
