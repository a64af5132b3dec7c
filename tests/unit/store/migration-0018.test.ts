import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0018: the outbox and document cache keep their rows and take merges and splits; a merge made here is queued only while sharing and not applying', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 17);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at) VALUES ('dismissal', 4, '["*"]', 10, '${t}');
    INSERT INTO share_docs (doc_id, db, kind, row_id, rev, doc, pending, updated_at) VALUES ('w-1', 'member', 'dismissal', 4, '1-a', '{}', NULL, '${t}');`);
  migrateTo(db, migrations, 18);
  expect(schemaVersion(db)).toBe(18);
  expect(db.prepare('SELECT kind, row_id AS rowId FROM share_outbox').all()).toEqual([{ kind: 'dismissal', rowId: 4 }]);
  expect(db.prepare('SELECT doc_id AS id, kind FROM share_docs').all()).toEqual([{ id: 'w-1', kind: 'dismissal' }]);
  const merge = db.prepare("INSERT INTO share_merges (kept_key, merged_key, merged_at) VALUES ('{}', '{}', ?)");
  // Sharing off: kept, not queued.
  merge.run(t);
  expect(db.prepare("SELECT COUNT(*) FROM share_outbox WHERE kind = 'merge'").pluck().get()).toBe(0);
  db.prepare("INSERT INTO share_device (id, device_id, enabled, created_at) VALUES (1, 'dev', 1, ?)").run(t);
  const id = Number(merge.run(t).lastInsertRowid);
  expect(db.prepare("SELECT row_id FROM share_outbox WHERE kind = 'merge'").pluck().all()).toEqual([id]);
  // Applying another device's merge: not sent back.
  db.exec('INSERT INTO share_applying (id) VALUES (1)');
  merge.run(t);
  expect(db.prepare("SELECT COUNT(*) FROM share_outbox WHERE kind = 'merge'").pluck().get()).toBe(1);
  db.exec('DELETE FROM share_applying');
  db.prepare("INSERT INTO share_splits (meeting_key, sha256, split_at) VALUES ('{}', 'abc', ?)").run(t);
  expect(db.prepare('SELECT kind FROM share_outbox ORDER BY seq').pluck().all()).toEqual(['dismissal', 'merge', 'split']);
  expect(() => db.prepare("INSERT INTO share_docs (doc_id, db, kind, row_id, rev, doc, pending, updated_at) VALUES ('x', 'member', 'move', 1, NULL, '{}', NULL, ?)").run(t)).toThrow(/CHECK constraint/);
});
