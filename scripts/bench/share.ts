// Sharing between devices (`npm run bench -- share [--annotations N] [--actions N]`, 10,000 and 2,000
// unless told): a device shares its notes and action edits through the real CouchDB-protocol test
// server on 127.0.0.1 (not timed); then a fresh device connects and pulls everything (replicate,
// decrypt, merge, apply to its SQLite library), timed, against PouchDB replicating the same server
// documents raw into a fresh replica, in the same run. Target: the app within 1.5× raw.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addManualEntry, updateStatus } from '../../main/actions/updates';
import { createForTarget } from '../../main/annotations/store';
import { importFile } from '../../main/library/import-file';
import { ShareEngine, memberDbName } from '../../main/share/engine';
import { localReplica, remoteDatabase } from '../../main/share/pouch';
import { openStore, type Store } from '../../main/store/database';
import { CouchServer } from '../../tests/unit/share/couch-server';
import { sharedFixture } from '../fixtures';

const MINUTES = sharedFixture('minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const USER = 'bench-member';
const PASSWORD = 'bench-password';
const PASSPHRASE = 'bench passphrase, long enough';

async function device(root: string, name: string): Promise<Store> {
  const store = openStore(path.join(root, name), { key: Buffer.alloc(32, name.charCodeAt(0)) });
  await importFile(store, { fileName: path.basename(MINUTES), bytes: fs.readFileSync(MINUTES) });
  return store;
}

export async function shareBench(): Promise<Record<string, unknown>> {
  const { values } = parseArgs({ args: process.argv.slice(3), options: { annotations: { type: 'string' }, actions: { type: 'string' } } });
  const nAnnotations = Number(values.annotations ?? 10_000);
  const nActions = Number(values.actions ?? 2_000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-bench-share-'));
  const server = new CouchServer(path.join(root, 'server'));
  const engines: ShareEngine[] = [];
  const stores: Store[] = [];
  try {
    await server.start();
    const dbName = memberDbName(USER);
    await server.addMember(USER, PASSWORD, dbName);

    // The first device: its notes and action edits, shared (not timed).
    const source = await device(root, 'source');
    stores.push(source);
    const meetingId = source.db.prepare('SELECT id FROM meetings').pluck().get() as number;
    const committeeId = source.db.prepare('SELECT committee_id FROM meetings WHERE id = ?').pluck().get(meetingId) as number;
    source.db.transaction(() => {
      for (let i = 0; i < nAnnotations; i++) {
        createForTarget(source.db, { target: 'meeting', meetingId, kind: i % 3 === 0 ? 'question' : 'note', body: `Note ${i}: ask about the placement sufficiency figures for quarter ${i % 4 + 1}` });
      }
      const ids: number[] = [];
      for (let i = 0; i < nActions; i++) ids.push(addManualEntry(source.db, { committeeId, meetingId, kind: 'action', what: `Action ${i}: report back on the recruitment campaign`, owner: 'Director of Children’s Services' }));
      updateStatus(source.db, ids, 'in-progress', 'Chased by email');
    })();
    const sourceEngine = new ShareEngine(source, { env: {} });
    engines.push(sourceEngine);
    await sourceEngine.connect({ url: server.url, user: USER, password: PASSWORD, passphrase: PASSPHRASE });
    let t = performance.now();
    const shared = await sourceEngine.run();
    if (!shared.ok) throw new Error(`the first device could not share: ${shared.message}`);
    console.log(`first device shared ${nAnnotations} notes and ${nActions} action edits in ${((performance.now() - t) / 1000).toFixed(1)} s (not timed)`);
    const serverDocs = ((await server.request('GET', `/${dbName}`)).json as { doc_count: number }).doc_count;

    // Raw: PouchDB replicating the same documents into a fresh replica.
    const raw = localReplica(path.join(root, 'raw-replica'));
    const remote = remoteDatabase(`${server.url}/${dbName}`, { username: USER, password: PASSWORD });
    t = performance.now();
    const rawResult = await raw.replicate.from(remote, { batch_size: 500, batches_limit: 4, retry: false });
    const rawMs = performance.now() - t;
    await raw.close();
    await remote.close();

    // The app: a fresh device connects and pulls.
    const fresh = await device(root, 'fresh');
    stores.push(fresh);
    // When each phase of the run was last heard from: where the time goes.
    const phases: Record<string, number> = {};
    let phaseStart = 0;
    const freshEngine = new ShareEngine(fresh, { env: {}, onProgress: (p) => (phases[p.phase] = Math.round(performance.now() - phaseStart)) });
    engines.push(freshEngine);
    t = performance.now();
    await freshEngine.connect({ url: server.url, user: USER, password: PASSWORD, passphrase: PASSPHRASE });
    const connectMs = performance.now() - t;
    t = performance.now();
    phaseStart = t;
    const pulled = await freshEngine.run();
    const appMs = performance.now() - t;
    if (!pulled.ok) throw new Error(`the fresh device could not pull: ${pulled.message}`);
    const have = {
      annotations: fresh.db.prepare('SELECT COUNT(*) FROM annotations').pluck().get() as number,
      manualActions: fresh.db.prepare("SELECT COUNT(*) FROM action_entries WHERE source = 'manual' AND status = 'in-progress'").pluck().get() as number,
    };
    if (have.annotations !== nAnnotations || have.manualActions !== nActions) throw new Error(`the fresh device has ${JSON.stringify(have)}`);
    // Not only as many: the same notes and entries, each log note once (checked after the timing).
    const notes = (s: Store) => s.db.prepare('SELECT uuid, kind, target, body, colour, asked, deleted_at FROM annotations ORDER BY uuid').all();
    const entries = (s: Store) =>
      s.db
        .prepare(
          `SELECT e.what, e.owner, e.status, (SELECT json_group_array(note) FROM action_updates u WHERE u.entry_id = e.id) AS notes
           FROM action_entries e WHERE e.source = 'manual' ORDER BY e.what`,
        )
        .all();
    if (JSON.stringify(notes(fresh)) !== JSON.stringify(notes(source))) throw new Error('the fresh device’s notes differ from the first device’s');
    if (JSON.stringify(entries(fresh)) !== JSON.stringify(entries(source))) throw new Error('the fresh device’s action entries differ from the first device’s');
    const docs = rawResult.docs_written;
    const ratio = appMs / rawMs;
    console.log(`server documents: ${serverDocs}`);
    console.log(`raw PouchDB replication: ${docs} docs in ${(rawMs / 1000).toFixed(2)} s (${Math.round(docs / (rawMs / 1000))} docs/s)`);
    console.log(`app (connect ${(connectMs / 1000).toFixed(2)} s, not counted): ${pulled.pulled} docs pulled, ${pulled.applied} applied in ${(appMs / 1000).toFixed(2)} s (${Math.round(docs / (appMs / 1000))} docs/s)`);
    console.log(`app phases (ms from the start of the run to the last report of each): ${JSON.stringify(phases)}`);
    console.log(`app / raw: ${ratio.toFixed(2)}× (target ≤ 1.5×)`);
    return {
      bench: 'share',
      annotations: nAnnotations,
      actionEdits: nActions,
      docs,
      appSeconds: Number((appMs / 1000).toFixed(3)),
      rawSeconds: Number((rawMs / 1000).toFixed(3)),
      appDocsPerSecond: Math.round(docs / (appMs / 1000)),
      rawDocsPerSecond: Math.round(docs / (rawMs / 1000)),
      ratio: Number(ratio.toFixed(2)),
      phasesMs: phases,
      target: 1.5,
      withinTarget: ratio <= 1.5,
    };
  } finally {
    for (const e of engines) await e.close();
    for (const s of stores) s.close();
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
