/**
 * Council sync in the browser: the preview harness with the ModernGov stand-in's test CA trusted
 * (SCRUTINEER_EXTRA_CA_FILE, read when a sync starts). The member connects the council, follows
 * Cabinet (and says they sit on it), syncs, and opens the meeting with its items, attendees and
 * papers; a passage of a synced paper is highlighted; the council revises that paper; a second
 * sync brings version 2 with the highlight re-anchored a page later; a cancelled meeting shows
 * its badge. Axe is clean on the sync page and the meeting.
 */
import { startStandin, type StandIn } from '../helpers/moderngov-standin';
import { expectAxeClean, mainText, openApp, screenshotPath, startHarness, type Harness } from './harness';

const PASSAGE = 'financial case for each option';

describe('council sync', () => {
  let standin: StandIn;
  let h: Harness;
  const savedCa = process.env.SCRUTINEER_EXTRA_CA_FILE;

  beforeAll(async () => {
    standin = await startStandin();
    process.env.SCRUTINEER_EXTRA_CA_FILE = standin.caFile;
    h = await startHarness({ viewport: { width: 1280, height: 900 } });
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
    await standin?.close();
    if (savedCa === undefined) delete process.env.SCRUTINEER_EXTRA_CA_FILE;
    else process.env.SCRUTINEER_EXTRA_CA_FILE = savedCa;
  });

  const syncNow = async (expect: RegExp) => {
    await h.page.getByRole('button', { name: 'Sync now' }).click();
    await h.page.getByRole('status').filter({ hasText: expect }).waitFor({ timeout: 90_000 });
  };

  test('connect, choose committees, sync, read; a revised paper arrives as a new version with the highlight moved', async () => {
    const page = h.page;
    await page.getByRole('link', { name: 'Council sync' }).click();
    await page.getByRole('heading', { level: 1, name: 'Council sync' }).waitFor();

    // An http address is refused in words.
    await page.getByLabel('ModernGov site address').fill('http://democracy.example.gov.uk');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('alert').filter({ hasText: 'only connects to councils over https' }).waitFor();

    await page.getByLabel('ModernGov site address').fill(standin.url);
    await page.getByLabel('Council name (optional)').fill('Gloucester City Council');
    await page.getByLabel('Fetch meetings from').fill('2025-11-13');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gloucester City Council' }).waitFor();

    await page.getByLabel('Find a committee').fill('Cabinet');
    await page.getByRole('checkbox', { name: 'Follow Cabinet', exact: true }).check();
    await page.getByRole('checkbox', { name: 'I sit on Cabinet', exact: true }).check();
    await expectAxeClean(page, 'the council sync page');

    await syncNow(/Synced 1 committee\./);
    const row = page.getByRole('row', { name: /^Cabinet\b/ });
    await row.getByText('2 new meetings, 7 new documents.').waitFor();
    expect(await row.innerText()).toMatch(/\d{1,2} \w+ \d{4} at \d{1,2}:\d{2} [ap]m/);
    await page.screenshot({ path: screenshotPath('screenshot-sync.png') });

    // The synced meeting, from the library as any other.
    await page.evaluate(() => (location.hash = '#/'));
    await page.getByRole('link', { name: /Cabinet.*My committee/ }).click();
    await page.getByRole('link', { name: /Friday, 21 November 2025/ }).click();
    await page.getByRole('heading', { level: 1, name: /Friday, 21 November 2025/ }).waitFor();
    await page.locator('.paper', { hasText: 'Cabinet - Public Questions' }).waitFor();
    const text = await mainText(page);
    expect(text).toContain('Final Proposals for Local Government Reorganisation in Gloucestershire');
    expect(text).toContain("Leader and Cabinet Members' Question Time (15 minutes)");
    expect(text).toContain('There were no declarations of interest.');
    expect(text).toContain('Jeremy Hilton');
    expect(text).toContain('Cabinet - Public Questions');
    expect(text).not.toMatch(/&#39;|&amp;|MsoNormal|<p/);
    await expectAxeClean(page, 'a synced meeting');

    // The member highlights a passage of a synced paper (through the app's own API).
    const documentId = h.store.db.prepare('SELECT document_id FROM sync_documents WHERE attachment_id = 65412').pluck().get() as number;
    const v1 = h.store.db.prepare('SELECT id FROM document_versions WHERE document_id = ? AND is_current = 1').pluck().get(documentId) as number;
    const highlight = await h.handlers['annotations.create']({ documentId, versionId: v1, kind: 'highlight', pageNumber: 2, quote: { exact: PASSAGE, prefix: '', suffix: '' } });
    await page.evaluate((id) => (location.hash = `#/document/${id}?page=2`), documentId);
    await page.locator('[data-page="2"] .annotation-mark').first().waitFor();

    // The council revises the paper (a cover page added at the front); sync again.
    standin.faults.revisions.set(65412, 2);
    await page.getByRole('link', { name: 'Council sync' }).click();
    await syncNow(/Synced 1 committee\./);
    // The run's summary says what moved with it: the member's highlight, onto the new version.
    await page.getByRole('row', { name: /^Cabinet\b/ }).getByText('1 changed document (new version), 1 annotation moved to new versions.').waitFor();

    const moved = (await h.handlers['annotations.list']({ documentId })).find((a) => a.id === highlight.id);
    expect(moved).toMatchObject({ status: 'anchored', pageNumber: 3 });
    expect(moved?.versionId).not.toBe(v1);

    await page.evaluate((id) => (location.hash = `#/document/${id}?page=3`), documentId);
    await page.locator('[data-page="3"] .annotation-mark').first().waitFor();
    expect(await page.getByText('Older version').count()).toBe(0);

    // The meeting lists the paper with its two versions.
    const meetingId = h.store.db.prepare("SELECT id FROM meetings WHERE date = '2025-11-21'").pluck().get() as number;
    await page.evaluate((id) => (location.hash = `#/meeting/${id}`), meetingId);
    await page.getByRole('heading', { level: 1, name: /Friday, 21 November 2025/ }).waitFor();
    // The papers load apart from the meeting, so wait for the row rather than read the page at once.
    await page.locator('.paper', { hasText: 'Final proposals for Local Government Reorganisation in Gloucestershire' }).filter({ hasText: '2 versions' }).waitFor();

    // The council cancels the meeting: it is marked, not removed.
    standin.faults.cancelled.add(7837);
    await page.getByRole('link', { name: 'Council sync' }).click();
    await syncNow(/Synced 1 committee\./);
    await page.evaluate((id) => (location.hash = `#/meeting/${id}`), meetingId);
    await page.getByRole('heading', { level: 1, name: /Cancelled/ }).waitFor();
    expect(await mainText(page)).toContain('The council has marked this meeting as cancelled.');
    await expectAxeClean(page, 'a cancelled meeting');
    // The committee's list says so too, in words.
    const committeeId = h.store.db.prepare('SELECT committee_id FROM meetings WHERE id = ?').pluck().get(meetingId) as number;
    await page.evaluate((id) => (location.hash = `#/committee/${id}`), committeeId);
    await page.locator('.card-link', { hasText: 'Friday, 21 November 2025' }).filter({ hasText: 'Cancelled' }).waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
