/**
 * The chair's actions tracker in the browser: entries from imported minutes, status changes with a
 * log, follow-ups proposed by a later meeting and confirmed by the member, keyboard bulk updates,
 * the dashboard's charts and tables, and the Word, CSV and ICS exports.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Download } from 'playwright-core';
import { docxText } from '../helpers/docx-text';
import { REPO_ROOT, expectAxeClean, fixture, mainText, openApp, startHarness, type Harness } from './harness';

const LEICESTER = 'leicester-cype-2025-01-14-agenda-and-minutes.txt';
const LEEDS = 'leeds-scrutiny-macalister-item.txt';
const LATER = path.join(REPO_ROOT, 'tests/fixtures/minutes/later/leicester-cype-2025-03-04-synthetic.txt');
const FAMILY = 'For a 6 monthly report, including cover report, on the Family Therapy pilot.';
const TOOLS = 'Communication tools to be examined';
const COMMITTEE = /Children, Young People,? and Education Scrutiny Commission/i;

async function importThroughUi(h: Harness, files: string[]): Promise<void> {
  await h.page.locator('input[type=file]').setInputFiles(files);
  for (const file of files) {
    await h.page.locator('.import-result').filter({ hasText: path.basename(file) }).waitFor();
  }
}

async function openTracker(h: Harness): Promise<void> {
  await h.page.locator('.app-header').getByRole('link', { name: 'Actions', exact: true }).click();
  await h.page.getByRole('heading', { level: 1, name: 'Actions and recommendations' }).waitFor();
  await h.page.locator('table.actions-table').waitFor();
}

const row = (h: Harness, what: string) => h.page.locator('table.actions-table tbody tr').filter({ hasText: what });

async function savedText(download: Download): Promise<Buffer> {
  const file = await download.path();
  if (!file) throw new Error('the download was not saved');
  return fs.readFileSync(file);
}

describe('the actions tracker', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('entries from imported minutes are listed with their meeting and item', async () => {
    await importThroughUi(h, [fixture(LEICESTER), fixture(LEEDS)]);
    await openTracker(h);
    expect(await h.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const family = row(h, FAMILY);
    expect(await family.count()).toBe(1);
    const text = (await family.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Tuesday, 14 January 2025');
    expect(text).toMatch(/117\. /);
    expect(text).toContain('Open');
    expect(text).toContain('Action');
    // Only one committee has entries, so its name is not repeated in every row.
    expect(await h.page.locator('table.actions-table thead th').allInnerTexts()).not.toContain('Committee');
    // The meeting link goes to the item on the meeting page.
    expect(await family.getByRole('link', { name: 'Tuesday, 14 January 2025' }).getAttribute('href')).toMatch(/^#\/meeting\/\d+\?item=\d+$/);
    // Sortable columns say how they are sorted.
    expect(await h.page.locator('th[aria-sort]').count()).toBe(1);
    expect(await h.page.locator('th[aria-sort]').innerText()).toContain('Due');
    await h.page.getByRole('button', { name: /^Status/ }).click();
    expect(await h.page.locator('th[aria-sort=ascending]').innerText()).toContain('Status');
    await h.page.getByRole('button', { name: /^Status/ }).click();
    expect(await h.page.locator('th[aria-sort=descending]').innerText()).toContain('Status');
    await h.page.getByRole('button', { name: /^Due/ }).click();
    await expectAxeClean(h.page, 'the tracker');
  });

  test('an entry is marked done with a note, and the log shows it', async () => {
    await row(h, TOOLS).getByRole('link', { name: TOOLS }).click();
    await h.page.getByRole('heading', { level: 1 }).filter({ hasText: TOOLS }).waitFor();
    const main = await mainText(h.page);
    expect(main).toContain('The minute');
    expect(main).toContain('From the minutes');
    await h.page.getByLabel('New status').selectOption('done');
    await h.page.getByLabel('Note', { exact: true }).fill('Officers have reviewed the tools; see the March briefing.');
    await h.page.getByRole('button', { name: 'Save update' }).click();
    await h.page.locator('.action-detail__status').filter({ hasText: 'Status changed to Done.' }).waitFor();
    const log = (await h.page.locator('.update-log').innerText()).replace(/\s+/g, ' ');
    expect(log).toContain('Status changed from Open to Done');
    expect(log).toContain('Officers have reviewed the tools; see the March briefing.');
    expect(log).toMatch(/\d{1,2} \w+ \d{4} at \d{1,2}:\d{2} [ap]m/);
    expect(await h.page.locator('.action-detail__badges').innerText()).toContain('Done');
    await expectAxeClean(h.page, 'an action’s detail page');
  });

  test('a later meeting proposes a follow-up, which changes nothing until the member confirms it', async () => {
    await importThroughUi(h, [LATER]);
    await h.page.locator('.app-header__name').click();
    await h.page.getByRole('link', { name: COMMITTEE }).first().click();
    await h.page.locator('.card-list').getByRole('link', { name: /Tuesday, 4 March 2025/ }).click();
    await h.page.getByRole('heading', { level: 1 }).filter({ hasText: '4 March 2025' }).waitFor();
    const proposal = h.page.locator('.proposal').filter({ hasText: FAMILY }).filter({ hasText: '132. Family Therapy Pilot: Six Monthly Report' });
    await proposal.waitFor();
    expect(await proposal.innerText()).toMatch(/same subject/);
    // "Matters arising" matches every open entry: the list starts short and opens on request.
    expect(await h.page.locator('.proposal').count()).toBe(3);
    const more = h.page.locator('.proposals__more');
    expect(await more.innerText()).toMatch(/^Show all \d+ possible follow-ups$/);
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await more.innerText()).toBe('Show only the first 3');
    expect(await h.page.locator('.proposal').count()).toBeGreaterThan(3);
    await expectAxeClean(h.page, 'the later meeting with its follow-ups');

    // Nothing was closed by the import itself.
    const before = await h.handlers['actions.list']({});
    expect(before.find((e) => e.what === FAMILY)?.status).toBe('open');

    await proposal.getByLabel('Note (optional)').fill('Report received in March.');
    await proposal.getByRole('button', { name: 'Confirm: mark done' }).click();
    await h.page.getByRole('status').filter({ hasText: 'is now done' }).waitFor();
    // The list reloads after the status message: wait for every proposal about that entry to go.
    await h.page.locator('.proposal').filter({ hasText: FAMILY }).first().waitFor({ state: 'detached' });
    expect(await h.page.locator('.proposal').filter({ hasText: FAMILY }).count()).toBe(0);

    // The entry is done, with the item as evidence and the note in the log.
    await openTracker(h);
    await row(h, FAMILY).getByRole('link', { name: FAMILY }).click();
    await h.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Family Therapy pilot' }).waitFor();
    expect(await h.page.locator('.action-detail__badges').innerText()).toContain('Done');
    const evidence = await h.page.locator('.evidence').innerText();
    expect(evidence).toContain('132. Family Therapy Pilot: Six Monthly Report');
    expect(evidence).toContain('2025-03-04');
    expect(await h.page.locator('.update-log').innerText()).toContain('Report received in March.');
    // The item link goes to the minute it came from.
    expect(await h.page.getByRole('link', { name: /^117\. / }).getAttribute('href')).toMatch(/^#\/meeting\/\d+\?item=\d+$/);
  });

  test('two entries are updated together, by keyboard alone', async () => {
    await openTracker(h);
    const rows = h.page.locator('table.actions-table tbody tr');
    const first = (await rows.nth(0).locator('th a').innerText()).trim();
    const second = (await rows.nth(1).locator('th a').innerText()).trim();
    expect(await rows.nth(0).innerText()).toContain('Open');

    // Tab from the "select all" box to the first row's box (past the sort buttons).
    await h.page.getByLabel('Select all shown entries').focus();
    for (let i = 0; i < 10; i++) {
      await h.page.keyboard.press('Tab');
      const label = await h.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (label.startsWith('Select: ')) break;
    }
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Select: ${first}`);
    await h.page.keyboard.press('Space');
    await h.page.keyboard.press('Shift+ArrowDown');
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Select: ${second}`);
    expect(await h.page.locator('.bulk-bar__count').innerText()).toBe('2 entries selected');
    // Extending back up shrinks the range; down again restores it.
    await h.page.keyboard.press('Shift+ArrowUp');
    expect(await h.page.locator('.bulk-bar__count').innerText()).toBe('1 entry selected');
    await h.page.keyboard.press('ArrowDown');
    await h.page.keyboard.press('Space');
    expect(await h.page.locator('.bulk-bar__count').innerText()).toBe('2 entries selected');

    // Back to the toolbar with Shift+Tab.
    for (let i = 0; i < 30; i++) {
      await h.page.keyboard.press('Shift+Tab');
      const isStatus = await h.page.evaluate(() => document.activeElement?.closest('.bulk-bar') !== null && document.activeElement?.tagName === 'SELECT');
      if (isStatus) break;
    }
    expect(await h.page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await h.page.keyboard.press('ArrowDown'); // Done → Dropped
    await h.page.keyboard.press('ArrowUp'); // back to Done
    await h.page.keyboard.press('ArrowUp'); // In progress
    expect(await h.page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('in-progress');
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.type('Both raised with the lead officer.');
    await h.page.keyboard.press('Tab');
    expect(await h.page.evaluate(() => document.activeElement?.textContent)).toBe('Apply');
    await h.page.keyboard.press('Enter');
    await h.page.locator('.bulk-bar__status').filter({ hasText: 'Marked 2 entries as In progress.' }).waitFor();
    for (const what of [first, second]) {
      await row(h, what).filter({ hasText: 'In progress' }).waitFor();
    }
    expect(await h.page.locator('.bulk-bar__count').innerText()).toBe('0 entries selected');
    const listed = await h.handlers['actions.list']({ status: 'in-progress' });
    expect(listed.map((e) => e.what).sort()).toEqual([first, second].sort());
    expect(listed.every((e) => e.updates.some((u) => u.note === 'Both raised with the lead officer.'))).toBe(true);
  });

  test('the committee page shows the forthcoming work programme', async () => {
    await h.page.locator('.app-header__name').click();
    await h.page.getByRole('link', { name: COMMITTEE }).first().click();
    const section = h.page.locator('section.programme');
    await section.waitFor();
    const text = (await section.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Forthcoming work programme');
    expect(text).toContain('Tuesday, 4 March 2025');
    expect(text).toContain('For future reports to include more elements from the children’s perspectives.');
  });

  test('the dashboard shows counts, and both charts with their figures as tables', async () => {
    await openTracker(h);
    await h.page.getByRole('link', { name: 'Chair’s dashboard' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'Chair’s dashboard' }).waitFor();
    await h.page.locator('svg[role=img]').first().waitFor();
    const charts = h.page.locator('svg[role=img]');
    expect(await charts.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      expect(await charts.nth(i).getAttribute('aria-label')).toMatch(/\d/);
      expect(await charts.nth(i).locator('title').count()).toBe(1);
    }
    expect(await charts.nth(0).getAttribute('aria-label')).toMatch(/^Open entries by age: Under 1 month, \d+;/);
    expect(await charts.nth(1).locator('text').allTextContents()).toContain('Jan 2025');

    const byCommittee = h.page.getByRole('table', { name: 'Entries by committee' });
    const leicester = byCommittee.locator('tbody tr').filter({ hasText: COMMITTEE });
    // 9 entries: 2 done, 2 in progress, 5 open.
    expect((await leicester.locator('td').allInnerTexts()).map(Number)).toEqual([7, 0, 0, 2]);
    expect(await h.page.getByRole('table', { name: 'Entries by owner' }).locator('tbody tr').count()).toBeGreaterThan(0);
    const ageing = h.page.getByRole('table', { name: /Open entries by age/ });
    const counts = (await ageing.locator('tbody td').allInnerTexts()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(7);
    const completion = h.page.getByRole('table', { name: /created and done per month/ });
    expect(await completion.locator('tbody tr').filter({ hasText: 'Jan 2025' }).locator('td').first().innerText()).toBe('9');
    await expectAxeClean(h.page, 'the dashboard');
  });

  test('exports the action log as Word, a spreadsheet and a calendar', async () => {
    await openTracker(h);
    const save = async (name: string) => {
      const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name }).click()]);
      return download;
    };
    const csv = await save('Spreadsheet (CSV)');
    expect(csv.suggestedFilename()).toMatch(/^actions-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvText = (await savedText(csv)).toString('utf8');
    expect(csvText.split('\r\n')[0]).toBe('ID,Committee,Meeting,Item,Type,What,Owner,Due,Status,Recommended to,Response,Latest note,Checked');
    expect(csvText).toContain(FAMILY);

    const ics = await save('Calendar (ICS)');
    expect(ics.suggestedFilename()).toMatch(/\.ics$/);
    expect((await savedText(ics)).toString('utf8')).toContain('BEGIN:VCALENDAR');

    const docx = await save('Action log (Word)');
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const word = await docxText(new Uint8Array(await savedText(docx)));
    expect(word).toContain(FAMILY);
    await h.page.getByRole('status').filter({ hasText: /Saved actions-.*\.docx/ }).waitFor();

    // The export follows the status filter.
    await h.page.getByLabel('Status', { exact: true }).selectOption('done');
    expect(await h.page.locator('table.actions-table tbody tr').count()).toBe(2);
    expect(h.page.url()).toContain('status=done');
    const filtered = (await savedText(await save('Spreadsheet (CSV)'))).toString('utf8');
    expect(filtered).toContain(FAMILY);
    expect(filtered).toContain(TOOLS);
    expect(filtered).not.toContain('That the video presented be shared');
    expect(filtered.trim().split('\r\n')).toHaveLength(3);
  });

  test('a hand-added action with a past due date shows as overdue', async () => {
    await openTracker(h);
    await h.page.getByRole('button', { name: 'Add an action by hand…' }).click();
    const form = h.page.locator('form.action-form');
    await form.getByLabel('Committee').selectOption({ label: 'Children, Young People and Education Scrutiny Commission' });
    await form.getByLabel('What').fill('Chair to write to the Director about placement sufficiency.');
    await form.getByLabel('Owner (optional)').fill('Chair');
    await form.getByLabel('Due (optional)').fill('31/03/2025');
    await form.getByRole('button', { name: 'Add to the tracker' }).click();
    await h.page.locator('.add-action__status').filter({ hasText: 'Added:' }).waitFor();
    const added = row(h, 'Chair to write to the Director about placement sufficiency.');
    await added.waitFor();
    const text = (await added.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Monday, 31 March 2025');
    expect(text).toContain('Added by hand');
    expect(await added.locator('.badge--overdue').innerText()).toMatch(/overdue/i);
    await h.page.getByLabel('Status', { exact: true }).selectOption('overdue');
    expect(await h.page.locator('table.actions-table tbody tr').count()).toBe(1);
    await expectAxeClean(h.page, 'the tracker with an overdue entry');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
