/**
 * The bin: a deleted meeting is kept whole for 30 days and can be restored.
 *
 * Deleting takes every row the meeting held (items, decisions, attendance, declarations, its files'
 * records, papers with their pages, the member's notes and tags, declarations made, actions with
 * their log and evidence, sync links), as JSON, and the links other rows had to them; then removes
 * them in one transaction. Restoring puts them back with the ids they had (new ids only where an id
 * has since been taken, with every reference mapped), re-links the outside rows, and re-creates the
 * committee and council if they went. The stored files stay while the bin names them (`bin_files`).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { BinEntry } from '../../shared/types/library';
import { dropIfEmpty } from './corrections';
import { CorrectionError } from './errors';
import { committeeIn, councilFor, describeMeeting } from './identity';
import { NotFoundError } from '../errors';
import { referencesTo } from './references';

export const BIN_DAYS = 30;

const DOCS = 'SELECT id FROM documents WHERE meeting_id = @m';
const VERSIONS = `SELECT id FROM document_versions WHERE document_id IN (${DOCS})`;
const ITEMS = 'SELECT id FROM items WHERE meeting_id = @m';
const ANNOTATIONS = `SELECT id FROM annotations WHERE meeting_id = @m OR document_id IN (${DOCS})`;
const ENTRIES = 'SELECT id FROM action_entries WHERE meeting_id = @m';

/** What a meeting holds, parents first (the order rows are restored in; deleted in reverse). */
const PARTS: ReadonlyArray<{ table: string; where: string }> = [
  { table: 'meetings', where: 'id = @m' },
  { table: 'items', where: 'meeting_id = @m' },
  { table: 'item_documents', where: `item_id IN (${ITEMS})` },
  { table: 'attendance', where: 'meeting_id = @m' },
  { table: 'declarations', where: 'meeting_id = @m' },
  { table: 'decisions', where: 'meeting_id = @m' },
  { table: 'imports', where: 'meeting_id = @m' },
  { table: 'meeting_keys', where: 'meeting_id = @m' },
  { table: 'documents', where: 'meeting_id = @m' },
  { table: 'document_versions', where: `document_id IN (${DOCS})` },
  { table: 'pages', where: `version_id IN (${VERSIONS})` },
  { table: 'item_pages', where: `item_id IN (${ITEMS}) OR version_id IN (${VERSIONS})` },
  { table: 'reading_positions', where: `document_id IN (${DOCS})` },
  { table: 'annotations', where: 'meeting_id = @m OR document_id IN (' + DOCS + ')' },
  { table: 'annotation_tags', where: `annotation_id IN (${ANNOTATIONS})` },
  { table: 'interest_dismissals', where: 'meeting_id = @m' },
  { table: 'my_declarations', where: 'meeting_id = @m' },
  { table: 'action_entries', where: 'meeting_id = @m' },
  { table: 'action_updates', where: `entry_id IN (${ENTRIES})` },
  { table: 'action_evidence', where: `entry_id IN (${ENTRIES})` },
  { table: 'action_proposals', where: `entry_id IN (${ENTRIES}) OR meeting_id = @m` },
  { table: 'sync_meetings', where: 'meeting_id = @m' },
  { table: 'sync_documents', where: `document_id IN (${DOCS})` },
];

/** Rows whose clash with a row made since the delete means "already back another way": skipped, not an error. */
const SKIP_ON_CLASH = new Set(['imports', 'meeting_keys', 'sync_meetings', 'sync_documents', 'reading_positions', 'interest_dismissals', 'action_proposals', 'annotation_tags', 'item_pages']);

type Row = Record<string, unknown> & { __rowid: number };

interface Snapshot {
  council: { name: string | null; domain: string | null };
  committee: { id: number; name: string };
  rows: Record<string, Row[]>;
  /** Rows outside the meeting that pointed into it (set to NULL by the delete): put back on restore. */
  links: Array<{ table: string; column: string; rowid: number; target: string; value: number }>;
}

