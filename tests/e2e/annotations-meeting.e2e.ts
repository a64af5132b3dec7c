/**
 * Annotations across a meeting, end to end: a selection running from one page onto the next makes
 * one highlight drawn on both; its colour changed in the Edit form and still so after a reload; the
 * meeting's annotations in agenda order, filtered by kind, colour and tag, each opening its place in
 * the reader; and after a revised pack, the passages it lost listed under "Needs attention" for the
 * whole meeting: one dismissed (gone, and still gone after a reload, but kept in the data), one
 * re-attached in the reader.
 */
import type { Page } from 'playwright-core';
import { makePack, type PackReport } from '../helpers/make-pack';
import { expectAxeClean, openApp, screenshotPath, startHarness, type Harness } from './harness';

const MINUTES = 'leicester-cype-2025-01-14-agenda-and-minutes.txt';
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
const DROPPED = 'Recruitment events were held in November.';
const REPLACEMENT = 'Further events are planned for the spring.';
const QUESTION = 'How many people came to the recruitment events?';
const NOTE = 'Compare with the events held last year.';

/** Item 115 on pages 3–4, 117 on 5–12 (the dropped sentence on page 7; filler on 8–12), 119 after. */
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
        ['The service continues foster carer recruitment across the city.', revised ? REPLACEMENT : DROPPED],
        ...filler('Placement costs', 5),
      ],
    },
    { number: '119', title: 'Draft Revenue Budget and Capital Programme 2025/26', pages: filler('Budget detail', 6) },
  ];
}

