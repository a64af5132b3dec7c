/**
 * Backups end to end: the member backs up, imports more, restores the backup after confirming (the
 * library shows the state at backup time again, and a safety backup of the later state is listed),
 * exports everything as a zip; and a damaged library opens on a recovery screen that offers the
 * newest backup and restores it.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { createHandlers } from '../../main/api/handlers';
import { handlersOrRecovery } from '../../main/api/recovery';
import { createBackup } from '../../main/backup/backups';
import { importFile } from '../../main/library/import-file';
import { startPreviewServer } from '../../main/preview/server';
import { generateStoreKey } from '../../main/store/cipher';
import { DATABASE_FILE, openStore, type Store } from '../../main/store/database';
import { RENDERER_DIR, expectAxeClean, fixture, mainText, openApp, startHarness, type Harness } from './harness';
import { sharedFixture } from '../../scripts/fixtures';

const ROTHERHAM = sharedFixture('minutes-excerpts', 'rotherham-audit-committee-2024-03-12.txt');

describe('backups', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.seed('leicester-cype-2025-01-14-agenda-and-minutes.txt');
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(() => {
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });

  test('back up now, import more, restore the backup after confirming: the library is as it was', async () => {
    await h.page.getByRole('link', { name: 'Backups' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'Backups' }).waitFor();
    // The list loads after the heading: wait for it rather than read the page too early.
    await h.page.getByText('There are no backups yet.').waitFor();
    await expectAxeClean(h.page, 'the empty backups page');

    await h.page.getByRole('button', { name: 'Back up now' }).click();
    await h.page.getByRole('status').filter({ hasText: /^Backed up at / }).waitFor();
    const list = h.page.locator('.backups__list > li');
    await list.first().waitFor();
    expect(await list.count()).toBe(1);
    expect(await list.first().innerText()).toMatch(/Backed up by you[\s\S]*1 committee, 1 meeting, 0 papers[\s\S]*Newest meeting: Children, Young People and Education Scrutiny Commission, Tuesday, 14 January 2025/);

    // Later: another council's minutes arrive.
    const outcome = await h.handlers['import.file']({ name: path.basename(ROTHERHAM), data: new Uint8Array(fs.readFileSync(ROTHERHAM)) });
    expect(outcome.status).toBe('imported');

    await h.page.getByRole('button', { name: /^Restore the backup from / }).click();
    const dialog = h.page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/Restore the backup from .*\?[\s\S]*A backup of the library as it is now is taken first/);
    await expectAxeClean(h.page, 'the restore confirmation');
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await h.page.getByRole('status').filter({ hasText: /^Restored the backup from / }).waitFor();
    await h.page.locator('.backups__list > li').nth(1).waitFor();
    const items = await h.page.locator('.backups__list > li').allInnerTexts();
    expect(items).toHaveLength(2);
    expect(items.find((t) => t.includes('Taken before a restore'))).toMatch(/2 committees, 2 meetings/);

    await h.page.goto(`${h.server.origin}/#/`);
    await h.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await h.page.getByText('Children, Young People and Education Scrutiny Commission').first().waitFor();
    expect(await mainText(h.page)).not.toMatch(/Audit Committee/);
  });

  test('export everything downloads a zip with the tables, the minutes files, the annotations and a README', async () => {
    await h.page.getByRole('link', { name: 'Backups' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'Backups' }).waitFor();
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: 'Export everything' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^scrutineer-everything-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    const meetings = JSON.parse((await zip.file('data/meetings.json')?.async('string')) ?? '[]') as Array<{ date: string }>;
    expect(meetings.map((m) => m.date)).toEqual(['2025-01-14']);
    expect(Object.keys(zip.files).some((f) => f.startsWith('sources/') && f.endsWith('leicester-cype-2025-01-14-agenda-and-minutes.txt'))).toBe(true);
    expect(await zip.file('README.txt')?.async('string')).toMatch(/This file is NOT encrypted/);
    expect(JSON.parse((await zip.file('annotations.jsonld')?.async('string')) ?? '{}')).toMatchObject({ type: 'AnnotationCollection' });
    await h.page.getByRole('status').filter({ hasText: /^Everything was exported/ }).waitFor();
  });
});

describe('a damaged library at start-up', () => {
  test('the app says so, offers the newest backup, and restoring it opens the library', async () => {
    const h = await startHarness();
    const dataDir = path.join(h.dataDir, 'damaged-library');
    const key = generateStoreKey();
    let recoveredStore: Store | null = null;
    let server: Awaited<ReturnType<typeof startPreviewServer>> | null = null;
    try {
      const store = openStore(dataDir, { key });
      await importFile(store, { fileName: 'leicester.txt', bytes: fs.readFileSync(fixture('leicester-cype-2025-01-14-agenda-and-minutes.txt')) });
      await createBackup(store, 'automatic', { now: new Date('2025-03-04T18:05:00Z') });
      store.close();
      const file = path.join(dataDir, DATABASE_FILE);
      const bytes = fs.readFileSync(file);
      bytes.fill(0x5a, 4096 * 2, 4096 * 5);
      fs.writeFileSync(file, bytes);

      const opened = handlersOrRecovery(dataDir, key, () => openStore(dataDir, { key }), (s) => createHandlers(s));
      server = await startPreviewServer({ handlers: opened.handlers, rendererDir: RENDERER_DIR, port: 0 });
      await h.page.goto(server.url);
      await h.page.getByRole('heading', { level: 1, name: 'The library file is damaged' }).waitFor();
      expect(await h.page.locator('main').innerText()).toMatch(/Restore the backup from 4 March 2025 at 6:05 pm\?[\s\S]*1 committee, 1 meeting/);
      await expectAxeClean(h.page, 'the recovery screen');
      // By keyboard: the heading has focus; Tab reaches the offer's button.
      await h.page.keyboard.press('Tab');
      expect(await h.page.evaluate(() => document.activeElement?.textContent)).toBe('Restore this backup');
      await h.page.keyboard.press('Enter');
      await h.page.getByText('Children, Young People and Education Scrutiny Commission').first().waitFor();
      recoveredStore = opened.store();
      expect(recoveredStore?.db.prepare('SELECT COUNT(*) FROM meetings').pluck().get()).toBe(1);
      expect(fs.readdirSync(path.join(dataDir, 'damaged')).some((f) => f.endsWith('.db'))).toBe(true);
      expect(h.pageErrors).toEqual([]);
    } finally {
      await server?.close();
      recoveredStore?.close();
      await h.close();
    }
  });
});
