/**
 * Never a confident wrong answer, in the browser, on real council pages: the meeting page says "No
 * interests were declared." only when the minutes say so; a declarations section Scrutineer could not
 * read is said to be unread, with the way to the minutes; a page without one says nothing is recorded.
 * Each declaration and decision shows the passage of the minutes it came from on demand. The member
 * adds, corrects and removes declarations, and a revised copy of the page leaves their work as it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, expectAxeClean, fixture, openApp, startHarness, type Harness } from './harness';

/** Two declarations (Dr Moore: Millgate School; March: Council Tax support cuts). */
const LEICESTER = 'leicester-cype-2025-01-14-agenda-and-minutes.txt';
/** "There were no declarations of interest" in its declarations item. */
const NONE = path.resolve(FIXTURES_DIR, '../minutes-excerpts/rotherham-audit-committee-2024-03-12.txt');
/** A declarations item whose minutes ("The following declarations were made:") could not be read. */
const UNREAD = path.resolve(FIXTURES_DIR, '../minutes-corpus/bournemouth-christchurch-and-poole-health-and-wellbeing-board-2020-12-03.txt');
/** Four items, none of them declarations. */
const ABSENT = path.resolve(FIXTURES_DIR, '../minutes-excerpts/epping-forest-overview-and-scrutiny-committee-2021-04-15.txt');
/** Four declarations read from the minutes (Lobban, Davidson, Christie, Smith). */
const HIGHLAND = path.resolve(FIXTURES_DIR, '../minutes-corpus/highland-council-2017-06-01.txt');
/** A single item, with no committee or date: nothing is known about declarations. */
const UNKNOWN = fixture('leeds-scrutiny-macalister-item.txt');

const NONE_DECLARED = 'No interests were declared.';
const UNREAD_TEXT = 'Scrutineer could not read the declarations here — see the minutes.';
const ABSENT_TEXT = 'Scrutineer found no declarations of interest in these minutes. If they record any, add them here.';

