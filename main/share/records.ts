/**
 * Travelling records ↔ SQLite rows. `readLocal` builds a record's document from its row, the
 * document last written or applied (its field clocks) and the outbox (the clocks of the edits not
 * yet pushed); `applyDoc` writes a merged document into the row, creating it where this device has
 * its paper or meeting, and says so where it has not.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { annotationByUuid, annotationForSharing, applySharedAnnotation, createSharedAnnotation } from '../annotations/sharing';
import {
  actionEvidenceForSharing,
  actionForDecision,
  actionForSharing,
  actionLogForSharing,
  addSharedEvidence,
  addSharedLogEntry,
  applySharedActionFields,
  createSharedManualAction,
} from '../actions/sharing';
import { committeeByKey, committeeKeyOf, meetingByKey, meetingKeyOf } from '../library/sharing';
import { type ActionDoc, type AnnotationDoc, type Field, type RecordDoc, type ShareDoc, type TextField, canonical, clockOf, stamp } from './merge';
import { applyRecord, readRecord } from './member-records';
import { plucked, prepared } from '../store/statement-cache';

export type Kind = ShareDoc['t'];

export interface DeviceClock {
  deviceId: string;
  /** Advances the device's hybrid logical clock and returns its new value. */
  tick(): bigint;
}

export function deviceClock(db: Database.Database): DeviceClock {
  const row = prepared(db, 'SELECT device_id FROM share_device WHERE id = 1').get() as { device_id: string } | undefined;
  if (!row) throw new Error('Sharing is not set up on this device.');
  const advance = prepared(db, "UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536) RETURNING hlc",);
  return { deviceId: row.device_id, tick: () => BigInt((advance.safeIntegers(true).get() as { hlc: bigint }).hlc) };
}

/** On receipt: the device's clock moves past the largest clock it has seen (the HLC receive rule). */
export function observeClock(db: Database.Database, clock: string): void {
  if (!clock) return;
  const value = BigInt(`0x${clock.slice(0, 16)}`);
  prepared(db, 'UPDATE share_device SET hlc = MAX(hlc, ?) WHERE id = 1').run(value);
}

// ---------------------------------------------------------------------------------------------
// Natural keys

/** The natural key an id is made from: the same record on every device gives the same key. */
export function naturalKey(doc: ShareDoc): string {
  if (doc.t === 'annotation') return `annotation:${doc.uuid}`;
  if (doc.t !== 'action') return doc.natural;
  if (doc.natural.startsWith('manual:')) return `action:${doc.natural}`;
  return `action:${canonical(doc.meeting)}:${doc.natural}`;
}

// ---------------------------------------------------------------------------------------------
// Reading a row (through the module that owns it)

export interface LocalEdits {
  /** Clock of the latest outbox entry for the row (the edit's time), or a fresh tick. */
  clock: () => string;
  /** Clocks of alternatives the member has resolved (no longer listed as conflicts). */
  resolvedAlts: string[];
}

export function readAnnotation(db: Database.Database, rowId: number, cached: AnnotationDoc | null, edits: LocalEdits): AnnotationDoc | null {
  const r = annotationForSharing(db, rowId);
  if (!r) return null;
  let body: TextField;
  if (cached && cached.body.v === r.body && edits.resolvedAlts.length === 0) body = cached.body;
  else body = { v: r.body, c: edits.clock(), seen: cached ? [...new Set([...cached.body.seen, cached.body.c, ...edits.resolvedAlts])].sort() : [] };
  const anchor =
    cached?.anchor ??
    (r.sha256 && r.page_number !== null
      ? {
          sha256: r.sha256,
          page: r.page_number,
          lastPage: null,
          quote: r.quote_exact !== null ? { exact: r.quote_exact, prefix: r.quote_prefix ?? '', suffix: r.quote_suffix ?? '' } : null,
          start: r.pos_start,
          end: r.pos_end,
          rects: JSON.parse(r.rects) as unknown[],
          sortKey: r.sort_key,
        }
      : null);
  return {
    t: 'annotation',
    uuid: r.uuid,
    kind: r.kind,
    target: r.target,
    createdAt: cached?.createdAt ?? r.created_at,
    anchor,
    meeting: cached?.meeting ?? meetingKeyOf(db, r.meeting_id),
    item: cached?.item ?? r.item_key,
    originalExact: cached ? cached.originalExact : r.original_exact,
    originalPage: cached ? cached.originalPage : r.original_page,
    body,
    alts: cached ? cached.alts.filter((a) => !edits.resolvedAlts.includes(a.c)) : [],
    colour: stamp(r.colour, cached?.colour, edits.clock),
    asked: stamp(r.asked === 1, cached?.asked, edits.clock),
    tags: stamp(r.tags, cached?.tags, edits.clock),
    deleted: stamp(r.deleted_at, cached?.deleted, edits.clock),
  };
}

