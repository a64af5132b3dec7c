/**
 * Moving rows that follow a meeting, committee or council, as plain mechanism: which columns point at
 * a table (read from the schema, so tables added later are followed), repointing them, and taking
 * rows out and putting them back with their references mapped. It knows no table names; each module
 * calls it for its own tables when it follows a correction or the bin (main/pipeline.ts).
 */
import type Database from 'better-sqlite3-multiple-ciphers';

export interface Reference {
  table: string;
  column: string;
}

/** A row as the bin keeps it: its columns and the rowid it had. */
export type Row = Record<string, unknown> & { __rowid: number };
/** Rows by table. */
export type TableRows = Record<string, Row[]>;
/** Old id → new id, by table, for rows that could not get their old id back. Shared by every module restoring one meeting. */
export type Remap = Map<string, Map<number, number>>;

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
 * Points the references to `from` at `to` (in `only` those tables, when given). A row that would then
 * clash with one already pointing at `to` (a unique key) is left where it was and counted: the caller
 * decides what to do with it.
 */
export function repoint(db: Database.Database, target: string, from: number, to: number, only?: readonly string[]): number {
  let clashes = 0;
  for (const ref of referencesTo(db, target)) {
    if (only && !only.includes(ref.table)) continue;
    db.prepare(`UPDATE OR IGNORE "${ref.table}" SET "${ref.column}" = ? WHERE "${ref.column}" = ?`).run(to, from);
    clashes += db.prepare(`SELECT COUNT(*) FROM "${ref.table}" WHERE "${ref.column}" = ?`).pluck().get(from) as number;
  }
  return clashes;
}

/** The tables (of `among`, or all) with rows still pointing at `target` row `id`. */
export function stillPointing(db: Database.Database, target: string, id: number, among?: readonly string[]): string[] {
  const left = new Set<string>();
  for (const ref of referencesTo(db, target)) {
    if (among && !among.includes(ref.table)) continue;
    if (db.prepare(`SELECT 1 FROM "${ref.table}" WHERE "${ref.column}" = ? LIMIT 1`).get(id)) left.add(ref.table);
  }
  return [...left];
}

/** Each part's rows (`where` reads its parameters from `params`), with their rowids. Reads only. */
export function takeRows(db: Database.Database, parts: ReadonlyArray<{ table: string; where: string }>, params: Record<string, unknown>): TableRows {
  const rows: TableRows = {};
  for (const part of parts) rows[part.table] = db.prepare(`SELECT rowid AS __rowid, * FROM "${part.table}" WHERE ${part.where}`).all(params) as Row[];
  return rows;
}

/** Deletes the rows taken from `tables`, children first (the reverse of the order given). */
export function removeRows(db: Database.Database, rows: TableRows, tables: readonly string[]): void {
  for (const table of [...tables].reverse()) {
    const ids = (rows[table] ?? []).map((r) => r.__rowid);
    if (ids.length > 0) db.prepare(`DELETE FROM "${table}" WHERE rowid IN (SELECT value FROM json_each(?))`).run(JSON.stringify(ids));
  }
}

export function hasIdKey(db: Database.Database, table: string): boolean {
  const pk = db.prepare('SELECT name, type FROM pragma_table_info(?) WHERE pk > 0').all(table) as Array<{ name: string; type: string }>;
  return pk.length === 1 && pk[0]?.name === 'id' && pk[0].type.toUpperCase() === 'INTEGER';
}

export function remapOf(remap: Remap, table: string): Map<number, number> {
  return remap.get(table) ?? remap.set(table, new Map()).get(table)!;
}

export interface PutBackOptions {
  /** A clash with a row made since means "already back another way": skip the row rather than fail. */
  skipOnClash?: boolean;
  /** Last changes to a row before it goes in (its original as taken). */
  adjust?: (row: Record<string, unknown>, original: Row) => void;
}

/**
 * Inserts taken rows back with the ids they had (a new id where the old one has since been taken,
 * recorded in `remap`); references are mapped through `remap`, and set to NULL where what they
 * pointed at is gone.
 */
export function putRowsBack(db: Database.Database, table: string, rows: readonly Row[], remap: Remap, options: PutBackOptions = {}): void {
  if (rows.length === 0) return;
  const cols = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
  const fks = db.prepare('SELECT "table" AS target, "from" AS column FROM pragma_foreign_key_list(?)').all(table) as Array<{ target: string; column: string }>;
  const idKey = hasIdKey(db, table);
  const exists = (t: string, id: number) => db.prepare(`SELECT 1 FROM "${t}" WHERE id = ?`).get(id) !== undefined;
  for (const original of rows) {
    const row: Record<string, unknown> = {};
    for (const c of cols) row[c] = original[c] ?? null;
    for (const fk of fks) {
      const value = row[fk.column];
      if (typeof value !== 'number') continue;
      const mapped = remap.get(fk.target)?.get(value);
      if (mapped !== undefined) row[fk.column] = mapped;
      else if (!exists(fk.target, value)) row[fk.column] = null;
    }
    options.adjust?.(row, original);
    const oldId = original.id as number | undefined;
    if (idKey && oldId !== undefined && exists(table, oldId)) delete row.id;
    const names = Object.keys(row);
    try {
      const result = db.prepare(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(row);
      if (idKey && oldId !== undefined) remapOf(remap, table).set(oldId, Number(result.lastInsertRowid));
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (options.skipOnClash && /CONSTRAINT_(UNIQUE|PRIMARYKEY)/.test(code)) continue;
      throw error;
    }
  }
}

/** Puts back every table of `parts` in order (parents first), skipping clashes in the tables named. */
export function putPartsBack(db: Database.Database, parts: ReadonlyArray<{ table: string }>, rows: TableRows, remap: Remap, skipOnClash: ReadonlySet<string>): void {
  for (const part of parts) putRowsBack(db, part.table, rows[part.table] ?? [], remap, { skipOnClash: skipOnClash.has(part.table) });
}

/** A row outside what was taken that pointed into it (its column set to NULL by the delete): put back on restore. */
export interface Link {
  table: string;
  column: string;
  rowid: number;
  target: string;
  value: number;
}

/** Rows outside `rows` that point into them (another meeting's action aimed at this one, evidence citing its item…). */
export function outsideLinks(db: Database.Database, rows: TableRows): Link[] {
  const links: Link[] = [];
  for (const [target, taken] of Object.entries(rows)) {
    const ids = taken.map((r) => r.__rowid);
    if (ids.length === 0 || !hasIdKey(db, target)) continue;
    for (const ref of referencesTo(db, target)) {
      const inside = new Set((rows[ref.table] ?? []).map((r) => r.__rowid));
      const outside = db
        .prepare(`SELECT rowid AS __rowid, "${ref.column}" AS value FROM "${ref.table}" WHERE "${ref.column}" IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(ids)) as Array<{ __rowid: number; value: number }>;
      for (const o of outside) if (!inside.has(o.__rowid)) links.push({ table: ref.table, column: ref.column, rowid: o.__rowid, target, value: o.value });
    }
  }
  return links;
}

/** Points the links in `tables` back at what they pointed at (its new id, if it got one), where they are still NULL. */
export function relink(db: Database.Database, links: readonly Link[], remap: Remap, tables: readonly string[]): void {
  for (const link of links) {
    if (!tables.includes(link.table)) continue;
    const value = remap.get(link.target)?.get(link.value) ?? link.value;
    db.prepare(`UPDATE "${link.table}" SET "${link.column}" = ? WHERE rowid = ? AND "${link.column}" IS NULL`).run(value, link.rowid);
  }
}
