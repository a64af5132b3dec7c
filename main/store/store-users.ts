import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Which processes have a store open: each openStore leaves a small file in <dataDir>/open-by/
 * (its process id and host) and removes it on close. A process killed outright leaves its file;
 * it is recognised as gone because no process with that id is running, and removed.
 *
 * The one use: the sweep of unreferenced stored files (blob-sweep.ts) may remove a file written a
 * moment ago only when no other process could be part-way through an import into this store.
 * Anything uncertain (another host on a shared folder, a file that cannot be read) counts as "in use".
 */
const USERS_DIR = 'open-by';
const host = () => os.hostname();

export function usersDir(dataDir: string): string {
  return path.join(dataDir, USERS_DIR);
}

/** Records this process as having the store open; returns the function that removes the record. */
export function registerStoreUser(dataDir: string): () => void {
  const file = path.join(usersDir(dataDir), `${process.pid}-${crypto.randomBytes(6).toString('hex')}.json`);
  try {
    fs.mkdirSync(usersDir(dataDir), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ pid: process.pid, host: host(), openedAt: new Date().toISOString() }));
  } catch {
    return () => undefined;
  }
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

/** How many other processes may have the store open (records of processes that are gone are removed). */
export function otherStoreUsers(dataDir: string): number {
  const dir = usersDir(dataDir);
  if (!fs.existsSync(dir)) return 0;
  let others = 0;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    let record: { pid?: unknown; host?: unknown };
    try {
      record = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof record;
    } catch {
      // Being written right now, or unreadable: in use, to be safe.
      others++;
      continue;
    }
    if (record.host !== host() || typeof record.pid !== 'number') others++;
    else if (record.pid === process.pid) continue;
    else if (running(record.pid)) others++;
    else fs.rmSync(file, { force: true });
  }
  return others;
}
