/**
 * The member's corrections of a meeting's details travel between their devices: real SQLite
 * libraries, a real CouchDB-protocol server on 127.0.0.1. The other device finds the meeting by the
 * identity it had before the correction (council, committee, date); a device without the meeting
 * keeps the correction waiting and makes it when the meeting arrives; concurrent corrections of
 * different fields merge; nothing is applied twice. The member's corrections of the declarations of
 * interest read from the minutes travel the same way, by the key each was read as.
 */
import fs from 'node:fs';
import path from 'node:path';
import { editMeeting } from '../../../main/library/corrections';
import { checkDeclarations, removeDeclaration, saveDeclaration } from '../../../main/library/declarations';
import { importFile } from '../../../main/library/import-file';
import { memberDbName } from '../../../main/share/engine';
import { type Device, LEICESTER, connect, meetingId, memberServerPerTest } from './devices';

const USER = 'cllr-hughes';
const PASSWORD = 'server-password-8';
const VENUE = 'Meeting Room G.01, City Hall, Leicester (moved from Room 2)';

const meetings = (d: Device) =>
  d.store.db
    .prepare(
      `SELECT m.date, m.identity_key AS identity, m.start_time AS start, m.venue, m.member_fields AS fields, c.name AS committee,
         (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id) AS items
       FROM meetings m JOIN committees c ON c.id = m.committee_id ORDER BY m.id`,
    )
    .all();

