/**
 * The member's corrections to the library: a meeting's details, moving it, merging two meetings the
 * member knows are one, splitting off what one file brought, renaming and merging committees and
 * councils. Each is one transaction. Corrections are the member's: fields they set are never written
 * by an import or a sync again, and the identities they corrected away stay as aliases, so a later
 * copy of the same page finds the corrected meeting, committee or council.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { publish } from '../pipeline';
import { inUse } from './in-use';
import { CorrectionError } from './errors';
import { addMeetingKeys, committeeIn, councilFor, describeMeeting, detailsAlias } from './identity';
import { foldName } from './keys';
import { NotFoundError } from '../errors';
import { repoint, stillPointing } from '../store/row-moves';

export interface MeetingChanges {
  council?: string;
  committee?: string;
  /** YYYY-MM-DD, or null for "not known". */
  date?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  venue?: string | null;
  /** Move it to this committee (of any council). */
  committeeId?: number;
}

interface MeetingRow {
  id: number;
  committee_id: number;
  council_id: number;
  committee_name: string;
  identity_key: string;
  date: string | null;
  member_fields: string;
}

const now = () => new Date().toISOString();

/** The library's own tables that point at a meeting (the rest belong to the modules that follow 'meetings-merged'). */
const OWN_MEETING_TABLES = ['items', 'attendance', 'declarations', 'decisions', 'imports', 'meeting_keys'];

function meetingRow(db: Database.Database, meetingId: number): MeetingRow {
  const row = db
    .prepare(
      `SELECT m.id, m.committee_id, c.council_id, c.name AS committee_name, m.identity_key, m.date, m.member_fields
       FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE m.id = ?`,
    )
    .get(meetingId) as MeetingRow | undefined;
  if (!row) throw new NotFoundError('That meeting is not in the library.');
  return row;
}

/** Removes a committee (and then its council) left with nothing: no meetings, and nothing of another module's (a sync link, actions…). */
export function dropIfEmpty(db: Database.Database, committeeId: number): void {
  const councilId = db.prepare('SELECT council_id FROM committees WHERE id = ?').pluck().get(committeeId) as number | undefined;
  if (councilId === undefined) return;
  if (db.prepare('SELECT 1 FROM meetings WHERE committee_id = ? LIMIT 1').get(committeeId) || inUse(db, { committeeId })) return;
  db.prepare("DELETE FROM name_aliases WHERE kind = 'committee-name' AND target_id = ?").run(committeeId);
  db.prepare('DELETE FROM committees WHERE id = ?').run(committeeId);
  dropCouncilIfEmpty(db, councilId);
}

/** Removes a council left with no committees and nothing of another module's (a council sync site). */
function dropCouncilIfEmpty(db: Database.Database, councilId: number): void {
  if (db.prepare('SELECT 1 FROM committees WHERE council_id = ? LIMIT 1').get(councilId) || inUse(db, { councilId })) return;
  db.prepare("DELETE FROM name_aliases WHERE kind IN ('council-name', 'council-domain') AND target_id = ?").run(councilId);
  db.prepare('DELETE FROM councils WHERE id = ?').run(councilId);
}

/**
 * After the library moved its own references from committee or council `otherId` to `keepId`
 * (`own`), each module moves its own (the merge event); any row still pointing at `otherId` would
 * be lost with it, so the merge stops (and rolls back) instead.
 */
function moveReferences(db: Database.Database, event: 'committees-merged' | 'councils-merged', keepId: number, otherId: number, own: readonly string[]): void {
  const target = event === 'committees-merged' ? 'committees' : 'councils';
  const moved = new Set<string>(own);
  for (const tables of publish(db, event, { keepId, otherId }).values()) for (const t of tables as string[]) moved.add(t);
  const left = stillPointing(db, target, otherId);
  const unfollowed = left.filter((t) => !moved.has(t));
  if (unfollowed.length > 0) throw new Error(`Merging ${target}: no module moves the rows of ${unfollowed.join(', ')}; follow '${event}' (main/pipeline.ts).`);
  if (left.length > 0) throw new Error(`Merging ${target}: rows of ${left.join(', ')} still point at ${target} ${otherId} after the merge.`);
}

