/**
 * The process the crash test kills (tests/unit/crash/kill.test.ts). It opens the store and, until
 * it is killed, imports minutes and agenda packs, saves and edits annotations, updates actions and
 * takes backups, in an order drawn from a seeded generator.
 *
 * It reports to a log file, written with write(2) straight to the kernel (a SIGKILL loses nothing
 * already written there):
 *   TRY <uuid> <body>   an annotation edit is about to be saved
 *   ACK <uuid> <body>   the save returned: the annotation must hold this body (or a later TRY's) from now on
 *   READY / OP <name>   progress, to tell where kills landed
 *
 * Usage: node child.js <dataDir> <inputsDir> <logFile> <seed>
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotation, updateAnnotation } from '../../main/annotations/store';
import { updateStatus } from '../../main/actions/updates';
import { createBackup } from '../../main/backup/backups';
import { importFile } from '../../main/library/import-file';
import { openStore } from '../../main/store/database';
import { mulberry32 } from './prng';

const [dataDir, inputsDir, logFile, seedText] = process.argv.slice(2) as [string, string, string, string];
const random = mulberry32(Number(seedText));
const log = fs.openSync(logFile, 'a');
const say = (line: string) => fs.writeSync(log, `${line}\n`);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const inputs = fs.readdirSync(inputsDir).sort();
const store = openStore(dataDir);
say('READY');
// And on stdout, so the parent can time its kill from here (written straight to the pipe).
fs.writeSync(1, 'READY\n');
let counter = 0;

async function importOne(kind: 'minutes' | 'pack') {
  const name = pick(inputs.filter((f) => (kind === 'pack' ? f.endsWith('.pdf') : !f.endsWith('.pdf'))));
  say(`OP import ${name}`);
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
      updateAnnotation(db, { id: target.id, body });
      say(`ACK ${target.uuid} ${body}`);
    } else {
      const v = pick(versions);
      say(`OP annotation-new`);
      const saved = createAnnotation(db, { documentId: v.documentId, versionId: v.versionId, kind: 'note', pageNumber: 1 + Math.floor(random() * v.pages), body });
      say(`ACK ${saved.uuid} ${body}`);
    }
  }
}

function trackAction() {
  const entries = store.db.prepare('SELECT id FROM action_entries').pluck().all() as number[];
  if (entries.length === 0) return;
  say('OP action');
  updateStatus(store.db, [pick(entries)], pick(['open', 'in-progress', 'done'] as const), `update ${++counter}`);
}

async function main() {
  for (;;) {
    const r = random();
    if (r < 0.25) await importOne('minutes');
    else if (r < 0.5) await importOne('pack');
    else if (r < 0.85) annotate();
    else if (r < 0.93) trackAction();
    else {
      say('OP backup');
      await createBackup(store, 'automatic');
    }
    say('OK');
  }
}

main().catch((error: unknown) => {
  say(`ERROR ${(error as Error)?.stack ?? String(error)}`.replace(/\n/g, ' | '));
  process.exit(3);
});
