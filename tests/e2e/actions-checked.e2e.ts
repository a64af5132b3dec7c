/**
 * What Scrutineer read from the minutes is marked until the member checks it, in the browser on real council minutes:
 * the tracker says "Not checked" on each extracted entry and filters on it, the entry says so with a way to mark it
 * checked by keyboard (no "set by you" then: nothing was changed), and the chair's dashboard counts what is left,
 * linking to the tracker filtered to it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectAxeClean, openApp, startHarness, type Harness } from './harness';

const LEICESTER = 'leicester-cype-2025-01-14-agenda-and-minutes.txt';
const PILOT = 'For a 6 monthly report, including cover report, on the Family Therapy pilot.';

const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-actions-checked-'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('checking what was read from the minutes', () => {
  let h: Harness;
  let extracted = 0;
  const go = (route: string) => h.page.evaluate((r) => (location.hash = `#${r}`), route);
  const trackerRows = () => h.page.locator('table.actions-table tbody tr');
  const fact = (term: string) => h.page.locator(`.facts dt:text-is("${term}") + dd`).first();

  beforeAll(async () => {
    h = await startHarness();
    await h.seed(LEICESTER);
    extracted = (await h.handlers['actions.list']({})).length;
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
    console.log(`[actions-checked] screenshots in ${SHOTS}`);
  });

  test('the tracker marks every extracted entry not checked, and filters to them by keyboard', async () => {
    await go('/actions');
    await h.page.locator('table.actions-table').waitFor();
    expect(extracted).toBeGreaterThanOrEqual(5);
    expect(await trackerRows().count()).toBe(extracted);
    expect(await h.page.locator('.actions-table__unchecked').allInnerTexts()).toEqual(Array(extracted).fill('Not checked'));

    const filter = h.page.getByLabel('Checked', { exact: true });
    await filter.focus();
    await filter.selectOption('yes');
    await h.page.locator('text=No entries match these filters.').waitFor();
    expect(await h.page.evaluate(() => location.hash)).toBe('#/actions?checked=yes');
    await filter.selectOption('no');
    await trackerRows().first().waitFor();
    expect(await trackerRows().count()).toBe(extracted);
    await expectAxeClean(h.page, 'the tracker with entries not checked');
    await h.page.locator('table.actions-table').screenshot({ path: path.join(SHOTS, 'tracker-not-checked.png') });
  });

  test('an entry says it is not checked; marked checked by keyboard, it keeps what it says and leaves the filter', async () => {
    await trackerRows().filter({ hasText: PILOT }).getByRole('link', { name: PILOT }).click();
    await h.page.getByRole('heading', { level: 1 }).filter({ hasText: PILOT }).waitFor();
    const notice = h.page.getByRole('note', { name: 'Not checked' });
    expect(squash(await notice.innerText())).toContain('Scrutineer read this from the minutes and nobody has checked it yet');
    expect(squash(await fact('Source').innerText())).toBe('From the minutes, not checked');
    await expectAxeClean(h.page, 'an entry not checked');
    await h.page.screenshot({ path: path.join(SHOTS, 'action-not-checked.png'), fullPage: true });

    await notice.getByRole('button', { name: 'Mark as checked' }).focus();
    await h.page.keyboard.press('Enter');
    await h.page.locator('.action-detail__status').filter({ hasText: 'Marked as checked: what it says, its owner, due date and kind are kept as they stand.' }).waitFor();
    await notice.waitFor({ state: 'detached' });
    // The button went with the notice: focus is on the page's heading, not lost to the body.
    await h.page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(squash(await fact('Source').innerText())).toBe('From the minutes, checked by you');
    // Nothing was changed, so nothing says "set by you".
    expect(await h.page.locator('main').innerText()).not.toContain('set by you');
    expect(squash(await fact('Due').innerText())).toBe('6 monthly');
    expect(squash(await h.page.locator('.update-log').innerText())).toContain('Checked against the minutes: the text, owner, due date and kind are kept as they stand.');
    await expectAxeClean(h.page, 'an entry checked');
    await h.page.screenshot({ path: path.join(SHOTS, 'action-checked.png'), fullPage: true });

    await go('/actions?checked=no');
    await trackerRows().first().waitFor();
    expect(await trackerRows().count()).toBe(extracted - 1);
    expect(await trackerRows().filter({ hasText: PILOT }).count()).toBe(0);
    await go('/actions?checked=yes');
    await trackerRows().filter({ hasText: PILOT }).waitFor();
    expect(await trackerRows().filter({ hasText: PILOT }).locator('.actions-table__unchecked').count()).toBe(0);
  });

  test('the chair’s dashboard counts the open entries left to check and links to them', async () => {
    await go('/actions/dashboard');
    await h.page.getByRole('heading', { level: 1, name: 'Chair’s dashboard' }).waitFor();
    const line = h.page.locator('.dashboard-unchecked');
    await line.waitFor();
    expect(squash(await line.innerText())).toBe(
      `${extracted - 1} open entries were read from the minutes and have not been checked: their owners and due dates below are as Scrutineer read them. Check them in the tracker.`,
    );
    await expectAxeClean(h.page, 'the dashboard with entries to check');
    await h.page.screenshot({ path: path.join(SHOTS, 'dashboard-to-check.png') });
    await line.getByRole('link', { name: 'Check them in the tracker' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'Actions and recommendations' }).waitFor();
    expect(await h.page.getByLabel('Checked', { exact: true }).inputValue()).toBe('no');
    await trackerRows().first().waitFor();
    expect(await trackerRows().count()).toBe(extracted - 1);
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
