import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0020: items and meetings keep their rows; how much of their decisions was read is unknown until parsed, and only the four states are taken', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 19);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}');
    INSERT INTO items (id, meeting_id, identity_key, number, title, exempt, truncated, agenda_text, minutes_text, position) VALUES (1, 1, 'n:4', '4', 'Playing field', 0, 0, '', 'RESOLVED: That the quote be accepted.', 0);`);
  migrateTo(db, migrations, 20);
  expect(schemaVersion(db)).toBe(20);
  expect(db.prepare('SELECT title, minutes_text, decisions_state FROM items WHERE id = 1').get()).toEqual({
    title: 'Playing field',
    minutes_text: 'RESOLVED: That the quote be accepted.',
    decisions_state: null,
  });
  for (const state of ['read', 'partial', 'unread', 'none']) db.prepare('UPDATE items SET decisions_state = ? WHERE id = 1').run(state);
  expect(db.prepare('SELECT decisions_state FROM items WHERE id = 1').pluck().get()).toBe('none');
  expect(() => db.prepare("UPDATE items SET decisions_state = 'absent' WHERE id = 1").run()).toThrow(/CHECK constraint/);
  // The meeting's opening, before its first item, the same.
  expect(db.prepare('SELECT date, intro_decisions_state FROM meetings WHERE id = 1').get()).toEqual({ date: '2025-01-14', intro_decisions_state: null });
  db.prepare("UPDATE meetings SET intro_decisions_state = 'unread' WHERE id = 1").run();
  expect(() => db.prepare("UPDATE meetings SET intro_decisions_state = 'absent' WHERE id = 1").run()).toThrow(/CHECK constraint/);
});
