/**
 * A meeting whose declarations were read only in part keeps the passages no reader took, and shows each until a
 * declaration on the meeting (read, or added by the member) names the member it names; a later copy of the minutes
 * that reads them all clears them. Through the API, on a real store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { useApiStore } from '../../helpers/api-store';

const CUT = fs.readFileSync(path.resolve(__dirname, '../../fixtures/minutes/trust/westby-transport-board-2011-03-30-declarations-cut.txt'), 'utf8');

describe('declarations read in part', () => {
  const api = useApiStore();
  const { call } = api;

  test('the passages not read are shown until the member adds the declarations they record; a full copy clears them', async () => {
    const meetingId = (await api.importFile('westby-board.txt', Buffer.from(CUT))).meetingId as number;
    const before = await call('library.meeting', { meetingId });
    expect(before.declarationsState).toBe('declared');
    expect(before.declarationsNotRead.map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(['Steven North', 'Bob Oakley', 'Tony Weston']);

    const after = await call('library.saveDeclaration', { meetingId, member: 'Bob Oakley', item: null, subject: 'Taxi related issues', nature: 'unspecified', withdrew: false });
    expect(after.declarationsNotRead.map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(['Steven North', 'Tony Weston']);

    // A later copy with the page's footer gone reads every entry: nothing is left as not read, and the member's own stays.
    await api.importFile('westby-board-whole.txt', Buffer.from(CUT.replace(/\n\nBoard Minutes – 30 March 2011 1 Limited; /, ' Limited; ')));
    const whole = await call('library.meeting', { meetingId });
    expect(whole.declarationsNotRead).toEqual([]);
    expect(whole.declarations.map((d) => d.member)).toEqual(expect.arrayContaining(['Steven North', 'Bob Oakley', 'Tony Weston']));
  });
});
