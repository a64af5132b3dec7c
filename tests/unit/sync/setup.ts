import fs from 'node:fs';
import { connectCouncil } from '../../../main/sync/connect';
import type { ClientOptions } from '../../../main/sync/http';
import { SyncRunner } from '../../../main/sync/run';
import { setFollow } from '../../../main/sync/store';
import { openStore, type Store } from '../../../main/store/database';
import { startStandin, type StandIn } from '../../helpers/moderngov-standin';
import { makeTempDir } from '../../helpers/temp-dir';
import type { SyncReport } from '../../../shared/types/sync';

/** Fast but real: short timeouts and backoff so fault modes finish in a test's time. */
export const FAST: ClientOptions = { idleTimeoutMs: 1500, deadlineMs: 5000, retries: 2, backoffBaseMs: 20, minIntervalMs: 0, maxRetryAfterMs: 5000 };

/** The day the tests sync "on": Gloucester's Cabinet of 21/11/2025 and the stand-in's other listed meetings fall in the window. */
export const NOW = new Date('2026-01-15T10:00:00Z');
/** Meetings from 13 November 2025: Cabinet 21/11/2025 (captured, with minutes and papers) and 10/12/2025 (not yet published). */
export const SYNC_FROM = '2025-11-13';

export interface World {
  store: Store;
  standin: StandIn;
  ca: Buffer;
  dataDir: string;
  cleanup(): Promise<void>;
}

export async function makeWorld(): Promise<World> {
  const temp = makeTempDir();
  const store = openStore(temp.dir);
  const standin = await startStandin();
  const ca = fs.readFileSync(standin.caFile);
  return {
    store,
    standin,
    ca,
    dataDir: temp.dir,
    async cleanup() {
      await standin.close();
      store.close();
      temp.cleanup();
    },
  };
}

export const client = (w: World, extra: ClientOptions = {}): ClientOptions => ({ ...FAST, ca: w.ca, ...extra });

/** Connects Gloucester and follows Cabinet (129); returns the sync committee id. */
export async function followCabinet(w: World, mine = true): Promise<number> {
  const council = await connectCouncil(w.store, { url: w.standin.url, name: 'Gloucester City Council', syncFrom: SYNC_FROM }, client(w), NOW);
  const cabinet = council.committees.find((c) => c.remoteId === 129);
  if (!cabinet) throw new Error('no Cabinet');
  setFollow(w.store.db, cabinet.id, true, mine);
  return cabinet.id;
}

export function runSync(w: World, options: { trigger?: 'manual' | 'background' | 'cli'; committeeId?: number; client?: ClientOptions } = {}): Promise<SyncReport> {
  return new SyncRunner(w.store, { client: client(w, options.client), now: () => NOW }).run({
    jobId: 'test',
    trigger: options.trigger ?? 'manual',
    committeeId: options.committeeId,
  });
}

/** Everything the member can see, to prove a failed run changed nothing. */
export function snapshot(store: Store): string {
  const db = store.db;
  const tables = ['meetings', 'items', 'attendance', 'decisions', 'documents', 'document_versions', 'pages', 'annotations', 'item_documents'];
  return JSON.stringify(
    tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()),
  );
}
