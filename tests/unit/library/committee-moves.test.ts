/**
 * Merging committees and councils moves every module's rows through the post-write pipeline
 * (main/pipeline.ts, 'committees-merged' and 'councils-merged'): the library moves its own, each
 * module that points at committees or councils follows in its own file, and a table nobody follows
 * stops the merge rather than losing its rows. Whether a committee left empty is still needed is
 * asked the same way ('committee-in-use', 'council-in-use').
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { mergeCommittees, mergeCouncils } from '../../../main/library/corrections';
import { useApiStore } from '../../helpers/api-store';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';

const file = (dir: string, name: string) => fs.readFileSync(path.join(SHARED_FIXTURES, dir, name));
const LEICESTER = file('minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const OXFORDSHIRE = file('minutes-excerpts', 'oxfordshire-cabinet-2019-01-22.txt');

/** The tables the library owns (docs/architecture.md, "Who owns which tables"). */
const LIBRARY_TABLES = new Set([
  'councils', 'committees', 'meetings', 'items', 'item_documents', 'attendance', 'declarations', 'decisions', 'imports',
  'meeting_keys', 'name_aliases', 'meeting_bin', 'bin_files',
]);
const MAIN = path.resolve(__dirname, '../../../main') + path.sep;

/**
 * The same database, recording each write statement prepared with the main/ module whose code wrote
 * it: the nearest caller in main/ that is not the shared mechanism (store/, pipeline.ts).
 */
