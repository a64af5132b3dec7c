/**
 * The library's identities for sharing (main/share): a meeting, committee or item named by keys that
 * are the same on every device (council and committee name keys, the meeting's identity key, the
 * item's identity key; a ModernGov meeting id or saved-from address as strong keys), and the local
 * row a key names here. Reads only; sharing never writes the library's tables through this file.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { type MeetingChanges, editMeeting, mergeMeetings, splitImport } from './corrections';
import { detailsAlias } from './identity';
import { declarationKey } from './keys';
import { plucked, prepared } from '../store/statement-cache';

export interface SharedMeetingKey {
  council: string; // councils.name_key
  committee: string; // committees.name_key
  meeting: string | null; // meetings.identity_key (the date, mostly); null: the committee itself
  /** Strong keys of the meeting (meeting_keys: ModernGov meeting id, saved-from address), when it has any. */
  strong?: string[];
}

export function meetingKeyOf(db: Database.Database, meetingId: number | null): SharedMeetingKey | null {
  if (meetingId === null) return null;
  return (
    (prepared(db, `SELECT co.name_key AS council, c.name_key AS committee, m.identity_key AS meeting
         FROM meetings m JOIN committees c ON c.id = m.committee_id JOIN councils co ON co.id = c.council_id WHERE m.id = ?`,)
      .get(meetingId) as SharedMeetingKey | undefined) ?? null
  );
}

/** The meeting's strong keys that mean the same on every device (ModernGov meeting id, saved-from address), sorted. */
export function meetingStrongKeys(db: Database.Database, meetingId: number): string[] {
  return plucked(db, "SELECT key FROM meeting_keys WHERE meeting_id = ? AND (key LIKE 'mg:%' OR key LIKE 'url:%') ORDER BY key").all(meetingId) as string[];
}

export function committeeKeyOf(db: Database.Database, committeeId: number): SharedMeetingKey | null {
  return (
    (prepared(db, 'SELECT co.name_key AS council, c.name_key AS committee, NULL AS meeting FROM committees c JOIN councils co ON co.id = c.council_id WHERE c.id = ?')
      .get(committeeId) as SharedMeetingKey | undefined) ?? null
  );
}

export function committeeByKey(db: Database.Database, key: SharedMeetingKey): number | null {
  return (
    (plucked(db, 'SELECT c.id FROM committees c JOIN councils co ON co.id = c.council_id WHERE co.name_key = ? AND c.name_key = ?')
      .get(key.council, key.committee) as number | undefined) ?? null
  );
}

/**
 * The meeting a key names here: a strong key first (the same ModernGov meeting), else council,
 * committee and identity key, else a meeting the member moved here from those details (its alias).
 */
export function meetingByKey(db: Database.Database, key: SharedMeetingKey | null): number | null {
  if (!key?.meeting) return null;
  for (const strong of key.strong ?? []) {
    const id = plucked(db, 'SELECT meeting_id FROM meeting_keys WHERE key = ?').get(strong) as number | undefined;
    if (id !== undefined) return id;
  }
  const direct = plucked(db, `SELECT m.id FROM meetings m JOIN committees c ON c.id = m.committee_id JOIN councils co ON co.id = c.council_id
       WHERE co.name_key = ? AND c.name_key = ? AND m.identity_key = ?`,)
    .get(key.council, key.committee, key.meeting) as number | undefined;
  if (direct !== undefined) return direct;
  const committeeId = committeeByKey(db, key);
  if (committeeId === null || !key.meeting.startsWith('d:')) return null;
  return (plucked(db, 'SELECT meeting_id FROM meeting_keys WHERE key = ?').get(detailsAlias(committeeId, key.meeting.slice(2))) as number | undefined) ?? null;
}

/**
 * The identity a meeting had before the member corrected its details: the first alias their edit
 * left (its committee and date then), else its identity now; with its strong keys. The same
 * meeting gives the same key on every device that has it, corrected or not.
 */
export function originalMeetingKey(db: Database.Database, meetingId: number): SharedMeetingKey | null {
  const current = meetingKeyOf(db, meetingId);
  if (!current) return null;
  const alias = plucked(db, "SELECT key FROM meeting_keys WHERE meeting_id = ? AND origin = 'member' AND key LIKE 'cm:%' ORDER BY rowid LIMIT 1").get(meetingId) as
    | string
    | undefined;
  const parsed = alias ? /^cm:(\d+)\|(.+)$/.exec(alias) : null;
  const before = parsed ? committeeKeyOf(db, Number(parsed[1])) : null;
  const key = before && parsed ? { ...before, meeting: `d:${parsed[2]}` } : current;
  const strong = meetingStrongKeys(db, meetingId);
  return strong.length ? { ...key, strong } : key;
}

/** A meeting's details as the member corrected them: only the fields they set (meetings.member_fields). */
export interface SharedMeetingDetails {
  /** The committee (and its council) by name. */
  committee?: { council: string | null; committee: string };
  date?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  venue?: string | null;
}

