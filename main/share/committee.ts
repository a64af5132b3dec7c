/**
 * A committee's shared action log: one CouchDB database per committee, which the committee reads
 * (so NOT end-to-end encrypted), written by the chair and the named officers. Who may do what is
 * the server's to decide: `_security` names the readers (members), the chair and the officers, and
 * the `validate_doc_update` design document (committee-design.ts) refuses any other write.
 *
 * One run for a committee:
 *
 *  1. push: each entry with committee outbox rows (written by the triggers of migration 0014 in the
 *     same transaction as the edit) is read from SQLite, merged per field with the server's current
 *     revision (merge.ts: the later edit by HLC; log notes are a set) and written with that
 *     revision (CouchDB's MVCC: a 409 means someone wrote in between, so fetch, merge, write again).
 *     A refusal (403 from validate_doc_update, 401) is recorded with what was tried and the
 *     server's reason, and the entry here is set back to the committee's copy: reported, never
 *     silently dropped, never offered again. Entries from exempt items are held back unless the
 *     member has chosen to send them (per entry, or for a run).
 *  2. pull: the server's changes feed since the last sequence applied, each document with its
 *     conflicting revisions merged per field, applied to SQLite in one transaction per batch with
 *     the sequence.
 *
 * Writes go to the server directly rather than through a local replica: a write the server refuses
 * must be answered for that edit, and a replica would keep the refused revision and offer it again.
 * While offline, edits wait in the outbox and the library (SQLite) is the copy the app reads.
 */
import crypto from 'node:crypto';
import type { Store } from '../store/database';
import type { ShareDatabaseView, ShareRefusalView, ShareRunReportView } from '../../shared/types/share';
import { type CommitteeRole, type CommitteeSecurity, COMMITTEE_DESIGN_ID, COMMITTEE_DESIGN_VERSION, ENTRY_TYPE, roleOf } from './committee-design';
import { type DbRow as ShareDbRow, ShareError, checkServerUrl } from './engine';
import { type ActionDoc, canonical, clockOf, maxClock, mergeAll } from './merge';
import { type Pouch, type StoredDoc, remoteDatabase } from './pouch';
import { applyDoc, deviceClock, findRow, naturalKey, observeClock, readAction } from './records';
import {
  actionForSharing,
  actionLogForSharing,
  committeeEntryIds,
  entryExists,
  entryInfo,
  exemptEntriesOf,
  isFromExemptItem,
  manualEntryIds,
  revertToMinutes,
  withdrawSharedEntry,
} from '../actions/sharing';
import { committeeName } from '../library/sharing';
import { type Sealer, ShareVault, storeKeySealer } from './vault';
import { ENTRY_FIELDS, keptReason, mayChange, withinRole } from './committee-roles';

const BATCH = 200;
const nowIso = () => new Date().toISOString();

export const committeeDbKey = (committeeId: number) => `committee:${committeeId}`;

/** The default name of a committee's database on the server (the administrator may choose another: --db). */
export function committeeDbName(committeeName: string): string {
  const slug = committeeName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `scrutineer-committee-${slug || 'committee'}`;
}

/** What the server holds for an entry: the travelling record (merge.ts) in the clear, and who wrote it. */
export interface CommitteeEntryDoc extends ActionDoc {
  _id: string;
  _rev?: string;
  type: typeof ENTRY_TYPE;
  /** The user who wrote this revision (the design document checks it is the writer). */
  by: string;
  at: string;
  /** From an exempt (confidential) item, sent because the member chose to. */
  exempt: boolean;
  /** For people reading the database: where the entry comes from. Written once, by the chair. */
  info: { council: string | null; committee: string; meeting: string | null; what: string };
}

/** A change the committee's server refused: the view the API shows. */
export type CommitteeRefusal = ShareRefusalView;

export interface HeldBackEntry {
  entryId: number;
  what: string;
  meetingDate: string | null;
  chosen: boolean;
  waiting: boolean;
}

/** A committee's database: the share_databases row (engine.ts) with its committee here and this user's role. */
interface DbRow extends ShareDbRow {
  committee_id: number;
  role: CommitteeRole;
}

function describe(error: unknown): string {
  const e = error as { status?: number; message?: string; reason?: string; code?: string };
  if (e?.status === 401) return 'The server refused the user name or password.';
  if (e?.status === 403) return e.reason || e.message || 'The server refused: this user may not use that database.';
  if (e?.status === 404) return 'The committee database was not found on the server.';
  if (e?.code === 'ECONNREFUSED' || /ECONNREFUSED|ECONNRESET|socket hang up|Failed to fetch|fetch failed|network/i.test(String(e?.message ?? e?.reason))) {
    return 'Could not reach the sharing server (offline, or the server is down); your changes wait here and go with the next run.';
  }
  return e?.reason || e?.message || String(error);
}

