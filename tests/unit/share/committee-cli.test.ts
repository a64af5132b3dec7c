/**
 * `npm run cli -- share committee …` with two data folders (the chair's and a member's) and the real
 * CouchDB-protocol test server: design, connect, run, status, a member's change kept on their device and reported
 * with exit 1, exempt entries listed and chosen, disconnect.
 */
import path from 'node:path';
import { run } from '../../../main/cli';
import { committeeSetup } from '../../../main/share/committee-design';
import type { ShareStatusView } from '../../../shared/types/share';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';
import { CouchServer } from './couch-server';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const DB = 'scrutineer-committee-cype-cli';

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}

describe('CLI share committee', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: CouchServer;
  const saved = { ...process.env };
  beforeAll(async () => {
    temp = makeTempDir('scrutineer-share-committee-cli-');
    server = new CouchServer(path.join(temp.dir, 'server'));
    await server.start();
    await server.addUser('cllr-chair', 'chair-pw-1');
    await server.addUser('cllr-member', 'member-pw-2', ['scrutiny-cype']);
  });
  afterAll(async () => {
    process.env = { ...saved };
    await server.stop();
    temp.cleanup();
  });

  test('the chair publishes, a member reads; the member’s change stays on their device and is reported', async () => {
    const chair = ['--data-dir', path.join(temp.dir, 'chair')];
    const member = ['--data-dir', path.join(temp.dir, 'member')];
    for (const d of [chair, member]) expect((await cli(['import', LEICESTER, ...d])).code).toBe(0);

    // What the administrator installs, as the CLI prints it.
    const setup = JSON.parse((await cli(['share', 'committee', 'design', '--json', ...chair])).out) as ReturnType<typeof committeeSetup>;
    expect(setup.designDoc).toMatchObject({ _id: '_design/scrutineer', validate_doc_update: expect.stringContaining('forbidden') });
    await server.addCommitteeDb(DB, setup.security, setup.designDoc);

    const committee = (JSON.parse((await cli(['list', 'committees', '--json', ...chair])).out) as { councils: Array<{ committees: Array<{ id: number }> }> }).councils[0]?.committees[0]?.id;
    expect(committee).toBeDefined();
    await expect(cli(['share', 'committee', 'connect', server.url, '--user', 'cllr-chair', ...chair])).rejects.toThrow(/--committee ID/);

    process.env.SCRUTINEER_SHARE_PASSWORD = 'chair-pw-1';
    const connected = await cli(['share', 'committee', 'connect', server.url, '--committee', String(committee), '--user', 'cllr-chair', '--db', DB, ...chair]);
    expect(connected.out).toMatch(/^Connected as chair\./);
    const ran = await cli(['share', 'committee', 'run', ...chair]);
    expect(ran).toMatchObject({ code: 0, out: expect.stringMatching(/^OK committee \d+'s action log: \d+ sent/) });

    process.env.SCRUTINEER_SHARE_PASSWORD = 'member-pw-2';
    expect((await cli(['share', 'committee', 'connect', server.url, '--committee', String(committee), '--user', 'cllr-member', '--db', DB, ...member])).out).toMatch(/^Connected as member\./);
    expect((await cli(['share', 'committee', 'run', ...member])).code).toBe(0);
    const listed = JSON.parse((await cli(['actions', 'list', '--json', ...member])).out) as Array<{ id: number }>;
    await cli(['actions', 'update', String(listed[0]?.id), '--status', 'done', ...member]);
    const kept = await cli(['share', 'committee', 'run', ...member]);
    expect(kept.code).toBe(0);
    expect(kept.out).toMatch(/1 change kept on this device: your role cannot change the committee’s log/);
    expect((await cli(['share', 'committee', 'refused', ...member])).out).not.toMatch(/tried/);
    const status = JSON.parse((await cli(['share', 'status', '--json', ...member])).out) as ShareStatusView;
    expect(status.databases).toEqual([expect.objectContaining({ committeeId: committee, role: 'member', refused: 0, keptBack: 1 })]);
    expect((await cli(['share', 'status', ...member])).out).toMatch(/Kept on this device: your role cannot change the committee’s log.*\(1 entry\)/);
    expect((await cli(['share', 'status', ...member])).out).toMatch(/action log: cllr-member \(member\)/);

    expect((await cli(['share', 'committee', 'exempt', '--committee', String(committee), ...chair])).out).toBe('No entries from exempt items.');
    expect((await cli(['share', 'committee', 'disconnect', '--committee', String(committee), ...member])).code).toBe(0);
    expect(JSON.parse((await cli(['share', 'status', '--json', ...member])).out)).toMatchObject({ connected: false });
  }, 90_000);
});
