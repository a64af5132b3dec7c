import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotation } from '../../../main/annotations/store';
import { importFile } from '../../../main/library/import-file';
import type { ImportOutcome } from '../../../shared/types/library';
import { makePack } from '../../helpers/make-pack';
import { makeTempDir } from '../../helpers/temp-dir';
import { COMMITTEE, buildLibrary, checkStore, dumpStore } from './library';

const ROOT = path.resolve(__dirname, '..', '..', '..');

const bigReports = (n: number) => [
  { number: '1', title: 'Budget monitoring', pages: Array.from({ length: n }, (_, p) => Array.from({ length: 30 }, (_, l) => `Budget line ${p}-${l}: revenue outturn variance explained in detail.`)) },
];

describe('a full disk during an import', () => {
  test('SQLite runs out of room (SQLITE_FULL): the import fails with a clear message and nothing stored is lost', async () => {
    const temp = makeTempDir('scrutineer-full-');
    const lib = await buildLibrary(temp.dir);
    const { store } = lib;
    try {
      const before = dumpStore(store);
      // SQLite's own limit on the file's size: the engine reports SQLITE_FULL exactly as on a full disk.
      const pages = store.db.pragma('page_count', { simple: true }) as number;
      store.db.pragma(`max_page_count = ${pages + 4}`);
      const big = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 11 March 2025', reports: bigReports(60) });
      const outcome: ImportOutcome = await importFile(store, { fileName: 'budget-pack.pdf', bytes: big });
      expect(outcome).toMatchObject({ status: 'failed', meetingId: null });
      expect(outcome.message).toBe('The disk is full, so this file was not imported; nothing already in the library was changed. Free some space and import it again.');
      expect(() => createAnnotation(store.db, { documentId: lib.documentId, versionId: lib.versionId, kind: 'note', pageNumber: 1, body: 'x'.repeat(400_000) })).toThrow(/full/);
      expect(dumpStore(store)).toEqual(before);
      expect(checkStore(store)).toEqual({ integrity: 'ok', fts: ['ok', 'ok'] });

      store.db.pragma('max_page_count = 1073741823');
      expect((await importFile(store, { fileName: 'budget-pack.pdf', bytes: big })).status).toBe('imported');
      expect(checkStore(store)).toEqual({ integrity: 'ok', fts: ['ok', 'ok'] });
    } finally {
      store.close();
      temp.cleanup();
    }
  });

  // A real file system that fills up: a 4 MB tmpfs in a private mount namespace (unshare needs no root
  // where user namespaces are allowed, as on Debian; where they are not, this part cannot run).
  const canUnshare = process.platform === 'linux' && spawnSync('unshare', ['-rm', 'true']).status === 0;
  (canUnshare ? test : test.skip)('the file system fills up (ENOSPC): import and backup fail cleanly, no partial file, all kept', () => {
    const temp = makeTempDir('scrutineer-tmpfs-');
    try {
      const run = spawnSync(
        'unshare',
        ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=4m tmpfs "$1" && exec "$2" --import tsx tests/crash/disk-full-child.ts "$1"', 'sh', temp.dir, process.execPath],
        { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
      );
      if (run.status !== 0) throw new Error(`disk-full child failed (${run.status}): ${run.stderr}`);
      const result = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(result).toEqual({
        packOutcome: 'imported',
        full: {
          fileName: 'budget-pack.pdf',
          status: 'failed',
          meetingId: null,
          message: 'The disk is full, so this file was not imported; nothing already in the library was changed. Free some space and import it again.',
        },
        backupError: 'There is not enough free disk space for a backup. Nothing was changed; free some space and try again.',
        annotationError: expect.stringMatching(/full/),
        // No half-written stored file, no temporary file left, no partial backup; the database unchanged and sound.
        whileFull: { sameState: true, blobsSame: true, integrity: 'ok', backups: [] },
        afterReopen: true,
        retry: expect.objectContaining({ status: 'imported' }),
        backup: true,
        fts: true,
      });
      // The mount was private to the child: nothing of it is left here.
      expect(fs.readdirSync(temp.dir)).toEqual([]);
    } finally {
      temp.cleanup();
    }
  });
});
