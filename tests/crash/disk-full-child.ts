/**
 * Run by tests/unit/backup/disk-full.test.ts inside a private mount namespace whose <dir> is a
 * tiny tmpfs: a real file system that really fills up (ENOSPC from the kernel, SQLITE_FULL from
 * SQLite). Builds a library, fills the disk, then tries an import, a backup and an annotation save;
 * frees the space and tries again. Prints one JSON object with what happened.
 *
 * Usage: node --import tsx tests/crash/disk-full-child.ts <dir>
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotation } from '../../main/annotations/store';
import { createBackup } from '../../main/backup/backups';
import { importFile } from '../../main/library/import-file';
import { openStore } from '../../main/store/database';
import { makePack } from '../helpers/make-pack';
import { SHARED_FIXTURES } from '../helpers/temp-dir';
import { wirePipeline } from '../../main/wiring';

wirePipeline();

const dir = process.argv[2] as string;
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';

const dump = (db: import('better-sqlite3-multiple-ciphers').Database) =>
  JSON.stringify(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' AND name NOT LIKE '%_stem%' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).map((t) => [
      t,
      db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all(),
    ]),
  );

function files(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** A pack whose pages carry text that does not compress: big enough to overflow the disk. */
async function bigPack(): Promise<Uint8Array> {
  let seed = 7;
  const word = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed.toString(36);
  };
  const pages = Array.from({ length: 40 }, () => Array.from({ length: 40 }, () => Array.from({ length: 12 }, word).join(' ')));
  return makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 11 March 2025', reports: [{ number: '1', title: 'Budget monitoring', pages }] });
}

async function main() {
  const dataDir = path.join(dir, 'store');
  const store = openStore(dataDir);
  const leicester = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
  await importFile(store, { fileName: 'leicester.txt', bytes: fs.readFileSync(leicester) });
  const pack = await makePack({
    committee: COMMITTEE,
    dateLine: 'Tuesday, 14 January 2025',
    reports: [{ number: '115', title: 'Update on Youth Summit', pages: [['Update on Youth Summit'], ['Young people took part.']] }],
  });
  const packOutcome = await importFile(store, { fileName: 'pack.pdf', bytes: pack });
  const version = store.db.prepare('SELECT document_id AS documentId, id AS versionId FROM document_versions').get() as { documentId: number; versionId: number };
  createAnnotation(store.db, { ...version, kind: 'note', pageNumber: 3, body: 'Saved before the disk filled.' });
  const before = dump(store.db);
  const blobsBefore = files(path.join(dataDir, 'blobs'));
  const big = await bigPack();

  // Fill the disk to the last byte.
  const filler = path.join(dir, 'filler');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch {
    try {
      for (;;) fs.writeSync(fd, chunk, 0, 512);
    } catch {
      // Full.
    }
  }
  fs.closeSync(fd);

  const full = await importFile(store, { fileName: 'budget-pack.pdf', bytes: big });
  let backupError = '';
  try {
    await createBackup(store, 'manual');
  } catch (error) {
    backupError = (error as Error).message;
  }
  let annotationError = '';
  try {
    createAnnotation(store.db, { ...version, kind: 'note', pageNumber: 4, body: 'Tried while the disk was full.' });
  } catch (error) {
    annotationError = (error as Error).message;
  }
  const whileFull = {
    sameState: dump(store.db) === before,
    blobsSame: JSON.stringify(files(path.join(dataDir, 'blobs'))) === JSON.stringify(blobsBefore),
    integrity: store.db.pragma('integrity_check', { simple: true }),
    backups: files(path.join(dataDir, 'backups')),
  };
  store.close();

  // Space again: the library opens as it was, and the same import and backup now work.
  fs.rmSync(filler);
  const reopened = openStore(dataDir);
  const afterReopen = dump(reopened.db) === before;
  const retry = await importFile(reopened, { fileName: 'budget-pack.pdf', bytes: big });
  const backup = await createBackup(reopened, 'manual');
  const fts = reopened.db.prepare("INSERT INTO pages_fts (pages_fts, rank) VALUES ('integrity-check', 1)").run().changes >= 0;
  reopened.close();
  process.stdout.write(
    JSON.stringify({ packOutcome: packOutcome.status, full, backupError, annotationError, whileFull, afterReopen, retry, backup: backup.problem === null, fts }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(String((error as Error)?.stack ?? error));
  process.exit(1);
});
