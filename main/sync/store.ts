/** The sync module's own tables (0006): councils' sites, their committees, what the member follows. */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { SyncCommitteeView, SyncCouncilView, SyncStatus } from '../../shared/types/sync';
import { committeeIn, councilFor } from '../library/identity';
import { setMyCommittee } from '../library/queries';
import { NotFoundError } from '../errors';
import type { WebServiceCommittee } from '../minutes/moderngov-xml';

const now = () => new Date().toISOString();

export interface SiteRow {
  id: number;
  base_url: string;
  council_id: number;
  sync_from: string;
}

export interface SyncCommitteeRow {
  id: number;
  site_id: number;
  remote_id: number;
  title: string;
  committee_id: number | null;
}

/** Records a site and its committee list; a second connect to the same site refreshes the list and keeps what is followed. */
export function saveSite(
  db: Database.Database,
  site: { base: string; councilName: string; syncFrom: string; committees: WebServiceCommittee[] },
): number {
  return db.transaction(() => {
    const stamp = now();
    const existing = db.prepare('SELECT id, council_id FROM sync_councils WHERE base_url = ?').get(site.base) as { id: number; council_id: number } | undefined;
    let siteId: number;
    if (existing) {
      siteId = existing.id;
      db.prepare('UPDATE sync_councils SET sync_from = ?, committees_at = ?, last_error = NULL WHERE id = ?').run(site.syncFrom, stamp, siteId);
    } else {
      // A ModernGov site belongs to one council: known by its name and by the site's domain.
      const host = new URL(site.base).hostname.toLowerCase();
      const councilId = councilFor(db, site.councilName, host);
      siteId = Number(
        db
          .prepare('INSERT INTO sync_councils (base_url, council_id, sync_from, added_at, committees_at) VALUES (?, ?, ?, ?, ?)')
          .run(site.base, councilId, site.syncFrom, stamp, stamp).lastInsertRowid,
      );
    }
    saveCommittees(db, siteId, site.committees);
    return siteId;
  })();
}

export function saveCommittees(db: Database.Database, siteId: number, committees: readonly WebServiceCommittee[]): void {
  const upsert = db.prepare(
    `INSERT INTO sync_committees (site_id, remote_id, title, category, expired) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (site_id, remote_id) DO UPDATE SET title = excluded.title, category = excluded.category, expired = excluded.expired`,
  );
  db.transaction(() => {
    for (const c of committees) upsert.run(siteId, c.id, c.title, c.category, c.expired || c.deleted ? 1 : 0);
    db.prepare('UPDATE sync_councils SET committees_at = ? WHERE id = ?').run(now(), siteId);
  })();
}

export function getSite(db: Database.Database, siteId: number): SiteRow {
  const row = db.prepare('SELECT id, base_url, council_id, sync_from FROM sync_councils WHERE id = ?').get(siteId) as SiteRow | undefined;
  if (!row) throw new NotFoundError('That council is not connected.');
  return row;
}

export function getSyncCommittee(db: Database.Database, id: number): SyncCommitteeRow {
  const row = db.prepare('SELECT id, site_id, remote_id, title, committee_id FROM sync_committees WHERE id = ?').get(id) as SyncCommitteeRow | undefined;
  if (!row) throw new NotFoundError('That committee is not on a connected council’s list.');
  return row;
}

/**
 * The library committee a council's committee is synced into: that council's committee of that
 * name, else a new one. A committee a manual import filed under another council, or under "council
 * not named", is never taken over by name: the member merges them if they are one (issue 14).
 */
export function linkLibraryCommittee(db: Database.Database, syncCommitteeId: number): number {
  return db.transaction(() => {
    const c = getSyncCommittee(db, syncCommitteeId);
    if (c.committee_id !== null && db.prepare('SELECT 1 FROM committees WHERE id = ?').get(c.committee_id)) return c.committee_id;
    const site = getSite(db, c.site_id);
    const committeeId = committeeIn(db, site.council_id, c.title);
    db.prepare('UPDATE sync_committees SET committee_id = ? WHERE id = ?').run(committeeId, syncCommitteeId);
    return committeeId;
  })();
}

