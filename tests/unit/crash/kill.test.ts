/**
 * Crash safety (#10): a child process (tests/crash/child.ts) imports minutes and packs, saves
 * annotations, updates actions, takes backups and syncs two councils from the local ModernGov
 * stand-in (tests/helpers/moderngov-standin.ts); this test SIGKILLs it at a random moment, hundreds
 * of times, and after each kill opens the store and checks that nothing is damaged, half-written
 * or lost:
 * - PRAGMA integrity_check, foreign_key_check, and the four FTS5 indexes' integrity-check against their content;
 * - every document version has all its pages, the page count its PDF has, and its stored file;
 *   every document has one current version;
 * - every meeting with items came from a complete minutes import (its items are exactly what the
 *   parser reads in that file);
 * - every annotation save the child acknowledged is there with the acknowledged text (or the text
 *   of the one save that was in flight);
 * - nothing seen after one kill is missing after a later one (imports, versions, annotations);
 * - every backup listed is complete and passes its check (a half backup is never listed);
 * - sync (sync-checks.ts): every synced meeting has all its items and every PDF it links, each the
 *   current version of a document of that meeting with all its pages; the journal agrees with what
 *   was written; earlier runs are done or marked interrupted, never failed; the sync after a kill
 *   mid-sync completes (the child stops with an error otherwise); nothing synced before has gone.
 *   Between kills the stand-in revises papers (new versions) and cancels or reinstates meetings;
 * - once the store has been reopened (which sweeps files an import left unrecorded), every file in
 *   blobs/ is one the database names: no stray, no temporary file.
 * Kill times and the child's choices come from a seeded generator: KILL_TEST_SEED reproduces a run,
 * KILL_TEST_CYCLES changes the number of kills.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { checkBackup, listBackups } from '../../../main/backup/backups';
import { listBackupFiles } from '../../../main/backup/files';
import { parseMinutesFile } from '../../../main/library/parse-minutes-file';
import { decodeText } from '../../../main/library/decode';
import { referencedHashes } from '../../../main/store/blob-sweep';
import { blobName, readBlob, sha256 } from '../../../main/store/blobs';
import { openStore, type Store } from '../../../main/store/database';
import { generateStoreKey } from '../../../main/store/cipher';
import { mulberry32 } from '../../helpers/prng';
import { makePack } from '../../helpers/make-pack';
import { type StandIn, startStandin } from '../../helpers/moderngov-standin';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';
import { type SyncExpected, type SyncSeen, changeCouncil, checkSync, emptySyncSeen, syncExpected } from './sync-checks';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CYCLES = Number(process.env.KILL_TEST_CYCLES ?? 220);
const SEED = Number(process.env.KILL_TEST_SEED ?? 20250114);
/** A fresh store every so many kills, so kills also land while a store is created and migrated. */
const CYCLES_PER_STORE = 30;
/** The share of cycles that start with a sync (the child also syncs now and then in the others). */
const SYNC_SHARE = 0.4;
/** Cycles of each store (by their place in it) whose kill lands inside one quick operation, held there for it. */
const HELD_AT = new Map<number, string>([
  [5, 'sync'],
  [12, 'annotation-edit'],
  [20, 'annotation-new'],
  [27, 'backup'],
]);
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';

