/** `npm run cli -- sync …` against the ModernGov stand-in, trusted through SCRUTINEER_EXTRA_CA_FILE as the harness does. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { run } from '../../../main/cli';
import type { SyncCouncilView, SyncReport } from '../../../shared/types/sync';
import { startStandin, type StandIn } from '../../helpers/moderngov-standin';
import { makeTempDir } from '../../helpers/temp-dir';

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}

describe('CLI sync', () => {
  let standin: StandIn;
  let temp: ReturnType<typeof makeTempDir>;
  const saved = { ...process.env };
  beforeAll(async () => {
    standin = await startStandin();
    process.env.SCRUTINEER_EXTRA_CA_FILE = standin.caFile;
  });
  afterAll(async () => {
    process.env = saved;
    await standin.close();
  });
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  test('add-council, committees, follow --mine, run, and a second run that changes nothing', async () => {
    const dir = ['--data-dir', path.join(temp.dir, 'store')];
    const added = await cli(['sync', 'add-council', standin.url, '--name', 'Gloucester City Council', '--from', '2025-11-13', '--json', ...dir]);
    expect(added.code).toBe(0);
    const council = JSON.parse(added.out) as SyncCouncilView;
    const cabinet = council.committees.find((c) => c.title === 'Cabinet');
    expect(cabinet).toBeDefined();

    const listed = await cli(['sync', 'committees', ...dir]);
    expect(listed.out).toContain(`[${cabinet?.id}] Cabinet`);
    expect(listed.out).toContain('Airport Sub Committee (expired)');

    const followed = await cli(['sync', 'follow', String(cabinet?.id), '--mine', ...dir]);
    expect(followed.out).toBe('Following Cabinet (you sit on it).');

    const first = await cli(['sync', 'run', '--json', ...dir]);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.out) as SyncReport;
    expect(report.committees[0]).toMatchObject({ title: 'Cabinet', ok: true, documentsNew: 7 });
    expect(report.committees[0]?.meetingsNew).toBeGreaterThanOrEqual(1);

    const second = await cli(['sync', 'run', '--committee', String(cabinet?.id), ...dir]);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/^OK {5}Cabinet: Nothing new\.$/m);

    const status = await cli(['sync', 'status', ...dir]);
    expect(status.out).toMatch(/Cabinet \(following, I sit on it\) — last synced \d+ \w+ \d{4} at \d\d:\d\d/);

    // A failing run exits 1 and says why; the meetings already stored stay.
    standin.faults.html = /GetMeetings/;
    const failed = await cli(['sync', 'run', ...dir]);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/FAILED Cabinet: The council’s site sent a web page \(“Site under maintenance”\)/);
    standin.reset();
    const meetings = await cli(['list', 'meetings', '--json', ...dir]);
    expect(JSON.stringify(JSON.parse(meetings.out))).toContain('2025-11-21');
  });

  test('refusals: http, a committee that does not exist, through the real entry point with one line on stderr', async () => {
    const dir = ['--data-dir', path.join(temp.dir, 'store')];
    await expect(cli(['sync', 'add-council', 'http://democracy.example.gov.uk', ...dir])).rejects.toThrow(/only connects to councils over https/);
    await expect(cli(['sync', 'follow', '99', ...dir])).rejects.toThrow('That committee is not on a connected council’s list.');
    const proc = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'main/cli/index.ts', 'sync', 'add-council', 'http://democracy.example.gov.uk', ...dir], {
      cwd: path.resolve(__dirname, '../../..'),
      encoding: 'utf8',
    });
    expect(proc.status).toBe(1);
    expect(proc.stderr.trim()).toMatch(/^scrutineer: Scrutineer only connects to councils over https/);
  });
});
