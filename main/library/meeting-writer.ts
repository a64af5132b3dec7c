import type Database from 'better-sqlite3-multiple-ciphers';
import type { AttendeeView } from '../../shared/types/library';
import type { ParsedMinutes } from '../../shared/types/minutes';
import { decisionKey, declarationKey, itemKey } from './keys';
import { foldNameWord } from '../minutes/named-not-read';
import { isDeclarationsTitle } from '../minutes/declarations-state';

export interface Provenance {
  fileName: string;
  sha256: string;
  byteSize: number;
  inputKind: string;
  parserVersion: number;
}

const now = () => new Date().toISOString();

/** Makes keys unique within one import by numbering repeats, so two identical lines stay two rows. */
function uniqueKeys(keys: string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}

/** Where a parsed meeting is written: an existing meeting, or a new one (identity.ts decides which). */
export type WriteTarget =
  | { meetingId: number }
  | { committeeId: number; identityKey: string; needsCheck: string | null };

export interface WriteOptions {
  /** Whether this copy lists the whole meeting (items it no longer lists are withdrawn); by default judged from the items. */
  whole?: boolean;
}

/**
 * Writes one parsed meeting into its target, creating it or updating it in place. Must run inside
 * a transaction (the caller's), so a failure leaves nothing half-stored. Fields the member set
 * (`member_fields`) are never written; text a copy leaves empty never erases text already stored.
 * Provenance (the `imports` row) is the caller's: see ingest.ts.
 */