/** Bundles the child beside its run-time files (migrations, PDF worker) inside node_modules so its packages resolve. */
function buildChild(): string {
  const out = path.join(ROOT, 'node_modules', '.cache', 'scrutineer-crash-child');
  fs.rmSync(out, { recursive: true, force: true });
  buildSync({
    entryPoints: [path.join(ROOT, 'tests', 'crash', 'child.ts')],
    outfile: path.join(out, 'child.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3-multiple-ciphers', '@hyzyla/pdfium'],
    logLevel: 'error',
  });
  fs.cpSync(path.join(ROOT, 'main', 'store', 'migrations'), path.join(out, 'migrations'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'main', 'papers', 'pdf-text.worker.mjs'), path.join(out, 'pdf-text.worker.mjs'));
  // Large minutes files are read in this worker beside the bundle, as in the built app.
  buildSync({
    entryPoints: [path.join(ROOT, 'main', 'library', 'parse-worker.ts')],
    outfile: path.join(out, 'minutes-parse.worker.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
  });
  return path.join(out, 'child.js');
}

interface Expected {
  /** sha256 of a minutes file → the number of items its parser reads. */
  minutesItems: Map<string, number>;
  /** sha256 of a PDF → its page count. */
  packPages: Map<string, number>;
}

/** Real minutes (Leicester on several dates, and other councils' pages) and agenda packs, some revised. */
async function writeInputs(dir: string): Promise<Expected> {
  fs.mkdirSync(dir, { recursive: true });
  const expected: Expected = { minutesItems: new Map(), packPages: new Map() };
  const leicester = fs.readFileSync(path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt'), 'utf8');
  const dates = ['14 January 2025', '11 February 2025', '11 March 2025', '8 April 2025', '10 June 2025', '8 July 2025'];
  const files: Array<[string, string | Uint8Array]> = dates.map((d, i) => [`leicester-${i}.txt`, leicester.replace('14 January 2025', d)]);
  const excerpts = path.join(SHARED_FIXTURES, 'minutes-excerpts');
  for (const name of fs.readdirSync(excerpts).sort().slice(0, 6)) files.push([name, fs.readFileSync(path.join(excerpts, name), 'utf8')]);
  for (const [name, text] of files) {
    fs.writeFileSync(path.join(dir, name), text);
    const bytes = fs.readFileSync(path.join(dir, name));
    expected.minutesItems.set(sha256(bytes), parseMinutesFile(name, decodeText(bytes), false).parsed.items.length);
  }
  let n = 0;
  for (const date of dates.slice(0, 4)) {
    for (const phrase of ['Foster carer recruitment continues.', 'Kinship care allowances rise this year.']) {
      const reports = [
        { number: '115', title: 'Update on Youth Summit', pages: [['Update on Youth Summit'], ['Young people took part in the summit.']] },
        { number: '117', title: 'Placement costs', pages: [['Placement costs'], [phrase], ['Residential placements cost more.'], ['Appendix: figures by quarter.']] },
      ];
      const pack = await makePack({ committee: COMMITTEE, dateLine: `Tuesday, ${date}`, reports });
      fs.writeFileSync(path.join(dir, `pack-${++n}.pdf`), pack);
      expected.packPages.set(sha256(pack), 8);
    }
  }
  // Two packs of realistic size (a long report with appendices): kills land mid-extraction and mid-write.
  for (const [i, date] of [dates[4], dates[5]].entries()) {
    const long = Array.from({ length: 150 }, (_, p) => [`Appendix ${p + 1}: housing allocations by ward, quarter ${(p % 4) + 1}.`, 'Figures as reported to the Cabinet.']);
    const reports = [{ number: '120', title: 'Housing allocations review', pages: long }];
    const pack = await makePack({ committee: COMMITTEE, dateLine: `Tuesday, ${date ?? ''}`, reports });
    fs.writeFileSync(path.join(dir, `pack-large-${i + 1}.pdf`), pack);
    expected.packPages.set(sha256(pack), 152);
  }
  return expected;
}

interface Seen {
  imports: Set<string>;
  versions: Set<string>;
  annotations: Set<string>;
  backups: Set<string>;
  sync: SyncSeen;
}

const emptySeen = (): Seen => ({ imports: new Set(), versions: new Set(), annotations: new Set(), backups: new Set(), sync: emptySyncSeen() });

/** Every file under blobs/, as paths relative to it. */
function blobFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'blobs');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(root, f)).isFile());
}

/**
 * Reads the child's log: for each annotation, the text it must hold now (the last ACK, or a later TRY in flight).
 * A kill can land inside the write of the log's last line (Linux stops a write that crosses a page of the cache when the
 * process is killed), so a last line without its newline is cut: its text is only the start of what was written, and it
 * is matched as such (`partial`).
 */
function acknowledged(logFile: string): Map<string, { acked: string; inFlight: string | null; partial?: boolean }> {
  const state = new Map<string, { acked: string; inFlight: string | null; partial?: boolean }>();
  if (!fs.existsSync(logFile)) return state;
  const text = fs.readFileSync(logFile, 'utf8');
  const lines = text.split('\n');
  const cutLast = !text.endsWith('\n');
  for (const [n, line] of lines.entries()) {
    const m = /^(TRY|ACK) (\S+) (\S+)$/.exec(line);
    if (!m) continue;
    const [, what, uuid, body] = m as unknown as [string, string, string, string];
    const partial = cutLast && n === lines.length - 1;
    const entry = state.get(uuid);
    if (what === 'ACK') state.set(uuid, { acked: body, inFlight: null, ...(partial ? { partial } : {}) });
    else if (entry) Object.assign(entry, { inFlight: body }, partial ? { partial } : {});
  }
  return state;
}

