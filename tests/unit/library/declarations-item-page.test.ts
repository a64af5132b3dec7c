/**
 * A page of one agenda item is a part of a meeting: what it says about declarations counts for the meeting only where
 * the part is the declarations item itself. "There were no declarations of interest." on that item's own page is the
 * meeting's record, so the meeting page says none were declared rather than nothing at all. Through the API, on a real
 * store, with a real council's item page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { useApiStore } from '../../helpers/api-store';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';

const DURHAM = fs.readFileSync(path.join(SHARED_FIXTURES, 'minutes-corpus', 'durham-planning-committee-xxxx-xx-xx-declarations.txt'), 'utf8');

describe('the declarations item on a page of its own', () => {
  const api = useApiStore();
  const { call } = api;

  test('"There were no declarations of interest." on the item\u2019s page: the meeting records none declared', async () => {
    const meetingId = (await api.importFile('durham-declarations.txt', Buffer.from(DURHAM))).meetingId as number;
    expect((await call('library.meeting', { meetingId })).declarationsState).toBe('none-declared');
  });

  test('a page of another item never says none were declared', async () => {
    const other = ['Agenda item', '', 'Minutes', '', '', 'The minutes of the meeting held on 1 May 2024 were confirmed as a correct record and signed by the Chair.', ''].join('\n');
    const meetingId = (await api.importFile('durham-item.txt', Buffer.from(other))).meetingId as number;
    expect((await call('library.meeting', { meetingId })).declarationsState).not.toBe('none-declared');
  });
});
