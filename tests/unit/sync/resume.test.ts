/**
 * A crash mid-sync: the CLI's `sync run` is killed (SIGKILL, as a power cut would) while a
 * meeting's papers are still arriving. No partial meeting is left; the next run resumes, skipping
 * the meeting the killed run had finished, and completes the rest.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { meetingDetail } from '../../../main/library/queries';
import { papersForMeeting } from '../../../main/papers/store';
import { connectCouncil } from '../../../main/sync/connect';
import { setFollow } from '../../../main/sync/store';
import { NOW, client, makeWorld, runSync, type World } from './setup';

const REPO = path.resolve(__dirname, '../../..');

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('resuming after a crash', () => {
  let w: World;
  beforeEach(async () => (w = await makeWorld()));
  afterEach(async () => w.cleanup());

  test('a killed run leaves no partial meeting, and the next run resumes where it stopped', async () => {
    // From 1 November 2025: 12 November (agenda not published), 21 November (papers), 10 December.
    const council = await connectCouncil(w.store, { url: w.standin.url, syncFrom: '2025-11-01' }, client(w), NOW);
    setFollow(w.store.db, council.committees.find((c) => c.remoteId === 129)?.id as number, true);
    w.standin.faults.slow = { match: /ID=65414/, ms: 60_000 };

    const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'main/cli/index.ts', 'sync', 'run', '--data-dir', w.dataDir], {
      cwd: REPO,
      env: { ...process.env, SCRUTINEER_EXTRA_CA_FILE: w.standin.caFile },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      await until(() => w.standin.requests.some((r) => r.path.includes('ID=65414')), 60_000, 'the slow paper to be asked for');
    } finally {
      child.kill('SIGKILL');
      await exited;
    }

    const db = w.store.db;
    expect(db.prepare('SELECT status FROM sync_runs').pluck().all()).toEqual(['running']);
    expect(db.prepare("SELECT date FROM meetings ORDER BY date").pluck().all()).toEqual(['2025-11-12']);
    expect(db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(0);
    expect(db.prepare("SELECT remote_meeting_id, state FROM sync_journal ORDER BY remote_meeting_id").all()).toEqual([
      { remote_meeting_id: 7609, state: 'done' },
      { remote_meeting_id: 7610, state: 'pending' },
      { remote_meeting_id: 7837, state: 'pending' },
    ]);

    w.standin.reset();
    const report = await runSync(w);
    expect(report.status).toBe('done');
    expect(db.prepare('SELECT status FROM sync_runs ORDER BY id').pluck().all()).toEqual(['interrupted', 'done']);
    const asked = w.standin.requests.filter((r) => r.path.includes('GetMeeting?')).map((r) => r.path.replace(/.*lMeetingId=/, ''));
    expect(asked).toEqual(['7837', '7610']);
    const id = db.prepare("SELECT id FROM meetings WHERE date = '2025-11-21'").pluck().get() as number;
    expect(meetingDetail(db, id).items).toHaveLength(5);
    expect(papersForMeeting(db, id).documents).toHaveLength(7);
  });
});
