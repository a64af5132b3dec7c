/**
 * The PDF reader and global search, end to end: a generated 40-page agenda pack and the Leicester
 * minutes imported through the UI, the pack read in the real pdf.js (under the app's CSP), and
 * search hits opening the reader at the page with the words highlighted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { makePack } from '../helpers/make-pack';
import { expectAxeClean, screenshotPath, fixture, mainText, openApp, startHarness, type Harness } from './harness';

const MINUTES = 'leicester-cype-2025-01-14-agenda-and-minutes.txt';
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
const PACK = 'cype-2025-01-14-agenda-pack.pdf';

/** Front page, agenda, then reports: item 115 on pages 3–4, 117 on 5–12 ("foster carer recruitment" on page 7), 119 on 13–40. */
function packReports() {
  const filler = (what: string, n: number) => Array.from({ length: n }, (_, i) => [`${what}: paragraph ${i + 1}.`, 'The Commission is asked to note the report.']);
  return [
    { number: '115', title: 'Update on Youth Summit', pages: [['Update on Youth Summit', 'Report of the Participation Manager'], ['Young people took part in the summit.']] },
    {
      number: '117',
      title: 'Placement costs and IMPOWER update',
      pages: [
        ['Placement costs and IMPOWER update', 'Report of the Director of Children’s Services'],
        ['Placement sufficiency remains the main pressure.'],
        ['The service continues foster carer recruitment across the city.', 'Recruitment events were held in November.'],
        ...filler('Placement costs', 5),
      ],
    },
    { number: '119', title: 'Draft Revenue Budget and Capital Programme 2025/26', pages: filler('Budget detail', 28) },
  ];
}

const pageBox = (page: Page) => page.getByRole('textbox', { name: 'Page' });
const currentPage = async (page: Page) => Number(await pageBox(page).inputValue());
const waitForPage = (page: Page, n: number) =>
  page.waitForFunction((want) => (document.querySelector('.toolbar__page-input') as HTMLInputElement | null)?.value === String(want), n);

