/**
 * The process the crash test kills (tests/unit/crash/kill.test.ts). It opens the store and, until
 * it is killed, imports minutes and agenda packs, saves and edits annotations, updates actions,
 * takes backups and syncs from the ModernGov stand-in, in an order drawn from a seeded generator.
 * In "sync" mode it starts with a sync (connecting the councils and following their committees
 * first, if that is not done yet), so that many kills land in one.
 *
 * It reports to a log file, written with write(2) straight to the kernel (a SIGKILL loses nothing
 * already written there):
 *   TRY <uuid> <body>   an annotation edit is about to be saved
 *   ACK <uuid> <body>   the save returned: the annotation must hold this body (or a later TRY's) from now on
 *   SYNCED <runId> <status>  a sync run returned (anything but "done" stops the child with an error);
 *                       also on stdout, so the parent can kill it soon after
 *   READY / OP <name>   progress, to tell where kills landed
 *   HOLD <name>         (stdout only) with KILL_TEST_HOLD=<name>: the child has begun that operation and waits there
 *                       until it is killed, so a kill lands inside an operation too quick to be hit at random
 *
 * Usage: node child.js <dataDir> <inputsDir> <logFile> <seed> <mixed|sync>
 * Environment: KILL_TEST_STANDIN (the stand-in's Gloucester address; Manchester is under /manchester),
 * SCRUTINEER_EXTRA_CA_FILE (the stand-in's test CA, read by the sync service as in the app).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotation, updateAnnotation } from '../../main/annotations/store';
import { updateStatus } from '../../main/actions/updates';
import { createBackup } from '../../main/backup/backups';
import { importFile } from '../../main/library/import-file';
import { openStoreFromEnv } from '../../main/store/key-source';
import { connectCouncil } from '../../main/sync/connect';
import { extraCaFromEnv } from '../../main/sync/http';
import { SyncService } from '../../main/sync/service';
import { normaliseSiteUrl } from '../../main/sync/site-url';
import { setFollow } from '../../main/sync/store';
import { mulberry32 } from '../helpers/prng';
import { wirePipeline } from '../../main/wiring';

wirePipeline();

const [dataDir, inputsDir, logFile, seedText, mode] = process.argv.slice(2) as [string, string, string, string, 'mixed' | 'sync'];
const standin = process.env.KILL_TEST_STANDIN as string;
/** The day the syncs run "on" (as in tests/unit/sync): Gloucester's Cabinet of 21/11/2025 and 10/12/2025, Manchester's Audit of 10/02/2026. */
const NOW = new Date('2026-01-15T10:00:00Z');
/** Quick backoff, but timeouts generous enough for a stand-in that shares the test's busy event loop. */
const CLIENT = { idleTimeoutMs: 15_000, deadlineMs: 60_000, retries: 2, backoffBaseMs: 20, minIntervalMs: 0, maxRetryAfterMs: 5_000 };
const COUNCILS = [
  { url: () => standin, name: 'Gloucester City Council', syncFrom: '2025-11-13', remoteId: 129 },
  { url: () => `${standin}/manchester`, name: 'Manchester City Council', syncFrom: '2026-01-01', remoteId: 1 },
];
const random = mulberry32(Number(seedText));
const log = fs.openSync(logFile, 'a');
const say = (line: string) => fs.writeSync(log, `${line}\n`);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const inputs = fs.readdirSync(inputsDir).sort();
// SCRUTINEER_STORE_KEY (from the test) opens or creates an encrypted store, as the desktop app's always is.
const store = openStoreFromEnv(dataDir, { warn: () => undefined });
say('READY');
// And on stdout, so the parent can time its kill from here (written straight to the pipe).
fs.writeSync(1, 'READY\n');
let counter = 0;

/**
 * The operation the parent wants a kill inside (KILL_TEST_HOLD): the first time it is under way, the child says so on
 * stdout and waits (blocking, as a long write would) until the parent's SIGKILL arrives.
 */
