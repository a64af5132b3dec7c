import fs from 'node:fs';
import path from 'node:path';
import { deleteAnnotation, updateAnnotation } from '../../../main/annotations/store';
import { updateStatus } from '../../../main/actions/updates';
import { deleteInterest } from '../../../main/interests/register';
import { importFile } from '../../../main/library/import-file';
import { BackupError, createBackup, listBackups } from '../../../main/backup/backups';
import { backupsDir } from '../../../main/backup/files';
import { restoreBackup } from '../../../main/backup/restore';
import { search } from '../../../main/search/search';
import { blobPath } from '../../../main/store/blobs';
import { generateStoreKey, isPlainDatabase, type StoreKey } from '../../../main/store/cipher';
import type { Store } from '../../../main/store/database';
import { makePack } from '../../helpers/make-pack';
import { makeTempDir } from '../../helpers/temp-dir';
import { COMMITTEE, buildLibrary, checkStore, dumpStore, packReports } from './library';

const hits = (store: Store, query: string) =>
  search(store.db, { query, scope: 'all', limit: 50 })
    .groups.flatMap((g) => g.hits)
    .filter((h) => h.kind === 'page').length;

/** Changes and deletions of every kind the member and the importer make. */
async function changeEverything(store: Store, lib: { documentId: number; versionId: number }) {
  const db = store.db;
  const [first, second] = db.prepare('SELECT id FROM annotations ORDER BY id').pluck().all() as number[];
  updateAnnotation(db, { id: first as number, body: 'changed after the backup' });
  deleteAnnotation(db, second as number);
  db.prepare('DELETE FROM annotation_tags').run();
  const entry = db.prepare('SELECT id FROM action_entries ORDER BY id LIMIT 1').pluck().get() as number;
  updateStatus(db, [entry], 'done', 'Closed after the backup.');
  db.prepare('DELETE FROM my_declarations').run();
  deleteInterest(db, db.prepare('SELECT id FROM interests').pluck().get() as number);
  // A revised pack: version 2, annotations re-anchored, the old text no longer searchable.
  const revised = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: packReports('Kinship carers are paid a new allowance.') });
  expect((await importFile(store, { fileName: 'agenda-pack-revised.pdf', bytes: revised })).status).toBe('updated');
  // And the original PDF lost from the library's own folder.
  const sha = db.prepare('SELECT sha256 FROM document_versions WHERE id = ?').pluck().get(lib.versionId) as string;
  fs.rmSync(blobPath(store, sha));
}

