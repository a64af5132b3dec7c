import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0008: meetings already stored that lack a date or a committee need checking; each shows its newest file', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 7);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES
      (1, 1, 'Scrutiny', 'scrutiny', '${t}'), (2, 1, 'Committee not named in the minutes', 'committee not named in the minutes', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES
      (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}'), (2, 1, 'u:t:review', NULL, '${t}', '${t}'),
      (3, 2, 'd:2025-02-01', '2025-02-01', '${t}', '${t}'), (4, 2, 'u:empty', NULL, '${t}', '${t}');
    INSERT INTO imports (meeting_id, file_name, sha256, byte_size, input_kind, parser_version, imported_at) VALUES
      (1, 'a.txt', 'aaa', 1, 'text', 1, '2026-01-01T00:00:00Z'), (1, 'b.txt', 'bbb', 1, 'text', 1, '2026-01-02T00:00:00Z');`);
  migrateTo(db, migrations, 8);
  expect(schemaVersion(db)).toBe(8);
  expect(db.prepare('SELECT id, needs_check, current_sha256, member_fields FROM meetings ORDER BY id').all()).toEqual([
    { id: 1, needs_check: null, current_sha256: 'bbb', member_fields: '[]' },
    { id: 2, needs_check: 'no-date', current_sha256: null, member_fields: '[]' },
    { id: 3, needs_check: 'no-committee', current_sha256: null, member_fields: '[]' },
    { id: 4, needs_check: 'no-committee-or-date', current_sha256: null, member_fields: '[]' },
  ]);
  expect(db.prepare("SELECT DISTINCT status || '/' || document FROM imports").pluck().all()).toEqual(['applied/minutes']);
  // A council's domain is unique; a kept bin entry's files are named so the sweep keeps them.
  db.exec(`UPDATE councils SET domain = 'anytown.gov.uk' WHERE id = 1`);
  expect(() => db.exec(`INSERT INTO councils (name, name_key, domain, created_at) VALUES ('B', 'b', 'anytown.gov.uk', '${t}')`)).toThrow(/UNIQUE/);
  expect(() => db.exec(`UPDATE imports SET status = 'lost'`)).toThrow(/CHECK constraint/);
  expect(db.prepare("SELECT name FROM pragma_table_info('bin_files')").pluck().all()).toContain('file_sha256');
});