/** Follow (sync) a committee or stop; say whether the member sits on it. Stopping keeps everything already stored. */
export function setFollow(db: Database.Database, syncCommitteeId: number, follow: boolean, mine?: boolean): SyncCommitteeView {
  db.transaction(() => {
    getSyncCommittee(db, syncCommitteeId);
    db.prepare('UPDATE sync_committees SET followed = ? WHERE id = ?').run(follow ? 1 : 0, syncCommitteeId);
    if (follow || mine) {
      const committeeId = linkLibraryCommittee(db, syncCommitteeId);
      if (mine !== undefined) setMyCommittee(db, committeeId, mine);
    } else if (mine === false) {
      const committeeId = getSyncCommittee(db, syncCommitteeId).committee_id;
      if (committeeId !== null) setMyCommittee(db, committeeId, false);
    }
  })();
  const view = committeeViews(db, 'sc.id = ?', syncCommitteeId)[0];
  if (!view) throw new NotFoundError('That committee is not on a connected council’s list.');
  return view;
}

interface CommitteeRow {
  id: number;
  site_id: number;
  remote_id: number;
  title: string;
  category: string | null;
  expired: number;
  followed: number;
  committee_id: number | null;
  is_mine: number | null;
  meetingCount: number;
  last_synced_at: string | null;
  last_attempt_at: string | null;
  last_error: string | null;
  last_summary: string | null;
}

function committeeViews(db: Database.Database, where: string, ...params: unknown[]): SyncCommitteeView[] {
  const rows = db
    .prepare(
      `SELECT sc.*, m.is_mine, (SELECT COUNT(*) FROM sync_meetings sm WHERE sm.sync_committee_id = sc.id AND sm.meeting_id IS NOT NULL) AS meetingCount
       FROM sync_committees sc LEFT JOIN committees m ON m.id = sc.committee_id
       WHERE ${where}
       ORDER BY sc.followed DESC, sc.expired, sc.title COLLATE NOCASE`,
    )
    .all(...params) as CommitteeRow[];
  return rows.map((r) => ({
    id: r.id,
    councilId: r.site_id,
    remoteId: r.remote_id,
    title: r.title,
    category: r.category,
    expired: r.expired === 1,
    followed: r.followed === 1,
    mine: r.is_mine === 1,
    libraryCommitteeId: r.committee_id,
    meetingCount: r.meetingCount,
    lastSyncedAt: r.last_synced_at,
    lastAttemptAt: r.last_attempt_at,
    lastError: r.last_error,
    lastSummary: r.last_summary,
  }));
}

export const committeesOfSite = (db: Database.Database, siteId: number): SyncCommitteeView[] => committeeViews(db, 'sc.site_id = ?', siteId);

export function listSites(db: Database.Database): SyncCouncilView[] {
  const sites = db
    .prepare(
      `SELECT s.id, s.base_url, s.sync_from, s.added_at, s.committees_at, s.last_error, c.name
       FROM sync_councils s JOIN councils c ON c.id = s.council_id ORDER BY c.name COLLATE NOCASE, s.id`,
    )
    .all() as Array<{ id: number; base_url: string; sync_from: string; added_at: string; committees_at: string | null; last_error: string | null; name: string | null }>;
  return sites.map((s) => ({
    id: s.id,
    name: s.name ?? new URL(s.base_url).host,
    baseUrl: s.base_url,
    syncFrom: s.sync_from,
    addedAt: s.added_at,
    committeesFetchedAt: s.committees_at,
    lastError: s.last_error,
    committees: committeesOfSite(db, s.id),
  }));
}

export function siteView(db: Database.Database, siteId: number): SyncCouncilView {
  const view = listSites(db).find((s) => s.id === siteId);
  if (!view) throw new NotFoundError('That council is not connected.');
  return view;
}

export function lastRun(db: Database.Database): SyncStatus['lastRun'] {
  const row = db
    .prepare('SELECT id, started_at AS startedAt, finished_at AS finishedAt, status, message, requests FROM sync_runs ORDER BY id DESC LIMIT 1')
    .get() as SyncStatus['lastRun'] | undefined;
  return row ?? null;
}

export function hasFollowed(db: Database.Database): boolean {
  return Boolean(db.prepare('SELECT 1 FROM sync_committees WHERE followed = 1 LIMIT 1').get());
}
