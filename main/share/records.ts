/**
 * Travelling records ↔ SQLite rows. `readLocal` builds a record's document from its row, the
 * document last written or applied (its field clocks) and the outbox (the clocks of the edits not
 * yet pushed); `applyDoc` writes a merged document into the row, creating it where this device has
 * its paper or meeting, and says so where it has not.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { insertAnnotation } from '../annotations/store';
import { reanchorDocument } from '../annotations/reanchor';
import { resolveDueDates } from '../actions/tracker';
import { type ActionDoc, type AnnotationDoc, type Field, type MeetingKey, type ShareDoc, type TextField, canonical, clockOf } from './merge';

export type Kind = 'annotation' | 'action';

export interface DeviceClock {
  deviceId: string;
  /** Advances the device's hybrid logical clock and returns its new value. */
  tick(): bigint;
}

export function deviceClock(db: Database.Database): DeviceClock {
  const row = db.prepare('SELECT device_id FROM share_device WHERE id = 1').get() as { device_id: string } | undefined;
  if (!row) throw new Error('Sharing is not set up on this device.');
  const advance = db.prepare(
    "UPDATE share_device SET hlc = MAX(hlc + 1, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536) RETURNING hlc",
  );
  return { deviceId: row.device_id, tick: () => BigInt((advance.safeIntegers(true).get() as { hlc: bigint }).hlc) };
}

/** On receipt: the device's clock moves past the largest clock it has seen (the HLC receive rule). */
export function observeClock(db: Database.Database, clock: string): void {
  if (!clock) return;
  const value = BigInt(`0x${clock.slice(0, 16)}`);
  db.prepare('UPDATE share_device SET hlc = MAX(hlc, ?) WHERE id = 1').run(value);
}

// ---------------------------------------------------------------------------------------------
// Natural keys

const meetingKeyOf = (db: Database.Database, meetingId: number | null): MeetingKey | null => {
  if (meetingId === null) return null;
  return (
    (db
      .prepare(
        `SELECT co.name_key AS council, c.name_key AS committee, m.identity_key AS meeting
         FROM meetings m JOIN committees c ON c.id = m.committee_id JOIN councils co ON co.id = c.council_id WHERE m.id = ?`,
      )
      .get(meetingId) as MeetingKey | undefined) ?? null
  );
};

const committeeKeyOf = (db: Database.Database, committeeId: number): MeetingKey | null =>
  (db
    .prepare('SELECT co.name_key AS council, c.name_key AS committee, NULL AS meeting FROM committees c JOIN councils co ON co.id = c.council_id WHERE c.id = ?')
    .get(committeeId) as MeetingKey | undefined) ?? null;

function findCommittee(db: Database.Database, key: MeetingKey): number | null {
  return (
    (db
      .prepare('SELECT c.id FROM committees c JOIN councils co ON co.id = c.council_id WHERE co.name_key = ? AND c.name_key = ?')
      .pluck()
      .get(key.council, key.committee) as number | undefined) ?? null
  );
}

function findMeeting(db: Database.Database, key: MeetingKey | null): number | null {
  if (!key?.meeting) return null;
  return (
    (db
      .prepare(
        `SELECT m.id FROM meetings m JOIN committees c ON c.id = m.committee_id JOIN councils co ON co.id = c.council_id
         WHERE co.name_key = ? AND c.name_key = ? AND m.identity_key = ?`,
      )
      .pluck()
      .get(key.council, key.committee, key.meeting) as number | undefined) ?? null
  );
}

/** The natural key an id is made from: the same record on every device gives the same key. */
export function naturalKey(doc: ShareDoc): string {
  if (doc.t === 'annotation') return `annotation:${doc.uuid}`;
  if (doc.natural.startsWith('manual:')) return `action:${doc.natural}`;
  return `action:${canonical(doc.meeting)}:${doc.natural}`;
}

// ---------------------------------------------------------------------------------------------
// Reading a row

interface AnnotationRow {
  id: number;
  uuid: string;
  kind: AnnotationDoc['kind'];
  target: AnnotationDoc['target'];
  colour: string;
  body: string;
  asked: number;
  deleted_at: string | null;
  created_at: string;
  meeting_id: number | null;
  item_key: string | null;
  sha256: string | null;
  page_number: number | null;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  pos_start: number | null;
  pos_end: number | null;
  rects: string;
  sort_key: number;
  original_exact: string | null;
  original_page: number | null;
  tags_json: string;
}

/** The stamp for a field: unchanged since the cached document → its clock; changed → the edit's. */
function stamp<T>(value: T, cached: Field<T> | null | undefined, editClock: () => string): Field<T> {
  if (cached && canonical(cached.v) === canonical(value)) return cached;
  return { v: value, c: editClock() };
}