export function writeMeeting(
  db: Database.Database,
  parsed: ParsedMinutes,
  source: Provenance,
  attendance: readonly AttendeeView[],
  target: WriteTarget,
  options: WriteOptions = {},
): { meetingId: number; existed: boolean } {
  const stamp = now();
  const itemKeys = uniqueKeys(parsed.items.map((i) => itemKey(i.number, i.title)));
  let meetingId: number;
  const existed = 'meetingId' in target;
  if ('meetingId' in target) {
    meetingId = target.meetingId;
    const locked = new Set(JSON.parse((db.prepare('SELECT member_fields FROM meetings WHERE id = ?').pluck().get(meetingId) as string | undefined) ?? '[]') as string[]);
    const keep = (field: string, value: string | null) => (locked.has(field) ? null : value);
    // Only fill in what this copy states; a date already known is changed by the member or by sync, never by a page.
    db.prepare(
      `UPDATE meetings SET date = COALESCE(date, ?), start_time = COALESCE(?, start_time), end_time = COALESCE(?, end_time),
       venue = COALESCE(?, venue), updated_at = ? WHERE id = ?`,
    ).run(keep('date', parsed.date), keep('startTime', parsed.startTime), keep('endTime', parsed.endTime), keep('venue', parsed.venue), stamp, meetingId);
  } else {
    meetingId = Number(
      db
        .prepare(
          `INSERT INTO meetings (committee_id, identity_key, date, start_time, end_time, venue, needs_check, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(target.committeeId, target.identityKey, parsed.date, parsed.startTime, parsed.endTime, parsed.venue, target.needsCheck, stamp, stamp).lastInsertRowid,
    );
  }

  const isWholeMeeting = options.whole ?? !(parsed.items.length === 1 && parsed.items[0]?.number === null);
  const itemIds = writeItems(db, meetingId, parsed, itemKeys, isWholeMeeting, stamp, source.sha256);
  writeDecisions(db, meetingId, parsed, itemIds, isWholeMeeting, stamp, source.sha256);
  writeAttendanceAndDeclarations(db, meetingId, parsed, attendance, isWholeMeeting, source.sha256);
  return { meetingId, existed };
}

/** Items by number (or title): matched rows keep their id; items a whole-meeting copy no longer lists are withdrawn, not deleted. */
function writeItems(
  db: Database.Database,
  meetingId: number,
  parsed: ParsedMinutes,
  keys: string[],
  isWholeMeeting: boolean,
  stamp: string,
  sourceSha: string,
): Map<string, number> {
  const ids = new Map<string, number>();
  const upsert = db.prepare(
    `INSERT INTO items (meeting_id, identity_key, number, title, exempt, truncated, agenda_text, minutes_text, position, withdrawn_at, source_sha256, decisions_state)
     VALUES (@meetingId, @key, @number, @title, @exempt, @truncated, @agendaText, @minutesText, @position, NULL, @source, @decisionsState)
     ON CONFLICT (meeting_id, identity_key) DO UPDATE SET number = excluded.number, title = excluded.title,
       exempt = excluded.exempt,
       -- A copy that leaves a text out (an agenda, a cut page) never erases what another copy brought.
       truncated = CASE WHEN excluded.minutes_text = '' AND items.minutes_text <> '' THEN items.truncated ELSE excluded.truncated END,
       agenda_text = CASE WHEN excluded.agenda_text = '' THEN items.agenda_text ELSE excluded.agenda_text END,
       minutes_text = CASE WHEN excluded.minutes_text = '' THEN items.minutes_text ELSE excluded.minutes_text END,
       -- How much of the decisions was read belongs to the minutes' text it was read from.
       decisions_state = CASE WHEN excluded.minutes_text = '' THEN items.decisions_state ELSE excluded.decisions_state END,
       position = excluded.position, withdrawn_at = NULL, source_sha256 = excluded.source_sha256
     RETURNING id`,
  );
  const insertDocument = db.prepare('INSERT INTO item_documents (item_id, position, title, format, size_kb) VALUES (?, ?, ?, ?, ?)');
  const positionBase = isWholeMeeting
    ? 0
    : ((db.prepare('SELECT MAX(position) AS p FROM items WHERE meeting_id = ?').get(meetingId) as { p: number | null }).p ?? -1) + 1;
  parsed.items.forEach((item, index) => {
    const key = keys[index] as string;
    const existingPosition = isWholeMeeting
      ? null
      : (db.prepare('SELECT position FROM items WHERE meeting_id = ? AND identity_key = ?').get(meetingId, key) as
          | { position: number }
          | undefined);
    const row = upsert.get({
      meetingId,
      key,
      number: item.number,
      title: item.title,
      exempt: item.exempt ? 1 : 0,
      truncated: item.truncated ? 1 : 0,
      agendaText: item.agendaText,
      minutesText: item.minutesText,
      decisionsState: item.minutesText === '' ? null : (item.decisionsState ?? null),
      position: existingPosition?.position ?? positionBase + index,
      source: sourceSha,
    }) as { id: number };
    ids.set(key, row.id);
    if (item.documents.length === 0) return;
    db.prepare('DELETE FROM item_documents WHERE item_id = ?').run(row.id);
    item.documents.forEach((d, i) => insertDocument.run(row.id, i, d.title, d.format, d.sizeKb));
  });
  if (isWholeMeeting) {
    const keep = JSON.stringify([...ids.keys()]);
    db.prepare(
      `UPDATE items SET withdrawn_at = ? WHERE meeting_id = ? AND withdrawn_at IS NULL
       AND identity_key NOT IN (SELECT value FROM json_each(?))`,
    ).run(stamp, meetingId, keep);
  }
  return ids;
}

function writeDecisions(
  db: Database.Database,
  meetingId: number,
  parsed: ParsedMinutes,
  itemIds: Map<string, number>,
  isWholeMeeting: boolean,
  stamp: string,
  sourceSha: string,
): void {
  // Decisions name their item by its printed number; on a single-item page (number null) they belong to that item.
  const byNumber = new Map<string, string>();
  parsed.items.forEach((item, i) => {
    const key = [...itemIds.keys()][i];
    if (key && item.number) byNumber.set(item.number, key);
  });
  const singleItemKey = parsed.items.length === 1 ? [...itemIds.keys()][0] : undefined;
  const itemKeyFor = (label: string | null) => (label ? byNumber.get(label) : singleItemKey) ?? null;

  const keys = uniqueKeys(parsed.decisions.map((d) => decisionKey(itemKeyFor(d.item) ?? 'meeting', d.label, d.text)));
  const upsert = db.prepare(
    `INSERT INTO decisions (meeting_id, item_id, identity_key, item_label, label, text, kind, owner, due, position, withdrawn_at, source_sha256, passage, status)
     VALUES (@meetingId, @itemId, @key, @itemLabel, @label, @text, @kind, @owner, @due, @position, NULL, @source, @passage, @status)
     ON CONFLICT (meeting_id, identity_key) DO UPDATE SET item_id = excluded.item_id, item_label = excluded.item_label,
       label = excluded.label, text = excluded.text, kind = excluded.kind, owner = excluded.owner, due = excluded.due,
       position = excluded.position, withdrawn_at = NULL, source_sha256 = excluded.source_sha256, passage = excluded.passage,
       status = excluded.status`,
  );
  parsed.decisions.forEach((d, index) => {
    const k = itemKeyFor(d.item);
    upsert.run({
      meetingId,
      itemId: k ? (itemIds.get(k) ?? null) : null,
      key: keys[index],
      itemLabel: d.item,
      label: d.label,
      text: d.text,
      kind: d.kind,
      owner: d.owner,
      due: d.due,
      position: index,
      source: sourceSha,
      passage: d.passage ?? null,
      status: d.status ?? null,
    });
  });
  if (isWholeMeeting) {
    db.prepare(
      `UPDATE decisions SET withdrawn_at = ? WHERE meeting_id = ? AND withdrawn_at IS NULL
       AND identity_key NOT IN (SELECT value FROM json_each(?))`,
    ).run(stamp, meetingId, JSON.stringify(keys));
  }
}

/**
 * Attendance and declarations as the parser read them. A whole copy (already judged at least as full
 * as what is stored: see ingest.ts) replaces them; a partial page (one item) only adds what is new.
 */
function writeAttendanceAndDeclarations(
  db: Database.Database,
  meetingId: number,
  parsed: ParsedMinutes,
  attendance: readonly AttendeeView[],
  isWholeMeeting: boolean,
  sourceSha: string,
): void {
  const listed = new Set(attendance.filter((a) => a.status === 'apologies').map((a) => a.name));
  const all: AttendeeView[] = [
    ...attendance,
    ...parsed.apologies.filter((name) => !listed.has(name)).map((name) => ({ name, status: 'apologies' as const, role: null })),
  ];
  if (isWholeMeeting && all.length > 0) db.prepare('DELETE FROM attendance WHERE meeting_id = ?').run(meetingId);
  const known = new Set((db.prepare('SELECT name FROM attendance WHERE meeting_id = ?').pluck().all(meetingId) as string[]));
  let position = (db.prepare('SELECT COALESCE(MAX(position), -1) FROM attendance WHERE meeting_id = ?').pluck().get(meetingId) as number) + 1;
  const insertAttendance = db.prepare('INSERT INTO attendance (meeting_id, name, status, role, position, source_sha256) VALUES (?, ?, ?, ?, ?, ?)');
  for (const a of all) {
    if (known.has(a.name)) continue;
    known.add(a.name);
    insertAttendance.run(meetingId, a.name, a.status, a.role, position++, sourceSha);
  }

  // The member's own rows (added, edited, removed) are never replaced by what the minutes say.
  if (isWholeMeeting && parsed.declarations.length > 0) db.prepare('DELETE FROM declarations WHERE meeting_id = ? AND member_set = 0').run(meetingId);
  // What the minutes say about declarations: a whole copy says it for the meeting; a part only when it read some.
  setMeetingState(db, meetingId, 'declarations_state', parsed.declarationsState ?? null, isWholeMeeting, ['declared', 'unread']);
  // A page of the declarations item alone ("Declarations of Interest, if any" / "There were no declarations of interest.")
  // says it for the meeting, where nothing else has yet.
  const declarationsPart = !isWholeMeeting && parsed.items.length === 1 && isDeclarationsTitle(parsed.items[0]?.title ?? '');
  if (declarationsPart && parsed.declarationsState === 'none-declared') {
    db.prepare("UPDATE meetings SET declarations_state = 'none-declared' WHERE id = ? AND (declarations_state IS NULL OR declarations_state = 'absent')").run(meetingId);
  }
  // How much of the attendance was read: the same, a part only when it found a list it could not read.
  setMeetingState(db, meetingId, 'attendance_state', parsed.attendanceState ?? null, isWholeMeeting, ['partial', 'unread']);
  setNamedElsewhere(db, meetingId, parsed.attendanceNamedElsewhere, isWholeMeeting);
  // Passages of the declarations section no reader took: a whole copy says it for the meeting (none once one reads them).
  if (isWholeMeeting) db.prepare('UPDATE meetings SET declarations_not_read = ? WHERE id = ?').run(parsed.declarationsNotRead?.length ? JSON.stringify(parsed.declarationsNotRead) : null, meetingId);
  // Decisions worded before the first item: only a whole copy has the minutes' opening.
  setMeetingState(db, meetingId, 'intro_decisions_state', parsed.introDecisionsState ?? null, isWholeMeeting, []);
  // And the sentences behind it, for the member to judge (none once a whole copy reads them all).
  if (isWholeMeeting && parsed.introDecisionsState) {
    const sentences = parsed.introDecisionSentences?.length ? JSON.stringify(parsed.introDecisionSentences) : null;
    db.prepare('UPDATE meetings SET intro_decision_sentences = ? WHERE id = ?').run(sentences, meetingId);
  }
  const present = new Set<string>();
  for (const d of db.prepare('SELECT member, item_label AS item, subject, original_key AS originalKey FROM declarations WHERE meeting_id = ?').all(meetingId) as Array<{
    member: string;
    item: string | null;
    subject: string;
    originalKey: string | null;
  }>) {
    present.add(declarationKey(d.member, d.item, d.subject));
    if (d.originalKey) present.add(d.originalKey);
  }
  let at = (db.prepare('SELECT COALESCE(MAX(position), -1) FROM declarations WHERE meeting_id = ?').pluck().get(meetingId) as number) + 1;
  const insertDeclaration = db.prepare(
    'INSERT INTO declarations (meeting_id, item_label, member, subject, nature, withdrew, position, source_sha256, passage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const d of parsed.declarations) {
    const key = declarationKey(d.member, d.item, d.subject);
    if (present.has(key)) continue;
    present.add(key);
    insertDeclaration.run(meetingId, d.item, d.member, d.subject, d.nature, d.withdrew ? 1 : 0, at++, sourceSha, d.passage ?? null);
  }
}

/** A name's last word, folded: "Cllr A. Bailes" and "A Bailes" are one surname. */
const surnameKey = (name: string) => foldNameWord(name.trim().split(/\s+/).pop() ?? '');

/**
 * The people the minutes name who are in no list read (ParsedMinutes.attendanceNamedElsewhere): a whole copy says it for
 * the meeting; a part (one item's page) adds its own. Anyone the stored attendance now holds is left out, so a name read
 * from another copy's list is not asked about.
 */
function setNamedElsewhere(db: Database.Database, meetingId: number, names: readonly string[] | undefined, isWholeMeeting: boolean): void {
  if (!names) return;
  const listed = new Set((db.prepare('SELECT name FROM attendance WHERE meeting_id = ?').pluck().all(meetingId) as string[]).map(surnameKey));
  const stored = db.prepare('SELECT attendance_named_elsewhere FROM meetings WHERE id = ?').pluck().get(meetingId) as string | null;
  const before = isWholeMeeting || !stored ? [] : (JSON.parse(stored) as string[]);
  const keys = new Set<string>();
  const kept = [...before, ...names].filter((n) => {
    const k = surnameKey(n);
    if (listed.has(k) || keys.has(k)) return false;
    keys.add(k);
    return true;
  });
  if (!isWholeMeeting && !stored && kept.length === 0) return;
  db.prepare('UPDATE meetings SET attendance_named_elsewhere = ? WHERE id = ?').run(JSON.stringify(kept), meetingId);
}

/**
 * A meeting's state column ("what the minutes say about …"): a whole copy of the minutes sets it; a part of them only
 * with one of the states that matter whatever else the minutes hold (`fromPart`). 'absent' never replaces a known state.
 */
function setMeetingState(
  db: Database.Database,
  meetingId: number,
  column: 'declarations_state' | 'attendance_state' | 'intro_decisions_state',
  state: string | null,
  isWholeMeeting: boolean,
  fromPart: readonly string[],
): void {
  if (!state || !(isWholeMeeting || fromPart.includes(state))) return;
  db.prepare(`UPDATE meetings SET ${column} = CASE WHEN ? = 'absent' AND ${column} IS NOT NULL THEN ${column} ELSE ? END WHERE id = ?`).run(state, state, meetingId);
}