export function meetingCorrectionForSharing(db: Database.Database, meetingId: number): SharedMeetingDetails | null {
  const r = prepared(db, `SELECT m.member_fields, m.date, m.start_time, m.end_time, m.venue, c.name AS committee, co.name AS council
       FROM meetings m JOIN committees c ON c.id = m.committee_id JOIN councils co ON co.id = c.council_id WHERE m.id = ?`,)
    .get(meetingId) as
    | { member_fields: string; date: string | null; start_time: string | null; end_time: string | null; venue: string | null; committee: string; council: string | null }
    | undefined;
  if (!r) return null;
  const fields = new Set(JSON.parse(r.member_fields) as string[]);
  return {
    ...(fields.has('committee') || fields.has('council') ? { committee: { council: r.council, committee: r.committee } } : {}),
    ...(fields.has('date') ? { date: r.date } : {}),
    ...(fields.has('startTime') ? { startTime: r.start_time } : {}),
    ...(fields.has('endTime') ? { endTime: r.end_time } : {}),
    ...(fields.has('venue') ? { venue: r.venue } : {}),
  };
}

/** Meetings whose details the member corrected: what a newly connected device offers. */
export const correctedMeetingIds = (db: Database.Database): number[] =>
  plucked(db, "SELECT id FROM meetings WHERE member_fields <> '[]' ORDER BY id").all() as number[];

/**
 * Another device's correction of a meeting's details, made here through editMeeting (aliases, the
 * post-write pipeline) for the fields that differ; nothing when none does. Throws as editMeeting
 * does (another meeting has these details).
 */
export function applySharedMeetingCorrection(db: Database.Database, meetingId: number, d: SharedMeetingDetails): boolean {
  const current = prepared(db, `SELECT m.date, m.start_time AS startTime, m.end_time AS endTime, m.venue, c.name AS committee, co.name AS council, m.member_fields
       FROM meetings m JOIN committees c ON c.id = m.committee_id JOIN councils co ON co.id = c.council_id WHERE m.id = ?`,)
    .get(meetingId) as
    | { date: string | null; startTime: string | null; endTime: string | null; venue: string | null; committee: string; council: string | null; member_fields: string }
    | undefined;
  if (!current) return false;
  // A field is made the member's here too, even where the value is already the same (the minutes printed it so).
  const own = new Set(JSON.parse(current.member_fields) as string[]);
  const changes: MeetingChanges = {};
  if (d.committee && (d.committee.committee !== current.committee || d.committee.council !== current.council)) {
    changes.committee = d.committee.committee;
    if (d.committee.council !== null && d.committee.council !== current.council) changes.council = d.committee.council;
  }
  if (d.date !== undefined && (d.date !== current.date || !own.has('date'))) changes.date = d.date;
  if (d.startTime !== undefined && (d.startTime !== current.startTime || !own.has('startTime'))) changes.startTime = d.startTime;
  if (d.endTime !== undefined && (d.endTime !== current.endTime || !own.has('endTime'))) changes.endTime = d.endTime;
  if (d.venue !== undefined && (d.venue !== current.venue || !own.has('venue'))) changes.venue = d.venue;
  if (Object.keys(changes).length === 0) return false;
  editMeeting(db, meetingId, changes);
  return true;
}

/**
 * Another device's merge of two meetings, made here through mergeMeetings when both meetings are here
 * and still apart: 'merged'; 'done' when the merged one already resolves to the kept one (merged here
 * before, or it is this device's own merge); 'waiting' while either is not on this device.
 */
export function applySharedMerge(db: Database.Database, kept: SharedMeetingKey, merged: SharedMeetingKey): 'merged' | 'done' | 'waiting' {
  const keepId = meetingByKey(db, kept);
  const otherId = meetingByKey(db, merged);
  if (keepId !== null && otherId === keepId) return 'done';
  if (keepId === null || otherId === null) return 'waiting';
  mergeMeetings(db, keepId, otherId);
  return 'merged';
}

/**
 * Another device's split of a file off a meeting, made here through splitImport when the meeting here
 * holds that file among others: 'split'; 'done' when the file is already in a meeting of its own (split
 * here before); 'waiting' while the meeting or the file is not on this device.
 */
export function applySharedSplit(db: Database.Database, from: SharedMeetingKey, sha256: string): 'split' | 'done' | 'waiting' {
  const fromId = meetingByKey(db, from);
  const holder = plucked(db, 'SELECT meeting_id FROM imports WHERE sha256 = ?').get(sha256) as number | undefined;
  if (holder !== undefined && plucked(db, 'SELECT identity_key FROM meetings WHERE id = ?').get(holder) === `x:split:${sha256}`) return 'done';
  if (fromId === null || holder !== fromId) return 'waiting';
  const others = plucked(db, 'SELECT COUNT(*) FROM imports WHERE meeting_id = ? AND sha256 <> ?').get(fromId, sha256) as number;
  if (others === 0) return 'waiting';
  splitImport(db, fromId, sha256);
  return 'split';
}