function check(store: Store, expected: Expected, sync: SyncExpected, seen: Seen, logFile: string): string[] {
  const db = store.db;
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
  for (const table of ['pages_fts', 'items_fts', 'pages_stem', 'items_stem']) {
    try {
      db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
    } catch (error) {
      problems.push(`${table} integrity-check: ${(error as Error).message}`);
    }
  }

  const versions = db
    .prepare(
      `SELECT v.id, v.sha256, v.page_count AS pageCount, (SELECT COUNT(*) FROM pages p WHERE p.version_id = v.id) AS stored
       FROM document_versions v`,
    )
    .all() as Array<{ id: number; sha256: string; pageCount: number; stored: number }>;
  for (const v of versions) {
    const want = expected.packPages.get(v.sha256);
    if (v.stored !== v.pageCount || (want !== undefined && v.pageCount !== want)) problems.push(`version ${v.id}: ${v.stored} of ${v.pageCount} pages (PDF has ${want})`);
    try {
      readBlob(store, v.sha256);
    } catch (error) {
      problems.push(`version ${v.id}: stored file: ${(error as Error).message}`);
    }
  }
  const badCurrent = db.prepare('SELECT d.id FROM documents d WHERE (SELECT COUNT(*) FROM document_versions v WHERE v.document_id = d.id AND v.is_current = 1) <> 1').pluck().all();
  if (badCurrent.length > 0) problems.push(`documents without exactly one current version: ${badCurrent.join(', ')}`);

  const imports = db.prepare('SELECT sha256, meeting_id AS meetingId, input_kind AS inputKind FROM imports').all() as Array<{ sha256: string; meetingId: number; inputKind: string }>;
  const itemCount = db.prepare('SELECT COUNT(*) FROM items WHERE meeting_id = ? AND withdrawn_at IS NULL').pluck();
  for (const i of imports) {
    const want = i.inputKind === 'moderngov-sync' ? (db.prepare('SELECT 1 FROM sync_meetings WHERE meeting_id = ?').get(i.meetingId) ? null : undefined) : expected.minutesItems.get(i.sha256);
    const have = itemCount.get(i.meetingId) as number;
    if (want === undefined) problems.push(`import of an unknown file ${i.sha256}`);
    // A synced meeting's items are checked against its detail in checkSync.
    else if (want !== null && have !== want) problems.push(`meeting ${i.meetingId}: ${have} items, its minutes have ${want}`);
    try {
      readBlob(store, i.sha256);
    } catch (error) {
      problems.push(`import ${i.sha256}: stored file: ${(error as Error).message}`);
    }
  }
  const orphanItems = db.prepare('SELECT DISTINCT meeting_id FROM items WHERE meeting_id NOT IN (SELECT meeting_id FROM imports)').pluck().all();
  if (orphanItems.length > 0) problems.push(`meetings with items but no complete import: ${orphanItems.join(', ')}`);

  const bodies = new Map((db.prepare('SELECT uuid, body FROM annotations WHERE deleted_at IS NULL').all() as Array<{ uuid: string; body: string }>).map((r) => [r.uuid, r.body]));
  for (const [uuid, { acked, inFlight, partial }] of acknowledged(logFile)) {
    const body = bodies.get(uuid);
    // (A cut last line: the body it names is only known by its start.)
    const matches = (expected: string | null) => expected !== null && (body === expected || (!!partial && !!body?.startsWith(expected)));
    if (body === undefined) problems.push(`acknowledged annotation ${uuid} is missing`);
    else if (!matches(acked) && !matches(inFlight)) problems.push(`annotation ${uuid} holds "${body}", acknowledged "${acked}"`);
  }

  problems.push(...checkSync(store, sync, seen.sync));

  // The store was just opened, which sweeps unrecorded files: every file left is one the database names.
  const named = new Set([...referencedHashes(db)].map((h) => blobName(store, h)));
  const strays = blobFiles(store.dataDir).filter((f) => !named.has(path.basename(f)));
  if (strays.length > 0) problems.push(`files in blobs/ that nothing refers to: ${strays.join(', ')}`);

  // Nothing seen after an earlier kill has gone.
  const now: Omit<Seen, 'backups' | 'sync'> = {
    imports: new Set(imports.map((i) => i.sha256)),
    versions: new Set(versions.map((v) => v.sha256)),
    annotations: new Set(bodies.keys()),
  };
  for (const key of ['imports', 'versions', 'annotations'] as const) {
    for (const value of seen[key]) if (!now[key].has(value)) problems.push(`${key}: ${value} was there after an earlier kill and is gone`);
    seen[key] = now[key];
  }

  // Backups: only complete ones are listed, and each new one passes its check.
  for (const entry of listBackupFiles(store.dataDir)) {
    if (seen.backups.has(entry.id)) continue;
    try {
      checkBackup(entry, store.key);
      seen.backups.add(entry.id);
    } catch (error) {
      problems.push(`backup ${entry.id}: ${(error as Error).message}`);
    }
  }
  if (listBackups(store.dataDir, store.key).some((b) => b.problem)) problems.push('a listed backup cannot be read');
  return problems;
}

