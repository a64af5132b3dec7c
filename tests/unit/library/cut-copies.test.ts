/**
 * A shorter or cut-off copy never replaces a fuller one (issue 14, item 4): a truncated ModernGov XML
 * is refused, a page cut at 40 % is kept as a version but not applied, and the complete original
 * imported again afterwards changes nothing because the meeting still shows it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importFile } from '../../../main/library/import-file';
import { meetingDetail } from '../../../main/library/queries';
import type { Store } from '../../../main/store/database';
import { SHARED_FIXTURES, withTempStore } from '../../helpers/temp-dir';

const XML = fs.readFileSync(path.join(SHARED_FIXTURES, 'moderngov', 'gloucester', 'GetMeeting_7837.xml'));
const LEICESTER = fs.readFileSync(path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt'));

describe('cut copies', () => {
  let store: Store;
  withTempStore((s) => (store = s));

  const shape = (meetingId: number) => {
    const m = meetingDetail(store.db, meetingId);
    return { items: m.items.length, attendance: m.attendance.length, declarations: m.declarations.length, chars: m.items.reduce((n, i) => n + i.minutesText.length, 0) };
  };

  test('the first 60 % of a GetMeeting XML is refused and changes nothing', async () => {
    const whole = await importFile(store, { fileName: 'GetMeeting_7837.xml', bytes: XML });
    expect(whole.status).toBe('imported');
    const before = shape(whole.meetingId as number);
    expect(before.attendance).toBeGreaterThan(10);
    const cut = await importFile(store, { fileName: 'GetMeeting_7837-cut.xml', bytes: XML.subarray(0, Math.floor(XML.length * 0.6)) });
    expect(cut.status).toBe('failed');
    expect(shape(whole.meetingId as number)).toEqual(before);
    expect(await importFile(store, { fileName: 'GetMeeting_7837.xml', bytes: XML })).toMatchObject({ status: 'unchanged', meetingId: whole.meetingId });
  });

  test('a page cut at 40 % is kept as a version, not applied; the original again changes nothing', async () => {
    const whole = await importFile(store, { fileName: 'leicester.txt', bytes: LEICESTER });
    const meetingId = whole.meetingId as number;
    const before = shape(meetingId);
    expect(before.items).toBe(13);
    expect(before.declarations).toBeGreaterThan(0);
    const cut = await importFile(store, { fileName: 'leicester-cut.txt', bytes: LEICESTER.subarray(0, Math.floor(LEICESTER.length * 0.4)) });
    expect(cut).toMatchObject({ status: 'kept', meetingId });
    expect(cut.message).toMatch(/this copy has less in it \(\d+ items against 13/);
    expect(shape(meetingId)).toEqual(before);
    expect(meetingDetail(store.db, meetingId).sources.find((s) => s.fileName === 'leicester-cut.txt')).toMatchObject({ status: 'kept', current: false });
    expect(await importFile(store, { fileName: 'leicester.txt', bytes: LEICESTER })).toMatchObject({ status: 'unchanged', meetingId });
  });
});
