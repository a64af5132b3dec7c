/**
 * A committee's shared action log through a real CouchDB-protocol server on 127.0.0.1 (express-pouchdb
 * runs _security and validate_doc_update as Apache CouchDB does): the chair's devices write, a
 * member's device reads, an officer's writes some fields; an edit a role may not make stays on that
 * device (and the server refuses it if written round the app); entries from exempt items stay on the device unless chosen; concurrent
 * edits merge per field.
 */
import path from 'node:path';
import { addManualEntry, correctEntry, updateStatus } from '../../../main/actions/updates';
import { committeeDesignDoc } from '../../../main/share/committee-design';
import { CommitteeShare } from '../../../main/share/committee';
import { clockOf } from '../../../main/share/merge';
import { ShareService } from '../../../main/share/service';
import { makeTempDir } from '../../helpers/temp-dir';
import { CouchServer } from './couch-server';
import { closeDevice, makeDevice, type Device } from './devices';

const DB = 'scrutineer-committee-cype';
const CHAIR = { user: 'cllr-chair', password: 'chair-password-1' };
const MEMBER = { user: 'cllr-member', password: 'member-password-2' };
const OFFICER = { user: 'officer-patel', password: 'officer-password-3' };
const OUTSIDER = { user: 'cllr-outsider', password: 'outsider-password-4' };

interface Seat extends Device {
  share: CommitteeShare;
  committeeId: number;
}

const entries = (d: Device) =>
  d.store.db
    .prepare(
      `SELECT d.identity_key AS decision, e.status, e.owner, e.due_text AS due, e.what,
         (SELECT json_group_array(note) FROM (SELECT note FROM action_updates u WHERE u.entry_id = e.id AND u.note <> '' ORDER BY note)) AS notes
       FROM action_entries e JOIN decisions d ON d.id = e.decision_id ORDER BY d.identity_key`,
    )
    .all() as Array<{ decision: string; status: string; owner: string | null; due: string | null; what: string; notes: string }>;

const entryIds = (d: Device) => d.store.db.prepare('SELECT e.id FROM action_entries e JOIN decisions d ON d.id = e.decision_id ORDER BY d.identity_key').pluck().all() as number[];

