/**
 * Annotations end to end: a generated agenda pack and the Leicester minutes imported, text selected
 * on a page of the real pdf.js text layer, a highlight and a question made from it and drawn; then a
 * revised pack (a page inserted before the passage) moves the highlight a page later and leaves the
 * passage it no longer has under "Needs attention"; the question ticked as asked on "My questions"
 * and the Word brief downloaded.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { docxText } from '../helpers/docx-text';
import { makePack, type PackReport } from '../helpers/make-pack';
import { expectAxeClean, openApp, screenshotPath, startHarness, type Harness } from './harness';

const MINUTES = 'leicester-cype-2025-01-14-agenda-and-minutes.txt';
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
const PHRASE = 'foster carer recruitment';
const DROPPED = 'Recruitment events were held in November.';
const QUESTION = 'How many new foster carers were approved this year?';

/** Item 115 on pages 3–4, 117 on 5–12 ("foster carer recruitment" on page 7), 119 after. */
function reports(revised: boolean): PackReport[] {
  const filler = (what: string, n: number) => Array.from({ length: n }, (_, i) => [`${what}: paragraph ${i + 1}.`, 'The Commission is asked to note the report.']);
  return [
    { number: '115', title: 'Update on Youth Summit', pages: [['Update on Youth Summit', 'Report of the Participation Manager'], ['Young people took part in the summit.']] },
    {
      number: '117',
      title: 'Placement costs and IMPOWER update',
      pages: [
        ['Placement costs and IMPOWER update', 'Report of the Director of Children’s Services'],
        ['Placement sufficiency remains the main pressure.'],
        ...(revised ? [['Revised: an additional page on sufficiency planning was added.']] : []),
        ['The service continues foster carer recruitment across the city.', revised ? 'Further events are planned for the spring.' : DROPPED],
        ...filler('Placement costs', 5),
      ],
    },
    { number: '119', title: 'Draft Revenue Budget and Capital Programme 2025/26', pages: filler('Budget detail', 6) },
  ];
}

