import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0017: versions keep their rows; a first-page picture belongs to one version and goes with it', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 16);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}');
    INSERT INTO documents (id, meeting_id, item_id, kind, title, created_at, updated_at) VALUES (1, 1, NULL, 'pack', 'Agenda pack', '${t}', '${t}');
    INSERT INTO document_versions (id, document_id, version, is_current, sha256, file_name, byte_size, page_count, text_page_count, imported_at)
      VALUES (1, 1, 1, 0, 'a', 'pack.pdf', 1, 1, 1, '${t}'), (2, 1, 2, 1, 'b', 'pack2.pdf', 1, 1, 1, '${t}');`);
  migrateTo(db, migrations, 17);
  expect(schemaVersion(db)).toBe(17);
  expect(db.prepare('SELECT id FROM document_versions ORDER BY id').pluck().all()).toEqual([1, 2]);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
  db.prepare('INSERT INTO version_pictures (version_id, page_width, page_height, png) VALUES (?, 595, 842, ?)').run(1, png);
  db.prepare('INSERT INTO version_pictures (version_id, page_width, page_height, png) VALUES (?, 595, 842, ?)').run(2, png);
  expect(() => db.prepare('INSERT INTO version_pictures (version_id, page_width, page_height, png) VALUES (1, 595, 842, ?)').run(png)).toThrow(/UNIQUE|PRIMARY KEY/);
  expect(() => db.prepare('INSERT INTO version_pictures (version_id, page_width, page_height, png) VALUES (99, 595, 842, ?)').run(png)).toThrow(/FOREIGN KEY/);
  expect(() => db.prepare('INSERT INTO version_pictures (version_id, page_width, page_height, png) VALUES (2, 0, 842, ?)').run(png)).toThrow(/CHECK constraint/);
  db.exec('DELETE FROM document_versions WHERE id = 1');
  expect(db.prepare('SELECT version_id FROM version_pictures').pluck().all()).toEqual([2]);
});
