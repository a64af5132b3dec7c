/**
 * Sharing in the browser: the preview harness and the real CouchDB-protocol test server on
 * 127.0.0.1 (tests/unit/share/couch-server.ts). The member connects (an http address elsewhere is
 * refused in words), runs, sees the status with when it last synced; a second device (a real
 * library in this process) edits the same note at the same time; the page shows both versions
 * side by side and the member merges them; then disconnects, with a confirmation. Axe is clean on
 * the connect form, the status and the conflict. Then a committee's action log: connected as its
 * chair from the page, run, and an exempt item's entries sent only once chosen; then, made an officer
 * on the server, a text change kept on this device and the page saying so.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { correctEntry } from '../../main/actions/updates';
import { createForTarget, updateAnnotation } from '../../main/annotations/store';
import { importFile } from '../../main/library/import-file';
import { committeeSetup } from '../../main/share/committee-design';
import { ShareEngine, memberDbName } from '../../main/share/engine';
import { openStore, type Store } from '../../main/store/database';
import { CouchServer } from '../unit/share/couch-server';
import { expectAxeClean, fixture, mainText, openApp, startHarness, type Harness } from './harness';

const MINUTES = 'leicester-cype-2025-01-14-agenda-and-minutes.txt';
const USER = 'cllr-okafor';
const PASSWORD = 'server-password-3';
const PASSPHRASE = 'a passphrase for both devices';

describe('sharing between devices', () => {
  let h: Harness;
  let server: CouchServer;
  let tmp: string;
  let tablet: { store: Store; engine: ShareEngine } | null = null;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-share-e2e-'));
    server = new CouchServer(path.join(tmp, 'server'));
    await server.start();
    await server.addMember(USER, PASSWORD, memberDbName(USER));
    h = await startHarness({ viewport: { width: 1280, height: 900 } });
    await h.seed(MINUTES);
    await openApp(h);
  });
  afterAll(async () => {
    await tablet?.engine.close();
    tablet?.store.close();
    await h?.close();
    await server?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const runNow = async (expect: RegExp) => {
    await h.page.getByRole('button', { name: 'Run now' }).click();
    await h.page.getByRole('status').filter({ hasText: expect }).waitFor({ timeout: 60_000 });
  };

  test('connect, run, see status; two versions of a note merged; disconnect', async () => {
    const page = h.page;
    const meetingId = h.store.db.prepare('SELECT id FROM meetings').pluck().get() as number;
    const note = createForTarget(h.store.db, { target: 'meeting', meetingId, kind: 'question', body: 'Why was the dentistry report late?' });

    await page.getByRole('link', { name: 'Sharing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sharing' }).waitFor();
    // (The heading shows before the sharing status has loaded; the connect form follows it.)
    await page.getByLabel('Server address').waitFor();
    expect(await mainText(page)).toContain('never leaves the device');
    await expectAxeClean(page, 'the sharing connect form');

    // Plain http to anywhere but this computer is refused, in words.
    await page.getByLabel('Server address').fill('http://couch.example.org');
    await page.getByLabel('User name').fill(USER);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('alert').filter({ hasText: 'must use https' }).waitFor();

    // A wrong password, in words.
    await page.getByLabel('Server address').fill(server.url);
    await page.getByLabel('Password', { exact: true }).fill('not it');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('alert').filter({ hasText: 'refused the user name or password' }).waitFor();

    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('button', { name: 'Run now' }).waitFor();
    await runNow(/Shared: \d+ sent/);
    const row = page.getByRole('row', { name: /Your notes and tracker/ });
    await row.getByText(/^\w+day, \d{1,2} \w+ \d{4} at \d\d:\d\d$/).waitFor();
    await expectAxeClean(page, 'the sharing status');

    // The tablet: the same minutes, connected with the same passphrase.
    const store = openStore(path.join(tmp, 'tablet'), { key: Buffer.alloc(32, 7) });
    tablet = { store, engine: new ShareEngine(store, { env: {} }) };
    await importFile(store, { fileName: MINUTES, bytes: fs.readFileSync(fixture(MINUTES)) });
    await tablet.engine.connect({ url: server.url, user: USER, password: PASSWORD, passphrase: PASSPHRASE });
    expect(await tablet.engine.run()).toMatchObject({ ok: true });
    const onTablet = store.db.prepare('SELECT id FROM annotations WHERE uuid = ?').pluck().get(note.uuid) as number;
    expect(onTablet).toBeGreaterThan(0);

    // Both change the note before sharing.
    updateAnnotation(h.store.db, { id: note.id, body: 'Why was the dentistry report late? (laptop)' });
    updateAnnotation(store.db, { id: onTablet, body: 'Why was the dentistry report late? (tablet)' });
    expect(await tablet.engine.run()).toMatchObject({ ok: true });
    await runNow(/Shared: .*1 with two versions to merge/);
    await page.getByRole('heading', { level: 2, name: 'Notes with two versions' }).waitFor();
    await page.getByRole('heading', { level: 4, name: 'Version shown now' }).waitFor();
    const text = await mainText(page);
    expect(text).toContain('(laptop)');
    expect(text).toContain('(tablet)');
    await expectAxeClean(page, 'a note with two versions');

    // Merged by editing, with the keyboard.
    const merge = page.getByLabel('Or merge them: edit the text to keep');
    await merge.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Why was the dentistry report late? (both)');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Notes with two versions' }).waitFor({ state: 'detached' });
    await runNow(/Shared:/);
    expect(await tablet.engine.run()).toMatchObject({ ok: true });
    expect(store.db.prepare('SELECT body FROM annotations WHERE id = ?').pluck().get(onTablet)).toBe('Why was the dentistry report late? (both)');
    expect(tablet.engine.conflicts()).toEqual([]);

    // Disconnect asks first; Cancel keeps it; Yes disconnects.
    await page.getByRole('button', { name: 'Disconnect…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Disconnect…' }).click();
    await expectAxeClean(page, 'the disconnect confirmation');
    await page.getByRole('button', { name: 'Yes, disconnect this device' }).click();
    await page.getByRole('heading', { level: 2, name: 'Connect this device' }).waitFor();
    expect(h.store.db.prepare('SELECT body FROM annotations WHERE id = ?').pluck().get(note.id)).toBe('Why was the dentistry report late? (both)');
    expect(h.pageErrors).toEqual([]);
    expect(h.dialogs).toEqual([]);
  });

  test('a committee’s action log: connect as the chair, run, choose to send an exempt item’s entry', async () => {
    const page = h.page;
    const DB = 'scrutineer-committee-e2e';
    await server.addUser('cllr-chair-e2e', 'chair-password-e2e');
    const setup = committeeSetup();
    await server.addCommitteeDb(DB, { ...setup.security, members: { names: ['cllr-chair-e2e'], roles: [] }, scrutineer: { chair: { names: ['cllr-chair-e2e'], roles: [] } } }, setup.designDoc);
    // Two items of the meeting are exempt (taken in private).
    h.store.db
      .prepare('UPDATE items SET exempt = 1 WHERE id IN (SELECT d.item_id FROM decisions d JOIN action_entries e ON e.decision_id = d.id ORDER BY d.identity_key DESC LIMIT 2)')
      .run();
    const exemptEntries = h.store.db
      .prepare('SELECT e.what FROM action_entries e JOIN decisions d ON d.id = e.decision_id JOIN items i ON i.id = d.item_id WHERE i.exempt = 1 ORDER BY e.id')
      .pluck()
      .all() as string[];
    expect(exemptEntries.length).toBeGreaterThanOrEqual(2);
    const [exempt, exemptForTheRun] = exemptEntries as [string, string];

    await page.getByRole('button', { name: 'Share a committee’s action log…' }).click();
    const form = page.getByRole('form', { name: 'Share a committee’s action log' });
    await form.getByLabel('Committee').selectOption({ index: 1 });
    await form.getByLabel('Server address').fill(server.url);
    await form.getByLabel('User name').fill('cllr-chair-e2e');
    await form.getByLabel('Password').fill('chair-password-e2e');
    await form.getByLabel(/Database name/).fill(DB);
    await expectAxeClean(page, 'the committee connect form');
    await form.getByRole('button', { name: 'Connect the committee’s log' }).click();
    const row = page.getByRole('row', { name: /Committee’s action log/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('(chair)');

    await runNow(/Shared:/);
    const docs = async () => JSON.stringify((await server.request('GET', `/${DB}/_all_docs?include_docs=true`)).json);
    for (const what of exemptEntries) expect(await docs()).not.toContain(what);
    await page.getByRole('heading', { level: 3, name: 'Entries from exempt items' }).waitFor();
    await expectAxeClean(page, 'the committee log with exempt entries');
    // Per entry: the first is chosen and goes with the next run; the others stay.
    const entryButton = (label: RegExp, what: string) => page.getByRole('button', { name: label }).filter({ hasText: what });
    await entryButton(/^Send to the committee/, exempt).click();
    await entryButton(/^Stop sending/, exempt).waitFor();
    await runNow(/Shared:/);
    expect(await docs()).toContain(exempt);
    expect(await docs()).not.toContain(exemptForTheRun);

    // For one run: the choice the CLI's --include-exempt makes, from the keyboard.
    const forThisRun = page.getByRole('checkbox', { name: /In this run, also send the \d+ (entry|entries) from exempt items held back/ });
    await forThisRun.waitFor();
    await expectAxeClean(page, 'the per-run choice for exempt entries');
    await forThisRun.focus();
    await page.keyboard.press('Space');
    expect(await forThisRun.isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Run now');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /Shared:/ }).waitFor({ timeout: 60_000 });
    for (const what of exemptEntries) expect(await docs()).toContain(what);
    // The choice was for that run only: nothing is held back now, so it is no longer offered.
    await entryButton(/^Stop sending/, exemptForTheRun).waitFor();
    expect(await forThisRun.count()).toBe(0);

    // The server's administrator makes this user an officer instead: the next run reads the role, and a
    // change of an entry's text (only the chair's to make) stays on this device, as the page says.
    const officer = { names: ['cllr-chair-e2e'], roles: [] };
    const security = { ...setup.security, members: officer, scrutineer: { chair: { names: [], roles: [] }, officers: officer } };
    expect((await server.request('PUT', `/${DB}/_security`, security)).status).toBeLessThan(300);
    const shared = h.store.db
      .prepare('SELECT e.id FROM action_entries e JOIN decisions d ON d.id = e.decision_id JOIN items i ON i.id = d.item_id WHERE i.exempt = 0 ORDER BY e.id LIMIT 1')
      .pluck()
      .get() as number;
    correctEntry(h.store.db, shared, { what: 'Rewritten on this device only' });
    await runNow(/Shared:/);
    await row.filter({ hasText: '(officer)' }).waitFor();
    await row.filter({ hasText: '1 entry with your changes kept on this device: your role cannot change an entry’s text or kind (only the chair can).' }).waitFor();
    expect(await docs()).not.toContain('Rewritten on this device only');
    expect(await row.textContent()).not.toMatch(/refused/);
    await expectAxeClean(page, 'an officer’s change kept on this device');
    expect(h.pageErrors).toEqual([]);
  });
});