export interface LocalEdits {
  /** Clock of the latest outbox entry for the row (the edit's time), or a fresh tick. */
  clock: () => string;
  /** Clocks of alternatives the member has resolved (no longer listed as conflicts). */
  resolvedAlts: string[];
}

export function readAnnotation(db: Database.Database, rowId: number, cached: AnnotationDoc | null, edits: LocalEdits): AnnotationDoc | null {
  const r = db
    .prepare(
      `SELECT a.id, a.uuid, a.kind, a.target, a.colour, a.body, a.asked, a.deleted_at, a.created_at, a.rects, a.sort_key,
         COALESCE(d.meeting_id, a.meeting_id) AS meeting_id, i.identity_key AS item_key, v.sha256, a.page_number,
         a.quote_exact, a.quote_prefix, a.quote_suffix, a.pos_start, a.pos_end, a.original_exact, a.original_page,
         (SELECT json_group_array(tag) FROM (SELECT tag FROM annotation_tags WHERE annotation_id = a.id ORDER BY tag COLLATE NOCASE)) AS tags_json
       FROM annotations a LEFT JOIN documents d ON d.id = a.document_id LEFT JOIN document_versions v ON v.id = a.version_id
       LEFT JOIN items i ON i.id = a.item_id WHERE a.id = ?`,
    )
    .get(rowId) as AnnotationRow | undefined;
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
    tags: stamp(JSON.parse(r.tags_json) as string[], cached?.tags, edits.clock),
    deleted: stamp(r.deleted_at, cached?.deleted, edits.clock),
  };
}

interface ActionRow {
  id: number;
  committee_id: number;
  meeting_id: number | null;
  source: 'minutes' | 'manual';
  kind: string;
  what: string;
  owner: string | null;
  due_text: string | null;
  status: string;
  not_action: number;
  member_fields: string;
  created_at: string;
  decision_key: string | null;
  decision_meeting: number | null;
}

const MINUTES_NOTE = /^Marked .* in the minutes/;

