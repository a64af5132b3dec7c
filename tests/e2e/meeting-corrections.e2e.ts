/**
 * The member's corrections in the browser, on the harness's encrypted store: the library's
 * "Meetings to check", editing a meeting's details (and a refusal when another meeting has them),
 * merging two meetings, deleting one to the bin and restoring it. Keyboard first; axe on each page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expectAxeClean, mainText, openApp, startHarness, type Harness } from './harness';
import { sharedFixture } from '../../scripts/fixtures';

const EXCERPTS = sharedFixture('minutes-excerpts');
/** No committee or date stated: each becomes a meeting of its own, to check. */
const UNDATED = 'rbwm-overview-and-scrutiny-panel-2022-xx-xx.txt';
const UNDATED_TOO = 'slough-overview-and-scrutiny-committee-2009-01-xx-castleview.txt';
/** Two dated meetings (Audit Committee, 12 March 2024; Overview and Scrutiny Board, 22 April 2024), three items each. */
const AUDIT = 'rotherham-audit-committee-2024-03-12.txt';
const BOARD = 'bromsgrove-overview-and-scrutiny-board-2024-04-22.txt';
/** Cabinet, 10 November 2020, five items; its first half is a copy with less in it, kept as a version. */
const CABINET = 'west-suffolk-cabinet-2020-11-10.txt';
/** Neither committee nor date stated: imported through the UI, its result links to "check its details". */
const UNDATED_UI = 'neath-port-talbot-committee-xxxx-xx-xx-member-scrutiny-champion.txt';

const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-corrections-shots-'));
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
/** The top of the page at full size (a full meeting page is too tall to read when scaled down). */
const topShot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, name), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1300 } });

