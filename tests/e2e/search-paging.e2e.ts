/**
 * The search page: a true total ("130 results in 2 meetings (showing the first 100)"), "Show more results",
 * stemmed words, and the date filters typed as DD/MM/YYYY in a browser whose language is US English,
 * with axe-core finding nothing.
 */
import type { Page } from 'playwright-core';
import { writeVersion } from '../../main/papers/store';
import { expectAxeClean, startHarness, type Harness } from './harness';

const stamp = '2025-01-01T00:00:00.000Z';

function seed(h: Harness) {
  const db = h.store.db;
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, 'Anytown Borough Council', 'anytown borough council', '${stamp}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Children Scrutiny', 'children scrutiny', '${stamp}'), (2, 1, 'Budget Scrutiny', 'budget scrutiny', '${stamp}')`);
  const meeting = db.prepare('INSERT INTO meetings (committee_id, identity_key, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const january = Number(meeting.run(1, 'k1', '2025-01-14', stamp, stamp).lastInsertRowid);
  const march = Number(meeting.run(2, 'k2', '2025-03-04', stamp, stamp).lastInsertRowid);
  const pages = (n: number, words: string) => Array.from({ length: n }, (_, i) => `Page ${i + 1}. ${words} The Commission noted the report.`);
  writeVersion(db, { meetingId: january, itemId: null, kind: 'pack', title: 'January pack', sha256: '1'.repeat(64), fileName: 'jan.pdf', byteSize: 0, pages: pages(90, 'Residential placements for children cost more this year.') });
  writeVersion(db, { meetingId: march, itemId: null, kind: 'pack', title: 'March pack', sha256: '2'.repeat(64), fileName: 'mar.pdf', byteSize: 0, pages: pages(40, 'The placement budget was reviewed.') });
}

const status = (page: Page) => page.locator('.search-status');
const hitCount = (page: Page) => page.locator('.hit-card').count();

describe('the search page: totals, Show more, UK dates', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    seed(h);
    // A browser in US English: the date boxes still take day/month/year.
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'America/New_York' });
    page = await context.newPage();
    await page.goto(h.server.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the total counts every match; Show more brings the rest in the same order', async () => {
    await page.locator('#global-search').fill('placements');
    await page.waitForFunction(() => /results? in/.test(document.querySelector('.search-status')?.textContent ?? ''));
    expect(await status(page).innerText()).toBe('130 results in 2 meetings (showing the first 100) for “placements”.');
    expect(await hitCount(page)).toBe(100);
    // "placements" found "placement" too (the March pack says "placement").
    expect(await page.locator('.search-group__committee', { hasText: 'Budget Scrutiny' }).count()).toBeGreaterThan(0);
    await expectAxeClean(page, 'search results with Show more');
    await page.getByRole('button', { name: 'Show more results' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.hit-card').length === 130);
    expect(await status(page).innerText()).toBe('130 results in 2 meetings for “placements”.');
    expect(await page.getByRole('button', { name: 'Show more results' }).count()).toBe(0);
    // No page appears twice.
    const links = await page.locator('.hit-card__link').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(new Set(links).size).toBe(130);
  });

  test('dates are typed as DD/MM/YYYY whatever the browser language, checked as typed', async () => {
    const from = page.getByRole('textbox', { name: 'From' });
    expect(await from.getAttribute('type')).toBe('text');
    expect(await page.locator(`#${await from.getAttribute('aria-describedby')}`).innerText()).toContain('DD/MM/YYYY');
    await from.fill('01/02/2025');
    await page.waitForFunction(() => /^40 results in 1 meeting /.test(document.querySelector('.search-status')?.textContent ?? ''));
    expect(await page.evaluate(() => location.hash)).toContain('from=2025-02-01');
    // 31 February is not a date: said so, and the last good date keeps filtering.
    await from.fill('31/02/2025');
    await page.getByText('Enter a date as day/month/year, e.g. 14/01/2025.').waitFor();
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(page, 'search with an invalid date');
    await from.fill('');
    const to = page.getByRole('textbox', { name: 'To' });
    await to.fill('31/01/2025');
    await page.waitForFunction(() => /^90 results in 1 meeting /.test(document.querySelector('.search-status')?.textContent ?? ''));
    expect(await from.getAttribute('aria-invalid')).toBeNull();
  });

  test('a one-letter prefix is refused with a hint, not a frozen app', async () => {
    await page.getByRole('textbox', { name: 'To' }).fill('');
    await page.locator('#global-search').fill('p* budget');
    await page.getByText(/Type at least 3 letters before \*/).waitFor();
    await page.waitForFunction(() => /^40 results in 1 meeting/.test(document.querySelector('.search-status')?.textContent ?? ''));
  });
});
