/**
 * Sharing a member's work between their devices through a CouchDB-protocol server (Apache CouchDB
 * 3), with a PouchDB replica in the main process. One run:
 *
 *  1. push: every record with outbox entries is read from SQLite, merged with what the local replica
 *     holds for it, and written to the replica encrypted; then, in one SQLite transaction, its
 *     revision is recorded and its outbox entries (those read) removed;
 *  2. replicate: replica → server, server → replica (CouchDB's protocol, PouchDB's checkpoints);
 *  3. apply: the replica's changes since the last sequence applied are merged (conflicting
 *     revisions resolved per field, see merge.ts), written back to the replica when the merge
 *     changed anything, and applied to SQLite in one transaction per batch, with the sequence.
 *     This starts while the download is still going (each batch once it is written); on a first
 *     pull (an empty replica) the documents come from the batches written rather than read back;
 *  4. replicate the resolutions back to the server.
 *
 * A crash between any two steps loses nothing (the outbox entry goes only in the transaction that
 * records the revision holding its edit) and applies nothing twice (applying compares by document
 * id and revision, and writes a row only where it differs from the merged document).
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { ScrutineerError } from '../errors';
import type { Store } from '../store/database';
import type { ShareDatabaseView } from '../../shared/types/share';
import { type Envelope, type KeyInfoDoc, type ShareKeys, decrypt, encrypt, keysFromMaster, newKeyInfo, opaqueId, unlockKeyInfo } from './crypto';
import { type ShareDoc, canonical, clockOf, maxClock, mergeAll } from './merge';
import { type Pouch, type StoredDoc, forReplication, localReplica, remoteDatabase } from './pouch';
import { type Kind, applyDoc, deviceClock, findRow, naturalKey, observeClock, readLocal } from './records';
import { removedRecord } from './member-records';
import { allAnnotationIds, setAnnotationBody } from '../annotations/sharing';
import { memberActionIds } from '../actions/sharing';
import { allDismissalIds, allInterestIds, allMyDeclarationIds, profileRowIds } from '../interests/sharing';
import { correctedDeclarationIds, correctedMeetingIds } from '../library/sharing';
import { allMergeIds, allSplitIds } from './meeting-merges';
import { type Sealer, ShareVault, storeKeySealer } from './vault';
import { plucked, prepared } from '../store/statement-cache';

export const MEMBER_DB = 'member';
export const KEY_DOC_ID = 'scrutineer-key';
const BATCH = 250;
/** Documents applied in one SQLite transaction: each commit waits for the disk, so fewer, larger ones. */
const APPLY_PAGE = 1000;
/** Documents of a first pull kept in memory to apply while the download goes on, at most. */
const KEEP_AT_MOST = 20_000;

/** A refusal or failure the member is shown as it is (the API answers 'invalid-input'). */
export class ShareError extends ScrutineerError {
  constructor(message: string) {
    super('invalid-input', message);
  }
}

export interface ShareProgress {
  database: string;
  phase: 'push' | 'upload' | 'download' | 'apply' | 'done';
  done: number;
}

/** The status of one shared database: the same shape the API returns (shared/types/share.ts). */
export type ShareDatabaseStatus = ShareDatabaseView;

export interface ShareRunReport {
  database: string;
  ok: boolean;
  pushed: number;
  pulled: number;
  applied: number;
  notHere: number;
  conflicts: number;
  message: string;
}

export interface ShareEngineOptions {
  sealer?: Sealer;
  env?: NodeJS.ProcessEnv;
  onProgress?: (progress: ShareProgress) => void;
}

/** https only, as for council sync; plain http only to this machine (tests, a server on this computer). */
export function checkServerUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ShareError(`"${url}" is not a web address.`);
  }
  const local = u.hostname === '127.0.0.1' || u.hostname === '[::1]' || u.hostname === 'localhost';
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local)) throw new ShareError(`Refused ${u.origin}: the sharing server must use https.`);
  if (u.username || u.password) throw new ShareError('Give the user name with --user and the password separately, not in the address.');
  return u.href.replace(/\/+$/, '');
}

export function memberDbName(user: string): string {
  return `scrutineer-member-${user.toLowerCase().replace(/[^a-z0-9_$()+-]/g, '_')}`;
}

/** A row of share_databases: one remote database this library shares with (committee.ts adds its committee and role). */
export interface DbRow {
  name: string;
  server_url: string;
  db_name: string;
  user_name: string;
  applied_seq: string;
  connected_at: string;
  last_synced_at: string | null;
  last_attempt_at: string | null;
  last_error: string | null;
  last_summary: string | null;
}

interface Leaf {
  rev: string;
  doc: ShareDoc;
  /** The document as decrypted (the JSON `doc` was parsed from). */
  json: string;
}

/** What share_docs holds for a document: the revision last written or applied, and the document then. */
interface CachedRow {
  kind: Kind;
  row_id: number | null;
  doc: string;
  rev: string | null;
}

