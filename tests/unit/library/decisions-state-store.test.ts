/**
 * How much of each item's decisions was read is stored with the item and reaches the meeting page and the tracker:
 * a real import into a real SQLite store, read back through the same queries the API uses.
 */
import { importFile } from '../../../main/library/import-file';
import { meetingDetail } from '../../../main/library/queries';
import { writeMeeting } from '../../../main/library/meeting-writer';
import { parseMinutesDetailed } from '../../../main/minutes';
import { MINUTES_PARSER_VERSION } from '../../../main/minutes/version';
import { meetingsWithUnreadDecisions } from '../../../main/actions/unread-decisions';
import type { Store } from '../../../main/store/database';
import { withTempStore } from '../../helpers/temp-dir';

const HEADER = ['ASHCOMBE PARVA PARISH COUNCIL', 'Minutes of the meeting of the Parish Council held on Tuesday 14 January 2025 at 7.30pm in the Village Hall', ''];
const MINUTES = [
  ...HEADER,
  'Present: Cllr A Brannock (Chair), Cllr D Quennell, Cllr F Ottery',
  '',
  '1. Apologies for absence',
  'Apologies were received from Cllr H Ruddle.',
  '',
  '2. Minutes of the last meeting',
  'RESOLVED: That the minutes of the meeting held on 10 December 2024 be signed as a correct record.',
  '',
  '3. Highways',
  'The Clerk reported that the potholes in Mill Lane had been reported. Cllr Bell offered to take the matter forward.',
  '',
  '4. Playing field',
  'RESOLVED: That the quote of £450 for repairs to the swings be accepted.',
  'The volunteers agreed to identify any further repairs at the next inspection.',
].join('\n');

describe('decisions not read, stored and listed', () => {
  let store: Store;
  withTempStore((s) => (store = s));

  test('each item keeps its state; the tracker lists the meeting with the number of items concerned', async () => {
    const imported = await importFile(store, { fileName: 'ashcombe-2025-01-14.txt', bytes: Buffer.from(MINUTES) });
    const meetingId = imported.meetingId as number;
    const items = meetingDetail(store.db, meetingId).items;
    expect(items.map((i) => [i.number, i.decisionsState])).toEqual([
      ['1', 'none'],
      ['2', 'read'],
      ['3', 'unread'],
      ['4', 'partial'],
    ]);
    expect(meetingsWithUnreadDecisions(store.db)).toEqual([{ meetingId, committeeName: expect.any(String), date: '2025-01-14', items: 2, opening: false }]);
    expect(meetingDetail(store.db, meetingId).introDecisionsState).toBe('none');
    const committeeId = store.db.prepare('SELECT committee_id FROM meetings WHERE id = ?').pluck().get(meetingId) as number;
    expect(meetingsWithUnreadDecisions(store.db, committeeId)).toHaveLength(1);
    expect(meetingsWithUnreadDecisions(store.db, committeeId + 1000)).toEqual([]);
  });

  test('a later copy whose minutes read every decision clears the mark; a copy with no minutes for an item never erases it', async () => {
    const first = await importFile(store, { fileName: 'minutes.txt', bytes: Buffer.from(MINUTES) });
    const meetingId = first.meetingId as number;
    // The clerk's corrected copy words item 3's task as the reader reads it, and item 4's second point as a resolution.
    const corrected = MINUTES.replace('Cllr Bell offered to take the matter forward.', 'RESOLVED: That Cllr Bell take the matter forward with the county council.').replace(
      'The volunteers agreed to identify any further repairs at the next inspection.',
      'RESOLVED: That further repairs be identified at the next inspection.',
    );
    await importFile(store, { fileName: 'minutes-corrected.txt', bytes: Buffer.from(corrected) });
    const after = meetingDetail(store.db, meetingId).items;
    expect(after.find((i) => i.number === '3')?.decisionsState).toBe('read');
    expect(after.find((i) => i.number === '4')?.decisionsState).toBe('read');
    expect(meetingsWithUnreadDecisions(store.db)).toEqual([]);
    // An opening that words a decision not read lists the meeting even when every item was read.
    store.db.prepare("UPDATE meetings SET intro_decisions_state = 'unread' WHERE id = ?").run(meetingId);
    expect(meetingsWithUnreadDecisions(store.db)).toEqual([{ meetingId, committeeName: expect.any(String), date: '2025-01-14', items: 0, opening: true }]);
    // A copy that brings no minutes for the item (its agenda, written over the meeting) leaves the state as it was.
    store.db.prepare("UPDATE items SET decisions_state = 'partial' WHERE meeting_id = ? AND number = '4'").run(meetingId);
    const agenda = parseMinutesDetailed('agenda.txt', ['ASHCOMBE PARVA PARISH COUNCIL', 'AGENDA for the meeting of the Parish Council to be held on Tuesday 14 January 2025 at 7.30pm in the Village Hall', '', '1. To receive apologies for absence', '2. To approve the minutes of the last meeting', '3. Highways', '4. Playing field'].join('\n')).minutes;
    expect(agenda.document).toBe('agenda');
    const source = { fileName: 'agenda.txt', sha256: 'a'.repeat(64), byteSize: 1, inputKind: 'text', parserVersion: MINUTES_PARSER_VERSION };
    store.db.transaction(() => writeMeeting(store.db, agenda, source, [], { meetingId }, { whole: false }))();
    const kept = meetingDetail(store.db, meetingId).items.find((i) => i.number === '4');
    expect(kept?.minutesText).toContain('RESOLVED');
    expect(kept?.decisionsState).toBe('partial');
  });
});