describe('correcting meetings', () => {
  let h: Harness;
  const ids: Record<string, number> = {};
  const go = (route: string) => h.page.evaluate((r) => (location.hash = `#${r}`), route);
  const focusedText = () => h.page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
  const itemTitles = () => h.page.locator('article.item h3').allInnerTexts();

  beforeAll(async () => {
    h = await startHarness();
    for (const name of [UNDATED, UNDATED_TOO, AUDIT, BOARD, CABINET]) {
      const outcome = await h.handlers['import.file']({ name, data: new Uint8Array(fs.readFileSync(path.join(EXCERPTS, name))) });
      if (outcome.status === 'failed' || outcome.meetingId === null) throw new Error(`Seeding ${name} failed: ${outcome.message}`);
      ids[name] = outcome.meetingId;
    }
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
    console.log(`[meeting-corrections] screenshots in ${SHOTS}`);
  });

  test('the library lists the meetings to check, each a link to the meeting', async () => {
    const section = h.page.locator('section[aria-labelledby=meetings-to-check]');
    await section.waitFor();
    expect(await section.getByRole('heading', { level: 2 }).innerText()).toMatch(/Meetings to check\s*\(2\)/);
    const text = await section.innerText();
    expect(text).toContain('No committee or date stated');
    expect(text).toContain(UNDATED);
    expect(text).toContain(UNDATED_TOO);
    // No bin yet, so no link to it.
    expect(await h.page.getByRole('link', { name: /^Bin/ }).count()).toBe(0);
    await expectAxeClean(h.page, 'the library with meetings to check');
    await shot(h.page, 'library-to-check.png');
  });

  test('editing a meeting’s details with the keyboard: saved, announced, kept after a reload', async () => {
    // From the list to the meeting, by keyboard.
    await h.page.locator('section[aria-labelledby=meetings-to-check] a').filter({ hasText: UNDATED }).focus();
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction((id) => location.hash === `#/meeting/${id}`, ids[UNDATED]);
    const notice = h.page.locator('section.needs-check');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/Details not stated — check them[\s\S]*no committee or date stated/);

    // The notice's button opens the form, with focus in its first field.
    await notice.getByRole('button', { name: 'Check and edit the details' }).focus();
    await h.page.keyboard.press('Enter');
    const form = h.page.getByRole('form', { name: 'Edit the meeting’s details' });
    await form.waitFor();
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe(await form.getByLabel('Council').getAttribute('id'));
    await expectAxeClean(h.page, 'the meeting page with the edit form open');
    await shot(h.page, 'meeting-edit-form.png');
    await topShot(h.page, 'meeting-edit-form-top.png');

    await form.getByLabel('Date').fill('2022-06-14');
    await form.getByLabel('Venue').focus();
    await h.page.keyboard.type('Grey Room, York House, Windsor');
    await h.page.keyboard.press('Enter');
    await h.page.getByRole('status').filter({ hasText: 'Details saved.' }).waitFor();
    expect(await form.count()).toBe(0);
    // Focus is back on the Edit button, and the notice has gone.
    expect(await focusedText()).toBe('Edit details');
    await h.page.locator('section.needs-check').waitFor({ state: 'detached' });

    await h.page.reload();
    await h.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Tuesday, 14 June 2022' }).waitFor();
    const when = await h.page.locator('.facts dt:text-is("When") + dd').innerText();
    expect(when).toContain('Tuesday, 14 June 2022');
    expect(when).toContain('set by you');
    expect(await h.page.locator('.facts dt:text-is("Venue") + dd').innerText()).toContain('Grey Room, York House, Windsor');
    expect(await h.page.locator('section.needs-check').count()).toBe(0);
    await topShot(h.page, 'meeting-after-edit-top.png');
  });

  test('a clash with another meeting’s committee and date is refused beside the form, and Cancel returns focus', async () => {
    await go(`/meeting/${ids[UNDATED_TOO]}`);
    await h.page.locator('section.needs-check').waitFor();
    const edit = h.page.getByRole('button', { name: 'Edit details' });
    await edit.click();
    const form = h.page.getByRole('form', { name: 'Edit the meeting’s details' });
    await form.getByLabel('Date').fill('2022-06-14');
    await form.getByRole('button', { name: 'Save details' }).click();
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    await form.screenshot({ path: path.join(SHOTS, 'meeting-edit-refused.png') });
    expect(await refusal.innerText()).toMatch(/Another meeting has these details.*merge them/);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
    expect(await focusedText()).toBe('Edit details');
    // Nothing changed: it still needs checking.
    expect(await h.page.locator('section.needs-check').count()).toBe(1);
  });

  test('merging two meetings: the items of both are on the kept one, and the other is gone', async () => {
    await go(`/meeting/${ids[AUDIT]}`);
    await h.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Tuesday, 12 March 2024' }).waitFor();
    expect(await itemTitles()).toHaveLength(3);

    await h.page.getByRole('button', { name: 'Merge with another meeting…' }).focus();
    await h.page.keyboard.press('Enter');
    const panel = h.page.getByRole('group', { name: 'Merge with another meeting' });
    await panel.waitFor();
    const select = panel.getByLabel('The other meeting');
    await h.page.waitForFunction(() => {
      const s = document.querySelector<HTMLSelectElement>('.confirm-panel select');
      return s !== null && !s.disabled;
    });
    const options = await select.locator('option').allInnerTexts();
    // Every other meeting, labelled with committee, date and council; not this one.
    expect(options).toContain('Overview and Scrutiny Board, Monday, 22 April 2024, Council not named in the minutes');
    expect(options.some((o) => o.includes('12 March 2024'))).toBe(false);
    await select.selectOption({ label: 'Overview and Scrutiny Board, Monday, 22 April 2024, Council not named in the minutes' });
    expect(await panel.innerText()).toContain('This meeting’s details (committee, council, date, times and venue) are kept');
    await expectAxeClean(h.page, 'the merge confirmation');
    await panel.screenshot({ path: path.join(SHOTS, 'meeting-merge-panel.png') });
    await panel.getByRole('button', { name: 'Merge into this meeting' }).click();
    await h.page.getByRole('status').filter({ hasText: /Merged: everything from Overview and Scrutiny Board/ }).waitFor();
    await h.page.waitForFunction(() => document.querySelectorAll('article.item').length === 6);
    const titles = (await itemTitles()).join('\n');
    expect(titles).toContain('Questions from Members of the Public or the Press');
    expect(titles).toContain('Governance Systems Review - Implementation Progress Update');
    expect(await h.page.locator('h1').innerText()).toContain('Tuesday, 12 March 2024');
    // Both files are listed, and either can be split off again.
    const sources = h.page.locator('section[aria-labelledby=sources-title] li.source');
    expect(await sources.count()).toBe(2);
    expect(await h.page.getByRole('button', { name: /Split into its own meeting/ }).count()).toBe(2);
    await expectAxeClean(h.page, 'the merged meeting with its files');
    await shot(h.page, 'meeting-merged.png');
    await topShot(h.page, 'meeting-merged-top.png');
    await h.page.locator('section[aria-labelledby=sources-title]').screenshot({ path: path.join(SHOTS, 'meeting-merged-files.png') });

    // The other meeting is gone.
    await go(`/meeting/${ids[BOARD]}`);
    await h.page.getByRole('alert').filter({ hasText: 'This meeting could not be opened' }).waitFor();
  });

  test('deleting a meeting moves it to the bin; restoring brings it back with its items', async () => {
    await go(`/meeting/${ids[AUDIT]}`);
    await h.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Tuesday, 12 March 2024' }).waitFor();
    await h.page.getByRole('button', { name: 'Delete meeting…' }).focus();
    await h.page.keyboard.press('Enter');
    const confirm = h.page.getByRole('group', { name: 'Delete this meeting?' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('Moves it to the bin with your notes; you can restore it for 30 days');
    await confirm.screenshot({ path: path.join(SHOTS, 'meeting-delete-confirm.png') });
    await confirm.getByRole('button', { name: 'Move to the bin' }).click();

    // The library says where it went, with a link to the bin.
    await h.page.waitForFunction(() => location.hash === '#/');
    const said = h.page.getByRole('status').filter({ hasText: 'was moved to the bin' });
    await said.waitFor();
    expect(await said.innerText()).toContain('Audit Committee, Tuesday, 12 March 2024');
    expect(await h.page.getByRole('link', { name: /^Bin \(1\)/ }).count()).toBe(1);
    // Its committee had no other meeting, so it has gone from the list too.
    expect(await h.page.locator('a.card-link').filter({ hasText: 'Audit Committee' }).count()).toBe(0);
    expect(await mainText(h.page)).toContain('Bin (1)');
    await shot(h.page, 'library-after-delete.png');

    await said.getByRole('link', { name: 'bin' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'Bin' }).waitFor();
    const entry = h.page.locator('li.bin__entry').filter({ hasText: 'Audit Committee, Tuesday, 12 March 2024' });
    await entry.waitFor();
    expect(await entry.innerText()).toMatch(/Deleted on \d{1,2} \w+ \d{4} at .*You can restore it until \w+day, \d{1,2} \w+ \d{4}/);
    await expectAxeClean(h.page, 'the bin');
    await shot(h.page, 'bin.png');

    await entry.getByRole('button', { name: /^Restore/ }).focus();
    await h.page.keyboard.press('Enter');
    const restored = h.page.getByRole('link', { name: 'Open the restored meeting' });
    await restored.waitFor();
    await h.page.getByText('The bin is empty.').waitFor();
    await expectAxeClean(h.page, 'the empty bin');
    await shot(h.page, 'bin-restored.png');

    await restored.focus();
    await h.page.keyboard.press('Enter');
    await h.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Tuesday, 12 March 2024' }).waitFor();
    await h.page.waitForFunction(() => document.querySelectorAll('article.item').length === 6);
    expect((await itemTitles()).join('\n')).toContain('Governance Systems Review - Implementation Progress Update');

    // Back in the library, with no bin link now it is empty.
    await go('/');
    await h.page.getByRole('link', { name: /Audit Committee/ }).waitFor();
    expect(await h.page.getByRole('link', { name: /^Bin/ }).count()).toBe(0);
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });

  test('importing through the UI: a copy with less in it is kept as a version and can be applied; a file to check links to its details', async () => {
    const full = fs.readFileSync(path.join(EXCERPTS, CABINET), 'utf8');
    const shorter = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-corrections-')), `shorter-${CABINET}`);
    fs.writeFileSync(shorter, full.slice(0, Math.floor(full.length / 2)));
    await go('/');
    await h.page.locator('input[type=file]').setInputFiles([shorter, path.join(EXCERPTS, UNDATED_UI)]);
    await h.page.locator('.import-panel__summary').waitFor();
    const kept = h.page.locator('.import-result').filter({ hasText: `shorter-${CABINET}` });
    expect(await kept.innerText()).toContain('Kept as a version');
    const toCheck = h.page.locator('.import-result').filter({ hasText: UNDATED_UI });
    await toCheck.getByRole('link', { name: /^Check its details/ }).click();
    await h.page.locator('section.needs-check').waitFor();
    await h.page.getByRole('button', { name: 'Dismiss import results' }).click();

    await go(`/meeting/${ids[CABINET]}`);
    await h.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Tuesday, 10 November 2020' }).waitFor();
    expect(await itemTitles()).toHaveLength(5);
    const keptRow = h.page.locator('li.source').filter({ hasText: `shorter-${CABINET}` });
    expect(await keptRow.innerText()).toContain('Kept, not applied');
    await keptRow.getByRole('button', { name: /^Apply this version/ }).click();
    const confirm = h.page.getByRole('group', { name: 'Apply this version?' });
    await confirm.waitFor();
    await expectAxeClean(h.page, 'the apply-version confirmation');
    await confirm.getByRole('button', { name: 'Apply this version' }).click();
    await h.page.getByRole('status').filter({ hasText: 'Version applied.' }).waitFor();
    await h.page.waitForFunction(() => document.querySelectorAll('article.item').length < 5);
    expect(await keptRow.innerText()).toContain('Shown');
  });

  test('a file is split off into a meeting of its own; the committee is renamed', async () => {
    await go(`/meeting/${ids[AUDIT]}`);
    await h.page.waitForFunction(() => document.querySelectorAll('article.item').length === 6);
    const row = h.page.locator('li.source').filter({ hasText: BOARD });
    await row.getByRole('button', { name: /^Split into its own meeting/ }).click();
    const confirm = h.page.getByRole('group', { name: 'Split into its own meeting?' });
    await confirm.getByRole('button', { name: 'Split it off' }).click();
    await h.page.waitForFunction((id) => location.hash !== `#/meeting/${id}`, ids[AUDIT]);
    const notice = h.page.locator('section.needs-check');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('split off from another meeting');
    expect((await itemTitles()).join('\n')).toContain('Governance Systems Review - Implementation Progress Update');
    expect(await itemTitles()).toHaveLength(3);

    await go(`/meeting/${ids[AUDIT]}`);
    await h.page.waitForFunction(() => document.querySelectorAll('article.item').length === 3);
    await h.page.locator('.breadcrumbs').getByRole('link', { name: 'Audit Committee' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'Audit Committee' }).waitFor();
    await h.page.getByRole('button', { name: 'Rename committee' }).click();
    const form = h.page.getByRole('form', { name: 'Rename committee' });
    await form.waitFor();
    await expectAxeClean(h.page, 'the committee page with the rename form open');
    await shot(h.page, 'committee-rename.png');
    // The name is selected, so typing replaces it.
    await h.page.keyboard.type('Audit and Governance Committee');
    await h.page.keyboard.press('Enter');
    await h.page.getByRole('heading', { level: 1, name: 'Audit and Governance Committee' }).waitFor();
    await h.page.getByRole('status').filter({ hasText: 'Renamed the committee to Audit and Governance Committee.' }).waitFor();
    expect(await focusedText()).toBe('Rename committee');
    expect(h.pageErrors).toEqual([]);
  });
});