type Kill = { afterReadyMs: number } | { fromStartMs: number } | { afterSyncedMs: number; timeoutMs: number } | { holdOp: string; timeoutMs: number };

/**
 * Runs the child and SIGKILLs it: `afterReadyMs` after it has opened the store; when `fromStartMs`
 * is given, that long after it was started (to land in opening and migrating); or `afterSyncedMs`
 * after its first sync run returned (if none has within `timeoutMs`, it is killed then, and timedOut says so); or, with
 * `holdOp`, as soon as the child says it is inside that operation (it waits there: tests/crash/child.ts, KILL_TEST_HOLD).
 */
function runChild(
  child: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  kill: Kill,
): Promise<{ code: number | null; signal: string | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const held = 'holdOp' in kill ? { KILL_TEST_HOLD: kill.holdOp } : {};
    const proc: ChildProcess = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env, ...held } });
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    if ('fromStartMs' in kill) timer = setTimeout(() => proc.kill('SIGKILL'), kill.fromStartMs);
    else {
      const [line, ms] = 'afterReadyMs' in kill ? ['READY', kill.afterReadyMs] : 'holdOp' in kill ? [`HOLD ${kill.holdOp}`, 0] : ['SYNCED', kill.afterSyncedMs];
      const deadline =
        'timeoutMs' in kill
          ? setTimeout(() => {
              timedOut = true;
              proc.kill('SIGKILL');
            }, kill.timeoutMs)
          : undefined;
      proc.stdout?.on('data', (chunk: Buffer) => {
        if (timer || !chunk.toString().includes(line)) return;
        clearTimeout(deadline);
        timer = setTimeout(() => proc.kill('SIGKILL'), ms);
      });
      proc.on('exit', () => clearTimeout(deadline));
    }
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, timedOut });
    });
  });
}

