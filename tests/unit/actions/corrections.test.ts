/**
 * The member corrects what the parser read (issue 15, items 4 to 6): an extracted action's text, owner,
 * due date and kind, "not an action", declarations added, edited and removed; status from the minutes;
 * ages from the meeting. Every correction survives a re-import of the minutes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedMinutes } from '../../../shared/types/minutes';
import { UNDATED_BAND, dashboard } from '../../../main/actions/dashboard';
import { ingestMeeting } from '../../../main/library/ingest';
import { useApiStore } from '../../helpers/api-store';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';

const LEICESTER = fs.readFileSync(path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt'), 'utf8');
const revised = () => LEICESTER.replace('The Chair welcomed those present to the meeting.', 'The Chair welcomed everyone present to the meeting.');

describe('correcting what was read from the minutes', () => {
  const api = useApiStore();
  const { call } = api;
  const importText = (name: string, text: string) => api.importFile(name, Buffer.from(text));

  test('an extracted action gets an owner, a due date and new words; it can go overdue; a re-import keeps all three', async () => {
    const { meetingId } = await importText('minutes.txt', LEICESTER);
    const entry = (await call('actions.list', {})).find((e) => e.source === 'minutes' && e.kind === 'action');
    expect(entry).toBeDefined();
    const corrected = await call('actions.correct', { id: entry!.id, owner: 'Director of Children’s Services', due: '2025-01-31', what: 'Circulate the video to members' });
    expect(corrected).toMatchObject({ owner: 'Director of Children’s Services', dueDate: '2025-01-31', what: 'Circulate the video to members' });
    expect(corrected.memberFields).toEqual(['due', 'owner', 'what']);
    expect(corrected.updates.at(-1)?.note).toBe('Text set to “Circulate the video to members”; Owner set to Director of Children’s Services; Due set to 2025-01-31.');
    // Past its due date and still open: overdue (measured from today, long after January 2025).
    expect(corrected.shownStatus).toBe('overdue');

    expect(await importText('minutes-v2.txt', revised())).toMatchObject({ status: 'updated', meetingId });
    const after = await call('actions.get', { id: entry!.id });
    expect(after).toMatchObject({ owner: 'Director of Children’s Services', dueDate: '2025-01-31', what: 'Circulate the video to members' });
    expect(after.minuteText).toBe(entry!.minuteText);
  });

  test('"not an action" leaves the tracker and stays out after a re-import; it can be made an action again', async () => {
    await importText('minutes.txt', LEICESTER);
    const entries = await call('actions.list', {});
    const target = entries[0]!;
    await call('actions.correct', { id: target.id, kind: 'noted' });
    expect((await call('actions.list', {})).map((e) => e.id)).not.toContain(target.id);
    await importText('minutes-v2.txt', revised());
    expect((await call('actions.list', {})).map((e) => e.id)).not.toContain(target.id);
    expect((await call('actions.get', { id: target.id })).notAction).toBe(true);
    await call('actions.correct', { id: target.id, kind: 'action' });
    expect((await call('actions.list', {})).map((e) => e.id)).toContain(target.id);
  });

  test('declarations added, edited and removed by the member survive a re-import; the removed one does not come back', async () => {
    const { meetingId } = await importText('minutes.txt', LEICESTER);
    const before = await call('library.meeting', { meetingId: meetingId as number });
    expect(before.declarations.length).toBeGreaterThanOrEqual(2);
    const [first, second] = before.declarations as [typeof before.declarations[number], typeof before.declarations[number]];

    await call('library.saveDeclaration', { meetingId: meetingId as number, id: first.id, member: first.member, item: '117', subject: 'Governor of a special school', nature: 'other-registrable', withdrew: true });
    await call('library.removeDeclaration', { meetingId: meetingId as number, id: second.id });
    const added = await call('library.saveDeclaration', { meetingId: meetingId as number, member: 'Pickering', item: '115', subject: 'Foster carer', nature: 'non-registrable', withdrew: false });
    expect(added.declarations.map((d) => [d.member, d.subject, d.memberSet])).toEqual([
      [first.member, 'Governor of a special school', true],
      ...before.declarations.slice(2).map((d) => [d.member, d.subject, false]),
      ['Pickering', 'Foster carer', true],
    ]);

    // A revised copy is applied (the member's additions and removals do not make it look shorter).
    expect(await importText('minutes-v2.txt', revised())).toMatchObject({ status: 'updated', meetingId });
    const after = await call('library.meeting', { meetingId: meetingId as number });
    expect(after.declarations.map((d) => [d.member, d.subject, d.nature, d.withdrew])).toEqual(
      added.declarations.map((d) => [d.member, d.subject, d.nature, d.withdrew]),
    );
    expect(after.declarations.some((d) => d.subject === second.subject && d.member === second.member)).toBe(false);
  });

  test('an action log’s COMPLETED sets the entry’s status, logged; the member’s own status is never overridden', () => {
    const minutes = (status: 'done' | 'in-progress' | null, sha: string): ParsedMinutes => ({
      document: 'minutes', council: 'Anytown Borough Council', councilDomain: null, sourceAddress: null, remoteMeetingId: null,
      committee: 'Overview and Scrutiny Committee', date: '2025-03-04', startTime: null, endTime: null, venue: null, apologies: [],
      items: [{ number: '5', title: 'Action log', exempt: false, truncated: false, documents: [], agendaText: '', minutesText: `Action log reviewed (${sha}).` }],
      declarations: [],
      decisions: [
        { item: '5', label: '1', text: 'Officers to circulate the housing data', kind: 'action', owner: 'Officers', due: null, status },
        { item: '5', label: '2', text: 'Director to report on voids', kind: 'action', owner: 'Director', due: null, status },
      ],
    });
    const ingest = (status: 'done' | 'in-progress' | null, sha: string) =>
      api.store.db.transaction(() =>
        ingestMeeting(api.store.db, { parsed: minutes(status, sha), attendance: [], source: { fileName: `${sha}.txt`, sha256: sha.padEnd(64, '0'), byteSize: 1, inputKind: 'text', parserVersion: 99 }, document: 'minutes', origin: 'import' }),
      )();
    ingest(null, 'a');
    const ids = api.store.db.prepare('SELECT id FROM action_entries ORDER BY id').pluck().all() as number[];
    expect(api.store.db.prepare('SELECT status FROM action_entries ORDER BY id').pluck().all()).toEqual(['open', 'open']);
    // The member says the second is dropped; the next minutes mark both COMPLETED.
    api.store.db.prepare("UPDATE action_entries SET status = 'dropped' WHERE id = ?").run(ids[1]);
    api.store.db.prepare("INSERT INTO action_updates (entry_id, at, status_from, status_to, note) VALUES (?, 'x', 'open', 'dropped', 'No longer needed')").run(ids[1]);
    ingest('done', 'b');
    expect(api.store.db.prepare('SELECT status FROM action_entries ORDER BY id').pluck().all()).toEqual(['done', 'dropped']);
    expect(api.store.db.prepare('SELECT note FROM action_updates WHERE entry_id = ? ORDER BY id').pluck().all(ids[0])).toEqual(['Marked COMPLETED in the minutes']);
  });

  test('the dashboard ages entries from their meeting; a meeting with no date is shown apart, never as new', async () => {
    await importText('minutes.txt', LEICESTER);
    const undated = LEICESTER.replace(/Children, Young People and Education Scrutiny Commission - Tuesday, 14 January 2025 5:30 pm/, 'Children, Young People and Education Scrutiny Commission');
    const second = await importText('undated.txt', undated);
    expect(second.needsCheck).toBe(true);
    const view = dashboard(api.store.db, '2026-12-02');
    const band = (name: string) => view.ageing.find((a) => a.band === name)?.count ?? 0;
    const open = (await call('actions.list', {})).length;
    expect(band('Under 1 month')).toBe(0);
    expect(band('Over 6 months')).toBe(open / 2);
    expect(band(UNDATED_BAND)).toBe(open / 2);
    expect(view.undatedCreated).toBe(open / 2);
    expect(view.completion.map((c) => c.month)).toEqual(['2025-01']);
  });
});