export function readAction(db: Database.Database, rowId: number, cached: ActionDoc | null, edits: LocalEdits, deviceId: string): ActionDoc | null {
  const r = db
    .prepare(
      `SELECT e.*, d.identity_key AS decision_key, d.meeting_id AS decision_meeting FROM action_entries e
       LEFT JOIN decisions d ON d.id = e.decision_id WHERE e.id = ?`,
    )
    .get(rowId) as ActionRow | undefined;
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
  const log: ActionDoc['log'] = { ...(cached?.log ?? {}) };
  const updates = db
    .prepare(
      `SELECT u.id, u.at, u.status_from, u.status_to, u.note, s.gid FROM action_updates u
       LEFT JOIN share_rows s ON s.kind = 'action_update' AND s.local_id = u.id WHERE u.entry_id = ? ORDER BY u.id`,
    )
    .all(rowId) as Array<{ id: number; at: string; status_from: string | null; status_to: string | null; note: string; gid: string | null }>;
  const mapRow = db.prepare('INSERT OR IGNORE INTO share_rows (kind, local_id, gid) VALUES (?, ?, ?)');
  for (const u of updates) {
    if (MINUTES_NOTE.test(u.note) && !u.gid) continue;
    // Random as well as local: a library restored from a backup reuses row ids, and must not reuse their global ids.
    const gid = u.gid ?? `${deviceId}:u${u.id}:${randomBytes(6).toString('hex')}`;
    if (!u.gid) mapRow.run('action_update', u.id, gid);
    log[gid] = { at: u.at, from: u.status_from, to: u.status_to, note: u.note };
  }
  const evidence: ActionDoc['evidence'] = { ...(cached?.evidence ?? {}) };
  const rows = db
    .prepare(
      `SELECT ev.id, ev.kind, ev.text, ev.added_at, s.gid FROM action_evidence ev
       LEFT JOIN share_rows s ON s.kind = 'action_evidence' AND s.local_id = ev.id WHERE ev.entry_id = ? ORDER BY ev.id`,
    )
    .all(rowId) as Array<{ id: number; kind: string; text: string; added_at: string; gid: string | null }>;
  for (const ev of rows) {
    const gid = ev.gid ?? `${deviceId}:e${ev.id}:${randomBytes(6).toString('hex')}`;
    if (!ev.gid) mapRow.run('action_evidence', ev.id, gid);
    evidence[gid] = { kind: ev.kind, text: ev.text, at: ev.added_at };
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
// Applying a document

export type ApplyResult = { rowId: number; pending: null } | { rowId: null; pending: string };

const nowIso = () => new Date().toISOString();

export function findRow(db: Database.Database, doc: ShareDoc): number | null {
  if (doc.t === 'annotation') return (db.prepare('SELECT id FROM annotations WHERE uuid = ?').pluck().get(doc.uuid) as number | undefined) ?? null;
  if (doc.natural.startsWith('minutes:')) {
    const meetingId = findMeeting(db, doc.meeting);
    if (meetingId === null) return null;
    return (
      (db
        .prepare('SELECT e.id FROM action_entries e JOIN decisions d ON d.id = e.decision_id WHERE d.meeting_id = ? AND d.identity_key = ?')
        .pluck()
        .get(meetingId, doc.natural.slice('minutes:'.length)) as number | undefined) ?? null
    );
  }
  return null;
}

function applyAnnotation(db: Database.Database, doc: AnnotationDoc, rowId: number | null): ApplyResult {
  let id = rowId ?? findRow(db, doc);
  if (id === null) {
    const meetingId = findMeeting(db, doc.meeting);
    let documentId: number | null = null;
    let versionId: number | null = null;
    if (doc.target === 'text' || doc.target === 'page') {
      const version = doc.anchor
        ? (db.prepare('SELECT id, document_id FROM document_versions WHERE sha256 = ? ORDER BY is_current DESC, id DESC LIMIT 1').get(doc.anchor.sha256) as
            | { id: number; document_id: number }
            | undefined)
        : undefined;
      if (!version) return { rowId: null, pending: 'The paper this note is on is not on this device yet.' };
      ({ id: versionId, document_id: documentId } = version);
    } else if (meetingId === null) {
      return { rowId: null, pending: 'The meeting this note is on is not on this device yet.' };
    }
    const itemId =
      meetingId !== null && doc.item
        ? ((db.prepare('SELECT id FROM items WHERE meeting_id = ? AND identity_key = ?').pluck().get(meetingId, doc.item) as number | undefined) ?? null)
        : null;
    const a = doc.anchor;
    id = insertAnnotation(db, {
      uuid: doc.uuid,
      documentId,
      versionId,
      meetingId,
      itemId,
      kind: doc.kind,
      target: doc.target,
      colour: doc.colour.v as 'yellow',
      body: doc.body.v,
      asked: doc.asked.v,
      pageNumber: a && (doc.target === 'text' || doc.target === 'page') ? a.page : null,
      placement:
        a?.quote && a.start !== null && a.end !== null && doc.target === 'text'
          ? { pageNumber: a.page, lastPageNumber: a.lastPage ?? a.page, start: a.start, end: a.end, quote: a.quote, sortKey: a.sortKey }
          : undefined,
      rects: (a?.rects ?? []) as never,
      sortKey: a?.sortKey ?? 0,
      originalExact: doc.originalExact,
      originalPage: doc.originalPage,
      createdAt: doc.createdAt,
      tags: doc.tags.v,
    });
    if (doc.deleted.v) db.prepare('UPDATE annotations SET deleted_at = ? WHERE id = ?').run(doc.deleted.v, id);
    // The paper here may be a later version than the one it was made on: re-anchor as usual.
    if (documentId !== null) {
      const current = db.prepare('SELECT id FROM document_versions WHERE document_id = ? AND is_current = 1').pluck().get(documentId) as number | undefined;
      if (current !== undefined && current !== versionId) reanchorDocument(db, documentId, current);
    }
    return { rowId: id, pending: null };
  }
  const row = db.prepare('SELECT body, colour, asked, deleted_at FROM annotations WHERE id = ?').get(id) as { body: string; colour: string; asked: number; deleted_at: string | null };
  if (row.body !== doc.body.v || row.colour !== doc.colour.v || (row.asked === 1) !== doc.asked.v || row.deleted_at !== doc.deleted.v) {
    db.prepare('UPDATE annotations SET body = ?, colour = ?, asked = ?, deleted_at = ?, updated_at = ? WHERE id = ?').run(
      doc.body.v,
      doc.colour.v,
      doc.asked.v ? 1 : 0,
      doc.deleted.v,
      nowIso(),
      id,
    );
  }
  const tags = db.prepare('SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY tag COLLATE NOCASE').pluck().all(id) as string[];
  if (canonical(tags) !== canonical(doc.tags.v)) {
    db.prepare('DELETE FROM annotation_tags WHERE annotation_id = ?').run(id);
    const insert = db.prepare('INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)');
    for (const tag of doc.tags.v) insert.run(id, tag);
  }
  return { rowId: id, pending: null };
}

function applyAction(db: Database.Database, doc: ActionDoc, rowId: number | null): ApplyResult {
  let id = rowId ?? findRow(db, doc);
  if (id === null) {
    if (doc.natural.startsWith('minutes:')) return { rowId: null, pending: 'The minutes this action comes from are not on this device yet.' };
    const committeeId = doc.meeting ? findCommittee(db, doc.meeting) : null;
    if (committeeId === null) return { rowId: null, pending: 'The committee this action belongs to is not on this device yet.' };
    const meetingId = findMeeting(db, doc.meeting);
    id = Number(
      db
        .prepare(
          `INSERT INTO action_entries (committee_id, meeting_id, source, kind, what, owner, due_text, status, created_at, updated_at)
           VALUES (?, ?, 'manual', ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(committeeId, meetingId, doc.kind?.v.kind ?? 'action', doc.what?.v ?? '', doc.owner?.v ?? null, doc.due?.v ?? null, doc.status.v, doc.createdAt, nowIso())
        .lastInsertRowid,
    );
  }
  const row = db.prepare('SELECT committee_id, status, owner, due_text, what, kind, not_action, member_fields, source FROM action_entries WHERE id = ?').get(id) as {
    committee_id: number;
    status: string;
    owner: string | null;
    due_text: string | null;
    what: string;
    kind: string;
    not_action: number;
    member_fields: string;
    source: string;
  };
  const fields = new Set(JSON.parse(row.member_fields) as string[]);
  const next = { status: doc.status.v, owner: row.owner, due_text: row.due_text, what: row.what, kind: row.kind, not_action: row.not_action };
  if (doc.owner) {
    next.owner = doc.owner.v;
    if (row.source === 'minutes') fields.add('owner');
  }
  if (doc.due) {
    next.due_text = doc.due.v;
    if (row.source === 'minutes') fields.add('due');
  }
  if (doc.what) {
    next.what = doc.what.v;
    if (row.source === 'minutes') fields.add('what');
  }
  if (doc.kind) {
    next.kind = doc.kind.v.kind;
    next.not_action = doc.kind.v.notAction ? 1 : 0;
    if (row.source === 'minutes') fields.add('kind');
  }
  const memberFields = JSON.stringify([...fields].sort());
  const changed =
    next.status !== row.status || next.owner !== row.owner || next.due_text !== row.due_text || next.what !== row.what || next.kind !== row.kind || next.not_action !== row.not_action;
  if (changed || memberFields !== row.member_fields) {
    db.prepare('UPDATE action_entries SET status = ?, owner = ?, due_text = ?, what = ?, kind = ?, not_action = ?, member_fields = ?, updated_at = ? WHERE id = ?').run(
      next.status,
      next.owner,
      next.due_text,
      next.what,
      next.kind,
      next.not_action,
      memberFields,
      nowIso(),
      id,
    );
    if (next.due_text !== row.due_text) resolveDueDates(db, row.committee_id);
  }
  const known = db.prepare('SELECT 1 FROM share_rows WHERE kind = ? AND gid = ?');
  const map = db.prepare('INSERT INTO share_rows (kind, local_id, gid) VALUES (?, ?, ?)');
  for (const [gid, entry] of Object.entries(doc.log)) {
    if (known.get('action_update', gid)) continue;
    const local = db.prepare('INSERT INTO action_updates (entry_id, at, status_from, status_to, note) VALUES (?, ?, ?, ?, ?)').run(id, entry.at, entry.from, entry.to, entry.note);
    map.run('action_update', Number(local.lastInsertRowid), gid);
  }
  for (const [gid, ev] of Object.entries(doc.evidence)) {
    if (known.get('action_evidence', gid)) continue;
    const local = db
      .prepare('INSERT INTO action_evidence (entry_id, kind, item_id, document_id, text, added_at) VALUES (?, ?, NULL, NULL, ?, ?)')
      .run(id, ev.kind, ev.text, ev.at);
    map.run('action_evidence', Number(local.lastInsertRowid), gid);
  }
  return { rowId: id, pending: null };
}

/** Writes a merged document into SQLite. The caller holds the transaction and the apply guard. */
export function applyDoc(db: Database.Database, doc: ShareDoc, rowId: number | null): ApplyResult {
  return doc.t === 'annotation' ? applyAnnotation(db, doc, rowId) : applyAction(db, doc, rowId);
}

export function readLocal(db: Database.Database, kind: Kind, rowId: number, cached: ShareDoc | null, edits: LocalEdits, deviceId: string): ShareDoc | null {
  return kind === 'annotation'
    ? readAnnotation(db, rowId, cached as AnnotationDoc | null, edits)
    : readAction(db, rowId, cached as ActionDoc | null, edits, deviceId);
}

export { clockOf };
