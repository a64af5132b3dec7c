/**
 * The member's merge of two meetings travels between their devices: real SQLite libraries, a real
 * CouchDB-protocol server on 127.0.0.1. A second copy of the minutes that named the committee another
 * way became a meeting of its own; the member merges it into the meeting on one device, and every
 * device that has both makes the same merge; one that lacks a meeting waits (and says so) until it
 * arrives; the merge is not made twice, and nothing of it reaches the server in clear. A file the
 * member splits off a meeting is split off on the other devices the same way.
 */
import fs from 'node:fs';
import { mergeMeetings, splitImport } from '../../../main/library/corrections';
import { importFile } from '../../../main/library/import-file';
import { sha256 } from '../../../main/store/blobs';
import { memberDbName } from '../../../main/share/engine';
import { type Device, LEICESTER, connect, memberServerPerTest } from './devices';

const USER = 'cllr-okafor';
const PASSWORD = 'server-password-9';

/** The same meeting as the Leicester minutes, its committee named another way (made up for the test). */
const OTHER_COPY = [
  'Leicester City Council',
  '',
  'Minutes of the meeting of the Young People Scrutiny Panel held on Tuesday, 14 January 2025 at 5.30 pm',
  '',
  '1. Apologies for absence',
  'Apologies were received from Councillor Zelda Quarry.',
  '',
  '2. Playground refurbishment',
  'RESOLVED that officers report back on the playground refurbishment costs.',
].join('\n');

const meetings = (d: Device) =>
  d.store.db
    .prepare(
      `SELECT m.date, c.name AS committee, (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id) AS items
       FROM meetings m JOIN committees c ON c.id = m.committee_id ORDER BY m.date, c.name`,
    )
    .all();
const meetingOf = (d: Device, committeeLike: string) =>
  d.store.db.prepare('SELECT m.id FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE c.name LIKE ?').pluck().get(committeeLike) as number;

describe('sharing the member’s merges of meetings', () => {
  const shared = memberServerPerTest('scrutineer-share-merges-', USER, PASSWORD);
  const run = async (d: Device) => {
    const report = await d.engine.run();
    expect(report.ok).toBe(true);
    return report;
  };
  const withOtherCopy = async (d: Device) => {
    const outcome = await importFile(d.store, { fileName: 'panel-minutes.txt', bytes: new TextEncoder().encode(OTHER_COPY) });
    expect(outcome.status).not.toBe('failed');
  };

  test('a merge made on one device is made on the others, once; a device without one of the meetings waits for it', async () => {
    const a = await shared.device('laptop', { connected: true });
    const b = await shared.device('tablet', { connected: true });
    const c = await shared.device('phone', { connected: true });
    for (const d of [a, b]) await withOtherCopy(d);
    expect(meetings(a)).toHaveLength(2);
    const before = meetings(a) as Array<{ items: number }>;
    const items = before.reduce((n, m) => n + m.items, 0);

    // On the laptop the member merges the panel's copy into the commission's meeting.
    mergeMeetings(a.store.db, meetingOf(a, '%Commission%'), meetingOf(a, '%Panel%'));
    expect(meetings(a)).toEqual([expect.objectContaining({ committee: expect.stringContaining('Commission'), items })]);
    await run(a);
    expect(await shared.server.rawDump(memberDbName(USER))).not.toContain('Panel');

    // The tablet has both: it makes the same merge.
    const applied = await run(b);
    expect(applied.applied).toBeGreaterThanOrEqual(1);
    expect(meetings(b)).toEqual(meetings(a));

    // The phone has only the commission's meeting: the merge waits, and says so.
    const waiting = await run(c);
    expect(waiting.notHere).toBe(1);
    expect(c.store.db.prepare("SELECT pending FROM share_docs WHERE kind = 'merge'").pluck().get()).toMatch(/not both on this device/);
    expect(meetings(c)).toHaveLength(1);
    // The panel's copy arrives: the next run merges it.
    await withOtherCopy(c);
    expect(meetings(c)).toHaveLength(2);
    const arrived = await run(c);
    expect(arrived.notHere).toBe(0);
    expect(meetings(c)).toEqual(meetings(a));

    // Nothing is merged twice or left waiting; importing the panel's copy again finds the merged meeting.
    for (const d of [a, b, c]) {
      expect((await run(d)).applied).toBe(0);
      expect(d.engine.status()[0]).toMatchObject({ waiting: 0, notHere: 0 });
    }
    await withOtherCopy(b);
    expect(meetings(b)).toEqual(meetings(a));
  }, 120_000);

  test('a merge made before sharing was switched on travels when the device connects', async () => {
    const a = await shared.device('laptop');
    const b = await shared.device('tablet', { connected: true });
    for (const d of [a, b]) await withOtherCopy(d);
    mergeMeetings(a.store.db, meetingOf(a, '%Commission%'), meetingOf(a, '%Panel%'));
    await connect(a, shared.server, USER, PASSWORD);
    await run(a);
    await run(b);
    expect(meetings(b)).toEqual(meetings(a));
    expect(meetings(b)).toHaveLength(1);
  }, 120_000);

  test('a file split off a meeting on one device is split off on the others, once', async () => {
    const a = await shared.device('laptop', { connected: true });
    const b = await shared.device('tablet', { connected: true });
    // A later copy of the same minutes (another file, the same meeting) that the member says is another meeting.
    const later = new TextEncoder().encode(`${fs.readFileSync(LEICESTER, 'utf8')}\n\nPublished with corrections.\n`);
    for (const d of [a, b]) {
      const outcome = await importFile(d.store, { fileName: 'leicester-copy.txt', bytes: later });
      expect(outcome.status).not.toBe('failed');
      expect(meetings(d)).toHaveLength(1);
    }
    const splitOff = (d: Device) => d.store.db.prepare('SELECT COUNT(*) FROM meetings WHERE identity_key = ?').pluck().get(`x:split:${sha256(later)}`);
    splitImport(a.store.db, meetingOf(a, '%Commission%'), sha256(later));
    expect(meetings(a)).toHaveLength(2);
    await run(a);
    await run(b);
    expect(splitOff(b)).toBe(1);
    expect(meetings(b)).toEqual(meetings(a));
    for (const d of [a, b]) {
      expect((await run(d)).applied).toBe(0);
      expect(d.engine.status()[0]).toMatchObject({ waiting: 0, notHere: 0 });
    }
    expect(splitOff(a)).toBe(1);
  }, 120_000);
});