const now = () => new Date();

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]);
}

function hasIdKey(db: Database.Database, table: string): boolean {
  const pk = db.prepare('SELECT name, type FROM pragma_table_info(?) WHERE pk > 0').all(table) as Array<{ name: string; type: string }>;
  return pk.length === 1 && pk[0]?.name === 'id' && pk[0].type.toUpperCase() === 'INTEGER';
}

/** Removes bin entries older than 30 days (their files are then swept when nothing else names them). */
export function emptyOldBin(db: Database.Database, at: Date = now()): number {
  const cutoff = new Date(at.getTime() - BIN_DAYS * 24 * 3600 * 1000).toISOString();
  return db.prepare('DELETE FROM meeting_bin WHERE deleted_at < ?').run(cutoff).changes;
}

export function deleteMeeting(db: Database.Database, meetingId: number): BinEntry {
  return db.transaction(() => {
    const meta = db
      .prepare(
        `SELECT c.id AS committeeId, c.name AS committeeName, co.name AS councilName, co.domain
         FROM meetings m JOIN committees c ON c.id = m.committee_id JOIN councils co ON co.id = c.council_id WHERE m.id = ?`,
      )
      .get(meetingId) as { committeeId: number; committeeName: string; councilName: string | null; domain: string | null } | undefined;
    if (!meta) throw new NotFoundError('That meeting is not in the library.');
    const title = describeMeeting(db, meetingId);
    const rows: Record<string, Row[]> = {};
    const taken = new Map<string, Set<number>>();
    for (const part of PARTS) {
      const found = db.prepare(`SELECT rowid AS __rowid, * FROM "${part.table}" WHERE ${part.where}`).all({ m: meetingId }) as Row[];
      rows[part.table] = found;
      taken.set(part.table, new Set(found.map((r) => r.__rowid)));
    }
    // Outside rows that point into what is deleted (another meeting's action aimed at this one, evidence citing its item…).
    const links: Snapshot['links'] = [];
    for (const part of PARTS) {
      const ids = [...(taken.get(part.table) ?? [])];
      if (ids.length === 0 || !hasIdKey(db, part.table)) continue;
      for (const ref of referencesTo(db, part.table)) {
        const inside = taken.get(ref.table) ?? new Set<number>();
        const outside = db
          .prepare(`SELECT rowid AS __rowid, "${ref.column}" AS value FROM "${ref.table}" WHERE "${ref.column}" IN (SELECT value FROM json_each(?))`)
          .all(JSON.stringify(ids)) as Array<{ __rowid: number; value: number }>;
        for (const o of outside) if (!inside.has(o.__rowid)) links.push({ table: ref.table, column: ref.column, rowid: o.__rowid, target: part.table, value: o.value });
      }
    }
    for (const part of [...PARTS].reverse()) {
      const ids = [...(taken.get(part.table) ?? [])];
      if (ids.length > 0) db.prepare(`DELETE FROM "${part.table}" WHERE rowid IN (SELECT value FROM json_each(?))`).run(JSON.stringify(ids));
    }
    const snapshot: Snapshot = {
      council: { name: meta.councilName, domain: meta.domain },
      committee: { id: meta.committeeId, name: meta.committeeName },
      rows,
      links,
    };
    const deletedAt = now().toISOString();
    const binId = Number(
      db.prepare('INSERT INTO meeting_bin (meeting_id, title, deleted_at, rows) VALUES (?, ?, ?, ?)').run(meetingId, title, deletedAt, JSON.stringify(snapshot)).lastInsertRowid,
    );
    const files = new Set<string>();
    for (const table of ['imports', 'document_versions']) for (const r of rows[table] ?? []) if (typeof r.sha256 === 'string') files.add(r.sha256);
    const keep = db.prepare('INSERT OR IGNORE INTO bin_files (bin_id, file_sha256) VALUES (?, ?)');
    for (const sha of files) keep.run(binId, sha);
    dropIfEmpty(db, meta.committeeId);
    emptyOldBin(db);
    return { meetingId, title, deletedAt, restoreUntil: restoreUntil(deletedAt) };
  })();
}

