/**
 * The action tracker as sharing (main/share) reads and writes it: an entry with its log and
 * evidence, the entry a minuted decision gives on this device, and applying another device's
 * version of an entry. Every write compares first, so applying the same version twice writes
 * nothing. The caller holds the transaction (and sharing's apply guard).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { resolveDueDates } from './tracker';
import { plucked, prepared } from '../store/statement-cache';

export interface SharedActionRow {
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

export function actionForSharing(db: Database.Database, id: number): SharedActionRow | null {
  return (
    (prepared(db, `SELECT e.id, e.committee_id, e.meeting_id, e.source, e.kind, e.what, e.owner, e.due_text, e.status, e.not_action, e.member_fields,
           e.created_at, d.identity_key AS decision_key, d.meeting_id AS decision_meeting
         FROM action_entries e LEFT JOIN decisions d ON d.id = e.decision_id WHERE e.id = ?`,)
      .get(id) as SharedActionRow | undefined) ?? null
  );
}

export const actionLogForSharing = (db: Database.Database, entryId: number) =>
  prepared(db, 'SELECT id, at, status_from AS "from", status_to AS "to", note FROM action_updates WHERE entry_id = ? ORDER BY id').all(entryId) as Array<{
    id: number;
    at: string;
    from: string | null;
    to: string | null;
    note: string;
  }>;

export const actionEvidenceForSharing = (db: Database.Database, entryId: number) =>
  prepared(db, 'SELECT id, kind, text, added_at AS at FROM action_evidence WHERE entry_id = ? ORDER BY id').all(entryId) as Array<{
    id: number;
    kind: string;
    text: string;
    at: string;
  }>;

/** Entries with something of the member's in them (added by hand, a field set, a log note, evidence): what a newly connected device offers. */
export const memberActionIds = (db: Database.Database): number[] =>
  plucked(db, `SELECT e.id FROM action_entries e
       WHERE e.source = 'manual' OR e.member_fields <> '[]'
          OR EXISTS (SELECT 1 FROM action_updates u WHERE u.entry_id = e.id AND u.note NOT LIKE 'Marked % in the minutes%')
          OR EXISTS (SELECT 1 FROM action_evidence ev WHERE ev.entry_id = e.id)
       ORDER BY e.id`,)
    .all() as number[];

/** The entry a minuted decision gives on this device. */
export const actionForDecision = (db: Database.Database, meetingId: number, decisionKey: string): number | null =>
  (plucked(db, 'SELECT e.id FROM action_entries e JOIN decisions d ON d.id = e.decision_id WHERE d.meeting_id = ? AND d.identity_key = ?')
    .get(meetingId, decisionKey) as number | undefined) ?? null;

export interface SharedActionFields {
  status: string;
  /** Absent: the field was not set by a member on any device (the minutes' value stays). */
  owner?: string | null;
  due?: string | null;
  what?: string;
  kind?: { kind: string; notAction: boolean };
}

/** An entry added by hand on another device, made here. */
export function createSharedManualAction(
  db: Database.Database,
  e: { committeeId: number; meetingId: number | null; createdAt: string } & SharedActionFields,
): number {
  return Number(
    prepared(db, `INSERT INTO action_entries (committee_id, meeting_id, source, kind, what, owner, due_text, status, created_at, updated_at)
         VALUES (?, ?, 'manual', ?, ?, ?, ?, ?, ?, ?)`,)
      .run(e.committeeId, e.meetingId, e.kind?.kind ?? 'action', e.what ?? '', e.owner ?? null, e.due ?? null, e.status, e.createdAt, new Date().toISOString())
      .lastInsertRowid,
  );
}

