import type Database from 'better-sqlite3-multiple-ciphers';
import type { AttendeeView } from '../../shared/types/library';
import type { ParsedMinutes } from '../../shared/types/minutes';
import { decisionKey, foldName, itemKey, meetingKey } from './keys';

export const UNNAMED_COMMITTEE = 'Committee not named in the minutes';

export interface Provenance {
  fileName: string;
  sha256: string;
  byteSize: number;
  inputKind: string;
  parserVersion: number;
}

const now = () => new Date().toISOString();

export function upsertCouncil(db: Database.Database, name: string | null): number {
  const key = name ? foldName(name) : '';
  db.prepare('INSERT INTO councils (name, name_key, created_at) VALUES (?, ?, ?) ON CONFLICT (name_key) DO NOTHING').run(
    name,
    key,
    now(),
  );
  return (db.prepare('SELECT id FROM councils WHERE name_key = ?').get(key) as { id: number }).id;
}

export function upsertCommittee(db: Database.Database, councilId: number, name: string): number {
  const key = foldName(name);
  db.prepare(
    'INSERT INTO committees (council_id, name, name_key, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (council_id, name_key) DO NOTHING',
  ).run(councilId, name, key, now());
  return (db.prepare('SELECT id FROM committees WHERE council_id = ? AND name_key = ?').get(councilId, key) as { id: number })
    .id;
}

/** Makes keys unique within one import by numbering repeats, so two identical lines stay two rows. */
function uniqueKeys(keys: string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}

/**
 * Writes one parsed meeting, creating it or updating it in place. Must run inside a transaction
 * (the caller's), so a failure leaves nothing half-stored. Returns the meeting id and whether it existed.
 */
export interface WriteOptions {
  /** The library committee to file it under (council sync knows it); else found or made from the parsed names. */
  committeeId?: number;
  /** Whether this copy lists the whole meeting (items it no longer lists are withdrawn); by default judged from the items. */
  whole?: boolean;
}

/**
 * The committee a meeting belongs to. Minutes that do not name their council (ModernGov XML never
 * does) go to the one committee of that name when the library has exactly one, e.g. the committee a
 * council sync follows, so a meeting saved by hand and the same meeting synced are one meeting.
 */
function committeeFor(db: Database.Database, parsed: ParsedMinutes): number {
  const name = parsed.committee ?? UNNAMED_COMMITTEE;
  if (parsed.council === null) {
    const same = db.prepare('SELECT id FROM committees WHERE name_key = ? LIMIT 2').pluck().all(foldName(name)) as number[];
    if (same.length === 1 && same[0] !== undefined) return same[0];
  }
  return upsertCommittee(db, upsertCouncil(db, parsed.council), name);
}

