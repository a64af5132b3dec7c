import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0006: sync tables beside the library; meetings gain cancelled_at and keep their rows', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 5);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, 'Gloucester', 'gloucester', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Cabinet', 'cabinet', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-11-21', '2025-11-21', '${t}', '${t}');`);

  migrateTo(db, migrations, 6);
  expect(schemaVersion(db)).toBe(6);
  expect(db.prepare('SELECT cancelled_at FROM meetings WHERE id = 1').pluck().get()).toBeNull();
  db.exec(`INSERT INTO sync_councils (id, base_url, council_id, sync_from, added_at) VALUES (1, 'https://democracy.gloucester.gov.uk', 1, '2025-01-01', '${t}');
    INSERT INTO sync_committees (id, site_id, remote_id, title, followed, committee_id) VALUES (1, 1, 129, 'Cabinet', 1, 1);
    INSERT INTO sync_meetings (site_id, remote_id, sync_committee_id, meeting_id, remote_status, date) VALUES (1, 7837, 1, 1, 'Confirmed', '2025-11-21');
    INSERT INTO sync_runs (id, started_at, status, trigger) VALUES (1, '${t}', 'running', 'background');
    INSERT INTO sync_journal (run_id, site_id, remote_meeting_id, state, updated_at) VALUES (1, 1, 7837, 'done', '${t}');`);
  expect(() => db.exec(`INSERT INTO sync_councils (base_url, council_id, sync_from, added_at) VALUES ('https://democracy.gloucester.gov.uk', 1, '2025-01-01', '${t}')`)).toThrow(/UNIQUE/);
  expect(() => db.exec(`INSERT INTO sync_committees (site_id, remote_id, title) VALUES (1, 129, 'Cabinet again')`)).toThrow(/UNIQUE/);
  expect(() => db.exec("UPDATE sync_runs SET status = 'half-done'")).toThrow(/CHECK constraint/);
  // A meeting removed from the library leaves the link, pointing nowhere, rather than failing.
  db.exec('DELETE FROM meetings WHERE id = 1');
  expect(db.prepare('SELECT meeting_id FROM sync_meetings').pluck().get()).toBeNull();
  // Disconnecting a site removes its bookkeeping only.
  db.exec('DELETE FROM sync_councils WHERE id = 1');
  expect(db.prepare('SELECT COUNT(*) FROM sync_committees').pluck().get()).toBe(0);
  expect(db.prepare('SELECT COUNT(*) FROM committees').pluck().get()).toBe(1);
});
