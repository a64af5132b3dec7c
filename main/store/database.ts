import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { StoreError } from './errors';
import { loadMigrations, migrateTo, schemaVersion } from './migrations';

export const DATABASE_FILE = 'scrutineer.db';
const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

export interface Store {
  db: Database.Database;
  dataDir: string;
  close(): void;
}

const backupsDir = (dataDir: string) => path.join(dataDir, 'backups');

function newestBackup(dataDir: string): string | null {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return null;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.db')).sort();
  const last = files[files.length - 1];
  return last ? path.join(dir, last) : null;
}

function checkIntegrity(db: Database.Database, file: string, dataDir: string): void {
  let result: string;
  try {
    result = db.pragma('integrity_check', { simple: true }) as string;
  } catch (error) {
    result = (error as Error).message;
  }
  if (result !== 'ok') {
    const backup = newestBackup(dataDir);
    db.close();
    throw new StoreError(
      `The library database ${file} is damaged (${result}). ` +
        (backup ? `The newest backup is ${backup}.` : 'No backup was found.'),
      backup,
    );
  }
}

/**
 * Opens (creating if needed) the store in dataDir: WAL, foreign keys, a busy timeout, an integrity
 * check, a copy set aside before any migration of an existing database, and the migrations themselves.
 */
export function openStore(dataDir: string, options: { migrationsDir?: string } = {}): Store {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    if (existed) checkIntegrity(db, file, dataDir);
    db.pragma('journal_mode = WAL');
    // FULL: a member's notes and statuses survive power loss, not only a crash; the cost is small.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');

    const migrations = loadMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
    const current = schemaVersion(db);
    if (current > migrations.length) {
      throw new StoreError(
        `The library database was written by a newer version of Scrutineer (schema ${current}; this version knows ${migrations.length}). Update Scrutineer to open it.`,
      );
    }
    if (current < migrations.length) {
      if (existed && current > 0) {
        fs.mkdirSync(backupsDir(dataDir), { recursive: true });
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const target = path.join(backupsDir(dataDir), `before-schema-${current + 1}-${stamp}.db`);
        db.prepare('VACUUM INTO ?').run(target);
      }
      migrateTo(db, migrations);
    }
  } catch (error) {
    if (db.open) db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`Could not open the library database ${file}: ${(error as Error).message}`);
  }
  return { db, dataDir, close: () => db.open && db.close() };
}
