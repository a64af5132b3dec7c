import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { DATABASE_FILE, openStore } from '../../../main/store/database';
import { StoreError } from '../../../main/store/errors';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';
import { makeTempDir } from '../../helpers/temp-dir';

const REAL_MIGRATIONS = path.resolve(__dirname, '../../../main/store/migrations');

describe('openStore', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  test('creates a database with WAL, foreign keys and every migration applied', () => {
    const store = openStore(temp.dir);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(store.db)).toBe(loadMigrations(REAL_MIGRATIONS).length);
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['councils', 'committees', 'meetings', 'items', 'decisions', 'declarations', 'imports']));
    store.close();
    expect(fs.existsSync(path.join(temp.dir, DATABASE_FILE))).toBe(true);
  });

  test('refuses a database written by a newer version of the app', () => {
    openStore(temp.dir).close();
    const raw = new Database(path.join(temp.dir, DATABASE_FILE));
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openStore(temp.dir)).toThrow(/newer version of Scrutineer/);
  });

  test('a damaged database gives a clear message naming the newest backup', () => {
    fs.mkdirSync(path.join(temp.dir, 'backups'));
    fs.writeFileSync(path.join(temp.dir, 'backups', 'before-schema-2-2026.db'), 'x');
    fs.writeFileSync(path.join(temp.dir, DATABASE_FILE), Buffer.alloc(8192, 7));
    let error: unknown;
    try {
      openStore(temp.dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(/damaged/);
    expect((error as StoreError).backupPath).toBe(path.join(temp.dir, 'backups', 'before-schema-2-2026.db'));
  });

  test('copies an existing database aside before migrating it, and keeps its rows', () => {
    const migrations = path.join(temp.dir, 'migrations');
    const data = path.join(temp.dir, 'data');
    fs.mkdirSync(migrations);
    fs.writeFileSync(path.join(migrations, '0001-first.sql'), 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);');
    const first = openStore(data, { migrationsDir: migrations });
    first.db.prepare('INSERT INTO notes (body) VALUES (?)').run('kept');
    first.close();

    fs.writeFileSync(path.join(migrations, '0002-second.sql'), 'ALTER TABLE notes ADD COLUMN tag TEXT;');
    const second = openStore(data, { migrationsDir: migrations });
    expect(schemaVersion(second.db)).toBe(2);
    expect(second.db.prepare('SELECT body, tag FROM notes').all()).toEqual([{ body: 'kept', tag: null }]);
    second.close();

    const backups = fs.readdirSync(path.join(data, 'backups'));
    expect(backups).toHaveLength(1);
    const backup = new Database(path.join(data, 'backups', backups[0] as string), { readonly: true });
    expect(schemaVersion(backup)).toBe(1);
    expect(backup.prepare('SELECT body FROM notes').pluck().all()).toEqual(['kept']);
    backup.close();
  });

  test('a failing migration rolls back completely and the database stays at its old version', () => {
    const migrations = path.join(temp.dir, 'migrations');
    const data = path.join(temp.dir, 'data');
    fs.mkdirSync(migrations);
    fs.writeFileSync(path.join(migrations, '0001-first.sql'), 'CREATE TABLE notes (id INTEGER PRIMARY KEY);');
    openStore(data, { migrationsDir: migrations }).close();
    fs.writeFileSync(path.join(migrations, '0002-half.sql'), 'CREATE TABLE half (id INTEGER); THIS IS NOT SQL;');
    expect(() => openStore(data, { migrationsDir: migrations })).toThrow(StoreError);
    const raw = new Database(path.join(data, DATABASE_FILE));
    expect(schemaVersion(raw)).toBe(1);
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    raw.close();
  });
});

describe('migration 0001-initial', () => {
  test('migrate from empty to 1, then the schema enforces its rules', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const migrations = loadMigrations(REAL_MIGRATIONS);
    migrateTo(db, migrations, 0);
    expect(schemaVersion(db)).toBe(0);
    migrateTo(db, migrations, 1);
    expect(schemaVersion(db)).toBe(1);
    const now = '2026-01-01T00:00:00Z';
    db.prepare("INSERT INTO councils (id, name, name_key, created_at) VALUES (1, 'Leicester City Council', 'leicester city council', ?)").run(now);
    db.prepare("INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'CYPE', 'cype', ?)").run(now);
    db.prepare("INSERT INTO meetings (id, committee_id, identity_key, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', ?, ?)").run(now, now);
    expect(() =>
      db.prepare("INSERT INTO declarations (meeting_id, member, subject, nature, withdrew, position) VALUES (1, 'A', 'B', 'prejudicial', 0, 0)").run(),
    ).toThrow(/CHECK constraint/);
    expect(() => db.prepare("INSERT INTO meetings (committee_id, identity_key, created_at, updated_at) VALUES (42, 'x', ?, ?)").run(now, now)).toThrow(
      /FOREIGN KEY/,
    );
    db.close();
  });
});
