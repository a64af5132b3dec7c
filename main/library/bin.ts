/**
 * The bin: a deleted meeting is kept whole for 30 days and can be restored.
 *
 * Deleting takes every row the meeting held, as JSON, and the links other rows had to them; then
 * removes them in one transaction. The library takes its own (the meeting, items, decisions,
 * attendance, declarations, its files' records and keys); every module that holds rows for a meeting
 * (papers, the member's notes, declarations made, actions, sync links) takes and removes its own
 * through the post-write pipeline ('meeting-binning', 'meeting-binned': main/library/meeting-moves.ts).
 * Restoring puts the library's rows back with the ids they had (new ids only where an id has since
 * been taken, with every reference mapped) and re-creates the committee and council if they went;
 * then each module puts its rows back ('meeting-restored'). The stored files stay while the bin names
 * them (`bin_files`).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { BinEntry } from '../../shared/types/library';
import { publish } from '../pipeline';
import { outsideLinks, putRowsBack, relink, remapOf, removeRows, takeRows, type Link, type Remap, type TableRows } from '../store/row-moves';
import { dropIfEmpty } from './corrections';
import { CorrectionError } from './errors';
import { committeeIn, councilFor, describeMeeting } from './identity';
import { NotFoundError } from '../errors';

export const BIN_DAYS = 30;

const ITEMS = 'SELECT id FROM items WHERE meeting_id = @m';

/** What of the library a meeting holds, parents first (the order rows are restored in; deleted in reverse). */
const PARTS: ReadonlyArray<{ table: string; where: string }> = [
  { table: 'meetings', where: 'id = @m' },
  { table: 'items', where: 'meeting_id = @m' },
  { table: 'item_documents', where: `item_id IN (${ITEMS})` },
  { table: 'attendance', where: 'meeting_id = @m' },
  { table: 'declarations', where: 'meeting_id = @m' },
  { table: 'decisions', where: 'meeting_id = @m' },
  { table: 'imports', where: 'meeting_id = @m' },
  { table: 'meeting_keys', where: 'meeting_id = @m' },
];
const TABLES = PARTS.map((p) => p.table);

/** Rows whose clash with a row made since means "already back another way": skipped, not an error. */
const SKIP_ON_CLASH = new Set(['imports', 'meeting_keys']);

interface Snapshot {
  council: { name: string | null; domain: string | null };
  committee: { id: number; name: string };
  /** Every module's rows, by table. */
  rows: TableRows;
  /** Rows outside the meeting that pointed into it (set to NULL by the delete): put back on restore. */
  links: Link[];
}

const now = () => new Date();

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
    const rows: TableRows = takeRows(db, PARTS, { m: meetingId });
    for (const theirs of publish(db, 'meeting-binning', { meetingId }).values()) Object.assign(rows, theirs as TableRows);
    const links = outsideLinks(db, rows);
    // Children first: the modules' rows point at the library's.
    publish(db, 'meeting-binned', { meetingId, rows }, 'childrenFirst');
    removeRows(db, rows, TABLES);
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
    const entry = db.prepare('SELECT id, rows, deleted_at AS deletedAt FROM meeting_bin WHERE meeting_id = ? ORDER BY deleted_at DESC, id DESC LIMIT 1').get(meetingId) as
      | { id: number; rows: string; deletedAt: string }
      | undefined;
    if (!entry) throw new NotFoundError('That meeting is not in the bin (meetings stay there for 30 days).');
    const snapshot = JSON.parse(entry.rows) as Snapshot;
    const remap: Remap = new Map();

    // Its committee (and council) may have gone with it, and its id since been given to a new one: found or made again by name.
    if (!db.prepare('SELECT 1 FROM committees WHERE id = ? AND created_at <= ?').get(snapshot.committee.id, entry.deletedAt)) {
      const councilId = councilFor(db, snapshot.council.name, snapshot.council.domain);
      remapOf(remap, 'committees').set(snapshot.committee.id, committeeIn(db, councilId, snapshot.committee.name));
    }
    try {
      putRowsBack(db, 'meetings', snapshot.rows.meetings ?? [], remap, {
        adjust: (row, original) => {
          const clash = db.prepare('SELECT 1 FROM meetings WHERE committee_id = ? AND identity_key = ?').get(row.committee_id, row.identity_key);
          if (clash) {
            row.identity_key = `x:restored:${original.id as number}`;
            row.needs_check = 'same-details';
          }
        },
      });
    } catch (error) {
      throw new CorrectionError(`The meeting could not be restored: ${(error as Error).message}`);
    }
    for (const table of TABLES.slice(1)) putRowsBack(db, table, snapshot.rows[table] ?? [], remap, { skipOnClash: SKIP_ON_CLASH.has(table) });
    relink(db, snapshot.links, remap, TABLES);
    publish(db, 'meeting-restored', { meetingId, rows: snapshot.rows, remap, links: snapshot.links });
    db.prepare('DELETE FROM meeting_bin WHERE id = ?').run(entry.id);
    return remap.get('meetings')?.get(meetingId) ?? meetingId;
  })();
}