interface Work {
  docId: string;
  kind: Kind | null;
  rowId: number | null;
  /** Outbox entries up to this seq are covered by what is read now. */
  seq: number | null;
  clock: string | null;
  winner?: Record<string, unknown> | null;
  /** Its share_docs row, when already read (null: none). */
  cachedRow?: CachedRow | null;
  /** A record removed on this device (its row is gone): the outbox rows naming the document. */
  removed?: boolean;
}

/** The letter a document id starts with: what it is, and nothing more (ids are keyed hashes). */
const ID_PREFIX: Record<Kind, string> = { annotation: 'a', action: 'c', interest: 'i', declaration: 'd', meeting: 'm', correction: 'r', profile: 'p', dismissal: 'w', merge: 'g', split: 's' };
/** Kinds whose travelling key is random, fixed by the first document (kept in share_docs from then on). */
const randomKey = (doc: ShareDoc) => doc.t === 'interest' || doc.t === 'declaration' || doc.t === 'correction' || (doc.t === 'action' && doc.natural.startsWith('manual:'));

const nowIso = () => new Date().toISOString();
const CACHED_ROW = 'SELECT kind, row_id, doc, rev FROM share_docs WHERE doc_id = ?';

function describe(error: unknown): string {
  const e = error as { status?: number; message?: string; reason?: string; name?: string; code?: string };
  if (e?.status === 401) return 'The server refused the user name or password.';
  if (e?.status === 403) return 'The server refused: this user may not use that database.';
  if (e?.status === 404) return 'The database was not found on the server.';
  if (e?.code === 'ECONNREFUSED' || /ECONNREFUSED|ECONNRESET|socket hang up|Failed to fetch|fetch failed|network/i.test(String(e?.message ?? e?.reason))) {
    return 'Could not reach the sharing server (offline, or the server is down); your changes wait here and go with the next run.';
  }
  return e?.reason || e?.message || String(error);
}

/**
 * What the download writes to the replica, told batch by batch (after each batch is written), for
 * applying while it continues. Into a replica that started empty it also keeps the documents
 * written, in order, so they need not be read back.
 */
class Arrivals {
  finished = false;
  /** The download ended without an error. */
  succeeded = false;
  /** Documents written so far, as pouchdb-replication counts them. */
  written = 0;
  /** Documents in the batches told so far, repeats included. */
  told = 0;
  /** Documents were told and not kept (too many waiting): the documents kept are not all of them. */
  dropped = false;
  private kept: StoredDoc[] | null;
  private waiting: { ready: () => boolean; wake: () => void } | null = null;

  constructor(keepDocuments: boolean) {
    this.kept = keepDocuments ? [] : null;
  }

  arrived(info: { docs_written?: number; docs?: StoredDoc[] }): void {
    this.written = info.docs_written ?? this.written;
    if (info.docs) {
      this.told += info.docs.length;
      this.kept?.push(...info.docs);
      // Applying has fallen far behind (or stopped): the rest is read from the replica after the download.
      if (this.kept && this.kept.length > KEEP_AT_MOST) this.drop();
    }
    this.wakeIfReady();
  }

  finish(succeeded: boolean): void {
    this.finished = true;
    this.succeeded = succeeded;
    this.wakeIfReady();
  }

  drop(): void {
    this.kept = null;
    this.dropped = true;
  }

  /** Up to `max` of the documents kept, taken in the order written. */
  take(max: number): StoredDoc[] {
    return this.kept ? this.kept.splice(0, max) : [];
  }

  /** Resolves once `atLeast` documents have been written, or the download has finished. */
  writtenAtLeast(atLeast: number): Promise<void> {
    return this.until(() => this.written >= atLeast);
  }

  /** Resolves once `atLeast` documents are kept and not yet taken, or the download has finished. */
  keptAtLeast(atLeast: number): Promise<void> {
    return this.until(() => (this.kept?.length ?? 0) >= atLeast);
  }

  private until(ready: () => boolean): Promise<void> {
    if (this.finished || ready()) return Promise.resolve();
    return new Promise((wake) => (this.waiting = { ready, wake }));
  }

  private wakeIfReady(): void {
    if (this.waiting && (this.finished || this.waiting.ready())) {
      this.waiting.wake();
      this.waiting = null;
    }
  }
}

export class ShareEngine {
  private local: Pouch | null = null;
  private keys: ShareKeys | null = null;
  /** Documents this engine has written to the replica (merges, resolutions): whether there is anything to send back. */
  private replicaWrites = 0;
  private readonly vault: ShareVault;
  private readonly env: NodeJS.ProcessEnv;

  constructor(
    private readonly store: Store,
    private readonly options: ShareEngineOptions = {},
  ) {
    this.vault = new ShareVault(store.dataDir, options.sealer ?? storeKeySealer(store.key));
    this.env = options.env ?? process.env;
  }

  private get db() {
    return this.store.db;
  }