const MINUTES_NOTE = /^Marked .* in the minutes/;

export function readAction(db: Database.Database, rowId: number, cached: ActionDoc | null, edits: LocalEdits, deviceId: string): ActionDoc | null {
  const r = actionForSharing(db, rowId);
  if (!r) return null;
  let natural = cached?.natural;
  let meeting = cached?.meeting ?? null;
  if (!natural) {
    if (r.source === 'minutes') {
      if (!r.decision_key) return null; // its decision is gone from the minutes: nothing to tie it to elsewhere
      natural = `minutes:${r.decision_key}`;
      meeting = meetingKeyOf(db, r.decision_meeting);
    } else {
      natural = `manual:${randomUUID()}`;
      meeting = r.meeting_id !== null ? meetingKeyOf(db, r.meeting_id) : committeeKeyOf(db, r.committee_id);
    }
  }
  const memberFields = new Set(JSON.parse(r.member_fields) as string[]);
  const manual = r.source === 'manual';
  // Minutes fields travel only once the member has set them (a device reads the rest from the minutes).
  const optional = <T>(name: string, value: T, cachedField: Field<T> | null | undefined): Field<T> | null =>
    manual || memberFields.has(name) || cachedField ? stamp(value, cachedField, edits.clock) : null;
  const gidOf = plucked(db, 'SELECT gid FROM share_rows WHERE kind = ? AND local_id = ?');
  const mapRow = prepared(db, 'INSERT OR IGNORE INTO share_rows (kind, local_id, gid) VALUES (?, ?, ?)');
  const log: ActionDoc['log'] = { ...(cached?.log ?? {}) };
  for (const u of actionLogForSharing(db, rowId)) {
    const known = gidOf.get('action_update', u.id) as string | undefined;
    if (MINUTES_NOTE.test(u.note) && !known) continue;
    // Random as well as local: a library restored from a backup reuses row ids, and must not reuse their global ids.
    const gid = known ?? `${deviceId}:u${u.id}:${randomBytes(6).toString('hex')}`;
    if (!known) mapRow.run('action_update', u.id, gid);
    log[gid] = { at: u.at, from: u.from, to: u.to, note: u.note };
  }
  const evidence: ActionDoc['evidence'] = { ...(cached?.evidence ?? {}) };
  for (const ev of actionEvidenceForSharing(db, rowId)) {
    const known = gidOf.get('action_evidence', ev.id) as string | undefined;
    const gid = known ?? `${deviceId}:e${ev.id}:${randomBytes(6).toString('hex')}`;
    if (!known) mapRow.run('action_evidence', ev.id, gid);
    evidence[gid] = { kind: ev.kind, text: ev.text, at: ev.at };
  }
  return {
    t: 'action',
    natural,
    meeting,
    createdAt: cached?.createdAt ?? r.created_at,
    status: stamp(r.status, cached?.status, edits.clock),
    owner: optional('owner', r.owner, cached?.owner),
    due: optional('due', r.due_text, cached?.due),
    what: optional('what', r.what, cached?.what),
    kind: optional('kind', { kind: r.kind, notAction: r.not_action === 1 }, cached?.kind),
    log,
    evidence,
  };
}

