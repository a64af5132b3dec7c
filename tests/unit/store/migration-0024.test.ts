import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0024: meetings keep their rows with no sentences known; only a JSON list of sentences is stored', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 23);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, attendance_state, created_at, updated_at)
      VALUES (1, 1, 'd:2025-01-14', '2025-01-14', 'read', '${t}', '${t}');`);
  migrateTo(db, migrations, 24);
  expect(schemaVersion(db)).toBe(24);
  expect(db.prepare('SELECT attendance_state AS state, intro_decision_sentences AS sentences FROM meetings').get()).toEqual({ state: 'read', sentences: null });
  db.prepare('UPDATE meetings SET intro_decision_sentences = ? WHERE id = 1').run(JSON.stringify(['This was unanimously agreed.']));
  expect(db.prepare('SELECT intro_decision_sentences FROM meetings').pluck().get()).toBe('["This was unanimously agreed."]');
  expect(() => db.prepare("UPDATE meetings SET intro_decision_sentences = 'agreed' WHERE id = 1").run()).toThrow(/CHECK constraint/);
});
