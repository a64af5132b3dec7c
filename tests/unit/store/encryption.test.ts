/**
 * Encryption at rest, through the real parts: real SQLite files keyed with SQLCipher settings, real
 * council minutes and a generated agenda pack imported through importFile, files read back through
 * readBlob, and the raw bytes on disk searched for anything readable.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { importFile } from '../../../main/library/import-file';
import { search } from '../../../main/search/search';
import { BlobIntegrityError, blobPath, putBlob, readBlob, sha256 } from '../../../main/store/blobs';
import { deriveBlobKeys } from '../../../main/store/blob-crypto';
import { applyKey, generateStoreKey, isPlainDatabase } from '../../../main/store/cipher';
import { DATABASE_FILE, openStore, type Store } from '../../../main/store/database';
import { encryptStoreInPlace, type EncryptionStep } from '../../../main/store/encrypt-store';
import { StoreError } from '../../../main/store/errors';
import { makePack } from '../../helpers/make-pack';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const LEEDS = path.join(SHARED_FIXTURES, 'minutes', 'leeds-scrutiny-macalister-item.txt');
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
/**
 * Words that appear in the imported text, and a PDF's header; none may be readable anywhere on disk
 * once encrypted. Each is seven bytes or more: ciphertext is random, and a four-byte string such as
 * "%PDF" turns up in it by chance about once in 4 GB; these tests scan a few megabytes of ciphertext
 * on every run, so over hundreds of runs a four-byte one can fail by chance.
 */
const SECRETS = ['Braunstone', 'kinship placements', 'Scrutiny Commission', 'Zebedee-Quartz', '%PDF-1.'];

/** Every file under dir, recursively. */
function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The secrets readable in any file under dir (as Latin-1 or UTF-16 would show them). */
function readableSecrets(dir: string): string[] {
  const found = new Set<string>();
  for (const file of allFiles(dir)) {
    const bytes = fs.readFileSync(file);
    for (const secret of SECRETS) if (bytes.includes(Buffer.from(secret, 'latin1'))) found.add(`${path.relative(dir, file)}: ${secret}`);
  }
  return [...found];
}

/** Stored files (under blobs/ and backups/blobs/) that do not start with the encrypted format's header. */
function unencryptedStoredFiles(dir: string): string[] {
  const roots = [path.join(dir, 'blobs'), path.join(dir, 'backups', 'blobs')].filter((r) => fs.existsSync(r));
  return roots.flatMap(allFiles).filter((file) => fs.readFileSync(file).subarray(0, 4).toString('latin1') !== 'SCRB').map((file) => path.relative(dir, file));
}

async function fill(store: Store): Promise<{ packBytes: Uint8Array; meetingId: number }> {
  const minutes = await importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
  expect(minutes.status).toBe('imported');
  expect((await importFile(store, { fileName: path.basename(LEEDS), bytes: fs.readFileSync(LEEDS) })).status).toBe('imported');
  const packBytes = await makePack({
    committee: COMMITTEE,
    dateLine: 'Tuesday, 14 January 2025',
    reports: [{ number: '117', title: 'Placement costs', pages: [['Placement costs'], ['Zebedee-Quartz kinship placements in Braunstone.']] }],
  });
  const pack = await importFile(store, { fileName: 'agenda-pack.pdf', bytes: packBytes });
  expect(pack.status).toBe('imported');
  return { packBytes, meetingId: minutes.meetingId as number };
}

function counts(store: Store): Record<string, number> {
  const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, store.db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}