const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-meeting-trust-'));
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('what the meeting page says about declarations, and the member’s corrections', () => {
  let h: Harness;
  const ids: Record<string, number> = {};
  const go = async (meetingId: number) => {
    await h.page.evaluate((id) => (location.hash = `#/meeting/${id}`), meetingId);
    await h.page.waitForFunction((id) => location.hash === `#/meeting/${id}` && document.querySelector('section[aria-labelledby=declarations]') !== null, meetingId);
    await h.page.locator('article.item').first().waitFor();
  };
  const section = () => h.page.locator('section[aria-labelledby=declarations]');
  const sectionText = async () => squash(await section().innerText());
  const focusedText = () => h.page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
  const importFile = async (file: string, name = path.basename(file)) => {
    const outcome = await h.handlers['import.file']({ name, data: new Uint8Array(fs.readFileSync(file)) });
    if (outcome.status === 'failed' || outcome.meetingId === null) throw new Error(`Importing ${name} failed: ${outcome.message}`);
    return outcome;
  };

  beforeAll(async () => {
    h = await startHarness();
    for (const file of [fixture(LEICESTER), NONE, UNREAD, ABSENT, UNKNOWN, HIGHLAND]) ids[path.basename(file)] = (await importFile(file)).meetingId as number;
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
    console.log(`[meeting-trust] screenshots in ${SHOTS}`);
  });

  test('declarations read from the minutes are listed, each with the passage it came from on demand', async () => {
    await go(ids[LEICESTER] as number);
    const text = await sectionText();
    expect(text).toContain('Dr Moore');
    expect(text).toContain('being on the board for Millgate School');
    expect(text).not.toContain(NONE_DECLARED);
    expect(text).not.toContain('Corrected by you');
    // Read by Scrutineer and nobody has checked them: each says so.
    expect(text).toContain('2 declarations were read from the minutes by Scrutineer and are not checked.');
    expect(await section().locator('tbody tr').filter({ hasText: 'Not checked' }).count()).toBe(2);

    const moore = section().locator('tbody tr').filter({ hasText: 'Dr Moore' });
    const show = moore.getByRole('button', { name: 'Show where this came from: Dr Moore’s declaration' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    expect(await moore.locator('blockquote').count()).toBe(0);
    await show.focus();
    await h.page.keyboard.press('Enter');
    expect(await show.getAttribute('aria-expanded')).toBe('true');
    expect(squash(await moore.locator('blockquote').innerText())).toBe('Councillor Dr Moore declared an interest due to being on the board for Millgate School.');
    await expectAxeClean(h.page, 'the meeting page with a declaration’s passage open');
    await section().screenshot({ path: path.join(SHOTS, 'declarations-passage.png') });
    await h.page.keyboard.press('Enter');
    expect(await show.getAttribute('aria-expanded')).toBe('false');

    // Decisions too: the first decision of item 117.
    const item117 = h.page.locator('article.item').filter({ has: h.page.locator('.item__number', { hasText: /^117$/ }) });
    const decision = item117.locator('li.decision').first();
    const decisionShow = decision.getByRole('button', { name: /^Show where this came from: / });
    await decisionShow.click();
    expect(await decisionShow.getAttribute('aria-expanded')).toBe('true');
    expect((await decision.locator('blockquote').innerText()).length).toBeGreaterThan(20);
    await decision.screenshot({ path: path.join(SHOTS, 'decision-passage.png') });
  });

  test('"No interests were declared." only where the minutes say so', async () => {
    await go(ids[path.basename(NONE)] as number);
    expect(await sectionText()).toBe(`Declarations of interest ${NONE_DECLARED} Add a declaration`);
    await expectAxeClean(h.page, 'a meeting where none were declared');
    await section().screenshot({ path: path.join(SHOTS, 'declarations-none.png') });
  });

  test('a declarations section Scrutineer could not read is said to be unread, with a way to the minutes', async () => {
    await go(ids[path.basename(UNREAD)] as number);
    const text = await sectionText();
    expect(text).toContain(UNREAD_TEXT);
    expect(text).not.toContain(NONE_DECLARED);
    const link = section().getByRole('link', { name: /^Go to the minutes: / });
    expect(await link.innerText()).toMatch(/Declarations of Interests/);
    await expectAxeClean(h.page, 'a meeting with unread declarations');
    await section().screenshot({ path: path.join(SHOTS, 'declarations-unread.png') });
    await link.focus();
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction(() => document.activeElement?.tagName === 'H3');
    expect(await focusedText()).toMatch(/Declarations of Interests/);
    // The item's minutes, which Scrutineer could not read, are there to read.
    const item = h.page.locator('article.item').filter({ has: h.page.locator('h3:focus') });
    expect(await item.innerText()).toContain('The following declarations were made:');
  });

  test('a declarations table read only in part lists what was read and says the rest could not be, never a member called "A Item"', async () => {
    // A made-up page in the shape of a table copied with each surname in a cell further on (set 31's opened pages).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-partial-'));
    const file = path.join(dir, 'harrowfield-town-council-2011-06-06.txt');
    fs.writeFileSync(
      file,
      [
        'MINUTES OF THE MEETING OF HARROWFIELD TOWN COUNCIL HELD ON MONDAY 6 JUNE 2011 AT 7.00PM IN THE COUNCIL CHAMBER',
        'Present: Councillors A Rowe (Mayor), B Stead, C Lowther, D Penn and E Varley',
        'T11/125 ITEM 2 - Councillors’ Declarations of Interest',
        'All declarations are personal, unless otherwise stated.',
        'Councillor A Item 8b) – Prejudicial – Member of Harrowfield in Bloom Rowe Councillor B Stead Item 5 – Planning Application 6.100.2801 – Councillor has a property close by Councillor D Penn Item 8b) – Prejudicial – Chair of Harrowfield in Bloom',
        'T11/126 ITEM 3 - Minutes',
        'RESOLVED: That the minutes of the Council Meeting held 16th May 2011 be approved as a correct record.',
      ].join('\n'),
    );
    const { meetingId } = await importFile(file);
    fs.rmSync(dir, { recursive: true, force: true });
    await go(meetingId as number);
    const text = await sectionText();
    expect(text).toContain('Scrutineer could not read the declarations in these minutes: check this list against them.');
    expect(text).toContain('B Stead');
    expect(text).toContain('D Penn');
    expect(text).not.toContain('A Item');
    expect(text).not.toContain(NONE_DECLARED);
    await expectAxeClean(h.page, 'a meeting with declarations read in part');
    await section().screenshot({ path: path.join(SHOTS, 'declarations-partial.png') });
  });

  test('a page without a declarations section says Scrutineer found none there, never that none were declared; a page about nothing known says nothing', async () => {
    await go(ids[path.basename(ABSENT)] as number);
    const absent = await sectionText();
    expect(absent).toContain(ABSENT_TEXT);
    expect(absent).not.toContain(NONE_DECLARED);
    await expectAxeClean(h.page, 'a meeting whose minutes record no declarations');
    await section().screenshot({ path: path.join(SHOTS, 'declarations-absent.png') });

    await go(ids[path.basename(UNKNOWN)] as number);
    expect(await sectionText()).toBe('Declarations of interest Add a declaration');
  });

  test('the member checks declarations read from the minutes, one by keyboard and then the rest; a re-import keeps them checked', async () => {
    await go(ids[path.basename(HIGHLAND)] as number);
    const rows = section().locator('tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await rows.filter({ hasText: 'Not checked' }).count()).toBe(4);
    expect(await sectionText()).toContain('4 declarations were read from the minutes by Scrutineer and are not checked.');
    await expectAxeClean(h.page, 'a meeting with declarations not checked');
    await section().screenshot({ path: path.join(SHOTS, 'declarations-not-checked.png') });

    // One, by keyboard: it says "Checked by you", loses its button, and focus moves to its Edit button.
    const lobban = rows.filter({ hasText: 'Lobban' });
    const check = lobban.getByRole('button', { name: 'Mark as checked: Mr B Lobban’s declaration' });
    await check.focus();
    await h.page.keyboard.press('Enter');
    await section().getByRole('status').filter({ hasText: 'Mr B Lobban’s declaration marked as checked.' }).waitFor();
    await lobban.filter({ hasText: 'Checked by you' }).waitFor();
    expect(await lobban.getByRole('button', { name: /^Mark as checked/ }).count()).toBe(0);
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Edit Mr B Lobban’s declaration');
    expect(await sectionText()).toContain('3 declarations were read from the minutes by Scrutineer and are not checked.');

    // The rest at once.
    await section().getByRole('button', { name: 'Mark all 3 as checked' }).click();
    await section().getByRole('status').filter({ hasText: '3 declarations marked as checked.' }).waitFor();
    await rows.filter({ hasText: 'Not checked' }).first().waitFor({ state: 'detached' });
    expect(await rows.filter({ hasText: 'Checked by you' }).count()).toBe(4);
    const text = await sectionText();
    expect(text).not.toContain('Not checked');
    expect(text).not.toContain('are not checked');
    expect(await section().getByRole('button', { name: /^Mark as checked/ }).count()).toBe(0);
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('declarations');

    // Editing a checked one makes it a correction.
    await rows.filter({ hasText: 'Davidson' }).getByRole('button', { name: 'Edit Mrs M Davidson’s declaration' }).click();
    const edit = h.page.getByRole('form', { name: 'Correct Mrs M Davidson’s declaration' });
    await edit.getByLabel('Nature of the interest').selectOption({ label: 'Non-financial interest' });
    await edit.getByRole('button', { name: 'Save the correction' }).click();
    await section().getByRole('status').filter({ hasText: 'Correction saved.' }).waitFor();
    await rows.filter({ hasText: 'Davidson' }).filter({ hasText: 'Corrected by you' }).waitFor();
    await expectAxeClean(h.page, 'a meeting with declarations checked and corrected');
    await section().screenshot({ path: path.join(SHOTS, 'declarations-checked.png') });

    // The same page imported again under another name: every declaration stays as the member left it.
    const copy = path.join(SHOTS, 'highland-copy.txt');
    fs.writeFileSync(copy, `${fs.readFileSync(HIGHLAND, 'utf8')}\n`);
    const again = await importFile(copy);
    expect([again.status, again.meetingId]).toEqual(['updated', ids[path.basename(HIGHLAND)]]);
    await h.page.reload();
    await rows.first().waitFor();
    expect(await rows.count()).toBe(4);
    expect(await rows.filter({ hasText: 'Checked by you' }).count()).toBe(3);
    expect(await rows.filter({ hasText: 'Corrected by you' }).count()).toBe(1);
    expect(await rows.filter({ hasText: 'Not checked' }).count()).toBe(0);
  });

  test('the member adds, corrects and removes declarations, by keyboard; a revised copy of the page keeps their work', async () => {
    await go(ids[LEICESTER] as number);

    // Add one the minutes' reader missed.
    const add = section().getByRole('button', { name: 'Add a declaration' });
    await add.focus();
    await h.page.keyboard.press('Enter');
    expect(await add.getAttribute('aria-expanded')).toBe('true');
    const form = h.page.getByRole('form', { name: 'Add a declaration' });
    await form.waitFor();
    // Saving with no member is refused beside the field.
    await form.getByRole('button', { name: 'Add the declaration' }).click();
    expect(await form.locator('.field__error').innerText()).toContain('Enter the name of the member who declared the interest.');
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await h.page.keyboard.type('Councillor Pantling');
    await form.getByLabel('Item').fill('117');
    await form.getByLabel('Interest', { exact: true }).fill('Governor at a school taking part in the pilot');
    const natures = await form.getByLabel('Nature of the interest').locator('option').allInnerTexts();
    expect(natures).toEqual([
      'Disclosable pecuniary interest',
      'Other registrable interest',
      'Non-registrable interest',
      'Non-pecuniary interest',
      'Personal interest',
      'Personal and prejudicial interest',
      'Financial interest',
      'Non-financial interest',
      'Interest (nature not stated)',
    ]);
    await form.getByLabel('Nature of the interest').selectOption({ label: 'Other registrable interest' });
    await form.getByLabel('Left the room or took no part').check();
    await expectAxeClean(h.page, 'the add-a-declaration form');
    await form.screenshot({ path: path.join(SHOTS, 'declaration-add-form.png') });
    await form.getByRole('button', { name: 'Add the declaration' }).click();
    await section().getByRole('status').filter({ hasText: 'Declaration added.' }).waitFor();
    const pantling = section().locator('tbody tr').filter({ hasText: 'Councillor Pantling' });
    await pantling.waitFor();
    expect(squash(await pantling.innerText())).toMatch(
      /Councillor Pantling Corrected by you .*Governor at a school taking part in the pilot.* 117 Other registrable interest Left the room \/ took no part/,
    );
    expect(await focusedText()).toBe('Add a declaration');

    // Correct one the reader got wrong: March's nature and item.
    const marchRow = section().locator('tbody tr').filter({ hasText: 'Council Tax support cuts' });
    await marchRow.getByRole('button', { name: 'Edit March’s declaration' }).click();
    const edit = h.page.getByRole('form', { name: 'Correct March’s declaration' });
    await edit.waitFor();
    expect(await edit.getByLabel('Member').inputValue()).toBe('March');
    await edit.getByLabel('Member').fill('Councillor March');
    await edit.getByLabel('Item').fill('118');
    await edit.getByLabel('Nature of the interest').selectOption({ label: 'Non-registrable interest' });
    await edit.getByRole('button', { name: 'Save the correction' }).click();
    await section().getByRole('status').filter({ hasText: 'Correction saved.' }).waitFor();
    const corrected = section().locator('tbody tr').filter({ hasText: 'Councillor March' });
    await corrected.waitFor();
    expect(squash(await corrected.innerText())).toMatch(/Councillor March Corrected by you .*Council Tax support cuts.* 118 Non-registrable interest/);
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Edit Councillor March’s declaration');
    // Still shows the passage it was read from.
    await corrected.getByRole('button', { name: /^Show where this came from/ }).click();
    expect(await corrected.locator('blockquote').innerText()).toContain('Councillor March declared an interest in the budget items');

    // Remove one that is not a declaration, after a confirmation; Cancel first returns focus.
    const moore = section().locator('tbody tr').filter({ hasText: 'Dr Moore' });
    const remove = moore.getByRole('button', { name: 'Remove Dr Moore’s declaration…' });
    await remove.focus();
    await h.page.keyboard.press('Enter');
    const confirm = h.page.getByRole('group', { name: 'Remove Dr Moore’s declaration?' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('A later import of these minutes does not bring it back');
    await expectAxeClean(h.page, 'the remove-declaration confirmation');
    await confirm.screenshot({ path: path.join(SHOTS, 'declaration-remove-confirm.png') });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-focus-key'))).toMatch(/^remove-/);
    await h.page.keyboard.press('Enter');
    await h.page.getByRole('group', { name: 'Remove Dr Moore’s declaration?' }).getByRole('button', { name: 'Remove the declaration' }).click();
    await section().getByRole('status').filter({ hasText: 'Dr Moore’s declaration removed.' }).waitFor();
    await moore.waitFor({ state: 'detached' });
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('declarations');
    await expectAxeClean(h.page, 'the meeting page after corrections');
    await section().screenshot({ path: path.join(SHOTS, 'declarations-corrected.png') });

    // The council publishes a revised copy of the page: a declaration and a sentence added. It is
    // applied, and the member's work stands: their declaration, their correction, and the removed one
    // stays removed. (A revised copy with only the sentence added is "kept, not applied" today: the
    // library counts the member's own declarations against the copy; see the report.)
    const revised = path.join(SHOTS, `revised-${LEICESTER}`);
    const original = fs.readFileSync(fixture(LEICESTER), 'utf8');
    const march = 'Councillor March declared an interest in the budget items regarding Council Tax support cuts.';
    expect(original).toContain(march);
    fs.writeFileSync(
      revised,
      original
        .replace(march, `${march}\n\n \n\nCouncillor Kaur declared an interest as a foster carer.`)
        .replace('That the report be noted', 'That the report be noted, and that officers be thanked for their work'),
    );
    const outcome = await importFile(revised, LEICESTER.replace('.txt', '-revised.txt'));
    expect(outcome.status).toBe('updated');
    expect(outcome.meetingId).toBe(ids[LEICESTER]);
    await h.page.reload();
    await section().locator('tbody tr').first().waitFor();
    const after = await sectionText();
    expect(after).toContain('Councillor Pantling');
    expect(after).toContain('Councillor March');
    expect(after).toMatch(/Councillor March Corrected by you .*118 Non-registrable interest/);
    expect(after).not.toContain('Dr Moore');
    expect(after).not.toContain('Millgate School');
    expect(after).toContain('Kaur');
    expect(after).toContain('a foster carer');
    expect(await section().locator('tbody tr').count()).toBe(3);
    expect(squash(await h.page.locator('main').innerText())).toContain('and that officers be thanked for their work');
    await shot(h.page, 'meeting-after-revised-copy.png');
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
