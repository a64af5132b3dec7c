/** `npm run cli -- search QUERY [--committee ID] [--from DATE] [--to DATE] [--limit N] [--json]` on a real store. */
import { run } from '../../../main/cli';
import { cliDate } from '../../../main/cli/search';
import { writeVersion } from '../../../main/papers/store';
import { openStore } from '../../../main/store/database';
import { makeTempDir } from '../../helpers/temp-dir';

jest.setTimeout(60_000);

const stamp = '2025-01-01T00:00:00.000Z';
let dir: string;
let cleanup: () => void;
let itemId: number;

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run([...args, '--data-dir', dir], (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}

beforeAll(() => {
  ({ dir, cleanup } = makeTempDir());
  const store = openStore(dir);
  const db = store.db;
  db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, 'Anytown', 'anytown', '${stamp}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Children Scrutiny', 'children scrutiny', '${stamp}'), (2, 1, 'Budget Scrutiny', 'budget scrutiny', '${stamp}')`);
  const meeting = db.prepare('INSERT INTO meetings (committee_id, identity_key, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const a = Number(meeting.run(1, 'a', '2025-01-14', stamp, stamp).lastInsertRowid);
  const b = Number(meeting.run(2, 'b', '2025-03-04', stamp, stamp).lastInsertRowid);
  writeVersion(db, { meetingId: a, itemId: null, kind: 'pack', title: 'Agenda pack', sha256: 'a'.repeat(64), fileName: 'a.pdf', byteSize: 0, pages: ['Cover', 'Residential placements rose.'] });
  writeVersion(db, { meetingId: b, itemId: null, kind: 'pack', title: 'Budget pack', sha256: 'b'.repeat(64), fileName: 'b.pdf', byteSize: 0, pages: ['The placement budget.'] });
  itemId = Number(
    db.prepare("INSERT INTO items (meeting_id, identity_key, number, title, exempt, truncated, agenda_text, minutes_text, position) VALUES (?, 'p', '5', 'Placements', 0, 0, '', 'Members discussed placement costs.', 1)").run(b).lastInsertRowid,
  );
  store.close();
});
afterAll(() => cleanup());

test('--json prints the total and each result: meeting, document and page (null for minutes)', async () => {
  const { code, out } = await cli(['search', 'placements', '--json']);
  expect(code).toBe(0);
  const parsed = JSON.parse(out) as { total: number; results: Array<{ meetingId: number; documentId: number | null; page: number | null; itemId: number | null; snippet: string }> };
  expect(parsed.total).toBe(3);
  expect(parsed.results).toHaveLength(3);
  const minutes = parsed.results.find((r) => r.itemId === itemId);
  expect(minutes).toMatchObject({ documentId: null, page: null });
  expect(parsed.results.filter((r) => r.page !== null).map((r) => r.page).sort()).toEqual([1, 2]);
  for (const r of parsed.results) expect(r.snippet).toMatch(/[Pp]lacement/);
});

test('--committee, --from and --to (DD/MM/YYYY or YYYY-MM-DD) and --limit', async () => {
  const one = JSON.parse((await cli(['search', 'placements', '--committee', '1', '--json'])).out) as { total: number };
  expect(one.total).toBe(1);
  expect((JSON.parse((await cli(['search', 'placements', '--from', '01/02/2025', '--json'])).out) as { total: number }).total).toBe(2);
  expect((JSON.parse((await cli(['search', 'placements', '--to', '2025-02-01', '--json'])).out) as { total: number }).total).toBe(1);
  const limited = JSON.parse((await cli(['search', 'placements', '--limit', '1', '--json'])).out) as { total: number; results: unknown[] };
  expect(limited).toMatchObject({ total: 3 });
  expect(limited.results).toHaveLength(1);
  const human = await cli(['search', 'placements']);
  expect(human.out).toMatch(/^3 results in 2 meetings/);
  await expect(cli(['search', 'placements', '--from', '31/02/2025'])).rejects.toThrow(/DD\/MM\/YYYY/);
  await expect(cli(['search'])).rejects.toThrow(/search needs something/);
});

test('cliDate takes UK and ISO dates and refuses others', () => {
  expect(cliDate('14/01/2025')).toBe('2025-01-14');
  expect(cliDate('2025-01-14')).toBe('2025-01-14');
  expect(cliDate('01/14/2025')).toBeNull();
  expect(cliDate('yesterday')).toBeNull();
});