/** The meeting already holding these details, other than `meetingId` (identity key or alias). */
function holderOf(db: Database.Database, committeeId: number, date: string, meetingId: number): number | null {
  const same = db.prepare('SELECT id FROM meetings WHERE committee_id = ? AND identity_key = ? AND id <> ?').pluck().get(committeeId, `d:${date}`, meetingId) as
    | number
    | undefined;
  if (same !== undefined) return same;
  const alias = db.prepare('SELECT meeting_id FROM meeting_keys WHERE key = ? AND meeting_id <> ?').pluck().get(detailsAlias(committeeId, date), meetingId) as
    | number
    | undefined;
  return alias ?? null;
}

/**
 * Sets a meeting's details as the member states them (and so confirms them: "needs checking" is
 * cleared). Giving a council or committee by name files it under that council's committee of that
 * name, made if new; `committeeId` moves it to a committee the library has.
 */
export function editMeeting(db: Database.Database, meetingId: number, changes: MeetingChanges): void {
  db.transaction(() => {
    const m = meetingRow(db, meetingId);
    const fields = new Set(JSON.parse(m.member_fields) as string[]);
    let committeeId = m.committee_id;
    if (changes.committeeId !== undefined) {
      if (!db.prepare('SELECT 1 FROM committees WHERE id = ?').get(changes.committeeId)) throw new NotFoundError('That committee is not in the library.');
      committeeId = changes.committeeId;
    } else if (changes.council !== undefined || changes.committee !== undefined) {
      const councilId = changes.council !== undefined ? councilNamed(db, m.council_id, changes.council) : m.council_id;
      const name = changes.committee?.trim() || m.committee_name;
      committeeId = committeeIn(db, councilId, name);
    }
    if (committeeId !== m.committee_id) fields.add('committee');
    if (changes.council !== undefined) fields.add('council');
    const date = changes.date !== undefined ? changes.date : m.date;
    if (changes.date !== undefined) fields.add('date');

    if (date) {
      const holder = holderOf(db, committeeId, date, meetingId);
      if (holder !== null) {
        throw new CorrectionError(`Another meeting has these details: ${describeMeeting(db, holder)} (meeting ${holder}). If they are one meeting, merge them.`);
      }
    }
    // The identity it had stays as an alias, so a later copy of the original page finds it here.
    if (m.date && (m.committee_id !== committeeId || m.date !== date)) addMeetingKeys(db, meetingId, [detailsAlias(m.committee_id, m.date)], 'member');
    db.prepare('DELETE FROM meeting_keys WHERE meeting_id <> ? AND key = ?').run(meetingId, date ? detailsAlias(committeeId, date) : '');

    const identityKey = date ? `d:${date}` : m.identity_key.startsWith('d:') ? `x:member:${meetingId}` : m.identity_key;
    const set = (field: string, value: string | null | undefined, column: string) => {
      if (value === undefined) return;
      fields.add(field);
      db.prepare(`UPDATE meetings SET ${column} = ? WHERE id = ?`).run(value, meetingId);
    };
    set('startTime', changes.startTime, 'start_time');
    set('endTime', changes.endTime, 'end_time');
    set('venue', changes.venue, 'venue');
    db.prepare('UPDATE meetings SET committee_id = ?, identity_key = ?, date = ?, needs_check = NULL, member_fields = ?, updated_at = ? WHERE id = ?').run(
      committeeId,
      identityKey,
      date,
      JSON.stringify([...fields].sort()),
      now(),
      meetingId,
    );
    // The committee it left stays (its id is in the alias above); the library hides committees left empty.
    publish(db, 'meeting-changed', { meetingId });
  })();
}

