import { expectAxeClean, screenshotPath, fixture, mainText, openApp, startHarness, type Harness } from './harness';

const MEETING = 'leicester-cype-2025-01-14-agenda-and-minutes.txt';
const SCOPE = 'leicester-cype-scope-review-item.txt';
const LEEDS = 'leeds-scrutiny-macalister-item.txt';
const COMMITTEE = /Children, Young People,? and Education Scrutiny Commission/i;

async function resultFor(h: Harness, fileName: string): Promise<string> {
  const row = h.page.locator('.import-result').filter({ hasText: fileName });
  return (await row.innerText()).replace(/\s+/g, ' ');
}

async function importThroughUi(h: Harness, files: string[]): Promise<void> {
  await h.page.locator('input[type=file]').setInputFiles(files);
  await h.page.locator('.import-panel__summary').waitFor();
}

describe('importing real minutes and browsing them', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('imports three council pages through the Import input, one result per file', async () => {
    // Record every progress label the page shows while the files go through one at a time.
    await h.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const label = document.querySelector('label[for=import-progress]');
        const bar = document.querySelector('progress#import-progress');
        const text = label?.textContent ?? '';
        if (bar && text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await importThroughUi(h, [fixture(MEETING), fixture(SCOPE), fixture(LEEDS)]);
    const progress = await h.page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(progress).toEqual([`Importing 1 of 3: ${MEETING}`, `Importing 2 of 3: ${SCOPE}`, `Importing 3 of 3: ${LEEDS}`]);
    expect(await h.page.locator('[aria-live=polite] .import-results').count()).toBe(1);
    const rows = h.page.locator('.import-result');
    expect(await rows.count()).toBe(3);
    const meeting = await resultFor(h, MEETING);
    expect(meeting).toMatch(/^Imported /);
    for (const name of [SCOPE, LEEDS]) {
      const text = await resultFor(h, name);
      // A single-item page is still minutes: it should import, not fail.
      expect(text).not.toMatch(/^Failed/);
    }
    // The library refreshed: the Leicester committee is listed with its meeting count.
    const link = h.page.getByRole('link', { name: COMMITTEE }).first();
    await link.waitFor();
    expect(await link.innerText()).toMatch(/\d+ meetings?/);
    await expectAxeClean(h.page, 'the library after import');
  });

  test('committee page lists the 14 January 2025 meeting', async () => {
    await h.page.getByRole('link', { name: COMMITTEE }).first().click();
    const heading = h.page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.innerText()).toMatch(COMMITTEE);
    // Focus moved to the new page's heading.
    expect(await h.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const meetingLink = h.page.getByRole('link', { name: /Tuesday, 14 January 2025/ });
    expect(await meetingLink.innerText()).toMatch(/\d+ items · \d+ decisions?/);
    await expectAxeClean(h.page, 'the committee page');
  });

  test('meeting page shows date, time, venue, apologies, declarations, items and decisions', async () => {
    await h.page.getByRole('link', { name: /Tuesday, 14 January 2025/ }).click();
    const heading = h.page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.innerText()).toContain('Tuesday, 14 January 2025');
    const text = await mainText(h.page);
    expect(text).toContain('Tuesday, 14 January 2025, 5:30 pm');
    expect(text).toContain('to 8:02 pm');
    const venue = await h.page.locator('.facts dt:text-is("Venue") + dd').innerText();
    expect(venue).toContain('City Hall');
    expect(await h.page.locator('section[aria-labelledby=apologies]').innerText()).toContain('Barnes');
    const declarations = await h.page.locator('section[aria-labelledby=declarations]').innerText();
    expect(declarations).toContain('Dr Moore');
    expect(declarations).toContain('Millgate School');

    const numbers = await h.page.locator('article.item .item__number').allInnerTexts();
    const expected = Array.from({ length: 13 }, (_, i) => String(109 + i));
    expect(numbers).toEqual(expected);
    const titles = await h.page.locator('article.item h3').allInnerTexts();
    expect(titles.some((t) => t.includes('Declarations of Interest'))).toBe(true);
    expect(titles.some((t) => t.includes('Minutes of the Previous Meeting'))).toBe(true);
    // Titles are clean: no "pdf icon PDF 128 KB" residue.
    expect(titles.join('\n')).not.toMatch(/pdf icon/i);

    const item113 = h.page.locator('article.item').filter({ has: h.page.locator('.item__number', { hasText: /^113$/ }) });
    expect(await item113.innerText()).toContain(
      "Only the start of these minutes was in the imported copy; the full text is on the council's website.",
    );
    expect(await item113.innerText()).toContain('Truncated');

    expect(text).toMatch(/That the report be noted/);
    expect(text).toMatch(/Parsed from leicester-cype-2025-01-14-agenda-and-minutes\.txt on /);

    await expectAxeClean(h.page, 'the meeting page');

    // The README's picture of the meeting page, without the import results above it.
    await h.page.getByRole('button', { name: 'Dismiss import results' }).click();
    await h.page.evaluate(() => window.scrollTo(0, 0));
    await h.page.screenshot({
      path: screenshotPath('screenshot-meeting.png'),
      fullPage: true,
      clip: { x: 0, y: 0, width: 1280, height: 1800 },
    });
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });

  test('importing the same file again reports Unchanged and keeps the page', async () => {
    await importThroughUi(h, [fixture(MEETING)]);
    expect(await resultFor(h, MEETING)).toMatch(/^Unchanged /);
    expect(await h.page.getByRole('heading', { level: 1 }).innerText()).toContain('Tuesday, 14 January 2025');
    await expectAxeClean(h.page, 'the meeting page with import results');
  });
});
