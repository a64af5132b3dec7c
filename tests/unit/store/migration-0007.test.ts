import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0007: existing papers are confidential when their item is exempt or their first page says NOT FOR PUBLICATION', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 6);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}');
    INSERT INTO items (id, meeting_id, identity_key, number, title, exempt, truncated, agenda_text, minutes_text, position)
      VALUES (1, 1, '5', '5', 'Budget', 0, 0, '', '', 0), (2, 1, '9', '9', 'Contract award', 1, 0, '', '', 1);
    INSERT INTO documents (id, meeting_id, item_id, kind, title, created_at, updated_at) VALUES
      (1, 1, NULL, 'pack', 'Agenda pack', '${t}', '${t}'),
      (2, 1, 2, 'report', 'Contract award report', '${t}', '${t}'),
      (3, 1, NULL, 'other', 'Land disposal', '${t}', '${t}'),
      (4, 1, 1, 'report', 'Budget report', '${t}', '${t}');
    INSERT INTO document_versions (id, document_id, version, is_current, sha256, file_name, byte_size, page_count, text_page_count, imported_at) VALUES
      (1, 1, 1, 1, 'a', 'pack.pdf', 1, 1, 1, '${t}'), (2, 2, 1, 1, 'b', 'b.pdf', 1, 1, 1, '${t}'),
      (3, 3, 1, 1, 'c', 'c.pdf', 1, 1, 1, '${t}'), (4, 4, 1, 1, 'd', 'd.pdf', 1, 1, 1, '${t}');
    INSERT INTO pages (version_id, page_number, text) VALUES
      (1, 1, 'Public Document Pack
Scrutiny Commission
Item 9 is not for publication (see Part B).'),
      (3, 1, '  Not for Publication\nby virtue of paragraph 3 of Schedule 12A'),
      (4, 1, 'Budget monitoring');`);
  migrateTo(db, migrations, 7);
  expect(schemaVersion(db)).toBe(7);
  const rows = db.prepare('SELECT document_id, reason FROM confidential_documents ORDER BY document_id').all();
  // The pack only mentions it further down its front sheet: it stays public.
  expect(rows).toEqual([
    { document_id: 2, reason: 'exempt-item' },
    { document_id: 3, reason: 'not-for-publication' },
  ]);
  db.exec('UPDATE documents SET confidential = 1 WHERE id = 4');
  expect(db.prepare('SELECT reason FROM confidential_documents WHERE document_id = 4').pluck().get()).toBe('marked');
  expect(db.prepare('SELECT purged_at FROM documents WHERE id = 1').pluck().get()).toBeNull();
  expect(() => db.exec('UPDATE documents SET confidential = 2 WHERE id = 1')).toThrow(/CHECK constraint/);
});
