/**
 * Council sync end to end in the domain: a real store (temp folder), the real HTTPS client and the
 * ModernGov stand-in serving the real Gloucester and Manchester responses and generated PDFs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotation, listAnnotations } from '../../../main/annotations/store';
import { importFile } from '../../../main/library/import-file';
import { editMeeting, mergeMeetings } from '../../../main/library/corrections';
import { meetingDetail } from '../../../main/library/queries';
import { papersForMeeting } from '../../../main/papers/store';
import { connectCouncil } from '../../../main/sync/connect';
import { SyncRunner } from '../../../main/sync/run';
import { listSites, setFollow } from '../../../main/sync/store';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';
import { NOW, SYNC_FROM, client, followCabinet, makeWorld, runSync, snapshot, type World } from './setup';

const meetingOn = (w: World, date: string) => w.store.db.prepare('SELECT id FROM meetings WHERE date = ?').pluck().get(date) as number | undefined;
const count = (w: World, sql: string, ...params: unknown[]) => w.store.db.prepare(sql).pluck().get(...params) as number;
const documentOf = (w: World, attachmentId: number) =>
  w.store.db.prepare('SELECT document_id FROM sync_documents WHERE attachment_id = ?').pluck().get(attachmentId) as number;

describe('council sync against the ModernGov stand-in', () => {
  let w: World;
  beforeEach(async () => (w = await makeWorld()));
  afterEach(async () => w.cleanup());

  test('first sync brings meetings with items, minutes, attendees and PDFs into the library', async () => {
    const syncId = await followCabinet(w);
    const report = await runSync(w);
    expect(report.status).toBe('done');
    expect(report.committees[0]).toMatchObject({ title: 'Cabinet', ok: true, meetingsNew: 2, documentsNew: 7, meetingsFailed: 0 });

    const id = meetingOn(w, '2025-11-21');
    expect(id).toBeDefined();
    const m = meetingDetail(w.store.db, id as number);
    expect(m.council.name).toBe('Gloucester City Council');
    expect(m.committee.name).toBe('Cabinet');
    expect(m.startTime).toBe('12:30');
    expect(m.venue).toBe('Civic Suite, North Warehouse, The Docks, Gloucester, GL1 2EP');
    expect(m.cancelledAt).toBeNull();
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['51', 'Declarations of Interest'],
      ['52', 'Public Question Time (15 minutes)'],
      ['53', 'Petitions and Deputations (15 minutes)'],
      ['54', "Leader and Cabinet Members' Question Time (15 minutes)"],
      ['55', 'Final Proposals for Local Government Reorganisation in Gloucestershire'],
    ]);
    expect(m.items[0]?.minutesText).toBe('There were no declarations of interest.');
    // Item HTML is stored as text: nothing of the council's markup survives to be displayed.
    expect(JSON.stringify(m)).not.toMatch(/<\/?(?:p|span|div|a)\b|&lt;|&amp;|MsoNormal|&#39;/);
    expect(m.attendance.find((a) => a.name === 'Jeremy Hilton')).toEqual({ name: 'Jeremy Hilton', status: 'present', role: 'Chair' });
    expect(m.attendance.filter((a) => a.status === 'in-attendance').map((a) => a.name)).toContain('Jon McGinty');
    expect(m.otherDecisions.length + m.items.flatMap((i) => i.decisions).length).toBeGreaterThan(0);

    const papers = papersForMeeting(w.store.db, id as number);
    expect(papers.documents).toHaveLength(7);
    const questions = papers.documents.find((d) => d.title === 'Cabinet - Public Questions');
    expect(questions?.itemId).toBe(m.items[1]?.id);
    expect(questions?.current.pageCount).toBe(2);
    const pageText = w.store.db.prepare('SELECT text FROM pages WHERE version_id = ? AND page_number = 1').pluck().get(questions?.current.id) as string;
    expect(pageText).toContain('Report reference 65461');

    // The upcoming meeting whose agenda is not yet published is on the calendar, with no items.
    const upcoming = meetingOn(w, '2025-12-10');
    expect(meetingDetail(w.store.db, upcoming as number).items).toEqual([]);

    // Offline afterwards: the stand-in is gone and everything is still readable from the store.
    await w.standin.close();
    expect(meetingDetail(w.store.db, id as number).items).toHaveLength(5);

    const site = listSites(w.store.db)[0];
    const cabinet = site?.committees.find((c) => c.id === syncId);
    expect(cabinet).toMatchObject({ followed: true, mine: true, meetingCount: 2, lastError: null });
    expect(cabinet?.lastSyncedAt).toEqual(expect.any(String));
    expect(count(w, 'SELECT is_mine FROM committees WHERE id = ?', cabinet?.libraryCommitteeId)).toBe(1);
    // Polite: one request at a time, and every one says who is asking.
    expect(w.standin.maxConcurrent).toBe(1);
    expect(w.standin.requests.every((r) => /^Scrutineer\/\d+\.\d+\.\d+ \(/.test(r.userAgent))).toBe(true);
  });

  test('a second sync fetches only what changed; a background run does not ask again for a settled meeting', async () => {
    await followCabinet(w);
    await runSync(w);
    const before = snapshot(w.store);
    w.standin.requests.length = 0;

    const again = await runSync(w);
    expect(again.status).toBe('done');
    expect(again.committees[0]).toMatchObject({ meetingsNew: 0, meetingsUpdated: 0, meetingsUnchanged: 2, documentsUnchanged: 7, documentsNew: 0, documentsChanged: 0 });
    // Documents are re-checked with If-None-Match and answered 304: no PDF is downloaded again.
    expect(w.standin.pdfBodies()).toBe(0);
    const pdfChecks = w.standin.requests.filter((r) => r.path.includes('mgConvert2PDF'));
    expect(pdfChecks).toHaveLength(7);
    expect(pdfChecks.every((r) => r.conditional && r.status === 304)).toBe(true);
    expect(snapshot(w.store)).toBe(before);

    // Two months on, the 21 November meeting (minutes published) is settled: background runs check
    // it once a week, and otherwise list the meetings and ask only for the one still to come.
    const background = (at: string) => new SyncRunner(w.store, { client: client(w), now: () => new Date(at) }).run({ jobId: 'bg', trigger: 'background' });
    await background('2026-02-10T10:00:00Z');
    w.standin.requests.length = 0;
    await background('2026-02-10T14:00:00Z');
    expect(w.standin.requests.map((r) => r.path.replace(/\?.*/, '') + (r.path.includes('lMeetingId') ? r.path.replace(/.*lMeetingId=/, '#') : ''))).toEqual([
      '/mgWebService.asmx/GetMeetings',
      '/mgWebService.asmx/GetMeeting#7610',
    ]);
    expect(snapshot(w.store)).toBe(before);
  });

  test('a changed document becomes a new version and the member’s highlight re-anchors to it', async () => {
    await followCabinet(w);
    await runSync(w);
    const documentId = documentOf(w, 65412);
    const v1 = count(w, 'SELECT id FROM document_versions WHERE document_id = ? AND is_current = 1', documentId);
    const highlight = createAnnotation(w.store.db, {
      documentId,
      versionId: v1,
      kind: 'highlight',
      pageNumber: 2,
      quote: { exact: 'financial case for each option', prefix: '', suffix: '' },
    });
    expect(highlight.pageNumber).toBe(2);

    w.standin.faults.revisions.set(65412, 2);
    w.standin.requests.length = 0;
    const report = await runSync(w);
    expect(report.committees[0]).toMatchObject({ documentsChanged: 1, documentsUnchanged: 6, meetingsUpdated: 0, annotationsMoved: 1, annotationsNeedingAttention: 0 });
    expect(report.committees[0]?.message).toBe('1 changed document (new version), 1 annotation moved to new versions.');
    expect(w.standin.pdfBodies()).toBe(1);

    const versions = w.store.db.prepare('SELECT version, is_current FROM document_versions WHERE document_id = ? ORDER BY version').all(documentId);
    expect(versions).toEqual([
      { version: 1, is_current: 0 },
      { version: 2, is_current: 1 },
    ]);
    const [moved] = listAnnotations(w.store.db, { documentId });
    expect(moved?.id).toBe(highlight.id);
    expect(moved?.status).toBe('anchored');
    expect(moved?.versionId).not.toBe(v1);
    expect(moved?.pageNumber).toBe(3);
    expect(moved?.quote?.exact).toBe('financial case for each option');
  });

  test('a cancelled meeting is marked, not deleted: items and the member’s notes stay; reinstated, the mark goes', async () => {
    await followCabinet(w);
    await runSync(w);
    const id = meetingOn(w, '2025-11-21') as number;
    const documentId = documentOf(w, 65461);
    const versionId = count(w, 'SELECT id FROM document_versions WHERE document_id = ?', documentId);
    createAnnotation(w.store.db, { documentId, versionId, kind: 'note', pageNumber: 1, body: 'Ask about buses' });

    w.standin.faults.cancelled.add(7837);
    const report = await runSync(w);
    expect(report.committees[0]?.meetingsCancelled).toBe(1);
    const m = meetingDetail(w.store.db, id);
    expect(m.cancelledAt).toEqual(expect.any(String));
    expect(m.items).toHaveLength(5);
    expect(listAnnotations(w.store.db, { documentId })).toHaveLength(1);

    w.standin.faults.cancelled.clear();
    await runSync(w);
    expect(meetingDetail(w.store.db, id).cancelledAt).toBeNull();
  });

  describe('every fault leaves the store as it was, with a clear message', () => {
    const faults: Array<[string, (w: World) => void, RegExp]> = [
      ['a slow server', (w) => (w.standin.faults.slow = { match: /GetMeeting\?lMeetingId=7837/, ms: 2500 }), /stopped answering for 2 seconds/],
      ['a 500 error', (w) => (w.standin.faults.error500 = /ID=65413/), /had an error while giving “Appendix 1 Option 1 - Single Countywide Unitary” \(500\)/],
      ['truncated XML', (w) => (w.standin.faults.truncated = /GetMeeting\?lMeetingId=7837/), /The meeting of 21 November 2025 arrived incomplete or damaged/],
      ['an HTML page instead of XML', (w) => (w.standin.faults.html = /GetMeetings/), /sent a web page \(“Site under maintenance”\) instead of the meetings of Cabinet/],
      ['a dropped connection', (w) => ((w.standin.faults.dropped = /ID=65415/), w.standin.faults.revisions.set(65415, 2)), /connection to 127\.0\.0\.1:\d+ was dropped before all of “Appendix 3 Option 3/],
      ['a long Retry-After', (w) => (w.standin.faults.retryAfter = { match: /GetMeetings/, seconds: 3600, times: 9 }), /asked Scrutineer to wait 60 minutes/],
    ];
    // One world synced once; each fault is set, run into, and cleared.
    let shared: World;
    let before: string;
    beforeAll(async () => {
      shared = await makeWorld();
      await followCabinet(shared);
      await runSync(shared);
      before = snapshot(shared.store);
    });
    afterAll(async () => shared.cleanup());
    afterEach(() => shared.standin.reset());
    test.each(faults)('%s', async (_name, arrange, message) => {
      const w = shared;
      arrange(w);
      const report = await runSync(w);
      expect(report.status).toBe('failed');
      expect(report.committees[0]?.ok).toBe(false);
      expect(report.committees[0]?.message).toMatch(message);
      expect(report.message).toMatch(message);
      expect(snapshot(w.store)).toBe(before);
      const status = listSites(w.store.db)[0]?.committees.find((c) => c.followed);
      expect(status?.lastError).toMatch(message);
      expect(status?.lastSyncedAt).toEqual(expect.any(String));
    });
  });

  test('a failure during the first sync leaves no partial meeting; the next run completes it', async () => {
    await followCabinet(w);
    w.standin.faults.error500 = /ID=65414/;
    const failed = await runSync(w);
    expect(failed.status).toBe('failed');
    expect(failed.committees[0]).toMatchObject({ meetingsNew: 1, meetingsFailed: 1 });
    expect(meetingOn(w, '2025-11-21')).toBeUndefined();
    expect(count(w, 'SELECT COUNT(*) FROM documents')).toBe(0);
    expect(count(w, 'SELECT COUNT(*) FROM items')).toBe(0);
    expect(meetingOn(w, '2025-12-10')).toBeDefined();
    expect(count(w, "SELECT COUNT(*) FROM sync_journal WHERE state = 'failed' AND remote_meeting_id = 7837")).toBe(1);

    w.standin.reset();
    const done = await runSync(w);
    expect(done.status).toBe('done');
    expect(papersForMeeting(w.store.db, meetingOn(w, '2025-11-21') as number).documents).toHaveLength(7);
  });

  test('Retry-After is honoured: the request is repeated after the wait and the run succeeds', async () => {
    await followCabinet(w);
    w.standin.faults.retryAfter = { match: /GetMeetings/, seconds: 1, times: 1 };
    const report = await runSync(w);
    expect(report.status).toBe('done');
    const listings = w.standin.requests.filter((r) => r.path.includes('GetMeetings?'));
    expect(listings.map((r) => r.status)).toEqual([503, 200]);
    expect((listings[1]?.at ?? 0) - (listings[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  test('a meeting saved by hand that names no council is never adopted by sync; the member merges them, and a later copy by hand goes to the merged meeting', async () => {
    const xml = fs.readFileSync(path.join(SHARED_FIXTURES, 'moderngov/gloucester/GetMeeting_7837.xml'));
    const manual = await importFile(w.store, { fileName: 'GetMeeting_7837.xml', bytes: new Uint8Array(xml) });
    expect(manual.status).toBe('imported');
    const before = JSON.stringify(meetingDetail(w.store.db, manual.meetingId as number));
    await followCabinet(w);
    await runSync(w);
    // Two meetings: the one saved by hand stays as it was, under "council not stated".
    expect(count(w, "SELECT COUNT(*) FROM meetings WHERE date = '2025-11-21'")).toBe(2);
    expect(JSON.stringify(meetingDetail(w.store.db, manual.meetingId as number))).toBe(before);
    expect(meetingDetail(w.store.db, manual.meetingId as number).council.name).toBeNull();
    const synced = w.store.db.prepare("SELECT id FROM meetings WHERE date = '2025-11-21' AND id <> ?").pluck().get(manual.meetingId) as number;
    expect(meetingDetail(w.store.db, synced).council.name).toBe('Gloucester City Council');

    // The member knows they are one.
    mergeMeetings(w.store.db, synced, manual.meetingId as number);
    expect(count(w, "SELECT COUNT(*) FROM meetings WHERE date = '2025-11-21'")).toBe(1);
    const again = await importFile(w.store, { fileName: 'copy-of-7837.xml', bytes: new Uint8Array(xml) });
    expect(again.meetingId).toBe(synced);
    await runSync(w);
    expect(count(w, "SELECT COUNT(*) FROM meetings WHERE date = '2025-11-21'")).toBe(1);
  });

  test('details the member corrected on a synced meeting survive the next sync that rewrites it', async () => {
    await followCabinet(w);
    await runSync(w);
    const id = meetingOn(w, '2025-11-21') as number;
    editMeeting(w.store.db, id, { venue: 'Council Chamber, Shire Hall', date: '2025-11-20', startTime: '18:00' });
    w.standin.faults.cancelled.add(7837);
    const report = await runSync(w);
    expect(report.committees[0]?.meetingsCancelled).toBe(1);
    const m = meetingDetail(w.store.db, id);
    expect(m).toMatchObject({ venue: 'Council Chamber, Shire Hall', date: '2025-11-20', startTime: '18:00', cancelledAt: expect.any(String) });
    expect(m.items).toHaveLength(5);
    expect(count(w, "SELECT COUNT(*) FROM meetings WHERE date IN ('2025-11-20', '2025-11-21')")).toBe(1);
  });

  test('a site under a sub-path (Manchester) syncs the same way', async () => {
    const council = await connectCouncil(w.store, { url: `${w.standin.manchesterUrl}/ieListDocuments.aspx?CId=1&MId=4967`, syncFrom: '2026-01-01' }, client(w), NOW);
    expect(council.baseUrl).toBe(w.standin.manchesterUrl);
    expect(council.committees.map((c) => c.title)).toEqual(['Audit Committee']);
    setFollow(w.store.db, council.committees[0]?.id as number, true);
    const report = await runSync(w);
    expect(report.status).toBe('done');
    const id = meetingOn(w, '2026-02-10') as number;
    const m = meetingDetail(w.store.db, id);
    expect(m.items.map((i) => i.title)).toEqual(['Minutes', 'Work Programme']);
    expect(papersForMeeting(w.store.db, id).documents.map((d) => d.title)).toEqual([
      '6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025',
      'DRAFT WP FEBRUARY 2026',
    ]);
    expect(w.standin.requests.every((r) => r.path.startsWith('/manchester/'))).toBe(true);
  });

  test('connecting: a site that is not ModernGov, an http address and an untrusted certificate are refused clearly', async () => {
    await expect(connectCouncil(w.store, { url: `http://127.0.0.1:1` }, client(w))).rejects.toThrow(/only connects to councils over https/);
    await expect(connectCouncil(w.store, { url: w.standin.url }, { ...client(w), ca: undefined })).rejects.toThrow(
      /did not present a certificate Scrutineer can trust \(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE/,
    );
    w.standin.faults.notModernGov = 'home-page';
    await expect(connectCouncil(w.store, { url: w.standin.url }, client(w))).rejects.toThrow(/does not look like a ModernGov site: it answered with a web page/);
    w.standin.faults.notModernGov = 'not-found';
    await expect(connectCouncil(w.store, { url: w.standin.url }, client(w))).rejects.toThrow(/has no ModernGov web service where Scrutineer looked/);
    expect(count(w, 'SELECT COUNT(*) FROM sync_councils')).toBe(0);
    expect(SYNC_FROM).toBe('2025-11-13');
  });
});
