import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0015: the outbox and the document cache keep their rows, take the new kinds, and the triggers of 0012 still fill the outbox', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 14);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}');
    INSERT INTO annotations (id, uuid, meeting_id, kind, target, colour, body, rects, sort_key, status, created_at, updated_at)
      VALUES (5, 'u5', 1, 'note', 'meeting', 'yellow', 'Ask why', '[]', 0, 'anchored', '${t}', '${t}');
    INSERT INTO share_device (id, device_id, enabled, created_at) VALUES (1, 'dev', 1, '${t}');
    INSERT INTO share_outbox (seq, kind, row_id, fields, hlc, created_at) VALUES (41, 'annotation', 5, '["body"]', 7, '${t}');
    INSERT INTO share_docs (doc_id, db, kind, row_id, rev, doc, pending, updated_at) VALUES ('a-1', 'member', 'annotation', 5, '1-x', '{}', NULL, '${t}');`);
  migrateTo(db, migrations, 15);
  expect(schemaVersion(db)).toBe(15);
  expect(db.prepare('SELECT seq, kind, row_id, doc_id FROM share_outbox').all()).toEqual([{ seq: 41, kind: 'annotation', row_id: 5, doc_id: null }]);
  expect(db.prepare('SELECT doc_id, kind, row_id, rev FROM share_docs').all()).toEqual([{ doc_id: 'a-1', kind: 'annotation', row_id: 5, rev: '1-x' }]);
  // A trigger of 0012 writes into the rebuilt table, numbering on from the rows kept.
  db.exec("UPDATE annotations SET body = 'Ask why again' WHERE id = 5");
  expect(db.prepare('SELECT seq, kind, row_id FROM share_outbox ORDER BY seq').all()).toEqual([
    { seq: 41, kind: 'annotation', row_id: 5 },
    { seq: 42, kind: 'annotation', row_id: 5 },
  ]);
  // The new kinds: an interest added goes in; one removed after it travelled names its document.
  db.exec(`INSERT INTO interests (id, category, subcategory, whose, description, created_at, updated_at) VALUES (3, 'other-registrable', 'appointed-body', 'member', 'Trust', '${t}', '${t}')`);
  db.exec(`INSERT INTO share_docs (doc_id, db, kind, row_id, rev, doc, pending, updated_at) VALUES ('i-3', 'member', 'interest', 3, '1-y', '{}', NULL, '${t}')`);
  db.exec('DELETE FROM interests WHERE id = 3');
  expect(db.prepare("SELECT kind, row_id, doc_id FROM share_outbox WHERE kind = 'interest' ORDER BY seq").all()).toEqual([
    { kind: 'interest', row_id: 3, doc_id: null },
    { kind: 'interest', row_id: 3, doc_id: 'i-3' },
  ]);
  expect(db.prepare("SELECT row_id FROM share_docs WHERE doc_id = 'i-3'").pluck().get()).toBeNull();
  expect(() => db.prepare("INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at) VALUES ('papers', 1, '[]', 0, ?)").run(t)).toThrow(/CHECK constraint/);
});