  private row(name = MEMBER_DB): DbRow | undefined {
    return prepared(this.db, 'SELECT * FROM share_databases WHERE name = ?').get(name) as DbRow | undefined;
  }

  private replica(): Pouch {
    this.local ??= localReplica(path.join(this.store.dataDir, 'share', MEMBER_DB));
    return this.local;
  }

  private password(name: string): string {
    const fromEnv = this.env.SCRUTINEER_SHARE_PASSWORD;
    if (fromEnv) return fromEnv;
    const stored = this.vault.read().passwords[name];
    if (!stored) throw new ShareError('No password for the sharing server: set SCRUTINEER_SHARE_PASSWORD or connect again.');
    return stored;
  }

  /** The password kept in this device's vault when it connected, if any. */
  storedPassword(name = MEMBER_DB): string | undefined {
    try {
      return this.vault.read().passwords[name];
    } catch {
      return undefined;
    }
  }

  private remote(row: DbRow): Pouch {
    return forReplication(remoteDatabase(`${row.server_url}/${row.db_name}`, { username: row.user_name, password: this.password(row.name) }));
  }

  private shareKeys(): ShareKeys {
    if (this.keys) return this.keys;
    const master = this.vault.read().master;
    if (!master) throw new ShareError('This device has no sharing key: connect again with your passphrase.');
    this.keys = keysFromMaster(Buffer.from(master, 'hex'));
    return this.keys;
  }

  /**
   * Connects this library to the member's database on the server: checks the address and the
   * password, creates the key record on first use (a new salt) or unlocks it with the passphrase,
   * keeps key and password sealed, switches the outbox on and queues every travelling record.
   */
  async connect(input: { url: string; user: string; password: string; passphrase: string; dbName?: string }): Promise<ShareDatabaseStatus> {
    const serverUrl = checkServerUrl(input.url);
    const user = input.user.trim();
    if (!user) throw new ShareError('Give the user name on the sharing server.');
    const dbName = input.dbName ?? memberDbName(user);
    const remote = remoteDatabase(`${serverUrl}/${dbName}`, { username: user, password: input.password });
    let keys: ShareKeys;
    try {
      await remote.info();
      let info: KeyInfoDoc | null = null;
      try {
        info = (await remote.get(KEY_DOC_ID)) as unknown as KeyInfoDoc;
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error;
      }
      if (info) keys = await unlockKeyInfo(info, input.passphrase);
      else {
        const made = await newKeyInfo(input.passphrase);
        await remote.put({ _id: KEY_DOC_ID, ...made.info } as never);
        keys = made.keys;
      }
    } catch (error) {
      throw new ShareError(error instanceof ShareError || (error instanceof Error && /passphrase/.test(error.message)) ? error.message : describe(error));
    } finally {
      await remote.close().catch(() => undefined);
    }
    const secrets = this.vault.read();
    this.vault.write({ master: keys.master.toString('hex'), passwords: { ...secrets.passwords, [MEMBER_DB]: input.password } });
    this.keys = keys;
    const db = this.db;
    db.transaction(() => {
      const stamp = nowIso();
      prepared(db, "INSERT INTO share_device (id, device_id, enabled, created_at) VALUES (1, ?, 1, ?) ON CONFLICT (id) DO UPDATE SET enabled = 1",).run(crypto.randomBytes(8).toString('hex'), stamp);
      prepared(db, `INSERT INTO share_databases (name, server_url, db_name, user_name, connected_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET server_url = excluded.server_url, db_name = excluded.db_name, user_name = excluded.user_name, last_error = NULL`,).run(MEMBER_DB, serverUrl, dbName, user, stamp);
      // Everything that travels, once: records already shared are merged, not duplicated.
      const clock = deviceClock(db);
      const hlc = clock.tick();
      const queue = prepared(db, `INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at) VALUES (?, ?, '["*"]', ?, ?)`);
      // Interests before declarations: a declaration names its interest by the interest's travelling key.
      const travelling: Array<[Kind, number[]]> = [
        ['annotation', allAnnotationIds(db)],
        ['action', memberActionIds(db)],
        ['profile', profileRowIds(db)],
        ['interest', allInterestIds(db)],
        ['dismissal', allDismissalIds(db)],
        ['declaration', allMyDeclarationIds(db)],
        ['meeting', correctedMeetingIds(db)],
        ['correction', correctedDeclarationIds(db)],
        ['merge', allMergeIds(db)],
        ['split', allSplitIds(db)],
      ];
      for (const [kind, ids] of travelling) for (const id of ids) queue.run(kind, id, hlc, stamp);
    })();
    return this.status().find((s) => s.name === MEMBER_DB) as ShareDatabaseStatus;
  }

