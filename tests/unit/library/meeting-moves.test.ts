/**
 * The bin and the member's corrections move every module's rows through the post-write pipeline
 * (main/library/meeting-moves.ts): the library writes only its own tables, each module moves its
 * own, and a table nobody follows stops a merge rather than losing its rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mergeMeetings } from '../../../main/library/corrections';
import { useApiStore } from '../../helpers/api-store';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';

const file = (dir: string, name: string) => fs.readFileSync(path.join(SHARED_FIXTURES, dir, name));
const LEICESTER = file('minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const OXFORDSHIRE = file('minutes-excerpts', 'oxfordshire-cabinet-2019-01-22.txt');
const WEST_SUFFOLK = file('minutes-excerpts', 'west-suffolk-cabinet-2020-11-10.txt');

/** The tables the library owns (docs/architecture.md, "Who owns which tables"). */
const LIBRARY_TABLES = new Set([
  'councils', 'committees', 'meetings', 'items', 'item_documents', 'attendance', 'declarations', 'decisions', 'imports',
  'meeting_keys', 'name_aliases', 'meeting_bin', 'bin_files',
]);

describe('meetings move through the pipeline', () => {
  const api = useApiStore();
  const { call } = api;
  const importBytes = api.importFile;

  test('the library writes only its own tables', () => {
    const dir = path.resolve(__dirname, '../../../main/library');
    const writes: string[] = [];
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(dir, name), 'utf8');
      for (const m of source.matchAll(/\b(?:INSERT(?: OR \w+)? INTO|UPDATE(?: OR \w+)?|DELETE FROM)\s+"?([a-z_]+)\b/g)) {
        if (!LIBRARY_TABLES.has(m[1]!)) writes.push(`${name}: ${m[0]}`);
      }
    }
    expect(writes).toEqual([]);
  });

  test('a restored meeting whose id was taken takes every module’s rows to its new id', async () => {
    const meetingId = (await importBytes('minutes.txt', LEICESTER)).meetingId as number;
    const itemId = (await call('library.meeting', { meetingId })).items[2]!.id;
    const note = await call('annotations.createForTarget', { target: 'item', itemId, kind: 'note', body: 'Ask about the waiting list' });
    // An earlier wording of the note's passage, as re-anchoring onto a revised paper keeps it.
    api.store.db
      .prepare("INSERT INTO annotation_quotes (annotation_id, exact, reason, replaced_at) VALUES (?, 'the words it had before', 'moved', '2025-02-01T00:00:00.000Z')")
      .run(note.id);
    const action = (await call('actions.list', {}))[0]!;
    await call('actions.update', { ids: [action.id], status: 'in-progress', note: 'Chased the director' });

    await call('library.deleteMeeting', { meetingId });
    expect(api.store.db.prepare('SELECT COUNT(*) FROM annotation_quotes').pluck().get()).toBe(0);
    // A new meeting takes the freed id, so the restored one needs a new id, and every module's rows must follow it.
    expect((await importBytes('ox.txt', OXFORDSHIRE)).meetingId).toBe(meetingId);

    const restoredId = (await call('library.restoreMeeting', { meetingId })).meetingId;
    expect(restoredId).not.toBe(meetingId);
    const back = await call('library.meeting', { meetingId: restoredId });
    expect(back.items[2]!.title).toBeTruthy();
    expect(api.store.db.prepare('SELECT meeting_id FROM annotations WHERE id = ?').pluck().get(note.id)).toBe(restoredId);
    expect(api.store.db.prepare('SELECT exact FROM annotation_quotes WHERE annotation_id = ?').pluck().all(note.id)).toEqual(['the words it had before']);
    const entry = api.store.db.prepare('SELECT meeting_id AS meetingId, status FROM action_entries WHERE id = ?').get(action.id);
    expect(entry).toEqual({ meetingId: restoredId, status: 'in-progress' });
    // The meeting that took the id is untouched.
    expect((await call('library.meeting', { meetingId })).committee.name).not.toBe(back.committee.name);
  });

  test('a table no module follows stops a merge instead of losing its rows', async () => {
    const keepId = (await importBytes('ox.txt', OXFORDSHIRE)).meetingId as number;
    const otherId = (await importBytes('ws.txt', WEST_SUFFOLK)).meetingId as number;
    api.store.db.exec('CREATE TABLE added_later (id INTEGER PRIMARY KEY, meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE)');
    api.store.db.prepare('INSERT INTO added_later (meeting_id) VALUES (?)').run(otherId);

    expect(() => mergeMeetings(api.store.db, keepId, otherId)).toThrow(/added_later.*meetings-merged/);
    // Rolled back whole: both meetings are still there, and the row still points at its meeting.
    expect(api.store.db.prepare('SELECT COUNT(*) FROM meetings WHERE id IN (?, ?)').pluck().get(keepId, otherId)).toBe(2);
    expect(api.store.db.prepare('SELECT meeting_id FROM added_later').pluck().get()).toBe(otherId);
  });
});