// ---------------------------------------------------------------------------------------------
// Applying a document (through the module that owns the row)

export type ApplyResult = { rowId: number; pending: null } | { rowId: null; pending: string | null };

export function findRow(db: Database.Database, doc: ShareDoc): number | null {
  if (doc.t === 'annotation') return annotationByUuid(db, doc.uuid);
  if (doc.t === 'meeting') return meetingByKey(db, doc.meeting);
  if (doc.t === 'action' && doc.natural.startsWith('minutes:')) {
    const meetingId = meetingByKey(db, doc.meeting);
    return meetingId === null ? null : actionForDecision(db, meetingId, doc.natural.slice('minutes:'.length));
  }
  return null;
}

function applyAnnotation(db: Database.Database, doc: AnnotationDoc, rowId: number | null): ApplyResult {
  const fields = { body: doc.body.v, colour: doc.colour.v, asked: doc.asked.v, deleted: doc.deleted.v, tags: doc.tags.v };
  const id = rowId ?? findRow(db, doc);
  if (id !== null) {
    applySharedAnnotation(db, id, fields);
    return { rowId: id, pending: null };
  }
  const made = createSharedAnnotation(db, { ...doc, ...fields });
  return typeof made === 'string' ? { rowId: null, pending: made } : { rowId: made, pending: null };
}

function applyAction(db: Database.Database, doc: ActionDoc, rowId: number | null): ApplyResult {
  const fields = {
    status: doc.status.v,
    ...(doc.owner ? { owner: doc.owner.v } : {}),
    ...(doc.due ? { due: doc.due.v } : {}),
    ...(doc.what ? { what: doc.what.v } : {}),
    ...(doc.kind ? { kind: doc.kind.v } : {}),
  };
  let id = rowId ?? findRow(db, doc);
  if (id === null) {
    if (doc.natural.startsWith('minutes:')) return { rowId: null, pending: 'The minutes this action comes from are not on this device yet.' };
    const committeeId = doc.meeting ? committeeByKey(db, doc.meeting) : null;
    if (committeeId === null) return { rowId: null, pending: 'The committee this action belongs to is not on this device yet.' };
    id = createSharedManualAction(db, { committeeId, meetingId: meetingByKey(db, doc.meeting), createdAt: doc.createdAt, ...fields });
  }
  applySharedActionFields(db, id, fields);
  const known = prepared(db, 'SELECT 1 FROM share_rows WHERE kind = ? AND gid = ?');
  const map = prepared(db, 'INSERT INTO share_rows (kind, local_id, gid) VALUES (?, ?, ?)');
  for (const [gid, entry] of Object.entries(doc.log)) {
    if (known.get('action_update', gid)) continue;
    map.run('action_update', addSharedLogEntry(db, id, entry), gid);
  }
  for (const [gid, ev] of Object.entries(doc.evidence)) {
    if (known.get('action_evidence', gid)) continue;
    map.run('action_evidence', addSharedEvidence(db, id, ev), gid);
  }
  return { rowId: id, pending: null };
}

/** Writes a merged document into SQLite. The caller holds the transaction and the apply guard. */
export function applyDoc(db: Database.Database, doc: ShareDoc, rowId: number | null): ApplyResult {
  if (doc.t === 'annotation') return applyAnnotation(db, doc, rowId);
  if (doc.t === 'action') return applyAction(db, doc, rowId);
  return applyRecord(db, doc, rowId);
}

export function readLocal(db: Database.Database, kind: Kind, rowId: number, cached: ShareDoc | null, edits: LocalEdits, deviceId: string): ShareDoc | null {
  if (kind === 'annotation') return readAnnotation(db, rowId, cached as AnnotationDoc | null, edits);
  if (kind === 'action') return readAction(db, rowId, cached as ActionDoc | null, edits, deviceId);
  return readRecord(db, kind, rowId, cached as RecordDoc | null, edits);
}

export { clockOf };
