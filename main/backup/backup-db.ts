/** Reading a backup file: opened on its own connection with the store's key, checked, previewed. */
import Database from 'better-sqlite3-multiple-ciphers';
import type { BackupPreview } from '../../shared/types/backup';
import { applyKey, type StoreKey } from '../store/cipher';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Opens a backup (read-only unless asked) keyed like the store; throws a BackupError if it cannot be read. */
export function openBackupDb(file: string, key: StoreKey | undefined, options: { readonly?: boolean } = {}): Database.Database {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: options.readonly ?? true, fileMustExist: true });
    applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    if (db?.open) db.close();
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') {
      throw new BackupError(key ? 'The backup cannot be opened with this library’s key, or it is damaged.' : 'The backup is encrypted or damaged.');
    }
    throw new BackupError(`The backup cannot be opened: ${(error as Error).message}`);
  }
}

/** PRAGMA integrity_check: 'ok' or the first problem found. */
export function integrity(db: Database.Database): string {
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } catch (error) {
    return (error as Error).message;
  }
}

const tableNames = (db: Database.Database): Set<string> =>
  new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);

/**
 * The content hashes of every stored file the database refers to: any column named sha256, so
 * tables added later (sync, say) that keep files are covered without a change here.
 */
export function referencedBlobs(db: Database.Database): string[] {
  const hashes = new Set<string>();
  for (const table of tableNames(db)) {
    if (table.startsWith('sqlite_')) continue;
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
    if (!columns.includes('sha256')) continue;
    const rows = db.prepare(`SELECT DISTINCT sha256 FROM "${table.replace(/"/g, '""')}" WHERE sha256 IS NOT NULL`).pluck().all() as unknown[];
    for (const value of rows) if (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)) hashes.add(value);
  }
  return [...hashes].sort();
}

/** What a backup holds; tables a backup of an older schema lacks count as 0. */
export function readPreview(db: Database.Database): BackupPreview {
  const tables = tableNames(db);
  const count = (table: string, where = '') =>
    tables.has(table) ? (db.prepare(`SELECT COUNT(*) FROM ${table} ${where}`).pluck().get() as number) : 0;
  const newest = tables.has('meetings')
    ? (db
        .prepare(
          `SELECT m.date, c.name AS committeeName FROM meetings m JOIN committees c ON c.id = m.committee_id
           WHERE m.date IS NOT NULL ORDER BY m.date DESC, m.id DESC LIMIT 1`,
        )
        .get() as { date: string; committeeName: string } | undefined)
    : undefined;
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    committees: count('committees'),
    meetings: count('meetings'),
    documents: count('documents'),
    annotations: count('annotations', 'WHERE deleted_at IS NULL'),
    interests: count('interests'),
    actions: count('action_entries'),
    newestMeeting: newest ?? null,
    files: referencedBlobs(db).length,
  };
}