describe('a committee’s shared action log', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: CouchServer;
  const seats: Seat[] = [];

  beforeAll(async () => {
    temp = makeTempDir('scrutineer-share-committee-');
    server = new CouchServer(path.join(temp.dir, 'server'));
    await server.start();
    await server.addUser(CHAIR.user, CHAIR.password);
    await server.addUser(MEMBER.user, MEMBER.password, ['cype-member']);
    await server.addUser(OFFICER.user, OFFICER.password, ['scrutiny-officer']);
    await server.addUser(OUTSIDER.user, OUTSIDER.password);
    await server.addCommitteeDb(
      DB,
      {
        admins: { names: [], roles: [] },
        members: { names: [CHAIR.user], roles: ['cype-member', 'scrutiny-officer'] },
        scrutineer: { chair: { names: [CHAIR.user], roles: [] }, officers: { names: [], roles: ['scrutiny-officer'] } },
      },
      committeeDesignDoc(),
    );
  });
  afterAll(async () => {
    for (const s of seats.splice(0)) await closeDevice(s);
    await server.stop();
    temp.cleanup();
  });

  async function seat(name: string, who: { user: string; password: string }, exemptEntry?: (d: Device) => void): Promise<Seat> {
    const d = await makeDevice(temp.dir, name);
    exemptEntry?.(d);
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

  test('the chair’s changes reach a member; edits a role may not make stay on that device (the server refuses them round the app); exempt entries stay unless chosen; concurrent edits merge per field', async () => {
    // The last decision's item is exempt (Part B) on the chair's device.
    const markExempt = (d: Device) =>
      d.store.db.prepare('UPDATE items SET exempt = 1 WHERE id = (SELECT d.item_id FROM decisions d JOIN action_entries e ON e.decision_id = d.id ORDER BY d.identity_key DESC LIMIT 1)').run();
    const chair = await seat('chair', CHAIR, markExempt);
    const ids = entryIds(chair);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const exempt = chair.share.heldBack(chair.committeeId);
    expect(exempt.length).toBeGreaterThanOrEqual(1);
    const exemptWhat = exempt[0]?.what as string;
    const shared = ids.length - exempt.length;
    expect(chair.share.status()[0]).toMatchObject({ role: 'chair', name: `committee:${chair.committeeId}` });

    // Someone outside the committee cannot even connect.
    const outsider = await makeDevice(temp.dir, 'outsider');
    const outsiderCommittee = outsider.store.db.prepare('SELECT id FROM committees').pluck().get() as number;
    await expect(new CommitteeShare(outsider.store, { env: {} }).connect({ url: server.url, ...OUTSIDER, committeeId: outsiderCommittee, dbName: DB })).rejects.toThrow(/refused/);
    await closeDevice(outsider);

    // The chair publishes the log; the exempt item's entry is held back.
    const first = await chair.share.run(chair.committeeId);
    expect(first).toMatchObject({ ok: true, pushed: shared, heldBack: exempt.length, refused: 0 });
    let stored = await serverDocs();
    expect(stored).toHaveLength(shared);
    expect(JSON.stringify(stored)).not.toContain(exemptWhat);
    expect(stored.every((d) => d.by === CHAIR.user && d.exempt === false)).toBe(true);
    expect(chair.share.heldBack(chair.committeeId).every((h) => !h.chosen && h.waiting)).toBe(true);

    // A member reads it.
    const member = await seat('member', MEMBER);
    expect(member.share.status()[0]).toMatchObject({ role: 'member' });
    expect(await member.share.run(member.committeeId)).toMatchObject({ ok: true, pushed: 0, pulled: shared });

    // The chair's status change reaches the member.
    updateStatus(chair.store.db, [ids[0] as number], 'in-progress', 'Chased the Director');
    expect(await chair.share.run(chair.committeeId)).toMatchObject({ ok: true, pushed: 1 });
    expect(await member.share.run(member.committeeId)).toMatchObject({ ok: true, applied: 1 });
    const onMember = entries(member)[0];
    expect(onMember).toMatchObject({ status: 'in-progress' });
    expect(JSON.parse(onMember?.notes ?? '[]')).toContain('Chased the Director');

    // The member's own edit is not theirs to make on the committee's log: it is not offered (nothing for the
    // server to refuse), it stays on the member's device, and the run and share status say so.
    const firstOnMember = entryIds(member)[0] as number;
    updateStatus(member.store.db, [firstOnMember], 'done', 'I think this is finished');
    const keptRun = await member.share.run(member.committeeId);
    expect(keptRun).toMatchObject({ ok: true, refused: 0, pushed: 0 });
    expect(keptRun.message).toMatch(/1 change kept on this device: your role cannot change the committee’s log/);
    expect(member.share.status()[0]).toMatchObject({ keptBack: 1, keptReason: expect.stringMatching(/^your role cannot change/), refused: 0, lastError: null, waiting: 0 });
    expect(member.share.refusals()).toEqual([]);
    expect(entries(member)[0]).toMatchObject({ status: 'done' });
    stored = await serverDocs();
    expect(JSON.stringify(stored)).not.toContain('I think this is finished');
    expect(stored.filter((d) => (d.status as { v: string }).v !== 'open')).toEqual([expect.objectContaining({ status: expect.objectContaining({ v: 'in-progress' }), by: CHAIR.user })]);
    // Not offered again, and kept through a run that brings other changes of the log.
    updateStatus(chair.store.db, [ids[1] as number], null, 'Asked for a date');
    expect(await chair.share.run(chair.committeeId)).toMatchObject({ ok: true, pushed: 1 });
    expect(await member.share.run(member.committeeId)).toMatchObject({ ok: true, refused: 0, pushed: 0, applied: 1 });
    expect(entries(member)[0]).toMatchObject({ status: 'done' });
    // A later change of that field by the chair replaces it here.
    updateStatus(chair.store.db, [ids[0] as number], 'open', 'Reopened: the report is late');
    expect(await chair.share.run(chair.committeeId)).toMatchObject({ ok: true, pushed: 1 });
    expect(await member.share.run(member.committeeId)).toMatchObject({ ok: true, applied: 1 });
    expect(entries(member)[0]).toMatchObject({ status: 'open' });
    // The member's note stays in their own log only (still counted as kept here).
    expect(JSON.parse(entries(member)[0]?.notes ?? '[]')).toContain('I think this is finished');
    expect(member.share.status()[0]).toMatchObject({ keptBack: 1 });
    expect(JSON.stringify(await serverDocs())).not.toContain('I think this is finished');

    // The exempt entry goes only when the chair chooses (here, for this run).
    expect(await chair.share.run(chair.committeeId)).toMatchObject({ ok: true, pushed: 0, heldBack: exempt.length });
    expect(JSON.stringify(await serverDocs())).not.toContain(exemptWhat);
    expect(await chair.share.run(chair.committeeId, { includeExempt: true })).toMatchObject({ ok: true, pushed: exempt.length, heldBack: 0 });
    stored = await serverDocs();
    expect(stored.filter((d) => d.exempt === true)).toHaveLength(exempt.length);
    expect(JSON.stringify(stored)).toContain(exemptWhat);
    expect(chair.share.heldBack(chair.committeeId).every((h) => h.chosen && !h.waiting)).toBe(true);

    // An officer: changes status, owner, due and notes; not the text (only the chair): that stays on the officer's device.
    const officer = await seat('officer', OFFICER);
    expect(officer.share.status()[0]).toMatchObject({ role: 'officer' });
    expect(await officer.share.run(officer.committeeId)).toMatchObject({ ok: true, pulled: ids.length });
    correctEntry(officer.store.db, entryIds(officer)[1] as number, { what: 'Rewritten by the officer' });
    const officerRun = await officer.share.run(officer.committeeId);
    expect(officerRun).toMatchObject({ ok: true, refused: 0, pushed: 0 });
    expect(officerRun.message).toMatch(/1 change kept on this device: your role cannot change an entry’s text or kind/);
    expect(officer.share.status()[0]).toMatchObject({ keptBack: 1, refused: 0 });
    expect(JSON.stringify(await serverDocs())).not.toContain('Rewritten by the officer');

    // Concurrent offline edits of one entry by the chair (status, a note) and the officer (owner, a note): merged per field.
    const second = { chair: entryIds(chair)[1] as number, officer: entryIds(officer)[1] as number };
    updateStatus(chair.store.db, [second.chair], 'done', 'Report received at the meeting');
    correctEntry(officer.store.db, second.officer, { owner: 'Head of Education Finance', due: '31 March 2025' });
    updateStatus(officer.store.db, [second.officer], null, 'Owner confirmed with the department');
    expect(await officer.share.run(officer.committeeId)).toMatchObject({ ok: true, pushed: 1 });
    expect(await chair.share.run(chair.committeeId)).toMatchObject({ ok: true, pushed: 1 });
    for (const s of [officer, member, chair]) expect(await s.share.run(s.committeeId)).toMatchObject({ ok: true, refused: 0 });
    const merged = entries(chair)[1];
    expect(merged).toMatchObject({ status: 'done', owner: 'Head of Education Finance', due: '31 March 2025' });
    expect(JSON.parse(merged?.notes ?? '[]')).toEqual(expect.arrayContaining(['Report received at the meeting', 'Owner confirmed with the department']));
    // Every device holds the committee's log, but for the officer's own text of that entry (kept on their device,
    // with the note recording it); the owner, due date and notes the officer may set went to everyone.
    const withoutNotes = (d: Device) => entries(d).map(({ notes: _notes, ...rest }) => rest);
    const officerView = withoutNotes(officer);
    expect(officerView[1]?.what).toBe('Rewritten by the officer');
    expect(officerView.map((e, i) => (i === 1 ? { ...e, what: entries(chair)[1]?.what } : e))).toEqual(withoutNotes(chair));
    expect(withoutNotes(member)).toEqual(withoutNotes(chair));
    expect(entries(member)[1]).toEqual(entries(chair)[1]);
    expect(entries(officer)[1]?.notes).toContain('Rewritten by the officer');
    expect(JSON.stringify(await serverDocs())).not.toContain('Rewritten by the officer');

    // Conflicting revisions on the server (e.g. from replication between two CouchDB servers): every
    // device applies the per-field merge (the later edit by HLC), and a writer's device settles them.
    const third = (await serverDocs()).find((d) => (d.info as { what: string }).what === entries(chair)[2]?.what) as Record<string, unknown>;
    const withRevs = (await server.request('GET', `/${DB}/${String(third._id)}?revs=true`)).json as Record<string, unknown> & { _revisions: { start: number; ids: string[] } };
    const later = clockOf(BigInt(Date.now() + 60_000) * 65536n, 'elsewhere');
    const leaf = (hash: string, change: Record<string, unknown>) => ({
      ...withRevs,
      ...change,
      _rev: `${withRevs._revisions.start + 1}-${hash}`,
      _revisions: { start: withRevs._revisions.start + 1, ids: [hash, ...withRevs._revisions.ids] },
    });
    // (express-pouchdb's validation wrapper replaces the _revisions of a new_edits=false write with the
    // stored ones, so the design document is taken away while the two leaves are stored, then put back.)
    const design = (await server.request('GET', `/${DB}/_design/scrutineer`)).json as { _rev: string };
    expect((await server.request('DELETE', `/${DB}/_design/scrutineer?rev=${design._rev}`)).status).toBeLessThan(300);
    for (const doc of [leaf('a'.repeat(32), { status: { v: 'dropped', c: later } }), leaf('b'.repeat(32), { owner: { v: 'Committee clerk', c: later } })]) {
      expect((await server.request('POST', `/${DB}/_bulk_docs`, { new_edits: false, docs: [doc] })).status).toBeLessThan(300);
    }
    expect((await server.request('PUT', `/${DB}/_design/scrutineer`, committeeDesignDoc())).status).toBeLessThan(300);
    expect(((await server.request('GET', `/${DB}/${String(third._id)}?conflicts=true`)).json as { _conflicts?: string[] })._conflicts).toHaveLength(1);
    expect(await member.share.run(member.committeeId)).toMatchObject({ ok: true, applied: 1 });
    expect(entries(member)[2]).toMatchObject({ status: 'dropped', owner: 'Committee clerk' });
    expect(await chair.share.run(chair.committeeId)).toMatchObject({ ok: true });
    expect(entries(chair)[2]).toMatchObject({ status: 'dropped', owner: 'Committee clerk' });
    const settled = (await server.request('GET', `/${DB}/${String(third._id)}?conflicts=true`)).json as Record<string, unknown>;
    expect(settled).toMatchObject({ status: { v: 'dropped' }, owner: { v: 'Committee clerk' }, by: CHAIR.user });
    expect(settled._conflicts).toBeUndefined();
    for (const s of [officer, member]) expect(await s.share.run(s.committeeId)).toMatchObject({ ok: true });
    expect(withoutNotes(officer).map((e, i) => (i === 1 ? { ...e, what: entries(chair)[1]?.what } : e))).toEqual(withoutNotes(chair));
    expect(withoutNotes(member)).toEqual(withoutNotes(chair));

    // The server's revisions each name their writer, and a member cannot write even by going round the app.
    const doc = (await serverDocs())[0] as Record<string, unknown>;
    const auth = { username: MEMBER.user, password: MEMBER.password };
    const direct = await server.request('PUT', `/${DB}/${String(doc._id)}`, { ...doc, by: MEMBER.user, status: { v: 'dropped', c: 'ffffffffffffffff:x' } }, auth);
    expect(direct.status).toBe(403);
    const forged = await server.request('PUT', `/${DB}/${String(doc._id)}`, { ...doc, by: CHAIR.user, at: 'now' }, { username: OFFICER.user, password: OFFICER.password });
    expect(forged).toMatchObject({ status: 403, json: { reason: expect.stringMatching(/name the user/) } });
    // The device keeps an officer's text here, but the server is the guard: an officer's direct write of it is refused.
    const officerAuth = { username: OFFICER.user, password: OFFICER.password };
    const rewritten = await server.request('PUT', `/${DB}/${String(doc._id)}`, { ...doc, by: OFFICER.user, what: { v: 'Rewritten round the app', c: 'ffffffffffffffff:x' } }, officerAuth);
    expect(rewritten).toMatchObject({ status: 403, json: { reason: expect.stringMatching(/Only the chair may change the what/) } });
  }, 120_000);

  test('the committee outbox: filled in the edit’s transaction once a committee is connected, never while changes are applied; a hand-added entry goes once', async () => {
    const d = await makeDevice(temp.dir, 'chair-phone');
    const committeeId = d.store.db.prepare('SELECT id FROM committees').pluck().get() as number;
    const outbox = () => d.store.db.prepare('SELECT COUNT(DISTINCT entry_id) FROM share_committee_outbox').pluck().get() as number;
    const [first] = entryIds(d);
    updateStatus(d.store.db, [first as number], 'in-progress', 'Before connecting');
    expect(outbox()).toBe(0);
    const share = new CommitteeShare(d.store, { env: {} });
    try {
      await share.connect({ url: server.url, ...CHAIR, committeeId, dbName: DB });
      expect(outbox()).toBe(entryIds(d).length); // the chair offers the whole log
      expect(await share.run(committeeId, { includeExempt: true })).toMatchObject({ ok: true, refused: 0 });
      expect(outbox()).toBe(0);
      updateStatus(d.store.db, [first as number], 'done', '');
      expect(outbox()).toBe(1);
      d.store.db.transaction(() => {
        d.store.db.prepare('INSERT INTO share_applying (id) VALUES (1)').run();
        d.store.db.prepare('UPDATE action_entries SET owner = ? WHERE id = ?').run('Applied from elsewhere', first);
        d.store.db.prepare('DELETE FROM share_applying').run();
      })();
      expect(outbox()).toBe(1);
      const manual = addManualEntry(d.store.db, { committeeId, kind: 'action', what: 'Visit the new youth centre' });
      expect(outbox()).toBe(2);
      expect(await share.run(committeeId)).toMatchObject({ ok: true, pushed: 2 });
      expect(await share.run(committeeId)).toMatchObject({ ok: true, pushed: 0 });
      const onServer = (await serverDocs()).filter((doc) => (doc.what as { v: string } | null)?.v === 'Visit the new youth centre');
      expect(onServer).toHaveLength(1);
      expect(d.store.db.prepare("SELECT row_id FROM share_docs WHERE doc_id = ?").pluck().get(onServer[0]?._id)).toBe(manual);
    } finally {
      await closeDevice(d);
    }
  }, 60_000);

  test('offline: the run says so in words, the edits wait in the outbox and go with the next run', async () => {
    const d = await makeDevice(temp.dir, 'chair-offline');
    const committeeId = d.store.db.prepare('SELECT id FROM committees').pluck().get() as number;
    const share = new CommitteeShare(d.store, { env: {} });
    try {
      await share.connect({ url: server.url, ...CHAIR, committeeId, dbName: DB });
      expect(await share.run(committeeId, { includeExempt: true })).toMatchObject({ ok: true });
      updateStatus(d.store.db, [entryIds(d)[0] as number], 'dropped', 'Withdrawn by the Executive');
      await server.stop();
      const offline = await share.run(committeeId);
      expect(offline).toMatchObject({ ok: false, pushed: 0, message: expect.stringMatching(/Could not reach the sharing server/) });
      expect(share.status()[0]).toMatchObject({ waiting: 1, lastError: expect.stringMatching(/Could not reach/) });
      await server.start();
      expect(await share.run(committeeId)).toMatchObject({ ok: true, pushed: 1 });
      expect(share.status()[0]).toMatchObject({ waiting: 0, lastError: null });
      expect(JSON.stringify(await serverDocs())).toContain('Withdrawn by the Executive');
    } finally {
      await closeDevice(d);
    }
  }, 60_000);

  test('through the service: share run includes the committee logs; disconnect leaves the library as it was', async () => {
    const d = await makeDevice(temp.dir, 'chair-tablet');
    const committeeId = d.store.db.prepare('SELECT id FROM committees').pluck().get() as number;
    const service = new ShareService(d.store, { env: { SCRUTINEER_SHARE_PASSWORD: CHAIR.password } });
    try {
      const view = await service.connectCommittee({ url: server.url, user: CHAIR.user, committeeId, dbName: DB });
      expect(view).toMatchObject({ role: 'chair', dbName: DB });
      const report = await service.start({})?.done;
      expect(report).toMatchObject({ ok: true, reports: [expect.objectContaining({ database: `committee:${committeeId}` })] });
      expect(service.status()).toMatchObject({ connected: true, databases: [expect.objectContaining({ committeeId, lastError: null })] });
      const before = entries(d);
      await service.disconnect();
      expect(service.status()).toMatchObject({ connected: false, databases: [] });
      expect(entries(d)).toEqual(before);
    } finally {
      await service.close();
      d.store.close();
    }
  }, 60_000);
});