/** Selects from `from.text` on one page to the end of `to.text` on another, in their text layers, and lets go of the mouse. */
async function selectAcross(page: Page, from: { page: number; text: string }, to: { page: number; text: string }): Promise<void> {
  for (const end of [from, to]) await page.locator(`[data-page="${end.page}"] .textLayer span`, { hasText: end.text }).first().waitFor();
  // The member scrolls to where the selection ends.
  await page.locator(`[data-page="${to.page}"] .textLayer span`, { hasText: to.text }).first().scrollIntoViewIfNeeded();
  await page.evaluate(
    ({ from, to }) => {
      const textOf = (pageNumber: number, text: string) => {
        const span = [...document.querySelectorAll(`[data-page="${pageNumber}"] .textLayer span`)].find((s) => s.textContent?.includes(text) && s.children.length === 0);
        const node = span?.firstChild;
        if (!(node instanceof Text)) throw new Error(`"${text}" is not in the text layer of page ${pageNumber}`);
        return { node, at: node.data.indexOf(text) };
      };
      const start = textOf(from.page, from.text);
      const end = textOf(to.page, to.text);
      const range = document.createRange();
      range.setStart(start.node, start.at);
      range.setEnd(end.node, end.at + to.text.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    { from, to },
  );
  const box = await page.locator(`[data-page="${to.page}"] .textLayer span`, { hasText: to.text }).first().boundingBox();
  if (!box) throw new Error('no box for the end of the selection');
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.up();
  await page.getByRole('toolbar', { name: 'Annotate the selected text' }).waitFor();
}

const marksOf = (page: Page, pageNumber: number, id: number) => page.locator(`[data-page="${pageNumber}"] .annotation-mark[data-annotation-id="${id}"]`);

describe('annotations across a meeting', () => {
  let h: Harness;
  let documentId: number;
  let meetingId: number;
  let highlightId: number;

  const importPack = async (revised: boolean) => {
    const data = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: reports(revised) });
    const outcome = await h.handlers['import.file']({ name: revised ? 'cype-pack-revised.pdf' : 'cype-pack.pdf', data });
    if (outcome.status === 'failed') throw new Error(outcome.message);
  };
  const go = async (hash: string) => {
    await h.page.evaluate((to) => {
      location.hash = to;
    }, hash);
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

  test('a selection running onto the next page makes one highlight, drawn on both pages', async () => {
    await go(`#/document/${documentId}?page=8`);
    await selectAcross(h.page, { page: 8, text: 'The Commission is asked to note the report.' }, { page: 9, text: 'Placement costs: paragraph 2.' });
    await h.page.getByRole('button', { name: 'Highlight in pink' }).click();
    await h.page.getByRole('status').filter({ hasText: 'Highlight added on pages 8–9.' }).waitFor({ state: 'attached' });

    const stored = await h.handlers['annotations.list']({ documentId });
    expect(stored).toHaveLength(1);
    const highlight = stored[0];
    if (!highlight) throw new Error('no highlight');
    highlightId = highlight.id;
    expect(highlight).toMatchObject({ kind: 'highlight', colour: 'pink', pageNumber: 8, lastPageNumber: 9 });
    const quote = highlight.quote?.exact.replace(/\s+/g, ' ') ?? '';
    expect(quote.startsWith('The Commission is asked to note the report.')).toBe(true);
    expect(quote.endsWith('Placement costs: paragraph 2.')).toBe(true);
    expect(highlight.pageParts.map((p) => p.pageNumber)).toEqual([8, 9]);
    expect(new Set(highlight.rects.map((r) => r.page))).toEqual(new Set([8, 9]));

    // Drawn on each page, over that page's part of the passage.
    await marksOf(h.page, 8, highlightId).first().waitFor();
    await marksOf(h.page, 9, highlightId).first().waitFor();
    const mark9 = await marksOf(h.page, 9, highlightId).first().boundingBox();
    const line9 = await h.page.locator('[data-page="9"] .textLayer span', { hasText: 'Placement costs: paragraph 2.' }).first().boundingBox();
    expect(mark9 && line9 && Math.abs(mark9.y + mark9.height / 2 - (line9.y + line9.height / 2)) < line9.height).toBe(true);
    expect(h.pageErrors).toEqual([]);
  });

  test('a highlight’s colour is changed in the Edit form and stays changed after a reload', async () => {
    await h.page.getByRole('button', { name: /^Annotations \(1\)/ }).click();
    const panel = h.page.getByRole('complementary', { name: 'Annotations' });
    await panel.getByRole('button', { name: 'Edit highlight' }).click();
    const colours = panel.getByRole('group', { name: 'Colour' });
    expect(await colours.getByRole('radio', { name: 'Pink' }).isChecked()).toBe(true);
    await expectAxeClean(h.page, 'the reader with a highlight being edited');
    await colours.getByRole('radio', { name: 'Green' }).check();
    await panel.getByRole('button', { name: 'Save highlight' }).click();
    await panel.getByText('Green highlight, pages 8–9').waitFor();
    await h.page.waitForFunction((id) => {
      const mark = document.querySelector<HTMLElement>(`[data-page="8"] .annotation-mark[data-annotation-id="${id}"]`);
      return mark !== null && getComputedStyle(mark).backgroundColor.includes('80, 200, 80');
    }, highlightId);
    expect((await h.handlers['annotations.list']({ documentId }))[0]?.colour).toBe('green');

    await h.page.reload();
    await h.page.getByRole('button', { name: /^Annotations \(1\)/ }).click();
    await h.page.getByRole('complementary', { name: 'Annotations' }).getByText('Green highlight, pages 8–9').waitFor();
    const background = await marksOf(h.page, 9, highlightId).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toContain('80, 200, 80');
    expect(h.pageErrors).toEqual([]);
  });

  test('the meeting’s annotations: agenda order, filters by kind, colour and tag, and Enter opens the place in the reader', async () => {
    // More to list: on the papers (created as the reader does), on item 119 and on the meeting.
    const version = h.store.db.prepare('SELECT id FROM document_versions WHERE document_id = ? AND is_current = 1').pluck().get(documentId) as number;
    const quote = (exact: string) => ({ exact, prefix: '', suffix: '' });
    await h.handlers['annotations.create']({ documentId, versionId: version, kind: 'question', body: QUESTION, tags: ['carers'], pageNumber: 7, quote: quote(DROPPED) });
    await h.handlers['annotations.create']({ documentId, versionId: version, kind: 'note', colour: 'blue', body: NOTE, tags: ['events'], pageNumber: 7, quote: quote(DROPPED) });
    await h.handlers['annotations.create']({ documentId, versionId: version, kind: 'note', colour: 'blue', body: 'Sufficiency is the theme.', tags: ['budget'], pageNumber: 6, quote: quote('Placement sufficiency remains the main pressure.') });
    const item119 = h.store.db.prepare("SELECT id FROM items WHERE meeting_id = ? AND number = '119'").pluck().get(meetingId) as number;
    await h.handlers['annotations.createForTarget']({ target: 'item', itemId: item119, kind: 'question', body: 'Is the capital programme affordable?' });
    await h.handlers['annotations.createForTarget']({ target: 'meeting', meetingId, kind: 'note', body: 'Bring the last budget monitoring report.' });

    await go(`#/meeting/${meetingId}`);
    await h.page.getByRole('link', { name: 'All my annotations' }).click();
    await h.page.getByRole('heading', { level: 1, name: /My annotations/ }).waitFor();
    const list = h.page.locator('section[aria-labelledby="meeting-annotations-list"]');
    const headings = await list.locator('h3').allInnerTexts();
    expect(headings).toEqual(['The meeting as a whole', '117. Placement costs and IMPOWER update', '119. Draft Revenue Budget and Capital Programme 2025/26']);
    const entries = () => list.locator('.annotation-card');
    // In reading order within item 117: page 6, page 7 (twice), then the highlight over pages 8–9.
    const texts = await entries().allInnerTexts();
    expect(texts).toHaveLength(6);
    expect(texts[0]).toContain('Bring the last budget monitoring report.');
    expect(texts[1]).toMatch(/Blue note, Agenda pack, page 6[\s\S]*Placement sufficiency remains the main pressure/);
    expect(texts[2]).toContain(QUESTION);
    expect(texts[3]).toContain(NOTE);
    expect(texts[4]).toMatch(/Green highlight, Agenda pack, pages 8–9/);
    expect(texts[5]).toContain('Is the capital programme affordable?');
    await expectAxeClean(h.page, 'the meeting’s annotations');

    const filters = h.page.getByRole('group', { name: 'Filter this meeting’s annotations' });
    await filters.getByLabel('Kind').selectOption('question');
    expect(await entries().count()).toBe(2);
    expect(await list.innerText()).toContain('2 of 6 shown.');
    await filters.getByLabel('Kind').selectOption('');
    await filters.getByLabel('Colour').selectOption('blue');
    expect(await entries().count()).toBe(2);
    await filters.getByLabel('Tag').selectOption('budget');
    expect(await entries().count()).toBe(1);
    expect(await entries().first().innerText()).toContain('Sufficiency is the theme.');
    await filters.getByLabel('Colour').selectOption('green');
    expect(await list.innerText()).toContain('None match these filters.');
    await filters.getByLabel('Tag').selectOption('');
    expect(await entries().count()).toBe(1);

    // Enter on the highlight's link opens the reader at its page.
    await entries().first().getByRole('link', { name: /Open at page 8/ }).focus();
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction(() => /^#\/document\/\d+\?page=8/.test(location.hash));
    await h.page.locator('#reader-pages [data-page="8"] .annotation-mark').first().waitFor();
    expect(await h.page.getByRole('textbox', { name: /^Page/ }).inputValue()).toBe('8');
    expect(h.pageErrors).toEqual([]);
  });

  test('after a revised pack the meeting lists what needs attention; one is dismissed for good, one re-attached in the reader', async () => {
    await importPack(true);
    await go(`#/meeting/${meetingId}`);
    await h.page.getByText('2 annotations need attention').waitFor();
    await h.page.getByRole('link', { name: 'Re-attach or dismiss' }).click();
    const attention = h.page.getByRole('region', { name: /Needs attention \(2\)/ });
    await attention.waitFor();
    const orphans = attention.locator('.annotation-card');
    expect(await orphans.count()).toBe(2);
    const text = await attention.innerText();
    expect(text).toContain(`“${DROPPED}”`);
    expect(text).toContain('Agenda pack, was on page 7');
    expect(text).toContain(QUESTION);
    await expectAxeClean(h.page, 'the meeting’s annotations with some needing attention');
    await h.page.screenshot({ path: screenshotPath('annotations-meeting.png'), fullPage: true });

    // The highlight over two pages moved with its pages (a page was inserted before) and is drawn on both.
    const moved = (await h.handlers['annotations.list']({ documentId, kind: 'highlight' }))[0];
    expect(moved).toMatchObject({ id: highlightId, status: 'anchored', pageNumber: 9, lastPageNumber: 10, rectsStale: true });
    expect(await h.page.locator('.annotation-card', { hasText: 'Green highlight, Agenda pack, pages 9–10' }).count()).toBe(1);

    // Dismiss the note: it goes, and stays gone after a reload; the annotation itself is kept.
    const note = (await h.handlers['annotations.list']({ documentId, kind: 'note', status: 'orphaned' }))[0];
    if (!note) throw new Error('the note is not orphaned');
    await orphans.filter({ hasText: NOTE }).getByRole('button', { name: 'Dismiss note' }).click();
    await h.page.getByRole('status').filter({ hasText: 'Note dismissed.' }).waitFor();
    await h.page.getByRole('region', { name: /Needs attention \(1\)/ }).waitFor();
    expect(await h.page.getByRole('region', { name: /Needs attention/ }).innerText()).not.toContain(NOTE);
    await h.page.reload();
    await h.page.getByRole('region', { name: /Needs attention \(1\)/ }).waitFor();
    expect(await h.page.locator('main').innerText()).not.toContain(NOTE);
    expect(await h.page.locator('main').innerText()).toContain('1 dismissed annotation is kept in your data and exports');
    const dismissed = await h.handlers['annotations.list']({ documentId, status: 'dismissed' });
    expect(dismissed).toEqual([expect.objectContaining({ id: note.id, uuid: note.uuid, body: NOTE, status: 'dismissed', deletedAt: null })]);
    expect(await h.handlers['annotations.needsAttention']({ meetingId })).toHaveLength(1);

    // Re-attach the question: the reader opens the latest version, ready for the member to select the passage.
    await h.page.getByRole('button', { name: 'Re-attach question' }).click();
    await h.page.waitForFunction(() => /^#\/document\/\d+\?page=7$/.test(location.hash));
    const panel = h.page.getByRole('complementary', { name: 'Annotations' });
    await panel.getByText('Select the passage, then choose Attach here.').waitFor();
    await selectAcross(h.page, { page: 8, text: REPLACEMENT }, { page: 8, text: REPLACEMENT });
    await h.page.getByRole('button', { name: 'Attach here' }).click();
    await h.page.getByRole('status').filter({ hasText: 'Re-attached on page 8.' }).waitFor({ state: 'attached' });
    const question = (await h.handlers['annotations.list']({ documentId, kind: 'question' }))[0];
    expect(question).toMatchObject({ status: 'anchored', pageNumber: 8, body: QUESTION, quote: { exact: REPLACEMENT } });

    // Nothing needs attention now; the moved highlight is drawn on both of its new pages.
    await go(`#/document/${documentId}?page=9`);
    await marksOf(h.page, 9, highlightId).first().waitFor();
    await marksOf(h.page, 10, highlightId).first().waitFor();
    await go(`#/meeting/${meetingId}/annotations`);
    await h.page.getByRole('heading', { level: 1, name: /My annotations/ }).waitFor();
    expect(await h.page.getByRole('region', { name: /Needs attention/ }).count()).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });
});
