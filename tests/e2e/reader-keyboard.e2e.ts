/**
 * Reading and annotating a paper with the keyboard only: caret browsing (F7) in the real pdf.js text
 * layer of a generated agenda pack, a phrase selected with Shift and the arrow keys, highlighted (H)
 * and noted (N), the saved quotes exactly the phrase, focus back on the text after saving and after
 * cancelling, the caret announced, and axe clean. After opening the paper there is no mouse at all.
 * Also: find-in-document highlights sit on the words (their boxes against the text layer's span and
 * against the ink drawn on the canvas).
 */
import type { Page } from 'playwright-core';
import { makePack } from '../helpers/make-pack';
import { expectAxeClean, openApp, startHarness, type Harness } from './harness';

const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
const LINE_1 = 'The service continues foster carer recruitment across the city.';
const LINE_2 = 'Recruitment events were held in November.';
const PHRASE = 'foster carer recruitment';
const NOTE = 'Ask how many carers were recruited through the events.';

const packReports = () => [
  { number: '115', title: 'Update on Youth Summit', pages: [['Update on Youth Summit', 'Report of the Participation Manager'], ['Young people took part in the summit.']] },
  {
    number: '117',
    title: 'Placement costs and IMPOWER update',
    pages: [['Placement costs and IMPOWER update'], ['Placement sufficiency remains the main pressure.'], [LINE_1, LINE_2, 'Further events are planned for the spring.']],
  },
];

interface Focus {
  inLayer: boolean;
  page: string | null;
  selected: string;
  collapsed: boolean;
}

/** Where focus and the selection are. */
const where = (page: Page) =>
  page.evaluate((): Focus => {
    const active = document.activeElement;
    const selection = window.getSelection();
    return {
      inLayer: active?.classList.contains('textLayer') ?? false,
      page: active?.closest<HTMLElement>('[data-page]')?.dataset.page ?? null,
      selected: selection?.toString() ?? '',
      collapsed: selection?.isCollapsed ?? true,
    };
  });

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** The text before the caret on its line (the caret is collapsed in a text node of the layer). */
const beforeCaret = (page: Page) =>
  page.evaluate(() => {
    const s = window.getSelection();
    return s?.focusNode instanceof Text ? s.focusNode.data.slice(0, s.focusOffset) : `<${s?.focusNode?.nodeName}>`;
  });

