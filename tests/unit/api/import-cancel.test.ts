/**
 * Cancel pressed while a large file is still on its way to the import (the renderer has the job's id, the import has
 * not started) must still cancel it: the import then starts cancelled and keeps nothing. Through the real handlers, on a
 * real store, with a real PDF pack.
 */
import { dispatch } from '../../../main/api/dispatch';
import { createHandlers, type Handlers } from '../../../main/api/handlers';
import { openStore, type Store } from '../../../main/store/database';
import type { ImportOutcome } from '../../../shared/types/library';
import { makePack } from '../../helpers/make-pack';
import { makeTempDir } from '../../helpers/temp-dir';

describe('cancelling an import', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let handlers: Handlers;
  let pack: Uint8Array;
  beforeAll(async () => {
    temp = makeTempDir();
    store = openStore(temp.dir);
    handlers = createHandlers(store);
    pack = await makePack({ committee: 'Fernvale Scrutiny Committee', dateLine: 'Tuesday, 14 January 2025', reports: [{ number: '7', title: 'Work Programme', pages: [['The committee’s work programme for the year.']] }] });
  });
  afterAll(() => {
    store.close();
    temp.cleanup();
  });
  const versions = () => store.db.prepare('SELECT COUNT(*) FROM document_versions').pluck().get() as number;

  test('a cancel that arrives before the import starts: the import keeps nothing and says it was cancelled', async () => {
    const cancelled = await dispatch(handlers, 'import.cancel', { jobId: 'job-early-1' });
    expect(cancelled).toEqual({ ok: true, value: { cancelled: false } });
    const reply = await dispatch(handlers, 'import.file', { name: 'pack.pdf', data: pack, jobId: 'job-early-1' });
    if (!reply.ok) throw new Error(reply.error.message);
    const outcome = reply.value as ImportOutcome;
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(/Cancelled/);
    expect(versions()).toBe(0);
  });

  test('the same file with a fresh job id imports: a cancel is for its own job only, and used once', async () => {
    const reply = await dispatch(handlers, 'import.file', { name: 'pack.pdf', data: pack, jobId: 'job-2' });
    if (!reply.ok) throw new Error(reply.error.message);
    expect((reply.value as ImportOutcome).status).not.toBe('failed');
    expect(versions()).toBe(1);
  });
});
