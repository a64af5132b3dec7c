/**
 * A revised pack rewords a passage a question was on. The import result says so; the meeting's
 * "Needs attention" list offers the closest passage in the new version, old and new wording side by
 * side with the differences marked; the member accepts it with the keyboard, and the old wording is
 * kept in the question's history.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makePack, type PackReport } from '../helpers/make-pack';
import { expectAxeClean, openApp, screenshotPath, startHarness, type Harness } from './harness';

const MINUTES = 'leicester-cype-2025-01-14-agenda-and-minutes.txt';
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
const OLD_PLEDGE = 'The council will review the home to school transport policy by March 2026 and report to this Commission.';
const NEW_PLEDGE = 'The council will review its home to school transport policy by June 2026 and report back to the Commission.';
const QUESTION = 'Will the review slip again?';

const reports = (revised: boolean): PackReport[] => [
  { number: '115', title: 'Update on Youth Summit', pages: [['Update on Youth Summit'], ['Young people took part in the summit.']] },
  {
    number: '117',
    title: 'Home to school transport',
    pages: [
      ['Home to school transport', 'Report of the Director of Children’s Services'],
      revised ? ['Demand rose sharply this year.', 'Officers gave an update.', NEW_PLEDGE] : ['Demand rose this year.', OLD_PLEDGE, 'Costs are reported quarterly.'],
    ],
  },
];

describe('re-anchoring a member can follow', () => {
  let h: Harness;
  let meetingId: number;
  let questionId: number;
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-revised-'));

  beforeAll(async () => {
    h = await startHarness({ viewport: { width: 1280, height: 900 } });
    await h.seed(MINUTES);
    const data = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: reports(false) });
    const first = await h.handlers['import.file']({ name: 'cype-pack.pdf', data });
    if (first.status === 'failed') throw new Error(first.message);
    const { id: versionId, document_id: documentId } = h.store.db.prepare('SELECT id, document_id FROM document_versions').get() as { id: number; document_id: number };
    meetingId = h.store.db.prepare('SELECT id FROM meetings').pluck().get() as number;
    const question = await h.handlers['annotations.create']({ documentId, versionId, kind: 'question', body: QUESTION, pageNumber: 6, quote: { exact: OLD_PLEDGE, prefix: '', suffix: '' } });
    questionId = question.id;
    fs.writeFileSync(path.join(temp, 'cype-pack-revised.pdf'), await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: reports(true) }));
    await openApp(h);
  });
  afterAll(async () => {
    await h?.close();
    fs.rmSync(temp, { recursive: true, force: true });
  });

  test('the import result says the question needs attention', async () => {
    await h.page.locator('input[type=file]').setInputFiles([path.join(temp, 'cype-pack-revised.pdf')]);
    const result = h.page.locator('.import-result').filter({ hasText: 'cype-pack-revised.pdf' });
    await result.waitFor();
    expect(await result.innerText()).toContain('your annotation: 1 needs attention (the passage changed)');
  });

  test('the closest passage is offered side by side and accepted with the keyboard; the old wording stays in the history', async () => {
    await h.page.evaluate((id) => {
      location.hash = `#/meeting/${id}/annotations`;
    }, meetingId);
    const attention = h.page.getByRole('region', { name: /Needs attention/ });
    await attention.getByText('Probably this passage, page 6 of version 2').waitFor();
    const removed = await attention.locator('.quote-diff del').allInnerTexts();
    const added = await attention.locator('.quote-diff ins').allInnerTexts();
    expect(removed.join(' ')).toMatch(/March/);
    expect(added.join(' ')).toMatch(/June/);
    expect(removed.join(' ')).not.toMatch(/June/);
    expect(await attention.locator('.quote-diff__side').nth(1).innerText()).toMatch(/June 2026 and report/);
    await expectAxeClean(h.page, 'the meeting’s annotations with a suggested passage');
    await h.page.screenshot({ path: screenshotPath('reanchor-suggestion.png'), fullPage: true });

    const accept = attention.getByRole('button', { name: 'Accept this passage for the question' });
    await accept.focus();
    await h.page.keyboard.press('Enter');
    await h.page.getByText('The question is attached to the passage on page 6 of version 2').waitFor();
    await attention.waitFor({ state: 'detached' });
    // Focus is kept in the page, not dropped to the body.
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('meeting-annotations-list');

    const stored = (await h.handlers['annotations.list']({ meetingId, kind: 'question' })).find((a) => a.id === questionId);
    expect(stored).toMatchObject({ status: 'anchored', body: QUESTION, quote: { exact: NEW_PLEDGE } });
    expect(stored?.earlierQuotes).toEqual([expect.objectContaining({ exact: OLD_PLEDGE, version: 1, reason: 'reattached' })]);

    const card = h.page.locator(`[data-annotation-id="${questionId}"]`);
    await card.getByText('Earlier wording (1)').click();
    expect(await card.locator('.earlier-quotes').innerText()).toContain('by March 2026');
    await expectAxeClean(h.page, 'an annotation with its earlier wording open');
    expect(h.pageErrors).toEqual([]);
  });
});