/**
 * The council the member names for a meeting. A council known only by its domain (a site or an
 * e-mail address belongs to one council) takes the name; otherwise the council of that name, made if new.
 */
function councilNamed(db: Database.Database, currentId: number, name: string): number {
  const current = db.prepare('SELECT name, domain FROM councils WHERE id = ?').get(currentId) as { name: string | null; domain: string | null };
  const key = foldName(name);
  const existing = db.prepare('SELECT id FROM councils WHERE name_key = ?').pluck().get(key) as number | undefined;
  if (existing === undefined && current.name === null && current.domain !== null) {
    db.prepare('UPDATE councils SET name = ?, name_key = ? WHERE id = ?').run(name.trim(), key, currentId);
    return currentId;
  }
  return councilFor(db, name, null);
}

/** Moves one meeting's rows (items, decisions) into another, renaming identity keys that would clash. */
function moveKeyedRows(db: Database.Database, table: 'items' | 'decisions', from: number, to: number): void {
  const taken = new Set(db.prepare(`SELECT identity_key FROM ${table} WHERE meeting_id = ?`).pluck().all(to) as string[]);
  const offset = (db.prepare(`SELECT COALESCE(MAX(position), -1) + 1 FROM ${table} WHERE meeting_id = ?`).pluck().get(to) as number);
  const rows = db.prepare(`SELECT id, identity_key FROM ${table} WHERE meeting_id = ?`).all(from) as Array<{ id: number; identity_key: string }>;
  const update = db.prepare(`UPDATE ${table} SET meeting_id = ?, identity_key = ?, position = position + ? WHERE id = ?`);
  for (const r of rows) {
    let key = r.identity_key;
    // Both copies had an item 5: keep both (the member sees them side by side), never fold one into the other.
    for (let n = 2; taken.has(key); n++) key = `${r.identity_key}#m${from}${n > 2 ? `-${n}` : ''}`;
    taken.add(key);
    update.run(to, key, offset, r.id);
  }
}

/**
 * Merges two meetings the member knows are one: everything `otherId` held (items, decisions,
 * attendance, declarations, files, papers, the member's notes, actions, declarations made) moves to
 * `keepId`, whose details win; `otherId`'s identity stays as an alias of `keepId`.
 */
export function mergeMeetings(db: Database.Database, keepId: number, otherId: number): void {
  if (keepId === otherId) throw new CorrectionError('Choose two different meetings to merge.');
  db.transaction(() => {
    const keep = meetingRow(db, keepId);
    const other = meetingRow(db, otherId);
    moveKeyedRows(db, 'items', otherId, keepId);
    moveKeyedRows(db, 'decisions', otherId, keepId);
    const seen = new Set(db.prepare('SELECT name FROM attendance WHERE meeting_id = ?').pluck().all(keepId) as string[]);
    for (const a of db.prepare('SELECT id, name FROM attendance WHERE meeting_id = ?').all(otherId) as Array<{ id: number; name: string }>) {
      if (seen.has(a.name)) db.prepare('DELETE FROM attendance WHERE id = ?').run(a.id);
      seen.add(a.name);
    }
    for (const table of ['attendance', 'declarations']) {
      const offset = db.prepare(`SELECT COALESCE(MAX(position), -1) + 1 FROM ${table} WHERE meeting_id = ?`).pluck().get(keepId) as number;
      db.prepare(`UPDATE ${table} SET meeting_id = ?, position = position + ? WHERE meeting_id = ?`).run(keepId, offset, otherId);
    }
    // Every module moves its own rows (files, papers, notes, actions, sync links…); the library its own.
    const moved = new Set<string>(OWN_MEETING_TABLES);
    for (const tables of publish(db, 'meetings-merged', { keepId, otherId }).values()) for (const t of tables as string[]) moved.add(t);
    repoint(db, 'meetings', otherId, keepId, OWN_MEETING_TABLES);
    // A table added later that no module moves would lose its rows with the meeting: refuse rather than lose them.
    const unfollowed = stillPointing(db, 'meetings', otherId).filter((t) => !moved.has(t));
    if (unfollowed.length > 0) throw new Error(`Merging meetings: no module moves the rows of ${unfollowed.join(', ')}; follow 'meetings-merged' (main/library/meeting-moves.ts).`);
    if (other.date) addMeetingKeys(db, keepId, [detailsAlias(other.committee_id, other.date)], 'member');
    db.prepare('DELETE FROM meetings WHERE id = ?').run(otherId);
    db.prepare('UPDATE meetings SET updated_at = ? WHERE id = ?').run(now(), keepId);
    if (other.committee_id !== keep.committee_id) dropIfEmpty(db, other.committee_id);
    publish(db, 'meeting-changed', { meetingId: keepId });
  })();
}

