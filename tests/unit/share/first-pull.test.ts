/**
 * A device's first pull (its replica empty): what the download writes is applied while it goes on,
 * from the batches written. A document the server holds in two conflicting revisions arrives as
 * two writes of one id: it is merged from the replica's revisions, not taken as the first written
 * nor as the revision CouchDB's rule picks.
 */
import { createForTarget, updateAnnotation } from '../../../main/annotations/store';
import { memberDbName } from '../../../main/share/engine';
import { type Device, annotations, connect, meetingId, memberServerPerTest } from './devices';

const USER = 'cllr-patel';
const PASSWORD = 'server-password-7';
const NOTES = 1100; // more than a page applied at once, and than two batches of the download

describe('a first pull', () => {
  const env = memberServerPerTest('scrutineer-share-first-pull-', USER, PASSWORD);
  const db = () => `/${memberDbName(USER)}`;
  const bodyOf = (d: Device, uuid: string) => d.store.db.prepare('SELECT body FROM annotations WHERE uuid = ?').pluck().get(uuid) as string;

  test('applies every document once, and merges one the server holds in two conflicting revisions', async () => {
    const laptop = await env.device('laptop');
    const m = meetingId(laptop);
    let uuid = '';
    let id = 0;
    laptop.store.db.transaction(() => {
      for (let i = 0; i < NOTES; i++) createForTarget(laptop.store.db, { target: 'meeting', meetingId: m, kind: 'note', body: `Note ${i}` });
      const a = createForTarget(laptop.store.db, { target: 'meeting', meetingId: m, kind: 'question', body: 'First text' });
      ({ uuid, id } = a);
    })();
    await connect(laptop, env.server, USER, PASSWORD);
    expect(await laptop.engine.run()).toMatchObject({ ok: true });
    const docId = laptop.store.db.prepare("SELECT doc_id FROM share_docs WHERE kind = 'annotation' AND row_id = ?").pluck().get(id) as string;
    const first = (await env.server.request('GET', `${db()}/${docId}?revs=true`)).json as Record<string, unknown> & { _rev: string };

    // The note edited on the laptop (a later clock, with the first text in view), then a second
    // branch from the first revision put beside it holding the first text again, with a revision
    // id that CouchDB's rule makes the winner.
    updateAnnotation(laptop.store.db, { id, body: 'Second text' });
    expect(await laptop.engine.run()).toMatchObject({ ok: true, pushed: 1 });
    const branch = { ...first, _rev: `2-${'f'.repeat(32)}`, _revisions: { start: 2, ids: ['f'.repeat(32), first._rev.slice(2)] } };
    const put = await env.server.request('POST', `${db()}/_bulk_docs`, { new_edits: false, docs: [branch] });
    expect(put.status).toBe(201);
    const conflicted = (await env.server.request('GET', `${db()}/${docId}?conflicts=true`)).json as { _rev: string; _conflicts?: string[] };
    expect(conflicted._rev).toBe(branch._rev);
    expect(conflicted._conflicts).toHaveLength(1);

    // The tablet's first pull: every note once, and the merged text (the later edit), not the winner's.
    const tablet = await env.device('tablet', { connected: true });
    const pulled = await tablet.engine.run();
    expect(pulled).toMatchObject({ ok: true, notHere: 0, conflicts: 0 });
    expect(pulled.pulled).toBeGreaterThan(NOTES);
    expect(annotations(tablet)).toHaveLength(NOTES + 1);
    expect(bodyOf(tablet, uuid)).toBe('Second text');
    expect(tablet.engine.conflicts()).toEqual([]);
    // The tablet wrote the resolution back: the server holds one live revision of it.
    const resolved = (await env.server.request('GET', `${db()}/${docId}?conflicts=true`)).json as { _conflicts?: string[] };
    expect(resolved._conflicts).toBeUndefined();
    expect(await tablet.engine.run()).toMatchObject({ ok: true, pushed: 0, applied: 0 });

    // A third device's first pull receives the resolution beside the removed branch (one id twice).
    const phone = await env.device('phone', { connected: true });
    expect(await phone.engine.run()).toMatchObject({ ok: true, pushed: 0, conflicts: 0 });
    expect(annotations(phone)).toEqual(annotations(tablet));
    expect(bodyOf(phone, uuid)).toBe('Second text');
    expect(await phone.engine.run()).toMatchObject({ ok: true, pushed: 0, applied: 0 });

    // The laptop takes the resolution and ends where the others are.
    expect(await laptop.engine.run()).toMatchObject({ ok: true });
    expect(annotations(laptop)).toEqual(annotations(tablet));
  }, 120_000);
});
