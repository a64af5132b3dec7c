import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0002: items stored before it become searchable, committees gain is_mine, pages are indexed by trigger', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 1);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}');
    INSERT INTO items (meeting_id, identity_key, number, title, exempt, truncated, agenda_text, minutes_text, position)
      VALUES (1, 'n:5', '5', 'Fostering', 0, 0, 'To consider', 'Foster carers were thanked.', 0);`);

  migrateTo(db, migrations, 2);
  expect(schemaVersion(db)).toBe(2);
  expect(db.prepare("SELECT COUNT(*) FROM items_fts WHERE items_fts MATCH 'thanked'").pluck().get()).toBe(1);
  expect(db.prepare('SELECT is_mine FROM committees').pluck().get()).toBe(0);

  db.exec(`INSERT INTO documents (id, meeting_id, kind, title, created_at, updated_at) VALUES (1, 1, 'pack', 'Agenda pack', '${t}', '${t}');
    INSERT INTO document_versions (id, document_id, version, is_current, sha256, file_name, byte_size, page_count, text_page_count, imported_at)
      VALUES (1, 1, 1, 1, '${'a'.repeat(64)}', 'pack.pdf', 10, 1, 1, '${t}');
    INSERT INTO pages (version_id, page_number, text) VALUES (1, 1, 'Kinship care allowances');`);
  expect(db.prepare("SELECT COUNT(*) FROM pages_fts WHERE pages_fts MATCH 'kinship'").pluck().get()).toBe(1);
  db.exec('DELETE FROM documents');
  expect(db.prepare("SELECT COUNT(*) FROM pages_fts WHERE pages_fts MATCH 'kinship'").pluck().get()).toBe(0);
  db.exec("INSERT INTO pages_fts (pages_fts) VALUES ('integrity-check')");
  expect(() =>
    db.exec(`INSERT INTO document_versions (document_id, version, is_current, sha256, file_name, byte_size, page_count, text_page_count, imported_at)
      VALUES (42, 1, 1, 'x', 'x', 1, 1, 1, '${t}')`),
  ).toThrow(/FOREIGN KEY/);
});
