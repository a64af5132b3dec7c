/**
 * A committee database's administrator (named in `_security.admins`, not as the chair) may change
 * anything the server's validate_doc_update lets them, which is everything: the device treats them as
 * the chair, so their corrections of an entry's text go to the server instead of staying on the device.
 * Through a real CouchDB-protocol server on 127.0.0.1.
 */
import path from 'node:path';
import { correctEntry } from '../../../main/actions/updates';
import { committeeDesignDoc } from '../../../main/share/committee-design';
import { CommitteeShare } from '../../../main/share/committee';
import { makeTempDir } from '../../helpers/temp-dir';
import { CouchServer } from './couch-server';
import { closeDevice, makeDevice, type Device } from './devices';

const DB = 'scrutineer-committee-admin';
const CHAIR = { user: 'cllr-chair', password: 'chair-password-1' };
const ADMIN = { user: 'scrutiny-admin', password: 'admin-password-5' };
const OFFICER = { user: 'officer-patel', password: 'officer-password-3' };

describe('a committee database administrator', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: CouchServer;
  const devices: Device[] = [];

  beforeAll(async () => {
    temp = makeTempDir('scrutineer-share-admin-');
    server = new CouchServer(path.join(temp.dir, 'server'));
    await server.start();
    await server.addUser(CHAIR.user, CHAIR.password);
    await server.addUser(ADMIN.user, ADMIN.password);
    await server.addUser(OFFICER.user, OFFICER.password, ['scrutiny-officer']);
    await server.addCommitteeDb(
      DB,
      {
        admins: { names: [ADMIN.user], roles: [] },
        members: { names: [CHAIR.user], roles: ['scrutiny-officer'] },
        scrutineer: { chair: { names: [CHAIR.user], roles: [] }, officers: { names: [], roles: ['scrutiny-officer'] } },
      },
      committeeDesignDoc(),
    );
  });
  afterAll(async () => {
    for (const d of devices.splice(0)) await closeDevice(d);
    await server.stop();
    temp.cleanup();
  });

  async function seat(name: string, who: { user: string; password: string }) {
    const d = await makeDevice(temp.dir, name);
    devices.push(d);
    const committeeId = d.store.db.prepare('SELECT id FROM committees').pluck().get() as number;
    const share = new CommitteeShare(d.store, { env: {} });
    await share.connect({ url: server.url, user: who.user, password: who.password, committeeId, dbName: DB });
    return { d, share, committeeId };
  }
  const firstEntry = (d: Device) => d.store.db.prepare('SELECT e.id FROM action_entries e JOIN decisions d ON d.id = e.decision_id ORDER BY d.identity_key').pluck().get() as number;
  const serverTexts = async () => {
    const all = (await server.request('GET', `/${DB}/_all_docs?include_docs=true`)).json as { rows: Array<{ id: string; doc: { what?: { v: string } } }> };
    return all.rows.filter((r) => !r.id.startsWith('_design/')).map((r) => r.doc.what?.v);
  };

  test('is given the chair’s rights on the device, and their correction of an entry’s text reaches the server', async () => {
    const chair = await seat('chair', CHAIR);
    expect(await chair.share.run(chair.committeeId)).toMatchObject({ ok: true });

    const admin = await seat('admin', ADMIN);
    expect(admin.share.status()[0]).toMatchObject({ role: 'chair' });
    expect(await admin.share.run(admin.committeeId)).toMatchObject({ ok: true });
    correctEntry(admin.d.store.db, firstEntry(admin.d), { what: 'Rewritten by the database administrator' });
    const run = await admin.share.run(admin.committeeId);
    expect(run).toMatchObject({ ok: true, pushed: 1, refused: 0 });
    expect(admin.share.status()[0]).toMatchObject({ keptBack: 0 });
    expect(await serverTexts()).toContain('Rewritten by the database administrator');

    // An officer's same correction is still theirs only (the contrast that shows the rights are the role's).
    const officer = await seat('officer', OFFICER);
    expect(officer.share.status()[0]).toMatchObject({ role: 'officer' });
    expect(await officer.share.run(officer.committeeId)).toMatchObject({ ok: true });
    correctEntry(officer.d.store.db, firstEntry(officer.d), { what: 'Rewritten by the officer' });
    expect(await officer.share.run(officer.committeeId)).toMatchObject({ ok: true, pushed: 0 });
    expect(await serverTexts()).not.toContain('Rewritten by the officer');
  });
});
