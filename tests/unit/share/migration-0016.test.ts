import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0016: the outbox and the document cache keep their rows (removals too) and take the profile and dismissed warnings', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 15);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}');
    INSERT INTO interests (id, category, subcategory, whose, description, created_at, updated_at) VALUES (3, 'other-registrable', 'appointed-body', 'member', 'Trust', '${t}', '${t}');
    INSERT INTO share_device (id, device_id, enabled, created_at) VALUES (1, 'dev', 1, '${t}');
    INSERT INTO share_outbox (seq, kind, row_id, fields, hlc, created_at, doc_id) VALUES (41, 'interest', 9, '["deleted"]', 7, '${t}', 'i-9');
    INSERT INTO share_docs (doc_id, db, kind, row_id, rev, doc, pending, updated_at) VALUES ('i-3', 'member', 'interest', 3, '1-x', '{}', NULL, '${t}');`);
  expect(() => db.prepare("INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at) VALUES ('profile', 1, '[]', 0, ?)").run(t)).toThrow(/CHECK constraint/);
  migrateTo(db, migrations, 16);
  expect(schemaVersion(db)).toBe(16);
  expect(db.prepare('SELECT seq, kind, row_id, doc_id FROM share_outbox').all()).toEqual([{ seq: 41, kind: 'interest', row_id: 9, doc_id: 'i-9' }]);
  expect(db.prepare('SELECT doc_id, kind, row_id, rev FROM share_docs').all()).toEqual([{ doc_id: 'i-3', kind: 'interest', row_id: 3, rev: '1-x' }]);

  // The profile saved, then changed (an unchanged save writes nothing); a warning dismissed, its reason changed, then brought back after it travelled.
  db.exec(`INSERT INTO member_profile (id, name, took_office, updated_at) VALUES (1, 'Cllr Okafor', NULL, '${t}')`);
  db.exec(`UPDATE member_profile SET updated_at = 'later' WHERE id = 1`);
  db.exec(`UPDATE member_profile SET took_office = '2023-05-04' WHERE id = 1`);
  db.exec(`INSERT INTO interest_dismissals (id, meeting_id, interest_id, item_id, reason, created_at) VALUES (4, 1, 3, NULL, 'Not relevant', '${t}')`);
  db.exec(`UPDATE interest_dismissals SET reason = 'Not relevant at all' WHERE id = 4`);
  db.exec(`INSERT INTO share_docs (doc_id, db, kind, row_id, rev, doc, pending, updated_at) VALUES ('w-4', 'member', 'dismissal', 4, '1-y', '{}', NULL, '${t}')`);
  db.exec('DELETE FROM interest_dismissals WHERE id = 4');
  expect(db.prepare('SELECT seq, kind, row_id, doc_id FROM share_outbox WHERE seq > 41 ORDER BY seq').all()).toEqual([
    { seq: 42, kind: 'profile', row_id: 1, doc_id: null },
    { seq: 43, kind: 'profile', row_id: 1, doc_id: null },
    { seq: 44, kind: 'dismissal', row_id: 4, doc_id: null },
    { seq: 45, kind: 'dismissal', row_id: 4, doc_id: null },
    { seq: 46, kind: 'dismissal', row_id: 4, doc_id: 'w-4' },
  ]);
  expect(db.prepare("SELECT row_id FROM share_docs WHERE doc_id = 'w-4'").pluck().get()).toBeNull();
  // Not while another device's changes are applied.
  db.exec('INSERT INTO share_applying (id) VALUES (1)');
  db.exec(`UPDATE member_profile SET name = 'Councillor Okafor' WHERE id = 1`);
  expect(db.prepare('SELECT MAX(seq) FROM share_outbox').pluck().get()).toBe(46);
});
