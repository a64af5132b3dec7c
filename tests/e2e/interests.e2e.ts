/**
 * Declarations of interest, end to end: a new member registers Millgate School, imports the Leicester
 * minutes and a generated pack that names the school on page 6, sees the warning on item 117 with
 * the passage, records a declaration and prints its slip, dismisses another warning by keyboard,
 * finds everyone's declarations by member, and downloads the register (Word) and the CSV.
 */
import { docxText } from '../helpers/docx-text';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { makePack } from '../helpers/make-pack';
import { expectAxeClean, mainText, openApp, startHarness, type Harness } from './harness';
import { sharedFixture } from '../../scripts/fixtures';

const MINUTES = sharedFixture('minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';

/** Front page, agenda, then item 115 on pages 3–4 and item 117 on 5–7: "Millgate School" on page 6, "Mill Gate Road" on 7. */
const reports = () => [
  { number: '115', title: 'Update on Youth Summit', pages: [['Update on Youth Summit', 'Report of the Participation Manager'], ['Young people took part in the summit.']] },
  {
    number: '117',
    title: 'Placement costs and IMPOWER update',
    pages: [
      ['Placement costs and IMPOWER update', 'Report of the Director of Children’s Services'],
      ['Places at Millgate School will be commissioned for pupils with complex needs.', 'Residential placements cost more.'],
      ['A new children’s home at 4 Mill Gate Road is proposed.'],
    ],
  },
];

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('declarations of interest', () => {
  let h: Harness;
  let tempDir: string;
  let packPath: string;

  beforeAll(async () => {
    h = await startHarness();
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-interests-e2e-'));
    packPath = path.join(tempDir, 'cype-2025-01-14-agenda-pack.pdf');
    fs.writeFileSync(packPath, await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: reports() }));
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });
  afterEach(() => {
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });

  const warningFor = (title: RegExp): Locator => h.page.locator('article.interest-warning').filter({ has: h.page.getByRole('heading', { level: 3, name: title }) });

  test('a new member saves their name and adds Millgate School to their register, with validation and the 28-day flag', async () => {
    await h.page.getByRole('link', { name: 'My interests' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'My interests' }).waitFor();
    // The register loads after the page's heading shows ("Loading your register…"); a loaded machine takes longer.
    await h.page.getByText('Your register is empty.').waitFor();
    expect(await mainText(h.page)).toContain('Your register is empty.');

    await h.page.getByLabel('My name').fill('Dr Sarah Moore');
    await h.page.getByRole('button', { name: 'Save my details' }).click();
    await h.page.getByText('Your details are saved.').waitFor();

    await h.page.getByRole('button', { name: 'Add an interest' }).click();
    // The form takes focus; submitting it empty lists the problems and marks the fields.
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe(await h.page.getByLabel('Category').getAttribute('id'));
    await h.page.getByRole('button', { name: 'Add to my register' }).click();
    const summary = h.page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    // The summary takes focus, so a screen reader announces it and Tab leads to the fields.
    await h.page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    expect(await summary.innerText()).toMatch(/Describe the interest/);
    expect(await summary.innerText()).toMatch(/Give at least one name/);
    expect(await h.page.getByLabel('Description').getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(h.page, 'the register form with problems');

    await h.page.getByLabel('Category').selectOption({ label: 'Other registrable interest' });
    await h.page.getByLabel('Type').selectOption({ label: 'A body the council appointed or nominated you to' });
    await h.page.getByLabel('Me', { exact: true }).check();
    await h.page.getByLabel('Description').fill('School governor, Millgate School');
    await h.page.getByLabel('Names in papers').fill('Millgate School\nMillgate');
    await h.page.getByLabel('Started').fill('2024-09-01');
    await h.page.getByLabel('Monitoring officer told').fill('2024-10-15');
    await h.page.getByRole('button', { name: 'Add to my register' }).click();

    const card = h.page.locator('.interest-card').filter({ hasText: 'School governor, Millgate School' });
    await card.waitFor();
    const text = squash(await card.innerText());
    expect(text).toContain('A body the council appointed or nominated you to');
    expect(text).toContain('Millgate School; Millgate');
    expect(text).toContain('From 1 September 2024');
    // Told 44 days after it began: 16 days past the statutory 28.
    expect(text).toContain('Notified 16 days late');
    expect(await mainText(h.page)).toContain('1 interest not notified within 28 days');
    // Focus returns to "Add an interest".
    await h.page.waitForFunction(() => document.activeElement?.textContent === 'Add an interest');

    // Correcting the date clears the flag.
    await card.getByRole('button', { name: /^Change/ }).click();
    await h.page.getByLabel('Monitoring officer told').fill('2024-09-29');
    await h.page.getByRole('button', { name: 'Save changes' }).click();
    await h.page.locator('.interest-card').filter({ hasText: 'Notified within 28 days' }).waitFor();
    await expectAxeClean(h.page, 'the interests page with one interest');
  });

  test('the minutes and a pack naming the school import; the meeting warns on item 117 with the passage and page link', async () => {
    await h.page.locator('input[type=file]').setInputFiles([MINUTES, packPath]);
    await h.page.locator('.import-panel__summary').waitFor();
    const rows = await h.page.locator('.import-result').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/Agenda pack: 7 pages/);

    const meetingId = h.store.db.prepare('SELECT id FROM meetings').pluck().get() as number;
    await h.page.evaluate((id) => {
      location.hash = `#/meeting/${id}`;
    }, meetingId);
    await h.page.getByRole('heading', { level: 1, name: /Tuesday, 14 January 2025/ }).waitFor();
    const panel = h.page.locator('section[aria-labelledby=possible-interests]');
    await panel.getByRole('heading', { level: 2, name: 'Possible interests' }).waitFor();
    await warningFor(/Item 117: Placement costs and IMPOWER update/).waitFor();

    const warning = warningFor(/Item 117: Placement costs and IMPOWER update/);
    const text = squash(await warning.innerText());
    expect(text).toContain('Your interest: School governor, Millgate School');
    expect(text).toContain('Places at Millgate School will be commissioned');
    expect(text).toContain('Other registrable interest: declare it; if the matter directly relates to the body’s financial interest or well-being');
    expect(await warning.locator('mark').allInnerTexts()).toEqual(['Millgate School']);
    const pageLink = warning.getByRole('link', { name: 'Agenda pack, page 6' });
    expect(await pageLink.getAttribute('href')).toMatch(/^#\/document\/\d+\?page=6(&|$)/);
    // The minutes mention the school under items 110 and 111 too; "Mill Gate Road" on page 7 is no hit.
    expect(await panel.locator('article.interest-warning h3').allInnerTexts()).toEqual([
      'Item 110: Declarations of Interest',
      'Item 111: Minutes of the Previous Meeting',
      'Item 117: Placement costs and IMPOWER update',
    ]);
    expect(await panel.innerText()).not.toContain('Mill Gate Road');
    await expectAxeClean(h.page, 'the meeting page with possible interests');
  });

  test('"Record a declaration" opens a pre-filled form; the declaration is saved and its slip prints', async () => {
    const warning = warningFor(/Item 117/);
    await warning.getByRole('button', { name: /^Record a declaration/ }).click();
    const form = warning.locator('form.declaration-form');
    await form.waitFor();
    expect(await form.getByLabel('Item').locator('option:checked').innerText()).toBe('117. Placement costs and IMPOWER update');
    expect(await form.getByLabel('Interest on my register').locator('option:checked').innerText()).toBe('School governor, Millgate School');
    expect(await form.getByLabel('Kind of interest').locator('option:checked').innerText()).toBe('Other registrable interest');
    expect(await form.getByLabel('Nature of the interest').inputValue()).toBe('School governor, Millgate School');
    expect(await form.getByLabel('I will leave the room').isChecked()).toBe(true);
    await expectAxeClean(h.page, 'the declaration form');

    await form.getByLabel('Nature of the interest').fill('I am a governor of Millgate School, appointed by the council');
    await form.getByRole('button', { name: 'Save declaration' }).click();
    const notice = h.page.locator('section[aria-labelledby=possible-interests] .notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Declaration recorded.');
    await warningFor(/Item 117/).getByText('Declaration recorded').first().waitFor();
    const row = h.store.db.prepare('SELECT nature, withdrew, category FROM my_declarations').get();
    expect(row).toEqual({ nature: 'I am a governor of Millgate School, appointed by the council', withdrew: 1, category: 'other-registrable' });

    await notice.getByRole('link', { name: 'Print the declaration slip' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'Declaration of interest' }).waitFor();
    const slip = squash(await h.page.locator('article.slip').innerText());
    expect(slip).toContain('Name of member Dr Sarah Moore');
    expect(slip).toContain(`Meeting ${COMMITTEE}`);
    expect(slip).toContain('Date of meeting Tuesday, 14 January 2025');
    expect(slip).toContain('Item number and title 117. Placement costs and IMPOWER update');
    expect(slip).toContain('Nature of interest I am a governor of Millgate School, appointed by the council');
    expect(slip).toContain('I will leave the room');
    expect(slip).toContain('I do not hold a dispensation');
    expect(slip).toMatch(/Signed .*Date/);
    await expectAxeClean(h.page, 'the declaration slip');
    // Printed, the slip stands alone: no header, no buttons.
    await h.page.emulateMedia({ media: 'print' });
    expect(await h.page.locator('.app-header').isVisible()).toBe(false);
    expect(await h.page.getByRole('button', { name: 'Print the slip' }).isVisible()).toBe(false);
    expect(await h.page.locator('article.slip').isVisible()).toBe(true);
    await h.page.emulateMedia({ media: 'screen' });
    await h.page.goBack();
    await h.page.getByRole('heading', { level: 2, name: 'Possible interests' }).waitFor();
  });

  test('dismissing a warning by keyboard needs a reason; it is listed as dismissed with it', async () => {
    const warning = warningFor(/Item 110: Declarations of Interest/);
    await warning.waitFor();
    await warning.getByRole('button', { name: /^Dismiss…/ }).focus();
    await h.page.keyboard.press('Enter');
    const reason = warning.getByLabel('Why does this need no declaration?');
    await reason.waitFor();
    expect(await h.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    // Submitting without a reason is refused.
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.press('Enter');
    await warning.getByText('Give a reason').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await reason.focus();
    await h.page.keyboard.type('The item only records declarations; nothing is decided about the school.');
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.press('Enter');
    await h.page.getByText('Dismissed warnings (1)').waitFor();
    expect(await h.page.locator('article.interest-warning h3').allInnerTexts()).toEqual(['Item 111: Minutes of the Previous Meeting', 'Item 117: Placement costs and IMPOWER update']);
    expect(h.store.db.prepare('SELECT reason FROM interest_dismissals').pluck().get()).toBe('The item only records declarations; nothing is decided about the school.');
    await h.page.getByText('Dismissed warnings (1)').click();
    expect(await h.page.locator('.interest-warnings__dismissed').innerText()).toContain('Reason: The item only records declarations');
    await expectAxeClean(h.page, 'the meeting page with a dismissed warning');
  });

  test('everyone’s declarations by member and subject, searchable; mine match my register', async () => {
    await h.page.getByRole('link', { name: 'My interests' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'My interests' }).waitFor();
    const everyone = h.page.locator('section[aria-labelledby=everyone]');
    await everyone.locator('.everyone-list').waitFor();
    const lines = (await everyone.locator('.everyone-list__line').allInnerTexts()).map(squash);
    expect(lines).toEqual(['Dr Moore — Millgate School — 1 meeting', 'March — Council Tax support cuts — 1 meeting']);
    expect(squash(await everyone.innerText())).toContain('“being on the board for Millgate School” (not checked)');
    expect(squash(await everyone.innerText())).toContain('2 declarations in the minutes; 2 not checked.');
    await everyone.screenshot({ path: path.join(os.tmpdir(), 'scrutineer-interests-everyone.png') });

    await everyone.getByLabel('Search by member or subject').fill('millgate');
    await everyone.getByText('1 declaration in the minutes matching “millgate”; 1 not checked.').waitFor();
    expect((await everyone.locator('.everyone-list__line').allInnerTexts()).map(squash)).toEqual(['Dr Moore — Millgate School — 1 meeting']);
    await everyone.getByRole('radio', { name: 'Subject' }).check();
    expect((await everyone.locator('.everyone-list__line').allInnerTexts()).map(squash)).toEqual(['Millgate School — Dr Moore (1 meeting)']);

    // "Dr Sarah Moore" is the Dr Moore of the minutes, and the school is on her register.
    const mine = squash(await everyone.innerText());
    expect(mine).toContain('1 declaration in the minutes under your name; 1 declaration recorded by you.');
    expect(mine).toContain('Everything you declared names something on your register.');

    // My declarations list the one recorded at the meeting, with its slip.
    const myDeclarations = h.page.locator('section[aria-labelledby=my-declarations]');
    expect(squash(await myDeclarations.innerText())).toContain('117. Placement costs and IMPOWER update');
    expect(await myDeclarations.getByRole('link', { name: /^Print slip/ }).count()).toBe(1);
    // The row part both declaration tables share: a cell under each column heading, the buttons last.
    const shape = await myDeclarations.locator('table').evaluate((t) => ({
      headings: [...t.querySelectorAll('thead th')].map((th) => th.textContent),
      cells: [...t.querySelectorAll('tbody tr')].map((r) => r.children.length),
      buttons: t.querySelectorAll('tbody tr > td.declarations__buttons:last-child button').length,
    }));
    expect(shape).toEqual({ headings: ['Meeting', 'Item', 'Interest', 'Left the room', 'Actions'], cells: [5], buttons: 1 });
    await expectAxeClean(h.page, 'the interests page with declarations');
  });

  test('the register downloads as a Word document and the declarations as CSV', async () => {
    const [docx] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: 'Download my register (Word)' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/^register-of-interests-\d{4}-\d{2}-\d{2}\.docx$/);
    const docxPath = path.join(tempDir, 'register.docx');
    await docx.saveAs(docxPath);
    expect(fs.readFileSync(docxPath).subarray(0, 2).toString()).toBe('PK');
    const text = await docxText(fs.readFileSync(docxPath));
    expect(text).toContain('School governor, Millgate School');
    expect(text).toContain('Dr Sarah Moore');
    await h.page.getByText('Your register was saved as a Word document.').waitFor();

    const [csv] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: 'Download declarations (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^declarations-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvPath = path.join(tempDir, 'declarations.csv');
    await csv.saveAs(csvPath);
    const lines = fs.readFileSync(csvPath, 'utf8').split('\r\n');
    expect(lines[0]).toBe('Source,Date,Committee,Item,Member,Interest,Nature,Left the room,Dispensation,Dispensation details,Checked');
    expect(lines).toContain(
      `My record,2025-01-14,"${COMMITTEE.replace(/"/g, '""')}",117 Placement costs and IMPOWER update,Dr Sarah Moore,"I am a governor of Millgate School, appointed by the council",Other registrable interest,Yes,No,,"Yes, your own record"`,
    );
    expect(lines.some((l) => l.startsWith('Minutes,2025-01-14,') && l.includes('Dr Moore,being on the board for Millgate School'))).toBe(true);
    await expectAxeClean(h.page, 'the interests page after exports');
  });
});
