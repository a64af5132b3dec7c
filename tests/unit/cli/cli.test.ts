import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../../main/cli';
import type { ParsedMinutes } from '../../../shared/types/minutes';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const LEEDS = path.join(SHARED_FIXTURES, 'minutes', 'leeds-scrutiny-macalister-item.txt');

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}

describe('CLI', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  test('parse-minutes --json prints exactly the minutes contract', async () => {
    const { code, out } = await cli(['parse-minutes', LEICESTER, '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as ParsedMinutes;
    expect(Object.keys(parsed).sort()).toEqual(['apologies', 'attendanceNamedElsewhere', 'attendanceState', 'committee', 'council', 'councilDomain', 'date', 'decisions', 'declarations', 'declarationsState', 'document', 'endTime', 'introDecisionsState', 'items', 'remoteMeetingId', 'sourceAddress', 'startTime', 'venue']);
    expect(parsed).toMatchObject({ document: 'minutes', councilDomain: 'leicester.gov.uk', date: '2025-01-14', startTime: '17:30', endTime: '20:02', apologies: ['Barnes'] });
    expect(parsed.items.map((i) => i.number)).toEqual(Array.from({ length: 13 }, (_, i) => String(109 + i)));
    expect(Object.keys(parsed.items[0] ?? {}).sort()).toEqual(['agendaText', 'decisionsState', 'documents', 'exempt', 'minutesText', 'number', 'title', 'truncated']);
  });

  test('import, list committees, list meetings and show meeting against a chosen store', async () => {
    const dataDir = path.join(temp.dir, 'store');
    const imported = await cli(['import', LEICESTER, LEEDS, '--json', '--data-dir', dataDir]);
    expect(imported.code).toBe(0);
    const outcomes = JSON.parse(imported.out) as Array<{ status: string; meetingId: number }>;
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
    expect(fs.existsSync(path.join(dataDir, 'scrutineer.db'))).toBe(true);

    const again = await cli(['import', LEICESTER, '--data-dir', dataDir]);
    expect(again.out).toMatch(/^UNCHANGED/);

    const committees = await cli(['list', 'committees', '--data-dir', dataDir]);
    expect(committees.out).toContain('Children, Young People and Education Scrutiny Commission — 1 meeting(s)');

    const meetings = JSON.parse((await cli(['list', 'meetings', '--json', '--data-dir', dataDir])).out) as Array<{ meetings: Array<{ date: string }> }>;
    expect(meetings.flatMap((c) => c.meetings.map((m) => m.date))).toContain('2025-01-14');

    const shown = await cli(['show', 'meeting', String(outcomes[0]?.meetingId), '--data-dir', dataDir]);
    expect(shown.out).toContain('Tuesday, 14 January 2025, 17:30');
    expect(shown.out).toContain('113. Questions, Representations, and Statements of Case [truncated]');
  });

  test('failures exit non-zero with a one-line reason', async () => {
    const dataDir = path.join(temp.dir, 'store');
    const empty = path.join(temp.dir, 'empty.html');
    fs.writeFileSync(empty, '');
    const bad = await cli(['import', empty, '--data-dir', dataDir]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/FAILED\s+empty\.html: The file is empty\./);
    await expect(cli(['show', 'meeting', 'x', '--data-dir', dataDir])).rejects.toThrow('The meeting ID must be a whole number');
    // Through the real entry point, as a user runs it: one line on stderr, exit code 1.
    const proc = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'main/cli/index.ts', 'show', 'meeting', '999', '--data-dir', dataDir], {
      cwd: path.resolve(__dirname, '../../..'),
      encoding: 'utf8',
    });
    expect(proc.status).toBe(1);
    expect(proc.stderr.trim()).toBe('scrutineer: That meeting is not in the library.');
  });

  test('npm run cli -- --help lists the commands', () => {
    const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), 'main/cli/index.ts', '--help'], { cwd: path.resolve(__dirname, '../../..'), encoding: 'utf8' });
    expect(out).toContain('parse-minutes <file>');
  });
});

