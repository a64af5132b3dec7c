/**
 * Every column that points at a row of a table, read from the schema itself (PRAGMA
 * foreign_key_list), so moving a meeting's or a committee's dependants follows tables added later.
 */
import type Database from 'better-sqlite3-multiple-ciphers';

export interface Reference {
  table: string;
  column: string;
}

export function referencesTo(db: Database.Database, target: string): Reference[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
    .pluck()
    .all() as string[];
  const refs: Reference[] = [];
  for (const table of tables) {
    const fks = db.prepare(`SELECT "table" AS target, "from" AS column FROM pragma_foreign_key_list(?)`).all(table) as Array<{ target: string; column: string }>;
    for (const fk of fks) if (fk.target === target) refs.push({ table, column: fk.column });
  }
  return refs;
}

/**
 * Points every reference to `from` at `to`. A row that would then clash with one already pointing
 * at `to` (a unique key) is left where it was and counted: the caller decides what to do with it.
 */
export function repoint(db: Database.Database, target: string, from: number, to: number, skip: readonly string[] = []): number {
  let clashes = 0;
  for (const ref of referencesTo(db, target)) {
    if (skip.includes(ref.table)) continue;
    db.prepare(`UPDATE OR IGNORE "${ref.table}" SET "${ref.column}" = ? WHERE "${ref.column}" = ?`).run(to, from);
    clashes += db.prepare(`SELECT COUNT(*) FROM "${ref.table}" WHERE "${ref.column}" = ?`).pluck().get(from) as number;
  }
  return clashes;
}
