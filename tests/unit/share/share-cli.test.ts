/**
 * `npm run cli -- share …` with two data folders (two devices, each a real SQLite library) and the
 * real CouchDB-protocol test server on 127.0.0.1: connect, run, status (words and --json),
 * disconnect; a tracker edit made on one device arrives on the other.
 */
import path from 'node:path';
import { run } from '../../../main/cli';
import { memberDbName } from '../../../main/share/engine';
import type { ShareStatusView } from '../../../shared/types/share';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';
import { CouchServer } from './couch-server';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const USER = 'cllr-patel';
const PASSWORD = 'server-password-2';

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}

describe('CLI share', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: CouchServer;
  const saved = { ...process.env };
  beforeEach(async () => {
    temp = makeTempDir('scrutineer-share-cli-');
    server = new CouchServer(path.join(temp.dir, 'server'));
    await server.start();
    await server.addMember(USER, PASSWORD, memberDbName(USER));
  });
  afterEach(async () => {
    process.env = { ...saved };
    await server.stop();
    temp.cleanup();
  });

  test('connect, run, status, disconnect on two devices; an action edit travels', async () => {
    const laptop = ['--data-dir', path.join(temp.dir, 'laptop')];
    const tablet = ['--data-dir', path.join(temp.dir, 'tablet')];
    for (const d of [laptop, tablet]) expect((await cli(['import', LEICESTER, ...d])).code).toBe(0);

    // Refusals, in words.
    process.env.SCRUTINEER_SHARE_PASSPHRASE = 'a long shared passphrase';
    await expect(cli(['share', 'connect', server.url, ...laptop])).rejects.toThrow(/--user NAME/);
    await expect(cli(['share', 'connect', 'http://couch.example.org', '--user', USER, ...laptop])).rejects.toThrow(/must use https/);
    await expect(cli(['share', 'run', ...laptop])).rejects.toThrow(/not connected/);
    process.env.SCRUTINEER_SHARE_PASSWORD = 'wrong';
    await expect(cli(['share', 'connect', server.url, '--user', USER, ...laptop])).rejects.toThrow(/refused the user name or password/);

    process.env.SCRUTINEER_SHARE_PASSWORD = PASSWORD;
    const listed = JSON.parse((await cli(['actions', 'list', '--json', ...laptop])).out) as Array<{ id: number; what: string }>;
    const first = listed[0];
    expect(first).toBeDefined();
    await cli(['actions', 'update', String(first?.id), '--status', 'in-progress', '--note', 'Chased the Director', ...laptop]);

    const connected = await cli(['share', 'connect', server.url, '--user', USER, ...laptop]);
    expect(connected.out).toMatch(/^Connected\./);
    // The password is in the device's vault from here on: runs need no environment.
    delete process.env.SCRUTINEER_SHARE_PASSWORD;
    const ran = await cli(['share', 'run', ...laptop]);
    expect(ran.code).toBe(0);
    expect(ran.out).toMatch(/^OK \d+ sent/);

    process.env.SCRUTINEER_SHARE_PASSWORD = PASSWORD;
    expect((await cli(['share', 'connect', server.url, '--user', USER, ...tablet])).code).toBe(0);
    delete process.env.SCRUTINEER_SHARE_PASSWORD;
    expect((await cli(['share', 'run', ...tablet])).code).toBe(0);
    const onTablet = JSON.parse((await cli(['actions', 'list', '--status', 'in-progress', '--json', ...tablet])).out) as Array<{ what: string; updates: Array<{ note: string }> }>;
    expect(onTablet.map((a) => a.what)).toEqual([first?.what]);
    expect(onTablet[0]?.updates.map((u) => u.note)).toContain('Chased the Director');

    const status = await cli(['share', 'status', ...tablet]);
    expect(status.out).toMatch(/Last synced: \w+day, \d{1,2} \w+ \d{4} at \d\d:\d\d/);
    expect(status.out).toContain(`${USER} on ${server.url}`);
    const json = JSON.parse((await cli(['share', 'status', '--json', ...tablet])).out) as ShareStatusView;
    expect(json).toMatchObject({ connected: true, running: null });
    expect(json.databases[0]).toMatchObject({ name: 'member', user: USER, lastError: null, waiting: 0, conflicts: 0 });

    // The server down: the run fails in words and exits 1; the edit waits.
    await cli(['actions', 'update', String(first?.id), '--status', 'done', ...tablet]);
    await server.stop();
    const failed = await cli(['share', 'run', ...tablet]);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/Could not reach the sharing server/);
    expect((await cli(['share', 'status', ...tablet])).out).toMatch(/Last error: Could not reach/);
    await server.start();
    expect((await cli(['share', 'run', ...tablet])).code).toBe(0);
    expect((await cli(['share', 'run', ...laptop])).code).toBe(0);
    const done = JSON.parse((await cli(['actions', 'list', '--status', 'done', '--json', ...laptop])).out) as Array<{ what: string }>;
    expect(done.map((a) => a.what)).toEqual([first?.what]);

    const off = await cli(['share', 'disconnect', ...laptop]);
    expect(off.out).toMatch(/disconnected on this device/);
    expect((await cli(['share', 'status', ...laptop])).out).toBe('Sharing is not connected on this device.');
    expect(JSON.parse((await cli(['actions', 'list', '--status', 'done', '--json', ...laptop])).out)).toHaveLength(1);
  }, 60_000);
});