  /** Stops sharing on this device: the outbox is switched off, the replica and secrets removed. Nothing in the library changes. */
  async disconnect(): Promise<void> {
    const local = this.replica();
    await local.destroy().catch(() => undefined);
    this.local = null;
    this.keys = null;
    // The member's key and password go; a committee's password (committee.ts) stays with its connection.
    let others: Record<string, string>;
    try {
      others = Object.fromEntries(Object.entries(this.vault.read().passwords).filter(([name]) => name !== MEMBER_DB));
    } catch {
      others = {};
    }
    if (Object.keys(others).length) this.vault.write({ passwords: others });
    else this.vault.clear();
    const db = this.db;
    db.transaction(() => {
      prepared(db, 'UPDATE share_device SET enabled = 0').run();
      prepared(db, 'DELETE FROM share_outbox').run();
      prepared(db, 'DELETE FROM share_docs WHERE db = ?').run(MEMBER_DB);
      prepared(db, 'DELETE FROM share_conflicts').run();
      prepared(db, 'DELETE FROM share_databases WHERE name = ?').run(MEMBER_DB);
    })();
  }

  status(): ShareDatabaseStatus[] {
    // The member's own database; committee databases report through committee.ts.
    const rows = prepared(this.db, 'SELECT * FROM share_databases WHERE name = ?').all(MEMBER_DB) as DbRow[];
    const count = (sql: string, ...params: unknown[]) => this.db.prepare(sql).pluck().get(...params) as number;
    return rows.map((r) => ({
      name: r.name,
      serverUrl: r.server_url,
      dbName: r.db_name,
      user: r.user_name,
      connectedAt: r.connected_at,
      lastSyncedAt: r.last_synced_at,
      lastAttemptAt: r.last_attempt_at,
      lastError: r.last_error,
      lastSummary: r.last_summary,
      waiting: count('SELECT COUNT(DISTINCT kind || row_id) FROM share_outbox'),
      notHere: count('SELECT COUNT(*) FROM share_docs WHERE db = ? AND pending IS NOT NULL', r.name),
      conflicts: count('SELECT COUNT(DISTINCT doc_id) FROM share_conflicts'),
    }));
  }

  // -------------------------------------------------------------------------------------------
  // Documents on the replica

  private seal(docId: string, doc: ShareDoc): Envelope {
    return encrypt(this.shareKeys().docKey, JSON.stringify(doc), docId);
  }

  private open(docId: string, stored: Record<string, unknown>, rev: string): Leaf {
    const json = decrypt(this.shareKeys().docKey, stored as unknown as Envelope, docId);
    return { rev, doc: JSON.parse(json) as ShareDoc, json };
  }

  private async leaves(docId: string, winner?: Record<string, unknown> | null): Promise<Leaf[]> {
    const local = this.replica();
    let w = winner;
    if (w === undefined) {
      try {
        w = (await local.get(docId, { conflicts: true })) as Record<string, unknown>;
      } catch (error) {
        if ((error as { status?: number }).status === 404) return [];
        throw error;
      }
    }
    if (!w || w._deleted) return [];
    const leaves: Leaf[] = [this.open(docId, w, w._rev as string)];
    for (const rev of (w._conflicts as string[] | undefined) ?? []) {
      const other = (await local.get(docId, { rev })) as Record<string, unknown>;
      leaves.push(this.open(docId, other, rev));
    }
    return leaves;
  }

