/**
 * Never a confident wrong answer about declarations, in the browser: where Scrutineer read a list of declarations only
 * in part (the list went on past a page's footer), the meeting page says the minutes may record more, shows the passages
 * it could not read and leads to the minutes; the member adds one by keyboard and its passage goes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectAxeClean, openApp, startHarness, type Harness } from './harness';

/** A made-up board whose list of declarations is cut by a page's footer, as a real board's was (set 43). */
const CUT = path.resolve(__dirname, '../fixtures/minutes/trust/westby-transport-board-2011-03-30-declarations-cut.txt');
const NOT_ALL_READ = 'The minutes may record more declarations than are listed here. Scrutineer could not read these passages; add any that record a declaration.';

const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-declarations-in-part-'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('a list of declarations read in part', () => {
  let h: Harness;
  let meetingId = 0;
  const section = () => h.page.locator('section[aria-labelledby=declarations]');
  const passages = () => section().getByRole('list', { name: 'Passages on declarations Scrutineer could not read' }).locator('li').allInnerTexts();

  beforeAll(async () => {
    h = await startHarness();
    const outcome = await h.handlers['import.file']({ name: path.basename(CUT), data: new Uint8Array(fs.readFileSync(CUT)) });
    if (outcome.status === 'failed' || outcome.meetingId === null) throw new Error(`Importing failed: ${outcome.message}`);
    meetingId = outcome.meetingId;
    await openApp(h);
    await h.page.evaluate((id) => (location.hash = `#/meeting/${id}`), meetingId);
    await section().waitFor();
  });
  afterAll(async () => {
    await h?.close();
    console.log(`[declarations-in-part] screenshots in ${SHOTS}`);
  });

  test('says the minutes may record more, beside what was read, with the passages and the way to the minutes', async () => {
    const text = squash(await section().innerText());
    expect(text).toContain(NOT_ALL_READ);
    expect(await section().locator('tbody tr').count()).toBe(3);
    expect((await passages()).map(squash)).toEqual([
      'Steven North as a Board Member of the Westby Development Agency and as Chairman of North Rail Limited',
      'Bob Oakley on taxi related issues',
      'Tony Weston as a member of Eastby Council’s Public Transport Committee.',
    ]);
    expect(await section().getByRole('link', { name: /^Go to the minutes: / }).innerText()).toMatch(/Declarations of Interest/);
    await expectAxeClean(h.page, 'a meeting whose declarations were read in part');
    await section().screenshot({ path: path.join(SHOTS, 'declarations-in-part.png') });
  });

  test('the member adds one by keyboard; its passage goes, the others stay', async () => {
    const add = section().getByRole('button', { name: 'Add a declaration' });
    await add.focus();
    await h.page.keyboard.press('Enter');
    const form = section().locator('form.declaration-edit');
    await form.getByLabel('Member').fill('Bob Oakley');
    await form.getByLabel('Interest', { exact: true }).fill('Taxi related issues');
    await form.getByRole('button', { name: 'Add the declaration' }).focus();
    await h.page.keyboard.press('Enter');
    await section().getByRole('status').filter({ hasText: 'Declaration added.' }).waitFor();
    await h.page.waitForFunction(() => document.querySelectorAll('section[aria-labelledby=declarations] ul[aria-label] li').length === 2);
    expect((await passages()).map((p) => squash(p).split(' ').slice(0, 2).join(' '))).toEqual(['Steven North', 'Tony Weston']);
    expect(squash(await section().innerText())).toContain(NOT_ALL_READ);
    await section().screenshot({ path: path.join(SHOTS, 'declarations-in-part-after-add.png') });
  });
});