/** Another device's status and member-set fields, written where they differ; a field it set is marked the member's. */
export function applySharedActionFields(db: Database.Database, id: number, f: SharedActionFields): boolean {
  const row = prepared(db, 'SELECT committee_id, status, owner, due_text, what, kind, not_action, member_fields, source FROM action_entries WHERE id = ?').get(id) as
    | { committee_id: number; status: string; owner: string | null; due_text: string | null; what: string; kind: string; not_action: number; member_fields: string; source: string }
    | undefined;
  if (!row) return false;
  const fields = new Set(JSON.parse(row.member_fields) as string[]);
  // A field the other device made the member's with the value it has here was checked there as the minutes gave it
  // (checkEntry's "confirmed:"), not changed: it keeps that mark, so neither device says "set by you" for it.
  const mark = (name: string, same: boolean) => {
    if (row.source !== 'minutes') return;
    if (!same) fields.delete(`confirmed:${name}`);
    else if (!fields.has(name)) fields.add(`confirmed:${name}`);
    fields.add(name);
  };
  const next = { status: f.status, owner: row.owner, due_text: row.due_text, what: row.what, kind: row.kind, not_action: row.not_action };
  if (f.owner !== undefined) {
    next.owner = f.owner;
    mark('owner', f.owner === row.owner);
  }
  if (f.due !== undefined) {
    next.due_text = f.due;
    mark('due', f.due === row.due_text);
  }
  if (f.what !== undefined) {
    next.what = f.what;
    mark('what', f.what === row.what);
  }
  if (f.kind !== undefined) {
    next.kind = f.kind.kind;
    next.not_action = f.kind.notAction ? 1 : 0;
    mark('kind', next.kind === row.kind && next.not_action === row.not_action);
  }
  const memberFields = JSON.stringify([...fields].sort());
  const changed =
    next.status !== row.status || next.owner !== row.owner || next.due_text !== row.due_text || next.what !== row.what || next.kind !== row.kind || next.not_action !== row.not_action;
  if (!changed && memberFields === row.member_fields) return false;
  prepared(db, 'UPDATE action_entries SET status = ?, owner = ?, due_text = ?, what = ?, kind = ?, not_action = ?, member_fields = ?, updated_at = ? WHERE id = ?').run(
    next.status,
    next.owner,
    next.due_text,
    next.what,
    next.kind,
    next.not_action,
    memberFields,
    new Date().toISOString(),
    id,
  );
  if (next.due_text !== row.due_text) resolveDueDates(db, row.committee_id);
  return true;
}

/** A log note from another device (the caller keeps which notes it has: each is added once). */
export const addSharedLogEntry = (db: Database.Database, entryId: number, e: { at: string; from: string | null; to: string | null; note: string }): number =>
  Number(prepared(db, 'INSERT INTO action_updates (entry_id, at, status_from, status_to, note) VALUES (?, ?, ?, ?, ?)').run(entryId, e.at, e.from, e.to, e.note).lastInsertRowid);

/** Evidence from another device (its paper or item stays on that device: the text travels). */
export const addSharedEvidence = (db: Database.Database, entryId: number, e: { kind: string; text: string; at: string }): number =>
  Number(
    prepared(db, 'INSERT INTO action_evidence (entry_id, kind, item_id, document_id, text, added_at) VALUES (?, ?, NULL, NULL, ?, ?)').run(entryId, e.kind, e.text, e.at)
      .lastInsertRowid,
  );

/** An entry the committee's chair removed from the shared log, added there by hand: it goes from the tracker here (with its log). */
export const removeSharedEntry = (db: Database.Database, id: number): boolean =>
  prepared(db, "DELETE FROM action_entries WHERE id = ? AND source = 'manual'").run(id).changes > 0;

/** An entry the chair removed from the shared log that this device's own minutes give: kept, marked dropped, with why in its log. */
export function withdrawSharedEntry(db: Database.Database, id: number, note: string): boolean {
  const status = plucked(db, 'SELECT status FROM action_entries WHERE id = ?').get(id) as string | undefined;
  if (status === undefined) return false;
  const stamp = new Date().toISOString();
  if (status !== 'dropped') prepared(db, "UPDATE action_entries SET status = 'dropped', updated_at = ? WHERE id = ?").run(stamp, id);
  prepared(db, 'INSERT INTO action_updates (entry_id, at, status_from, status_to, note) VALUES (?, ?, ?, ?, ?)').run(
    id,
    stamp,
    status !== 'dropped' ? status : null,
    status !== 'dropped' ? 'dropped' : null,
    note,
  );
  return true;
}

