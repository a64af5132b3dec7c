/**
 * Opening a paper: the picture of its first page made at import is on screen before pdf.js has opened
 * the file (here the file's reply is held back, as on a slow disk or a large pack), laid out where the
 * page will be drawn, and replaced by the drawn page without moving; opened at a later page it is not
 * shown (it would be the wrong page).
 */
import type { Page, Route } from 'playwright-core';
import { makePack } from '../helpers/make-pack';
import { expectAxeClean, openApp, screenshotPath, startHarness, type Harness } from './harness';

const COMMITTEE = 'Overview and Scrutiny Committee';

const box = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
  });

describe('the first page’s picture while a paper opens', () => {
  let h: Harness;
  let documentId: number;
  /** Replies to papers.fileOpen waiting to be let through. */
  const held: Route[] = [];

  beforeAll(async () => {
    h = await startHarness({ viewport: { width: 1280, height: 900 } });
    const data = await makePack({
      committee: COMMITTEE,
      dateLine: 'Tuesday, 14 January 2025',
      reports: [{ number: '5', title: 'Budget monitoring', pages: [['Budget monitoring', 'The forecast overspend is £2.1m.'], ['Second page of the report.']] }],
    });
    const outcome = await h.handlers['import.file']({ name: 'pack.pdf', data });
    if (outcome.status === 'failed') throw new Error(outcome.message);
    documentId = h.store.db.prepare('SELECT id FROM documents').pluck().get() as number;
    await openApp(h);
    await h.page.route(/\/api\/papers\.fileOpen/, (route) => {
      held.push(route);
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  test('is shown at once, where the page will be, then the drawn page takes its place without moving', async () => {
    const { page } = h;
    await page.evaluate((id) => {
      location.hash = `#/document/${id}`;
    }, documentId);
    const picture = page.locator('img.reader__opening-page');
    await picture.waitFor();
    // The file has not arrived: what is on screen is the picture, a real PNG of the front sheet.
    expect(held.length).toBeGreaterThan(0);
    expect(await page.locator('.pdf-page canvas').count()).toBe(0);
    expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(800);
    await expect(page.getByRole('status').filter({ hasText: 'Opening the document…' }).count()).resolves.toBe(1);
    const pictureBox = await box(page, 'img.reader__opening-page');
    expect(pictureBox.width).toBeGreaterThan(500);
    await page.screenshot({ path: screenshotPath('reader-opening-picture.png') });
    await expectAxeClean(page, 'reader opening with the first page’s picture');

    // The file goes through: pdf.js draws page 1 in the same place.
    for (const route of held.splice(0)) await route.continue();
    await page.unroute(/\/api\/papers\.fileOpen/);
    await page.locator('[data-page="1"] .pdf-page canvas').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('reader:first-page-drawn').length > 0);
    expect(await page.locator('img.reader__opening-page').count()).toBe(0);
    const drawnBox = await box(page, '[data-page="1"] .pdf-page');
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(drawnBox[k] - pictureBox[k])).toBeLessThanOrEqual(2);
    await page.screenshot({ path: screenshotPath('reader-opening-drawn.png') });
    const marks = await page.evaluate(() => ['first-page-shown', 'first-page-drawn'].map((n) => performance.getEntriesByName(`reader:${n}`)[0]?.startTime ?? 0));
    expect(marks[0]).toBeLessThan(marks[1] as number);
  });

  test('is not shown when the paper opens at a later page', async () => {
    const { page } = h;
    await page.evaluate(() => {
      location.hash = '#/';
    });
    await page.locator('h1').first().waitFor();
    await page.route(/\/api\/papers\.fileOpen/, (route) => {
      held.push(route);
    });
    await page.evaluate((id) => {
      location.hash = `#/document/${id}?page=3`;
    }, documentId);
    await page.getByRole('status').filter({ hasText: 'Opening the document…' }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.locator('img.reader__opening-page').count()).toBe(0);
    for (const route of held.splice(0)) await route.continue();
    await page.unroute(/\/api\/papers\.fileOpen/);
    await page.locator('[data-page="3"] .pdf-page canvas').waitFor();
  });
});
