import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0009: declarations keep their rows and ids and accept the older and Scottish regimes; passages and the declarations state are stored', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 8);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2009-01-14', '2009-01-14', '${t}', '${t}');
    INSERT INTO declarations (id, meeting_id, item_label, member, subject, nature, withdrew, position, source_sha256)
      VALUES (7, 1, '5', 'Haines', 'Wife works at the school', 'unspecified', 1, 0, 'abc');`);
  expect(() => db.exec(`UPDATE declarations SET nature = 'prejudicial'`)).toThrow(/CHECK constraint/);
  migrateTo(db, migrations, 9);
  expect(schemaVersion(db)).toBe(9);
  expect(db.prepare('SELECT id, member, nature, withdrew, source_sha256, passage FROM declarations').all()).toEqual([
    { id: 7, member: 'Haines', nature: 'unspecified', withdrew: 1, source_sha256: 'abc', passage: null },
  ]);
  for (const nature of ['personal', 'prejudicial', 'financial', 'non-financial']) db.prepare('UPDATE declarations SET nature = ?').run(nature);
  expect(() => db.exec(`UPDATE declarations SET nature = 'guessed'`)).toThrow(/CHECK constraint/);
  expect(db.prepare('SELECT declarations_state FROM meetings').pluck().get()).toBeNull();
  db.exec(`DELETE FROM meetings WHERE id = 1`);
  expect(db.prepare('SELECT COUNT(*) FROM declarations').pluck().get()).toBe(0);
});