describe('sharing the member’s corrections of meetings', () => {
  const shared = memberServerPerTest('scrutineer-share-meetings-', USER, PASSWORD);
  const device = (name: string) => shared.device(name, { connected: true });
  const run = async (d: Device) => {
    const report = await d.engine.run();
    expect(report.ok).toBe(true);
    return report;
  };

  test('a corrected date and venue reach the other devices; one without the meeting applies it when the meeting arrives', async () => {
    const a = await device('laptop');
    const b = await device('tablet');
    const c = await shared.device('phone', { empty: true });
    await connect(c, shared.server, USER, PASSWORD);

    // The minutes printed the wrong date: the member corrects it, and the venue.
    editMeeting(a.store.db, meetingId(a), { date: '2025-01-15', venue: VENUE });
    await run(a);
    expect(await shared.server.rawDump(memberDbName(USER))).not.toContain('City Hall');
    const first = await run(b);
    expect(first.applied).toBe(1);
    expect(meetings(b)).toEqual(meetings(a));
    expect(meetings(b)).toEqual([expect.objectContaining({ date: '2025-01-15', identity: 'd:2025-01-15', venue: VENUE })]);

    // The phone has no such meeting yet: the correction waits, and says so.
    const waiting = await run(c);
    expect(waiting.notHere).toBe(1);
    expect(c.engine.status()[0]).toMatchObject({ notHere: 1 });
    expect(c.store.db.prepare("SELECT pending FROM share_docs WHERE kind = 'meeting'").pluck().get()).toMatch(/meeting this correction is for is not on this device/);

    // Offline: the laptop corrects the start time, the tablet the venue again.
    editMeeting(a.store.db, meetingId(a), { startTime: '17:30' });
    editMeeting(b.store.db, meetingId(b), { venue: 'Committee Room 1, City Hall' });
    for (const d of [a, b, a]) await run(d);
    expect(meetings(a)).toEqual(meetings(b));
    expect(meetings(a)).toEqual([expect.objectContaining({ date: '2025-01-15', start: '17:30', venue: 'Committee Room 1, City Hall' })]);

    // The meeting arrives on the phone (its minutes say 14 January): the correction is made.
    await importFile(c.store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
    expect(meetings(c)).toEqual([expect.objectContaining({ date: '2025-01-14' })]);
    const arrived = await run(c);
    expect(arrived.notHere).toBe(0);
    expect(meetings(c)).toEqual(meetings(a));

    // Importing the same minutes again finds the corrected meeting (its old identity is an alias): still one meeting.
    await importFile(c.store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
    expect(meetings(c)).toHaveLength(1);

    // Nothing left to send or apply anywhere, and nothing applied twice.
    for (const d of [a, b, c]) {
      expect((await run(d)).applied).toBe(0);
      expect(d.engine.status()[0]).toMatchObject({ waiting: 0, notHere: 0 });
    }
    expect(meetings(c)).toEqual(meetings(a));
  }, 120_000);

  const declarations = (d: Device) =>
    d.store.db
      .prepare(
        `SELECT member, item_label AS item, subject, nature, withdrew, member_set AS mine, removed_by_member AS removed, checked_by_member AS checked,
           original_key AS key FROM declarations ORDER BY member, subject`,
      )
      .all();
  const declarationId = (d: Device, member: string) => d.store.db.prepare('SELECT id FROM declarations WHERE member LIKE ?').pluck().get(`%${member}%`) as number;

  test('corrections of the declarations read from the minutes: edited, removed and added ones reach the other device and merge per field', async () => {
    const a = await device('laptop');
    const b = await device('tablet');
    expect(declarations(a)).toHaveLength(2);
    const moore = () => declarationId(a, 'Moore');
    const ofA = declarations(a) as Array<{ member: string; item: string | null; subject: string }>;
    const mooreRow = ofA.find((x) => x.member.includes('Moore'))!;
    saveDeclaration(a.store.db, { meetingId: meetingId(a), id: moore(), member: mooreRow.member, item: mooreRow.item, subject: mooreRow.subject, nature: 'other-registrable', withdrew: false });
    removeDeclaration(a.store.db, meetingId(a), declarationId(a, 'March'));
    saveDeclaration(a.store.db, { meetingId: meetingId(a), member: 'Councillor Patel', item: '113', subject: 'Employed by Leicester College', nature: 'disclosable-pecuniary', withdrew: true });
    await run(a);
    const raw = await shared.server.rawDump(memberDbName(USER));
    for (const secret of ['Leicester College', 'Patel', 'Millgate']) expect(raw).not.toContain(secret);

    await run(b);
    expect(declarations(b)).toEqual(declarations(a));
    expect(declarations(b)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ member: expect.stringContaining('March'), removed: 1, mine: 1 }),
        expect.objectContaining({ member: 'Councillor Patel', subject: 'Employed by Leicester College', withdrew: 1, mine: 1, key: null }),
        expect.objectContaining({ member: mooreRow.member, nature: 'other-registrable', mine: 1 }),
      ]),
    );

    // Offline, both correct Dr Moore's declaration: the laptop marks that they withdrew, the tablet rewords the subject.
    saveDeclaration(a.store.db, { meetingId: meetingId(a), id: moore(), member: mooreRow.member, item: mooreRow.item, subject: mooreRow.subject, nature: 'other-registrable', withdrew: true });
    saveDeclaration(b.store.db, {
      meetingId: meetingId(b),
      id: declarationId(b, 'Moore'),
      member: mooreRow.member,
      item: mooreRow.item,
      subject: 'being on the board of governors of Millgate School',
      nature: 'other-registrable',
      withdrew: false,
    });
    for (const d of [a, b, a]) await run(d);
    expect(declarations(a)).toEqual(declarations(b));
    expect(declarations(a)).toEqual(
      expect.arrayContaining([expect.objectContaining({ member: mooreRow.member, subject: 'being on the board of governors of Millgate School', withdrew: 1 })]),
    );

    // The one the member added, removed on the tablet, goes from the laptop too.
    removeDeclaration(b.store.db, meetingId(b), declarationId(b, 'Patel'));
    await run(b);
    await run(a);
    expect(declarations(a)).toEqual(declarations(b));
    expect(declarations(a)).toHaveLength(2);
    for (const d of [a, b]) {
      expect((await run(d)).applied).toBe(0);
      expect(d.engine.status()[0]).toMatchObject({ waiting: 0, notHere: 0 });
    }
  }, 120_000);
  test('a declaration checked on one device is checked on the other, not "corrected"; an edit there after it makes it a correction on both', async () => {
    const a = await device('laptop');
    const b = await device('tablet');
    checkDeclarations(a.store.db, meetingId(a), [declarationId(a, 'Moore')]);
    await run(a);
    await run(b);
    expect(declarations(b)).toEqual(declarations(a));
    const checked = (d: Device) => (declarations(d) as Array<{ member: string; mine: number; checked: number }>).map((x) => [x.member.includes('Moore') ? 'Moore' : 'March', x.mine, x.checked]);
    expect(checked(b)).toEqual([
      ['Moore', 1, 1],
      ['March', 0, 0],
    ]);
    const row = (declarations(b) as Array<{ member: string; item: string | null; subject: string }>).find((x) => x.member.includes('Moore'))!;
    saveDeclaration(b.store.db, { meetingId: meetingId(b), id: declarationId(b, 'Moore'), member: row.member, item: row.item, subject: row.subject, nature: 'other-registrable', withdrew: false });
    await run(b);
    await run(a);
    expect(declarations(a)).toEqual(declarations(b));
    expect(checked(a)).toEqual([
      ['Moore', 1, 0],
      ['March', 0, 0],
    ]);
  }, 120_000);
});