/** Selects `text` inside the text layer of a page (a Range over its span's text) and lets go of the mouse there. */
async function selectOnPage(page: Page, pageNumber: number, text: string): Promise<void> {
  const span = page.locator(`[data-page="${pageNumber}"] .textLayer span`, { hasText: text }).first();
  await span.waitFor();
  const box = await span.boundingBox();
  if (!box) throw new Error('no box for the span');
  await page.evaluate(
    ({ pageNumber, text }) => {
      const spans = [...document.querySelectorAll(`[data-page="${pageNumber}"] .textLayer span`)];
      const span = spans.find((s) => s.textContent?.includes(text) && s.children.length === 0);
      const node = span?.firstChild;
      if (!span || !(node instanceof Text)) throw new Error(`"${text}" is not in the text layer`);
      const at = node.data.indexOf(text);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    { pageNumber, text },
  );
  // The member lets go of the mouse over the selection.
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.up();
  await page.getByRole('toolbar', { name: 'Annotate the selected text' }).waitFor();
}

describe('annotations', () => {
  let h: Harness;
  let documentId: number;
  let meetingId: number;

  const importPack = async (revised: boolean) => {
    const data = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: reports(revised) });
    const outcome = await h.handlers['import.file']({ name: revised ? 'cype-pack-revised.pdf' : 'cype-pack.pdf', data });
    if (outcome.status === 'failed') throw new Error(outcome.message);
  };

  beforeAll(async () => {
    h = await startHarness({ viewport: { width: 1280, height: 900 } });
    await h.seed(MINUTES);
    await importPack(false);
    documentId = h.store.db.prepare('SELECT id FROM documents').pluck().get() as number;
    meetingId = h.store.db.prepare('SELECT id FROM meetings').pluck().get() as number;
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('a highlight and a question are made from a selection and drawn on the page', async () => {
    await h.page.evaluate((id) => {
      location.hash = `#/document/${id}?page=7`;
    }, documentId);
    await selectOnPage(h.page, 7, PHRASE);
    await h.page.getByRole('button', { name: 'Highlight in green' }).click();
    await h.page.locator('[data-page="7"] .annotation-mark').first().waitFor();

    await selectOnPage(h.page, 7, DROPPED);
    await h.page.getByRole('button', { name: 'Question', exact: true }).click();
    await h.page.getByLabel('Your question').fill(QUESTION);
    await h.page.getByLabel('Tags (separate with commas)').fill('placements, carers');
    await h.page.getByRole('button', { name: 'Save question' }).click();
    await h.page.waitForFunction(() => document.querySelectorAll('[data-page="7"] .annotation-mark').length >= 2);

    const stored = await h.handlers['annotations.list']({ documentId });
    expect(stored).toHaveLength(2);
    const highlight = stored.find((a) => a.kind === 'highlight');
    expect(highlight?.quote?.exact).toBe(PHRASE);
    expect(highlight?.colour).toBe('green');
    expect(highlight?.pageNumber).toBe(7);
    expect(highlight?.rects.length).toBeGreaterThan(0);
    expect(highlight?.quote?.suffix).toContain('across the city');
    const question = stored.find((a) => a.kind === 'question');
    expect(question?.body).toBe(QUESTION);
    expect([...(question?.tags ?? [])].sort()).toEqual(['carers', 'placements']);

    // The panel lists both by page, with the question's words; axe is clean with it open.
    await h.page.getByRole('button', { name: /^Annotations \(2\)/ }).click();
    const panel = h.page.getByRole('complementary', { name: 'Annotations' });
    await panel.waitFor();
    expect(await panel.locator('.annotation-list > li').count()).toBe(2);
    expect(await panel.innerText()).toContain(QUESTION);
    await expectAxeClean(h.page, 'the reader with the Annotations panel open');
    expect(h.pageErrors).toEqual([]);
  });

  test('delete has an Undo', async () => {
    const panel = h.page.getByRole('complementary', { name: 'Annotations' });
    await panel.getByRole('button', { name: 'Delete highlight' }).click();
    await panel.getByRole('button', { name: 'Undo' }).waitFor();
    await h.page.waitForFunction(() => document.querySelectorAll('.annotation-list > li').length === 1);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await h.page.waitForFunction(() => document.querySelectorAll('.annotation-list > li').length === 2);
  });

  test('after a revised pack the highlight is on the next page and the lost passage needs attention', async () => {
    await importPack(true);
    await h.page.evaluate((id) => {
      location.hash = `#/document/${id}?page=8`;
    }, documentId);
    await h.page.locator('[data-page="8"] .textLayer span', { hasText: PHRASE }).waitFor();
    await h.page.locator('[data-page="8"] .annotation-mark').first().waitFor();
    await h.page.getByRole('button', { name: /^Annotations \(1\), 1 need attention/ }).waitFor();
    const panel = h.page.getByRole('complementary', { name: 'Annotations' });
    await panel.waitFor();
    const attention = panel.getByRole('region', { name: /Needs attention/ });
    expect(await attention.innerText()).toContain(DROPPED);
    expect(await attention.innerText()).toContain('was on page 7');
    // The moved highlight is drawn over the phrase's line, found again in the new page's text layer.
    const mark = await h.page.locator('[data-page="8"] .annotation-mark').first().boundingBox();
    const line = await h.page.locator('[data-page="8"] .textLayer span', { hasText: PHRASE }).first().boundingBox();
    expect(mark && line).toBeTruthy();
    if (mark && line) {
      expect(Math.abs(mark.y + mark.height / 2 - (line.y + line.height / 2))).toBeLessThan(line.height);
      expect(mark.x).toBeGreaterThanOrEqual(line.x - 1);
      expect(mark.x + mark.width).toBeLessThanOrEqual(line.x + line.width + 1);
    }
    await h.page.screenshot({ path: screenshotPath('annotations-reader.png') });
    expect(h.pageErrors).toEqual([]);
  });

  test('an orphan is re-attached to a passage the member selects', async () => {
    const panel = h.page.getByRole('complementary', { name: 'Annotations' });
    await panel.getByRole('button', { name: 'Re-attach' }).click();
    await selectOnPage(h.page, 8, 'Further events are planned for the spring.');
    await h.page.getByRole('button', { name: 'Attach here' }).click();
    await h.page.getByRole('button', { name: /^Annotations \(2\)$/ }).waitFor();
    const question = (await h.handlers['annotations.list']({ documentId, kind: 'question' }))[0];
    expect(question?.status).toBe('anchored');
    expect(question?.pageNumber).toBe(8);
    expect(question?.quote?.exact).toBe('Further events are planned for the spring.');
    expect(question?.body).toBe(QUESTION);
  });

  test('keyboard: Ctrl Shift A moves focus to the selection toolbar; a whole-page note from the panel', async () => {
    await selectOnPage(h.page, 8, 'Further events');
    await h.page.locator('#reader-pages').focus();
    await h.page.keyboard.press('Control+Shift+A');
    await h.page.waitForFunction(() => document.activeElement?.closest('.selection-toolbar') !== null);
    await h.page.keyboard.press('Escape');
    await h.page.getByRole('toolbar', { name: 'Annotate the selected text' }).waitFor({ state: 'detached' });

    const panel = h.page.getByRole('complementary', { name: 'Annotations' });
    await panel.getByRole('button', { name: 'Note on page 8' }).click();
    await h.page.getByLabel('Your note').fill('Check the sufficiency plan before the meeting.');
    await h.page.getByRole('button', { name: 'Save note' }).click();
    await panel.getByText('Check the sufficiency plan before the meeting.').waitFor();
    const notes = await h.handlers['annotations.list']({ documentId, kind: 'note' });
    expect(notes).toHaveLength(1);
    expect(notes[0]?.pageNumber).toBe(8);
    expect(notes[0]?.quote).toBeNull();
  });

  test('the meeting shows the counts; My questions ticks a question as asked and downloads the brief', async () => {
    await h.page.evaluate((id) => {
      location.hash = `#/meeting/${id}`;
    }, meetingId);
    const mine = h.page.locator('section[aria-labelledby=my-annotations]');
    await mine.waitFor();
    await h.page.waitForFunction(() => /highlight/.test(document.querySelector('section[aria-labelledby=my-annotations]')?.textContent ?? ''));
    const item117 = h.page.locator('article.item').filter({ has: h.page.locator('.item__number', { hasText: /^117$/ }) });
    expect(await item117.locator('.annotation-counts').innerText()).toMatch(/1 highlight/);

    await mine.getByRole('link', { name: 'My questions and brief' }).click();
    await h.page.getByRole('heading', { level: 1, name: /Questions and notes/ }).waitFor();
    expect(await h.page.locator('main').innerText()).toContain(QUESTION);
    const asked = h.page.getByRole('checkbox', { name: /Asked/ });
    await asked.check();
    await h.page.getByRole('status').filter({ hasText: 'marked as asked' }).waitFor();
    const question = (await h.handlers['annotations.list']({ documentId, kind: 'question' }))[0];
    expect(question?.asked).toBe(true);
    await expectAxeClean(h.page, 'My questions');

    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: 'Download brief (Word)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = await download.path();
    const text = await docxText(new Uint8Array(fs.readFileSync(file)));
    expect(text).toContain(QUESTION);
    expect(text).toContain('Check the sufficiency plan');
    expect(h.pageErrors).toEqual([]);
  });

  test('the library exports every annotation as JSON-LD and imports the file back', async () => {
    await h.page.evaluate(() => {
      location.hash = '#/';
    });
    const section = h.page.locator('section[aria-labelledby=annotations-portability]');
    await section.waitFor();
    const [download] = await Promise.all([h.page.waitForEvent('download'), section.getByRole('button', { name: 'Export annotations' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.jsonld$/);
    const file = await download.path();
    const json = fs.readFileSync(file, 'utf8');
    expect(json).toContain(QUESTION);
    expect(JSON.parse(json)).toBeTruthy();
    const [chooser] = await Promise.all([h.page.waitForEvent('filechooser'), section.getByRole('button', { name: 'Load annotations from a file…' }).click()]);
    await chooser.setFiles(file);
    await section.getByRole('status').filter({ hasText: /Imported annotations: 0 new, 0 updated, 3 unchanged/ }).waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
