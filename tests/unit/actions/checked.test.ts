/**
 * Entries read from the minutes are the parser's reading until the member checks them (issue 15: never a confident
 * wrong answer). Through the API as the app calls it, on a real store and real council minutes: extracted entries
 * start "not checked", entries added by hand are the member's own; checking keeps what it says, its owner, due date
 * and kind as they stand (the member's from then on, through re-import), is logged, and a later correction of one
 * field makes that field "set by you" again; the tracker filters on it and the dashboard counts what is left to check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { useApiStore } from '../../helpers/api-store';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';

const LEICESTER = fs.readFileSync(path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt'), 'utf8');
const revised = () => LEICESTER.replace('The Chair welcomed those present to the meeting.', 'The Chair welcomed everyone present to the meeting.');
const PILOT = 'For a 6 monthly report, including cover report, on the Family Therapy pilot.';

describe('checking what was read from the minutes', () => {
  const api = useApiStore();
  const { call } = api;
  const importText = (name: string, text: string) => api.importFile(name, Buffer.from(text));
  const pilot = async () => {
    const entry = (await call('actions.list', {})).find((e) => e.what === PILOT);
    if (!entry) throw new Error('the pilot report is not in the tracker');
    return entry;
  };

  test('extracted entries start not checked; one added by hand is the member’s own; the list filters on it', async () => {
    const { meetingId } = await importText('minutes.txt', LEICESTER);
    const extracted = await call('actions.list', {});
    expect(extracted.length).toBeGreaterThanOrEqual(5);
    expect(extracted.every((e) => e.source === 'minutes' && !e.checked)).toBe(true);
    const committeeId = extracted[0]!.committee.id;
    const { id: manual } = await call('actions.add', { committeeId, meetingId: meetingId as number, kind: 'action', what: 'Visit the family hub', owner: 'Chair' });
    expect((await call('actions.get', { id: manual })).checked).toBe(true);

    expect((await call('actions.list', { checked: false })).map((e) => e.id).sort()).toEqual(extracted.map((e) => e.id).sort());
    expect((await call('actions.list', { checked: true })).map((e) => e.id)).toEqual([manual]);
    // Nothing to check on an entry the member added: no log line.
    expect((await call('actions.check', { id: manual })).updates).toEqual([]);
  });

  test('checking keeps the entry as it stands, is logged once, and survives a re-import', async () => {
    const { meetingId } = await importText('minutes.txt', LEICESTER);
    const before = await pilot();
    expect(before).toMatchObject({ owner: null, dueText: '6 monthly', checked: false, memberFields: [] });

    const checked = await call('actions.check', { id: before.id });
    expect(checked).toMatchObject({ what: PILOT, owner: null, dueText: '6 monthly', kind: 'action', checked: true });
    expect(checked.memberFields).toEqual(['confirmed:due', 'confirmed:kind', 'confirmed:owner', 'confirmed:what', 'due', 'kind', 'owner', 'what']);
    expect(checked.updates.map((u) => u.note)).toEqual(['Checked against the minutes: the text, owner, due date and kind are kept as they stand.']);
    // Checking again changes nothing and logs nothing.
    expect((await call('actions.check', { id: before.id })).updates).toHaveLength(1);

    expect(await importText('minutes-v2.txt', revised())).toMatchObject({ status: 'updated', meetingId });
    const after = await call('actions.get', { id: before.id });
    expect(after).toMatchObject({ what: PILOT, owner: null, dueText: '6 monthly', checked: true, memberFields: checked.memberFields });
    expect((await call('actions.list', { checked: false })).map((e) => e.id)).not.toContain(before.id);
  });

  test('a correction after checking makes that field the member’s own wording; one before checking stays so', async () => {
    await importText('minutes.txt', LEICESTER);
    const entry = await pilot();
    await call('actions.correct', { id: entry.id, owner: 'Head of Service' });
    const part = await call('actions.get', { id: entry.id });
    // Corrected but not checked: the text, due date and kind are still as Scrutineer read them.
    expect(part).toMatchObject({ checked: false, memberFields: ['owner'] });

    const checked = await call('actions.check', { id: entry.id });
    expect(checked.checked).toBe(true);
    // The owner the member set is not "confirmed": it is theirs.
    expect(checked.memberFields).toEqual(['confirmed:due', 'confirmed:kind', 'confirmed:what', 'due', 'kind', 'owner', 'what']);

    const corrected = await call('actions.correct', { id: entry.id, due: '2025-07-15' });
    expect(corrected).toMatchObject({ dueDate: '2025-07-15', checked: true });
    expect(corrected.memberFields).toEqual(['confirmed:kind', 'confirmed:what', 'due', 'kind', 'owner', 'what']);
  });

  test('the dashboard counts the open entries nobody has checked', async () => {
    await importText('minutes.txt', LEICESTER);
    const open = await call('actions.list', {});
    const first = await call('actions.dashboard', {});
    expect(first.unchecked).toBe(open.length);
    await call('actions.check', { id: open[0]!.id });
    // A finished entry is not counted either way: there is nothing left for anyone to chase.
    await call('actions.update', { ids: [open[1]!.id], status: 'done', note: '' });
    expect((await call('actions.dashboard', {})).unchecked).toBe(open.length - 2);
  });

  test('an entry that is not in the tracker cannot be checked', async () => {
    expect((await api.failure('actions.check', { id: 999 })).message).toBe('That action is not in the tracker.');
  });
});