export function writeMeeting(
  db: Database.Database,
  parsed: ParsedMinutes,
  source: Provenance,
  attendance: readonly AttendeeView[] = [],
  options: WriteOptions = {},
): { meetingId: number; existed: boolean } {
  const stamp = now();
  const committeeId = options.committeeId ?? committeeFor(db, parsed);
  const itemKeys = uniqueKeys(parsed.items.map((i) => itemKey(i.number, i.title)));
  const key = meetingKey(parsed.date, itemKeys[0] ?? null);

  const existing = db.prepare('SELECT id FROM meetings WHERE committee_id = ? AND identity_key = ?').get(committeeId, key) as
    | { id: number }
    | undefined;
  let meetingId: number;
  if (existing) {
    meetingId = existing.id;
    // Keep facts a partial page (a single item) does not repeat: only overwrite with what this copy states.
    db.prepare(
      `UPDATE meetings SET date = COALESCE(?, date), start_time = COALESCE(?, start_time), end_time = COALESCE(?, end_time),
       venue = COALESCE(?, venue), updated_at = ? WHERE id = ?`,
    ).run(parsed.date, parsed.startTime, parsed.endTime, parsed.venue, stamp, meetingId);
  } else {
    meetingId = Number(
      db
        .prepare(
          `INSERT INTO meetings (committee_id, identity_key, date, start_time, end_time, venue, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(committeeId, key, parsed.date, parsed.startTime, parsed.endTime, parsed.venue, stamp, stamp).lastInsertRowid,
    );
  }

  const isWholeMeeting = options.whole ?? !(parsed.items.length === 1 && parsed.items[0]?.number === null);
  const itemIds = writeItems(db, meetingId, parsed, itemKeys, isWholeMeeting, stamp);
  writeDecisions(db, meetingId, parsed, itemIds, isWholeMeeting, stamp);
  if (isWholeMeeting || parsed.apologies.length > 0 || parsed.declarations.length > 0 || attendance.length > 0) {
    writeAttendanceAndDeclarations(db, meetingId, parsed, attendance);
  }

  db.prepare(
    `INSERT INTO imports (meeting_id, file_name, sha256, byte_size, input_kind, parser_version, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (sha256) DO UPDATE SET meeting_id = excluded.meeting_id, file_name = excluded.file_name,
       input_kind = excluded.input_kind, parser_version = excluded.parser_version, imported_at = excluded.imported_at`,
  ).run(meetingId, source.fileName, source.sha256, source.byteSize, source.inputKind, source.parserVersion, stamp);

  return { meetingId, existed: Boolean(existing) };
}

/** Items by number (or title): matched rows keep their id; items a whole-meeting copy no longer lists are withdrawn, not deleted. */
function writeItems(
  db: Database.Database,
  meetingId: number,
  parsed: ParsedMinutes,
  keys: string[],
  isWholeMeeting: boolean,
  stamp: string,
): Map<string, number> {
  const ids = new Map<string, number>();
  const upsert = db.prepare(
    `INSERT INTO items (meeting_id, identity_key, number, title, exempt, truncated, agenda_text, minutes_text, position, withdrawn_at)
     VALUES (@meetingId, @key, @number, @title, @exempt, @truncated, @agendaText, @minutesText, @position, NULL)
     ON CONFLICT (meeting_id, identity_key) DO UPDATE SET number = excluded.number, title = excluded.title,
       exempt = excluded.exempt, truncated = excluded.truncated, agenda_text = excluded.agenda_text,
       minutes_text = excluded.minutes_text, position = excluded.position, withdrawn_at = NULL
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
      position: existingPosition?.position ?? positionBase + index,
    }) as { id: number };
    ids.set(key, row.id);
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
    `INSERT INTO decisions (meeting_id, item_id, identity_key, item_label, label, text, kind, owner, due, position, withdrawn_at)
     VALUES (@meetingId, @itemId, @key, @itemLabel, @label, @text, @kind, @owner, @due, @position, NULL)
     ON CONFLICT (meeting_id, identity_key) DO UPDATE SET item_id = excluded.item_id, item_label = excluded.item_label,
       label = excluded.label, text = excluded.text, kind = excluded.kind, owner = excluded.owner, due = excluded.due,
       position = excluded.position, withdrawn_at = NULL`,
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
    });
  });
  if (isWholeMeeting) {
    db.prepare(
      `UPDATE decisions SET withdrawn_at = ? WHERE meeting_id = ? AND withdrawn_at IS NULL
       AND identity_key NOT IN (SELECT value FROM json_each(?))`,
    ).run(stamp, meetingId, JSON.stringify(keys));
  }
}

/** Attendance as the parser read it; apologies the contract lists but attendance lacks are added. */
function writeAttendanceAndDeclarations(
  db: Database.Database,
  meetingId: number,
  parsed: ParsedMinutes,
  attendance: readonly AttendeeView[],
): void {
  db.prepare('DELETE FROM attendance WHERE meeting_id = ?').run(meetingId);
  const insertAttendance = db.prepare('INSERT INTO attendance (meeting_id, name, status, role, position) VALUES (?, ?, ?, ?, ?)');
  const listed = new Set(attendance.filter((a) => a.status === 'apologies').map((a) => a.name));
  const all: AttendeeView[] = [
    ...attendance,
    ...parsed.apologies.filter((name) => !listed.has(name)).map((name) => ({ name, status: 'apologies' as const, role: null })),
  ];
  all.forEach((a, i) => insertAttendance.run(meetingId, a.name, a.status, a.role, i));

  db.prepare('DELETE FROM declarations WHERE meeting_id = ?').run(meetingId);
  const insertDeclaration = db.prepare(
    'INSERT INTO declarations (meeting_id, item_label, member, subject, nature, withdrew, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  parsed.declarations.forEach((d, i) =>
    insertDeclaration.run(meetingId, d.item, d.member, d.subject, d.nature, d.withdrew ? 1 : 0, i),
  );
}