describe('reading agenda packs and searching them', () => {
  let h: Harness;
  let tempDir: string;
  let packPath: string;

  beforeAll(async () => {
    h = await startHarness({ viewport: { width: 1280, height: 900 } });
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-pack-'));
    packPath = path.join(tempDir, PACK);
    fs.writeFileSync(packPath, await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: packReports() }));
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });

  test('the minutes and the pack import through the Import input; the pack shows page progress', async () => {
    await h.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __pages: string[] }).__pages = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.import-progress__pages')?.textContent ?? '';
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await h.page.locator('input[type=file]').setInputFiles([fixture(MINUTES), packPath]);
    await h.page.locator('.import-panel__summary').waitFor();
    const rows = await h.page.locator('.import-result').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^Imported/);
    expect(rows[1]).toMatch(/Agenda pack: 40 pages/);
    const pages = await h.page.evaluate(() => (window as unknown as { __pages: string[] }).__pages);
    // Progress events arrive over the preview's event stream while the pack's pages are read.
    expect(pages.length).toBeGreaterThan(0);
    for (const line of pages) expect(line).toMatch(/^Reading pages: \d+ of 40$/);
  });

  test('the meeting lists its papers and links each item to its report page', async () => {
    const meetingId = h.store.db.prepare('SELECT id FROM meetings').pluck().get() as number;
    await h.page.evaluate((id) => {
      location.hash = `#/meeting/${id}`;
    }, meetingId);
    await h.page.getByRole('heading', { level: 1, name: /Tuesday, 14 January 2025/ }).waitFor();
    const papers = h.page.locator('section[aria-labelledby=papers]');
    await papers.waitFor();
    const text = (await papers.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Papers (1)');
    expect(text).toContain('Agenda pack');
    expect(text).toContain('40 pages');
    expect(await papers.getByRole('link', { name: 'Open Agenda pack' }).count()).toBe(1);

    const item117 = h.page.locator('article.item').filter({ has: h.page.locator('.item__number', { hasText: /^117$/ }) });
    expect(await item117.getByRole('link', { name: /Open report \(p\. 5\)/ }).count()).toBe(1);
    const item115 = h.page.locator('article.item').filter({ has: h.page.locator('.item__number', { hasText: /^115$/ }) });
    expect(await item115.getByRole('link', { name: /Open report \(p\. 3\)/ }).count()).toBe(1);
    await expectAxeClean(h.page, 'the meeting page with papers');
  });

  test('"Open report" opens the reader at the page; only the pages in view have canvases', async () => {
    const item117 = h.page.locator('article.item').filter({ has: h.page.locator('.item__number', { hasText: /^117$/ }) });
    await item117.getByRole('link', { name: /Open report/ }).click();
    await h.page.waitForFunction(() => /#\/document\/\d+\?page=5$/.test(location.hash));
    await h.page.locator('.reader__pages canvas').first().waitFor();
    await waitForPage(h.page, 5);
    expect(await h.page.locator('#reader-page-count').innerText()).toBe('of 40');
    expect(await h.page.locator('h1').innerText()).toContain('Agenda pack');
    expect(await h.page.locator('.toolbar__item').innerText()).toContain('117. Placement costs and IMPOWER update');
    // The pages in view (5, and the gap above it that ends page 4) and two either side are rendered; far pages are not in the document at all.
    await h.page.locator('[data-page="5"] canvas').waitFor();
    const slots = await h.page.locator('.reader__slot').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.page)));
    expect(Math.min(...slots)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...slots)).toBeLessThanOrEqual(8);
    expect(await h.page.locator('.reader__pages canvas').count()).toBeLessThanOrEqual(6);
    // The scrollbar is sized for all 40 pages.
    const sizes = await h.page.locator('.reader__scroll').evaluate((el) => ({ total: el.scrollHeight, view: el.clientHeight }));
    const pageHeight = await h.page.locator('[data-page="5"]').evaluate((el) => el.getBoundingClientRect().height);
    expect(sizes.total).toBeGreaterThan(pageHeight * 39);
    // The contents list the agenda items with their pages (read once the document is open: waited for).
    const contentsEntry = h.page.getByRole('button', { name: /^117\. Placement costs and IMPOWER update\s*p\. 5$/ });
    await contentsEntry.first().waitFor();
    expect(await contentsEntry.count()).toBe(1);
    await expectAxeClean(h.page, 'the reader');
  });

  test('keyboard: PageDown moves a page, the page box jumps, Home and End go to the ends', async () => {
    await h.page.locator('.reader__scroll').focus();
    await h.page.keyboard.press('PageDown');
    await waitForPage(h.page, 6);
    await h.page.keyboard.press('PageUp');
    await waitForPage(h.page, 5);

    await pageBox(h.page).focus();
    await h.page.keyboard.press('Control+a');
    await h.page.keyboard.type('30');
    await h.page.keyboard.press('Enter');
    await waitForPage(h.page, 30);
    await h.page.locator('[data-page="30"] canvas').waitFor();
    expect(await h.page.locator('[data-page="5"]').count()).toBe(0);
    expect(await h.page.locator('.reader__pages canvas').count()).toBeLessThanOrEqual(6);
    expect(await h.page.locator('.toolbar__item').innerText()).toContain('119. Draft Revenue Budget');

    await h.page.locator('.reader__scroll').focus();
    await h.page.keyboard.press('End');
    await waitForPage(h.page, 40);
    await h.page.keyboard.press('Home');
    await waitForPage(h.page, 1);
    expect(await currentPage(h.page)).toBe(1);
  });

  test('the Pages tab shows thumbnails, only those in view drawn; one click goes to the page', async () => {
    await h.page.getByRole('tab', { name: 'Pages' }).click();
    const thumbs = h.page.getByRole('list', { name: 'Pages' });
    await thumbs.locator('canvas').first().waitFor();
    expect(await thumbs.getByRole('button').count()).toBeLessThan(20);
    expect(await thumbs.locator('canvas').count()).toBeLessThan(20);
    expect(await thumbs.getByRole('button', { name: 'Page 1', exact: true }).getAttribute('aria-current')).toBe('page');
    await thumbs.getByRole('button', { name: 'Page 3', exact: true }).click();
    await waitForPage(h.page, 3);
    expect(await thumbs.getByRole('button', { name: 'Page 3', exact: true }).getAttribute('aria-current')).toBe('page');
    await expectAxeClean(h.page, 'the reader with thumbnails');
    await h.page.getByRole('tab', { name: 'Pages' }).press('ArrowLeft');
    expect(await h.page.getByRole('tab', { name: 'Contents' }).getAttribute('aria-selected')).toBe('true');
  });

  test('find in document: Ctrl+F, matches counted, the current one marked in the text layer', async () => {
    await h.page.keyboard.press('Control+f');
    const find = h.page.getByRole('searchbox', { name: 'Find in document' });
    await find.waitFor();
    // Focus moves to the box once it has rendered (an effect), so wait for it rather than sample it.
    await h.page.waitForFunction(() => document.activeElement?.id === 'reader-find', null, { timeout: 5000 });
    await find.fill('foster carer');
    await h.page.getByText(/1 of 1 matches, on page 7/).waitFor();
    await waitForPage(h.page, 7);
    const current = h.page.locator('[data-page="7"] .textLayer mark.hit--current');
    await current.first().waitFor();
    expect((await current.allInnerTexts()).join('').toLowerCase()).toBe('foster carer');
    await h.page.keyboard.press('Escape');
    expect(await h.page.locator('.findbar').count()).toBe(0);
  });

  test('find starts from the page being read, focus returns after Find, and the page box follows scrolling', async () => {
    const box = pageBox(h.page);
    await box.fill('9');
    await box.press('Enter');
    await waitForPage(h.page, 9);
    await h.page.keyboard.press('Control+f');
    const find = h.page.getByRole('searchbox', { name: 'Find in document' });
    await h.page.waitForFunction(() => document.activeElement?.id === 'reader-find', null, { timeout: 5000 });
    // "asked to note the report" is on pages 8 and 9 (and later): the first match shown is on page 9, not 8.
    await find.fill('asked to note');
    await h.page.getByText(/of \d+\+? matches, on page 9/).waitFor();
    // Never "No matches" while it is still reading.
    expect(await h.page.locator('#reader-find-status').innerText()).not.toContain('No matches');
    await h.page.keyboard.press('Escape');
    // Focus goes back to the page box, where it was when Find opened.
    await h.page.waitForFunction(() => document.activeElement?.classList.contains('toolbar__page-input'), null, { timeout: 5000 });
    // Scrolled by other means than the wheel (a script, the scrollbar, a screen reader): the page box follows.
    await h.page.evaluate(() => {
      const el = document.querySelector('.reader__scroll') as HTMLElement;
      el.scrollTop = el.scrollHeight / 2;
    });
    await h.page.waitForFunction(() => Number((document.querySelector('.toolbar__page-input') as HTMLInputElement).value) > 15, null, { timeout: 5000 });
  });

  test('print selected pages renders those pages for the printer', async () => {
    await h.page.evaluate(() => {
      window.print = () => {
        (window as unknown as { __printed: number }).__printed = document.querySelectorAll('.print-pages img').length;
      };
    });
    await h.page.getByRole('button', { name: /^Print/ }).click();
    const dialog = h.page.getByRole('dialog', { name: 'Print pages' });
    await dialog.waitFor();
    const pages = dialog.getByRole('textbox', { name: 'Pages to print' });
    await pages.fill('3-4, 99');
    await dialog.getByRole('button', { name: 'Print' }).click();
    await dialog.getByText('This document has 40 pages; there is no page 99.').waitFor();
    await pages.fill('3–4, 9');
    await dialog.getByRole('button', { name: 'Print' }).click();
    await h.page.waitForFunction(() => (window as unknown as { __printed?: number }).__printed === 3);
    await dialog.waitFor({ state: 'hidden' });
    // Focus returns to the Print button.
    expect(await h.page.evaluate(() => document.activeElement?.textContent)).toBe('Print…');
  });

  test('global search: results as you type, grouped by meeting, terms in bold', async () => {
    await h.page.getByRole('button', { name: 'Dismiss import results' }).click();
    await h.page.keyboard.press('Control+k');
    const box = h.page.getByRole('searchbox', { name: 'Search all papers' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('foster carer', { delay: 20 });
    await h.page.waitForFunction(() => location.hash.startsWith('#/search?q=foster'));
    // Typing stays in the box.
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    const status = h.page.locator('.search-status');
    await h.page.waitForFunction(() => /result.*for “foster carer”/.test(document.querySelector('.search-status')?.textContent ?? ''));
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const group = h.page.locator('.search-group').first();
    const heading = (await group.locator('h2').innerText()).replace(/\s+/g, ' ');
    expect(heading).toContain(COMMITTEE);
    expect(heading).toContain('Tuesday, 14 January 2025');
    const hit = group.locator('.hit-card--page').first();
    expect((await hit.locator('.hit-card__link').innerText()).replace(/\s+/g, ' ')).toBe('Agenda pack, page 7');
    const bold = (await hit.locator('mark').allInnerTexts()).map((t) => t.toLowerCase());
    expect(bold).toEqual(['foster', 'carer']);
    await expectAxeClean(h.page, 'the search page');
    await h.page.screenshot({ path: screenshotPath('screenshot-search.png') });

    await hit.locator('.hit-card__link').click();
    await h.page.waitForFunction(() => /#\/document\/\d+\?page=7&v=\d+&q=foster\+carer$/.test(location.hash));
    await waitForPage(h.page, 7);
    const marks = h.page.locator('[data-page="7"] .textLayer mark.hit--term');
    await marks.first().waitFor();
    expect((await marks.allInnerTexts()).map((t) => t.toLowerCase())).toEqual(['foster', 'carer']);
    // The reader keeps the search box's words.
    expect(await box.inputValue()).toBe('foster carer');
    await expectAxeClean(h.page, 'the reader with search highlights');
    await h.page.screenshot({ path: screenshotPath('screenshot-reader.png') });
  });

  test('filters: minutes only; a minutes hit opens the meeting at the item', async () => {
    const box = h.page.getByRole('searchbox', { name: 'Search all papers' });
    await box.fill('IMPOWER');
    await h.page.waitForFunction(() => location.hash.startsWith('#/search?q=IMPOWER'));
    await h.page.getByRole('radio', { name: 'Minutes' }).check();
    await h.page.waitForFunction(() => /for “IMPOWER”/.test(document.querySelector('.search-status')?.textContent ?? '') && location.hash.includes('scope=minutes'));
    await h.page.waitForFunction(() => document.querySelectorAll('.hit-card--page').length === 0 && document.querySelectorAll('.hit-card--minutes').length > 0);
    const link = h.page.locator('.hit-card--minutes .hit-card__link').first();
    expect(await link.innerText()).toMatch(/Item 117: Placement costs and IMPOWER update/);
    await link.click();
    await h.page.waitForFunction(() => /#\/meeting\/\d+\?item=\d+$/.test(location.hash));
    await h.page.waitForFunction(() => document.activeElement?.tagName === 'H3');
    expect(await h.page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Placement costs and IMPOWER update');

    await h.page.goBack();
    await h.page.waitForFunction(() => location.hash.includes('scope=minutes'));
    expect(await h.page.getByRole('radio', { name: 'Minutes' }).isChecked()).toBe(true);

    await box.fill('zzzyxw');
    await h.page.getByText('No results for “zzzyxw”.').waitFor();
    await box.fill('');
    expect((await mainText(h.page)).includes('Results appear here as you type.')).toBe(true);
  });

  test('the reader opens where the member left off', async () => {
    // Page 7 was read last (from the search hit); the position is saved after a short pause.
    await h.page.goto(`${h.server.origin}/#/`);
    await h.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    const docId = (h.store.db.prepare('SELECT id FROM documents').pluck().get() as number) ?? 0;
    const position = h.store.db.prepare('SELECT page_number FROM reading_positions WHERE document_id = ?').pluck().get(docId);
    expect(position).toBe(7);
    await h.page.evaluate((id) => {
      location.hash = `#/document/${id}`;
    }, docId);
    await waitForPage(h.page, 7);
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });

  test('a long import can be cancelled, and nothing of it is kept', async () => {
    const big = path.join(tempDir, 'big-pack.pdf');
    // Long enough that reading it outlasts a click's round trip on a fast, idle machine (3,000 pages once finished first).
    const filler = Array.from({ length: 6000 }, (_, i) => [`Appendix paragraph ${i + 1}.`]);
    fs.writeFileSync(big, await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: [{ number: '121', title: 'Work Programme', pages: filler }] }));
    const before = h.store.db.prepare('SELECT COUNT(*) FROM document_versions').pluck().get();
    // Press Cancel the moment it shows (from inside the page: no round trip to lose the race). The click may reach the
    // import while the file is still on its way or while its pages are read; either way nothing is kept. (Waiting for
    // the first page count let a fast, idle run finish reading 6,000 pages before the click arrived.)
    await h.page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const cancel = [...document.querySelectorAll('.import-progress button')].find((b) => b.textContent?.startsWith('Cancel'));
        if (cancel instanceof HTMLButtonElement) {
          observer.disconnect();
          cancel.click();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await h.page.locator('input[type=file]').setInputFiles([big]);
    await h.page.locator('.import-panel__summary').waitFor();
    expect(await h.page.locator('.import-result').first().innerText()).toMatch(/^Failed[\s\S]*Cancelled/);
    expect(h.store.db.prepare('SELECT COUNT(*) FROM document_versions').pluck().get()).toBe(before);
  });
});
