/**
 * Declarations read from the minutes are "not checked" until the member checks them against the minutes (they
 * are legal records, and the parser is not always right): one, or all of a meeting's; a checked one is kept as it
 * stands through a re-import, and editing it makes it a correction. Through the API, on a real store and page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../../main/cli';
import { useApiStore } from '../../helpers/api-store';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';

const HIGHLAND = fs.readFileSync(path.join(SHARED_FIXTURES, 'minutes-corpus', 'highland-council-2017-06-01.txt'), 'utf8');
const LEICESTER = fs.readFileSync(path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt'), 'utf8');

describe('checking declarations read from the minutes', () => {
  const api = useApiStore();
  const { call } = api;
  const state = (d: { member: string; memberSet: boolean; checked: boolean }) => [d.member, d.checked ? 'checked' : d.memberSet ? 'corrected' : 'not checked'];

  test('none is checked at first; one, then the rest, are checked; an edit makes it a correction; a re-import keeps all three states', async () => {
    const { meetingId } = await api.importFile('highland.txt', Buffer.from(HIGHLAND));
    const id = meetingId as number;
    const first = await call('library.meeting', { meetingId: id });
    expect(first.declarations.map(state)).toEqual([
      ['Mr B Lobban', 'not checked'],
      ['Mrs M Davidson', 'not checked'],
      ['Mr A Christie', 'not checked'],
      ['Ms M Smith', 'not checked'],
    ]);
    const [lobban, davidson] = first.declarations;

    const one = await call('library.checkDeclarations', { meetingId: id, ids: [lobban!.id] });
    expect(one.declarations.map(state).map((s) => s[1])).toEqual(['checked', 'not checked', 'not checked', 'not checked']);
    // What was read is kept exactly: a check changes no field.
    expect(one.declarations.map(({ member, item, subject, nature, withdrew }) => ({ member, item, subject, nature, withdrew }))).toEqual(
      first.declarations.map(({ member, item, subject, nature, withdrew }) => ({ member, item, subject, nature, withdrew })),
    );

    const all = await call('library.checkDeclarations', { meetingId: id });
    expect(all.declarations.every((d) => d.checked && d.memberSet)).toBe(true);

    await call('library.saveDeclaration', { meetingId: id, id: davidson!.id, member: davidson!.member, item: davidson!.item, subject: 'Director of a care company', nature: 'financial', withdrew: true });
    const edited = await call('library.meeting', { meetingId: id });
    expect(edited.declarations.map(state)).toEqual([
      ['Mr B Lobban', 'checked'],
      ['Mrs M Davidson', 'corrected'],
      ['Mr A Christie', 'checked'],
      ['Ms M Smith', 'checked'],
    ]);

    // The same page again, as another file: the meeting is updated and the member's checks and correction stand.
    const again = await api.importFile('highland-again.txt', Buffer.from(`${HIGHLAND}\n`));
    expect(again).toMatchObject({ status: 'updated', meetingId: id });
    const after = await call('library.meeting', { meetingId: id });
    expect(after.declarations.map(state)).toEqual(edited.declarations.map(state));
    expect(after.declarations.find((d) => d.member === 'Mrs M Davidson')).toMatchObject({ subject: 'Director of a care company', withdrew: true });

    // Removing a checked one: it goes, and the minutes do not bring it back.
    await call('library.removeDeclaration', { meetingId: id, id: lobban!.id });
    await api.importFile('highland-third.txt', Buffer.from(`${HIGHLAND}\n\n`));
    expect((await call('library.meeting', { meetingId: id })).declarations.map((d) => d.member)).toEqual(['Mrs M Davidson', 'Mr A Christie', 'Ms M Smith']);
  });

  test('a declaration of another meeting, or of none, is refused and nothing is checked', async () => {
    const highland = (await api.importFile('highland.txt', Buffer.from(HIGHLAND))).meetingId as number;
    const leicester = (await api.importFile('leicester.txt', Buffer.from(LEICESTER))).meetingId as number;
    const theirs = (await call('library.meeting', { meetingId: leicester })).declarations[0]!;
    const refused = await api.failure('library.checkDeclarations', { meetingId: highland, ids: [theirs.id] });
    expect(refused.message).toBe('That declaration is not on this meeting.');
    expect((await api.failure('library.checkDeclarations', { meetingId: 9999 })).message).toBe('That meeting is not in the library.');
    // All or nothing: one good id with a bad one checks neither.
    const own = (await call('library.meeting', { meetingId: highland })).declarations[0]!;
    await api.failure('library.checkDeclarations', { meetingId: highland, ids: [own.id, theirs.id] });
    expect((await call('library.meeting', { meetingId: highland })).declarations.some((d) => d.memberSet)).toBe(false);
    expect((await api.failure('library.checkDeclarations', { meetingId: highland, ids: [] })).code).toBe('invalid-input');
  });

  test('the interests page’s list of everyone’s declarations says which are not checked, and how many', async () => {
    const { meetingId } = await api.importFile('highland.txt', Buffer.from(HIGHLAND));
    const before = await call('interests.everyone', { query: '' });
    expect([before.total, before.unchecked]).toEqual([4, 4]);
    expect(before.byMeeting[0]?.declarations.every((d) => !d.checked)).toBe(true);
    const first = (await call('library.meeting', { meetingId: meetingId as number })).declarations[0]!;
    await call('library.checkDeclarations', { meetingId: meetingId as number, ids: [first.id] });
    const after = await call('interests.everyone', { query: '' });
    expect([after.total, after.unchecked]).toEqual([4, 3]);
    expect(after.byMeeting[0]?.declarations.filter((d) => d.checked).map((d) => d.member)).toEqual([first.member]);
  });

  test('show meeting on the command line says which declarations are not checked', async () => {
    const { meetingId } = await api.importFile('highland.txt', Buffer.from(HIGHLAND));
    const id = meetingId as number;
    const first = (await call('library.meeting', { meetingId: id })).declarations[0]!;
    await call('library.checkDeclarations', { meetingId: id, ids: [first.id] });
    const lines: string[] = [];
    expect(await run(['show', 'meeting', String(id), '--data-dir', api.store.dataDir], (line) => lines.push(line))).toBe(0);
    const shown = lines.join('\n').split('\n').filter((l) => l.startsWith('Declaration: '));
    expect(shown).toHaveLength(4);
    expect(shown[0]).toMatch(/^Declaration: Mr B Lobban .*; checked by you$/);
    expect(shown.slice(1).every((l) => l.endsWith('; not checked'))).toBe(true);
  });
});