/**
 * Splits off what one imported file brought into a meeting of its own (same committee, details to
 * check): the rows that file wrote, its papers, and the member's notes and actions on them. A later
 * import of the same file goes to the new meeting.
 */
export function splitImport(db: Database.Database, meetingId: number, sha256: string): number {
  return db.transaction(() => {
    const m = meetingRow(db, meetingId);
    const file = db.prepare('SELECT id FROM imports WHERE meeting_id = ? AND sha256 = ?').get(meetingId, sha256);
    if (!file) throw new NotFoundError('That file is not one of this meeting’s sources.');
    const others = db.prepare('SELECT COUNT(*) FROM imports WHERE meeting_id = ? AND sha256 <> ?').pluck().get(meetingId, sha256) as number;
    if (others === 0) throw new CorrectionError('This meeting holds only that file: there is nothing to split it from. Edit its details instead.');
    const stamp = now();
    const newId = Number(
      db
        .prepare(
          `INSERT INTO meetings (committee_id, identity_key, date, needs_check, current_sha256, created_at, updated_at)
           VALUES (?, ?, NULL, 'split', ?, ?, ?)`,
        )
        .run(m.committee_id, `x:split:${sha256}`, sha256, stamp, stamp).lastInsertRowid,
    );
    const items = db.prepare('SELECT id FROM items WHERE meeting_id = ? AND source_sha256 = ?').pluck().all(meetingId, sha256) as number[];
    const itemList = JSON.stringify(items);
    db.prepare('UPDATE items SET meeting_id = ? WHERE meeting_id = ? AND source_sha256 = ?').run(newId, meetingId, sha256);
    db.prepare('UPDATE decisions SET meeting_id = ? WHERE meeting_id = ? AND (source_sha256 = ? OR item_id IN (SELECT value FROM json_each(?)))').run(newId, meetingId, sha256, itemList);
    db.prepare('UPDATE declarations SET meeting_id = ? WHERE meeting_id = ? AND source_sha256 = ?').run(newId, meetingId, sha256);
    db.prepare('UPDATE attendance SET meeting_id = ? WHERE meeting_id = ? AND source_sha256 = ?').run(newId, meetingId, sha256);
    db.prepare('UPDATE imports SET meeting_id = ? WHERE sha256 = ?').run(newId, sha256);
    // Its papers, the member's notes and declarations, actions: each module moves its own.
    publish(db, 'meeting-split', { fromId: meetingId, toId: newId, sha256, itemIds: items });
    const current = db.prepare('SELECT current_sha256 FROM meetings WHERE id = ?').pluck().get(meetingId) as string | null;
    if (current === sha256) {
      const latest = db.prepare("SELECT sha256 FROM imports WHERE meeting_id = ? AND status = 'applied' ORDER BY imported_at DESC, id DESC LIMIT 1").pluck().get(meetingId) as string | undefined;
      db.prepare('UPDATE meetings SET current_sha256 = ? WHERE id = ?').run(latest ?? null, meetingId);
    }
    publish(db, 'meeting-changed', { meetingId });
    publish(db, 'meeting-changed', { meetingId: newId });
    return newId;
  })();
}

