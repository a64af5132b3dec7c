/**
 * The one ingest path: a meeting and everything that follows from it. A manual import and council
 * sync both call `ingestMeeting`, so every rule below holds for both:
 *
 * - which meeting: identity.ts (never a guess; a file that cannot be placed is its own meeting);
 * - nothing one file brings overwrites what another brought: every file is kept as a version of the
 *   meeting's minutes (`imports`), and a whole copy with less in it than the meeting shows now (a cut
 *   page, a truncated download, an agenda after the minutes) is kept but not applied;
 * - then the tracker, follow-up proposals, the PDF's pages and the item ↔ page maps, in the same
 *   transaction (the caller's).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AttendeeView } from '../../shared/types/library';
import type { ParsedMinutes } from '../../shared/types/minutes';
import { publish } from '../pipeline';
import {
  type MeetingFacts,
  type Resolution,
  UNNAMED_COMMITTEE,
  addMeetingKeys,
  describeMeeting,
  needsCheckWords,
  detailsAlias,
  resolveMeeting,
  strongKeys,
} from './identity';
import { type Provenance, type WriteTarget, writeMeeting } from './meeting-writer';

export type DocumentKind = 'minutes' | 'agenda';

export interface IngestInput {
  parsed: ParsedMinutes & Partial<Pick<MeetingFacts, 'councilDomain' | 'sourceAddress' | 'remoteMeetingId'>>;
  attendance: readonly AttendeeView[];
  source: Provenance;
  document: DocumentKind;
  origin: 'import' | 'sync';
  /** Council sync: the library committee it follows, and the meeting it already linked (if any). */
  committeeId?: number;
  meetingId?: number | null;
  /** Council sync: the meeting's identity on the council's site ("mg:host:id"). */
  keys?: string[];
  whole?: boolean;
  /** Printed minutes: the PDF's page text, stored as the meeting's minutes paper. */
  pdfPages?: string[];
  /** The member chose to apply this copy even though it has less in it. */
  force?: boolean;
}

export interface IngestResult {
  meetingId: number;
  status: 'imported' | 'updated' | 'kept' | 'unchanged';
  /** Why the meeting's details need checking, when they do. */
  needsCheck: string | null;
  message: string;
}

export interface CopyStats {
  items: number;
  decisions: number;
  declarations: number;
  attendance: number;
  minutesChars: number;
}

export function parsedStats(parsed: ParsedMinutes, attendance: readonly AttendeeView[]): CopyStats {
  const names = new Set([...attendance.map((a) => a.name), ...parsed.apologies]);
  return {
    items: parsed.items.length,
    decisions: parsed.decisions.length,
    declarations: parsed.declarations.length,
    attendance: names.size,
    minutesChars: parsed.items.reduce((n, i) => n + i.minutesText.length, 0),
  };
}