describe('keyboard-only reading and annotating', () => {
  let h: Harness;
  let documentId: number;

  beforeAll(async () => {
    h = await startHarness({ viewport: { width: 1280, height: 900 } });
    const data = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: packReports() });
    const outcome = await h.handlers['import.file']({ name: 'cype-pack.pdf', data });
    if (outcome.status === 'failed') throw new Error(outcome.message);
    documentId = h.store.db.prepare('SELECT id FROM documents').pluck().get() as number;
    await openApp(h);
    await h.page.evaluate((id) => {
      location.hash = `#/document/${id}?page=7`;
    }, documentId);
    await h.page.locator('[data-page="7"] .textLayer span', { hasText: PHRASE }).first().waitFor();
    await h.page.waitForFunction(() => (document.querySelector('.toolbar__page-input') as HTMLInputElement | null)?.value === '7');
  });
  afterAll(async () => {
    await h?.close();
  });

  test('F7 turns caret browsing on: the text layer of the page takes focus, the caret is drawn and announced', async () => {
    await h.page.keyboard.press('F7');
    await h.page.waitForFunction(() => document.activeElement?.classList.contains('textLayer') === true);
    const focus = await where(h.page);
    expect(focus).toMatchObject({ inLayer: true, page: '7', collapsed: true });
    expect(await beforeCaret(h.page)).toBe('');
    expect(await h.page.getByRole('button', { name: 'Caret browsing' }).getAttribute('aria-pressed')).toBe('true');
    expect(await h.page.getByRole('button', { name: 'Caret browsing' }).getAttribute('aria-keyshortcuts')).toBe('F7');
    await h.page.getByRole('status').filter({ hasText: /^Caret browsing on\./ }).waitFor();
    await h.page.locator('.reader-caret').waitFor();
    // The caret is drawn at the start of the first line.
    const caret = await h.page.locator('.reader-caret').boundingBox();
    const line = await h.page.locator('[data-page="7"] .textLayer span', { hasText: LINE_1 }).first().boundingBox();
    expect(caret && line).toBeTruthy();
    if (caret && line) {
      expect(Math.abs(caret.x + caret.width / 2 - line.x)).toBeLessThan(2);
      expect(caret.y).toBeGreaterThanOrEqual(line.y - 3);
      expect(caret.y + caret.height).toBeLessThanOrEqual(line.y + line.height + 3);
    }
  });

  test('the arrow keys move the caret by character, word, line and to the ends of the line', async () => {
    await press(h.page, 'ArrowRight', 2);
    expect(await beforeCaret(h.page)).toBe('Th');
    await press(h.page, 'Control+ArrowRight');
    expect(await beforeCaret(h.page)).toBe('The');
    await press(h.page, 'End');
    expect(await beforeCaret(h.page)).toBe(LINE_1);
    await press(h.page, 'ArrowDown');
    expect(LINE_2.startsWith(await beforeCaret(h.page))).toBe(true);
    await press(h.page, 'Home');
    expect(await beforeCaret(h.page)).toBe('');
    expect(await h.page.evaluate(() => window.getSelection()?.focusNode?.textContent)).toBe(LINE_2);
    await press(h.page, 'ArrowUp');
    expect(await h.page.evaluate(() => window.getSelection()?.focusNode?.textContent)).toBe(LINE_1);
    expect(await beforeCaret(h.page)).toBe('');
    // Still on page 7: Home and End moved the caret, not the reader.
    expect(await h.page.locator('.toolbar__page-input').inputValue()).toBe('7');
  });

  test('Shift and the arrow keys select a phrase; H highlights exactly it and focus stays on the text', async () => {
    await press(h.page, 'Control+ArrowRight', 3); // after "continues"
    await press(h.page, 'ArrowRight'); // before "foster"
    await press(h.page, 'Control+Shift+ArrowRight', 3);
    expect((await where(h.page)).selected).toBe(PHRASE);

    await h.page.keyboard.press('h');
    await h.page.getByRole('status').filter({ hasText: 'Highlight added on page 7.' }).waitFor();
    const stored = await h.handlers['annotations.list']({ documentId, kind: 'highlight' });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.quote?.exact).toBe(PHRASE);
    expect(stored[0]?.pageNumber).toBe(7);
    expect(stored[0]?.quote?.prefix).toMatch(/continues $/);
    expect(stored[0]?.quote?.suffix).toMatch(/^ across the city/);
    await h.page.locator('[data-page="7"] .annotation-mark').first().waitFor();

    // The caret waits at the end of the passage, in the text layer.
    await h.page.waitForFunction(() => document.activeElement?.classList.contains('textLayer') === true);
    expect(await where(h.page)).toMatchObject({ inLayer: true, page: '7', collapsed: true });
    expect(await beforeCaret(h.page)).toBe(`The service continues ${PHRASE}`);
  });

  test('N adds a note to the selection; after saving, focus and the caret are back on the text', async () => {
    await press(h.page, 'Control+Shift+ArrowLeft', 3);
    expect((await where(h.page)).selected).toBe(PHRASE);
    await h.page.keyboard.press('n');
    await h.page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await expectAxeClean(h.page, 'the note form opened from caret browsing');
    await h.page.keyboard.type(NOTE);
    await h.page.keyboard.press('Tab'); // the tags
    await h.page.keyboard.type('carers');
    await h.page.keyboard.press('Enter');
    await h.page.getByRole('status').filter({ hasText: 'Note added on page 7.' }).waitFor();

    const notes = await h.handlers['annotations.list']({ documentId, kind: 'note' });
    expect(notes).toHaveLength(1);
    expect(notes[0]?.quote?.exact).toBe(PHRASE);
    expect(notes[0]?.body).toBe(NOTE);
    expect(notes[0]?.tags).toEqual(['carers']);

    await h.page.waitForFunction(() => document.activeElement?.classList.contains('textLayer') === true);
    expect(await where(h.page)).toMatchObject({ inLayer: true, page: '7', collapsed: true });
    expect(await beforeCaret(h.page)).toBe(`The service continues ${PHRASE}`);
  });

  test('cancelling a question puts focus and the selection back; Shift F10 reaches the toolbar, Escape leaves it', async () => {
    await press(h.page, 'ArrowDown');
    await press(h.page, 'Home');
    await press(h.page, 'Shift+End');
    expect((await where(h.page)).selected).toBe(LINE_2);
    await h.page.keyboard.press('q');
    await h.page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect(await h.page.getByRole('form', { name: 'Question on the selected text' }).count()).toBe(1);
    await h.page.keyboard.press('Escape');
    await h.page.waitForFunction(() => document.activeElement?.classList.contains('textLayer') === true);
    expect(await where(h.page)).toMatchObject({ inLayer: true, page: '7', selected: LINE_2 });

    await h.page.keyboard.press('Shift+F10');
    await h.page.waitForFunction(() => document.activeElement?.closest('.selection-toolbar') !== null);
    const toolbar = h.page.getByRole('toolbar', { name: 'Annotate the selected text' });
    expect(await toolbar.getByRole('button', { name: 'Highlight in yellow' }).getAttribute('aria-keyshortcuts')).toBe('H');
    expect(await toolbar.getByRole('button', { name: 'Note', exact: true }).getAttribute('title')).toContain('(N)');
    await expectAxeClean(h.page, 'the selection toolbar reached from caret browsing');
    await h.page.keyboard.press('Escape');
    await toolbar.waitFor({ state: 'detached' });
    await h.page.waitForFunction(() => document.activeElement?.classList.contains('textLayer') === true);
    expect((await where(h.page)).selected).toBe(LINE_2);
    expect(await h.handlers['annotations.list']({ documentId, kind: 'question' })).toHaveLength(0);
  });

  test('after Page Up the caret starts again on the page being read', async () => {
    await h.page.keyboard.press('PageUp');
    await h.page.waitForFunction(() => (document.querySelector('.toolbar__page-input') as HTMLInputElement | null)?.value === '6');
    await h.page.locator('[data-page="6"] .textLayer span', { hasText: 'Placement sufficiency' }).first().waitFor();
    await h.page.keyboard.press('ArrowRight');
    await h.page.waitForFunction(() => document.activeElement?.closest('[data-page="6"]') !== null);
    expect(await where(h.page)).toMatchObject({ inLayer: true, page: '6', collapsed: true });
    expect(await beforeCaret(h.page)).toBe('');
    await h.page.keyboard.press('ArrowRight');
    expect(await beforeCaret(h.page)).toBe('P');
  });

  test('axe is clean with caret browsing on; F7 turns it off and says so', async () => {
    await expectAxeClean(h.page, 'the reader in caret browsing');
    await h.page.keyboard.press('F7');
    await h.page.getByRole('status').filter({ hasText: /^Caret browsing off\.$/ }).waitFor();
    expect(await h.page.getByRole('button', { name: 'Caret browsing' }).getAttribute('aria-pressed')).toBe('false');
    expect(await h.page.locator('.reader-caret').count()).toBe(0);
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('reader-pages');
    expect(h.pageErrors).toEqual([]);
  });

  test('a find highlight covering a whole run of text has the box of its text-layer span', async () => {
    await openFind(h.page);
    await h.page.keyboard.type(LINE_2);
    // Every page read (the marks are put in again as matches come in).
    await findStatus(h.page).filter({ hasText: /^1 of 1 matches, on page 7$/ }).waitFor();
    const mark = h.page.locator('[data-page="7"] .textLayer mark.hit--current');
    await mark.waitFor();
    const boxes = await mark.evaluate((el) => {
      const span = el.closest('span') as HTMLElement;
      const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      return { mark: box(el.getBoundingClientRect()), span: box(span.getBoundingClientRect()), whole: span.textContent === el.textContent };
    });
    expect(boxes.whole).toBe(true);
    for (const side of ['left', 'right', 'top', 'bottom'] as const) expect(Math.abs(boxes.mark[side] - boxes.span[side])).toBeLessThanOrEqual(1.5);
    await h.page.keyboard.press('Escape');
    expect(h.pageErrors).toEqual([]);
  });

  test('find highlights sit on the words of a justified report printed by a real tool (its own embedded fonts)', async () => {
    const printed = await printReport(h);
    const outcome = await h.handlers['import.file']({ name: 'justified-report.pdf', data: printed });
    if (outcome.status === 'failed') throw new Error(outcome.message);
    const id = h.store.db.prepare("SELECT id FROM documents WHERE id <> ? ORDER BY id DESC").pluck().get(documentId) as number;
    await h.page.evaluate((id) => {
      location.hash = `#/document/${id}?page=1`;
    }, id);
    await h.page.locator('[data-page="1"] .textLayer span', { hasText: 'Commission' }).first().waitFor();
    await h.page.locator('#reader-pages').focus();
    // Words in the middle of justified lines (where stretching the whole run put them furthest out), each once on the page.
    const words = await h.page.evaluate(() => {
      const texts = [...document.querySelectorAll('[data-page="1"] .textLayer span:not(.markedContent)')].map((s) => s.textContent ?? '');
      const all = texts.join(' ');
      const count = (w: string) => all.split(w).length - 1;
      return texts
        .filter((t) => (t.match(/ /g)?.length ?? 0) >= 6)
        .map((t) => {
          const candidates = [...t.matchAll(/(?<= )[a-z]{5,}(?= )/g)].filter((m) => count(m[0]) === 1);
          const middle = (m: RegExpMatchArray) => Math.abs((m.index ?? 0) - t.length / 2);
          return candidates.sort((a, b) => middle(a) - middle(b))[0]?.[0];
        })
        .filter((w): w is string => Boolean(w))
        .slice(0, 4);
    });
    expect(words.length).toBeGreaterThanOrEqual(3);
    await openFind(h.page);
    for (const word of words) {
      await h.page.keyboard.press('Control+a');
      await h.page.keyboard.type(word);
      await findStatus(h.page).filter({ hasText: /^1 of 1 matches, on page 1$/ }).waitFor();
      await h.page.waitForFunction((w) => document.querySelector('[data-page="1"] mark.hit--current')?.textContent === w, word);
      const at = await inkAroundMark(h.page, 1);
      // The highlight over the word's ink: centred on it, and as wide as it give or take the letters' side bearings.
      const centre = (at.markLeft + at.markRight) / 2 - (at.inkLeft + at.inkRight) / 2;
      const wider = at.markRight - at.markLeft - (at.inkRight - at.inkLeft);
      expect({ word, centred: Math.abs(centre) <= 1.5, width: wider >= -1 && wider <= 4 }).toEqual({ word, centred: true, width: true });
    }
    await h.page.keyboard.press('Escape');
    expect(h.pageErrors).toEqual([]);
  });
});