  /** Merges and writes a batch of records: replica first, then SQLite in one transaction. */
  private async reconcile(batch: Work[], afterApply?: () => void): Promise<{ written: number; applied: number }> {
    const db = this.db;
    const local = this.replica();
    const clock = deviceClock(db);
    const planned: Array<{ work: Work; merged: ShareDoc; json: string | null; rev: string | null; local: ShareDoc | null; kind: Kind }> = [];
    let written = 0;
    for (const work of batch) {
      const cachedRow = work.cachedRow !== undefined ? work.cachedRow : (prepared(db, CACHED_ROW).get(work.docId) as CachedRow | undefined);
      const cached = cachedRow ? (JSON.parse(cachedRow.doc) as ShareDoc) : null;
      const kind = work.kind ?? cachedRow?.kind ?? null;
      const rowId = work.rowId ?? cachedRow?.row_id ?? null;
      const resolved = cached?.t === 'annotation'
        ? cached.alts
            .filter((a) => a.v !== cached.body.v && !prepared(db, "SELECT 1 FROM share_conflicts WHERE doc_id = ? AND field = 'body' AND clock = ?").get(work.docId, a.c))
            .map((a) => a.c)
        : [];
      let fresh: string | null = null;
      const edits = { clock: () => work.clock ?? (fresh ??= clockOf(clock.tick(), clock.deviceId)), resolvedAlts: resolved };
      // Removed here (by this work, or by an outbox row not pushed yet): the removal is this device's version.
      const removable = cached && (cached.t === 'interest' || cached.t === 'declaration' || cached.t === 'correction' || cached.t === 'dismissal') ? cached : null;
      const removalSeq = removable ? (plucked(db, 'SELECT MAX(seq) FROM share_outbox WHERE doc_id = ?').get(work.docId) as number | null) : null;
      // Made again here after its removal (a warning dismissed, brought back, dismissed again: one document): live again.
      const remade = !work.removed && removalSeq !== null && work.seq !== null && work.seq > removalSeq;
      const removed = work.removed || (removable && removalSeq !== null && !remade);
      let mine =
        removed && removable
          ? removedRecord(removable, edits.clock())
          : kind && rowId !== null
            ? readLocal(db, kind, rowId, cached, edits, clock.deviceId)
            : null;
      if (remade && mine && mine.t !== 'annotation' && mine.t !== 'action') mine = { ...mine, deleted: { v: false, c: edits.clock() } };
      const leaves = await this.leaves(work.docId, work.winner);
      // Only the replica's one revision (a fresh device's pull): nothing to merge, nothing to write back.
      const alone = !mine && leaves.length === 1;
      const merged = alone ? (leaves[0] as Leaf).doc : mergeAll([...(mine ? [mine] : []), ...leaves.map((l) => l.doc)]);
      if (!merged) continue;
      const winner = leaves[0];
      let rev = winner?.rev ?? null;
      if (!alone && (!winner || canonical(merged) !== canonical(winner.doc))) {
        const result = await local.put({ _id: work.docId, ...(rev ? { _rev: rev } : {}), ...this.seal(work.docId, merged) } as never);
        rev = result.rev;
        written++;
      }
      const losers = leaves.slice(1);
      if (losers.length) await local.bulkDocs(losers.map((l) => ({ _id: work.docId, _rev: l.rev, _deleted: true })) as never);
      // The replica's revision as it is: its decrypted text is the document's JSON (not made again).
      planned.push({ work, merged, json: alone ? (leaves[0] as Leaf).json : null, rev, local: mine, kind: merged.t });
    }
    let applied = 0;
    let seenClock = '';
    db.transaction(() => {
      prepared(db, 'INSERT OR IGNORE INTO share_applying (id) VALUES (1)').run();
      try {
        const stamp = nowIso();
        // Read once a transaction (rarely any): documents with text to merge, removals not yet pushed.
        const withConflicts = new Set(plucked(db, 'SELECT DISTINCT doc_id FROM share_conflicts').all() as string[]);
        const removals = Boolean(prepared(db, 'SELECT 1 FROM share_outbox WHERE doc_id IS NOT NULL LIMIT 1').get());
        for (const p of planned) {
          const rowId =
            p.work.rowId ?? (plucked(db, 'SELECT row_id FROM share_docs WHERE doc_id = ?').get(p.work.docId) as number | null | undefined) ?? findRow(db, p.merged);
          // An edit made here while the replica was being written: leave it for the next pass.
          if (rowId !== null) {
            const latest = plucked(db, 'SELECT MAX(seq) FROM share_outbox WHERE kind = ? AND row_id = ? AND doc_id IS NULL').get(p.kind, rowId) as number | null;
            if (latest !== null && (p.work.seq === null || latest > p.work.seq)) continue;
          }
          const removal = removals ? (plucked(db, 'SELECT MAX(seq) FROM share_outbox WHERE doc_id = ?').get(p.work.docId) as number | null) : null;
          if (removal !== null && (p.work.seq === null || removal > p.work.seq)) continue;
          const clock = maxClock(p.merged);
          if (clock > seenClock) seenClock = clock;
          const result = applyDoc(db, p.merged, rowId);
          if (p.local === null || canonical(p.local) !== canonical(p.merged)) applied++;
          prepared(db, `INSERT INTO share_docs (doc_id, db, kind, row_id, rev, doc, pending, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (doc_id) DO UPDATE SET row_id = excluded.row_id, rev = excluded.rev, doc = excluded.doc, pending = excluded.pending, updated_at = excluded.updated_at`,).run(p.work.docId, MEMBER_DB, p.kind, result.rowId, p.rev, p.json ?? JSON.stringify(p.merged), result.pending, stamp);
          if (withConflicts.has(p.work.docId)) prepared(db, 'DELETE FROM share_conflicts WHERE doc_id = ?').run(p.work.docId);
          if (p.merged.t === 'annotation') {
            const insert = prepared(db, "INSERT OR IGNORE INTO share_conflicts (doc_id, field, clock, value, detected_at) VALUES (?, 'body', ?, ?, ?)");
            for (const alt of p.merged.alts) if (alt.v !== p.merged.body.v) insert.run(p.work.docId, alt.c, alt.v, stamp);
          }
          if (p.work.removed && p.work.seq !== null) prepared(db, 'DELETE FROM share_outbox WHERE doc_id = ? AND seq <= ?').run(p.work.docId, p.work.seq);
          else if (result.rowId !== null && p.work.seq !== null) {
            prepared(db, 'DELETE FROM share_outbox WHERE kind = ? AND row_id = ? AND seq <= ? AND doc_id IS NULL').run(p.kind, result.rowId, p.work.seq);
          }
        }
        // The device's clock past every clock applied (the HLC receive rule): once, for the largest.
        observeClock(db, seenClock);
        afterApply?.();
      } finally {
        prepared(db, 'DELETE FROM share_applying').run();
      }
    })();
    this.replicaWrites += written;
    return { written, applied };
  }

