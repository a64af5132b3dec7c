import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0019: meetings keep their rows; how much of the attendance was read is unknown until parsed, and only the four states are taken', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 18);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}');`);
  migrateTo(db, migrations, 19);
  expect(schemaVersion(db)).toBe(19);
  expect(db.prepare('SELECT date, attendance_state FROM meetings WHERE id = 1').get()).toEqual({ date: '2025-01-14', attendance_state: null });
  for (const state of ['read', 'partial', 'unread', 'absent']) db.prepare('UPDATE meetings SET attendance_state = ? WHERE id = 1').run(state);
  expect(db.prepare('SELECT attendance_state FROM meetings WHERE id = 1').pluck().get()).toBe('absent');
  expect(() => db.prepare("UPDATE meetings SET attendance_state = 'complete' WHERE id = 1").run()).toThrow(/CHECK constraint/);
});