const findStatus = (page: Page) => page.locator('#reader-find-status');

/** Ctrl F, and waits for the find box to have focus (keys pressed before would go to the page). */
async function openFind(page: Page): Promise<void> {
  await page.keyboard.press('Control+f');
  await page.waitForFunction(() => document.activeElement?.id === 'reader-find');
}

/** A one-page report set in justified paragraphs, printed to PDF by Chromium (subset fonts embedded, tagged). */
async function printReport(h: Harness): Promise<Uint8Array> {
  const page = await h.browser.newPage();
  try {
    const paragraphs = [
      'The service continues foster carer recruitment across the city, and the Commission is asked to note the report. Placement sufficiency remains ' +
        'the main pressure on the budget in 2025/26; the fostering service held recruitment events in November, and officers will return with a review.',
      'Members asked why residential placements had risen since April. The Director explained that complex needs, court timescales and a shortage of ' +
        'local provision meant children were placed further away, and agreed to circulate a breakdown by district before the January meeting.',
      'Home to school transport costs have grown by eleven percent, mostly through longer routes and driver wages. A consultation on eligibility ' +
        'closes in March; scrutiny members will receive the responses together with an equality assessment and options for the coming year.',
    ];
    const paragraph = (text: string) => `<p>${text}</p>`;
    await page.setContent(
      `<html><body style="font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 11pt; width: 16cm; text-align: justify; line-height: 1.4">` +
        `<h1>Placement costs and IMPOWER update</h1>${paragraphs.map(paragraph).join('')}</body></html>`,
    );
    return new Uint8Array(await page.pdf({ format: 'A4', tagged: true }));
  } finally {
    await page.close();
  }
}

