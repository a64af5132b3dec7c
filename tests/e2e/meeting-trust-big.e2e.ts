/**
 * A very big minutes page (5,000 items, generated here and imported through the API) opens within a
 * few seconds: only the items near the view are on the page (an ARIA feed of articles that keep their
 * headings and say where they are in the list), the DOM stays small wherever the member scrolls, and
 * every item is reachable by scrolling, by "Go to an item", by Page Down, and from a link to it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ItemView } from '../../shared/types/library';
import { expectAxeClean, openApp, startHarness, type Harness } from './harness';

const COUNT = 5000;
const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-meeting-big-'));

/** "Minutes of the meeting of the Scrutiny Committee held on 4 March 2025", then "1. Title 1" and a line of text, 5,000 times. */
function bigMinutes(count: number): string {
  const lines = ['Minutes of the meeting of the Scrutiny Committee held on 4 March 2025', ''];
  for (let n = 1; n <= count; n++) lines.push(`${n}. Title ${n}`, '', `The committee considered matter ${n} and noted the report.`, '');
  return lines.join('\n');
}

const domNodes = (h: Harness) => h.page.evaluate(() => document.getElementsByTagName('*').length);

describe('a meeting with thousands of items', () => {
  let h: Harness;
  let meetingId = 0;
  let items: ItemView[] = [];
  const heading = (n: number) => h.page.locator(`#item-${(items[n - 1] as ItemView).id}`);
  const focused = () =>
    h.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName ?? '', text: (el?.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 80), posinset: el?.getAttribute('aria-posinset') ?? null };
    });

  beforeAll(async () => {
    h = await startHarness();
    const outcome = await h.handlers['import.file']({ name: 'scrutiny-committee-2025-03-04-big.txt', data: new TextEncoder().encode(bigMinutes(COUNT)) });
    if (outcome.status !== 'imported' || outcome.meetingId === null) throw new Error(`Importing the big page failed: ${outcome.message}`);
    meetingId = outcome.meetingId;
    items = (await h.handlers['library.meeting']({ meetingId })).items;
    expect(items).toHaveLength(COUNT);
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
    console.log(`[meeting-trust-big] screenshots in ${SHOTS}`);
  });

  test('opens within a few seconds with a small DOM, the first items in view', async () => {
    const started = Date.now();
    await h.page.evaluate((id) => (location.hash = `#/meeting/${id}`), meetingId);
    await heading(1).waitFor({ state: 'visible' });
    const took = Date.now() - started;
    console.log(`[meeting-trust-big] ${COUNT} items: first item shown after ${took} ms, ${await domNodes(h)} DOM nodes`);
    expect(took).toBeLessThan(5000);
    expect(await domNodes(h)).toBeLessThan(2500);
    expect(await h.page.locator('h2#items').innerText()).toMatch(/Items\s*\(5000\)/);

    const feed = h.page.getByRole('feed', { name: 'Items, 5,000 in all' });
    const articles = feed.locator('article');
    expect(await articles.count()).toBeLessThan(40);
    expect(await articles.first().getAttribute('aria-posinset')).toBe('1');
    expect(await articles.first().getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(await articles.first().innerText()).toContain('The committee considered matter 1 and noted the report.');
    // No contents list of 5,000 links: the page says why Find will not see every item, and offers Go to an item.
    expect(await h.page.getByRole('navigation', { name: 'Items in this meeting' }).count()).toBe(0);
    expect(await h.page.locator('.items-note').innerText()).toContain('This meeting has 5,000 items');
    await expectAxeClean(h.page, 'the 5,000-item meeting');
    await h.page.locator('h2#items').scrollIntoViewIfNeeded();
    await h.page.evaluate(() => document.getElementById('items')?.scrollIntoView({ block: 'start' }));
    await heading(1).waitFor({ state: 'visible' });
    await h.page.screenshot({ path: path.join(SHOTS, 'big-meeting-items.png') });
  });

  test('scrolls to the last item, and the DOM stays small', async () => {
    const started = Date.now();
    for (let i = 0; i < 20 && (await heading(COUNT).count()) === 0; i++) {
      await h.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await h.page.waitForTimeout(100);
    }
    await heading(COUNT).waitFor({ state: 'visible' });
    console.log(`[meeting-trust-big] scrolled to item ${COUNT} in ${Date.now() - started} ms, ${await domNodes(h)} DOM nodes`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await domNodes(h)).toBeLessThan(2500);
    expect(await h.page.locator(`article[aria-posinset="${COUNT}"]`).innerText()).toContain(`The committee considered matter ${COUNT} and noted the report.`);
    // Nothing follows the last item but the page's own end (no gap of unmeasured space).
    const gap = await h.page.evaluate(() => {
      const last = document.querySelector('article[aria-posinset="5000"]') as HTMLElement;
      const feed = last.closest('[role=feed]') as HTMLElement;
      return feed.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom;
    });
    expect(Math.abs(gap)).toBeLessThan(30);
    await h.page.screenshot({ path: path.join(SHOTS, 'big-meeting-end.png') });
  });

  test('Go to an item, Page Down and Tab reach any item by keyboard; the item stays while focused', async () => {
    await h.page.evaluate(() => window.scrollTo(0, 0));
    const go = h.page.getByRole('search', { name: 'Go to an item' });
    await go.getByLabel('Go to an item').fill('2500');
    await go.getByLabel('Go to an item').press('Enter');
    await h.page.waitForFunction(() => document.activeElement?.tagName === 'H3');
    expect((await focused()).text).toMatch(/^2500\s*Title 2500$/);
    expect(await go.getByRole('status').innerText()).toBe('Found: item 2,500 of 5,000.');
    await expectAxeClean(h.page, 'the big meeting after Go to an item');
    await h.page.screenshot({ path: path.join(SHOTS, 'big-meeting-go-to.png') });

    // Page Down moves to the next article, and the next.
    await h.page.keyboard.press('PageDown');
    await h.page.waitForFunction(() => document.activeElement?.getAttribute('aria-posinset') === '2501');
    await h.page.keyboard.press('PageDown');
    await h.page.waitForFunction(() => document.activeElement?.getAttribute('aria-posinset') === '2502');
    await h.page.keyboard.press('PageUp');
    await h.page.waitForFunction(() => document.activeElement?.getAttribute('aria-posinset') === '2501');

    // Tab walks on through the items' buttons past those first rendered.
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await h.page.keyboard.press('Tab');
      const label = await h.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      const m = /^Add a note or question on item (\d+)$/.exec(label);
      if (m?.[1]) seen.add(m[1]);
    }
    const reached = [...seen].map(Number).sort((a, b) => a - b);
    expect(reached.length).toBeGreaterThan(15);
    expect(Math.max(...reached)).toBeGreaterThan(2515);

    // The item holding focus stays on the page while the member scrolls far away.
    const holding = await h.page.evaluate(() => document.activeElement?.closest('article')?.getAttribute('aria-posinset'));
    await h.page.evaluate(() => window.scrollTo(0, 0));
    await heading(1).waitFor({ state: 'visible' });
    expect(await h.page.locator(`article[aria-posinset="${holding}"]`).count()).toBe(1);
    expect(await h.page.evaluate(() => document.activeElement?.closest('article')?.getAttribute('aria-posinset'))).toBe(holding);

    // Words from a title find it too; a number that is no item says so.
    await go.getByLabel('Go to an item').fill('Title 4999');
    await go.getByLabel('Go to an item').press('Enter');
    await h.page.waitForFunction(() => /^4999\s*Title 4999$/.test((document.activeElement as HTMLElement | null)?.innerText?.trim() ?? ''));
    await go.getByLabel('Go to an item').fill('9999');
    await go.getByLabel('Go to an item').press('Enter');
    expect(await go.getByRole('status').innerText()).toBe('No item has the number or title “9999”.');
  });

  test('a link to an item (as from a search hit) opens the meeting at that item', async () => {
    const target = items[3999] as ItemView;
    await h.page.evaluate(() => (location.hash = '#/'));
    await h.page.getByRole('heading', { level: 1 }).first().waitFor();
    const started = Date.now();
    await h.page.evaluate(({ m, i }) => (location.hash = `#/meeting/${m}?item=${i}`), { m: meetingId, i: target.id });
    await h.page.waitForFunction((id) => document.activeElement?.id === `item-${id}`, target.id);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await heading(4000).isVisible()).toBe(true);
    expect(await domNodes(h)).toBeLessThan(2500);
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
