/**
 * Prepared statements kept per connection, for code that runs the same SQL for every row of a large
 * batch (sharing's apply: thousands of documents a run). Preparing costs more than running a short
 * statement; better-sqlite3 does not cache them itself. A statement is returned as it was made: the
 * caller must not change its modes (pluck, raw, safeIntegers), since every caller of that SQL shares it:
 * `plucked` gives a separate, plucking statement.
 */
import type Database from 'better-sqlite3-multiple-ciphers';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function cached(db: Database.Database, key: string, make: () => Database.Statement): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(key);
  if (!statement) cache.set(key, (statement = make()));
  return statement;
}

export const prepared = (db: Database.Database, sql: string): Database.Statement => cached(db, sql, () => db.prepare(sql));

export const plucked = (db: Database.Database, sql: string): Database.Statement => cached(db, `pluck:${sql}`, () => db.prepare(sql).pluck());
