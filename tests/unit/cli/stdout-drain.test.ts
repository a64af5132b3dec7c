/**
 * `show meeting ID --json` piped to a reader that is slow to start: more than 64 KB (a shell pipe's
 * buffer) must arrive whole, so the CLI may exit only once its stdout has drained. Node gives a child
 * a socket pair rather than a pipe, whose buffer is about 200 KB on Linux, so the output here is made
 * well over that: a CLI that exited straight after writing would lose the end of it.
 * (Checked: CLI_DRAIN_ENTRY pointing at `run(argv).then(process.exit)` fails this test.)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../../main/cli';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

const ROOT = path.resolve(__dirname, '../../..');
const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const LEEDS = path.join(SHARED_FIXTURES, 'minutes', 'leeds-scrutiny-macalister-item.txt');
/** The CLI to run; CLI_DRAIN_ENTRY lets a check point it at a variant that exits without waiting. */
const ENTRY = process.env.CLI_DRAIN_ENTRY ?? 'main/cli/index.ts';

/** The real Leicester minutes with a long discussion under the first item: a large generated page of the same meeting. */
function largeMinutes(): string {
  const text = fs.readFileSync(LEICESTER, 'utf8');
  const anchor = 'The Chair welcomed those present to the meeting.';
  if (!text.includes(anchor)) throw new Error('the Leicester fixture changed');
  const paragraphs = Array.from(
    { length: 2000 },
    (_, i) =>
      `Members discussed point ${i + 1} of the placement sufficiency strategy, including costs per placement, the ` +
      `number of children placed out of the city, the Welsh-medium provision at Ysgol y Ddôl (ŵ, ŷ) and the views of young people 👍.`,
  );
  return text.replace(anchor, `${anchor}\n\n${paragraphs.join('\n\n')}`);
}

/** Runs the CLI with stdout on a pipe that is not read for the first `holdMs`; returns all it wrote. */
function runPiped(args: string[], holdMs: number): Promise<{ code: number | null; out: Buffer; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let err = '';
    child.stdout.pause();
    setTimeout(() => {
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.stdout.resume();
    }, holdMs);
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out: Buffer.concat(chunks), err }));
  });
}

describe('CLI output through a pipe', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeAll(() => (temp = makeTempDir()));
  afterAll(() => temp.cleanup());

  test('show meeting --json of more than 64 KB arrives whole', async () => {
    const dataDir = path.join(temp.dir, 'store');
    const big = path.join(temp.dir, 'leicester-large.txt');
    fs.writeFileSync(big, largeMinutes());
    const lines: string[] = [];
    expect(await run(['import', LEEDS, big, '--json', '--data-dir', dataDir], (l) => lines.push(l))).toBe(0);
    const outcomes = JSON.parse(lines.join('\n')) as Array<{ status: string; meetingId: number }>;
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
    const meetingId = outcomes[1]?.meetingId as number;

    const { code, out, err } = await runPiped(['show', 'meeting', String(meetingId), '--json', '--data-dir', dataDir], 1500);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(400 * 1024);
    const text = out.toString('utf8');
    const shown = JSON.parse(text) as { id: number; date: string; items: Array<{ number: string; minutesText: string }> };
    expect(shown).toMatchObject({ id: meetingId, date: '2025-01-14' });
    expect(shown.items.map((i) => i.number)).toEqual(Array.from({ length: 13 }, (_, i) => String(109 + i)));
    expect(shown.items[0]?.minutesText).toContain('Members discussed point 2000 of the placement sufficiency strategy');
    expect(text.endsWith('}\n') || text.endsWith('}')).toBe(true);
  }, 120_000);
});