  /** Step 1: the outbox onto the replica. */
  private async pushOutbox(progress: (done: number) => void): Promise<number> {
    const db = this.db;
    const clock = deviceClock(db);
    const groups = db
      .prepare(
        `SELECT kind, row_id AS rowId, NULL AS docId, MAX(seq) AS seq, MAX(hlc) AS hlc FROM share_outbox WHERE doc_id IS NULL GROUP BY kind, row_id
         UNION ALL
         SELECT kind, NULL, doc_id, MAX(seq), MAX(hlc) FROM share_outbox WHERE doc_id IS NOT NULL GROUP BY doc_id
         ORDER BY seq`,
      )
      .safeIntegers(true)
      .all() as Array<{ kind: Kind; rowId: bigint | null; docId: string | null; seq: bigint; hlc: bigint }>;
    let pushed = 0;
    for (let i = 0; i < groups.length; i += BATCH) {
      const batch: Work[] = [];
      for (const g of groups.slice(i, i + BATCH)) {
        if (g.docId !== null) {
          batch.push({ docId: g.docId, kind: g.kind, rowId: null, seq: Number(g.seq), clock: clockOf(g.hlc, clock.deviceId), removed: true });
          continue;
        }
        const rowId = Number(g.rowId);
        const known = prepared(db, 'SELECT doc_id, doc FROM share_docs WHERE db = ? AND kind = ? AND row_id = ?').get(MEMBER_DB, g.kind, rowId) as
          | { doc_id: string; doc: string }
          | undefined;
        let docId = known?.doc_id;
        if (!docId) {
          const doc = readLocal(db, g.kind, rowId, null, { clock: () => clockOf(g.hlc, clock.deviceId), resolvedAlts: [] }, clock.deviceId);
          if (!doc) {
            // A row that no longer exists, or cannot travel: its entries are done with.
            prepared(db, 'DELETE FROM share_outbox WHERE kind = ? AND row_id = ? AND seq <= ?').run(g.kind, rowId, g.seq);
            continue;
          }
          docId = opaqueId(this.shareKeys().idKey, ID_PREFIX[g.kind], naturalKey(doc));
          // A random travelling key is fixed from here on: keep the document that named it.
          if (randomKey(doc)) {
            prepared(db, `INSERT INTO share_docs (doc_id, db, kind, row_id, rev, doc, pending, updated_at) VALUES (?, ?, ?, ?, NULL, ?, NULL, ?)
               ON CONFLICT (doc_id) DO NOTHING`,).run(docId, MEMBER_DB, g.kind, rowId, JSON.stringify(doc), nowIso());
          }
        }
        batch.push({ docId, kind: g.kind, rowId, seq: Number(g.seq), clock: clockOf(g.hlc, clock.deviceId) });
      }
      pushed += (await this.reconcile(batch)).written;
      progress(Math.min(i + BATCH, groups.length));
    }
    return pushed;
  }

  /**
   * Step 3: the replica's changes into SQLite, a page (one transaction, with the sequence) at a
   * time. With `arriving`, this runs while the download is still writing to the replica: once it
   * has caught up it waits for a page more to be written, or for the download to finish.
   */
  private async applyIncoming(progress: (done: number) => void, arriving?: Arrivals): Promise<number> {
    const local = this.replica();
    let since = this.row()?.applied_seq ?? '0';
    let applied = 0;
    let seen = 0;
    for (;;) {
      // What had been written before this read: with the download finished, a short page is the last.
      const finished = !arriving || arriving.finished;
      const written = arriving?.written ?? 0;
      let changes: Awaited<ReturnType<Pouch['changes']>>;
      try {
        changes = await local.changes({ since: /^\d+$/.test(since) ? Number(since) : since, limit: APPLY_PAGE, include_docs: true, conflicts: true });
        if (changes.results.length === 0 && finished) break;
        const batch: Work[] = [];
        for (const c of changes.results) {
          if (c.id === KEY_DOC_ID || c.id.startsWith('_design/')) continue;
          const known = (prepared(this.db, CACHED_ROW).get(c.id) as CachedRow | undefined) ?? null;
          const doc = c.doc as Record<string, unknown> | undefined;
          if (known?.rev && doc && known.rev === doc._rev && !doc._conflicts) continue; // applied already
          batch.push({ docId: c.id, kind: null, rowId: null, seq: null, clock: null, winner: doc && !doc._deleted ? doc : null, cachedRow: known });
        }
        if (changes.results.length > 0) {
          const last = String(changes.last_seq);
          applied += (await this.reconcile(batch, () => prepared(this.db, 'UPDATE share_databases SET applied_seq = ? WHERE name = ?').run(last, MEMBER_DB))).applied;
          since = last;
        }
      } catch (error) {
        // While the download writes (a revision arriving between reading a document and writing its
        // merge back): stop here; the pass after the download goes on from the sequence last applied.
        if (arriving) return applied;
        throw error;
      }
      seen += changes.results.length;
      if (changes.results.length > 0) progress(seen);
      if (changes.results.length < APPLY_PAGE) {
        if (finished) break;
        await (arriving as Arrivals).writtenAtLeast(written + APPLY_PAGE);
      }
    }
    return applied;
  }