describe('CLI actions', () => {
  test('actions list and actions update, through the same handlers as the app', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const dataDir = path.join(dir, 'store');
      await cli(['import', LEICESTER, '--data-dir', dataDir]);
      const listed = JSON.parse((await cli(['actions', 'list', '--json', '--data-dir', dataDir])).out) as Array<{ id: number; what: string; status: string }>;
      const pilot = listed.find((e) => e.what.includes('Family Therapy pilot'));
      expect(pilot?.status).toBe('open');
      const updated = await cli(['actions', 'update', String(pilot?.id), '--status', 'in-progress', '--note', 'Report scheduled for July', '--data-dir', dataDir]);
      expect(updated.code).toBe(0);
      expect(updated.out).toContain('IN-PROGRESS — For a 6 monthly report');
      const inProgress = JSON.parse((await cli(['actions', 'list', '--status', 'in-progress', '--json', '--data-dir', dataDir])).out) as Array<{ id: number; updates: Array<{ note: string }> }>;
      expect(inProgress.map((e) => e.id)).toEqual([pilot?.id]);
      expect(inProgress[0]?.updates[0]?.note).toBe('Report scheduled for July');
      await expect(cli(['actions', 'update', String(pilot?.id), '--status', 'finished', '--data-dir', dataDir])).rejects.toThrow(/Invalid request for actions.update/);
    } finally {
      cleanup();
    }
  });

  test('actions list --unchecked and actions update --checked: what the member has checked against the minutes', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const dataDir = path.join(dir, 'store');
      await cli(['import', LEICESTER, '--data-dir', dataDir]);
      const unchecked = JSON.parse((await cli(['actions', 'list', '--unchecked', '--json', '--data-dir', dataDir])).out) as Array<{ id: number; what: string }>;
      const pilot = unchecked.find((e) => e.what.includes('Family Therapy pilot')) as { id: number };
      expect((await cli(['actions', 'list', '--data-dir', dataDir])).out).toMatch(/on the Family Therapy pilot\.\n .*; due: 6 monthly; not checked/);
      // A correction and the check together: the owner is the member's, the rest kept as it stands.
      const out = await cli(['actions', 'update', String(pilot.id), '--owner', 'Head of Service', '--checked', '--data-dir', dataDir]);
      expect(out.out).toMatch(/owner: Head of Service; due: 6 monthly$/m);
      const after = JSON.parse((await cli(['actions', 'list', '--unchecked', '--json', '--data-dir', dataDir])).out) as Array<{ id: number }>;
      expect(after.map((e) => e.id).sort()).toEqual(unchecked.map((e) => e.id).filter((id) => id !== pilot.id).sort());
      await expect(cli(['actions', 'update', String(pilot.id), '--data-dir', dataDir])).rejects.toThrow(/--text or --checked/);
    } finally {
      cleanup();
    }
  });

  test('actions update corrects an extracted action (owner, due, kind, text) and edit/delete/restore meeting, with --json', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const dataDir = path.join(dir, 'store');
      await cli(['import', LEICESTER, '--data-dir', dataDir]);
      const listed = JSON.parse((await cli(['actions', 'list', '--json', '--data-dir', dataDir])).out) as Array<{ id: number; what: string }>;
      const pilot = listed.find((e) => e.what.includes('Family Therapy pilot')) as { id: number };
      const out = await cli(['actions', 'update', String(pilot.id), '--owner', 'Head of Service', '--due', '2025-07-15', '--text', 'Report on the Family Therapy pilot', '--json', '--data-dir', dataDir]);
      expect(JSON.parse(out.out)).toMatchObject({ owner: 'Head of Service', dueDate: '2025-07-15', what: 'Report on the Family Therapy pilot', memberFields: ['due', 'owner', 'what'] });
      await cli(['actions', 'update', String(pilot.id), '--kind', 'noted', '--data-dir', dataDir]);
      const after = JSON.parse((await cli(['actions', 'list', '--json', '--data-dir', dataDir])).out) as Array<{ id: number }>;
      expect(after.map((e) => e.id)).not.toContain(pilot.id);
      await expect(cli(['actions', 'update', String(pilot.id), '--kind', 'maybe', '--data-dir', dataDir])).rejects.toThrow(/--kind must be action, noted or recommendation/);

      const meetingId = String((JSON.parse((await cli(['list', 'meetings', '--json', '--data-dir', dataDir])).out) as Array<{ meetings: Array<{ id: number }> }>)[0]?.meetings[0]?.id);
      const edited = JSON.parse((await cli(['edit', 'meeting', meetingId, '--venue', 'Committee Room 1', '--start', '18:00', '--json', '--data-dir', dataDir])).out) as { venue: string; startTime: string; memberFields: string[] };
      expect(edited).toMatchObject({ venue: 'Committee Room 1', startTime: '18:00', memberFields: ['startTime', 'venue'] });
      const binned = await cli(['delete', 'meeting', meetingId, '--data-dir', dataDir]);
      expect(binned.out).toMatch(/^Moved to the bin: Children, Young People and Education Scrutiny Commission, Tuesday, 14 January 2025 .*restore meeting \d+/);
      expect(JSON.parse((await cli(['list', 'bin', '--json', '--data-dir', dataDir])).out)).toHaveLength(1);
      const restored = JSON.parse((await cli(['restore', 'meeting', meetingId, '--json', '--data-dir', dataDir])).out) as { id: number; venue: string; items: unknown[] };
      expect(restored).toMatchObject({ id: Number(meetingId), venue: 'Committee Room 1' });
      expect(restored.items).toHaveLength(13);
      expect((await cli(['list', 'bin', '--data-dir', dataDir])).out).toBe('The bin is empty.');
    } finally {
      cleanup();
    }
  });
});
