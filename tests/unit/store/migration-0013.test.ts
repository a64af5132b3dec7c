import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0013: annotations keep their rows; earlier wordings are kept per annotation and go with it', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 12);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}');
    INSERT INTO documents (id, meeting_id, item_id, kind, title, created_at, updated_at) VALUES (1, 1, NULL, 'pack', 'Agenda pack', '${t}', '${t}');
    INSERT INTO document_versions (id, document_id, version, is_current, sha256, file_name, byte_size, page_count, text_page_count, imported_at)
      VALUES (1, 1, 1, 0, 'a', 'pack.pdf', 1, 1, 1, '${t}'), (2, 1, 2, 1, 'b', 'pack2.pdf', 1, 1, 1, '${t}');
    INSERT INTO annotations (id, uuid, meeting_id, document_id, version_id, kind, target, colour, body, page_number, quote_exact, quote_prefix, quote_suffix,
        pos_start, pos_end, rects, sort_key, status, created_at, updated_at)
      VALUES (5, 'u5', 1, 1, 2, 'note', 'text', 'yellow', 'Ask why', 1, 'by June 2026', '', '', 0, 12, '[]', 1, 'anchored', '${t}', '${t}');`);
  migrateTo(db, migrations, 13);
  expect(schemaVersion(db)).toBe(13);
  expect(db.prepare('SELECT id, quote_exact FROM annotations').all()).toEqual([{ id: 5, quote_exact: 'by June 2026' }]);
  db.prepare("INSERT INTO annotation_quotes (annotation_id, version_id, page_number, exact, reason, replaced_at) VALUES (5, 1, 1, 'by March 2026', 'moved', ?)").run(t);
  expect(() => db.prepare("INSERT INTO annotation_quotes (annotation_id, version_id, page_number, exact, reason, replaced_at) VALUES (5, 1, 1, 'x', 'guessed', ?)").run(t)).toThrow(/CHECK constraint/);
  expect(() => db.prepare("INSERT INTO annotation_quotes (annotation_id, version_id, page_number, exact, reason, replaced_at) VALUES (99, 1, 1, 'x', 'moved', ?)").run(t)).toThrow(/FOREIGN KEY/);
  // A version that goes leaves the wording, without saying which version it was.
  db.exec('DELETE FROM document_versions WHERE id = 1');
  expect(db.prepare('SELECT version_id, exact FROM annotation_quotes').all()).toEqual([{ version_id: null, exact: 'by March 2026' }]);
  db.exec('DELETE FROM annotations WHERE id = 5');
  expect(db.prepare('SELECT COUNT(*) FROM annotation_quotes').pluck().get()).toBe(0);
});
