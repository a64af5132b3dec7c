/**
 * Papers Scrutineer could not match to a meeting ("Papers to file"), scans without a text layer,
 * and revised packs (versions) in the reader.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeBlankPdf } from '../helpers/make-pdf';
import { makePack } from '../helpers/make-pack';
import { expectAxeClean, openApp, startHarness, type Harness } from './harness';

const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
const report = (phrase: string) => [
  { number: '117', title: 'Placement costs and IMPOWER update', pages: [['Placement costs and IMPOWER update'], [`The service continues ${phrase}.`]] },
];

describe('papers to file, scans and versions', () => {
  let h: Harness;
  let dir: string;
  const file = async (name: string, bytes: Promise<Uint8Array>) => {
    const at = path.join(dir, name);
    fs.writeFileSync(at, await bytes);
    return at;
  };
  const importFiles = async (files: string[]) => {
    await h.page.locator('input[type=file]').setInputFiles(files);
    await h.page.locator('.import-panel__summary').waitFor();
  };

  beforeAll(async () => {
    h = await startHarness();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-papers-'));
    await h.seed('leicester-cype-2025-01-14-agenda-and-minutes.txt');
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('an unmatched pack and a scan wait under "Papers to file"; filing one moves it to its meeting', async () => {
    const health = await file('health-pack.pdf', makePack({ committee: 'Health Scrutiny Panel', dateLine: 'Monday, 3 March 2025', reports: report('hospital discharge') }));
    const scan = await file('scan.pdf', makeBlankPdf(3));
    await importFiles([health, scan]);
    const section = h.page.locator('section[aria-labelledby=papers-to-file]');
    await section.waitFor();
    expect(await section.locator('h2').innerText()).toBe('Papers to file (2)');
    await expectAxeClean(h.page, 'the library with papers to file');

    const paper = section.locator('li.paper').filter({ hasText: 'health-pack.pdf' });
    const meeting = paper.getByRole('combobox', { name: 'Meeting' });
    expect(await meeting.isDisabled()).toBe(true);
    await paper.getByRole('combobox', { name: 'Committee' }).selectOption({ label: COMMITTEE });
    await h.page.waitForFunction(() => [...document.querySelectorAll('select')].some((s) => [...s.options].some((o) => o.text === 'Tuesday, 14 January 2025')));
    await meeting.selectOption({ label: 'Tuesday, 14 January 2025' });
    await paper.getByRole('button', { name: 'File under this meeting' }).click();
    await h.page.waitForFunction(() => document.querySelector('#papers-to-file')?.textContent === 'Papers to file (1)');

    const meetingId = h.store.db.prepare('SELECT id FROM meetings').pluck().get() as number;
    await h.page.evaluate((id) => {
      location.hash = `#/meeting/${id}`;
    }, meetingId);
    const papers = h.page.locator('section[aria-labelledby=papers]');
    await papers.waitFor();
    expect(await papers.innerText()).toContain('Agenda pack');
  });

  test('a scan opens with the "not searchable" notice and Find says there is no text', async () => {
    await h.page.goto(`${h.server.origin}/#/`);
    const paper = h.page.locator('section[aria-labelledby=papers-to-file] li.paper').filter({ hasText: 'scan.pdf' });
    await paper.getByRole('link', { name: /^Open/ }).click();
    await h.page.locator('.reader__pages canvas').first().waitFor();
    expect(await h.page.getByRole('note').innerText()).toContain('No text layer: not searchable.');
    expect(await h.page.locator('.textLayer').count()).toBe(0);
    await h.page.keyboard.press('Control+f');
    await h.page.getByText('This document is a scan: it has no text to find.').waitFor();
    await expectAxeClean(h.page, 'the reader on a scan');
  });

  test('a revised pack is a second version; the old one stays readable', async () => {
    const v1 = await file('pack.pdf', makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: report('foster carer recruitment') }));
    const v2 = await file('pack-revised.pdf', makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: report('kinship care support') }));
    await importFiles([v1]);
    await importFiles([v2]);
    const row = h.page.locator('.import-result').filter({ hasText: 'pack-revised.pdf' });
    expect(await row.innerText()).toMatch(/^Updated/);
    const docId = h.store.db.prepare("SELECT document_id FROM document_versions WHERE file_name = 'pack-revised.pdf'").pluck().get() as number;
    await h.page.evaluate((id) => {
      location.hash = `#/document/${id}`;
    }, docId);
    const version = h.page.getByRole('combobox', { name: 'Version' });
    await version.waitFor();
    // The meeting's pack was the Health pack filed under it above: these two arrive as its versions 2 and 3.
    const options = await version.locator('option').allInnerTexts();
    expect(options).toEqual(['Version 3 (latest) · 4 pages', 'Version 2 · 4 pages', 'Version 1 · 4 pages']);
    await version.selectOption({ label: 'Version 2 · 4 pages' });
    await h.page.waitForFunction(() => /[?&]v=\d+/.test(location.hash));
    await h.page.getByText('Older version 2').waitFor();
    await h.page.locator('.reader__pages canvas').first().waitFor();
    await h.page.keyboard.press('Control+f');
    await h.page.getByRole('searchbox', { name: 'Find in document' }).fill('foster carer');
    await h.page.getByText(/1 of 1 matches, on page 4/).waitFor();
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
