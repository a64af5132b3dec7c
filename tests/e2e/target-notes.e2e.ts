import { expectAxeClean, openApp, startHarness, type Harness } from './harness';

/** Notes and questions on a whole agenda item or meeting, not tied to text in a paper. */
describe('notes on an item and on the meeting', () => {
  let h: Harness;
  let meetingId: number;
  beforeAll(async () => {
    h = await startHarness();
    await h.seed('leicester-cype-2025-01-14-agenda-and-minutes.txt');
    meetingId = h.store.db.prepare('SELECT id FROM meetings').pluck().get() as number;
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  test('a question on item 117 and a note on the meeting show in the counts and the brief', async () => {
    const { page } = h;
    await page.goto(`${h.server.origin}/#/meeting/${meetingId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Add a note or question on item 117' }).click();
    const itemForm = page.getByRole('form', { name: 'Add a note or question on item 117' });
    await itemForm.getByLabel('Your question').fill('What is the cost per placement after the IMPOWER work ended?');
    await itemForm.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Your annotations: 1 question').waitFor();

    await page.getByRole('button', { name: 'Add a note or question on the whole meeting' }).click();
    const meetingForm = page.getByRole('form', { name: 'Add a note or question on the whole meeting' });
    await meetingForm.getByLabel('A note').check();
    await meetingForm.getByLabel('Your note').fill('Ask the clerk for the Youth Summit video link.');
    await meetingForm.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Note saved.').waitFor();
    await expectAxeClean(page, 'meeting page with notes');

    // Nothing empty is saved.
    await page.getByRole('button', { name: 'Add a note or question on item 115' }).click();
    await page.getByRole('form', { name: 'Add a note or question on item 115' }).getByRole('button', { name: 'Save' }).click();
    await page.getByText('Write your question first.').waitFor();

    const stored = h.store.db.prepare("SELECT kind, target, body FROM annotations WHERE deleted_at IS NULL ORDER BY id").all();
    expect(stored).toEqual([
      { kind: 'question', target: 'item', body: 'What is the cost per placement after the IMPOWER work ended?' },
      { kind: 'note', target: 'meeting', body: 'Ask the clerk for the Youth Summit video link.' },
    ]);

    await page.getByRole('link', { name: 'My questions and brief' }).click();
    await page.getByText('What is the cost per placement after the IMPOWER work ended?').waitFor();
    await page.getByText('Ask the clerk for the Youth Summit video link.').waitFor();
    await expectAxeClean(page, 'my questions');
  });
});
