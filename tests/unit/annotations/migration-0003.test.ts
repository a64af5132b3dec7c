import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));
const t = '2026-01-01T00:00:00Z';

test('0003: annotations on papers, items and meetings; the schema refuses what the model does not allow', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 2);
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}');
    INSERT INTO items (id, meeting_id, identity_key, number, title, exempt, truncated, agenda_text, minutes_text, position)
      VALUES (1, 1, 'n:5', '5', 'Fostering', 0, 0, '', '', 0);
    INSERT INTO documents (id, meeting_id, kind, title, created_at, updated_at) VALUES (1, 1, 'pack', 'Agenda pack', '${t}', '${t}');
    INSERT INTO document_versions (id, document_id, version, is_current, sha256, file_name, byte_size, page_count, text_page_count, imported_at)
      VALUES (1, 1, 1, 1, '${'a'.repeat(64)}', 'pack.pdf', 10, 1, 1, '${t}');
    INSERT INTO pages (version_id, page_number, text) VALUES (1, 1, 'Kinship care allowances');`);

  migrateTo(db, migrations, 3);
  expect(schemaVersion(db)).toBeGreaterThanOrEqual(3);
  // Data from before the migration is untouched.
  expect(db.prepare('SELECT text FROM pages').pluck().get()).toBe('Kinship care allowances');

  const insert = (values: string) =>
    db.exec(`INSERT INTO annotations (uuid, document_id, version_id, meeting_id, item_id, kind, target, colour, page_number, quote_exact, pos_start, pos_end, created_at, updated_at)
      VALUES ${values}`);
  insert(`('u1', 1, 1, 1, 1, 'highlight', 'text', 'yellow', 1, 'Kinship care', 0, 12, '${t}', '${t}')`);
  insert(`('u2', NULL, NULL, 1, 1, 'note', 'item', 'green', NULL, NULL, NULL, NULL, '${t}', '${t}')`);
  db.exec("INSERT INTO annotation_tags (annotation_id, tag) VALUES (1, 'Kinship'), (1, 'budget')");
  expect(() => db.exec("INSERT INTO annotation_tags (annotation_id, tag) VALUES (1, 'KINSHIP')")).toThrow(/UNIQUE/);
  expect(db.prepare("SELECT status, rects, rects_stale, asked, body FROM annotations WHERE uuid = 'u1'").get()).toEqual({ status: 'anchored', rects: '[]', rects_stale: 0, asked: 0, body: '' });

  // A text annotation needs its selectors; a highlight needs text; colours and kinds are a fixed set; uuids are unique.
  expect(() => insert(`('u3', 1, 1, 1, NULL, 'note', 'text', 'yellow', 1, NULL, NULL, NULL, '${t}', '${t}')`)).toThrow(/CHECK/);
  expect(() => insert(`('u4', NULL, NULL, 1, NULL, 'highlight', 'meeting', 'yellow', NULL, NULL, NULL, NULL, '${t}', '${t}')`)).toThrow(/CHECK/);
  expect(() => insert(`('u5', 1, 1, 1, NULL, 'note', 'page', 'purple', 1, NULL, NULL, NULL, '${t}', '${t}')`)).toThrow(/CHECK/);
  expect(() => insert(`('u1', 1, 1, 1, NULL, 'note', 'page', 'blue', 1, NULL, NULL, NULL, '${t}', '${t}')`)).toThrow(/UNIQUE/);
  // The member's notes are never dropped by a cascade: deleting an annotated paper fails.
  expect(() => db.exec('DELETE FROM documents WHERE id = 1')).toThrow(/FOREIGN KEY/);
  // Deleting the annotation (not done by the app: it soft-deletes) takes its tags with it.
  db.exec("DELETE FROM annotations WHERE uuid = 'u1'");
  expect(db.prepare('SELECT COUNT(*) FROM annotation_tags').pluck().get()).toBe(0);
});
