/**
 * My committees and attendance, end to end: two councils' minutes imported through the Import
 * input; "I sit on this committee" ticked on one committee's page shows a badge in the library and
 * limits search's "My committees only" to that committee; the meeting page lists who was there.
 */
import path from 'node:path';
import { REPO_ROOT, expectAxeClean, openApp, startHarness, type Harness } from './harness';

const STYLES = path.join(REPO_ROOT, 'tests', 'fixtures', 'minutes', 'styles');
const NORTHSHIRE = 'northshire-cype-2025-03-03.pdf.txt';
const CASTLEBURY = 'castlebury-scrutiny-board-2025-01-28.txt';

describe('my committees and attendance', () => {
  let h: Harness;
  let mineName: string;
  let otherName: string;

  beforeAll(async () => {
    h = await startHarness({ viewport: { width: 1280, height: 900 } });
    await openApp(h);
    await h.page.locator('input[type=file]').setInputFiles([path.join(STYLES, NORTHSHIRE), path.join(STYLES, CASTLEBURY)]);
    await h.page.locator('.import-panel__summary').waitFor();
    const committees = h.store.db
      .prepare('SELECT c.name FROM committees c JOIN meetings m ON m.committee_id = c.id ORDER BY m.date DESC')
      .pluck()
      .all() as string[];
    // Northshire's meeting (3 March 2025) is the newer of the two.
    [mineName, otherName] = committees as [string, string];
    await h.page.getByRole('button', { name: 'Dismiss import results' }).click();
  });
  afterAll(async () => {
    await h?.close();
  });

  const isMine = (name: string) => h.store.db.prepare('SELECT is_mine FROM committees WHERE name = ?').pluck().get(name);

  test('"I sit on this committee" is a checkbox on the committee page, saved at once', async () => {
    expect(mineName).not.toBe(otherName);
    await h.page.getByRole('link', { name: new RegExp(mineName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
    await h.page.getByRole('heading', { level: 1, name: mineName }).waitFor();
    const box = h.page.getByRole('checkbox', { name: 'I sit on this committee' });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await h.page.waitForFunction(() => {
      const el = document.querySelector<HTMLInputElement>('.my-committee input[type=checkbox]');
      return el?.checked === true && !el.disabled;
    });
    expect(isMine(mineName)).toBe(1);
    expect(isMine(otherName)).toBe(0);
    await expectAxeClean(h.page, 'the committee page with the my-committee checkbox');

    // It survives a reload of the page.
    await h.page.reload();
    await h.page.getByRole('heading', { level: 1, name: mineName }).waitFor();
    expect(await h.page.getByRole('checkbox', { name: 'I sit on this committee' }).isChecked()).toBe(true);
  });

  test('the library marks it "My committee"', async () => {
    await h.page.getByRole('link', { name: 'Library' }).first().click();
    await h.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    const cards = h.page.locator('.card-link');
    const mine = cards.filter({ hasText: mineName });
    const other = cards.filter({ hasText: otherName });
    expect(await mine.locator('.badge').innerText()).toBe('My committee');
    expect(await other.locator('.badge').count()).toBe(0);
    await expectAxeClean(h.page, 'the library with a my-committee badge');
  });

  test('search with "My committees only" finds only that committee', async () => {
    await h.page.keyboard.press('Control+k');
    const box = h.page.getByRole('searchbox', { name: 'Search all papers' });
    await box.fill('report');
    await h.page.waitForFunction(() => /result.*for “report”/.test(document.querySelector('.search-status')?.textContent ?? ''));
    const committeesShown = () => h.page.locator('.search-group__committee').allInnerTexts();
    // Both committees' minutes mention reports…
    await h.page.waitForFunction(() => new Set([...document.querySelectorAll('.search-group__committee')].map((e) => e.textContent)).size === 2);
    expect(new Set(await committeesShown())).toEqual(new Set([mineName, otherName]));

    // …but only one is the member's.
    await h.page.getByRole('checkbox', { name: 'My committees only' }).check();
    await h.page.waitForFunction(() => location.hash.includes('mine='));
    await h.page.waitForFunction(
      (name) => {
        const shown = [...document.querySelectorAll('.search-group__committee')].map((e) => e.textContent);
        return shown.length > 0 && shown.every((t) => t === name);
      },
      mineName,
    );
    expect(new Set(await committeesShown())).toEqual(new Set([mineName]));
    await expectAxeClean(h.page, 'search limited to my committees');
  });

  test('the meeting page lists attendance: the Chair, a substitute, officers with posts, apologies', async () => {
    const meetingId = h.store.db
      .prepare('SELECT m.id FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE c.name = ?')
      .pluck()
      .get(mineName) as number;
    await h.page.evaluate((id) => {
      location.hash = `#/meeting/${id}`;
    }, meetingId);
    await h.page.getByRole('heading', { level: 1, name: /Monday, 3 March 2025/ }).waitFor();

    const attendance = h.page.locator('section[aria-labelledby=attendance]');
    await attendance.waitFor();
    expect(await attendance.getByRole('heading', { level: 2 }).innerText()).toBe('Attendance');
    const group = (id: string) => h.page.locator(`section[aria-labelledby="${id}"]`);
    const people = async (id: string) => (await group(id).locator('li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

    const present = await people('attendance-present');
    expect(present).toContain('A Smith, Chair');
    expect(present).toContain('C Patel, substitute for D Lee');
    expect(present).toContain('E Green, co-opted member');
    expect(present).toContain('B Jones');
    expect(await group('attendance-present').getByRole('heading', { level: 3 }).innerText()).toMatch(/^Present\s*\(4\)$/);

    const officers = await people('attendance-in-attendance');
    expect(officers).toContain("Sarah Brown, Director of Children's Services");
    expect(officers).toContain('Lucy Ward, Democratic Services Officer');

    // Apologies are part of attendance now, not a list of their own.
    expect(await people('apologies')).toEqual(['D Lee', 'G Okafor']);
    expect(await h.page.getByRole('heading', { level: 2, name: 'Apologies' }).count()).toBe(0);
    expect(await group('attendance-absent').count()).toBe(0);

    // Each action shows its owner and when it is due.
    const action = h.page.locator('.decision--action').filter({ hasText: 'circulate the latest figures' });
    const meta = (await action.locator('.decision__meta').innerText()).replace(/\s+/g, ' ');
    expect(meta).toContain('Owner: the Director');
    expect(meta).toContain('Due: Monday, 31 March 2025');
    const undated = h.page.locator('.decision--action').filter({ hasText: 'The Chair to write' });
    expect((await undated.locator('.decision__meta').innerText()).replace(/\s+/g, ' ')).toContain('Due: not stated');

    await expectAxeClean(h.page, 'the meeting page with attendance');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