/** Entries of a committee from exempt (confidential) items, with the meeting's date. */
export const exemptEntriesOf = (db: Database.Database, committeeId: number) =>
  prepared(db, `SELECT e.id AS entryId, e.what, m.date AS meetingDate
       FROM action_entries e LEFT JOIN decisions d ON d.id = e.decision_id
       LEFT JOIN items i ON i.id = COALESCE(e.item_id, d.item_id) LEFT JOIN meetings m ON m.id = COALESCE(e.meeting_id, d.meeting_id)
       WHERE e.committee_id = ? AND i.exempt = 1 ORDER BY m.date, e.id`,)
    .all(committeeId) as Array<{ entryId: number; what: string; meetingDate: string | null }>;

export const isFromExemptItem = (db: Database.Database, entryId: number): boolean =>
  Boolean(
    prepared(db, `SELECT 1 FROM action_entries e LEFT JOIN decisions d ON d.id = e.decision_id
         JOIN items i ON i.id = COALESCE(e.item_id, d.item_id) WHERE e.id = ? AND i.exempt = 1`,)
      .get(entryId),
  );

export const entryExists = (db: Database.Database, entryId: number): boolean => Boolean(prepared(db, 'SELECT 1 FROM action_entries WHERE id = ?').get(entryId));

/** Entries of a committee (what a chair's device offers on connecting). */
export const committeeEntryIds = (db: Database.Database, committeeId: number): number[] =>
  plucked(db, 'SELECT id FROM action_entries WHERE committee_id = ? AND not_action = 0 ORDER BY id').all(committeeId) as number[];

/** An entry in words, for the committee's copy: its council, committee, meeting date and text. */
export const entryInfo = (db: Database.Database, entryId: number) =>
  prepared(db, `SELECT co.name AS council, c.name AS committee, m.date AS meeting, e.what FROM action_entries e
       JOIN committees c ON c.id = e.committee_id JOIN councils co ON co.id = c.council_id
       LEFT JOIN decisions d ON d.id = e.decision_id LEFT JOIN meetings m ON m.id = COALESCE(e.meeting_id, d.meeting_id) WHERE e.id = ?`,)
    .get(entryId) as { council: string; committee: string; meeting: string | null; what: string } | undefined;

/**
 * Fields the member corrected, set back to what the minutes say (a refused correction), and no
 * longer the member's own. `what` may give the text the committee's copy records.
 */
export function revertToMinutes(db: Database.Database, entryId: number, fields: ReadonlyArray<'owner' | 'due' | 'what' | 'kind'>, what: string | null): boolean {
  const r = prepared(db, 'SELECT e.member_fields, e.source, d.owner, d.due, d.text FROM action_entries e LEFT JOIN decisions d ON d.id = e.decision_id WHERE e.id = ?')
    .get(entryId) as { member_fields: string; source: string; owner: string | null; due: string | null; text: string | null } | undefined;
  if (!r || r.source !== 'minutes') return false;
  const memberFields = new Set(JSON.parse(r.member_fields) as string[]);
  const sets: string[] = [];
  const params: unknown[] = [];
  const column = { owner: ['owner', r.owner], due: ['due_text', r.due], what: ['what', what ?? r.text ?? ''], kind: ['not_action', 0] } as const;
  for (const f of fields) {
    if (!memberFields.delete(f)) continue;
    sets.push(`${column[f][0]} = ?`);
    params.push(column[f][1]);
  }
  if (sets.length === 0) return false;
  db.prepare(`UPDATE action_entries SET ${sets.join(', ')}, member_fields = ?, updated_at = ? WHERE id = ?`).run(...params, JSON.stringify([...memberFields].sort()), new Date().toISOString(), entryId);
  return true;
}

/** Entries of a committee added by hand on this device. */
export const manualEntryIds = (db: Database.Database, committeeId: number): number[] =>
  plucked(db, "SELECT id FROM action_entries WHERE committee_id = ? AND source = 'manual' ORDER BY id").all(committeeId) as number[];