describe('crash safety: SIGKILL at random moments', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let child: string;
  let expected: Expected;
  const standins: StandIn[] = [];
  beforeAll(async () => {
    temp = makeTempDir('scrutineer-kill-');
    child = buildChild();
    expected = await writeInputs(path.join(temp.dir, 'inputs'));
    // One stand-in per lane, so each lane's council changes are its own.
    for (let i = 0; i < 2; i++) standins.push(await startStandin());
  });
  afterAll(async () => {
    for (const s of standins) await s.close();
    temp.cleanup();
  });

  test(`${CYCLES} kills during imports, annotation saves, action updates, backups and council sync lose nothing`, async () => {
    const landed = new Map<string, number>();
    const stats = { syncsDone: 0, resumedAfterKill: 0, changes: 0, strays: 0 };
    let checkedMs = 0;
    const started = Date.now();

    const keys = [generateStoreKey(), undefined] as const;
    /** One sequence of kills on its own stores and stand-in; two run side by side (one per core). */
    async function lane(index: number, cycles: number): Promise<void> {
      const random = mulberry32(SEED + index);
      const standin = standins[index] as StandIn;
      const sync = await syncExpected(standin);
      const logFile = path.join(temp.dir, `child-${index}.log`);
      let seen = emptySeen();
      let dataDir = '';
      let killedMidSync = false;
      for (let cycle = 0; cycle < cycles; cycle++) {
        if (cycle % CYCLES_PER_STORE === 0) {
          dataDir = path.join(temp.dir, `store-${index}-${cycle}`);
          fs.rmSync(logFile, { force: true });
          seen = emptySeen();
          killedMidSync = false;
        }
        // Some cycles in each store kill inside operations that kills at random moments reach only a few times in a run,
        // and on some machines not at all: an annotation's save or edit, a backup, a sync's first step.
        const heldOp = HELD_AT.get(cycle % CYCLES_PER_STORE);
        const mode = heldOp ? (heldOp === 'sync' ? 'sync' : 'mixed') : random() < SYNC_SHARE ? 'sync' : 'mixed';
        let kill: Kill;
        // After a kill mid-sync, half the time the next sync is let finish: it must complete (resuming the journal).
        const resume = mode === 'sync' && killedMidSync && random() < 0.5;
        if (heldOp) kill = { holdOp: heldOp, timeoutMs: 60_000 };
        else if (mode === 'sync') {
          if (await changeCouncil(standin, sync, random)) stats.changes++;
          kill = resume ? { afterSyncedMs: Math.floor(random() * 300), timeoutMs: 60_000 } : { afterReadyMs: Math.floor(random() * 1200) };
        } else {
          kill = random() < 0.15 ? { fromStartMs: Math.floor(random() * 600) } : { afterReadyMs: Math.floor(random() * 900) };
        }
        const logSize = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
        const seed = SEED + index * 100_000 + cycle;
        // Lane 0 runs on an encrypted store, as the desktop app always does (codec, encrypted WAL, VACUUM INTO backups, encrypted files).
        const env = { KILL_TEST_STANDIN: standin.url, SCRUTINEER_EXTRA_CA_FILE: standin.caFile, ...(keys[index] ? { SCRUTINEER_STORE_KEY: keys[index].toString('hex') } : {}) };
        const result = await runChild(child, [dataDir, path.join(temp.dir, 'inputs'), logFile, String(seed), mode], env, kill);
        const lines = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(logSize).trim().split('\n') : [];
        // The child never stops by itself: anything but our SIGKILL is a failure of the child.
        if (result.signal !== 'SIGKILL') {
          // (The signal is named: a child that dies of SIGSEGV or SIGABRT by itself is a native crash, not a test's slip.)
          throw new Error(`lane ${index} cycle ${cycle} (seed ${SEED}): the child exited with code ${result.code}, signal ${result.signal}: ${result.stderr}\n${lines.slice(-5).join('\n')}`);
        }
        if (result.timedOut) throw new Error(`lane ${index} cycle ${cycle} (seed ${SEED}): ${heldOp ? `the child never began ${heldOp}` : 'the sync after a kill mid-sync did not finish'} in a minute\n${lines.slice(-5).join('\n')}`);
        // Where the kill landed: the operation under way (TRY/ACK lines belong to the annotation being saved).
        const last = [...lines].reverse().find((l) => !/^(TRY|ACK) /.test(l)) ?? '';
        const where = last === '' ? 'start' : last.startsWith('OP ') ? (last.split(' ')[1] ?? last) : last === 'READY' ? 'open' : 'between';
        landed.set(where, (landed.get(where) ?? 0) + 1);
        // A sync that returned (the child stops with an error unless it was "done"), and whether it followed a kill mid-sync.
        const synced = lines.filter((l) => l.startsWith('SYNCED ')).length;
        stats.syncsDone += synced;
        if (synced > 0 && killedMidSync) stats.resumedAfterKill++;
        if (synced > 0) killedMidSync = false;
        if (['connect', 'follow', 'sync', 'sync-meeting'].includes(where)) killedMidSync = true;

        const t0 = Date.now();
        const before = blobFiles(dataDir).length;
        const store = openStore(dataDir, { key: keys[index] });
        try {
          stats.strays += before - blobFiles(dataDir).length;
          const problems = check(store, expected, sync, seen, logFile);
          if (problems.length > 0) throw new Error(`lane ${index} cycle ${cycle} (seed ${SEED}, ${mode}, kill ${JSON.stringify(kill)} during ${where}):\n${problems.join('\n')}`);
        } finally {
          store.close();
        }
        checkedMs += Date.now() - t0;
      }
    }

    await Promise.all([lane(0, Math.ceil(CYCLES / 2)), lane(1, Math.floor(CYCLES / 2))]);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const during = (ops: string[]) => ops.reduce((n, op) => n + (landed.get(op) ?? 0), 0);
    console.log(
      `kill test: ${CYCLES} kills in ${seconds} s (checks ${(checkedMs / 1000).toFixed(0)} s), seed ${SEED}; kills landed during: ` +
        [...landed].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ') +
        `; sync: ${during(['connect', 'follow', 'sync', 'sync-meeting'])} kills, ${stats.syncsDone} runs completed (${stats.resumedAfterKill} right after a kill mid-sync), ` +
        `${stats.changes} council changes between kills; stray files swept on reopen: ${stats.strays}`,
    );
    // The kills must have hit the operations under test, not only start-up.
    for (const op of ['import', 'annotation-new', 'annotation-edit', 'backup', 'sync', 'sync-meeting']) expect(landed.get(op) ?? 0).toBeGreaterThan(0);
    expect(during(['connect', 'follow', 'sync', 'sync-meeting'])).toBeGreaterThanOrEqual(CYCLES / 5);
    expect(stats.resumedAfterKill).toBeGreaterThan(0);
  }, 15 * 60 * 1000);
});
