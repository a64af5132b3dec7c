/**
 * Stray stored files: an import whose transaction fails, or a process killed between writing a
 * paper's file and recording it, leaves a file in blobs/ that nothing refers to. Opening the store
 * removes such files (recent ones only when no other process has the store open), never a file the
 * database names, never anything under backups/; the library still reads every paper afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { importFile } from '../../../main/library/import-file';
import { STRAY_GRACE_MS, referencedHashes, sweepStrayBlobs } from '../../../main/store/blob-sweep';
import { blobPath, putBlob, readBlob, sha256 } from '../../../main/store/blobs';
import { generateStoreKey } from '../../../main/store/cipher';
import { openStore, type Store } from '../../../main/store/database';
import { usersDir } from '../../../main/store/store-users';
import { makePack } from '../../helpers/make-pack';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

const REPO = path.resolve(__dirname, '..', '..', '..');
const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';

const pack = (date: string, phrase: string) =>
  makePack({
    committee: COMMITTEE,
    dateLine: `Tuesday, ${date}`,
    reports: [{ number: '117', title: 'Placement costs', pages: [['Placement costs'], [phrase]] }],
  });

/** Every file under blobs/ (relative paths), sorted. */
const blobFiles = (dir: string): string[] =>
  fs.existsSync(path.join(dir, 'blobs'))
    ? (fs.readdirSync(path.join(dir, 'blobs'), { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, 'blobs', f)).isFile()).sort()
    : [];

/** Makes the next paper's transaction fail inside SQLite, after its file was written (this connection only). */
const refuseNextPaper = (store: Store) =>
  store.db.exec("CREATE TEMP TRIGGER refuse_paper BEFORE INSERT ON document_versions BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");

/** Sets a file's modification time back by `ms`. */
const age = (file: string, ms: number) => {
  const then = new Date(Date.now() - ms);
  fs.utimesSync(file, then, then);
};

/** Another process holding the store open (tests/crash/hold-store-child.ts). */
async function holdStore(dataDir: string, key: Buffer | undefined): Promise<ChildProcess> {
  const env = { ...process.env, SCRUTINEER_STORE_KEY: key?.toString('hex') ?? '' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/crash/hold-store-child.ts', dataDir], { cwd: REPO, env, stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve());
    child.on('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
  });
  return child;
}
const killed = (child: ChildProcess) => new Promise((resolve) => (child.on('exit', resolve), child.kill('SIGKILL')));

