import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makePrivateDir, PRIVATE_FILE_MODE } from './private-files';

/**
 * Which processes have a store open: each openStore leaves a small file in <dataDir>/open-by/
 * (its process id and host) and removes it on close. A process killed outright leaves its file;
 * it is recognised as gone because no process with that id is running, and removed.
 *
 * Two uses:
 *  - The sweep of unreferenced stored files (blob-sweep.ts) may remove a file written a moment ago
 *    only when no other process could be part-way through an import into this store.
 *  - Replacing the library file (restoring a backup, encrypting in place) is refused while another
 *    process has it open: that process would carry on writing to the old, deleted file, and every
 *    save it confirmed afterwards would be lost. Ordinary writes need none of this: they go through
 *    SQLite (WAL), which is safe between processes.
 *
 * Anything uncertain (another host on a shared folder, a file that cannot be read) counts as "in use".
 *
 * The replacer also leaves a "replacing" record for the moment of the swap; an openStore that finds
 * another process's one waits for it to go (see waitWhileReplaced). Both sides write their own
 * record first and look for the other's second, so of an open and a swap that race, at least one
 * sees the other: the swap is refused, or the open waits and then opens the new file.
 */
const USERS_DIR = 'open-by';
const host = () => os.hostname();

export function usersDir(dataDir: string): string {
  return path.join(dataDir, USERS_DIR);
}

interface UserRecord {
  pid?: unknown;
  host?: unknown;
  openedAt?: unknown;
  /** Set on the record a process leaves while it swaps the library file. */
  replacing?: unknown;
}

/** Another process that may have the store open, as its record says. */
export interface StoreUser {
  /** null when its record could not be read. */
  pid: number | null;
  host: string | null;
  /** The record itself, which can be deleted by hand if the process is known to be gone. */
  file: string;
  /** True when it is not sure the process is still running (another host, an unreadable record). */
  uncertain: boolean;
  replacing: boolean;
}

function writeRecord(dataDir: string, tag: string, extra: Record<string, unknown>): () => void {
  const file = path.join(usersDir(dataDir), `${process.pid}-${tag}${crypto.randomBytes(6).toString('hex')}.json`);
  try {
    makePrivateDir(usersDir(dataDir));
    fs.writeFileSync(file, JSON.stringify({ pid: process.pid, host: host(), openedAt: new Date().toISOString(), ...extra }), { mode: PRIVATE_FILE_MODE });
  } catch {
    return () => undefined;
  }
  return () => fs.rmSync(file, { force: true });
}

/** Records this process as having the store open; returns the function that removes the record. */
export function registerStoreUser(dataDir: string): () => void {
  return writeRecord(dataDir, '', {});
}

/**
 * Records this process as about to replace the library file; returns the function that removes
 * the record. Throws if the record cannot be written (the swap must not go ahead unannounced).
 */
export function markReplacing(dataDir: string): () => void {
  const file = path.join(usersDir(dataDir), `${process.pid}-replacing-${crypto.randomBytes(6).toString('hex')}.json`);
  makePrivateDir(usersDir(dataDir));
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, host: host(), openedAt: new Date().toISOString(), replacing: true }), { mode: PRIVATE_FILE_MODE });
  return () => fs.rmSync(file, { force: true });
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** The other processes that may have the store open (records of processes that are gone are removed). */
export function otherStoreUserList(dataDir: string): StoreUser[] {
  const dir = usersDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  const others: StoreUser[] = [];
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    let record: UserRecord;
    try {
      record = JSON.parse(fs.readFileSync(file, 'utf8')) as UserRecord;
    } catch (error) {
      // Removed meanwhile: that process closed the store.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      // Being written right now, or unreadable: in use, to be safe.
      others.push({ pid: null, host: null, file, uncertain: true, replacing: false });
      continue;
    }
    const pid = typeof record.pid === 'number' ? record.pid : null;
    const user = { pid, host: typeof record.host === 'string' ? record.host : null, file, replacing: record.replacing === true };
    if (record.host !== host() || pid === null) others.push({ ...user, uncertain: true });
    else if (pid === process.pid) continue;
    else if (running(pid)) others.push({ ...user, uncertain: false });
    else fs.rmSync(file, { force: true });
  }
  return others;
}

/** How many other processes may have the store open (records of processes that are gone are removed). */
export function otherStoreUsers(dataDir: string): number {
  return otherStoreUserList(dataDir).length;
}

/** "process 1234", "process 1234, process 5678", "process 1234 on host "laptop"": who has the store open. */
export function describeStoreUsers(users: readonly StoreUser[]): string {
  const who = (u: StoreUser) =>
    u.pid === null ? 'a process whose record cannot be read' : u.host && u.host !== host() ? `process ${u.pid} on host "${u.host}"` : `process ${u.pid}`;
  return [...new Set(users.map(who))].join(', ');
}

/**
 * The sentence refusing to replace the library file while others have it open: who, what to do
 * and (for a record that may be stale) which file to delete if that process is known to be gone.
 */
export function storeInUseMessage(users: readonly StoreUser[], retry: string, outcome = 'Nothing was changed.'): string {
  const uncertain = users.filter((u) => u.uncertain);
  const stale = uncertain.length ? ` (if it is no longer running, delete ${uncertain.map((u) => u.file).join(' and ')})` : '';
  return `The library is open in another Scrutineer window or process (${describeStoreUsers(users)}); close it, then ${retry}${stale}. ${outcome}`;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Called by openStore after it has recorded itself: while another process is swapping the library
 * file (a restore, an encryption in place), waits for it to finish, so the file opened is the new
 * one. Returns the process still swapping after `timeoutMs`, or null.
 */
export function waitWhileReplaced(dataDir: string, timeoutMs = 10_000): StoreUser | null {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const replacer = otherStoreUserList(dataDir).find((u) => u.replacing);
    if (!replacer || Date.now() >= until) return replacer ?? null;
    sleep(50);
  }
}