describe('an encrypted store', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  test('keeps nothing readable on disk, and reads everything back with its key', async () => {
    const key = generateStoreKey();
    const store = openStore(temp.dir, { key });
    const { packBytes } = await fill(store);
    // Read while open (the write-ahead log holds recent pages) and after closing.
    expect(readableSecrets(temp.dir)).toEqual([]);
    store.close();
    expect(readableSecrets(temp.dir)).toEqual([]);
    expect(unencryptedStoredFiles(temp.dir)).toEqual([]);
    expect(isPlainDatabase(path.join(temp.dir, DATABASE_FILE))).toBe(false);

    const again = openStore(temp.dir, { key });
    expect(search(again.db, { query: 'Zebedee', scope: 'all', limit: 10 }).total).toBe(1);
    const hash = sha256(packBytes);
    expect(Buffer.from(readBlob(again, hash)).equals(Buffer.from(packBytes))).toBe(true);
    // Files are named by an HMAC of their hash, not the hash itself.
    expect(fs.existsSync(path.join(temp.dir, 'blobs', hash.slice(0, 2), hash))).toBe(false);
    expect(fs.existsSync(blobPath(again, hash))).toBe(true);
    again.close();
  });

  test('is readable by stock SQLCipher 4 settings with the raw key', async () => {
    const key = generateStoreKey();
    const store = openStore(temp.dir, { key });
    await fill(store);
    store.close();
    const raw = new Database(path.join(temp.dir, DATABASE_FILE));
    raw.pragma(`cipher = 'sqlcipher'`);
    raw.pragma('legacy = 4');
    raw.pragma(`key = "x'${key.toString('hex')}'"`);
    expect(Number(raw.pragma('kdf_iter', { simple: true }))).toBe(256000);
    expect(raw.pragma('page_size', { simple: true })).toBe(4096);
    expect(raw.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(2);
    raw.close();
  });

  test('without its key, or with another, gives a clear error and changes nothing', async () => {
    const key = generateStoreKey();
    const store = openStore(temp.dir, { key });
    await fill(store);
    store.close();
    const file = path.join(temp.dir, DATABASE_FILE);
    const before = fs.readFileSync(file);
    expect(() => openStore(temp.dir)).toThrow(/cannot be read without a key: it is encrypted, or damaged.*SCRUTINEER_STORE_KEY/);
    expect(() => openStore(temp.dir, { key: generateStoreKey() })).toThrow(/does not open with the key given/);
    let error: unknown;
    try {
      openStore(temp.dir, { key: generateStoreKey() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const reopened = openStore(temp.dir, { key });
    expect(reopened.db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(2);
    reopened.close();
  });

  test('sets a copy aside, encrypted, before migrating its schema', () => {
    const key = generateStoreKey();
    // An encrypted store at schema 4, then opened by a version that knows 5.
    const migrations = path.resolve(__dirname, '../../../main/store/migrations');
    const partial = path.join(temp.dir, 'partial');
    fs.mkdirSync(partial);
    for (const f of fs.readdirSync(migrations).filter((f) => f < '0005')) fs.copyFileSync(path.join(migrations, f), path.join(partial, f));
    const data = path.join(temp.dir, 'data');
    openStore(data, { key, migrationsDir: partial }).close();
    openStore(data, { key }).close();
    const [copy] = fs.readdirSync(path.join(data, 'backups'));
    const file = path.join(data, 'backups', copy as string);
    expect(isPlainDatabase(file)).toBe(false);
    const db = new Database(file);
    applyKey(db, key);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    db.close();
  });
});

describe('stored files', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  const paper = Buffer.from('%PDF-1.7 Zebedee-Quartz exempt report');

  test('encrypted: an altered, truncated or swapped file is refused with a clear error', () => {
    const key = generateStoreKey();
    const store = openStore(temp.dir, { key });
    const hash = putBlob(store, paper);
    const other = putBlob(store, Buffer.from('%PDF-1.7 another paper'));
    expect(putBlob(store, paper)).toBe(hash); // stored once
    const file = blobPath(store, hash);
    const good = fs.readFileSync(file);

    const flipped = Buffer.from(good);
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] as number) ^ 1;
    fs.writeFileSync(file, flipped);
    expect(() => readBlob(store, hash)).toThrow(BlobIntegrityError);
    expect(() => readBlob(store, hash)).toThrow(/has been altered or damaged/);

    fs.writeFileSync(file, good.subarray(0, 20));
    expect(() => readBlob(store, hash)).toThrow(/not an encrypted Scrutineer file/);

    fs.copyFileSync(blobPath(store, other), file); // another paper's (valid) file under this name
    expect(() => readBlob(store, hash)).toThrow(/has been altered or damaged/);

    fs.writeFileSync(file, good);
    expect(Buffer.from(readBlob(store, hash)).equals(paper)).toBe(true);
    // Another store key cannot read it.
    const stranger = { dataDir: temp.dir, blobKeys: openStore(path.join(temp.dir, 'x'), { key: generateStoreKey() }).blobKeys };
    expect(() => readBlob({ ...stranger }, hash)).toThrow(/missing/);
    store.close();
  });

  test('unencrypted: stored as they are, named by their hash, and checked on reading', () => {
    const store = openStore(temp.dir);
    const hash = putBlob(store, paper);
    const file = path.join(temp.dir, 'blobs', hash.slice(0, 2), hash);
    expect(fs.readFileSync(file).equals(paper)).toBe(true);
    expect(Buffer.from(readBlob(store, hash)).equals(paper)).toBe(true);
    fs.writeFileSync(file, Buffer.from('%PDF-1.7 Zebedee-Quartz EDITED report'));
    expect(() => readBlob(store, hash)).toThrow(/has been altered or damaged/);
    fs.rmSync(file);
    expect(() => readBlob(store, hash)).toThrow(/missing; import the document again/);
    store.close();
  });
});

describe('encrypting an existing unencrypted store in place', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  /** A plain store with real minutes, a pack, an older backup, and a page of annotations; returns what to check after. */
  async function plainStore(dir: string) {
    const store = openStore(dir);
    const { packBytes } = await fill(store);
    const before = counts(store);
    fs.mkdirSync(path.join(dir, 'backups'));
    store.db.prepare('VACUUM INTO ?').run(path.join(dir, 'backups', 'manual-2026.db'));
    // Backups keep copies of the stored files beside them, laid out like the library's.
    fs.cpSync(path.join(dir, 'blobs'), path.join(dir, 'backups', 'blobs'), { recursive: true });
    store.close();
    expect(readableSecrets(dir).length).toBeGreaterThan(0);
    return { before, packBytes, minutesHash: sha256(fs.readFileSync(LEICESTER)) };
  }

  function expectFullyEncrypted(dir: string, key: Buffer, expected: Awaited<ReturnType<typeof plainStore>>) {
    const store = openStore(dir, { key });
    try {
      expect(counts(store)).toEqual(expected.before);
      expect(search(store.db, { query: 'Zebedee', scope: 'all', limit: 10 }).total).toBe(1);
      expect(Buffer.from(readBlob(store, sha256(expected.packBytes))).equals(Buffer.from(expected.packBytes))).toBe(true);
      expect(Buffer.from(readBlob(store, expected.minutesHash)).equals(fs.readFileSync(LEICESTER))).toBe(true);
    } finally {
      store.close();
    }
    expect(readableSecrets(dir)).toEqual([]);
    expect(unencryptedStoredFiles(dir)).toEqual([]);
    const left = fs.readdirSync(dir);
    expect(left).not.toContain('encrypting.json');
    expect(left).not.toContain(`${DATABASE_FILE}.unencrypted`);
    expect(left).not.toContain(`${DATABASE_FILE}.encrypting`);
    expect(isPlainDatabase(path.join(dir, 'backups', 'manual-2026.db'))).toBe(false);
    const backupCopy = { dataDir: path.join(dir, 'backups'), blobKeys: deriveBlobKeys(key) };
    expect(Buffer.from(readBlob(backupCopy, sha256(expected.packBytes))).equals(Buffer.from(expected.packBytes))).toBe(true);
  }

  test('opening a plain store with a key encrypts database, files and backups, keeping every row', async () => {
    const expected = await plainStore(temp.dir);
    const key = generateStoreKey();
    expectFullyEncrypted(temp.dir, key, expected);
    // The backup opens with the same key.
    const backup = new Database(path.join(temp.dir, 'backups', 'manual-2026.db'));
    applyKey(backup, key);
    expect(backup.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(2);
    backup.close();
  });

  const crashPoints: Array<[EncryptionStep, number]> = [
    ['journal-written', 1],
    ['copy-verified', 1],
    ['database-swapped', 1],
    ['file-encrypted', 1],
    ['file-encrypted', 2],
    ['files-encrypted', 1],
    ['backups-encrypted', 1],
  ];

  test.each(crashPoints)('a crash at %s (#%i) loses nothing, and the next open with the key finishes the job', async (step, nth) => {
    const expected = await plainStore(temp.dir);
    const key = generateStoreKey();
    let seen = 0;
    expect(() =>
      encryptStoreInPlace(temp.dir, key, {
        onStep: (s) => {
          if (s === step && ++seen === nth) throw new Error('simulated crash');
        },
      }),
    ).toThrow('simulated crash');

    const file = path.join(temp.dir, DATABASE_FILE);
    if (isPlainDatabase(file)) {
      // Before the swap the original is untouched: it still opens as it was, without a key.
      const plain = new Database(file, { readonly: true });
      expect(plain.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(2);
      plain.close();
    } else {
      // After the swap it cannot be opened without the key (and the journal says to finish).
      expect(fs.existsSync(path.join(temp.dir, 'encrypting.json'))).toBe(true);
      expect(() => openStore(temp.dir)).toThrow(StoreError);
    }
    expectFullyEncrypted(temp.dir, key, expected);
  });

  test('a copy left half-written by a crash is thrown away and made again', async () => {
    const expected = await plainStore(temp.dir);
    fs.writeFileSync(path.join(temp.dir, `${DATABASE_FILE}.encrypting`), Buffer.alloc(5000, 3));
    fs.writeFileSync(path.join(temp.dir, 'encrypting.json'), '{"version":1,"sta');
    expectFullyEncrypted(temp.dir, generateStoreKey(), expected);
  });

  test('a damaged plain store is not encrypted, and is left exactly as it was', async () => {
    await plainStore(temp.dir);
    const file = path.join(temp.dir, DATABASE_FILE);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x55), 0, 4096, 4096 * 3);
    fs.closeSync(fd);
    const before = fs.readFileSync(file);
    expect(() => openStore(temp.dir, { key: generateStoreKey() })).toThrow(StoreError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(isPlainDatabase(file)).toBe(true);
    expect(fs.readdirSync(temp.dir)).not.toContain('encrypting.json');
  });
});