export function meetingStats(db: Database.Database, meetingId: number): CopyStats {
  return db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM items WHERE meeting_id = @id AND withdrawn_at IS NULL) AS items,
              (SELECT COUNT(*) FROM decisions WHERE meeting_id = @id AND withdrawn_at IS NULL) AS decisions,
              -- Declarations the minutes brought (including ones the member since edited or removed), not ones the member added.
              (SELECT COUNT(*) FROM declarations WHERE meeting_id = @id AND NOT (member_set = 1 AND original_key IS NULL)) AS declarations,
              (SELECT COUNT(*) FROM attendance WHERE meeting_id = @id) AS attendance,
              (SELECT COALESCE(SUM(length(minutes_text)), 0) FROM items WHERE meeting_id = @id AND withdrawn_at IS NULL) AS minutesChars`,
    )
    .get({ id: meetingId }) as CopyStats;
}

/** What the meeting shows, as one string: to tell a copy that changed nothing from one that did. */
function meetingContent(db: Database.Database, meetingId: number): string {
  const rows = (sql: string) => JSON.stringify(db.prepare(sql).raw().all(meetingId));
  return [
    rows('SELECT identity_key, title, agenda_text, minutes_text, exempt, truncated FROM items WHERE meeting_id = ? AND withdrawn_at IS NULL ORDER BY position, id'),
    rows('SELECT identity_key, text, kind, owner, due FROM decisions WHERE meeting_id = ? AND withdrawn_at IS NULL ORDER BY position, id'),
    rows('SELECT member, item_label, subject, nature, withdrew FROM declarations WHERE meeting_id = ? ORDER BY position, id'),
    rows('SELECT name, status, role FROM attendance WHERE meeting_id = ? ORDER BY position, id'),
  ].join('|');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a whole copy lacks against the meeting as stored, in words ("7 items against 13"). */
export function whatIsMissing(next: CopyStats, current: CopyStats): string[] {
  const missing: string[] = [];
  const count = (field: keyof CopyStats, word: string) => {
    if (next[field] < current[field]) missing.push(`${plural(next[field], word)} against ${current[field]}`);
  };
  count('items', 'item');
  count('decisions', 'decision');
  count('declarations', 'declaration');
  count('attendance', 'attendee');
  // Minutes text: a tenth shorter is a cut copy, not a reworded one.
  if (next.minutesChars < current.minutesChars * 0.9) missing.push(`${next.minutesChars.toLocaleString('en-GB')} characters of minutes against ${current.minutesChars.toLocaleString('en-GB')}`);
  return missing;
}

function describeChange(before: CopyStats, after: CopyStats): string {
  const parts: string[] = [];
  const diff = (field: keyof CopyStats, word: string) => {
    if (before[field] !== after[field]) parts.push(`${word} ${before[field]} → ${after[field]}`);
  };
  diff('items', 'items');
  diff('decisions', 'decisions');
  diff('declarations', 'declarations');
  diff('attendance', 'attendance');
  if (parts.length === 0) parts.push(before.minutesChars === after.minutesChars ? 'no change to what the meeting shows' : 'minutes text revised');
  return parts.join('; ');
}

/** Sync: its own committee and meeting ids; a meeting is matched only within the committee it follows. */
function resolveForSync(db: Database.Database, input: IngestInput): Resolution {
  if (input.meetingId) return { kind: 'existing', meetingId: input.meetingId, by: 'address' };
  const byKey = db.prepare('SELECT meeting_id FROM meeting_keys WHERE key = ?').pluck();
  for (const key of input.keys ?? []) {
    const meetingId = byKey.get(key) as number | undefined;
    if (meetingId !== undefined) return { kind: 'existing', meetingId, by: 'address' };
  }
  const committeeId = input.committeeId as number;
  const date = input.parsed.date;
  if (date) {
    const alias = byKey.get(detailsAlias(committeeId, date)) as number | undefined;
    if (alias !== undefined) return { kind: 'existing', meetingId: alias, by: 'alias' };
    const same = db.prepare('SELECT id FROM meetings WHERE committee_id = ? AND identity_key = ?').pluck().get(committeeId, `d:${date}`) as number | undefined;
    if (same !== undefined) return { kind: 'existing', meetingId: same, by: 'details' };
    return { kind: 'new', committeeId, identityKey: `d:${date}`, needsCheck: null };
  }
  return { kind: 'new', committeeId, identityKey: `x:${input.source.sha256}`, needsCheck: 'no-date' };
}

function recordImport(db: Database.Database, meetingId: number, input: IngestInput, status: 'applied' | 'kept', summary: string, stats: CopyStats): void {
  const { source } = input;
  // The same bytes already recorded for a meeting sync must not adopt: that record stays where it is.
  const holder = db.prepare('SELECT meeting_id FROM imports WHERE sha256 = ?').pluck().get(source.sha256) as number | undefined;
  if (input.origin === 'sync' && holder !== undefined && holder !== meetingId) return;
  db.prepare(
    `INSERT INTO imports (meeting_id, file_name, sha256, byte_size, input_kind, parser_version, imported_at, document, status, summary, stats)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (sha256) DO UPDATE SET meeting_id = excluded.meeting_id, file_name = excluded.file_name,
       input_kind = excluded.input_kind, parser_version = excluded.parser_version, imported_at = excluded.imported_at,
       document = excluded.document, status = excluded.status, summary = excluded.summary, stats = excluded.stats`,
  ).run(meetingId, source.fileName, source.sha256, source.byteSize, source.inputKind, source.parserVersion, new Date().toISOString(), input.document, status, summary, JSON.stringify(stats));
}

/** Writes one file's meeting and what follows from it. Must run inside the caller's transaction. */
export function ingestMeeting(db: Database.Database, input: IngestInput): IngestResult {
  const { parsed, source } = input;
  const facts: MeetingFacts = {
    council: parsed.council,
    councilDomain: parsed.councilDomain ?? null,
    committee: parsed.committee,
    date: parsed.date,
    sourceAddress: parsed.sourceAddress ?? null,
    remoteMeetingId: parsed.remoteMeetingId ?? null,
  };
  let known = db.prepare('SELECT meeting_id FROM imports WHERE sha256 = ?').pluck().get(source.sha256) as number | undefined;
  // Sync never adopts a meeting imported by hand under another or an unknown council, even for the same bytes:
  // the member merges them if they are one.
  const foreign = input.origin === 'sync' && known !== undefined && db.prepare('SELECT committee_id FROM meetings WHERE id = ?').pluck().get(known) !== input.committeeId;
  if (foreign) known = undefined;
  const resolution: Resolution = input.meetingId
    ? { kind: 'existing', meetingId: input.meetingId, by: 'address' }
    : known !== undefined
      ? { kind: 'existing', meetingId: known, by: 'address' }
      : input.origin === 'sync'
        ? resolveForSync(db, input)
        : resolveMeeting(db, facts, source.sha256);
  const whole = input.whole ?? !(parsed.items.length === 1 && parsed.items[0]?.number === null);
  const stats = parsedStats(parsed, input.attendance);
  const what = input.document === 'agenda' ? 'agenda' : 'minutes';

  let target: WriteTarget;
  let before: CopyStats | null = null;
  let contentBefore: string | null = null;
  if (resolution.kind === 'existing') {
    target = { meetingId: resolution.meetingId };
    before = meetingStats(db, resolution.meetingId);
    contentBefore = known !== undefined ? meetingContent(db, resolution.meetingId) : null;
    const missing = whole && input.origin === 'import' && !input.force ? whatIsMissing(stats, before) : [];
    if (missing.length > 0) {
      const summary = `Not applied: this copy has less in it than the one shown (${missing.join('; ')}).`;
      recordImport(db, resolution.meetingId, input, 'kept', summary, stats);
      return {
        meetingId: resolution.meetingId,
        status: 'kept',
        needsCheck: null,
        message: `Same meeting as ${describeMeeting(db, resolution.meetingId)}: this copy has less in it (${missing.join('; ')}), so the fuller copy stays and this one is kept as a version.`,
      };
    }
  } else {
    target = { committeeId: resolution.committeeId, identityKey: resolution.identityKey, needsCheck: resolution.needsCheck };
  }

  const { meetingId } = writeMeeting(db, parsed, source, input.attendance, target, { whole });
  // The same file again, and the meeting shows exactly what it did: nothing changed (its record stays as it was).
  if (contentBefore !== null && contentBefore === meetingContent(db, meetingId)) {
    return { meetingId, status: 'unchanged', needsCheck: null, message: 'Already in the library; nothing changed.' };
  }
  addMeetingKeys(db, meetingId, [...strongKeys(facts), ...(input.keys ?? [])], input.origin);
  // The copy the meeting shows: the last whole copy applied; a single-item page only while nothing else is.
  if (whole) db.prepare('UPDATE meetings SET current_sha256 = ? WHERE id = ?').run(source.sha256, meetingId);
  else db.prepare('UPDATE meetings SET current_sha256 = COALESCE(current_sha256, ?) WHERE id = ?').run(source.sha256, meetingId);
  const after = meetingStats(db, meetingId);
  const summary = before ? describeChange(before, after) : `First copy: ${plural(after.items, 'item')}.`;
  recordImport(db, meetingId, input, 'applied', summary, stats);

  // Who follows a meeting (main/wiring.ts): the tracker (entries for new actions, proposals for what this
  // meeting followed up), the item ↔ page maps, and the minutes PDF kept as the meeting's paper.
  publish(db, 'meeting-changed', { meetingId });
  publish(db, 'minutes-ingested', {
    meetingId,
    pdf: input.pdfPages ? { sha256: source.sha256, fileName: source.fileName, byteSize: source.byteSize, pages: input.pdfPages } : null,
  });

  const needsCheck = db.prepare('SELECT needs_check FROM meetings WHERE id = ?').pluck().get(meetingId) as string | null;
  const described = describeMeeting(db, meetingId);
  if (resolution.kind === 'new') {
    const message = resolution.needsCheck
      ? `Could not tell which meeting this is (${needsCheckWords(resolution.needsCheck)}): filed as its own meeting — check its details.`
      : `New meeting: ${described}${input.document === 'agenda' ? ', agenda only (no minutes yet)' : ''}; ${plural(after.items, 'item')}.`;
    return { meetingId, status: 'imported', needsCheck, message };
  }
  return {
    meetingId,
    status: 'updated',
    needsCheck,
    message: `Same meeting as ${described}: ${what} updated (${summary}), the earlier version kept.`,
  };
}

export { UNNAMED_COMMITTEE, needsCheckWords };
