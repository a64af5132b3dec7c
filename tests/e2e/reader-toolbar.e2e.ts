/**
 * The reader's toolbar on a paper with two versions (issue #16): at 1280×900 with the sidebar open
 * (the default from 900 px) every control sits on one row, none cut off or overlapping, each with its
 * full accessible name and reachable with Tab; at 1024 and 800 px it may wrap but nothing overlaps or
 * runs off the window. axe finds nothing serious. Screenshots of the toolbar go to the temp folder.
 */
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { makePack } from '../helpers/make-pack';
import { expectAxeClean, openApp, startHarness, type Harness } from './harness';

const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
/** A pack of 120 pages, as most are: three-figure page numbers make the page box and the versions wider. */
const pack = (phrase: string) =>
  makePack({
    committee: COMMITTEE,
    dateLine: 'Tuesday, 14 January 2025',
    reports: [
      {
        number: '117',
        title: 'Placement costs and IMPOWER update',
        pages: [['Placement costs and IMPOWER update'], [`The service continues ${phrase}.`], ...Array.from({ length: 116 }, (_, i) => [`Appendix page ${i + 1}.`])],
      },
    ],
  });

/** Every control in the toolbar, by role and the name a screen reader gives it. */
const CONTROLS: Array<{ role: 'button' | 'textbox' | 'combobox'; name: string | RegExp }> = [
  { role: 'button', name: 'Sidebar' },
  { role: 'button', name: 'Previous page' },
  { role: 'textbox', name: /^Page\b/ },
  { role: 'button', name: 'Next page' },
  { role: 'button', name: 'Zoom out' },
  { role: 'combobox', name: 'Zoom' },
  { role: 'button', name: 'Zoom in' },
  { role: 'button', name: 'Find' },
  { role: 'button', name: 'Print…' },
  { role: 'button', name: 'Caret browsing' },
  { role: 'button', name: 'Annotate selection' },
  { role: 'combobox', name: 'Version' },
];

interface Box {
  what: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes of the toolbar's controls and visible labels, and of the toolbar itself. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('.reader__toolbar');
    if (!bar) throw new Error('no toolbar');
    const box = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      return { what, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const name = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() || el.id || el.className;
    const pieces = [...bar.querySelectorAll('button, select, input, label, .toolbar__page > span, .toolbar__item')]
      .filter((el) => !el.classList.contains('visually-hidden'))
      .map((el) => box(el, `${el.tagName.toLowerCase()} ${name(el)}`));
    // Whether any visible piece's own text is clipped inside it (the item's ellipsis apart).
    const clipped = [...bar.querySelectorAll<HTMLElement>('button, select, label, .toolbar__page > span')]
      .filter((el) => !el.classList.contains('visually-hidden') && el.scrollWidth > el.clientWidth + 1)
      .map((el) => name(el));
    return { bar: box(bar, 'toolbar'), controls: pieces.filter((p) => /^(button|select|input) /.test(p.what)), pieces, clipped, windowWidth: window.innerWidth };
  });

const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** Pairs of toolbar pieces that overlap (a label and the control inside it are one piece). */
function overlapping(pieces: Box[]): string[] {
  const inside = (a: Box, b: Box) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
  const found: string[] = [];
  for (const [i, a] of pieces.entries()) {
    for (const b of pieces.slice(i + 1)) {
      if (overlaps(a, b) && !inside(a, b) && !inside(b, a)) found.push(`${a.what} / ${b.what}`);
    }
  }
  return found;
}

type Measured = Awaited<ReturnType<typeof measure>>;

/** Every control on the first one's row, the item on this page beside them with room to be read, nothing overlapping, clipped or off the window. */
function expectOneRow(m: Measured): void {
  const first = m.controls[0];
  if (!first) throw new Error('no controls in the toolbar');
  expect(m.controls.filter((c) => Math.abs(c.top - first.top) > 4 || Math.abs(c.bottom - first.bottom) > 4).map((c) => c.what)).toEqual([]);
  // One row high: the toolbar's padding and border around the tallest control, no more.
  const tallest = Math.max(...m.controls.map((c) => c.bottom - c.top));
  expect(m.bar.bottom - m.bar.top).toBeLessThan(tallest + 24);
  const item = m.pieces.find((p) => p.what.startsWith('p '));
  expect(item).toBeDefined();
  if (!item) return;
  expect((item.top + item.bottom) / 2).toBeGreaterThan(first.top);
  expect((item.top + item.bottom) / 2).toBeLessThan(first.bottom);
  // The agenda item's title keeps room to be read ("Annotate" and "Caret" are short on screen for it).
  expect(item.right - item.left).toBeGreaterThanOrEqual(170);
  expect(overlapping(m.pieces)).toEqual([]);
  expect(m.clipped).toEqual([]);
  for (const p of m.pieces) expect(p.right).toBeLessThanOrEqual(m.windowWidth);
}