const holdAt = process.env.KILL_TEST_HOLD;
function hold(op: string) {
  if (op !== holdAt) return;
  fs.writeSync(1, `HOLD ${op}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

async function importOne(kind: 'minutes' | 'pack') {
  const name = pick(inputs.filter((f) => (kind === 'pack' ? f.endsWith('.pdf') : !f.endsWith('.pdf'))));
  say(`OP import ${name}`);
  hold('import');
  const outcome = await importFile(store, { fileName: name, bytes: fs.readFileSync(path.join(inputsDir, name)) });
  if (outcome.status === 'failed') throw new Error(`${name}: ${outcome.message}`);
}

/** A burst of annotation saves and edits (each one is quick, so a burst gives the kills a chance to land in one). */
function annotate() {
  const db = store.db;
  const versions = db.prepare('SELECT document_id AS documentId, id AS versionId, page_count AS pages FROM document_versions WHERE is_current = 1').all() as Array<{
    documentId: number;
    versionId: number;
    pages: number;
  }>;
  if (versions.length === 0) return;
  const burst = 5 + Math.floor(random() * 40);
  for (let i = 0; i < burst; i++) {
    const mine = db.prepare('SELECT id, uuid FROM annotations WHERE deleted_at IS NULL').all() as Array<{ id: number; uuid: string }>;
    const body = `note-${seedText}-${++counter}-${Math.floor(random() * 1e9)}`;
    if (mine.length > 0 && random() < 0.4) {
      const target = pick(mine);
      say(`OP annotation-edit`);
      say(`TRY ${target.uuid} ${body}`);
      hold('annotation-edit');
      updateAnnotation(db, { id: target.id, body });
      say(`ACK ${target.uuid} ${body}`);
    } else {
      const v = pick(versions);
      say(`OP annotation-new`);
      hold('annotation-new');
      const saved = createAnnotation(db, { documentId: v.documentId, versionId: v.versionId, kind: 'note', pageNumber: 1 + Math.floor(random() * v.pages), body });
      say(`ACK ${saved.uuid} ${body}`);
    }
  }
}

/** Connects each council once and follows its committee (a kill between the two is picked up next time). */
async function follow() {
  for (const c of COUNCILS) {
    const base = normaliseSiteUrl(c.url()).base;
    const find = () =>
      store.db
        .prepare('SELECT c.id, c.followed FROM sync_committees c JOIN sync_councils s ON s.id = c.site_id WHERE s.base_url = ? AND c.remote_id = ?')
        .get(base, c.remoteId) as { id: number; followed: number } | undefined;
    if (!find()) {
      say('OP connect');
      await connectCouncil(store, { url: c.url(), name: c.name, syncFrom: c.syncFrom }, { ...CLIENT, ca: extraCaFromEnv() }, NOW);
    }
    const row = find();
    if (!row) throw new Error(`${c.name}: connected, but committee ${c.remoteId} is not listed`);
    if (!row.followed) {
      say('OP follow');
      setFollow(store.db, row.id, true, true);
    }
  }
}

async function sync() {
  await follow();
  say('OP sync');
  hold('sync');
  const service = new SyncService(store, {
    client: CLIENT,
    now: () => NOW,
    // Where in the run a kill lands: asking for the list, or fetching and writing one meeting.
    onProgress: (p) => p.phase === 'meeting' && say('OP sync-meeting'),
  });
  const report = await service.start({ trigger: 'manual' }).done;
  say(`SYNCED ${report.runId} ${report.status}`);
  fs.writeSync(1, 'SYNCED\n');
  if (report.status !== 'done') throw new Error(`sync run ${report.runId} ended ${report.status}: ${report.message}`);
}

function trackAction() {
  const entries = store.db.prepare('SELECT id FROM action_entries').pluck().all() as number[];
  if (entries.length === 0) return;
  say('OP action');
  updateStatus(store.db, [pick(entries)], pick(['open', 'in-progress', 'done'] as const), `update ${++counter}`);
}

async function main() {
  if (mode === 'sync') {
    await sync();
    say('OK');
  }
  for (;;) {
    const r = random();
    if (r < 0.08) await sync();
    else if (r < 0.25) await importOne('minutes');
    else if (r < 0.5) await importOne('pack');
    else if (r < 0.85) annotate();
    else if (r < 0.93) trackAction();
    else {
      say('OP backup');
      hold('backup');
      await createBackup(store, 'automatic');
    }
    say('OK');
  }
}

main().catch((error: unknown) => {
  say(`ERROR ${(error as Error)?.stack ?? String(error)}`.replace(/\n/g, ' | '));
  process.exit(3);
});
