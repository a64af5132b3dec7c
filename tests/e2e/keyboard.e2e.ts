import type { Page } from 'playwright-core';
import { openApp, startHarness, type Harness } from './harness';

interface Focused {
  tag: string;
  name: string;
  text: string;
}

const focused = (page: Page) =>
  page.evaluate((): Focused => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      name: el?.getAttribute('aria-label') ?? '',
      text: (el?.innerText ?? '').replace(/\s+/g, ' ').trim(),
    };
  });

/** Presses Tab until the focused element matches, or gives up after `limit` presses. */
async function tabTo(page: Page, match: (f: Focused) => boolean, limit = 60): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`Tab did not reach the element within ${limit} presses`);
}

describe('keyboard only', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.seed('leicester-cype-2025-01-14-agenda-and-minutes.txt');
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    await h.page.keyboard.press('Tab');
    expect(await focused(h.page)).toMatchObject({ tag: 'A', text: 'Skip to main content' });
    await h.page.keyboard.press('Enter');
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  test('Tab reaches the Import button, which has an accessible name', async () => {
    await h.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const f = await tabTo(h.page, (x) => x.tag === 'BUTTON' && x.text === 'Import');
    expect(f.text).toBe('Import');
    const button = h.page.getByRole('button', { name: 'Import' });
    expect(await button.count()).toBe(1);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  test('library → committee → meeting with Tab and Enter only', async () => {
    await tabTo(h.page, (x) => x.tag === 'A' && /Scrutiny Commission/.test(x.text));
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction(() => /#\/committee\/\d+$/.test(location.hash));
    await h.page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await h.page.locator('h1').innerText()).toMatch(/Scrutiny Commission/);

    // Tab continues from the heading to the meeting link.
    await tabTo(h.page, (x) => x.tag === 'A' && x.text.includes('Tuesday, 14 January 2025'), 10);
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction(() => /#\/meeting\/\d+$/.test(location.hash));
    await h.page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await h.page.locator('h1').innerText()).toContain('Tuesday, 14 January 2025');

    // The item contents list jumps to an item heading.
    await tabTo(h.page, (x) => x.tag === 'A' && x.text.includes('Declarations of Interest'), 40);
    await h.page.keyboard.press('Enter');
    const active = await h.page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(active).toContain('Declarations of Interest');
    expect(await h.page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
  });
});
