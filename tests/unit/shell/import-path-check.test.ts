import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../shared/contract';
import { checkImportPath, readImportFile } from '../../../main/shell/import-path-check';
import { MAX_FILES_PER_IMPORT, importPaths } from '../../../main/shell/import-paths';
import type { ImportOutcome } from '../../../shared/types/library';

let dir: string;
const file = (name: string, content: string | Uint8Array = '<p>Minutes</p>') => {
  const full = path.join(dir, name);
  fs.writeFileSync(full, content);
  return full;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-import-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('checkImportPath', () => {
  it.each(['minutes.html', 'agenda.HTM', 'notes.txt', 'pack.pdf', 'meeting.xml'])('accepts a regular %s file', async (name) => {
    const full = file(name);
    const result = await checkImportPath(full);
    expect(result).toEqual({ ok: true, realPath: fs.realpathSync(full), name, size: 14 });
  });

  it('refuses a relative path, even to a real file', async () => {
    file('minutes.html');
    const relative = path.relative(process.cwd(), path.join(dir, 'minutes.html'));
    expect(path.isAbsolute(relative)).toBe(false);
    expect(await checkImportPath(relative)).toEqual({ ok: false, reason: 'The file path must be absolute.' });
    expect((await checkImportPath('minutes.html')).ok).toBe(false);
  });

  it('refuses a directory, even one named like a minutes file', async () => {
    const folder = path.join(dir, 'folder.html');
    fs.mkdirSync(folder);
    expect(await checkImportPath(folder)).toEqual({ ok: false, reason: 'It is not a regular file.' });
  });

  it.each(['setup.exe', 'script.js', 'minutes.html.exe', 'archive.zip', 'noextension', '.html'])('refuses %s', async (name) => {
    const full = file(name);
    expect(await checkImportPath(full)).toMatchObject({ ok: false, reason: expect.stringContaining('imports only') });
  });

  it('refuses a file larger than MAX_IMPORT_BYTES (a sparse file made with ftruncate)', async () => {
    const full = path.join(dir, 'huge.pdf');
    const fd = fs.openSync(full, 'w');
    fs.ftruncateSync(fd, MAX_IMPORT_BYTES + 1);
    fs.closeSync(fd);
    expect(await checkImportPath(full)).toEqual({ ok: false, reason: 'It is larger than 60 MB.' });
    expect(await readImportFile(full)).toEqual({ ok: false, name: 'huge.pdf', reason: 'It is larger than 60 MB.' });
  });

  it('accepts a file of exactly MAX_IMPORT_BYTES', async () => {
    const full = path.join(dir, 'limit.txt');
    const fd = fs.openSync(full, 'w');
    fs.ftruncateSync(fd, MAX_IMPORT_BYTES);
    fs.closeSync(fd);
    expect(await checkImportPath(full)).toMatchObject({ ok: true, size: MAX_IMPORT_BYTES });
  });

  it('refuses a missing file, an empty string, NUL and non-strings', async () => {
    expect(await checkImportPath(path.join(dir, 'missing.html'))).toEqual({ ok: false, reason: 'The file was not found.' });
    expect((await checkImportPath('')).ok).toBe(false);
    expect((await checkImportPath(`${dir}/a\0.html`)).ok).toBe(false);
    expect((await checkImportPath(undefined)).ok).toBe(false);
    expect((await checkImportPath(42)).ok).toBe(false);
  });

  const symlinks = process.platform !== 'win32' ? describe : describe.skip;
  symlinks('symbolic links (followed; the target must pass every check too)', () => {
    it('accepts a link to a regular minutes file', async () => {
      const target = file('real.html');
      const link = path.join(dir, 'link.html');
      fs.symlinkSync(target, link);
      expect(await checkImportPath(link)).toMatchObject({ ok: true, realPath: fs.realpathSync(target), name: 'link.html' });
      const read = await readImportFile(link);
      expect(read.ok && Buffer.from(read.bytes).toString()).toBe('<p>Minutes</p>');
    });

    it('refuses a link whose target has an extension the importer does not read', async () => {
      const target = file('secret.key', 'PRIVATE');
      const link = path.join(dir, 'innocent.html');
      fs.symlinkSync(target, link);
      expect(await checkImportPath(link)).toMatchObject({ ok: false, reason: expect.stringContaining('link to a file') });
    });

    it('refuses a link to a directory, a dangling link and a loop', async () => {
      fs.mkdirSync(path.join(dir, 'sub.html'));
      fs.symlinkSync(path.join(dir, 'sub.html'), path.join(dir, 'dirlink.html'));
      fs.symlinkSync(path.join(dir, 'gone.html'), path.join(dir, 'dangling.html'));
      fs.symlinkSync(path.join(dir, 'loop-b.html'), path.join(dir, 'loop-a.html'));
      fs.symlinkSync(path.join(dir, 'loop-a.html'), path.join(dir, 'loop-b.html'));
      expect((await checkImportPath(path.join(dir, 'dirlink.html'))).ok).toBe(false);
      expect(await checkImportPath(path.join(dir, 'dangling.html'))).toEqual({ ok: false, reason: 'The file was not found.' });
      expect(await checkImportPath(path.join(dir, 'loop-a.html'))).toEqual({ ok: false, reason: 'The file is a link that loops.' });
    });

    it('refuses a FIFO named like a minutes file without blocking', async () => {
      const fifo = path.join(dir, 'pipe.txt');
      const { execFileSync } = await import('node:child_process');
      try {
        execFileSync('mkfifo', [fifo]);
      } catch {
        return; // no mkfifo here
      }
      expect(await readImportFile(fifo)).toEqual({ ok: false, name: 'pipe.txt', reason: 'It is not a regular file.' });
    });
  });
});

describe('readImportFile', () => {
  it('reads the bytes of an accepted file', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
    const full = file('pack.pdf', bytes);
    const read = await readImportFile(full);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.name).toBe('pack.pdf');
      expect(Array.from(read.bytes)).toEqual(Array.from(bytes));
    }
  });

  it('reads an empty file as no bytes (the importer decides what that means)', async () => {
    const read = await readImportFile(file('empty.txt', ''));
    expect(read.ok && read.bytes.byteLength).toBe(0);
  });

  it('reports the base name of a refused path', async () => {
    expect(await readImportFile(path.join(dir, 'virus.exe'))).toMatchObject({ ok: false, name: 'virus.exe' });
  });
});

