import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0021: declarations keep their rows, none checked; a check of a corrected declaration is sent to the other devices', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 20);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}');
    INSERT INTO declarations (id, meeting_id, item_label, member, subject, nature, withdrew, position, member_set)
      VALUES (1, 1, '4', 'Cllr Ames', 'Governor of the school', 'unspecified', 0, 0, 0),
             (2, 1, '5', 'Cllr Bell', 'Allotment holder', 'personal', 0, 1, 1);`);
  migrateTo(db, migrations, 21);
  expect(schemaVersion(db)).toBe(21);
  expect(db.prepare('SELECT id, member, member_set AS mine, checked_by_member AS checked FROM declarations ORDER BY id').all()).toEqual([
    { id: 1, member: 'Cllr Ames', mine: 0, checked: 0 },
    { id: 2, member: 'Cllr Bell', mine: 1, checked: 0 },
  ]);
  expect(() => db.prepare('UPDATE declarations SET checked_by_member = 2 WHERE id = 1').run()).toThrow(/CHECK constraint/);

  // With sharing on, marking the member's own declaration checked (its values unchanged) goes in the outbox.
  db.exec(`INSERT INTO share_device (id, device_id, enabled, hlc, created_at) VALUES (1, 'device-a', 1, 0, '${t}')`);
  db.prepare('UPDATE declarations SET checked_by_member = 1 WHERE id = 2').run();
  expect(db.prepare("SELECT kind, row_id AS rowId FROM share_outbox WHERE kind = 'correction'").all()).toEqual([{ kind: 'correction', rowId: 2 }]);
  // One still the parser's (not the member's) is not shared.
  db.prepare('UPDATE declarations SET checked_by_member = 1 WHERE id = 1').run();
  expect(db.prepare("SELECT COUNT(*) FROM share_outbox WHERE kind = 'correction'").pluck().get()).toBe(1);
});