const status = (e: unknown) => (e as { status?: number })?.status;

/** The travelling record inside a stored document (what merges and applies). */
function core(doc: StoredDoc | ActionDoc): ActionDoc {
  const d = doc as unknown as ActionDoc;
  return { t: 'action', natural: d.natural, meeting: d.meeting ?? null, createdAt: d.createdAt, status: d.status, owner: d.owner ?? null, due: d.due ?? null, what: d.what ?? null, kind: d.kind ?? null, log: d.log ?? {}, evidence: {} };
}

export interface CommitteeRunOptions {
  /** This run's explicit choice: send the entries from exempt items that are waiting (recorded per entry). */
  includeExempt?: boolean;
}

export class CommitteeShare {
  private readonly vault: ShareVault;
  private readonly env: NodeJS.ProcessEnv;

  constructor(
    private readonly store: Store,
    options: { sealer?: Sealer; env?: NodeJS.ProcessEnv } = {},
  ) {
    this.vault = new ShareVault(store.dataDir, options.sealer ?? storeKeySealer(store.key));
    this.env = options.env ?? process.env;
  }

  private get db() {
    return this.store.db;
  }

  private row(committeeId: number): DbRow | undefined {
    return this.db
      .prepare('SELECT d.*, c.committee_id, c.role FROM share_databases d JOIN share_committees c ON c.name = d.name WHERE c.committee_id = ?')
      .get(committeeId) as DbRow | undefined;
  }

  private rows(): DbRow[] {
    return this.db.prepare('SELECT d.*, c.committee_id, c.role FROM share_databases d JOIN share_committees c ON c.name = d.name ORDER BY c.committee_id').all() as DbRow[];
  }

  committees(): number[] {
    return this.rows().map((r) => r.committee_id);
  }

  private password(name: string, given?: string): string {
    const password = given || this.env.SCRUTINEER_SHARE_PASSWORD || this.vault.read().passwords[name];
    if (!password) throw new ShareError('Give the password for the sharing server (or set SCRUTINEER_SHARE_PASSWORD).');
    return password;
  }

