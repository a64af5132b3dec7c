/**
 * Which meeting a file belongs to, without guessing (issue 14).
 *
 * Two files are one meeting only when they agree on committee and date and on council (a page that
 * names no council is filed under the "council not named" council, so it never joins a named
 * council's committee by name alone, nor, under a name many councils share such as "Parish Council",
 * another unnamed page of the same day), or when they share a ModernGov meeting id or the address the
 * page was saved from. A file whose date or committee is not stated is a meeting of its own, marked
 * as needing the member's check. Member corrections leave aliases in `meeting_keys` (the identity a
 * merged or moved meeting had), which are looked up before the plain details.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { foldName } from './keys';

export const UNNAMED_COMMITTEE = 'Committee not named in the minutes';

/** A body's name that many councils share: "Council", "Parish Council", "Full Council", "Town Council". */
const GENERIC_BODY_RE = /^(?:the\s+)?(?:(?:full|parish|town|community|city|borough|district|county|village|county\s+borough)\s+)?council(?:\s+meeting)?$/i;

export interface MeetingFacts {
  council: string | null;
  councilDomain: string | null;
  committee: string | null;
  date: string | null;
  sourceAddress: string | null;
  remoteMeetingId: string | null;
}

export type NeedsCheck = 'no-date' | 'no-committee' | 'no-committee-or-date' | 'split' | 'same-details';

export type Resolution =
  | { kind: 'existing'; meetingId: number; by: 'address' | 'details' | 'alias' }
  | { kind: 'new'; committeeId: number; identityKey: string; needsCheck: NeedsCheck | null };

const now = () => new Date().toISOString();

/** The council a file names, found by its domain first (a site belongs to one council), then its name. */
export function councilFor(db: Database.Database, name: string | null, domain: string | null): number {
  const cleanName = name?.trim() || null;
  const cleanDomain = domain?.trim().toLowerCase() || null;
  // Names and domains the member corrected or merged away lead to the council they chose.
  const alias = db.prepare('SELECT target_id FROM name_aliases WHERE kind = ? AND scope = 0 AND key = ?').pluck();
  const aliased = (cleanDomain ? (alias.get('council-domain', cleanDomain) as number | undefined) : undefined) ??
    (cleanName ? (alias.get('council-name', foldName(cleanName)) as number | undefined) : undefined);
  if (aliased !== undefined) return aliased;
  if (cleanDomain) {
    const byDomain = db.prepare('SELECT id, name FROM councils WHERE domain = ?').get(cleanDomain) as { id: number; name: string | null } | undefined;
    if (byDomain) {
      // A council first known by its domain learns its name from the first page that states both.
      if (byDomain.name === null && cleanName && !db.prepare('SELECT 1 FROM councils WHERE name_key = ?').get(foldName(cleanName))) {
        db.prepare('UPDATE councils SET name = ?, name_key = ? WHERE id = ?').run(cleanName, foldName(cleanName), byDomain.id);
      }
      return byDomain.id;
    }
  }
  if (cleanName) {
    const byName = db.prepare('SELECT id, domain FROM councils WHERE name_key = ?').get(foldName(cleanName)) as { id: number; domain: string | null } | undefined;
    if (byName) {
      if (byName.domain === null && cleanDomain) db.prepare('UPDATE councils SET domain = ? WHERE id = ?').run(cleanDomain, byName.id);
      return byName.id;
    }
  }
  const key = cleanName ? foldName(cleanName) : cleanDomain ? `domain ${cleanDomain}` : '';
  db.prepare('INSERT INTO councils (name, name_key, domain, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (name_key) DO NOTHING').run(
    cleanName,
    key,
    cleanDomain,
    now(),
  );
  return db.prepare('SELECT id FROM councils WHERE name_key = ?').pluck().get(key) as number;
}

export function committeeIn(db: Database.Database, councilId: number, name: string): number {
  const key = foldName(name);
  const aliased = db.prepare("SELECT target_id FROM name_aliases WHERE kind = 'committee-name' AND scope = ? AND key = ?").pluck().get(councilId, key) as
    | number
    | undefined;
  if (aliased !== undefined) return aliased;
  db.prepare(
    'INSERT INTO committees (council_id, name, name_key, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (council_id, name_key) DO NOTHING',
  ).run(councilId, name, key, now());
  return db.prepare('SELECT id FROM committees WHERE council_id = ? AND name_key = ?').pluck().get(councilId, key) as number;
}

