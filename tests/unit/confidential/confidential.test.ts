/**
 * Confidential (exempt) papers through the real parts: an encrypted store, the Leicester minutes, a
 * generated pack, a report on an exempt item and a "NOT FOR PUBLICATION" paper imported as PDFs;
 * the member's annotations made through the handlers; exports read back; the purge checked on disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { createHandlers, type Handlers } from '../../../main/api/handlers';
import { exportText } from '../../../shared/types/export';
import { importFile } from '../../../main/library/import-file';
import { assignPaper, papersForMeeting } from '../../../main/papers/store';
import { search } from '../../../main/search/search';
import { blobPath, sha256 } from '../../../main/store/blobs';
import { generateStoreKey } from '../../../main/store/cipher';
import { openStore, type Store } from '../../../main/store/database';
import { makePdf } from '../../helpers/make-pdf';
import { fileContains } from '../../helpers/sqlcipher-pages';
import { listBackupFiles } from '../../../main/backup/files';
import { backupBlobStore } from '../../../main/backup/blob-copy';
import { makePack } from '../../helpers/make-pack';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';

async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

describe('confidential (exempt) papers', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let key: Buffer;
  let handlers: Handlers;
  let meetingId: number;
  let exemptItemId: number;
  let ids: { pack: number; exemptReport: number; notForPublication: number };
  let files: { exemptReport: Uint8Array; notForPublication: Uint8Array; pack: Uint8Array };

  beforeEach(async () => {
    temp = makeTempDir();
    key = generateStoreKey();
    store = openStore(temp.dir, { key });
    handlers = createHandlers(store);
    const minutes = await importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
    meetingId = minutes.meetingId as number;
    // The minutes parser marks Part B items exempt (tested with it); here item 117 is made one.
    exemptItemId = store.db.prepare("SELECT id FROM items WHERE meeting_id = ? AND number = '117'").pluck().get(meetingId) as number;
    store.db.prepare('UPDATE items SET exempt = 1 WHERE id = ?').run(exemptItemId);

    files = {
      pack: await makePack({
        committee: COMMITTEE,
        dateLine: 'Tuesday, 14 January 2025',
        reports: [{ number: '115', title: 'Update on Youth Summit', pages: [['Update on Youth Summit'], ['Young people took part in the summit.']] }],
      }),
      exemptReport: await makePdf([['Placement costs: commercial terms'], ['The Zanzibar provider charges 9,999 pounds a week.']]),
      notForPublication: await makePdf([['NOT FOR PUBLICATION', 'by virtue of paragraph 3 of Part 1 of Schedule 12A'], ['Quixotic land disposal valuation.']]),
    };
    await importFile(store, { fileName: 'agenda-pack.pdf', bytes: files.pack });
    await importFile(store, { fileName: 'exempt-report.pdf', bytes: files.exemptReport, meetingId });
    await importFile(store, { fileName: 'land-disposal.pdf', bytes: files.notForPublication, meetingId });
    const docId = (title: string) => store.db.prepare('SELECT id FROM documents WHERE meeting_id = ? AND title LIKE ?').pluck().get(meetingId, title) as number;
    ids = { pack: docId('Agenda pack'), exemptReport: docId('%xempt%report%'), notForPublication: docId('%and%disposal%') };
    expect(Object.values(ids).every((id) => typeof id === 'number')).toBe(true);
    assignPaper(store.db, ids.exemptReport, meetingId, exemptItemId);
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  const version = (documentId: number) =>
    store.db.prepare('SELECT id FROM document_versions WHERE document_id = ? AND is_current = 1').pluck().get(documentId) as number;

  async function annotate() {
    const on = (documentId: number) => ({ documentId, versionId: version(documentId), pageNumber: 2 });
    const question = await handlers['annotations.create']({
      ...on(ids.exemptReport),
      kind: 'question',
      body: 'Why is the weekly cost so high?',
      quote: { exact: 'charges 9,999 pounds a week', prefix: '', suffix: '' },
    });
    const highlight = await handlers['annotations.create']({ ...on(ids.exemptReport), kind: 'highlight', quote: { exact: 'Zanzibar provider', prefix: '', suffix: '' } });
    const publicNote = await handlers['annotations.create']({ ...on(ids.pack), pageNumber: 4, kind: 'note', body: 'Ask about turnout', quote: { exact: 'Young people took part', prefix: '', suffix: '' } });
    return { question, highlight, publicNote };
  }

  test('are known as confidential on the meeting page, in the reader and in search results', async () => {
    const papers = papersForMeeting(store.db, meetingId);
    const flag = (id: number) => papers.documents.find((d) => d.id === id)?.confidential;
    expect([flag(ids.pack), flag(ids.exemptReport), flag(ids.notForPublication)]).toEqual([false, true, true]);
    expect((await handlers['papers.document']({ documentId: ids.notForPublication })).confidential).toBe(true);
    expect((await handlers['papers.document']({ documentId: ids.pack })).confidential).toBe(false);
    expect((await handlers['papers.confidential']({ meetingId })).map((p) => [p.id, p.reason])).toEqual([
      [ids.exemptReport, 'exempt-item'],
      [ids.notForPublication, 'not-for-publication'],
    ]);

    const hits = (query: string) => search(store.db, { query, scope: 'all', limit: 20 }).groups.flatMap((g) => g.hits);
    expect(hits('Zanzibar').map((h) => h.confidential)).toEqual([true]);
    expect(hits('summit').filter((h) => h.kind === 'page').every((h) => !h.confidential)).toBe(true);
    const minutesHits = hits('placement').filter((h) => h.kind === 'minutes');
    expect(minutesHits.find((h) => h.kind === 'minutes' && h.itemId === exemptItemId)?.confidential).toBe(true);

    // The member can mark a paper confidential, and unmark it; an exempt item's paper stays confidential.
    await handlers['papers.setConfidential']({ documentId: ids.pack, confidential: true });
    expect((await handlers['papers.document']({ documentId: ids.pack })).confidential).toBe(true);
    await handlers['papers.setConfidential']({ documentId: ids.pack, confidential: false });
    await handlers['papers.setConfidential']({ documentId: ids.exemptReport, confidential: false });
    expect((await handlers['papers.document']({ documentId: ids.exemptReport })).confidential).toBe(true);
  });

  test('are left out of every export unless the member asks for them', async () => {
    const { question } = await annotate();
    const brief = await handlers['annotations.brief']({ meetingId });
    const entries = brief.sections.flatMap((s) => s.entries);
    expect(entries.find((e) => e.id === question.id)?.confidential).toBe(true);
    expect(entries.filter((e) => !e.confidential).map((e) => e.body)).toEqual(['Ask about turnout']);

    const publicDocx = await docxText((await handlers['annotations.briefDocx']({ meetingId })).bytes);
    expect(publicDocx).toContain('Ask about turnout');
    expect(publicDocx).not.toContain('weekly cost');
    expect(publicDocx).not.toContain('9,999');
    expect(publicDocx).toContain('1 question or note on confidential (exempt) papers is left out');
    const fullDocx = await docxText((await handlers['annotations.briefDocx']({ meetingId, includeConfidential: true })).bytes);
    expect(fullDocx).toContain('Why is the weekly cost so high?');
    expect(fullDocx).toContain('CONFIDENTIAL: exempt information');

    const publicLd = exportText(await handlers['annotations.exportJsonLd']({}));
    expect(publicLd).toContain('Ask about turnout');
    expect(publicLd).not.toContain('Zanzibar');
    expect(publicLd).not.toContain('weekly cost');
    const fullLd = JSON.parse(exportText(await handlers['annotations.exportJsonLd']({ includeConfidential: true }))) as { total: number };
    expect(fullLd.total).toBe(3);

    // The actions the minutes give item 117 (now exempt): out of CSV and ICS unless asked for; others stay.
    const exemptAction = 'Information on independent visitors would be sent to members';
    const csv = exportText(await handlers['actions.export']({ format: 'csv' }));
    expect(csv).not.toContain(exemptAction);
    expect(csv).toContain('Communication tools to be examined');
    expect(exportText(await handlers['actions.export']({ format: 'csv', includeConfidential: true }))).toContain(exemptAction);
    const docx = await docxText((await handlers['actions.export']({ format: 'docx' })).bytes);
    expect(docx).toContain('Communication tools to be examined');
    expect(docx).not.toContain('independent visitors');
  });

  test('are purged in one action: text, search entries and files go; the member’s notes stay', async () => {
    const { question, highlight, publicNote } = await annotate();
    const purgedFiles = [files.exemptReport, files.notForPublication].map((bytes) => blobPath(store, sha256(bytes)));
    expect(purgedFiles.every((f) => fs.existsSync(f))).toBe(true);
    const packFile = blobPath(store, sha256(files.pack));
    // A picture of the first page was made at import, for each paper (it shows the page's content too).
    expect(await handlers['papers.firstPagePicture']({ documentId: ids.exemptReport })).toMatchObject({ png: expect.any(Uint8Array) });

    const outcome = await handlers['papers.purgeConfidential']({ meetingId });
    expect(outcome.papers.map((p) => p.id).sort()).toEqual([ids.exemptReport, ids.notForPublication].sort());
    expect(outcome).toMatchObject({ filesDeleted: 2, notesKept: 1 });

    expect(purgedFiles.some((f) => fs.existsSync(f))).toBe(false);
    expect(fs.existsSync(packFile)).toBe(true);
    const pagesLeft = store.db
      .prepare('SELECT COUNT(*) FROM pages p JOIN document_versions v ON v.id = p.version_id WHERE v.document_id IN (?, ?)')
      .pluck()
      .get(ids.exemptReport, ids.notForPublication);
    expect(pagesLeft).toBe(0);
    expect(search(store.db, { query: 'Zanzibar', scope: 'all', limit: 10 }).total).toBe(0);
    expect(search(store.db, { query: 'Quixotic', scope: 'all', limit: 10 }).total).toBe(0);
    expect(search(store.db, { query: 'summit', scope: 'papers', limit: 10 }).total).toBeGreaterThan(0);
    // Nothing of the purged text is left in the database file's pages (secure_delete, FTS optimised).
    const raw = store.db.prepare("SELECT COUNT(*) FROM pages_fts WHERE pages_fts MATCH 'zanzibar OR quixotic'").pluck().get();
    expect(raw).toBe(0);

    // The papers stay listed, purged and confidential; their file is refused with a clear message.
    const listed = papersForMeeting(store.db, meetingId).documents.find((d) => d.id === ids.exemptReport);
    expect(listed).toMatchObject({ confidential: true, purgedAt: expect.any(String) });
    expect(() => handlers['papers.file']({ versionId: version(ids.exemptReport) })).toThrow(/purged after its meeting/);
    // Their first-page pictures go with the text; the public pack keeps its own.
    expect(await handlers['papers.firstPagePicture']({ documentId: ids.exemptReport })).toBeNull();
    expect(store.db.prepare('SELECT COUNT(*) FROM version_pictures p JOIN document_versions v ON v.id = p.version_id WHERE v.document_id IN (?, ?)').pluck().get(ids.exemptReport, ids.notForPublication)).toBe(0);
    expect(await handlers['papers.firstPagePicture']({ documentId: ids.pack })).not.toBeNull();

    // The question keeps the member's words, loses the quoted passage, and says it is on a purged paper.
    const brief = await handlers['annotations.brief']({ meetingId });
    const kept = brief.sections.flatMap((s) => s.entries).find((e) => e.id === question.id);
    expect(kept).toMatchObject({ body: 'Why is the weekly cost so high?', onPurgedPaper: true, confidential: true });
    expect(kept?.quote ?? '').not.toContain('9,999');
    const rows = store.db.prepare('SELECT id, deleted_at, quote_exact, quote_prefix FROM annotations').all() as Array<{ id: number; deleted_at: string | null; quote_exact: string | null }>;
    expect(rows.find((r) => r.id === highlight.id)?.deleted_at).not.toBeNull();
    expect(rows.find((r) => r.id === question.id)?.quote_exact).toBe('');
    expect(rows.find((r) => r.id === publicNote.id)?.quote_exact).toBe('Young people took part');

    // Purging again does nothing; importing the paper again makes it a new, readable document.
    expect((await handlers['papers.purgeConfidential']({ meetingId })).papers).toEqual([]);
    const again = await importFile(store, { fileName: 'exempt-report.pdf', bytes: files.exemptReport, meetingId });
    expect(again.status).toBe('imported');
    expect(search(store.db, { query: 'Zanzibar', scope: 'all', limit: 10 }).total).toBe(1);
  });

  test('a purge reaches every backup: decrypted, no page of a backup holds the text, their files go, and a restore cannot bring the paper back', async () => {
    await annotate();
    await handlers['backup.now']({});
    await handlers['backup.now']({});
    const backups = listBackupFiles(temp.dir).map((b) => b.file);
    expect(backups.length).toBeGreaterThanOrEqual(1);
    // Before: the backups hold the text (decrypting their pages finds it) and the files.
    expect(backups.every((file) => fileContains(file, key, 'Zanzibar'))).toBe(true);
    const backupFile = blobPath(backupBlobStore(store), sha256(files.exemptReport));
    expect(fs.existsSync(backupFile)).toBe(true);

    const outcome = await handlers['papers.purgeConfidential']({ meetingId });
    expect(outcome).toMatchObject({ backupsPurged: backups.length, backupFilesDeleted: 2 });
    for (const file of backups) {
      expect([file, fileContains(file, key, 'Zanzibar'), fileContains(file, key, 'Quixotic')]).toEqual([file, false, false]);
      expect(fileContains(file, key, 'Young people took part')).toBe(true);
    }
    expect(fs.existsSync(backupFile)).toBe(false);

    const id = listBackupFiles(temp.dir)[0]?.id as string;
    await handlers['backup.restore']({ id });
    expect(search(store.db, { query: 'Zanzibar', scope: 'all', limit: 10 }).total).toBe(0);
    expect(search(store.db, { query: 'summit', scope: 'papers', limit: 10 }).total).toBeGreaterThan(0);
  });

  test('a meeting that is not in the library cannot be purged', async () => {
    expect(() => handlers['papers.purgeConfidential']({ meetingId: 9999 })).toThrow('That meeting is not in the library.');
  });
});
