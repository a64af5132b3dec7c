/**
 * Confidential (exempt) papers in the browser, on the harness's encrypted store: the badge on the
 * meeting page, in the reader and in search results; the brief's opt-in for confidential entries;
 * and purging a meeting's confidential papers after an explicit confirmation.
 */
import fs from 'node:fs';
import { importFile } from '../../main/library/import-file';
import { assignPaper } from '../../main/papers/store';
import { blobPath, sha256 } from '../../main/store/blobs';
import { makePdf } from '../helpers/make-pdf';
import { expectAxeClean, openApp, startHarness, type Harness } from './harness';

const BADGE = 'Confidential — exempt information';

describe('confidential (exempt) papers', () => {
  let h: Harness;
  const go = (route: string) => h.page.evaluate((r) => (location.hash = `#${r}`), route);
  let meetingId: number;
  let reportId: number;
  let reportBytes: Uint8Array;

  beforeAll(async () => {
    h = await startHarness();
    await h.seed('leicester-cype-2025-01-14-agenda-and-minutes.txt');
    meetingId = h.store.db.prepare('SELECT id FROM meetings').pluck().get() as number;
    // The parser marks Part B items exempt; the Leicester minutes have none, so item 117 is made one.
    const itemId = h.store.db.prepare("SELECT id FROM items WHERE number = '117'").pluck().get() as number;
    h.store.db.prepare('UPDATE items SET exempt = 1 WHERE id = ?').run(itemId);
    reportBytes = await makePdf([['Placement costs: commercial terms'], ['The Zanzibar provider charges 9,999 pounds a week.']]);
    await importFile(h.store, { fileName: 'exempt-report.pdf', bytes: reportBytes, meetingId });
    reportId = h.store.db.prepare("SELECT id FROM documents WHERE title LIKE '%xempt%'").pluck().get() as number;
    assignPaper(h.store.db, reportId, meetingId, itemId);
    const versionId = h.store.db.prepare('SELECT id FROM document_versions WHERE document_id = ?').pluck().get(reportId) as number;
    await h.handlers['annotations.create']({ documentId: reportId, versionId, pageNumber: 2, kind: 'question', body: 'Why so costly?', quote: { exact: 'charges 9,999 pounds', prefix: '', suffix: '' } });
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('is badged in words on the meeting page, in the reader and in search', async () => {
    await go(`/meeting/${meetingId}`);
    const paper = h.page.locator('li.paper').filter({ hasText: 'xempt' });
    await paper.waitFor();
    expect(await paper.innerText()).toContain(BADGE);
    const item = (n: string) => h.page.locator('article.item').filter({ has: h.page.locator('.item__number', { hasText: new RegExp(`^${n}$`) }) });
    expect(await item('117').locator('.item__badges').innerText()).toContain(BADGE);
    expect(await item('116').innerText()).not.toContain(BADGE);
    await expectAxeClean(h.page, 'a meeting with a confidential paper');

    await paper.getByRole('link', { name: /Open/ }).click();
    await h.page.locator('.reader__title-row').getByText(BADGE).waitFor();

    await go(`/search?q=Zanzibar`);
    const hit = h.page.locator('.hit-card').first();
    await hit.waitFor();
    expect(await hit.innerText()).toContain(BADGE);
  });

  test('the brief leaves confidential entries out of the printout until the member ticks the opt-in', async () => {
    await go(`/meeting/${meetingId}/questions`);
    const optIn = h.page.getByRole('checkbox', { name: 'Include confidential (exempt) information' });
    await optIn.waitFor();
    expect(await optIn.isChecked()).toBe(false);
    expect(await h.page.locator('.question--confidential').innerText()).toContain(BADGE);
    await h.page.emulateMedia({ media: 'print' });
    expect(await h.page.locator('.question--confidential').isVisible()).toBe(false);
    await optIn.check();
    expect(await h.page.locator('.question--confidential').isVisible()).toBe(true);
    expect(await h.page.getByRole('note').innerText()).toMatch(/will contain exempt information/);
    await h.page.emulateMedia({ media: 'screen' });
    await expectAxeClean(h.page, 'the brief with its confidential opt-in');
  });

  test('purging asks first, lists the papers, then removes their text and files and keeps the notes', async () => {
    await go(`/meeting/${meetingId}`);
    await h.page.getByRole('button', { name: 'Purge confidential papers…' }).click();
    const confirm = h.page.getByRole('group', { name: /Purge 1 confidential paper\?/ });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('xempt');
    await expectAxeClean(h.page, 'the purge confirmation');
    // Cancel changes nothing.
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(fs.existsSync(blobPath(h.store, sha256(reportBytes)))).toBe(true);

    await h.page.getByRole('button', { name: 'Purge confidential papers…' }).click();
    await h.page.getByRole('button', { name: 'Purge 1 paper' }).click();
    await h.page.getByText(/Purged 1 confidential paper: their text and files are gone\. Your 1 note on them is kept/).waitFor();
    await h.page.locator('li.paper').filter({ hasText: 'Purged after the meeting' }).waitFor();
    expect(await h.page.locator('li.paper').filter({ hasText: 'xempt' }).getByRole('link', { name: /Open/ }).count()).toBe(0);
    expect(fs.existsSync(blobPath(h.store, sha256(reportBytes)))).toBe(false);
    expect(h.store.db.prepare("SELECT COUNT(*) FROM pages_fts WHERE pages_fts MATCH 'zanzibar'").pluck().get()).toBe(0);
    expect(h.store.db.prepare("SELECT body FROM annotations WHERE deleted_at IS NULL").pluck().all()).toEqual(['Why so costly?']);
    expect(h.pageErrors).toEqual([]);
  });
});
