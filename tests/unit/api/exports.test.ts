/**
 * Every export has one shape on the API: an ExportFile (file name, media type, bytes), whatever its
 * format, through the real handlers and the preview bridge's wire format. A new export method must be
 * listed here, so it cannot come back as raw bytes or text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import { dispatch } from '../../../main/api/dispatch';
import { createHandlers, type Handlers } from '../../../main/api/handlers';
import { importFile } from '../../../main/library/import-file';
import { openStore, type Store } from '../../../main/store/database';
import { methods, type Input, type Method } from '../../../shared/contract';
import { EXPORT_MIME, exportText, type ExportFile, type ExportFormat } from '../../../shared/types/export';
import { decodeWire, encodeWire } from '../../../shared/wire';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');

type ExportCase = { method: Method; input: (meetingId: number) => unknown; format: ExportFormat; name: RegExp };
const DAY = String.raw`\d{4}-\d{2}-\d{2}`;
const EXPORTS: ExportCase[] = [
  { method: 'actions.export', input: () => ({ format: 'csv' }), format: 'csv', name: new RegExp(`^actions-${DAY}\\.csv$`) },
  { method: 'actions.export', input: () => ({ format: 'ics' }), format: 'ics', name: new RegExp(`^actions-${DAY}\\.ics$`) },
  { method: 'actions.export', input: () => ({ format: 'docx' }), format: 'docx', name: new RegExp(`^actions-${DAY}\\.docx$`) },
  { method: 'annotations.briefDocx', input: (meetingId) => ({ meetingId }), format: 'docx', name: /^questions-and-notes-[a-z0-9-]+\.docx$/ },
  { method: 'annotations.exportJsonLd', input: () => ({}), format: 'jsonld', name: new RegExp(`^scrutineer-annotations-${DAY}\\.jsonld$`) },
  { method: 'interests.exportRegisterDocx', input: () => ({}), format: 'docx', name: new RegExp(`^register-of-interests-${DAY}\\.docx$`) },
  { method: 'interests.exportDeclarationsCsv', input: () => ({}), format: 'csv', name: new RegExp(`^declarations-${DAY}\\.csv$`) },
  { method: 'backup.exportEverything', input: () => ({ includeConfidential: false }), format: 'zip', name: new RegExp(`^scrutineer-everything-${DAY}\\.zip$`) },
];

describe('exports', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let handlers: Handlers;
  let meetingId: number;
  beforeAll(async () => {
    temp = makeTempDir();
    store = openStore(temp.dir);
    handlers = createHandlers(store);
    const outcome = await importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
    meetingId = outcome.meetingId as number;
  });
  afterAll(() => {
    store.close();
    temp.cleanup();
  });

  test('every export method is one of the cases below', () => {
    const exporting = methods.filter((m) => /export|docx/i.test(m));
    expect([...new Set(EXPORTS.map((e) => e.method))].sort()).toEqual(exporting.sort());
  });

  test.each(EXPORTS.map((e) => [`${e.method} (${e.format})`, e] as const))('%s returns an ExportFile that survives the wire', async (_label, e) => {
    const reply = await dispatch(handlers, e.method, e.input(meetingId) as Input<typeof e.method>);
    if (!reply.ok) throw new Error(reply.error.message);
    const file = reply.value as ExportFile;
    expect(Object.keys(file).sort()).toEqual(['bytes', 'fileName', 'mimeType']);
    expect(file.fileName).toMatch(e.name);
    if (e.method !== 'annotations.briefDocx') expect(file.fileName).toContain(format(new Date(), 'yyyy-MM-dd'));
    expect(file.mimeType).toBe(EXPORT_MIME[e.format]);
    expect(file.bytes).toBeInstanceOf(Uint8Array);
    expect(file.bytes.byteLength).toBeGreaterThan(0);
    if (e.format === 'docx' || e.format === 'zip') expect(Buffer.from(file.bytes.subarray(0, 2)).toString()).toBe('PK');
    if (e.format === 'jsonld') expect(JSON.parse(exportText(file))).toMatchObject({ type: 'AnnotationCollection' });
    if (e.format === 'ics') expect(exportText(file)).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // The preview bridge sends it as JSON with the bytes tagged: it arrives the same.
    const sent = decodeWire(encodeWire(reply)) as { ok: true; value: ExportFile };
    expect(sent.value.fileName).toBe(file.fileName);
    expect(Buffer.from(sent.value.bytes).equals(Buffer.from(file.bytes))).toBe(true);
  });
});