  /** The server's _security and this user's roles: the role the design document will give them. */
  private async role(serverUrl: string, dbName: string, user: string, password: string): Promise<CommitteeRole> {
    const auth = { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
    const get = async (path: string): Promise<unknown> => {
      const res = await fetch(`${serverUrl}/${path}`, { headers: { ...auth, accept: 'application/json' } });
      if (!res.ok) throw Object.assign(new Error(`${res.status}`), { status: res.status });
      return res.json();
    };
    const session = (await get('_session')) as { userCtx?: { name: string | null; roles: string[] } };
    const security = (await get(`${encodeURIComponent(dbName)}/_security`)) as CommitteeSecurity;
    return roleOf(security, { name: session.userCtx?.name ?? user, roles: session.userCtx?.roles ?? [] });
  }

  /**
   * Connects a committee of this library to its database on the server: checks the password and
   * that the server enforces the rules (the design document is there), reads this user's role,
   * keeps the password sealed. The chair's device then offers the committee's whole log.
   */
  async connect(input: { url: string; user: string; password?: string; committeeId: number; dbName?: string }): Promise<ShareDatabaseView> {
    const serverUrl = checkServerUrl(input.url);
    const user = input.user.trim();
    if (!user) throw new ShareError('Give the user name on the sharing server.');
    const committeeNamed = committeeName(this.db, input.committeeId);
    const committee = committeeNamed === null ? undefined : { name: committeeNamed };
    if (!committee) throw new ShareError('That committee is not in the library.');
    const name = committeeDbKey(input.committeeId);
    const password = this.password(name, input.password);
    const dbName = input.dbName?.trim() || committeeDbName(committee.name);
    const remote = remoteDatabase(`${serverUrl}/${encodeURIComponent(dbName)}`, { username: user, password });
    let role: CommitteeRole;
    try {
      await remote.info();
      let design: StoredDoc | null = null;
      try {
        design = await remote.get(COMMITTEE_DESIGN_ID);
      } catch (error) {
        if (status(error) !== 404) throw error;
      }
      if (!design || Number(design.scrutineer) < COMMITTEE_DESIGN_VERSION) {
        throw new ShareError(
          `The committee database ${dbName} does not enforce who may change the log (its design document ${COMMITTEE_DESIGN_ID} is missing or out of date): ask the server's administrator to install it (share committee design prints it).`,
        );
      }
      role = await this.role(serverUrl, dbName, user, password);
    } catch (error) {
      throw error instanceof ShareError ? error : new ShareError(describe(error));
    } finally {
      await remote.close().catch(() => undefined);
    }
    const secrets = this.vault.read();
    this.vault.write({ ...secrets, passwords: { ...secrets.passwords, [name]: password } });
    const db = this.db;
    db.transaction(() => {
      const stamp = nowIso();
      db.prepare('INSERT OR IGNORE INTO share_device (id, device_id, created_at) VALUES (1, ?, ?)').run(crypto.randomBytes(8).toString('hex'), stamp);
      db.prepare(
        `INSERT INTO share_databases (name, server_url, db_name, user_name, connected_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET server_url = excluded.server_url, db_name = excluded.db_name, user_name = excluded.user_name, last_error = NULL`,
      ).run(name, serverUrl, dbName, user, stamp);
      db.prepare(
        `INSERT INTO share_committees (name, committee_id, role, checked_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET role = excluded.role, checked_at = excluded.checked_at`,
      ).run(name, input.committeeId, role, stamp);
      if (role === 'chair') {
        const hlc = deviceClock(db).tick();
        const queue = db.prepare('INSERT INTO share_committee_outbox (committee_id, entry_id, hlc, created_at) VALUES (?, ?, ?, ?)');
        for (const entryId of committeeEntryIds(db, input.committeeId)) queue.run(input.committeeId, entryId, hlc, stamp);
      }
    })();
    return this.status().find((s) => s.name === name) as ShareDatabaseView;
  }

  /** Stops sharing a committee's log on this device. Nothing in the library changes. */
  disconnect(committeeId: number): void {
    const name = committeeDbKey(committeeId);
    const db = this.db;
    db.transaction(() => {
      db.prepare('DELETE FROM share_committee_outbox WHERE committee_id = ?').run(committeeId);
      db.prepare('DELETE FROM share_docs WHERE db = ?').run(name);
      db.prepare('DELETE FROM share_refused_rows WHERE db = ?').run(name);
      db.prepare('DELETE FROM share_committee_withdrawn WHERE db = ?').run(name);
      db.prepare('DELETE FROM share_committees WHERE name = ?').run(name);
      db.prepare('DELETE FROM share_databases WHERE name = ?').run(name);
    })();
    try {
      const secrets = this.vault.read();
      if (secrets.passwords[name]) {
        delete secrets.passwords[name];
        this.vault.write(secrets);
      }
    } catch {
      // A vault that cannot be read holds nothing to remove.
    }
  }

  disconnectAll(): void {
    for (const id of this.committees()) this.disconnect(id);
  }

  status(): ShareDatabaseView[] {
    const count = (sql: string, ...params: unknown[]) => this.db.prepare(sql).pluck().get(...params) as number;
    return this.rows().map((r) => ({
      name: r.name,
      serverUrl: r.server_url,
      dbName: r.db_name,
      user: r.user_name,
      connectedAt: r.connected_at,
      lastSyncedAt: r.last_synced_at,
      lastAttemptAt: r.last_attempt_at,
      lastError: r.last_error,
      lastSummary: r.last_summary,
      waiting: count('SELECT COUNT(DISTINCT entry_id) FROM share_committee_outbox WHERE committee_id = ?', r.committee_id),
      notHere: count('SELECT COUNT(*) FROM share_docs WHERE db = ? AND pending IS NOT NULL', r.name),
      conflicts: 0,
      committeeId: r.committee_id,
      role: r.role,
      heldBack: this.heldBack(r.committee_id).filter((h) => h.waiting && !h.chosen).length,
      refused: count('SELECT COUNT(*) FROM share_refusals WHERE db = ?', r.name),
      localOnly: this.localOnly(r).length,
      keptBack: this.keptBack(r).length,
      ...(r.role !== 'chair' ? { keptReason: keptReason(r.role) } : {}),
      withdrawn: count('SELECT COUNT(*) FROM share_committee_withdrawn WHERE db = ?', r.name),
    }));
  }

  /**
   * Entries added by hand on this device that only the chair could add to the committee's log: they
   * stay on this device (not offered to the server, which would refuse them).
   */
  private localOnly(row: DbRow): number[] {
    if (row.role === 'chair') return [];
    const known = this.db.prepare("SELECT 1 FROM share_docs WHERE db = ? AND kind = 'action' AND row_id = ?");
    return manualEntryIds(this.db, row.committee_id).filter((id) => !known.get(row.name, id));
  }

  /** Entries of the committee from exempt items: never sent unless chosen. */
  heldBack(committeeId: number): HeldBackEntry[] {
    const chosen = this.db.prepare('SELECT 1 FROM share_committee_exempt_choices WHERE entry_id = ?');
    const waiting = this.db.prepare('SELECT 1 FROM share_committee_outbox WHERE entry_id = ?');
    return exemptEntriesOf(this.db, committeeId).map((r) => ({ ...r, chosen: Boolean(chosen.get(r.entryId)), waiting: Boolean(waiting.get(r.entryId)) }));
  }

  /** The member's explicit choice for one entry from an exempt item: send it to the committee, or not. */
  chooseExempt(entryId: number, send: boolean): void {
    if (!entryExists(this.db, entryId)) throw new ShareError('That action is not in the tracker.');
    if (send) this.db.prepare('INSERT OR IGNORE INTO share_committee_exempt_choices (entry_id, chosen_at) VALUES (?, ?)').run(entryId, nowIso());
    else this.db.prepare('DELETE FROM share_committee_exempt_choices WHERE entry_id = ?').run(entryId);
  }

  refusals(): CommitteeRefusal[] {
    const rows = this.db.prepare('SELECT * FROM share_refusals ORDER BY id').all() as Array<{
      id: number;
      db: string;
      entry_id: number | null;
      what: string;
      attempted: string;
      reason: string;
      refused_at: string;
    }>;
    return rows.map((r) => ({ id: r.id, database: r.db, entryId: r.entry_id, what: r.what, attempted: JSON.parse(r.attempted) as Record<string, unknown>, reason: r.reason, refusedAt: r.refused_at }));
  }

  dismissRefusal(id: number): void {
    this.db.prepare('DELETE FROM share_refusals WHERE id = ?').run(id);
  }

  private isExempt(entryId: number): boolean {
    return isFromExemptItem(this.db, entryId);
  }

  private info(entryId: number): CommitteeEntryDoc['info'] {
    return entryInfo(this.db, entryId) as CommitteeEntryDoc['info'];
  }

  /** The server's document with its conflicting revisions merged per field; null when there is none. */
  private async current(remote: Pouch, docId: string): Promise<{ stored: StoredDoc; merged: ActionDoc } | null> {
    let stored: StoredDoc;
    try {
      stored = await remote.get(docId, { conflicts: true });
    } catch (error) {
      if (status(error) === 404) return null;
      throw error;
    }
    const leaves = [core(stored)];
    for (const rev of stored._conflicts ?? []) leaves.push(core(await remote.get(docId, { rev })));
    return { stored, merged: mergeAll(leaves) as ActionDoc };
  }

  /** An entry's fields as this device has them, in the shape of the travelling record's values. */
  private localValues(rowId: number): Record<(typeof ENTRY_FIELDS)[number], unknown> | null {
    const r = actionForSharing(this.db, rowId);
    return r ? { status: r.status, owner: r.owner, due: r.due_text, what: r.what, kind: { kind: r.kind, notAction: r.not_action === 1 } } : null;
  }

  /**
   * The committee's copy to apply here, keeping this device's own edits its role could not send:
   * a field stays as it is here while the committee's copy of that field has not changed since this
   * device last had it (a later change by the chair or an officer replaces it).
   */
  private keepingLocal(docId: string, doc: ActionDoc, rowId: number, role: CommitteeRole): ActionDoc {
    const cachedText = this.db.prepare('SELECT doc FROM share_docs WHERE doc_id = ?').pluck().get(docId) as string | undefined;
    const local = this.localValues(rowId);
    if (!cachedText || !local) return doc;
    const cached = JSON.parse(cachedText) as ActionDoc;
    const out = { ...doc } as unknown as Record<string, unknown>;
    for (const field of ENTRY_FIELDS) {
      const incoming = doc[field];
      if (mayChange(role, field) || !incoming || cached[field]?.c !== incoming.c || canonical(local[field]) === canonical(incoming.v)) continue;
      out[field] = { ...incoming, v: local[field] };
    }
    return out as unknown as ActionDoc;
  }

  /**
   * Entries with edits made here that this user's role cannot make on the committee's log: kept on
   * this device (never offered; the server would refuse them). Found by comparing each entry with
   * the committee's copy this device last had.
   */
  private keptBack(row: DbRow): Array<{ entryId: number; fields: string[] }> {
    if (row.role === 'chair') return [];
    const db = this.db;
    const docs = db
      .prepare(
        `SELECT s.row_id AS rowId, s.doc FROM share_docs s WHERE s.db = ? AND s.kind = 'action' AND s.row_id IS NOT NULL AND s.pending IS NULL
           AND NOT EXISTS (SELECT 1 FROM share_committee_withdrawn w WHERE w.db = s.db AND w.doc_id = s.doc_id)`,
      )
      .all(row.name) as Array<{ rowId: number; doc: string }>;
    const gidOf = db.prepare("SELECT gid FROM share_rows WHERE kind = 'action_update' AND local_id = ?").pluck();
    const refusedNote = db.prepare('SELECT 1 FROM share_refused_rows WHERE db = ? AND gid = ?');
    const kept: Array<{ entryId: number; fields: string[] }> = [];
    for (const d of docs) {
      const committee = JSON.parse(d.doc) as ActionDoc;
      const local = this.localValues(d.rowId);
      if (!local) continue;
      const set = new Set(JSON.parse(actionForSharing(db, d.rowId)?.member_fields ?? '[]') as string[]);
      // A field the committee's copy leaves to the minutes is this device's own edit once the member set it here.
      const fields: string[] = ENTRY_FIELDS.filter(
        (f) => !mayChange(row.role, f) && (committee[f] ? canonical(local[f]) !== canonical(committee[f]?.v) : set.has(f)),
      );
      if (!mayChange(row.role, 'log')) {
        const notes = actionLogForSharing(db, d.rowId).filter((u) => {
          if (/^Marked .* in the minutes/.test(u.note)) return false;
          const gid = gidOf.get(u.id) as string | undefined;
          return !gid || (!committee.log[gid] && !refusedNote.get(row.name, gid));
        });
        if (notes.length) fields.push('log');
      }
      if (fields.length) kept.push({ entryId: d.rowId, fields });
    }
    return kept;
  }

  /** Writes the committee's copy of an entry into SQLite (the apply guard keeps the outbox triggers quiet). */
  private applyHere(name: string, docId: string, doc: ActionDoc, rev: string | null, rowId: number | null, role: CommitteeRole): void {
    const db = this.db;
    db.prepare('INSERT OR IGNORE INTO share_applying (id) VALUES (1)').run();
    try {
      const row = rowId ?? (db.prepare('SELECT row_id FROM share_docs WHERE doc_id = ?').pluck().get(docId) as number | null | undefined) ?? findRow(db, doc);
      observeClock(db, maxClock(doc));
      const result = applyDoc(db, row !== null && role !== 'chair' ? this.keepingLocal(docId, doc, row, role) : doc, row);
      db.prepare(
        `INSERT INTO share_docs (doc_id, db, kind, row_id, rev, doc, pending, updated_at) VALUES (?, ?, 'action', ?, ?, ?, ?, ?)
         ON CONFLICT (doc_id) DO UPDATE SET row_id = excluded.row_id, rev = excluded.rev, doc = excluded.doc, pending = excluded.pending, updated_at = excluded.updated_at`,
      ).run(docId, name, result.rowId, rev, JSON.stringify(doc), result.pending, nowIso());
    } finally {
      db.prepare('DELETE FROM share_applying').run();
    }
  }

  /**
   * A refused correction of a field the committee's copy leaves as the minutes say it (owner, due,
   * text, kind): the field goes back to what the minutes say, and is no longer the member's own, so
   * it is not offered again.
   */
  private backToMinutes(entryId: number, committee: ActionDoc, what: string | null): void {
    const db = this.db;
    const back = (['owner', 'due', 'what', 'kind'] as const).filter((field) => !committee[field]);
    if (back.length === 0) return;
    db.prepare('INSERT OR IGNORE INTO share_applying (id) VALUES (1)').run();
    try {
      revertToMinutes(db, entryId, back, what);
    } finally {
      db.prepare('DELETE FROM share_applying').run();
    }
  }

  /** Step 1: this device's edits to the server, one entry at a time (each answered for). */
  private async push(row: DbRow, remote: Pouch, options: CommitteeRunOptions): Promise<{ sent: number; refused: string[]; heldBack: number; localOnly: number; kept: number }> {
    const db = this.db;
    const clock = deviceClock(db);
    const groups = db
      .prepare('SELECT entry_id AS entryId, MAX(seq) AS seq, MAX(hlc) AS hlc FROM share_committee_outbox WHERE committee_id = ? GROUP BY entry_id ORDER BY MIN(seq)')
      .safeIntegers(true)
      .all(row.committee_id) as Array<{ entryId: bigint; seq: bigint; hlc: bigint }>;
    let sent = 0;
    let heldBack = 0;
    let kept = 0;
    const refused: string[] = [];
    const done = (entryId: number, seq: bigint) => db.prepare('DELETE FROM share_committee_outbox WHERE entry_id = ? AND seq <= ?').run(entryId, seq);
    const localOnly = new Set(this.localOnly(row));
    const withdrawn = db.prepare("SELECT 1 FROM share_committee_withdrawn w JOIN share_docs s ON s.doc_id = w.doc_id WHERE w.db = ? AND s.db = w.db AND s.row_id = ?");
    for (const g of groups) {
      const entryId = Number(g.entryId);
      // Added by hand where only the chair adds, or removed from the log by the chair: stays on this device.
      if (localOnly.has(entryId) || withdrawn.get(row.name, entryId)) {
        done(entryId, g.seq);
        continue;
      }
      const exempt = this.isExempt(entryId);
      if (exempt && !db.prepare('SELECT 1 FROM share_committee_exempt_choices WHERE entry_id = ?').get(entryId)) {
        if (!options.includeExempt) {
          heldBack++;
          continue;
        }
        this.chooseExempt(entryId, true);
      }
      const cachedRow = db.prepare("SELECT doc_id, doc FROM share_docs WHERE db = ? AND kind = 'action' AND row_id = ?").get(row.name, entryId) as
        | { doc_id: string; doc: string }
        | undefined;
      const cached = cachedRow ? (JSON.parse(cachedRow.doc) as ActionDoc) : null;
      const read = readAction(db, entryId, cached, { clock: () => clockOf(g.hlc, clock.deviceId), resolvedAlts: [] }, clock.deviceId);
      if (!read) {
        done(entryId, g.seq);
        continue;
      }
      const refusedRows = new Set(db.prepare('SELECT gid FROM share_refused_rows WHERE db = ?').pluck().all(row.name) as string[]);
      const mine: ActionDoc = { ...read, evidence: {}, log: Object.fromEntries(Object.entries(read.log).filter(([gid]) => !refusedRows.has(gid))) };
      const docId = cachedRow?.doc_id ?? `action-${crypto.createHash('sha256').update(naturalKey(mine)).digest('hex').slice(0, 32)}`;
      // A hand-added entry's random key is fixed from here on (a crash after the write must not make a second entry).
      if (!cachedRow && mine.natural.startsWith('manual:')) {
        db.prepare(
          `INSERT INTO share_docs (doc_id, db, kind, row_id, rev, doc, pending, updated_at) VALUES (?, ?, 'action', ?, NULL, ?, NULL, ?) ON CONFLICT (doc_id) DO NOTHING`,
        ).run(docId, row.name, entryId, JSON.stringify(mine), nowIso());
      }
      for (let attempt = 0; ; attempt++) {
        const server = await this.current(remote, docId);
        // Only the chair adds entries: another role's edit of one not on the log yet waits here until the chair publishes it.
        if (!server && row.role !== 'chair' && !mine.natural.startsWith('manual:')) {
          kept++;
          break;
        }
        const merged = mergeAll([mine, ...(server ? [server.merged] : [])]) as ActionDoc;
        // What this role may not change stays on this device (the server would refuse it).
        const within = server && row.role !== 'chair' ? withinRole(row.role, merged, server.merged) : { doc: merged, kept: [] };
        const sendable = within.doc;
        if (within.kept.length) kept++;
        if (server && canonical(sendable) === canonical(core(server.stored)) && !server.stored._conflicts?.length) {
          // Nothing new for the committee: the server's copy is ours too.
          db.transaction(() => {
            this.applyHere(row.name, docId, sendable, server.stored._rev ?? null, entryId, row.role);
            done(entryId, g.seq);
          })();
          break;
        }
        const doc: CommitteeEntryDoc = {
          ...sendable,
          _id: docId,
          ...(server ? { _rev: server.stored._rev } : {}),
          type: ENTRY_TYPE,
          by: row.user_name,
          at: nowIso(),
          exempt: server ? Boolean(server.stored.exempt) : exempt,
          info: server ? (server.stored.info as CommitteeEntryDoc['info']) : this.info(entryId),
        };
        try {
          const result = await remote.put(doc as unknown as StoredDoc);
          // Conflicting revisions on the server (another server's replication) are settled by this merge.
          const losers = server?.stored._conflicts ?? [];
          if (losers.length) await this.deleteLosers(remote, docId, losers).catch(() => undefined);
          db.transaction(() => {
            this.applyHere(row.name, docId, sendable, result.rev, entryId, row.role);
            done(entryId, g.seq);
          })();
          sent++;
          break;
        } catch (error) {
          const code = status(error);
          if (code === 409 && attempt < 5) continue;
          if (code !== 403 && code !== 401) throw error;
          const reason = describe(error);
          refused.push(reason);
          const before = server?.merged ?? null;
          const attempted: Record<string, unknown> = {};
          for (const field of ['status', 'owner', 'due', 'what', 'kind'] as const) {
            const value = sendable[field]?.v;
            if (canonical(value ?? null) !== canonical(before?.[field]?.v ?? null)) attempted[field] = value ?? null;
          }
          const notes = Object.entries(sendable.log).filter(([gid]) => !before?.log[gid]);
          if (notes.length) attempted.notes = notes.map(([, n]) => n.note || `${n.from ?? ''} → ${n.to ?? ''}`);
          db.transaction(() => {
            db.prepare('INSERT INTO share_refusals (db, entry_id, doc_id, what, attempted, reason, refused_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
              row.name,
              entryId,
              docId,
              this.info(entryId)?.what ?? '',
              JSON.stringify(attempted),
              reason,
              nowIso(),
            );
            const mark = db.prepare('INSERT OR IGNORE INTO share_refused_rows (db, gid) VALUES (?, ?)');
            for (const [gid] of notes) mark.run(row.name, gid);
            // The entry here goes back to the committee's copy (the attempt is kept in share_refusals).
            if (server) {
              this.applyHere(row.name, docId, server.merged, server.stored._rev ?? null, entryId, 'chair');
              this.backToMinutes(entryId, server.merged, (server.stored.info as CommitteeEntryDoc['info'] | undefined)?.what ?? null);
            }
            done(entryId, g.seq);
          })();
          break;
        }
      }
    }
    return { sent, refused, heldBack, localOnly: localOnly.size, kept };
  }

  /** Step 2: the server's changes into SQLite. */
  private async pull(row: DbRow, remote: Pouch): Promise<{ received: number; applied: number; withdrawn: number }> {
    const db = this.db;
    let since = row.applied_seq;
    let received = 0;
    let applied = 0;
    let withdrawn = 0;
    const settled = new Set<string>();
    for (;;) {
      const changes = await remote.changes({ since: /^\d+$/.test(since) ? Number(since) : since, limit: BATCH, include_docs: true, conflicts: true });
      if (changes.results.length === 0) break;
      const planned: Array<{ docId: string; doc: ActionDoc; rev: string; conflicts: string[] }> = [];
      const removed: string[] = [];
      for (const c of changes.results) {
        if (c.deleted && !c.id.startsWith('_design/')) removed.push(c.id);
        if (c.id.startsWith('_design/') || c.deleted || !c.doc || c.doc.type !== ENTRY_TYPE) continue;
        received++;
        const known = db.prepare('SELECT rev FROM share_docs WHERE doc_id = ?').pluck().get(c.id) as string | null | undefined;
        if (known === c.doc._rev && !c.doc._conflicts?.length) continue;
        const leaves = [core(c.doc)];
        for (const rev of c.doc._conflicts ?? []) leaves.push(core(await remote.get(c.id, { rev })));
        planned.push({ docId: c.id, doc: mergeAll(leaves) as ActionDoc, rev: c.doc._rev as string, conflicts: c.doc._conflicts ?? [] });
      }
      const last = String(changes.last_seq);
      db.transaction(() => {
        for (const p of planned) {
          const rowId = (db.prepare('SELECT row_id FROM share_docs WHERE doc_id = ?').pluck().get(p.docId) as number | null | undefined) ?? findRow(db, p.doc);
          // An edit here not yet sent: the next push merges it with this copy.
          if (rowId !== null && db.prepare('SELECT 1 FROM share_committee_outbox WHERE entry_id = ?').get(rowId)) continue;
          this.applyHere(row.name, p.docId, p.doc, p.rev, rowId, row.role);
          applied++;
        }
        for (const docId of removed) {
          if (this.withdraw(row.name, docId)) {
            applied++;
            withdrawn++;
          }
        }
        db.prepare('UPDATE share_databases SET applied_seq = ? WHERE name = ?').run(last, row.name);
      })();
      // Conflicting revisions on the server: a writer settles them with the merge (as the push does).
      // (once a run: what settling writes comes back through this feed)
      for (const p of planned) {
        if (row.role === 'member' || !p.conflicts.length || settled.has(p.docId)) continue;
        settled.add(p.docId);
        await this.settle(row, remote, p.docId, p.doc, p.rev, p.conflicts);
      }
      since = last;
    }
    // Entries whose minutes or committee were not here last time.
    const pending = db.prepare('SELECT doc_id, doc, rev FROM share_docs WHERE db = ? AND pending IS NOT NULL').all(row.name) as Array<{ doc_id: string; doc: string; rev: string | null }>;
    if (pending.length) {
      db.transaction(() => {
        for (const p of pending) this.applyHere(row.name, p.doc_id, JSON.parse(p.doc) as ActionDoc, p.rev, null, row.role);
      })();
    }
    return { received, applied, withdrawn };
  }

  /**
   * An entry the chair removed from the committee's log (deleted on the server): kept here, marked
   * dropped with a note saying so (the minutes here may still give it), and never offered again.
   * Once per document: a second pass over the same change finds it recorded.
   */
  private withdraw(name: string, docId: string): boolean {
    const db = this.db;
    const known = db.prepare('SELECT row_id, doc FROM share_docs WHERE doc_id = ? AND db = ?').get(docId, name) as { row_id: number | null; doc: string } | undefined;
    if (!known || db.prepare('SELECT 1 FROM share_committee_withdrawn WHERE db = ? AND doc_id = ?').get(name, docId)) return false;
    const what = known.row_id !== null ? (entryInfo(db, known.row_id)?.what ?? '') : ((JSON.parse(known.doc) as ActionDoc).what?.v ?? '');
    db.prepare('INSERT OR IGNORE INTO share_applying (id) VALUES (1)').run();
    try {
      if (known.row_id !== null) withdrawSharedEntry(db, known.row_id, 'Removed from the committee’s shared action log by the chair.');
      db.prepare('DELETE FROM share_committee_outbox WHERE entry_id = ?').run(known.row_id ?? -1);
    } finally {
      db.prepare('DELETE FROM share_applying').run();
    }
    db.prepare('INSERT INTO share_committee_withdrawn (db, doc_id, entry_id, what, withdrawn_at) VALUES (?, ?, ?, ?, ?)').run(name, docId, known.row_id, what, nowIso());
    db.prepare('UPDATE share_docs SET pending = NULL WHERE doc_id = ?').run(docId);
    return true;
  }

  /** Losing revisions deleted one request each (a plain PUT is checked against the writer as every other write). */
  private async deleteLosers(remote: Pouch, docId: string, losers: string[]): Promise<void> {
    for (const rev of losers) await remote.put({ _id: docId, _rev: rev, _deleted: true });
  }

  /** Writes the merged document over the server's winning revision and deletes the losing ones. Left for later if refused. */
  private async settle(row: DbRow, remote: Pouch, docId: string, merged: ActionDoc, rev: string, losers: string[]): Promise<void> {
    try {
      const winner = await remote.get(docId);
      if (winner._rev !== rev) return; // changed since: the next run sees it
      await remote.put({ ...winner, ...merged, _id: docId, _rev: rev, by: row.user_name, at: nowIso() } as unknown as StoredDoc);
      await this.deleteLosers(remote, docId, losers);
    } catch {
      // Refused or gone: the devices still agree (each merges the same revisions); a chair's device settles it.
    }
  }

  /** One run for one committee: push, then pull. Never throws for a server or network failure: it is reported. */
  async run(committeeId: number, options: CommitteeRunOptions = {}): Promise<ShareRunReportView> {
    const row = this.row(committeeId);
    const name = committeeDbKey(committeeId);
    if (!row) throw new ShareError('This committee’s action log is not shared on this device: run share committee connect first.');
    const db = this.db;
    db.prepare('UPDATE share_databases SET last_attempt_at = ? WHERE name = ?').run(nowIso(), name);
    let error: string | null = null;
    let pushed = { sent: 0, refused: [] as string[], heldBack: 0, localOnly: 0, kept: 0 };
    let role = row.role;
    let pulled = { received: 0, applied: 0, withdrawn: 0 };
    let remote: Pouch | null = null;
    try {
      const password = this.password(name);
      role = await this.role(row.server_url, row.db_name, row.user_name, password);
      if (role !== row.role) db.prepare('UPDATE share_committees SET role = ?, checked_at = ? WHERE name = ?').run(role, nowIso(), name);
      remote = remoteDatabase(`${row.server_url}/${encodeURIComponent(row.db_name)}`, { username: row.user_name, password });
      pushed = await this.push({ ...row, role }, remote, options);
      pulled = await this.pull({ ...row, role }, remote);
    } catch (e) {
      error = e instanceof ShareError ? e.message : describe(e);
    } finally {
      await remote?.close().catch(() => undefined);
    }
    const refused = pushed.refused.length;
    const notHere = this.db.prepare('SELECT COUNT(*) FROM share_docs WHERE db = ? AND pending IS NOT NULL').pluck().get(name) as number;
    const summary = [
      `${pushed.sent} sent, ${pulled.received} received, ${pulled.applied} applied`,
      ...(pushed.heldBack ? [`${pushed.heldBack} from exempt items held back (not sent unless you choose)`] : []),
      ...(notHere ? [`${notHere} waiting for minutes not on this device`] : []),
      ...(pulled.withdrawn ? [`${pulled.withdrawn} removed from the log by the chair (kept here, marked dropped)`] : []),
      ...(pushed.kept ? [`${pushed.kept} ${pushed.kept === 1 ? 'change' : 'changes'} kept on this device: ${keptReason(role)}`] : []),
      ...(pushed.localOnly ? [`${pushed.localOnly} added by hand ${pushed.localOnly === 1 ? 'stays' : 'stay'} on this device (only the chair adds entries to the committee’s log)`] : []),
    ].join(', ');
    const refusal = refused ? `The server refused ${refused === 1 ? 'a change' : `${refused} changes`}: ${[...new Set(pushed.refused)].join(' ')}` : null;
    const problem = error ?? refusal;
    db.prepare(
      'UPDATE share_databases SET last_error = ?, last_summary = ?, last_synced_at = CASE WHEN ? THEN ? ELSE last_synced_at END, docs_pushed = docs_pushed + ?, docs_pulled = docs_pulled + ? WHERE name = ?',
    ).run(problem, summary, error === null ? 1 : 0, nowIso(), pushed.sent, pulled.received, name);
    return {
      database: name,
      ok: problem === null,
      pushed: pushed.sent,
      pulled: pulled.received,
      applied: pulled.applied,
      notHere,
      conflicts: 0,
      refused,
      heldBack: pushed.heldBack,
      message: problem ? (error ? error : `${refusal} (${summary})`) : summary,
    };
  }
}
