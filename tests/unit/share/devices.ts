/** Devices for the sharing tests: each a real SQLite library in its own data folder, with the same minutes imported. */
import fs from 'node:fs';
import path from 'node:path';
import { importFile } from '../../../main/library/import-file';
import { ShareEngine, type ShareProgress, memberDbName } from '../../../main/share/engine';
import { openStore, type Store } from '../../../main/store/database';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';
import { CouchServer } from './couch-server';

export const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
export const PASSPHRASE = 'correct horse battery staple';

export interface Device {
  name: string;
  dir: string;
  store: Store;
  engine: ShareEngine;
  progress: ShareProgress[];
  onProgress?: (p: ShareProgress) => void;
}

/** A device with its own encrypted library, holding the Leicester minutes unless `empty` (a library without the meeting yet). */
export async function makeDevice(root: string, name: string, options: { empty?: boolean } = {}): Promise<Device> {
  const dir = path.join(root, name);
  const store = openStore(dir, { key: Buffer.alloc(32, name.charCodeAt(0)) });
  if (!options.empty) await importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
  const d: Device = { name, dir, store, engine: null as unknown as ShareEngine, progress: [] };
  d.engine = new ShareEngine(store, {
    env: {},
    onProgress: (p) => {
      d.progress.push(p);
      d.onProgress?.(p);
    },
  });
  return d;
}

export const connect = (d: Device, server: CouchServer, user: string, password: string) => d.engine.connect({ url: server.url, user, password, passphrase: PASSPHRASE });

export const meetingId = (d: Device) => d.store.db.prepare('SELECT id FROM meetings').pluck().get() as number;

export const annotations = (d: Device) =>
  d.store.db.prepare('SELECT uuid, kind, target, body, colour, asked, deleted_at AS deleted FROM annotations ORDER BY uuid').all();

export const actions = (d: Device) =>
  d.store.db
    .prepare(
      `SELECT d.identity_key AS decision, e.source, e.status, e.owner, e.due_text AS due, e.what, e.member_fields AS fields,
         (SELECT json_group_array(note) FROM (SELECT note FROM action_updates u WHERE u.entry_id = e.id ORDER BY note)) AS notes
       FROM action_entries e LEFT JOIN decisions d ON d.id = e.decision_id ORDER BY d.identity_key, e.what`,
    )
    .all();

export const actionIds = (d: Device) =>
  d.store.db.prepare('SELECT e.id FROM action_entries e JOIN decisions d ON d.id = e.decision_id ORDER BY d.identity_key, e.id').pluck().all() as number[];

export async function closeDevice(d: Device): Promise<void> {
  await d.engine.close();
  d.store.close();
}

/**
 * One member's CouchDB-protocol server on 127.0.0.1, started before each test and stopped after it with
 * every device the test made. `device` makes a device and (unless told not to) connects it.
 */
export function memberServerPerTest(prefix: string, user: string, password: string) {
  let temp: ReturnType<typeof makeTempDir>;
  let server: CouchServer;
  const devices: Device[] = [];
  beforeEach(async () => {
    temp = makeTempDir(prefix);
    server = new CouchServer(path.join(temp.dir, 'server'));
    await server.start();
    await server.addMember(user, password, memberDbName(user));
  });
  afterEach(async () => {
    for (const d of devices.splice(0)) await closeDevice(d);
    await server.stop();
    temp.cleanup();
  });
  return {
    get dir() {
      return temp.dir;
    },
    get server() {
      return server;
    },
    async device(name: string, options: { empty?: boolean; connected?: boolean } = {}): Promise<Device> {
      const d = await makeDevice(temp.dir, name, options);
      devices.push(d);
      if (options.connected) await connect(d, server, user, password);
      return d;
    },
  };
}