describe('the reader toolbar with a version picker', () => {
  let h: Harness;
  let documentId: number;

  beforeAll(async () => {
    h = await startHarness({ viewport: { width: 1280, height: 900 } });
    await h.seed('leicester-cype-2025-01-14-agenda-and-minutes.txt');
    for (const [name, phrase] of [
      ['pack.pdf', 'foster carer recruitment'],
      ['pack-revised.pdf', 'kinship care support'],
    ] as const) {
      const outcome = await h.handlers['import.file']({ name, data: await pack(phrase) });
      if (outcome.status === 'failed') throw new Error(outcome.message);
    }
    documentId = h.store.db.prepare("SELECT document_id FROM document_versions WHERE file_name = 'pack-revised.pdf'").pluck().get() as number;
    expect(h.store.db.prepare('SELECT COUNT(*) FROM document_versions WHERE document_id = ?').pluck().get(documentId)).toBe(2);
    await openApp(h);
    await h.page.evaluate((id) => {
      location.hash = `#/document/${id}?page=3`;
    }, documentId);
    await h.page.getByRole('combobox', { name: 'Version' }).waitFor();
    await h.page.locator('.reader__pages canvas').first().waitFor();
    await h.page.locator('.toolbar__item-label').waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('at 1280×900 with the sidebar open every control is on one row, named and reachable with Tab', async () => {
    const toolbar = h.page.getByRole('toolbar', { name: 'Reader' });
    expect(await toolbar.getByRole('button', { name: 'Sidebar' }).getAttribute('aria-pressed')).toBe('true');
    const missing: string[] = [];
    for (const c of CONTROLS) if ((await toolbar.getByRole(c.role, { name: c.name, exact: true }).count()) !== 1) missing.push(String(c.name));
    expect(missing).toEqual([]);
    expect(await toolbar.getByRole('combobox', { name: 'Version' }).locator('option').allInnerTexts()).toEqual(['Version 2 (latest) · 120 pages', 'Version 1 · 120 pages']);
    // Shortened on screen, in full in the tooltip.
    expect(await toolbar.getByRole('combobox', { name: 'Zoom' }).getAttribute('title')).toMatch(/^Zoom: Automatic \(\d+%\)$/);
    expect(await toolbar.getByRole('textbox', { name: 'Page', exact: true }).getAttribute('title')).toMatch(/^Page: /);

    const m = await measure(h.page);
    expectOneRow(m);
    await h.page.screenshot({ path: path.join(os.tmpdir(), 'toolbar-1280.png'), clip: { x: 0, y: m.bar.top - 4, width: 1280, height: m.bar.bottom - m.bar.top + 8 } });

    // Tab from the sidebar toggle reaches every other control in turn (on page 3 none is disabled).
    await toolbar.getByRole('button', { name: 'Sidebar' }).focus();
    const notReached: string[] = [];
    for (const c of CONTROLS.slice(1)) {
      await h.page.keyboard.press('Tab');
      if (!(await toolbar.getByRole(c.role, { name: c.name, exact: true }).evaluate((el) => el === document.activeElement))) notReached.push(String(c.name));
    }
    expect(notReached).toEqual([]);

    await expectAxeClean(h.page, 'the reader with a version picker at 1280 px');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });

  test('at 1280×900 it stays one row with the widest zoom choice (Fit width and its scale)', async () => {
    const zoom = h.page.getByRole('combobox', { name: 'Zoom' });
    await zoom.selectOption('fit-width');
    await h.page.waitForFunction(() => /^Fit width \(\d+%\)$/.test((document.querySelector('#reader-zoom') as HTMLSelectElement).selectedOptions[0]?.text ?? ''));
    expectOneRow(await measure(h.page));
    await zoom.selectOption('auto');
  });

  test.each([1024, 800])('at %i px the toolbar may wrap but nothing overlaps or runs off the window', async (width) => {
    await h.page.setViewportSize({ width, height: 900 });
    await h.page.waitForFunction((w) => window.innerWidth === w, width);
    const m = await measure(h.page);
    expect(overlapping(m.pieces)).toEqual([]);
    expect(m.clipped).toEqual([]);
    for (const p of m.pieces) {
      expect(p.left).toBeGreaterThanOrEqual(0);
      expect(p.right).toBeLessThanOrEqual(width);
      expect(p.top).toBeGreaterThanOrEqual(m.bar.top);
      expect(p.bottom).toBeLessThanOrEqual(m.bar.bottom);
    }
    for (const c of CONTROLS) expect(await h.page.getByRole('toolbar', { name: 'Reader' }).getByRole(c.role, { name: c.name, exact: true }).isVisible()).toBe(true);
    await h.page.screenshot({ path: path.join(os.tmpdir(), `toolbar-${width}.png`), clip: { x: 0, y: m.bar.top - 4, width, height: m.bar.bottom - m.bar.top + 8 } });
    await expectAxeClean(h.page, `the reader with a version picker at ${width} px`);
  });
});