export function itemKeyOf(db: Database.Database, itemId: number | null): string | null {
  if (itemId === null) return null;
  return (plucked(db, 'SELECT identity_key FROM items WHERE id = ?').get(itemId) as string | undefined) ?? null;
}

export function itemByKey(db: Database.Database, meetingId: number, itemKey: string | null): number | null {
  if (itemKey === null) return null;
  return (plucked(db, 'SELECT id FROM items WHERE meeting_id = ? AND identity_key = ?').get(meetingId, itemKey) as number | undefined) ?? null;
}

export const committeeName = (db: Database.Database, committeeId: number): string | null =>
  (plucked(db, 'SELECT name FROM committees WHERE id = ?').get(committeeId) as string | undefined) ?? null;

/** A declaration of interest as the member corrected it (added, edited or removed one read from the minutes). */
export interface SharedDeclarationCorrection {
  member: string;
  item: string | null;
  subject: string;
  nature: string;
  withdrew: boolean;
  removed: boolean;
  /** Checked against the minutes and kept as read (not changed). */
  checked: boolean;
}

export function declarationCorrectionForSharing(
  db: Database.Database,
  id: number,
): (SharedDeclarationCorrection & { meetingId: number; originalKey: string | null }) | null {
  const r = prepared(db, `SELECT meeting_id AS meetingId, member, item_label AS item, subject, nature, withdrew, removed_by_member AS removed,
       checked_by_member AS checked, original_key AS originalKey
       FROM declarations WHERE id = ? AND member_set = 1`,)
    .get(id) as
    | (Omit<SharedDeclarationCorrection, 'withdrew' | 'removed' | 'checked'> & { meetingId: number; originalKey: string | null; withdrew: number; removed: number; checked: number })
    | undefined;
  return r ? { ...r, withdrew: r.withdrew === 1, removed: r.removed === 1, checked: r.checked === 1 } : null;
}

/** Declarations the member corrected: what a newly connected device offers. */
export const correctedDeclarationIds = (db: Database.Database): number[] =>
  plucked(db, 'SELECT id FROM declarations WHERE member_set = 1 ORDER BY id').all() as number[];

/** The declaration here that a correction of the one read from the minutes as `originalKey` is about. */
export function declarationByOriginalKey(db: Database.Database, meetingId: number, originalKey: string): number | null {
  const rows = prepared(db, 'SELECT id, member, item_label AS item, subject, original_key AS originalKey FROM declarations WHERE meeting_id = ? ORDER BY member_set DESC, id').all(meetingId) as Array<{
    id: number;
    member: string;
    item: string | null;
    subject: string;
    originalKey: string | null;
  }>;
  return rows.find((r) => r.originalKey === originalKey)?.id ?? rows.find((r) => r.originalKey === null && declarationKey(r.member, r.item, r.subject) === originalKey)?.id ?? null;
}

/**
 * Another device's correction of a declaration, made here: the row written where it differs (and
 * marked the member's, so no later import brings back what they changed), or added (a declaration the
 * member added, or a correction of one these minutes do not give here: kept, so they cannot bring it back).
 */
export function applySharedDeclarationCorrection(
  db: Database.Database,
  id: number | null,
  meetingId: number,
  c: SharedDeclarationCorrection,
  originalKey: string | null,
): { id: number; changed: boolean } {
  const current = id === null ? null : declarationCorrectionForSharing(db, id);
  const values = [c.member, c.item, c.subject, c.nature, c.withdrew ? 1 : 0, c.removed ? 1 : 0, c.checked ? 1 : 0];
  if (id !== null) {
    const same =
      current !== null &&
      current.member === c.member &&
      current.item === c.item &&
      current.subject === c.subject &&
      current.nature === c.nature &&
      current.withdrew === c.withdrew &&
      current.removed === c.removed &&
      current.checked === c.checked;
    if (same) return { id, changed: false };
    prepared(db, `UPDATE declarations SET member = ?, item_label = ?, subject = ?, nature = ?, withdrew = ?, removed_by_member = ?, checked_by_member = ?,
         member_set = 1, original_key = COALESCE(original_key, ?) WHERE id = ?`,).run(...values, originalKey, id);
    return { id, changed: true };
  }
  const position = plucked(db, 'SELECT COALESCE(MAX(position), -1) + 1 FROM declarations WHERE meeting_id = ?').get(meetingId) as number;
  const made = prepared(db, `INSERT INTO declarations (meeting_id, member, item_label, subject, nature, withdrew, removed_by_member, checked_by_member, member_set,
       original_key, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,)
    .run(meetingId, ...values, originalKey, position);
  return { id: Number(made.lastInsertRowid), changed: true };
}

/** A declaration the member added and then removed on another device: removed here. */
export const removeSharedDeclaration = (db: Database.Database, id: number): boolean =>
  prepared(db, 'DELETE FROM declarations WHERE id = ? AND member_set = 1').run(id).changes > 0;
