/**
 * Two devices (two data folders, each a real SQLite library) share a member's work through a real
 * CouchDB-protocol server on 127.0.0.1: first copy, concurrent offline edits, conflicts, a wrong
 * passphrase, and what the server can see.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getEntry } from '../../../main/actions/queries';
import { checkEntry, correctEntry, updateStatus } from '../../../main/actions/updates';
import { createAnnotation, createForTarget, updateAnnotation } from '../../../main/annotations/store';
import { importFile } from '../../../main/library/import-file';
import { ShareEngine, memberDbName } from '../../../main/share/engine';
import { openStore, type Store } from '../../../main/store/database';
import { makePack } from '../../helpers/make-pack';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';
import { CouchServer } from './couch-server';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
const PASSPHRASE = 'correct horse battery staple';
const USER = 'cllr-jones';
const PASSWORD = 'server-password-1';
const SECRET_NOTE = 'Ask the Director about the unpublished overspend figure';

let packBytes: Uint8Array;

interface Device {
  dir: string;
  store: Store;
  engine: ShareEngine;
}

describe('sharing between two devices', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: CouchServer;
  const devices: Device[] = [];

  beforeAll(async () => {
    packBytes = await makePack({
      committee: COMMITTEE,
      dateLine: 'Tuesday, 14 January 2025',
      reports: [{ number: '115', title: 'Update on Youth Summit', pages: [['Update on Youth Summit'], ['Access to dentists remained the top concern raised by young people.']] }],
    });
  });

  beforeEach(async () => {
    temp = makeTempDir('scrutineer-share-');
    server = new CouchServer(path.join(temp.dir, 'server'));
    await server.start();
    await server.addMember(USER, PASSWORD, memberDbName(USER));
  });
  afterEach(async () => {
    for (const d of devices.splice(0)) {
      await d.engine.close();
      d.store.close();
    }
    await server.stop();
    temp.cleanup();
  });

  async function device(name: string, withPack = true): Promise<Device> {
    const dir = path.join(temp.dir, name);
    const store = openStore(dir, { key: Buffer.alloc(32, name.charCodeAt(0)) });
    await importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
    if (withPack) await importFile(store, { fileName: 'pack.pdf', bytes: packBytes });
    const d = { dir, store, engine: new ShareEngine(store, { env: {}, onProgress: process.env.SHARE_DEBUG ? (p) => console.log(name, JSON.stringify(p), Date.now() % 100000) : undefined }) };
    devices.push(d);
    return d;
  }

  const connect = (d: Device, passphrase = PASSPHRASE) => d.engine.connect({ url: server.url, user: USER, password: PASSWORD, passphrase });
  const version = (d: Device) => d.store.db.prepare('SELECT id, document_id FROM document_versions WHERE is_current = 1').get() as { id: number; document_id: number };
  const annotations = (d: Device) =>
    d.store.db.prepare('SELECT uuid, kind, target, body, colour, asked, deleted_at AS deleted, quote_exact AS quote, page_number AS page FROM annotations ORDER BY uuid').all();
  const actions = (d: Device) =>
    d.store.db
      .prepare(
        `SELECT d.identity_key AS decision, e.status, e.owner, e.due_text AS due, e.what, e.member_fields AS fields,
           (SELECT json_group_array(note) FROM (SELECT note FROM action_updates u WHERE u.entry_id = e.id ORDER BY note)) AS notes
         FROM action_entries e LEFT JOIN decisions d ON d.id = e.decision_id ORDER BY d.identity_key, e.what`,
      )
      .all();
  const firstAction = (d: Device) => d.store.db.prepare("SELECT e.id FROM action_entries e JOIN decisions d ON d.id = e.decision_id ORDER BY d.identity_key LIMIT 1").pluck().get() as number;

  test('an entry checked on one device is checked on the other, with nothing said to be "set by you"', async () => {
    const a = await device('laptop', false);
    const b = await device('tablet', false);
    const entry = firstAction(a);
    expect(checkEntry(a.store.db, entry)).toBe(true);
    await connect(a);
    expect((await a.engine.run()).ok).toBe(true);
    await connect(b);
    expect((await b.engine.run()).ok).toBe(true);
    const onB = getEntry(b.store.db, firstAction(b), '2025-02-01');
    expect(onB.checked).toBe(true);
    expect(onB.memberFields).toEqual(getEntry(a.store.db, entry, '2025-02-01').memberFields);
    expect(onB.memberFields).toEqual(['confirmed:due', 'confirmed:kind', 'confirmed:owner', 'confirmed:what', 'due', 'kind', 'owner', 'what']);
    // A correction made after it on the tablet reaches the laptop as the member's own wording.
    correctEntry(b.store.db, firstAction(b), { owner: 'Director of Children’s Services' });
    expect((await b.engine.run()).ok).toBe(true);
    expect((await a.engine.run()).ok).toBe(true);
    expect(getEntry(a.store.db, entry, '2025-02-01')).toMatchObject({ owner: 'Director of Children’s Services', checked: true });
    expect(getEntry(a.store.db, entry, '2025-02-01').memberFields).toEqual(['confirmed:due', 'confirmed:kind', 'confirmed:what', 'due', 'kind', 'owner', 'what']);
  });

  test('a second device gets the first one’s notes and tracker edits; concurrent edits converge, note text keeps both versions', async () => {
    const a = await device('laptop');
    const v = version(a);
    const note = createAnnotation(a.store.db, { documentId: v.document_id, versionId: v.id, kind: 'note', body: SECRET_NOTE, pageNumber: 4, quote: { exact: 'Access to dentists', prefix: '', suffix: '' } });
    createForTarget(a.store.db, { target: 'meeting', meetingId: a.store.db.prepare('SELECT id FROM meetings').pluck().get() as number, kind: 'question', body: 'Why so late?' });
    updateStatus(a.store.db, [firstAction(a)], 'in-progress', 'Chased the officer');

    const log = (m: string) => process.env.SHARE_DEBUG && console.log(m, Date.now() % 100000);
    log('connect a');
    await connect(a);
    log('run a');
    const first = await a.engine.run();
    expect(first).toMatchObject({ ok: true });

    // The server holds ciphertext only.
    const raw = await server.rawDump(memberDbName(USER));
    expect(raw).not.toContain('dentists');
    expect(raw).not.toContain(SECRET_NOTE);
    expect(raw).not.toContain('Chased the officer');
    expect(raw).toContain('"ct"');

    // A wrong passphrase on the second device is refused.
    const b = await device('tablet');
    await expect(connect(b, 'not the right passphrase')).rejects.toThrow(/passphrase does not match/);
    log('connect b');
    await connect(b);
    log('run b');
    const second = await b.engine.run();
    expect(second).toMatchObject({ ok: true });
    expect(annotations(b)).toEqual(annotations(a));
    expect(actions(b)).toEqual(actions(a));
    expect(annotations(b)).toHaveLength(2);

    // Offline, both edit the same note and the same action.
    const noteOnB = b.store.db.prepare('SELECT id FROM annotations WHERE uuid = ?').pluck().get(note.uuid) as number;
    updateAnnotation(a.store.db, { id: note.id, body: `${SECRET_NOTE} (laptop)` });
    updateAnnotation(b.store.db, { id: noteOnB, body: `${SECRET_NOTE} (tablet)`, colour: 'pink' });
    updateStatus(a.store.db, [firstAction(a)], 'done', 'Report received');
    correctEntry(b.store.db, firstAction(b), { owner: 'Director of Children’s Services' });

    expect((await a.engine.run()).ok).toBe(true);
    expect((await b.engine.run()).ok).toBe(true);
    expect((await a.engine.run()).ok).toBe(true);

    expect(annotations(a)).toEqual(annotations(b));
    expect(actions(a)).toEqual(actions(b));
    const [entry] = actions(a) as Array<{ status: string; owner: string; notes: string }>;
    expect(entry).toMatchObject({ status: 'done', owner: 'Director of Children’s Services' });
    expect(JSON.parse(entry?.notes ?? '[]')).toEqual(expect.arrayContaining(['Chased the officer', 'Report received']));
    // The later body is shown; the other is kept as a conflict on both devices.
    const bodies = [`${SECRET_NOTE} (laptop)`, `${SECRET_NOTE} (tablet)`];
    const shown = (annotations(a) as Array<{ uuid: string; body: string; colour: string }>).find((x) => x.uuid === note.uuid);
    expect(bodies).toContain(shown?.body);
    expect(shown?.colour).toBe('pink');
    for (const d of [a, b]) {
      const conflicts = d.engine.conflicts();
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]?.others.map((o) => o.text)).toEqual(bodies.filter((x) => x !== shown?.body));
    }
    // Nothing is waiting to go, and a further round changes nothing.
    expect(a.engine.status()[0]).toMatchObject({ waiting: 0, conflicts: 1, lastError: null });
    const before = annotations(a);
    const again = await b.engine.run();
    expect(again).toMatchObject({ ok: true, applied: 0 });
    expect(annotations(a)).toEqual(before);

    // The member merges on the tablet: the conflict goes on both devices.
    b.engine.resolveConflict(b.engine.conflicts()[0]?.docId as string, 'Merged text');
    await b.engine.run();
    await a.engine.run();
    expect(a.engine.conflicts()).toEqual([]);
    expect(b.engine.conflicts()).toEqual([]);
    expect((annotations(a) as Array<{ uuid: string; body: string }>).find((x) => x.uuid === note.uuid)?.body).toBe('Merged text');
    expect(annotations(a)).toEqual(annotations(b));
  }, 60_000);
});
