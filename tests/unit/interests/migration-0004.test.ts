import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadMigrations, migrateTo, schemaVersion } from '../../../main/store/migrations';

const migrations = loadMigrations(path.resolve(__dirname, '../../../main/store/migrations'));

test('0004: the register, its terms, dismissals and my declarations, over a library that already has meetings', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateTo(db, migrations, 3);
  const t = '2026-01-01T00:00:00Z';
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, NULL, '', '${t}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny', 'scrutiny', '${t}');
    INSERT INTO meetings (id, committee_id, identity_key, date, created_at, updated_at) VALUES (1, 1, 'd:2025-01-14', '2025-01-14', '${t}', '${t}');
    INSERT INTO items (id, meeting_id, identity_key, number, title, exempt, truncated, agenda_text, minutes_text, position)
      VALUES (7, 1, 'n:7', '7', 'School places', 0, 0, 'Millgate School', '', 0);`);

  migrateTo(db, migrations, 4);
  expect(schemaVersion(db)).toBe(4);
  db.exec(`INSERT INTO interests (id, category, subcategory, whose, description, start_date, created_at, updated_at)
      VALUES (1, 'other-registrable', 'appointed-body', 'member', 'Governor', '2024-09-01', '${t}', '${t}');
    INSERT INTO interest_terms (interest_id, kind, text, position) VALUES (1, 'name', 'Millgate', 0);
    INSERT INTO interest_dismissals (meeting_id, interest_id, item_id, reason, created_at) VALUES (1, 1, 7, 'Not relevant', '${t}');
    INSERT INTO interest_dismissals (meeting_id, interest_id, item_id, reason, created_at) VALUES (1, 1, NULL, 'Front page only', '${t}');
    INSERT INTO my_declarations (id, meeting_id, item_id, interest_id, category, nature, withdrew, dispensation, created_at, updated_at)
      VALUES (1, 1, 7, 1, 'other-registrable', 'Governor of Millgate School', 1, 0, '${t}', '${t}');
    INSERT INTO member_profile (id, name, updated_at) VALUES (1, 'Dr Moore', '${t}');`);

  // One dismissal per meeting, interest and item, NULL item included.
  expect(() => db.exec(`INSERT INTO interest_dismissals (meeting_id, interest_id, item_id, reason, created_at) VALUES (1, 1, NULL, 'again', '${t}')`)).toThrow(/UNIQUE/);
  expect(() => db.exec(`INSERT INTO interest_dismissals (meeting_id, interest_id, item_id, reason, created_at) VALUES (1, 1, 7, ' ', '${t}')`)).toThrow(/CHECK|UNIQUE/);
  // Category, subcategory, dates and the single profile row are checked.
  expect(() => db.exec(`INSERT INTO interests (category, subcategory, whose, description, created_at, updated_at) VALUES ('pecuniary', 'land', 'member', 'x', '${t}', '${t}')`)).toThrow(/CHECK/);
  expect(() =>
    db.exec(`INSERT INTO interests (category, subcategory, whose, description, start_date, end_date, created_at, updated_at) VALUES ('disclosable-pecuniary', 'land', 'member', 'x', '2025-02-01', '2025-01-01', '${t}', '${t}')`),
  ).toThrow(/CHECK/);
  expect(() => db.exec(`INSERT INTO member_profile (id, name, updated_at) VALUES (2, 'Someone else', '${t}')`)).toThrow(/CHECK/);

  // Deleting the interest takes its terms and dismissals, and leaves my declaration unlinked but kept.
  db.exec('DELETE FROM interests WHERE id = 1');
  expect(db.prepare('SELECT COUNT(*) FROM interest_terms').pluck().get()).toBe(0);
  expect(db.prepare('SELECT COUNT(*) FROM interest_dismissals').pluck().get()).toBe(0);
  expect(db.prepare('SELECT interest_id, nature FROM my_declarations').get()).toEqual({ interest_id: null, nature: 'Governor of Millgate School' });
  // A meeting with my declarations cannot silently disappear.
  expect(() => db.exec('DELETE FROM meetings WHERE id = 1')).toThrow(/FOREIGN KEY/);
  // The library's own tables are untouched.
  expect(db.prepare('SELECT title FROM items WHERE id = 7').pluck().get()).toBe('School places');
});