  /**
   * Step 3, for a download into an empty replica (a device's first pull): the documents applied
   * from the batches the download wrote, as they are written, instead of read back from the replica
   * afterwards. A document's first revision written is the replica's only one, so it is the winner
   * and has no conflicts; an id written again (a later revision, a conflicting one), a deletion or
   * the key record is left, and read from the replica once the download has finished. When every
   * sequence the replica has is a document written and handled here (the download succeeded, and
   * its sequence is the count of documents written), the sequence applied moves to it; otherwise
   * it stays, and the pass after the download reads the replica's changes from it (what was
   * applied here is then known by its revision and not applied again).
   */
  private async applyDownloaded(progress: (done: number) => void, arriving: Arrivals): Promise<number> {
    const seen = new Set<string>();
    const later = new Set<string>();
    let applied = 0;
    let done = 0;
    try {
      for (;;) {
        const docs = arriving.take(APPLY_PAGE);
        if (docs.length === 0) {
          if (arriving.finished) break;
          await arriving.keptAtLeast(APPLY_PAGE);
          continue;
        }
        const batch: Work[] = [];
        for (const doc of docs) {
          const id = doc._id;
          if (seen.has(id) || doc._deleted || id === KEY_DOC_ID || id.startsWith('_design/')) later.add(id);
          else batch.push({ docId: id, kind: null, rowId: null, seq: null, clock: null, winner: doc });
          seen.add(id);
        }
        applied += (await this.reconcile(batch)).applied;
        done += docs.length;
        progress(done);
      }
      if (!arriving.succeeded || arriving.dropped) return applied;
      const { update_seq: seq } = await this.replica().info();
      if (typeof seq !== 'number' || seq !== arriving.told) return applied;
      // The ids written more than once, or deleted: as the replica has them now, with any conflicts.
      const ids = [...later].filter((id) => id !== KEY_DOC_ID && !id.startsWith('_design/'));
      for (let i = 0; i === 0 || i < ids.length; i += APPLY_PAGE) {
        const page: Work[] = ids.slice(i, i + APPLY_PAGE).map((docId) => ({ docId, kind: null, rowId: null, seq: null, clock: null }));
        const last = i + APPLY_PAGE >= ids.length;
        const recordSeq = () => prepared(this.db, 'UPDATE share_databases SET applied_seq = ? WHERE name = ?').run(String(seq), MEMBER_DB);
        applied += (await this.reconcile(page, last ? recordSeq : undefined)).applied;
      }
    } catch {
      // The pass after the download goes on from the sequence last applied (and reports the error).
      arriving.drop();
    }
    return applied;
  }

  /** Step 3b: documents parked because their paper or meeting was not here: tried again. */
  private async retryNotHere(): Promise<number> {
    const ids = plucked(this.db, 'SELECT doc_id FROM share_docs WHERE db = ? AND pending IS NOT NULL').all(MEMBER_DB) as string[];
    let applied = 0;
    for (let i = 0; i < ids.length; i += BATCH) {
      applied += (await this.reconcile(ids.slice(i, i + BATCH).map((docId) => ({ docId, kind: null, rowId: null, seq: null, clock: null })))).applied;
    }
    return applied;
  }

  private async replicate(direction: 'upload' | 'download', remote: Pouch, arrivals?: Arrivals): Promise<number> {
    const local = this.replica();
    const report = (done: number) => this.options.onProgress?.({ database: MEMBER_DB, phase: direction, done });
    const options = { batch_size: 500, batches_limit: 4, retry: false } as const;
    const replication = direction === 'upload' ? local.replicate.to(remote, options) : local.replicate.from(remote, options);
    replication.on('change', (info: { docs_written?: number; docs?: StoredDoc[] }) => {
      report(info.docs_written ?? 0);
      arrivals?.arrived(info);
    });
    let succeeded = false;
    try {
      const result = (await replication) as { docs_written: number; ok: boolean; errors: unknown[] };
      if (!result.ok && result.errors.length) throw result.errors[0];
      succeeded = true;
      return result.docs_written;
    } finally {
      arrivals?.finish(succeeded);
    }
  }

