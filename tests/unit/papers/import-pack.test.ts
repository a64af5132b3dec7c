import fs from 'node:fs';
import path from 'node:path';
import { importFile, pictureUnlessCancelled } from '../../../main/library/import-file';
import { documentDetail, papersForMeeting, unassignedPapers, assignPaper } from '../../../main/papers/store';
import { search } from '../../../main/search/search';
import { openStore, type Store } from '../../../main/store/database';
import { makeBlankPdf, makeEmptyPdf, makeEncryptedPdf } from '../../helpers/make-pdf';
import { makePack } from '../../helpers/make-pack';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';

const reports = (phrase = 'foster carer recruitment') => [
  { number: '115', title: 'Update on Youth Summit', pages: [['Update on Youth Summit', 'Report of the Participation Manager'], ['Young people took part in the summit.']] },
  {
    number: '117',
    title: 'Placement costs and IMPOWER update',
    pages: [['Placement costs and IMPOWER update', 'Appendix A'], [`The service continues ${phrase} across the city.`], ['Residential placements cost more.']],
  },
];

const q = (store: Store, query: string, extra: Partial<Parameters<typeof search>[1]> = {}) =>
  search(store.db, { query, scope: 'all', limit: 50, ...extra });

describe('importing agenda packs', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  beforeEach(() => {
    temp = makeTempDir();
    store = openStore(temp.dir);
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  const importMinutes = () => importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });

  test('a pack is matched to its meeting by its front page, its items mapped to pages, its text searchable', async () => {
    const minutes = await importMinutes();
    const pack = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: reports() });
    const progress: number[] = [];
    const outcome = await importFile(store, { fileName: 'agenda-pack.pdf', bytes: pack }, { onProgress: (done) => progress.push(done) });
    expect(outcome).toMatchObject({ status: 'imported', meetingId: minutes.meetingId });
    expect(outcome.message).toMatch(/Agenda pack: 7 pages/);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);

    const papers = papersForMeeting(store.db, minutes.meetingId as number);
    expect(papers.documents).toHaveLength(1);
    expect(papers.documents[0]).toMatchObject({ title: 'Agenda pack', kind: 'pack', current: { pageCount: 7, textPageCount: 7, version: 1 } });
    const itemId = (n: string) => store.db.prepare('SELECT id FROM items WHERE meeting_id = ? AND number = ?').pluck().get(minutes.meetingId, n);
    expect(papers.reports).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ itemId: itemId('115'), firstPage: 3, lastPage: 4 }),
        expect.objectContaining({ itemId: itemId('117'), firstPage: 5, lastPage: 7 }),
      ]),
    );

    const results = q(store, 'foster carer');
    const pageHits = results.groups.flatMap((g) => g.hits).filter((h) => h.kind === 'page');
    expect(pageHits).toHaveLength(1);
    expect(pageHits[0]).toMatchObject({ pageNumber: 6, documentTitle: 'Agenda pack' });
    const bold = pageHits[0]?.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase());
    expect(bold).toEqual(['foster', 'carer']);
    expect(results.groups[0]?.meeting).toMatchObject({ id: minutes.meetingId, date: '2025-01-14', committeeName: COMMITTEE });
    expect(results.terms).toEqual(['foster', 'carer']);
  });

  test('the same pack twice is one copy; a revised pack is version 2 and only it is searched', async () => {
    await importMinutes();
    const v1 = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: reports('foster carer recruitment') });
    await importFile(store, { fileName: 'pack.pdf', bytes: v1 });
    expect((await importFile(store, { fileName: 'pack-copy.pdf', bytes: v1 })).status).toBe('unchanged');
    const v2 = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: reports('kinship care support') });
    const outcome = await importFile(store, { fileName: 'pack-revised.pdf', bytes: v2 });
    expect(outcome.status).toBe('updated');
    expect(outcome.message).toMatch(/version 2/);
    const docId = store.db.prepare('SELECT id FROM documents').pluck().get() as number;
    const detail = documentDetail(store.db, docId);
    expect(detail.version.version).toBe(2);
    expect(detail.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(q(store, 'kinship').total).toBe(1);
    expect(q(store, '"foster carer recruitment"').total).toBe(0);
    // The old version stays readable.
    expect(documentDetail(store.db, docId, detail.versions[1]?.id).version.version).toBe(1);
    expect(fs.readdirSync(path.join(temp.dir, 'blobs')).length).toBeGreaterThanOrEqual(2);
  });

  test('a pack for an unknown meeting waits under "Papers to file" until the member assigns it', async () => {
    const pack = await makePack({ committee: 'Health Scrutiny Panel', dateLine: 'Monday, 3 March 2025', reports: reports() });
    const outcome = await importFile(store, { fileName: 'pack.pdf', bytes: pack });
    expect(outcome).toMatchObject({ status: 'imported', meetingId: null });
    expect(outcome.message).toMatch(/Papers to file/);
    const [paper] = unassignedPapers(store.db);
    expect(paper).toMatchObject({ kind: 'pack', meetingId: null });
    // Still searchable before it is filed.
    expect(q(store, 'foster').total).toBe(1);
    const minutes = await importMinutes();
    assignPaper(store.db, paper?.id as number, minutes.meetingId as number, null);
    expect(unassignedPapers(store.db)).toHaveLength(0);
    expect(papersForMeeting(store.db, minutes.meetingId as number).reports.length).toBe(2);
  });

  test('a pack that arrives before its minutes makes the meeting, and the minutes then fill it in', async () => {
    await importMinutes();
    const pack = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 11 March 2025', reports: [{ number: '5', title: 'Youth Justice Plan', pages: [['Youth Justice Plan'], ['Detail']] }] });
    const outcome = await importFile(store, { fileName: 'pack.pdf', bytes: pack });
    expect(outcome.meetingId).not.toBeNull();
    const meeting = store.db.prepare('SELECT date, committee_id FROM meetings WHERE id = ?').get(outcome.meetingId) as { date: string };
    expect(meeting.date).toBe('2025-03-11');
  });

  test('scans are kept, readable and marked not searchable; corrupt, truncated and cancelled imports leave nothing', async () => {
    const scan = await importFile(store, { fileName: 'scan.pdf', bytes: await makeBlankPdf(3) });
    expect(scan.status).toBe('imported');
    expect(scan.message).toMatch(/no text layer: not searchable/);
    expect(unassignedPapers(store.db)[0]?.current.textPageCount).toBe(0);

    const count = () => store.db.prepare('SELECT (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM pages)').pluck().get();
    const before = count();
    const corrupt = await importFile(store, { fileName: 'bad.pdf', bytes: new TextEncoder().encode('%PDF-1.7 nonsense') });
    expect(corrupt.status).toBe('failed');
    expect(corrupt.message).toMatch(/not a valid PDF|could not be read/);
    const encrypted = await importFile(store, { fileName: 'exempt.pdf', bytes: await makeEncryptedPdf() });
    expect(encrypted).toMatchObject({ status: 'failed', message: 'The PDF is encrypted with a password, so its text cannot be read.' });
    expect(await importFile(store, { fileName: 'none.pdf', bytes: await makeEmptyPdf() })).toMatchObject({ status: 'failed', message: 'The PDF has no pages.' });
    const pack = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: reports() });
    expect((await importFile(store, { fileName: 'cut.pdf', bytes: pack.subarray(0, Math.floor(pack.length / 3)) })).status).toBe('failed');
    const controller = new AbortController();
    const cancelled = importFile(store, { fileName: 'pack.pdf', bytes: pack }, { signal: controller.signal });
    controller.abort();
    expect(await cancelled).toMatchObject({ status: 'failed', message: 'Cancelled; nothing was kept.' });
    expect(count()).toBe(before);
  });

  test('a cancel pressed while the first page\'s picture is still being made wins: nothing is written before it', async () => {
    const pending = new Promise<null>(() => undefined);
    const controller = new AbortController();
    const waiting = pictureUnlessCancelled(pending, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow();
    await expect(pictureUnlessCancelled(Promise.resolve(null), new AbortController().signal)).resolves.toBeNull();
    const already = new AbortController();
    already.abort();
    expect(() => pictureUnlessCancelled(Promise.resolve(null), already.signal)).toThrow();
  });
});
