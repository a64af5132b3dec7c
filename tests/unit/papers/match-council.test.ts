/** A pack finds its meeting by committee and date only within the council its front sheet names (issue 14). */
import fs from 'node:fs';
import path from 'node:path';
import { importFile } from '../../../main/library/import-file';
import type { Store } from '../../../main/store/database';
import { makePack } from '../../helpers/make-pack';
import { SHARED_FIXTURES, withTempStore } from '../../helpers/temp-dir';

const excerpt = (name: string) => fs.readFileSync(path.join(SHARED_FIXTURES, 'minutes-excerpts', name), 'utf8');

describe('packs and councils', () => {
  let store: Store;
  withTempStore((s) => (store = s));

  test('two councils’ Cabinets on one date: the pack goes to the one its front sheet names, and waits when it names neither', async () => {
    // The same Cabinet page of two councils, on one date: only the contact e-mail tells them apart.
    const westSuffolk = excerpt('west-suffolk-cabinet-2020-11-10.txt');
    const elsewhere = westSuffolk.replace(/westsuffolk\.gov\.uk/g, 'anytown.gov.uk');
    expect(elsewhere).not.toBe(westSuffolk);
    const a = await importFile(store, { fileName: 'ws.txt', bytes: Buffer.from(westSuffolk) });
    const b = await importFile(store, { fileName: 'anytown.txt', bytes: Buffer.from(elsewhere) });
    expect(a.meetingId).not.toBe(b.meetingId);

    const report = { number: '1', title: 'Budget', pages: [['Budget report']] };
    const named = await makePack({ committee: 'Cabinet', dateLine: 'Tuesday, 10 November 2020', reports: [report], extraFront: ['Contact: democratic.services@anytown.gov.uk'] });
    expect(await importFile(store, { fileName: 'pack-anytown.pdf', bytes: named })).toMatchObject({ status: 'imported', meetingId: b.meetingId });

    const unnamed = await makePack({ committee: 'Cabinet', dateLine: 'Tuesday, 10 November 2020', reports: [{ ...report, title: 'Housing' }] });
    const waiting = await importFile(store, { fileName: 'pack-unnamed.pdf', bytes: unnamed });
    expect(waiting).toMatchObject({ status: 'imported', meetingId: null });
    expect(waiting.message).toContain('Papers to file');
  });
});