/** Renames a committee; the old name stays an alias so pages using it still find this committee. */
export function renameCommittee(db: Database.Database, committeeId: number, name: string): void {
  const clean = name.trim();
  if (!clean) throw new CorrectionError('Give the committee a name.');
  db.transaction(() => {
    const c = db.prepare('SELECT council_id, name_key FROM committees WHERE id = ?').get(committeeId) as { council_id: number; name_key: string } | undefined;
    if (!c) throw new NotFoundError('That committee is not in the library.');
    const key = foldName(clean);
    const clash = db.prepare('SELECT id FROM committees WHERE council_id = ? AND name_key = ? AND id <> ?').pluck().get(c.council_id, key, committeeId) as number | undefined;
    if (clash !== undefined) throw new CorrectionError(`The council already has a committee called “${clean}” (committee ${clash}). If they are one, merge them.`);
    if (c.name_key !== key) {
      db.prepare("INSERT OR REPLACE INTO name_aliases (kind, scope, key, target_id) VALUES ('committee-name', ?, ?, ?)").run(c.council_id, c.name_key, committeeId);
      db.prepare("DELETE FROM name_aliases WHERE kind = 'committee-name' AND scope = ? AND key = ?").run(c.council_id, key);
    }
    db.prepare('UPDATE committees SET name = ?, name_key = ? WHERE id = ?').run(clean, key, committeeId);
  })();
}

/**
 * Merges committee `otherId` into `keepId` (which may be another council's: the member knows they
 * are one). Meetings move over; two meetings on the same date stay two (the member merges meetings
 * separately), the moved one marked for checking.
 */
export function mergeCommittees(db: Database.Database, keepId: number, otherId: number): void {
  if (keepId === otherId) throw new CorrectionError('Choose two different committees to merge.');
  db.transaction(() => mergeCommitteeInto(db, keepId, otherId, true))();
}

/** The committee merge, inside the caller's transaction; `dropCouncil`: remove the other's council if left empty. */
function mergeCommitteeInto(db: Database.Database, keepId: number, otherId: number, dropCouncil: boolean): void {
  const keep = db.prepare('SELECT id, council_id FROM committees WHERE id = ?').get(keepId) as { id: number; council_id: number } | undefined;
  const other = db.prepare('SELECT id, council_id, name_key FROM committees WHERE id = ?').get(otherId) as { id: number; council_id: number; name_key: string } | undefined;
  if (!keep || !other) throw new NotFoundError('That committee is not in the library.');
  const meetings = db.prepare('SELECT id, identity_key, date FROM meetings WHERE committee_id = ?').all(otherId) as Array<{ id: number; identity_key: string; date: string | null }>;
  for (const m of meetings) {
    // Same date in both: two meetings still, the moved one to check (the identity rule sends later pages to the kept one).
    const clash = db.prepare('SELECT 1 FROM meetings WHERE committee_id = ? AND identity_key = ?').get(keepId, m.identity_key);
    if (clash) db.prepare("UPDATE meetings SET identity_key = ?, needs_check = 'same-details' WHERE id = ?").run(`x:moved:${m.id}`, m.id);
  }
  db.prepare('UPDATE OR IGNORE meeting_keys SET key = ? || substr(key, ?) WHERE key LIKE ?').run(`cm:${keepId}|`, `cm:${otherId}|`.length + 1, `cm:${otherId}|%`);
  repoint(db, 'committees', otherId, keepId, ['meetings']);
  // The tracker's entries, sync links, a shared action log: each module moves its own.
  moveReferences(db, 'committees-merged', keepId, otherId, ['meetings']);
  db.prepare("UPDATE name_aliases SET target_id = ? WHERE kind = 'committee-name' AND target_id = ?").run(keepId, otherId);
  db.prepare("INSERT OR REPLACE INTO name_aliases (kind, scope, key, target_id) VALUES ('committee-name', ?, ?, ?)").run(other.council_id, other.name_key, keepId);
  db.prepare('UPDATE committees SET is_mine = MAX(is_mine, (SELECT is_mine FROM committees WHERE id = ?)) WHERE id = ?').run(otherId, keepId);
  db.prepare('DELETE FROM committees WHERE id = ?').run(otherId);
  if (dropCouncil && other.council_id !== keep.council_id) dropCouncilIfEmpty(db, other.council_id);
}

