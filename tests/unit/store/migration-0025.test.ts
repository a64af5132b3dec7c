import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0025: meetings keep their rows and their declarations state; only a JSON list of passages is stored', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 24);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Board', 'board', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, declarations_state, created_at, updated_at)
      VALUES (1, 1, 'd:2011-03-30', '2011-03-30', 'declared', '${t}', '${t}');`);
  migrateTo(db, migrations, 25);
  expect(schemaVersion(db)).toBe(25);
  expect(db.prepare('SELECT declarations_state AS state, declarations_not_read AS notRead FROM meetings').get()).toEqual({ state: 'declared', notRead: null });
  db.prepare('UPDATE meetings SET declarations_not_read = ? WHERE id = 1').run(JSON.stringify(['Bob Oddy on taxi related issues']));
  expect(db.prepare('SELECT declarations_not_read FROM meetings').pluck().get()).toBe('["Bob Oddy on taxi related issues"]');
  expect(() => db.prepare("UPDATE meetings SET declarations_not_read = 'Bob Oddy' WHERE id = 1").run()).toThrow(/CHECK constraint/);
});
