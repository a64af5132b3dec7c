/**
 * "Parish Council, Tuesday, 9 April 2019" from two pages that name no council and no site: many councils' full
 * meetings are called that, so the same words on the same day do not make the pages one meeting. The second is kept
 * apart and marked for the member to check (and merge, if they are one); a committee named in full still joins.
 */
import { importFile } from '../../../main/library/import-file';
import { meetingDetail } from '../../../main/library/queries';
import type { Store } from '../../../main/store/database';
import { withTempStore } from '../../helpers/temp-dir';

const page = (body: string, place: string, names: string) =>
  [
    `Minutes of the ${body} Meeting held on 9 April 2019`,
    `At the ${place}`,
    `Present: ${names}`,
    '',
    '1. Apologies',
    'None.',
    '',
    '2. Minutes of the previous meeting',
    'The minutes of the meeting held on 12 March 2019 were approved and signed.',
  ].join('\n');

describe('two pages with a generic body name, no council and the same date', () => {
  let store: Store;
  withTempStore((s) => (store = s));

  test('are two meetings, the second marked "same details" for the member', async () => {
    const first = await importFile(store, { fileName: 'banks.txt', bytes: Buffer.from(page('Parish Council', 'Leisure Centre, Banks', 'Cllrs A Abram, C Lennon and D Hames')) });
    const second = await importFile(store, { fileName: 'marsh.txt', bytes: Buffer.from(page('Parish Council', 'Village Hall, Marsh', 'Cllrs B Abbot, C Lenton and D Hale')) });
    expect(first.status).toBe('imported');
    expect(second.status).toBe('imported');
    expect(second.meetingId).not.toBe(first.meetingId);
    expect(store.db.prepare('SELECT needs_check FROM meetings WHERE id = ?').pluck().get(second.meetingId)).toBe('same-details');
    expect(meetingDetail(store.db, first.meetingId as number).sources.map((s) => s.fileName)).toEqual(['banks.txt']);
  });

  test('a body named in full on the same day is still one meeting (a revised copy updates it)', async () => {
    const first = await importFile(store, { fileName: 'draft.txt', bytes: Buffer.from(page('Highways and Footpaths Committee', 'Leisure Centre, Banks', 'Cllrs A Abram, C Lennon and D Hames')) });
    const revised = page('Highways and Footpaths Committee', 'Leisure Centre, Banks', 'Cllrs A Abram, C Lennon, D Hames and E Ince');
    const second = await importFile(store, { fileName: 'approved.txt', bytes: Buffer.from(revised) });
    expect(second.meetingId).toBe(first.meetingId);
  });
});