const restoreUntil = (deletedAt: string) => new Date(new Date(deletedAt).getTime() + BIN_DAYS * 24 * 3600 * 1000).toISOString();

export function listBin(db: Database.Database): BinEntry[] {
  emptyOldBin(db);
  const rows = db.prepare('SELECT meeting_id AS meetingId, title, deleted_at AS deletedAt FROM meeting_bin ORDER BY deleted_at DESC, id DESC').all() as Array<{
    meetingId: number;
    title: string;
    deletedAt: string;
  }>;
  return rows.map((r) => ({ ...r, restoreUntil: restoreUntil(r.deletedAt) }));
}

/** Puts a deleted meeting back, with everything it held. Returns the meeting's id (the same one unless it was taken). */
export function restoreMeeting(db: Database.Database, meetingId: number): number {
  return db.transaction(() => {
    emptyOldBin(db);
    const entry = db.prepare('SELECT id, rows FROM meeting_bin WHERE meeting_id = ? ORDER BY deleted_at DESC, id DESC LIMIT 1').get(meetingId) as
      | { id: number; rows: string }
      | undefined;
    if (!entry) throw new NotFoundError('That meeting is not in the bin (meetings stay there for 30 days).');
    const snapshot = JSON.parse(entry.rows) as Snapshot;
    const remap = new Map<string, Map<number, number>>();
    const mapOf = (table: string) => remap.get(table) ?? remap.set(table, new Map()).get(table)!;

    // Its committee (and council) may have gone with it: found or made again by name.
    if (!db.prepare('SELECT 1 FROM committees WHERE id = ?').get(snapshot.committee.id)) {
      const councilId = councilFor(db, snapshot.council.name, snapshot.council.domain);
      mapOf('committees').set(snapshot.committee.id, committeeIn(db, councilId, snapshot.committee.name));
    }
    const exists = (table: string, id: number) => db.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`).get(id) !== undefined;

    for (const part of PARTS) {
      const rows = snapshot.rows[part.table] ?? [];
      if (rows.length === 0) continue;
      const cols = columns(db, part.table);
      const fks = db.prepare('SELECT "table" AS target, "from" AS column FROM pragma_foreign_key_list(?)').all(part.table) as Array<{ target: string; column: string }>;
      const idKey = hasIdKey(db, part.table);
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
        if (part.table === 'meetings') {
          const clash = db.prepare('SELECT 1 FROM meetings WHERE committee_id = ? AND identity_key = ?').get(row.committee_id, row.identity_key);
          if (clash) {
            row.identity_key = `x:restored:${original.id as number}`;
            row.needs_check = 'same-details';
          }
        }
        const oldId = original.id as number | undefined;
        if (idKey && oldId !== undefined && exists(part.table, oldId)) delete row.id;
        const names = Object.keys(row);
        try {
          const result = db
            .prepare(`INSERT INTO "${part.table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`)
            .run(row);
          if (idKey && oldId !== undefined) mapOf(part.table).set(oldId, Number(result.lastInsertRowid));
        } catch (error) {
          const code = (error as { code?: string }).code ?? '';
          if (SKIP_ON_CLASH.has(part.table) && /CONSTRAINT_(UNIQUE|PRIMARYKEY)/.test(code)) continue;
          if (part.table === 'meetings') throw new CorrectionError(`The meeting could not be restored: ${(error as Error).message}`);
          throw error;
        }
      }
    }
    for (const link of snapshot.links) {
      const value = remap.get(link.target)?.get(link.value) ?? link.value;
      db.prepare(`UPDATE "${link.table}" SET "${link.column}" = ? WHERE rowid = ? AND "${link.column}" IS NULL`).run(value, link.rowid);
    }
    db.prepare('DELETE FROM meeting_bin WHERE id = ?').run(entry.id);
    return remap.get('meetings')?.get(meetingId) ?? meetingId;
  })();
}