  /** One run: push, replicate both ways, apply, replicate the resolutions. Never throws for a server or network failure: it is reported. */
  async run(): Promise<ShareRunReport> {
    const row = this.row();
    if (!row) throw new ShareError('Sharing is not connected: run share connect first.');
    const progress = (phase: ShareProgress['phase']) => (done: number) => this.options.onProgress?.({ database: MEMBER_DB, phase, done });
    const stamp = nowIso();
    prepared(this.db, 'UPDATE share_databases SET last_attempt_at = ? WHERE name = ?').run(stamp, MEMBER_DB);
    let pushed = 0;
    let pulled = 0;
    let applied = 0;
    let error: string | null = null;
    const remote = this.remote(row);
    try {
      await this.pushOutbox(progress('push'));
      const writesBefore = this.replicaWrites;
      try {
        // An empty replica (a first pull, nothing of this device's to send) has nothing to upload.
        const startedEmpty = (await this.replica().info()).update_seq === 0;
        if (!startedEmpty) pushed = await this.replicate('upload', remote);
        // What the download writes is applied while the rest downloads (by document id and
        // revision, a transaction a page): into an empty replica (a first pull) from the batches
        // themselves, otherwise from the replica's changes, as after the download.
        const arrivals = new Arrivals(startedEmpty);
        const applying = (startedEmpty ? this.applyDownloaded(progress('apply'), arrivals) : this.applyIncoming(progress('apply'), arrivals)).catch(() => 0);
        try {
          pulled = await this.replicate('download', remote, arrivals);
        } finally {
          applied += await applying;
        }
      } catch (e) {
        error = describe(e);
      }
      applied += await this.applyIncoming(progress('apply'));
      applied += await this.retryNotHere();
      // Resolutions and merges written while applying go back to the server (when there are any:
      // otherwise this would re-check every document just received, seconds for a first pull).
      if (!error && this.replicaWrites > writesBefore) {
        try {
          pushed += await this.replicate('upload', remote);
        } catch (e) {
          error = describe(e);
        }
      }
    } catch (e) {
      error = describe(e);
    } finally {
      await remote.close().catch(() => undefined);
    }
    const [s] = this.status();
    const summary = `${pushed} sent, ${pulled} received, ${applied} applied${s?.notHere ? `, ${s.notHere} waiting for papers or meetings not on this device` : ''}${s?.conflicts ? `, ${s.conflicts} with two versions to merge` : ''}`;
    prepared(this.db, 'UPDATE share_databases SET last_error = ?, last_summary = ?, last_synced_at = CASE WHEN ? IS NULL THEN ? ELSE last_synced_at END, docs_pushed = docs_pushed + ?, docs_pulled = docs_pulled + ? WHERE name = ?')
      .run(error, summary, error, nowIso(), pushed, pulled, MEMBER_DB);
    this.options.onProgress?.({ database: MEMBER_DB, phase: 'done', done: applied });
    return { database: MEMBER_DB, ok: error === null, pushed, pulled, applied, notHere: s?.notHere ?? 0, conflicts: s?.conflicts ?? 0, message: error ?? summary };
  }

  /** Note text with two versions: the ones to show the member. */
  conflicts(): Array<{ docId: string; annotationId: number | null; current: string; others: Array<{ clock: string; text: string }> }> {
    const ids = plucked(this.db, 'SELECT DISTINCT doc_id FROM share_conflicts ORDER BY doc_id').all() as string[];
    return ids.map((docId) => {
      const d = prepared(this.db, 'SELECT row_id, doc FROM share_docs WHERE doc_id = ?').get(docId) as { row_id: number | null; doc: string };
      const doc = JSON.parse(d.doc) as ShareDoc;
      const others = prepared(this.db, 'SELECT clock, value AS text FROM share_conflicts WHERE doc_id = ? ORDER BY clock').all(docId) as Array<{ clock: string; text: string }>;
      return { docId, annotationId: d.row_id, current: doc.t === 'annotation' ? doc.body.v : '', others };
    });
  }

  /** The member's merged text: written to the annotation (which queues it) and the alternatives marked resolved. */
  resolveConflict(docId: string, text: string): void {
    const db = this.db;
    db.transaction(() => {
      const rowId = plucked(db, "SELECT row_id FROM share_docs WHERE doc_id = ? AND kind = 'annotation'").get(docId) as number | null | undefined;
      if (rowId === null || rowId === undefined) throw new ShareError('That note is not on this device.');
      prepared(db, 'DELETE FROM share_conflicts WHERE doc_id = ?').run(docId);
      // Keeping the text as it is still records that the member has merged: the outbox entry carries it.
      if (!setAnnotationBody(db, rowId, text)) {
        const hlc = deviceClock(db).tick();
        prepared(db, "INSERT INTO share_outbox (kind, row_id, fields, hlc, created_at) VALUES ('annotation', ?, '[\"body\"]', ?, ?)").run(rowId, hlc, nowIso());
      }
    })();
  }

  async close(): Promise<void> {
    await this.local?.close().catch(() => undefined);
    this.local = null;
  }
}
