/**
 * Never a confident wrong answer about who attended, in the browser, on real council pages: a list Scrutineer read
 * only in part says it may be incomplete, with the way to the minutes' files; an apologies item it could not read
 * says so instead of "No apologies were recorded."; a list read in full carries no warning; members the minutes name
 * elsewhere whom no list read are named beside the list; lists that hold only apologies say no list of members present
 * was found.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES_DIR, expectAxeClean, openApp, startHarness, type Harness } from './harness';

/**
 * A parish council whose apologies item names a member Scrutineer does not read ("… to accept Simon Davies request for
 * leave of absence …"): the lists are read only in part. (The Milton committee's list, read in part until the parser
 * learnt initials printed together and a list's second line, is now read whole.)
 */
const PARTIAL = path.resolve(FIXTURES_DIR, '../minutes-corpus/cradley-parish-council-extraordinary-2018-06-19.txt');
/** Welsh minutes: "Ymddiheurodd y Cynghorwyr …" names two members, and Scrutineer reads neither. */
const UNREAD = path.resolve(FIXTURES_DIR, '../minutes-corpus/ceredigion-council-xxxx-xx-xx-welsh.txt');
/** Every list read, members present among them. (Leicester's CYPE page, read whole too, lists only its apologies.) */
const READ = path.resolve(FIXTURES_DIR, '../minutes-corpus/benniworth-parish-council-2019-01-10.txt');
/** A budget meeting whose ten apologies are read, and two councillors who declared interests are in no list. */
const NAMED = path.resolve(FIXTURES_DIR, '../minutes-corpus/wiltshire-council-budget-meeting-2013-02-26.txt');

const PARTIAL_TEXT = 'Scrutineer could not read all of the attendance in these minutes: this list may be incomplete. Check it against the minutes.';
const UNREAD_TEXT = 'Scrutineer could not read who attended — see the minutes.';
const NO_PRESENT_TEXT = 'Scrutineer found no list of the members present in these minutes';

const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-attendance-trust-'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('what the meeting page says about attendance it could not read', () => {
  let h: Harness;
  const ids: Record<string, number> = {};
  const go = async (meetingId: number) => {
    await h.page.evaluate((id) => (location.hash = `#/meeting/${id}`), meetingId);
    await h.page.waitForFunction((id) => location.hash === `#/meeting/${id}` && document.querySelector('section[aria-labelledby=declarations]') !== null, meetingId);
  };
  const attendanceText = async () => squash(await h.page.locator('section[aria-labelledby=attendance], section[aria-labelledby=apologies]').first().innerText());

  beforeAll(async () => {
    h = await startHarness();
    for (const file of [PARTIAL, UNREAD, READ, NAMED]) {
      const outcome = await h.handlers['import.file']({ name: path.basename(file), data: new Uint8Array(fs.readFileSync(file)) });
      if (outcome.status === 'failed' || outcome.meetingId === null) throw new Error(`Importing ${file} failed: ${outcome.message}`);
      ids[file] = outcome.meetingId;
    }
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
    console.log(`[attendance-trust] screenshots in ${SHOTS}`);
  });

  test('a list read in part says it may be incomplete, beside the people read, and leads to the files', async () => {
    await go(ids[PARTIAL] as number);
    const section = h.page.locator('section[aria-labelledby=attendance]');
    const text = squash(await section.innerText());
    expect(text).toContain(PARTIAL_TEXT);
    expect(await section.locator('.attendance__person').count()).toBeGreaterThan(0);
    const link = section.getByRole('link', { name: 'The files these minutes came from' });
    await link.focus();
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction(() => document.activeElement?.id === 'sources-title');
    await expectAxeClean(h.page, 'a meeting whose attendance was read in part');
    await section.screenshot({ path: path.join(SHOTS, 'attendance-partial.png') });
  });

  test('apologies that could not be read are said to be unread, never "No apologies were recorded."', async () => {
    await go(ids[UNREAD] as number);
    const text = await attendanceText();
    expect(text).toContain(UNREAD_TEXT);
    expect(text).not.toContain('No apologies were recorded.');
    await expectAxeClean(h.page, 'a meeting whose apologies could not be read');
    await h.page.locator('section[aria-labelledby=apologies]').screenshot({ path: path.join(SHOTS, 'attendance-unread.png') });
  });

  test('a list read in full carries no warning', async () => {
    await go(ids[READ] as number);
    const text = await attendanceText();
    expect(text).not.toContain(PARTIAL_TEXT);
    expect(text).not.toContain(UNREAD_TEXT);
    expect(text).not.toContain(NO_PRESENT_TEXT);
    expect(text).toMatch(/Apologies|Present/);
  });

  test('members the minutes name elsewhere and no list read are named beside the list, with the way to the files', async () => {
    await go(ids[NAMED] as number);
    const section = h.page.locator('section[aria-labelledby=attendance]');
    const text = squash(await section.innerText());
    expect(text).toContain('The minutes also name Cllr Brian Dalton and Cllr Francis Morland, who are not in the lists Scrutineer read: check the minutes for whether they were at the meeting.');
    // Named, never added: neither is among the people listed.
    const people = await section.locator('.attendance__name').allInnerTexts();
    expect(people.length).toBeGreaterThan(5);
    expect(people.some((p) => /Dalton|Morland/.test(p))).toBe(false);
    // Its lists hold only the apologies: the page never reads as a meeting nobody attended.
    expect(text).toContain(`${NO_PRESENT_TEXT}: only the apologies are shown here. Check the minutes for who was at the meeting.`);
    await expect(section.locator('.attendance-named-elsewhere').getByRole('link', { name: 'The files these minutes came from' }).count()).resolves.toBe(1);
    await expectAxeClean(h.page, 'a meeting whose minutes name members no list read');
    await section.screenshot({ path: path.join(SHOTS, 'attendance-named-elsewhere.png') });
  });
});