describe('importPaths', () => {
  const fakeImporter = jest.fn(
    async (name: string, bytes: Uint8Array): Promise<ImportOutcome> => ({
      fileName: name,
      status: 'imported',
      meetingId: 1,
      message: `${bytes.byteLength} bytes`,
    }),
  );
  beforeEach(() => fakeImporter.mockClear());

  it('imports accepted files and reports refused ones as failed, in order', async () => {
    const good = file('minutes.html', '<p>hello</p>');
    const outcomes = await importPaths([good, path.join(dir, 'tool.exe'), 'relative.html'], fakeImporter);
    expect(outcomes).toEqual([
      { fileName: 'minutes.html', status: 'imported', meetingId: 1, message: '12 bytes' },
      { fileName: 'tool.exe', status: 'failed', meetingId: null, message: expect.stringContaining('imports only') },
      { fileName: 'relative.html', status: 'failed', meetingId: null, message: 'The file path must be absolute.' },
    ]);
    expect(fakeImporter).toHaveBeenCalledTimes(1);
  });

  it('turns an importer exception into a failed outcome', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const outcomes = await importPaths([file('a.txt')], async () => {
      throw new Error('boom');
    });
    expect(outcomes).toEqual([{ fileName: 'a.txt', status: 'failed', meetingId: null, message: expect.stringContaining('Import failed') }]);
    spy.mockRestore();
  });

  it(`does not read more than ${MAX_FILES_PER_IMPORT} files in one go`, async () => {
    const one = file('one.txt');
    const outcomes = await importPaths(Array.from({ length: MAX_FILES_PER_IMPORT + 2 }, () => one), fakeImporter);
    expect(fakeImporter).toHaveBeenCalledTimes(MAX_FILES_PER_IMPORT);
    expect(outcomes.slice(-2).every((o) => o.status === 'failed')).toBe(true);
  });
});
