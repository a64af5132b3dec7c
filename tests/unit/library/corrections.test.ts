/**
 * The member's corrections through the API (issue 14): edit, merge, split, delete and restore,
 * rename and merge committees; each survives re-import; nothing the member wrote is lost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readBlob, sha256 } from '../../../main/store/blobs';
import { useApiStore } from '../../helpers/api-store';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';

const file = (dir: string, name: string) => fs.readFileSync(path.join(SHARED_FIXTURES, dir, name));
const LEICESTER = file('minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const SCOPE = file('minutes', 'leicester-cype-scope-review-item.txt');
const LEEDS = file('minutes', 'leeds-scrutiny-macalister-item.txt');
const OXFORDSHIRE = file('minutes-excerpts', 'oxfordshire-cabinet-2019-01-22.txt');
const WEST_SUFFOLK = file('minutes-excerpts', 'west-suffolk-cabinet-2020-11-10.txt');

describe('corrections', () => {
  const api = useApiStore();
  const { call, failure } = api;
  const annotation = (id: number) => api.store.db.prepare('SELECT meeting_id AS meetingId, body FROM annotations WHERE id = ?').get(id) as { meetingId: number; body: string };
  const importBytes = api.importFile;

  test('same-named committees of two councils stay apart', async () => {
    const ox = await importBytes('ox.txt', OXFORDSHIRE);
    const ws = await importBytes('ws.txt', WEST_SUFFOLK);
    expect(ox.meetingId).not.toBe(ws.meetingId);
    const a = await call('library.meeting', { meetingId: ox.meetingId as number });
    const b = await call('library.meeting', { meetingId: ws.meetingId as number });
    expect(a.committee.id).not.toBe(b.committee.id);
    expect(a.council.id).not.toBe(b.council.id);
  });

  test('edited details are the member’s: a later copy of the minutes updates the meeting but not them', async () => {
    const first = await importBytes('minutes.txt', LEICESTER);
    const meetingId = first.meetingId as number;
    const edited = await call('library.editMeeting', { meetingId, venue: 'Committee Room 2, City Hall', council: 'Leicester City Council', startTime: '17:45' });
    expect(edited).toMatchObject({ venue: 'Committee Room 2, City Hall', startTime: '17:45', council: { name: 'Leicester City Council' }, needsCheck: null });
    expect(edited.memberFields).toEqual(['council', 'startTime', 'venue']);

    const revised = LEICESTER.toString('utf8').replace('The Chair welcomed those present to the meeting.', 'The Chair welcomed everyone present to the meeting.');
    const second = await importBytes('minutes-v2.txt', Buffer.from(revised));
    // The page still names only its domain: the council the member named was learnt from it, so it is the same meeting.
    expect(second).toMatchObject({ status: 'updated', meetingId });
    const after = await call('library.meeting', { meetingId });
    expect(after).toMatchObject({ venue: 'Committee Room 2, City Hall', startTime: '17:45', council: { name: 'Leicester City Council' } });
    expect(after.items.find((i) => i.number === '109')?.minutesText).toContain('welcomed everyone present');
    expect(after.sources.map((s) => s.fileName)).toEqual(['minutes-v2.txt', 'minutes.txt']);
  });

  test('a change that would make two meetings one is refused with what to do instead', async () => {
    const ox = await importBytes('ox.txt', OXFORDSHIRE);
    const leeds = await importBytes('leeds.txt', LEEDS);
    const target = await call('library.meeting', { meetingId: ox.meetingId as number });
    const error = await failure('library.editMeeting', { meetingId: leeds.meetingId as number, committeeId: target.committee.id, date: '2019-01-22' });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^Another meeting has these details: Cabinet, Tuesday, 22 January 2019 .*If they are one meeting, merge them\.$/);
    expect((await call('library.meeting', { meetingId: leeds.meetingId as number })).needsCheck).toBe('no committee or date stated');
  });

  test('merge two meetings, split one file back off, and every note follows its item', async () => {
    const scope = await importBytes('scope.txt', SCOPE);
    const leeds = await importBytes('leeds.txt', LEEDS);
    const keepId = scope.meetingId as number;
    const otherId = leeds.meetingId as number;
    const leedsItem = (await call('library.meeting', { meetingId: otherId })).items[0]!;
    const note = await call('annotations.createForTarget', { target: 'item', itemId: leedsItem.id, kind: 'question', body: 'Ask about the MacAlister timetable' });

    const keptItems = await itemsOf(keepId);
    const merged = await call('library.mergeMeetings', { keepId, otherId });
    expect(merged.items.map((i) => i.id).sort()).toEqual([...keptItems, leedsItem.id].sort());
    expect((await failure('library.meeting', { meetingId: otherId })).code).toBe('not-found');
    expect(annotation(note.id).meetingId).toBe(keepId);
    // The same file again is the merged meeting.
    expect(await importBytes('leeds-again.txt', LEEDS)).toMatchObject({ status: 'unchanged', meetingId: keepId });

    const split = await call('library.splitMeeting', { meetingId: keepId, sha256: sha256(LEEDS) });
    const splitOff = await call('library.meeting', { meetingId: split.meetingId });
    expect(splitOff.items.map((i) => i.id)).toEqual([leedsItem.id]);
    expect(splitOff.needsCheck).toBe('split off from another meeting');
    expect((await call('library.meeting', { meetingId: keepId })).items.map((i) => i.id)).not.toContain(leedsItem.id);
    expect(annotation(note.id).meetingId).toBe(split.meetingId);
    expect(annotation(note.id).body).toBe('Ask about the MacAlister timetable');

    async function itemsOf(meetingId: number) {
      return api.store.db.prepare('SELECT id FROM items WHERE meeting_id = ? AND withdrawn_at IS NULL').pluck().all(meetingId) as number[];
    }
  });

  test('delete to the bin and restore: everything comes back, the member’s notes and action statuses included', async () => {
    const imported = await importBytes('minutes.txt', LEICESTER);
    const meetingId = imported.meetingId as number;
    const meeting = await call('library.meeting', { meetingId });
    const itemId = meeting.items[2]!.id;
    const note = await call('annotations.createForTarget', { target: 'item', itemId, kind: 'note', body: 'My private note on this item' });
    const actions = await call('actions.list', {});
    expect(actions.length).toBeGreaterThan(0);
    const action = actions[0]!;
    await call('actions.update', { ids: [action.id], status: 'in-progress', note: 'Chased the director' });
    const before = (await call('search.query', { query: 'asylum', scope: 'all', limit: 50 })).total;
    expect(before).toBeGreaterThan(0);

    const binned = await call('library.deleteMeeting', { meetingId });
    expect(binned.title).toBe('Children, Young People and Education Scrutiny Commission, Tuesday, 14 January 2025 (council at leicester.gov.uk)');
    expect((await call('library.bin', {})).map((b) => b.meetingId)).toEqual([meetingId]);
    expect((await failure('library.meeting', { meetingId })).code).toBe('not-found');
    expect((await call('search.query', { query: 'asylum', scope: 'all', limit: 50 })).total).toBe(0);
    expect(await call('actions.list', {})).toHaveLength(0);
    expect((await call('library.overview', {})).binCount).toBe(1);
    // The stored file is kept for the bin: the sweep on the next open does not take it.
    api.reopen();
    expect(Buffer.from(readBlob(api.store, sha256(LEICESTER)))).toEqual(LEICESTER);

    const restored = await call('library.restoreMeeting', { meetingId });
    expect(restored.meetingId).toBe(meetingId);
    const back = await call('library.meeting', { meetingId });
    expect(JSON.stringify(back.items)).toBe(JSON.stringify(meeting.items));
    expect(back.declarations).toEqual(meeting.declarations);
    expect(back.attendance).toEqual(meeting.attendance);
    expect(annotation(note.id).body).toBe('My private note on this item');
    const entry = await call('actions.get', { id: action.id });
    expect(entry.status).toBe('in-progress');
    expect(entry.updates.map((u) => u.note)).toContain('Chased the director');
    expect((await call('search.query', { query: 'asylum', scope: 'all', limit: 50 })).total).toBe(before);
    expect(await call('library.bin', {})).toEqual([]);
    expect(await importBytes('again.txt', LEICESTER)).toMatchObject({ status: 'unchanged', meetingId });
  });

  test('renamed and merged committees keep their old names as aliases for later pages', async () => {
    const ox = await importBytes('ox.txt', OXFORDSHIRE);
    const meeting = await call('library.meeting', { meetingId: ox.meetingId as number });
    await call('library.renameCommittee', { committeeId: meeting.committee.id, name: 'Cabinet (Oxfordshire)' });
    const revised = OXFORDSHIRE.toString('utf8') + '\n';
    expect(await importBytes('ox-v2.txt', Buffer.from(revised))).toMatchObject({ status: 'updated', meetingId: ox.meetingId });
    const overview = await call('library.overview', {});
    expect(overview.councils.flatMap((c) => c.committees.map((m) => m.name))).toEqual(['Cabinet (Oxfordshire)']);
  });
});
