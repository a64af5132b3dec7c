/**
 * Resilience with a real CouchDB-protocol server and real SQLite per device: three devices editing
 * the same notes and actions offline converge; a device restored from an old backup catches up
 * without losing what the others (or it) shared since.
 */
import { updateStatus } from '../../../main/actions/updates';
import { createForTarget, updateAnnotation } from '../../../main/annotations/store';
import { BackupService } from '../../../main/backup/service';
import { type Device, actionIds, actions, annotations, meetingId, memberServerPerTest } from './devices';

const USER = 'cllr-singh';
const PASSWORD = 'server-password-4';

describe('sharing resilience: three devices, an old backup', () => {
  const shared = memberServerPerTest('scrutineer-share3-', USER, PASSWORD);
  const device = (name: string) => shared.device(name, { connected: true });
  const runAll = async (ds: Device[]) => {
    for (const d of ds) expect((await d.engine.run()).message).not.toMatch(/Could not|refused/);
  };

  test('three devices editing offline converge, whatever order they run in', async () => {
    const [a, b, c] = [await device('a-laptop'), await device('b-tablet'), await device('c-desktop')];
    const note = createForTarget(a.store.db, { target: 'meeting', meetingId: meetingId(a), kind: 'note', body: 'Start' });
    await runAll([a, b, c]);
    const noteOn = (d: Device) => d.store.db.prepare('SELECT id FROM annotations WHERE uuid = ?').pluck().get(note.uuid) as number;
    expect(noteOn(b)).toBeGreaterThan(0);
    expect(noteOn(c)).toBeGreaterThan(0);

    // Offline: each edits the same note and action, and adds its own.
    const [first] = actionIds(a);
    updateAnnotation(a.store.db, { id: note.id, colour: 'pink' });
    updateAnnotation(b.store.db, { id: noteOn(b), body: 'Start (tablet)' });
    updateAnnotation(c.store.db, { id: noteOn(c), asked: true });
    updateStatus(a.store.db, [first as number], 'in-progress', 'From the laptop');
    updateStatus(b.store.db, [actionIds(b)[0] as number], null, 'From the tablet');
    // The desktop's status is the later edit: a few milliseconds later, as edits on two devices are. Edits in the
    // same millisecond tie on the clock and are ordered by device id, which is random here.
    await new Promise((resolve) => setTimeout(resolve, 5));
    updateStatus(c.store.db, [actionIds(c)[0] as number], 'done', 'From the desktop');
    for (const d of [a, b, c]) createForTarget(d.store.db, { target: 'meeting', meetingId: meetingId(d), kind: 'question', body: `Asked on ${d.name}` });

    await runAll([c, a, b]);
    await runAll([c, a]);
    for (const d of [b, c]) {
      expect(annotations(d)).toEqual(annotations(a));
      expect(actions(d)).toEqual(actions(a));
    }
    expect(annotations(a)).toHaveLength(4);
    const shown = (annotations(a) as Array<{ uuid: string; body: string; colour: string; asked: number }>).find((x) => x.uuid === note.uuid);
    expect(shown).toMatchObject({ body: 'Start (tablet)', colour: 'pink', asked: 1 });
    const entry = (actions(a) as Array<{ status: string; notes: string }>)[0];
    expect(entry?.status).toBe('done');
    expect(JSON.parse(entry?.notes ?? '[]')).toEqual(expect.arrayContaining(['From the laptop', 'From the tablet', 'From the desktop']));
    // Settled: another round sends and applies nothing.
    for (const d of [a, b, c]) expect(await d.engine.run()).toMatchObject({ ok: true, pushed: 0, applied: 0 });
    for (const d of [a, b, c]) expect(d.engine.status()[0]).toMatchObject({ waiting: 0, conflicts: 0 });
  }, 60_000);

  test('a device restored from an old backup catches up, and the others lose nothing', async () => {
    const a = await device('a-laptop');
    const b = await device('b-tablet');
    const note = createForTarget(a.store.db, { target: 'meeting', meetingId: meetingId(a), kind: 'note', body: 'Before the backup' });
    await runAll([a, b]);
    const backups = new BackupService(a.store);
    const old = await backups.backupNow();

    // After the backup: the laptop edits and shares; the tablet edits and shares.
    updateAnnotation(a.store.db, { id: note.id, body: 'Laptop, after the backup' });
    createForTarget(a.store.db, { target: 'meeting', meetingId: meetingId(a), kind: 'question', body: 'Laptop question after the backup' });
    updateStatus(a.store.db, [actionIds(a)[0] as number], 'in-progress', 'Laptop log after the backup');
    await runAll([a, b]);
    createForTarget(b.store.db, { target: 'meeting', meetingId: meetingId(b), kind: 'question', body: 'Tablet question' });
    updateStatus(b.store.db, [actionIds(b)[1] as number], 'done', 'Tablet log');
    await runAll([b]);
    const expected = { annotations: annotations(b), actions: actions(b) };
    expect(annotations(b)).toHaveLength(3);

    // The laptop goes back to the old backup (its library only; the replica and key stay).
    await backups.restore(old.id);
    expect(annotations(a)).toHaveLength(1);
    // The restored laptop edits something before it shares again: that edit survives too.
    updateStatus(a.store.db, [actionIds(a)[2] as number], 'dropped', 'Laptop after the restore');
    await runAll([a, b, a]);
    const after = { annotations: annotations(b), actions: actions(b) };
    expect(annotations(a)).toEqual(after.annotations);
    expect(actions(a)).toEqual(after.actions);
    expect(after.annotations).toEqual(expected.annotations);
    const notes = (after.actions as Array<{ notes: string }>).flatMap((x) => JSON.parse(x.notes) as string[]);
    expect(notes).toEqual(expect.arrayContaining(['Laptop log after the backup', 'Tablet log', 'Laptop after the restore']));
    // Each log entry once.
    expect(notes.filter((n) => n === 'Laptop log after the backup')).toHaveLength(1);
    for (const d of [a, b]) expect(await d.engine.run()).toMatchObject({ ok: true, applied: 0 });
  }, 60_000);
});