/** The current find highlight's left and right, and those of the ink drawn on the canvas under it (page coordinates). */
function inkAroundMark(page: Page, pageNumber: number) {
  return page.evaluate((pageNumber) => {
    const el = document.querySelector(`[data-page="${pageNumber}"] mark.hit--current`) as HTMLElement;
    const canvas = document.querySelector(`[data-page="${pageNumber}"] canvas`) as HTMLCanvasElement;
    const m = el.getBoundingClientRect();
    const c = canvas.getBoundingClientRect();
    const ratio = canvas.width / c.width;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    const x0 = Math.max(0, Math.floor((m.left - c.left - 16) * ratio));
    const x1 = Math.min(canvas.width, Math.ceil((m.right - c.left + 16) * ratio));
    // The middle of the line: letters' bodies, not the ascenders and descenders of the lines around.
    const y0 = Math.floor((m.top - c.top + m.height * 0.25) * ratio);
    const y1 = Math.ceil((m.bottom - c.top - m.height * 0.25) * ratio);
    const data = ctx.getImageData(x0, y0, x1 - x0, y1 - y0).data;
    const dark: boolean[] = [];
    for (let x = 0; x < x1 - x0; x++) {
      let any = false;
      for (let y = 0; y < y1 - y0 && !any; y++) any = (data[(y * (x1 - x0) + x) * 4] as number) < 140;
      dark.push(any);
    }
    const gap = Math.ceil(2.5 * ratio);
    const light = (from: number, to: number) => dark.slice(Math.max(0, from), Math.max(0, to)).every((d) => !d);
    // Word starts: ink after a gap; word ends: ink before a gap. The ones nearest the mark's edges.
    const starts = dark.map((d, x) => (d && light(x - gap, x) ? x : -1)).filter((x) => x >= 0);
    const ends = dark.map((d, x) => (d && light(x + 1, x + 1 + gap) ? x + 1 : -1)).filter((x) => x >= 0);
    const nearest = (xs: number[], target: number) => xs.reduce((best, x) => (Number.isNaN(best) || Math.abs(x - target) < Math.abs(best - target) ? x : best), Number.NaN);
    const toPage = (x: number) => (x0 + x) / ratio;
    const markLeft = m.left - c.left;
    const markRight = m.right - c.left;
    return {
      markLeft,
      markRight,
      inkLeft: toPage(nearest(starts, markLeft * ratio - x0)),
      inkRight: toPage(nearest(ends, markRight * ratio - x0)),
    };
  }, pageNumber);
}