export function renameCouncil(db: Database.Database, councilId: number, name: string): void {
  const clean = name.trim();
  if (!clean) throw new CorrectionError('Give the council a name.');
  db.transaction(() => {
    const c = db.prepare('SELECT name_key FROM councils WHERE id = ?').get(councilId) as { name_key: string } | undefined;
    if (!c) throw new NotFoundError('That council is not in the library.');
    const key = foldName(clean);
    const clash = db.prepare('SELECT id FROM councils WHERE name_key = ? AND id <> ?').pluck().get(key, councilId) as number | undefined;
    if (clash !== undefined) throw new CorrectionError(`The library already has a council called “${clean}” (council ${clash}). If they are one, merge them.`);
    if (c.name_key && c.name_key !== key) db.prepare("INSERT OR REPLACE INTO name_aliases (kind, scope, key, target_id) VALUES ('council-name', 0, ?, ?)").run(c.name_key, councilId);
    db.prepare("DELETE FROM name_aliases WHERE kind = 'council-name' AND key = ?").run(key);
    db.prepare('UPDATE councils SET name = ?, name_key = ? WHERE id = ?').run(clean, key, councilId);
  })();
}

/** Merges council `otherId` into `keepId`: its committees move over; same-named committees of one council are one committee. */
export function mergeCouncils(db: Database.Database, keepId: number, otherId: number): void {
  if (keepId === otherId) throw new CorrectionError('Choose two different councils to merge.');
  db.transaction(() => {
    const keep = db.prepare('SELECT id, domain FROM councils WHERE id = ?').get(keepId) as { id: number; domain: string | null } | undefined;
    const other = db.prepare('SELECT id, name_key, domain FROM councils WHERE id = ?').get(otherId) as { id: number; name_key: string; domain: string | null } | undefined;
    if (!keep || !other) throw new NotFoundError('That council is not in the library.');
    const committees = db.prepare('SELECT id, name_key FROM committees WHERE council_id = ?').all(otherId) as Array<{ id: number; name_key: string }>;
    for (const c of committees) {
      const same = db.prepare('SELECT id FROM committees WHERE council_id = ? AND name_key = ?').pluck().get(keepId, c.name_key) as number | undefined;
      if (same !== undefined) mergeCommitteeInto(db, same, c.id, false);
      else db.prepare('UPDATE committees SET council_id = ? WHERE id = ?').run(keepId, c.id);
    }
    db.prepare("UPDATE name_aliases SET scope = ? WHERE kind = 'committee-name' AND scope = ?").run(keepId, otherId);
    db.prepare("UPDATE name_aliases SET target_id = ? WHERE kind IN ('council-name', 'council-domain') AND target_id = ?").run(keepId, otherId);
    if (other.name_key) db.prepare("INSERT OR REPLACE INTO name_aliases (kind, scope, key, target_id) VALUES ('council-name', 0, ?, ?)").run(other.name_key, keepId);
    if (other.domain) {
      db.prepare('UPDATE councils SET domain = NULL WHERE id = ?').run(otherId);
      if (keep.domain === null) db.prepare('UPDATE councils SET domain = ? WHERE id = ?').run(other.domain, keepId);
      else db.prepare("INSERT OR REPLACE INTO name_aliases (kind, scope, key, target_id) VALUES ('council-domain', 0, ?, ?)").run(other.domain, keepId);
    }
    // Its committees moved above (the library's own); sync sites and anything else: each module moves its own.
    moveReferences(db, 'councils-merged', keepId, otherId, ['committees']);
    db.prepare('DELETE FROM councils WHERE id = ?').run(otherId);
  })();
}
