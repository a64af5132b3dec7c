/**
 * Never a confident wrong answer, for decisions, in the browser on real council pages: an item whose minutes word a
 * decision Scrutineer did not read says so beside the item, the meeting page lists such items above the items (each
 * link going to its item by keyboard), and the tracker says which meetings may be missing actions instead of letting
 * a short list pass for the whole. A page whose decisions were all read says none of this.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES_DIR, expectAxeClean, openApp, startHarness, type Harness } from './harness';

/** "70. Election of Chairman" / "Councillor Nicola Greene was nominated and seconded for Chairman.": an election the reader does not take. */
const BCP = path.resolve(FIXTURES_DIR, '../minutes-corpus/bournemouth-christchurch-and-poole-health-and-wellbeing-board-2020-12-03.txt');
/** "These were agreed as a true record and signed by the Chair." before its first heading. */
const NORTHAMPTON = path.resolve(FIXTURES_DIR, '../minutes-corpus/northampton-committee-xxxx-xx-xx-missing-headings.txt');
/** Item 111: "It was agreed that discussions would take place regarding securing funding …", a decision not read. */
const LEICESTER = path.resolve(FIXTURES_DIR, 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
/** Every decision it words was read. */
const RYEDALE = path.resolve(FIXTURES_DIR, '../minutes-excerpts/ryedale-overview-and-scrutiny-committee-2011-07-07.txt');

const ITEM_UNREAD = 'Scrutineer could not read the decisions in this item — see its minutes above.';
const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-decisions-trust-'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('what the meeting page and the tracker say about decisions Scrutineer did not read', () => {
  let h: Harness;
  const ids: Record<string, number> = {};
  const go = async (route: string, ready: string) => {
    await h.page.evaluate((r) => (location.hash = `#${r}`), route);
    await h.page.locator(ready).first().waitFor();
  };
  const importFile = async (file: string) => {
    const outcome = await h.handlers['import.file']({ name: path.basename(file), data: new Uint8Array(fs.readFileSync(file)) });
    if (outcome.status === 'failed' || outcome.meetingId === null) throw new Error(`Importing ${file} failed: ${outcome.message}`);
    return outcome.meetingId;
  };

  beforeAll(async () => {
    h = await startHarness();
    ids.bcp = await importFile(BCP);
    ids.ryedale = await importFile(RYEDALE);
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
    console.log(`[decisions-trust] screenshots in ${SHOTS}`);
  });

  test('the item says its decisions were not read; the notice above the items goes to it by keyboard', async () => {
    await go(`/meeting/${ids.bcp}`, 'article.item');
    const notice = h.page.getByRole('note', { name: 'Decisions not read' });
    expect(squash(await notice.innerText())).toBe(
      'Scrutineer could not read every decision in one item of these minutes, so actions from it may be missing from the tracker. Check it against the minutes: Item 70: Election of Chairman',
    );
    const item = h.page.locator('article.item').filter({ has: h.page.getByRole('heading', { level: 3, name: /^70\b/ }) });
    expect(squash(await item.innerText())).toContain('Councillor Nicola Greene was nominated and seconded for Chairman.');
    expect(squash(await item.locator('.decisions-note').innerText())).toBe(ITEM_UNREAD);
    // Items whose decisions were all read carry no note.
    expect(await h.page.locator('article.item .decisions-note').count()).toBe(1);
    await expectAxeClean(h.page, 'a meeting page with an item whose decisions were not read');
    await h.page.screenshot({ path: path.join(SHOTS, 'meeting-decisions-not-read.png'), fullPage: true });

    const link = notice.getByRole('link', { name: 'Item 70: Election of Chairman' });
    await link.focus();
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction(() => /^70\b/.test((document.activeElement as HTMLElement | null)?.innerText ?? ''));
    expect(await h.page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
  });

  test('a meeting whose decisions were all read says nothing of the kind', async () => {
    await go(`/meeting/${ids.ryedale}`, 'article.item');
    expect(await h.page.getByRole('note', { name: 'Decisions not read' }).count()).toBe(0);
    expect(await h.page.locator('.decisions-note').count()).toBe(0);
    expect(await h.page.locator('article.item .decision').count()).toBeGreaterThan(0);
  });

  test('the tracker names the meetings that may be missing actions, each a link to its meeting', async () => {
    await go('/actions', 'section[aria-labelledby=tracker-heading]');
    const notice = h.page.getByRole('note', { name: 'Decisions not read' });
    await notice.waitFor();
    expect(squash(await notice.locator('p').innerText())).toBe(
      'Scrutineer could not read every decision in one meeting, so actions from it may be missing here. Check it against the minutes and add what is missing.',
    );
    const summary = notice.getByText('Show the meeting');
    await summary.focus();
    await h.page.keyboard.press('Enter');
    const link = notice.getByRole('link', { name: /Thursday, 3 December 2020/ });
    await link.waitFor();
    expect(squash(await notice.locator('li').innerText())).toMatch(/^Health and Wellbeing Board, Thursday, 3 December 2020 \(1 item\)$/);
    await expectAxeClean(h.page, 'the tracker with meetings whose decisions were not all read');
    await h.page.screenshot({ path: path.join(SHOTS, 'tracker-decisions-not-read.png'), fullPage: true });
    await link.focus();
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction((id) => location.hash === `#/meeting/${id}`, ids.bcp);
    await h.page.getByRole('note', { name: 'Decisions not read' }).waitFor();
  });

  test('decisions worded before the first item: the notice says so and leads to the files the minutes came from', async () => {
    ids.northampton = await importFile(NORTHAMPTON);
    await go(`/meeting/${ids.northampton}`, 'article.item');
    const notice = h.page.getByRole('note', { name: 'Decisions not read' });
    expect(squash(await notice.innerText())).toBe(
      'Scrutineer could not read every decision at the start of these minutes, before the first item, so actions from it may be missing from the tracker. Check it against the minutes: Before the first item: its sentence that may record a decision. The files these minutes came from',
    );
    expect(await h.page.locator('article.item .decisions-note').count()).toBe(0);
    // The opening's sentence itself, for the member to judge, before the items.
    const opening = h.page.getByRole('region', { name: 'Before the first item: a sentence that may record a decision' });
    expect(squash(await opening.locator('blockquote').innerText())).toMatch(/agreed as a true record and signed by the Chair/);
    await expect(opening.getByRole('button', { name: 'Add to the tracker…' }).count()).resolves.toBe(1);
    await h.page.locator('section[aria-labelledby=items]').screenshot({ path: path.join(SHOTS, 'opening-possible-decision.png') });
    // The notice leads to it by keyboard.
    await notice.getByRole('link', { name: 'its sentence that may record a decision' }).focus();
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction(() => document.activeElement?.id === 'opening-possible-decisions');
    await expectAxeClean(h.page, 'a meeting page whose opening words a decision not read');
    await notice.getByRole('link', { name: 'The files these minutes came from' }).focus();
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction(() => document.activeElement?.id === 'sources-title');

    await go('/actions', 'section[aria-labelledby=tracker-heading]');
    const tracker = h.page.getByRole('note', { name: 'Decisions not read' });
    await tracker.waitFor();
    expect(squash(await tracker.locator('p').innerText())).toMatch(/^Scrutineer could not read every decision in 2 meetings, so actions from them may be missing here\./);
    await tracker.getByText('Show the meetings').click();
    const rows = (await tracker.locator('li').allInnerTexts()).map(squash);
    expect(rows).toHaveLength(2);
    expect(rows).toContain('Health and Wellbeing Board, Thursday, 3 December 2020 (1 item)');
    expect(rows.filter((r) => r.endsWith('(the start of the minutes)'))).toHaveLength(1);
  });

  test('the chair’s dashboard says the same, following its committee filter', async () => {
    await go('/actions/dashboard', 'h1');
    const notice = h.page.getByRole('note', { name: 'Decisions not read' });
    await notice.waitFor();
    expect(squash(await notice.locator('p').innerText())).toBe(
      'Scrutineer could not read every decision in 2 meetings, so actions from them may be missing from these figures. Check them against the minutes and add what is missing.',
    );
    await expectAxeClean(h.page, 'the chair’s dashboard with meetings whose decisions were not all read');
    // Ryedale's committee has every decision read: filtered to it, the dashboard says nothing of the kind.
    const select = h.page.getByRole('form', { name: 'Dashboard filter' }).getByLabel('Committee');
    const ryedale = (await select.locator('option').allInnerTexts()).find((t) => /Overview and Scrutiny/.test(t));
    if (!ryedale) throw new Error('no Overview and Scrutiny committee in the filter');
    await select.selectOption({ label: ryedale });
    await h.page.waitForFunction(() => document.querySelector('[role=note][aria-label="Decisions not read"]') === null);
  });
  test('the member adds a sentence that may record a decision to the tracker, by keyboard; the item is no longer flagged', async () => {
    ids.leicester = await importFile(LEICESTER);
    await go(`/meeting/${ids.leicester}`, 'article.item');
    const item = h.page.locator('article.item').filter({ has: h.page.getByRole('heading', { level: 3, name: /^111\b/ }) });
    const part = item.getByRole('region', { name: 'A sentence that may record a decision' });
    expect(squash(await part.locator('blockquote').innerText())).toMatch(/^It was agreed that discussions would take place regarding securing funding/);
    expect(squash(await item.locator('.decisions-note').innerText())).toBe('Scrutineer may not have read every decision in this item: check these against its minutes above.');
    await expectAxeClean(h.page, 'an item with a sentence that may record a decision');
    await item.screenshot({ path: path.join(SHOTS, 'possible-decision.png') });

    await part.getByRole('button', { name: 'Add to the tracker…' }).focus();
    await h.page.keyboard.press('Enter');
    const form = part.getByRole('form', { name: 'Add to the tracker' });
    // The form takes the place of its button: focus goes to what the entry says.
    await h.page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect(await form.getByLabel('What').inputValue()).toMatch(/^It was agreed that discussions would take place/);
    await form.getByLabel('What').fill('Discuss funding from the Primary Trust');
    await form.getByLabel('Owner (optional)').fill('Director of Children’s Social Work');
    await form.getByLabel('Due (optional)').fill('31/03/2025');
    await expectAxeClean(h.page, 'the form adding a sentence to the tracker');
    await form.getByLabel('Due (optional)').press('Enter');
    const status = item.locator('.possible-decisions__status');
    await status.getByRole('link', { name: 'Discuss funding from the Primary Trust' }).waitFor();
    expect(squash(await status.innerText())).toBe('Added to the tracker: Discuss funding from the Primary Trust');
    // Focus stays where the member was working, and the item no longer says a decision was not read.
    expect(await h.page.evaluate(() => document.activeElement?.classList.contains('possible-decisions__status'))).toBe(true);
    // (The meeting is loaded again after the entry is added: the note goes once it is.)
    await item.locator('.decisions-note').waitFor({ state: 'detached' });
    expect(await item.locator('blockquote').count()).toBe(0);
    await item.screenshot({ path: path.join(SHOTS, 'possible-decision-added.png') });

    await status.getByRole('link').click();
    await h.page.locator('#minute-text').waitFor();
    const detail = squash(await h.page.locator('main').innerText());
    expect(detail).toContain('Director of Children’s Social Work');
    expect(detail).toMatch(/The minute It was agreed that discussions would take place regarding securing funding/);
  });

  test('a sentence that needs nothing is marked so, and the mark can be taken back', async () => {
    await go(`/meeting/${ids.bcp}`, 'article.item');
    const item = h.page.locator('article.item').filter({ has: h.page.getByRole('heading', { level: 3, name: /^70\b/ }) });
    const part = item.getByRole('region', { name: 'A sentence that may record a decision' });
    expect(squash(await part.locator('blockquote').innerText())).toBe('Councillor Nicola Greene was nominated and seconded for Chairman.');
    // A form opened and cancelled gives focus back to the button that opened it.
    await part.getByRole('button', { name: 'Add to the tracker…' }).click();
    await part.getByRole('form', { name: 'Add to the tracker' }).getByRole('button', { name: 'Cancel' }).click();
    await h.page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.innerText === 'Add to the tracker…');
    await part.getByRole('button', { name: 'Nothing to track' }).click();
    const status = item.locator('.possible-decisions__status');
    await status.getByText('Marked as nothing to track.').waitFor();
    await h.page.waitForFunction(() => document.querySelector('[role=note][aria-label="Decisions not read"]') === null);
    expect(await item.locator('.decisions-note').count()).toBe(0);
    await expectAxeClean(h.page, 'an item whose sentence was marked as nothing to track');

    await status.getByRole('button', { name: 'Undo' }).click();
    await item.locator('blockquote').waitFor();
    expect(squash(await status.innerText())).toBe('The sentence is listed again.');
    await h.page.getByRole('note', { name: 'Decisions not read' }).waitFor();
  });
});