describe.each([
  ['an unencrypted store', undefined],
  ['an encrypted store', generateStoreKey()],
])('stray stored files in %s', (_name, key) => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  test('a failed import leaves a file nothing refers to; reopening removes it and keeps every file in use', async () => {
    const store = openStore(temp.dir, { key });
    const minutes = fs.readFileSync(LEICESTER);
    const kept = await pack('14 January 2025', 'Foster carer recruitment continues.');
    expect((await importFile(store, { fileName: 'minutes.txt', bytes: minutes })).status).toBe('imported');
    expect((await importFile(store, { fileName: 'pack.pdf', bytes: kept })).status).toBe('imported');
    const inUse = blobFiles(temp.dir);
    expect(inUse).toHaveLength(2);

    const failing = await pack('11 February 2025', 'Kinship care allowances rise this year.');
    refuseNextPaper(store);
    const outcome = await importFile(store, { fileName: 'failing.pdf', bytes: failing });
    expect(outcome).toMatchObject({ status: 'failed', message: expect.stringMatching(/refused by the test/) });
    // The file was written before the transaction that failed: now a stray.
    const stray = blobPath(store, sha256(failing));
    expect(fs.existsSync(stray)).toBe(true);
    expect(referencedHashes(store.db).has(sha256(failing))).toBe(false);
    // A write cut short leaves a temporary file too.
    const temporary = `${blobPath(store, sha256(kept))}.99999.${Date.now()}.tmp`;
    fs.writeFileSync(temporary, 'half a file');
    // Backups keep their own copies, which the sweep never touches, referenced or not.
    const backupCopy = path.join(temp.dir, 'backups', 'blobs', path.relative(path.join(temp.dir, 'blobs'), stray));
    fs.mkdirSync(path.dirname(backupCopy), { recursive: true });
    fs.copyFileSync(stray, backupCopy);
    store.close();

    const reopened = openStore(temp.dir, { key });
    try {
      expect(blobFiles(temp.dir)).toEqual(inUse);
      expect(fs.existsSync(backupCopy)).toBe(true);
      // Every paper and minutes file the library names reads back intact.
      const versions = reopened.db.prepare('SELECT sha256 FROM document_versions').pluck().all() as string[];
      expect(versions).toEqual([sha256(kept)]);
      expect(Buffer.from(readBlob(reopened, sha256(kept))).equals(Buffer.from(kept))).toBe(true);
      expect(Buffer.from(readBlob(reopened, sha256(minutes))).equals(minutes)).toBe(true);
      // And the paper that failed imports cleanly now.
      expect((await importFile(reopened, { fileName: 'failing.pdf', bytes: failing })).status).toBe('imported');
      expect(Buffer.from(readBlob(reopened, sha256(failing))).equals(Buffer.from(failing))).toBe(true);
    } finally {
      reopened.close();
    }
    // Opened again: nothing more goes.
    const third = openStore(temp.dir, { key });
    expect(blobFiles(temp.dir)).toHaveLength(3);
    third.close();
  });

  test('while another process has the store open only files older than the grace period go; once it has gone, every stray goes', async () => {
    const holder = await holdStore(temp.dir, key);
    let recent: Uint8Array;
    try {
      const store = openStore(temp.dir, { key });
      recent = await pack('11 March 2025', 'Recent stray.');
      const old = await pack('8 April 2025', 'Old stray.');
      putBlob(store, recent);
      putBlob(store, old);
      age(blobPath(store, sha256(old)), STRAY_GRACE_MS + 60_000);
      store.close();
      // Opened while the holder might be part-way through an import: the old stray goes, the recent one stays.
      const second = openStore(temp.dir, { key });
      expect(fs.existsSync(blobPath(second, sha256(recent)))).toBe(true);
      expect(fs.existsSync(blobPath(second, sha256(old)))).toBe(false);
      expect(sweepStrayBlobs(second)).toEqual({ removed: [], alone: false });
      second.close();
    } finally {
      await killed(holder);
    }
    // Killed outright, the holder left its record; it is recognised as gone, and the recent stray goes.
    expect(fs.readdirSync(usersDir(temp.dir)).length).toBeGreaterThan(0);
    const reopened = openStore(temp.dir, { key });
    expect(fs.existsSync(blobPath(reopened, sha256(recent)))).toBe(false);
    expect(blobFiles(temp.dir)).toEqual([]);
    reopened.close();
    expect(fs.readdirSync(usersDir(temp.dir))).toEqual([]);
  });

  test('a stray about to be used again by another process is kept: storing it again marks it fresh', async () => {
    const holder = await holdStore(temp.dir, key);
    try {
      const importer = openStore(temp.dir, { key });
      const again = await pack('10 June 2025', 'Imported again.');
      const left = await pack('8 July 2025', 'Left alone.');
      putBlob(importer, again);
      putBlob(importer, left);
      age(blobPath(importer, sha256(again)), STRAY_GRACE_MS + 60_000);
      age(blobPath(importer, sha256(left)), STRAY_GRACE_MS + 60_000);
      // This process stores the first file again, on its way to a transaction that will name it...
      putBlob(importer, again);
      // ...so a sweep meanwhile (the holder might be importing too) removes only the other.
      expect(sweepStrayBlobs(importer)).toEqual({ removed: [blobPath(importer, sha256(left))], alone: false });
      expect(Buffer.from(readBlob(importer, sha256(again))).equals(Buffer.from(again))).toBe(true);
      importer.close();
    } finally {
      await killed(holder);
    }
  });

  test('a file set aside by a sweep that was stopped is put back when the database names it', async () => {
    const store = openStore(temp.dir, { key });
    const bytes = await pack('8 July 2025', 'Set aside.');
    expect((await importFile(store, { fileName: 'pack.pdf', bytes })).status).toBe('imported');
    const file = blobPath(store, sha256(bytes));
    fs.renameSync(file, `${file}.4242.sweep`);
    store.close();
    const reopened = openStore(temp.dir, { key });
    expect(blobFiles(reopened.dataDir)).toEqual([path.relative(path.join(temp.dir, 'blobs'), file)]);
    expect(Buffer.from(readBlob(reopened, sha256(bytes))).equals(Buffer.from(bytes))).toBe(true);
    reopened.close();
  });
});
