import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0005: tracker tables keep the member’s data when the minutes behind an entry change', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 4);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}');
    INSERT INTO decisions (id, meeting_id, identity_key, text, kind, position) VALUES (1, 1, 'k', 'Officers to circulate the data', 'action', 0);`);

  migrateTo(db, migrations, 5);
  expect(schemaVersion(db)).toBe(5);
  db.exec(`INSERT INTO action_entries (id, decision_id, committee_id, meeting_id, source, kind, what, created_at, updated_at)
      VALUES (1, 1, 1, 1, 'minutes', 'action', 'Officers to circulate the data', '${t}', '${t}');
    INSERT INTO action_updates (entry_id, at, status_from, status_to, note) VALUES (1, '${t}', 'open', 'done', 'Sent');`);
  expect(db.prepare('SELECT status FROM action_entries').pluck().get()).toBe('open');
  // The decision disappears (a re-import dropped it): the entry and its log stay.
  db.exec('DELETE FROM decisions');
  expect(db.prepare('SELECT decision_id FROM action_entries WHERE id = 1').pluck().get()).toBeNull();
  expect(db.prepare('SELECT COUNT(*) FROM action_updates').pluck().get()).toBe(1);
  expect(() => db.exec("UPDATE action_entries SET status = 'finished'")).toThrow(/CHECK constraint/);
});
