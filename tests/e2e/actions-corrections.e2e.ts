/**
 * The member corrects what the minutes say about an action, in the browser: the owner and the due
 * date (so it shows overdue), marked "set by you"; "not an action" takes it out of the tracker, and
 * "Make it an action again" puts it back. The dashboard shows entries from meetings whose date is not
 * stated apart: their own ageing band, and a line beside the completion chart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES_DIR, expectAxeClean, openApp, startHarness, type Harness } from './harness';

const LEICESTER = 'leicester-cype-2025-01-14-agenda-and-minutes.txt';
/** No committee or date stated; two open entries from its minutes. */
const UNDATED = path.resolve(FIXTURES_DIR, '../minutes-excerpts/rbwm-overview-and-scrutiny-panel-2022-xx-xx.txt');
const TOOLS = 'Communication tools to be examined';

const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-actions-corrections-'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('correcting what the minutes say about an action', () => {
  let h: Harness;
  let entryId = 0;
  const go = (route: string) => h.page.evaluate((r) => (location.hash = `#${r}`), route);
  const fact = (term: string) => h.page.locator(`.facts dt:text-is("${term}") + dd`).first();
  const trackerRows = () => h.page.locator('table.actions-table tbody tr');
  const openTracker = async () => {
    await go('/actions');
    await h.page.getByRole('heading', { level: 1, name: 'Actions and recommendations' }).waitFor();
    await h.page.locator('table.actions-table').waitFor();
  };
  const openEntry = async () => {
    await go(`/actions/${entryId}`);
    await h.page.getByRole('heading', { level: 1 }).filter({ hasText: TOOLS }).waitFor();
  };

  beforeAll(async () => {
    h = await startHarness();
    await h.seed(LEICESTER);
    const undated = await h.handlers['import.file']({ name: path.basename(UNDATED), data: new Uint8Array(fs.readFileSync(UNDATED)) });
    if (undated.status === 'failed') throw new Error(undated.message);
    const entry = (await h.handlers['actions.list']({})).find((e) => e.what === TOOLS);
    if (!entry) throw new Error(`no entry “${TOOLS}”`);
    entryId = entry.id;
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
    console.log(`[actions-corrections] screenshots in ${SHOTS}`);
  });

  test('the owner and due date are corrected by keyboard: set by you, and overdue', async () => {
    await openTracker();
    await trackerRows().filter({ hasText: TOOLS }).getByRole('link', { name: TOOLS }).click();
    await h.page.getByRole('heading', { level: 1 }).filter({ hasText: TOOLS }).waitFor();
    expect(await h.page.locator('.action-detail__badges').innerText()).toContain('Open');
    expect(await h.page.locator('main').innerText()).not.toContain('set by you');

    const toggle = h.page.getByRole('button', { name: 'Correct what the minutes say' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await h.page.keyboard.press('Enter');
    const form = h.page.getByRole('form', { name: 'Correct what the minutes say' });
    await form.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Focus is in the first field, the text as the minutes give it.
    expect(await h.page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value)).toBe(TOOLS);
    // Saving with nothing changed says so.
    await form.getByRole('button', { name: 'Save the correction' }).click();
    expect(await form.getByRole('alert').innerText()).toContain('Nothing has changed');

    await form.getByLabel('Owner').fill('Director of Children’s Services');
    await form.getByLabel('Due').fill('31/01/2025');
    expect(await form.getByRole('radio', { name: /^An action/ }).isChecked()).toBe(true);
    await expectAxeClean(h.page, 'the correction form');
    await form.screenshot({ path: path.join(SHOTS, 'action-correct-form.png') });
    await form.getByLabel('Due').focus();
    await h.page.keyboard.press('Enter');
    await h.page.locator('.action-detail__status').filter({ hasText: 'Correction saved.' }).waitFor();
    await form.waitFor({ state: 'detached' });
    expect(await h.page.evaluate(() => document.activeElement?.textContent)).toBe('Correct what the minutes say');

    await h.page.locator('.action-detail__badges .badge--overdue').waitFor();
    expect(squash(await fact('Owner').innerText())).toBe('Director of Children’s Services (set by you)');
    expect(squash(await fact('Due').innerText())).toBe('Friday, 31 January 2025 (set by you)');
    const log = squash(await h.page.locator('.update-log').innerText());
    expect(log).toContain('Owner set to Director of Children’s Services; Due set to 2025-01-31.');
    await expectAxeClean(h.page, 'the corrected action');
    await h.page.screenshot({ path: path.join(SHOTS, 'action-corrected.png'), fullPage: true });

    // The tracker shows it overdue, under its new owner.
    await openTracker();
    const row = trackerRows().filter({ hasText: TOOLS });
    expect(squash(await row.innerText())).toMatch(/Director of Children’s Services/);
    expect(await row.locator('.badge--overdue').count()).toBe(1);
    // A due date in words is kept as written.
    await openEntry();
    await h.page.getByRole('button', { name: 'Correct what the minutes say' }).click();
    const again = h.page.getByRole('form', { name: 'Correct what the minutes say' });
    expect(await again.getByLabel('Due').inputValue()).toBe('31/01/2025');
  });

  test('marked "not an action": out of the tracker, said so, and made an action again', async () => {
    await openEntry();
    const form = h.page.getByRole('form', { name: 'Correct what the minutes say' });
    if ((await form.count()) === 0) await h.page.getByRole('button', { name: 'Correct what the minutes say' }).click();
    await form.getByRole('radio', { name: /^Not an action/ }).check();
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await h.page.locator('.action-detail__status').filter({ hasText: 'Marked as not an action: it is no longer in the tracker.' }).waitFor();
    const notice = h.page.getByRole('note', { name: 'Not an action' });
    await notice.waitFor();
    expect(squash(await notice.innerText())).toContain('You marked this as not an action. It is left out of the tracker');
    expect(squash(await h.page.locator('.action-detail__badges').innerText())).toBe('Not an action Kind set by you');
    await expectAxeClean(h.page, 'an entry marked not an action');
    await h.page.screenshot({ path: path.join(SHOTS, 'action-not-an-action.png'), fullPage: true });

    await openTracker();
    expect(await trackerRows().filter({ hasText: TOOLS }).count()).toBe(0);
    expect((await h.handlers['actions.list']({})).some((e) => e.id === entryId)).toBe(false);

    await openEntry();
    await h.page.getByRole('button', { name: 'Make it an action again' }).click();
    await h.page.locator('.action-detail__status').filter({ hasText: 'It is an action again, back in the tracker.' }).waitFor();
    await h.page.getByRole('note', { name: 'Not an action' }).waitFor({ state: 'detached' });
    // (Focus moves on the next frame, which a busy headless browser may run after the notice is gone.)
    await h.page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 2000 });
    await h.page.locator('.action-detail__badges .badge--overdue').waitFor();
    // The owner and due date the member set are still theirs.
    expect(squash(await fact('Owner').innerText())).toBe('Director of Children’s Services (set by you)');

    await openTracker();
    expect(await trackerRows().filter({ hasText: TOOLS }).locator('.badge--overdue').count()).toBe(1);
  });

  test('the dashboard shows entries from meetings with no date apart, never as new', async () => {
    await go('/actions/dashboard');
    await h.page.getByRole('heading', { level: 1, name: 'Chair’s dashboard' }).waitFor();
    await h.page.locator('svg[role=img]').first().waitFor();
    const ageing = h.page.getByRole('table', { name: /Open entries by age/ });
    const undatedRow = ageing.locator('tbody tr').filter({ hasText: 'Meeting date not stated' });
    expect(await undatedRow.locator('td').innerText()).toBe('2');
    expect(await h.page.locator('svg[role=img]').first().getAttribute('aria-label')).toContain('Meeting date not stated, 2');
    const completion = h.page.locator('section[aria-labelledby=dash-completion]');
    expect(squash(await completion.innerText())).toContain('2 entries are from meetings whose date is not stated, so they are not counted in any month.');
    // Their months are not invented: only January 2025 (Leicester) is in the completion table.
    expect(await completion.locator('tbody th').allInnerTexts()).toEqual(['Jan 2025']);
    await expectAxeClean(h.page, 'the dashboard with undated entries');
    await h.page.locator('section[aria-labelledby=dash-ageing]').screenshot({ path: path.join(SHOTS, 'dashboard-ageing.png') });
    await completion.screenshot({ path: path.join(SHOTS, 'dashboard-completion.png') });
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
