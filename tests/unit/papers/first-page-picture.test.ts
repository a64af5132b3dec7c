/**
 * The first page's picture: made when a pack is imported, kept per version in the store, served by
 * `papers.firstPagePicture` (what the reader shows while pdf.js opens the file).
 */
import path from 'node:path';
import { createHandlers } from '../../../main/api/handlers';
import { importFile } from '../../../main/library/import-file';
import { openStore } from '../../../main/store/database';
import { makePack } from '../../helpers/make-pack';
import { makeBlankPdf } from '../../helpers/make-pdf';
import { makeTempDir } from '../../helpers/temp-dir';
import { readPngInk } from '../../helpers/png';

describe('the first page’s picture', () => {
  it('is made at import, per version, and served with the page’s size and the page count', async () => {
    const { dir, cleanup } = makeTempDir();
    const store = openStore(path.join(dir, 'store'), { key: Buffer.alloc(32, 7) });
    try {
      const pack = await makePack({
        committee: 'Overview and Scrutiny Committee',
        dateLine: 'Tuesday, 14 January 2025',
        reports: [{ number: '5', title: 'Budget monitoring', pages: [['Budget monitoring', 'The forecast overspend is £2.1m.']] }],
      });
      await importFile(store, { fileName: 'pack.pdf', bytes: pack });
      const documentId = store.db.prepare('SELECT id FROM documents').pluck().get() as number;
      const versionId = store.db.prepare('SELECT id FROM document_versions').pluck().get() as number;
      const pageCount = store.db.prepare('SELECT page_count FROM document_versions').pluck().get() as number;
      const handlers = createHandlers(store);
      const picture = await handlers['papers.firstPagePicture']({ documentId });
      expect(picture).toMatchObject({ versionId, pageCount, pageWidth: expect.closeTo(595, 0), pageHeight: expect.closeTo(842, 0) });
      // The front sheet is drawn: ink near its top (the committee and date), on a picture in the page's proportions.
      const ink = readPngInk(picture?.png ?? new Uint8Array());
      expect(ink.width).toBe(800);
      expect(Math.abs(ink.height - 1132)).toBeLessThanOrEqual(1);
      expect(ink.top).toBeGreaterThan(100);
      expect(await handlers['papers.firstPagePicture']({ versionId })).toEqual(picture);

      // A blank page is a white picture; the same file imported again keeps one picture per version.
      await importFile(store, { fileName: 'pack.pdf', bytes: pack });
      expect(store.db.prepare('SELECT COUNT(*) FROM version_pictures').pluck().get()).toBe(1);
      const blank = await importFile(store, { fileName: 'blank.pdf', bytes: await makeBlankPdf(2) });
      expect(blank.status).not.toBe('failed');
      const blankDoc = store.db.prepare("SELECT document_id FROM document_versions WHERE file_name = 'blank.pdf'").pluck().get() as number;
      const blankPicture = await handlers['papers.firstPagePicture']({ documentId: blankDoc });
      expect(readPngInk(blankPicture?.png ?? new Uint8Array())).toMatchObject({ top: 0, bottom: 0 });
    } finally {
      store.close();
      cleanup();
    }
  });

  it('is null for a version without one (imported before pictures were made), and is made then for the next opening', async () => {
    const { dir, cleanup } = makeTempDir();
    const store = openStore(path.join(dir, 'store'), { key: Buffer.alloc(32, 3) });
    try {
      const pack = await makePack({ committee: 'Audit Committee', dateLine: 'Monday, 3 March 2025', reports: [{ number: '4', title: 'Risk register', pages: [['Risk register']] }] });
      await importFile(store, { fileName: 'pack.pdf', bytes: pack });
      const made = store.db.prepare('SELECT png FROM version_pictures').pluck().get() as Buffer;
      store.db.exec('DELETE FROM version_pictures');
      const documentId = store.db.prepare('SELECT id FROM documents').pluck().get() as number;
      const handlers = createHandlers(store);
      expect(await handlers['papers.firstPagePicture']({ documentId })).toBeNull();
      // Made in the background from the stored (encrypted) file: the same picture as at import.
      for (let i = 0; i < 200 && !store.db.prepare('SELECT 1 FROM version_pictures').get(); i++) await new Promise((r) => setTimeout(r, 50));
      const again = await handlers['papers.firstPagePicture']({ documentId });
      expect(again?.png).toEqual(new Uint8Array(made));
    } finally {
      store.close();
      cleanup();
    }
  });
});