describe.each([
  ['an unencrypted store', undefined],
  ['an encrypted store', generateStoreKey()],
] as Array<[string, StoreKey | undefined]>)('backup and restore of %s', (_name, key) => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  beforeEach(() => (temp = makeTempDir('scrutineer-backup-')));
  afterEach(() => {
    store?.close();
    temp.cleanup();
  });

  test('restoring brings back every row of every table and every stored file, exactly as at backup time', async () => {
    const lib = await buildLibrary(temp.dir, key);
    store = lib.store;
    const before = dumpStore(store);
    expect(Object.keys(before.blobs).length).toBeGreaterThanOrEqual(3);
    expect(before.tables.annotations).toHaveLength(3);
    expect(before.tables.interests).toHaveLength(1);
    expect(hits(store, 'Millgate')).toBe(1);

    const backup = await createBackup(store, 'manual');
    expect(backup.problem).toBeNull();
    expect(backup.preview).toMatchObject({
      committees: 2,
      meetings: 2,
      documents: 1,
      annotations: 3,
      interests: 1,
      actions: before.tables.action_entries?.length,
      newestMeeting: { date: '2025-01-14', committeeName: COMMITTEE },
      files: Object.keys(before.blobs).length,
    });
    // The backup file is encrypted exactly when the store is.
    const file = path.join(backupsDir(temp.dir), `${backup.id}.db`);
    expect(isPlainDatabase(file)).toBe(key === undefined);

    await changeEverything(store, lib);
    const changed = dumpStore.bind(null);
    expect(() => changed(store)).toThrow(/missing/);
    expect(hits(store, 'Millgate')).toBe(0);

    const outcome = await restoreBackup(store, backup.id);
    expect(outcome.missingFiles).toBe(0);
    expect(outcome.restored.id).toBe(backup.id);
    // The library as it was just before the restore is kept as a safety backup, with its own preview.
    expect(outcome.safetyBackup).toMatchObject({ kind: 'safety', preview: { interests: 0, annotations: 2, documents: 1 } });

    expect(dumpStore(store)).toEqual(before);
    expect(checkStore(store)).toEqual({ integrity: 'ok', fts: ['ok', 'ok'] });
    expect(hits(store, 'Millgate')).toBe(1);
    expect(hits(store, 'Kinship carers')).toBe(0);
    // The store keeps working on the new connection.
    expect((await importFile(store, { fileName: 'agenda-pack-revised-again.pdf', bytes: await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: packReports('Foster carers') }) })).status).toBe('updated');
  });

  test('the list previews each backup from its own file, newest first', async () => {
    const lib = await buildLibrary(temp.dir, key);
    store = lib.store;
    const first = await createBackup(store, 'manual', { now: new Date('2025-02-01T09:00:00Z') });
    store.db.prepare('DELETE FROM my_declarations').run();
    deleteInterest(store.db, store.db.prepare('SELECT id FROM interests').pluck().get() as number);
    const second = await createBackup(store, 'automatic', { now: new Date('2025-02-02T09:00:00Z') });
    const list = listBackups(temp.dir, key);
    expect(list.map((b) => [b.id, b.kind, b.createdAt])).toEqual([
      [second.id, 'automatic', '2025-02-02T09:00:00.000Z'],
      [first.id, 'manual', '2025-02-01T09:00:00.000Z'],
    ]);
    expect(list.map((b) => b.preview?.interests)).toEqual([0, 1]);
    expect(list.every((b) => b.sizeBytes > 4096 && b.problem === null)).toBe(true);
  });

  test('a damaged backup is refused and the library is left exactly as it was', async () => {
    const lib = await buildLibrary(temp.dir, key);
    store = lib.store;
    const backup = await createBackup(store, 'manual');
    const file = path.join(backupsDir(temp.dir), `${backup.id}.db`);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 2, 4096 * 4);
    fs.writeFileSync(file, bytes);
    const before = dumpStore(store);
    await expect(restoreBackup(store, backup.id)).rejects.toThrow(BackupError);
    expect(dumpStore(store)).toEqual(before);
    expect(listBackups(temp.dir, key).filter((b) => b.kind === 'safety')).toHaveLength(0);
  });

  test('only backups in the store’s own folder can be restored, by name, never a path', async () => {
    const lib = await buildLibrary(temp.dir, key);
    store = lib.store;
    const backup = await createBackup(store, 'manual');
    for (const id of ['../scrutineer', path.join(backupsDir(temp.dir), `${backup.id}.db`), `${backup.id}.db`, '2025-01-01T00-00-00-000Z-manual']) {
      await expect(restoreBackup(store, id)).rejects.toThrow(/not in this library’s backups folder/);
    }
  });
});

test('backups of an encrypted store cannot be read without its key', async () => {
  const temp = makeTempDir('scrutineer-backup-');
  const key = generateStoreKey();
  const lib = await buildLibrary(temp.dir, key);
  try {
    await createBackup(lib.store, 'manual');
    const [listed] = listBackups(temp.dir, undefined);
    expect(listed?.preview).toBeNull();
    expect(listed?.problem).toMatch(/encrypted or damaged/);
    expect(listBackups(temp.dir, generateStoreKey())[0]?.problem).toMatch(/cannot be opened with this library’s key/);
  } finally {
    lib.store.close();
    temp.cleanup();
  }
});