/** Strong identities a file carries: its ModernGov meeting id on a site, and the address it was saved from. */
export function strongKeys(facts: Pick<MeetingFacts, 'sourceAddress' | 'remoteMeetingId'>): string[] {
  const keys: string[] = [];
  if (facts.sourceAddress) {
    try {
      const url = new URL(facts.sourceAddress);
      const host = url.hostname.toLowerCase().replace(/^www\./, '');
      if (facts.remoteMeetingId) keys.push(`mg:${host}:${facts.remoteMeetingId}`);
      url.hash = '';
      keys.push(`url:${host}${url.pathname.toLowerCase()}${url.search.toLowerCase()}`);
    } catch {
      // Not an address after all: no strong identity.
    }
  }
  return keys;
}

/** The alias a meeting keeps for the committee and date it had, once the member merges or moves it. */
export const detailsAlias = (committeeId: number, date: string) => `cm:${committeeId}|${date}`;

export function resolveMeeting(db: Database.Database, facts: MeetingFacts, sha256: string): Resolution {
  const byKey = db.prepare('SELECT meeting_id FROM meeting_keys WHERE key = ?').pluck();
  for (const key of strongKeys(facts)) {
    const meetingId = byKey.get(key) as number | undefined;
    if (meetingId !== undefined) return { kind: 'existing', meetingId, by: 'address' };
  }
  const councilId = councilFor(db, facts.council, facts.councilDomain);
  const committee = facts.committee?.trim() || null;
  if (committee && facts.date) {
    const committeeId = committeeIn(db, councilId, committee);
    const alias = byKey.get(detailsAlias(committeeId, facts.date)) as number | undefined;
    if (alias !== undefined) return { kind: 'existing', meetingId: alias, by: 'alias' };
    const same = db.prepare('SELECT id FROM meetings WHERE committee_id = ? AND identity_key = ?').pluck().get(committeeId, `d:${facts.date}`) as number | undefined;
    // "Parish Council, 9 April 2019" from a page that names no council and no site: every parish's full council is called
    // that, so the same words on the same day do not make two pages one meeting. The second is kept apart, for the member
    // to merge if they are one.
    if (same !== undefined && !facts.council?.trim() && !facts.councilDomain?.trim() && GENERIC_BODY_RE.test(committee)) {
      return { kind: 'new', committeeId, identityKey: `x:${sha256}`, needsCheck: 'same-details' };
    }
    if (same !== undefined) return { kind: 'existing', meetingId: same, by: 'details' };
    return { kind: 'new', committeeId, identityKey: `d:${facts.date}`, needsCheck: null };
  }
  // Not enough to tell which meeting: a meeting of its own, keyed by the file, for the member to check.
  const committeeId = committeeIn(db, councilId, committee ?? UNNAMED_COMMITTEE);
  const needsCheck: NeedsCheck = committee ? 'no-date' : facts.date ? 'no-committee' : 'no-committee-or-date';
  return { kind: 'new', committeeId, identityKey: `x:${sha256}`, needsCheck };
}

export function addMeetingKeys(db: Database.Database, meetingId: number, keys: readonly string[], origin: 'import' | 'sync' | 'member'): void {
  const insert = db.prepare('INSERT INTO meeting_keys (key, meeting_id, origin) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING');
  for (const key of keys) insert.run(key, meetingId, origin);
}

/** "Overview and Scrutiny Committee, Tuesday, 4 March 2025 (Anytown Borough Council)": words a member can check. */
export function describeMeeting(db: Database.Database, meetingId: number): string {
  const row = db
    .prepare(
      `SELECT c.name AS committee, c.name_key AS committeeKey, m.date, co.name AS council, co.domain
       FROM meetings m JOIN committees c ON c.id = m.committee_id JOIN councils co ON co.id = c.council_id WHERE m.id = ?`,
    )
    .get(meetingId) as { committee: string; committeeKey: string; date: string | null; council: string | null; domain: string | null } | undefined;
  if (!row) return `meeting ${meetingId}`;
  const committee = row.committeeKey === foldName(UNNAMED_COMMITTEE) ? 'committee not stated' : row.committee;
  const date = row.date ? longDate(row.date) : 'date not stated';
  const council = row.council ?? (row.domain ? `council at ${row.domain}` : 'council not stated');
  return `${committee}, ${date} (${council})`;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Tuesday, 14 January 2025", computed on the calendar date alone (no time zone can shift it). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return `${DAYS[date.getUTCDay()]}, ${d} ${MONTHS[m - 1]} ${y}`;
}

/** Why a meeting's details need checking, in words. */
export function needsCheckWords(reason: string): string {
  switch (reason) {
    case 'no-date':
      return 'no date stated';
    case 'no-committee':
      return 'no committee stated';
    case 'no-committee-or-date':
      return 'no committee or date stated';
    case 'split':
      return 'split off from another meeting';
    case 'same-details':
      return 'another meeting has the same details: merge them if they are one';
    default:
      return reason;
  }
}

