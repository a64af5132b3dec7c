/**
 * The member's profile ("My name", the date they took office) and the conflict-of-interest warnings
 * they dismissed travel between their devices like the register: real SQLite libraries, a real
 * CouchDB-protocol server on 127.0.0.1, per-field merges by the hybrid clock, a warning brought back
 * and dismissed again, a dismissal waiting for its meeting, and the server holding ciphertext only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dismissWarning, listRegister, restoreWarning, saveInterest, saveProfile } from '../../../main/interests';
import { importFile } from '../../../main/library/import-file';
import { memberDbName } from '../../../main/share/engine';
import { type Device, LEICESTER, connect, meetingId, memberServerPerTest } from './devices';

const USER = 'cllr-okafor';
const PASSWORD = 'server-password-7';
const MY_NAME = 'Councillor Adaeze Okafor';
const REASON = 'The trust does not run any school named in this item';
const TRUST = 'Millgate Academy Trust (governor, unpaid)';

const profile = (d: Device) => listRegister(d.store.db).profile;
/** The dismissed warnings as the member sees them, without local ids. */
const dismissed = (d: Device) =>
  d.store.db
    .prepare(
      `SELECT m.date, i.description AS interest, it.identity_key AS item, x.reason FROM interest_dismissals x JOIN meetings m ON m.id = x.meeting_id
       JOIN interests i ON i.id = x.interest_id LEFT JOIN items it ON it.id = x.item_id ORDER BY it.identity_key`,
    )
    .all();
const items = (d: Device) => d.store.db.prepare('SELECT id FROM items WHERE meeting_id = ? ORDER BY position LIMIT 2').pluck().all(meetingId(d)) as number[];
const trustId = (d: Device) => d.store.db.prepare('SELECT id FROM interests WHERE description = ?').pluck().get(TRUST) as number;

describe('sharing the member’s profile and dismissed warnings', () => {
  const shared = memberServerPerTest('scrutineer-share-profile-', USER, PASSWORD);
  const device = (name: string) => shared.device(name);
  const run = async (d: Device) => {
    const report = await d.engine.run();
    expect(report).toMatchObject({ ok: true });
    return report;
  };
  const dismiss = (d: Device, item: number | null, reason = REASON) => dismissWarning(d.store.db, { meetingId: meetingId(d), interestId: trustId(d), itemId: item, reason });

  test('two devices: first copy, concurrent profile edits merged per field, a warning brought back and dismissed again; the server sees neither', async () => {
    const a = await device('laptop');
    saveProfile(a.store.db, { name: MY_NAME, tookOffice: '2023-05-04' });
    saveInterest(a.store.db, {
      category: 'other-registrable',
      subcategory: 'appointed-body',
      whose: 'member',
      description: TRUST,
      names: ['Millgate'],
      addresses: [],
      startDate: '2023-05-04',
      endDate: null,
      changedDate: null,
      notifiedDate: null,
    });
    const [first, second] = items(a);
    dismiss(a, first as number);
    await connect(a, shared.server, USER, PASSWORD);
    await run(a);

    // The server holds ids, revisions and ciphertext: not the name, the reason, or the date of taking office.
    const raw = await shared.server.rawDump(memberDbName(USER));
    for (const secret of [MY_NAME, REASON, 'Okafor', '2023-05-04']) expect(raw).not.toContain(secret);
    expect(raw).toMatch(/"p-[0-9A-Za-z_-]+"/);
    expect(raw).toMatch(/"w-[0-9A-Za-z_-]+"/);

    // A second device gets both.
    const b = await device('tablet');
    await connect(b, shared.server, USER, PASSWORD);
    await run(b);
    expect(profile(b)).toEqual({ name: MY_NAME, tookOffice: '2023-05-04' });
    expect(dismissed(b)).toEqual(dismissed(a));
    expect(dismissed(b)).toEqual([expect.objectContaining({ interest: TRUST, reason: REASON })]);

    // Offline, each device changes a different field of the profile, and each dismisses another warning: all kept.
    saveProfile(a.store.db, { name: 'Cllr Adaeze Okafor', tookOffice: '2023-05-04' });
    saveProfile(b.store.db, { name: MY_NAME, tookOffice: '2023-05-05' });
    dismiss(b, second as number, 'Declared at the start of the meeting instead');
    dismiss(a, null, 'Whole-meeting warning: not relevant');
    for (const d of [a, b, a]) await run(d);
    expect(profile(a)).toEqual({ name: 'Cllr Adaeze Okafor', tookOffice: '2023-05-05' });
    expect(profile(b)).toEqual(profile(a));
    expect(dismissed(a)).toHaveLength(3);
    expect(dismissed(b)).toEqual(dismissed(a));

    // Brought back on the tablet: back on the laptop too.
    restoreWarning(b.store.db, { meetingId: meetingId(b), interestId: trustId(b), itemId: first as number });
    await run(b);
    await run(a);
    expect(dismissed(a)).toHaveLength(2);
    expect(dismissed(b)).toEqual(dismissed(a));

    // Dismissed again on the laptop, with another reason, then its reason changed (each a removal and a new row here, one document).
    dismiss(a, first as number, 'Checked again: no link');
    await run(a);
    dismiss(a, first as number, 'Checked again with the clerk: no link');
    await run(a);
    expect(dismissed(a)).toContainEqual(expect.objectContaining({ reason: 'Checked again with the clerk: no link' }));
    await run(b);
    expect(dismissed(b)).toEqual(dismissed(a));
    expect(dismissed(b)).toContainEqual(expect.objectContaining({ reason: 'Checked again with the clerk: no link' }));
    expect(dismissed(b)).toHaveLength(3);
    // A further round applies nothing and sends nothing.
    expect(await run(a)).toMatchObject({ applied: 0, pushed: 0 });
    expect(await run(b)).toMatchObject({ applied: 0, pushed: 0 });
    for (const d of [a, b]) expect(d.engine.status()[0]).toMatchObject({ waiting: 0, notHere: 0, conflicts: 0 });
  }, 90_000);

  test('a device without the meeting keeps the dismissal waiting (and has the profile) until the meeting arrives', async () => {
    const a = await device('laptop');
    await connect(a, shared.server, USER, PASSWORD);
    saveProfile(a.store.db, { name: MY_NAME, tookOffice: null });
    saveInterest(a.store.db, {
      category: 'other-registrable',
      subcategory: 'appointed-body',
      whose: 'member',
      description: TRUST,
      names: [],
      addresses: [],
      startDate: null,
      endDate: null,
      changedDate: null,
      notifiedDate: null,
    });
    dismiss(a, items(a)[0] as number);
    await run(a);

    const c = await shared.device('phone', { empty: true });
    await connect(c, shared.server, USER, PASSWORD);
    const waiting = await run(c);
    expect(profile(c)).toEqual({ name: MY_NAME, tookOffice: null });
    expect(dismissed(c)).toEqual([]);
    expect(waiting.notHere).toBe(1);
    expect(c.store.db.prepare("SELECT pending FROM share_docs WHERE kind = 'dismissal'").pluck().get()).toMatch(/meeting this dismissed warning is for is not on this device/);

    await importFile(c.store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
    expect((await run(c)).notHere).toBe(0);
    expect(dismissed(c)).toEqual(dismissed(a));
    expect(dismissed(c)).toHaveLength(1);
  }, 90_000);
});
