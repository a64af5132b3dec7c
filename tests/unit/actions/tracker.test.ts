import fs from 'node:fs';
import path from 'node:path';
import { dashboard } from '../../../main/actions/dashboard';
import { actionsCsv, actionsDocx, actionsIcs } from '../../../main/actions/exports';
import { confirmProposal, listProposals, rejectProposal } from '../../../main/actions/follow-up';
import { getEntry, listEntries } from '../../../main/actions/queries';
import { addManualEntry, setResponse, updateStatus } from '../../../main/actions/updates';
import { importFile } from '../../../main/library/import-file';
import type { Store } from '../../../main/store/database';
import { docxText } from '../../helpers/docx-text';
import { SHARED_FIXTURES, withTempStore } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const LEEDS = path.join(SHARED_FIXTURES, 'minutes', 'leeds-scrutiny-macalister-item.txt');
const LATER = path.resolve(__dirname, '../../fixtures/minutes/later/leicester-cype-2025-03-04-synthetic.txt');
const TODAY = '2025-02-01';

describe('actions tracker', () => {
  let store: Store;
  withTempStore((s) => (store = s));
  const load = (file: string, name = path.basename(file)) => importFile(store, { fileName: name, bytes: fs.readFileSync(file) });
  const entries = (filter: Partial<Parameters<typeof listEntries>[1]> = {}) => listEntries(store.db, { today: TODAY, ...filter });

  test('entries come from the action and recommendation decisions of imported minutes, linked to meeting, item and minute', async () => {
    const leicester = await load(LEICESTER);
    await load(LEEDS);
    const all = entries();
    const decisions = store.db.prepare("SELECT COUNT(*) FROM decisions WHERE kind IN ('action', 'recommendation')").pluck().get();
    expect(all).toHaveLength(decisions as number);
    expect(all.length).toBeGreaterThanOrEqual(8);
    const pilot = all.find((e) => e.what.includes('Family Therapy pilot'));
    expect(pilot).toMatchObject({
      kind: 'action',
      source: 'minutes',
      status: 'open',
      dueText: '6 monthly',
      meeting: { id: leicester.meetingId, date: '2025-01-14' },
      item: { number: '117', title: 'Placement costs and IMPOWER update' },
    });
    expect(pilot?.minuteText).toBe('For a 6 monthly report, including cover report, on the Family Therapy pilot.');
    // "Noted" and procedural decisions are not actions.
    expect(all.some((e) => e.what === 'That the report be noted')).toBe(false);
  });

  test('status updates are logged and survive a re-import of the minutes', async () => {
    await load(LEICESTER);
    const video = entries().find((e) => e.what.includes('video'));
    updateStatus(store.db, [video?.id as number], 'done', 'Video circulated by email on 20 January.');
    const revised = fs.readFileSync(LEICESTER, 'utf8').replace('The Chair welcomed those present', 'The Chair warmly welcomed those present');
    expect((await importFile(store, { fileName: 'revised.txt', bytes: Buffer.from(revised) })).status).toBe('updated');
    const after = getEntry(store.db, video?.id as number, TODAY);
    expect(after.status).toBe('done');
    expect(after.updates).toEqual([expect.objectContaining({ statusFrom: 'open', statusTo: 'done', note: 'Video circulated by email on 20 January.' })]);
    expect(entries()).toHaveLength(entries().length);
  });

  test('"next meeting" resolves to the committee’s next known meeting, and again when meetings are added; overdue is derived', async () => {
    const first = await load(LEICESTER);
    const committeeId = store.db.prepare('SELECT committee_id FROM meetings WHERE id = ?').pluck().get(first.meetingId) as number;
    const id = addManualEntry(store.db, { committeeId, meetingId: first.meetingId as number, kind: 'action', what: 'Report back on EHCP timeliness', due: 'by the next meeting' });
    expect(getEntry(store.db, id, TODAY).dueDate).toBeNull();
    await load(LATER);
    const entry = getEntry(store.db, id, TODAY);
    expect(entry.dueDate).toBe('2025-03-04');
    expect(entry.targetMeeting?.date).toBe('2025-03-04');
    expect(entry.shownStatus).toBe('open');
    expect(getEntry(store.db, id, '2025-03-05').shownStatus).toBe('overdue');
    expect(listEntries(store.db, { today: '2025-03-05', overdue: true }).map((e) => e.id)).toEqual([id]);
  });

  test('a later meeting’s minutes propose follow-ups; nothing closes until the member confirms', async () => {
    await load(LEICESTER);
    const later = await load(LATER);
    const proposals = listProposals(store.db, { meetingId: later.meetingId as number });
    const pilot = proposals.find((p) => p.entryWhat.includes('Family Therapy pilot') && p.item.number === '132');
    expect(pilot?.reason).toMatch(/same subject/);
    expect(proposals.some((p) => p.item.title === 'Matters Arising')).toBe(true);
    // Proposals alone change no status.
    expect(entries().every((e) => e.status === 'open')).toBe(true);

    confirmProposal(store.db, pilot?.id as number, 'done', 'Six monthly report received on 4 March.');
    const done = getEntry(store.db, pilot?.entryId as number, TODAY);
    expect(done.status).toBe('done');
    expect(done.evidence[0]?.text).toBe('132. Family Therapy Pilot: Six Monthly Report (meeting of 2025-03-04)');
    const other = proposals.find((p) => p.id !== pilot?.id) as { id: number };
    rejectProposal(store.db, other.id);
    expect(listProposals(store.db, { meetingId: later.meetingId as number }).some((p) => p.id === other.id)).toBe(false);
    // Re-importing the later minutes does not bring rejected proposals back.
    const text = fs.readFileSync(LATER, 'utf8').replace('reviewed progress', 'reviewed the progress');
    await importFile(store, { fileName: 'later-v2.txt', bytes: Buffer.from(text) });
    expect(listProposals(store.db, { meetingId: later.meetingId as number }).some((p) => p.id === other.id)).toBe(false);
  });

  test('recommendations carry their body and a response due two months on (s.9FE)', async () => {
    const first = await load(LEICESTER);
    const committeeId = store.db.prepare('SELECT committee_id FROM meetings WHERE id = ?').pluck().get(first.meetingId) as number;
    const minutesText = fs.readFileSync(LEICESTER, 'utf8').replace(
      'Communication tools to be examined\n',
      'Communication tools to be examined\n\n6) That the Commission recommends to the Executive that a dental access plan for young people be developed.\n',
    );
    await importFile(store, { fileName: 'with-recommendation.txt', bytes: Buffer.from(minutesText) });
    const rec = entries({ committeeId }).find((e) => e.kind === 'recommendation');
    expect(rec).toMatchObject({ recommendedTo: 'Executive', responseDue: '2025-03-14' });
    setResponse(store.db, rec?.id as number, { response: 'partly-accepted', responseText: 'A plan will cover 11–16 year olds.', implementation: 'in-progress', reviewDate: '2025-09-01' });
    expect(getEntry(store.db, rec?.id as number, TODAY)).toMatchObject({ response: 'partly-accepted', implementation: 'in-progress', reviewDate: '2025-09-01' });
    // Left out keeps; null clears.
    setResponse(store.db, rec?.id as number, { reviewDate: null });
    expect(getEntry(store.db, rec?.id as number, TODAY)).toMatchObject({ response: 'partly-accepted', reviewDate: null });
    expect(entries({ kind: 'recommendation' }).map((e) => e.id)).toEqual([rec?.id]);
  });

  test('dashboard counts, ageing and completion', async () => {
    await load(LEICESTER);
    const all = entries();
    updateStatus(store.db, [all[0]?.id as number, all[1]?.id as number], 'done', 'Bulk update from the dashboard');
    const d = dashboard(store.db, '2025-06-01');
    const committee = d.byCommittee[0];
    expect(committee).toMatchObject({ key: 'Children, Young People and Education Scrutiny Commission', done: 2, open: all.length - 2 });
    expect(d.ageing.find((b) => b.band === '3 to 6 months')?.count).toBe(all.length - 2);
    expect(d.completion.find((m) => m.month === '2025-01')?.created).toBe(all.length);
    expect(d.byOwner.map((o) => o.key)).toContain('No owner named');
  });

  test('exports: CSV (quoted), ICS (all-day events on due dates) and DOCX (the action log)', async () => {
    const first = await load(LEICESTER);
    const committeeId = store.db.prepare('SELECT committee_id FROM meetings WHERE id = ?').pluck().get(first.meetingId) as number;
    addManualEntry(store.db, { committeeId, kind: 'action', what: 'Write to the ICB, about "dental access", urgently', owner: 'The Chair', due: '2025-02-28' });
    const list = entries();
    const csv = actionsCsv(list);
    expect(csv.split('\r\n')[0]).toBe('ID,Committee,Meeting,Item,Type,What,Owner,Due,Status,Recommended to,Response,Latest note,Checked');
    expect(csv).toContain('"Write to the ICB, about ""dental access"", urgently",The Chair,2025-02-28,Open');
    // Added by hand: the member's own. Read from the minutes: said to be unchecked.
    expect(csv).toMatch(/urgently",The Chair,2025-02-28,Open,,,,Yes\r\n/);
    expect(csv).toContain('"For a 6 monthly report, including cover report, on the Family Therapy pilot.",,6 monthly,Open,,,,"No, as read from the minutes"');

    const ics = actionsIcs(list, new Date('2025-02-01T09:00:00Z'));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20250228\r\nDTEND;VALUE=DATE:20250301');
    expect(ics).toContain('SUMMARY:Due: Write to the ICB\\, about "dental access"\\, urgently');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(list.filter((e) => e.dueDate).length);

    const text = await docxText(await actionsDocx(list, 'Action log — Children, Young People and Education Scrutiny Commission'));
    expect(text).toContain('Action log — Children, Young People and Education Scrutiny Commission');
    expect(text).toContain('For a 6 monthly report, including cover report, on the Family Therapy pilot.');
    expect(text).toContain('Friday, 28 February 2025');
    expect(text).toContain('Tuesday, 14 January 2025 — 117. Placement costs and IMPOWER update');
  });
});