function traced(db: Database.Database): { db: Database.Database; writes: string[] } {
  const writes: string[] = [];
  const prepare = (sql: string) => {
    const table = /^\s*(?:INSERT(?: OR \w+)? INTO|UPDATE(?: OR \w+)?|DELETE FROM)\s+"?([a-z_]+)/i.exec(sql)?.[1];
    if (table) {
      const frames = (new Error().stack ?? '').split('\n').map((l) => /\((.*?):\d+:\d+\)$|at (\/.*?):\d+:\d+$/.exec(l)).map((m) => m?.[1] ?? m?.[2] ?? '');
      const writer = frames.find((f) => f.startsWith(MAIN) && !f.startsWith(`${MAIN}store${path.sep}`) && f !== `${MAIN}pipeline.ts`);
      writes.push(`${writer ? path.relative(MAIN, writer).split(path.sep)[0] : '?'} ${table}`);
    }
    return db.prepare(sql);
  };
  const proxy = new Proxy(db, {
    get: (target, prop) => {
      if (prop === 'prepare') return prepare;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: proxy, writes };
}

describe('committees and councils merge through the pipeline', () => {
  const api = useApiStore();
  const db = () => api.store.db;
  const committeeOf = async (meetingId: number) => (await api.call('library.meeting', { meetingId })).committee.id;
  const councilOf = async (meetingId: number) => (await api.call('library.meeting', { meetingId })).council.id;
  const entriesOf = (committeeId: number) => db().prepare('SELECT COUNT(*) FROM action_entries WHERE committee_id = ?').pluck().get(committeeId) as number;
  /** A council sync site linked to the council, following the committee (as adding a site and following a committee do). */
  const linkToSite = (councilId: number, committeeId: number) => {
    const siteId = db()
      .prepare("INSERT INTO sync_councils (base_url, council_id, sync_from, added_at) VALUES (?, ?, '2025-01-01', '2025-01-01T00:00:00Z')")
      .run(`https://democracy.example${councilId}.gov.uk`, councilId).lastInsertRowid;
    db().prepare("INSERT INTO sync_committees (site_id, remote_id, title, followed, committee_id) VALUES (?, 7, 'Committee', 1, ?)").run(siteId, committeeId);
  };

  test('a council merge carries actions and sync links, and the library writes only its own tables', async () => {
    const oxMeeting = (await api.importFile('ox.txt', OXFORDSHIRE)).meetingId as number;
    const lcMeeting = (await api.importFile('lc.txt', LEICESTER)).meetingId as number;
    const [oxCommittee, oxCouncil, lcCommittee, lcCouncil] = [await committeeOf(oxMeeting), await councilOf(oxMeeting), await committeeOf(lcMeeting), await councilOf(lcMeeting)];
    // Same name in both councils: merging the councils merges the two committees too.
    await api.call('library.renameCommittee', { committeeId: lcCommittee, name: 'Cabinet' });
    linkToSite(lcCouncil, lcCommittee);
    const entries = entriesOf(lcCommittee);
    expect(entries).toBeGreaterThan(0);

    const t = traced(db());
    mergeCouncils(t.db, oxCouncil, lcCouncil);

    expect(entriesOf(oxCommittee)).toBe(entries);
    expect(db().prepare('SELECT committee_id FROM sync_committees').pluck().all()).toEqual([oxCommittee]);
    expect(db().prepare('SELECT council_id FROM sync_councils').pluck().all()).toEqual([oxCouncil]);
    expect(db().prepare('SELECT COUNT(*) FROM committees WHERE id = ?').pluck().get(lcCommittee)).toBe(0);
    expect(db().prepare('SELECT COUNT(*) FROM councils WHERE id = ?').pluck().get(lcCouncil)).toBe(0);
    expect(await committeeOf(lcMeeting)).toBe(oxCommittee);
    // The trace sees who wrote what: each module its own rows, the library none of theirs.
    expect(t.writes).toEqual(expect.arrayContaining(['actions action_entries', 'sync sync_committees', 'sync sync_councils', 'library meetings']));
    expect(t.writes.filter((w) => w.startsWith('library ') && !LIBRARY_TABLES.has(w.slice('library '.length)))).toEqual([]);
    expect(t.writes.filter((w) => w.startsWith('? '))).toEqual([]);
  });

  test('a table that points at committees and that no module follows stops the merge', async () => {
    const keep = await committeeOf((await api.importFile('ox.txt', OXFORDSHIRE)).meetingId as number);
    const other = await committeeOf((await api.importFile('lc.txt', LEICESTER)).meetingId as number);
    const entries = entriesOf(other);
    db().exec('CREATE TABLE added_later (id INTEGER PRIMARY KEY, committee_id INTEGER REFERENCES committees(id) ON DELETE CASCADE)');
    db().prepare('INSERT INTO added_later (committee_id) VALUES (?)').run(other);

    expect(() => mergeCommittees(db(), keep, other)).toThrow(/added_later.*committees-merged/);
    // Rolled back whole: both committees are there, and every row still points where it did.
    expect(db().prepare('SELECT COUNT(*) FROM committees WHERE id IN (?, ?)').pluck().get(keep, other)).toBe(2);
    expect(db().prepare('SELECT committee_id FROM added_later').pluck().get()).toBe(other);
    expect(entriesOf(other)).toBe(entries);
  });

  test('a committee whose action log this device shares is not merged away', async () => {
    const keep = await committeeOf((await api.importFile('ox.txt', OXFORDSHIRE)).meetingId as number);
    const lcMeeting = (await api.importFile('lc.txt', LEICESTER)).meetingId as number;
    const other = await committeeOf(lcMeeting);
    db()
      .prepare("INSERT INTO share_databases (name, server_url, db_name, user_name, connected_at) VALUES (?, 'https://couch.example', 'scrutineer-committee-cype', 'chair', '2025-01-01')")
      .run(`committee:${other}`);
    db().prepare("INSERT INTO share_committees (name, committee_id, role, checked_at) VALUES (?, ?, 'chair', '2025-01-01')").run(`committee:${other}`, other);

    await expect(api.call('library.mergeCommittees', { keepId: keep, otherId: other })).rejects.toThrow(/invalid-input: This device shares committee \d+’s action log/);
    expect(await committeeOf(lcMeeting)).toBe(other);
    expect(db().prepare('SELECT committee_id FROM share_committees').pluck().all()).toEqual([other]);
    // The other way round is fine: the shared committee is kept.
    await api.call('library.mergeCommittees', { keepId: other, otherId: keep });
    expect(db().prepare('SELECT COUNT(*) FROM committees').pluck().get()).toBe(1);
  });

  test('a committee left empty stays while another module still needs it', async () => {
    const oxMeeting = (await api.importFile('ox.txt', OXFORDSHIRE)).meetingId as number;
    const lcMeeting = (await api.importFile('lc.txt', LEICESTER)).meetingId as number;
    const [oxCommittee, oxCouncil, lcCommittee, lcCouncil] = [await committeeOf(oxMeeting), await councilOf(oxMeeting), await committeeOf(lcMeeting), await councilOf(lcMeeting)];
    linkToSite(lcCouncil, lcCommittee);

    await api.call('library.deleteMeeting', { meetingId: oxMeeting });
    await api.call('library.deleteMeeting', { meetingId: lcMeeting });
    // Nothing needs Oxfordshire's; Leicester's is followed by council sync, so it and its council stay.
    expect(db().prepare('SELECT COUNT(*) FROM committees WHERE id = ?').pluck().get(oxCommittee)).toBe(0);
    expect(db().prepare('SELECT COUNT(*) FROM councils WHERE id = ?').pluck().get(oxCouncil)).toBe(0);
    expect(db().prepare('SELECT COUNT(*) FROM committees WHERE id = ?').pluck().get(lcCommittee)).toBe(1);
    expect(db().prepare('SELECT COUNT(*) FROM councils WHERE id = ?').pluck().get(lcCouncil)).toBe(1);
  });
});
