/**
 * A committee's shared log, real server on 127.0.0.1: an entry the chair removes from the log is
 * marked dropped (with a note) on the devices that have it and not offered again; an entry a member
 * adds by hand (only the chair adds) stays on the member's device and is never offered to the server.
 */
import path from 'node:path';
import { addManualEntry, updateStatus } from '../../../main/actions/updates';
import { formatShareDatabase } from '../../../main/cli/share';
import { committeeDesignDoc } from '../../../main/share/committee-design';
import { CommitteeShare } from '../../../main/share/committee';
import type { ShareDatabaseView } from '../../../shared/types/share';
import { makeTempDir } from '../../helpers/temp-dir';
import { CouchServer } from './couch-server';
import { closeDevice, makeDevice, type Device } from './devices';

const DB = 'scrutineer-committee-withdrawn';
const CHAIR = { user: 'cllr-chair', password: 'chair-password-1' };
const MEMBER = { user: 'cllr-member', password: 'member-password-2' };

interface Seat extends Device {
  share: CommitteeShare;
  committeeId: number;
}

const entry = (d: Device, what: string) =>
  d.store.db
    .prepare(
      `SELECT e.id, e.status, (SELECT json_group_array(note) FROM (SELECT note FROM action_updates u WHERE u.entry_id = e.id AND u.note <> '' ORDER BY u.id)) AS notes
       FROM action_entries e WHERE e.what = ?`,
    )
    .get(what) as { id: number; status: string; notes: string } | undefined;

describe('a committee’s log: entries the chair removes, entries a member adds by hand', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: CouchServer;
  const seats: Seat[] = [];
  beforeAll(async () => {
    temp = makeTempDir('scrutineer-share-withdrawn-');
    server = new CouchServer(path.join(temp.dir, 'server'));
    await server.start();
    await server.addUser(CHAIR.user, CHAIR.password);
    await server.addUser(MEMBER.user, MEMBER.password, ['cype-member']);
    await server.addCommitteeDb(
      DB,
      {
        admins: { names: [], roles: [] },
        members: { names: [CHAIR.user], roles: ['cype-member'] },
        scrutineer: { chair: { names: [CHAIR.user], roles: [] }, officers: { names: [], roles: [] } },
      },
      committeeDesignDoc(),
    );
  });
  afterAll(async () => {
    for (const s of seats.splice(0)) await closeDevice(s);
    await server.stop();
    temp.cleanup();
  });
  async function seat(name: string, who: { user: string; password: string }): Promise<Seat> {
    const d = await makeDevice(temp.dir, name);
    const committeeId = d.store.db.prepare('SELECT id FROM committees').pluck().get() as number;
    const share = new CommitteeShare(d.store, { env: {} });
    await share.connect({ url: server.url, user: who.user, password: who.password, committeeId, dbName: DB });
    const s = Object.assign(d, { share, committeeId });
    seats.push(s);
    return s;
  }
  const serverDocs = async () => {
    const all = (await server.request('GET', `/${DB}/_all_docs?include_docs=true`)).json as { rows: Array<{ id: string; doc: Record<string, unknown> }> };
    return all.rows.filter((r) => !r.id.startsWith('_design/')).map((r) => r.doc);
  };
  const whatOf = (doc: Record<string, unknown>) => (doc.what as { v: string } | null)?.v ?? (doc.info as { what: string }).what;

  test('a member’s hand-added entry stays on the device; an entry the chair removes is marked dropped everywhere and not offered again', async () => {
    const chair = await seat('chair', CHAIR);
    const member = await seat('member', MEMBER);
    const added = addManualEntry(chair.store.db, { committeeId: chair.committeeId, kind: 'action', what: 'Visit the new youth centre' });
    expect(await chair.share.run(chair.committeeId)).toMatchObject({ ok: true, refused: 0 });
    expect(await member.share.run(member.committeeId)).toMatchObject({ ok: true, refused: 0 });
    expect(entry(member, 'Visit the new youth centre')).toMatchObject({ status: 'open' });

    // The member adds one by hand: it is not offered, so nothing is refused, and the page says where it is.
    addManualEntry(member.store.db, { committeeId: member.committeeId, kind: 'action', what: 'Ask about the school transport review' });
    const run = await member.share.run(member.committeeId);
    expect(run).toMatchObject({ ok: true, pushed: 0, refused: 0 });
    expect(run.message).toMatch(/1 added by hand stays on this device \(only the chair adds entries/);
    expect(member.share.status()[0]).toMatchObject({ localOnly: 1, refused: 0, lastError: null });
    expect(member.share.refusals()).toEqual([]);
    expect(formatShareDatabase(member.share.status()[0] as ShareDatabaseView)).toMatch(/Added by hand, staying on this device \(only the chair adds entries\): 1/);
    expect(JSON.stringify(await serverDocs())).not.toContain('school transport review');
    // The chair's own hand-added entries are not "stays on this device".
    expect(chair.share.status()[0]).toMatchObject({ localOnly: 0 });

    // The chair removes an entry from the log on the server.
    const doc = (await serverDocs()).find((d) => whatOf(d) === 'Visit the new youth centre') as { _id: string; _rev: string };
    const removed = await server.request('DELETE', `/${DB}/${doc._id}?rev=${doc._rev}`, undefined, { username: CHAIR.user, password: CHAIR.password });
    expect(removed.status).toBeLessThan(300);

    const after = await member.share.run(member.committeeId);
    expect(after).toMatchObject({ ok: true });
    expect(after.message).toMatch(/1 removed from the log by the chair/);
    const onMember = entry(member, 'Visit the new youth centre');
    expect(onMember?.status).toBe('dropped');
    expect(JSON.parse(onMember?.notes ?? '[]')).toContain('Removed from the committee’s shared action log by the chair.');
    expect(member.share.status()[0]).toMatchObject({ withdrawn: 1 });
    expect(formatShareDatabase(member.share.status()[0] as ShareDatabaseView)).toMatch(/Removed from the log by the chair \(kept here, marked dropped\): 1/);
    // Applied once: another run changes nothing.
    expect(await member.share.run(member.committeeId)).toMatchObject({ ok: true, applied: 0 });
    expect(JSON.parse(entry(member, 'Visit the new youth centre')?.notes ?? '[]')).toHaveLength(1);

    // The chair's device has it marked too, and editing it there does not put it back on the server.
    await chair.share.run(chair.committeeId);
    expect(entry(chair, 'Visit the new youth centre')?.status).toBe('dropped');
    updateStatus(chair.store.db, [added], 'in-progress', 'Still worth a visit');
    expect(await chair.share.run(chair.committeeId)).toMatchObject({ ok: true, pushed: 0 });
    expect((await serverDocs()).some((d) => whatOf(d) === 'Visit the new youth centre')).toBe(false);
  }, 60_000);
});
