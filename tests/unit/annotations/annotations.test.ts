import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../../../main/api/handlers';
import { EXPORT_MIME, type ExportFile } from '../../../shared/types/export';
import { dispatch } from '../../../main/api/dispatch';
import { meetingBrief, meetingBriefDocx } from '../../../main/annotations/brief';
import { exportJsonLd, importJsonLd } from '../../../main/annotations/jsonld';
import {
  countsForMeeting,
  createAnnotation,
  createForTarget,
  deleteAnnotation,
  dismissAnnotation,
  getAnnotation,
  listAnnotations,
  needsAttention,
  reattachAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from '../../../main/annotations/store';
import { versionText } from '../../../main/annotations/version-text';
import { importFile } from '../../../main/library/import-file';
import { documentDetail } from '../../../main/papers/store';
import { openStore, type Store } from '../../../main/store/database';
import { makePack, type PackReport } from '../../helpers/make-pack';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
const DATE_LINE = 'Tuesday, 14 January 2025';
const REPEATED = 'Members asked whether the waiting list would be cleared before the end of the financial year.';

// Pages: 1 front, 2 agenda, 3-4 item 115, 5-7 item 117, 8-9 item 118.
const v1Reports: PackReport[] = [
  {
    number: '115',
    title: 'Update on Youth Summit',
    pages: [['Update on Youth Summit', 'Report of the Participation Manager'], ['Young people took part in the summit held at City Hall in November.', 'Access to dentists remained the top concern raised by young people.']],
  },
  {
    number: '117',
    title: 'Placement costs and IMPOWER update',
    pages: [
      ['Placement costs and IMPOWER update', 'Appendix A'],
      ['The service continues foster carer recruitment across the city.', 'Residential placements for children with complex neeeds cost more each year.'],
      ['Sufficiency of local placements was discussed.', REPEATED, 'Officers undertook to reply in writing.'],
    ],
  },
  {
    number: '118',
    title: 'Youth Justice Plan',
    pages: [['Youth Justice Plan'], ['First-time entrants to the youth justice system had fallen to 120.', 'The reoffending rate was discussed.', REPEATED, 'The Chair asked for a briefing note.']],
  },
];

// The revision: a page added to 115 (everything after moves one page on), 117 edited beside one
// passage and a typo fixed inside another, 118 replaced entirely.
const v2Reports: PackReport[] = [
  {
    ...(v1Reports[0] as PackReport),
    pages: [(v1Reports[0] as PackReport).pages[0] as string[], ['An additional page about the summit programme and its workshops.'], (v1Reports[0] as PackReport).pages[1] as string[]],
  },
  {
    ...(v1Reports[1] as PackReport),
    pages: [
      ['Placement costs and IMPOWER update', 'Appendix A'],
      ['The service continues foster carer recruitment across the county and the city.', 'Residential placements for children with complex needs cost more each year.'],
      ['Sufficiency of local placements was discussed.', REPEATED, 'Officers undertook to reply in writing.'],
    ],
  },
  { number: '118', title: 'Youth Justice Plan', pages: [['Youth Justice Plan'], ['This report has been withdrawn and replaced by a verbal update from the Head of Service.']] },
];

/** Quotes as the reader sends them: pdf.js spacing, not PDFium's. */
const q = (exact: string, prefix = '', suffix = '') => ({ exact: exact.replace(/ /g, '  '), prefix, suffix });

describe('annotations on an agenda pack, through a revised pack', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let meetingId: number;
  let documentId: number;
  let v1: number;

  const itemId = (n: string) => store.db.prepare('SELECT id FROM items WHERE meeting_id = ? AND number = ?').pluck().get(meetingId, n) as number;
  const importRevision = async () => {
    const outcome = await importFile(store, { fileName: 'pack-revised.pdf', bytes: await makePack({ committee: COMMITTEE, dateLine: DATE_LINE, reports: v2Reports }) });
    expect(outcome).toMatchObject({ status: 'updated' });
    return store.db.prepare('SELECT id FROM document_versions WHERE document_id = ? AND is_current = 1').pluck().get(documentId) as number;
  };

  beforeEach(async () => {
    temp = makeTempDir();
    store = openStore(temp.dir);
    meetingId = (await importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) })).meetingId as number;
    const outcome = await importFile(store, { fileName: 'pack.pdf', bytes: await makePack({ committee: COMMITTEE, dateLine: DATE_LINE, reports: v1Reports }) });
    expect(outcome).toMatchObject({ status: 'imported', meetingId });
    ({ document_id: documentId, id: v1 } = store.db.prepare('SELECT id, document_id FROM document_versions').get() as { id: number; document_id: number });
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  function annotate() {
    const base = { documentId, versionId: v1 };
    return {
      dentists: createAnnotation(store.db, { ...base, kind: 'highlight', colour: 'green', pageNumber: 4, quote: q('Access to dentists remained the top concern'), rects: [{ x: 50, y: 700, w: 300, h: 12 }] }),
      foster: createAnnotation(store.db, { ...base, kind: 'question', body: 'How many new carers?', tags: ['fostering'], pageNumber: 6, quote: q('foster carer recruitment', 'The service continues ', ' across the city.') }),
      typo: createAnnotation(store.db, { ...base, kind: 'note', body: 'Costs rising', pageNumber: 6, quote: q('Residential placements for children with complex neeeds') }),
      repeated117: createAnnotation(store.db, { ...base, kind: 'question', body: 'When will the list be cleared?', pageNumber: 7, quote: q(REPEATED, 'Sufficiency of local placements was discussed. ', ' Officers undertook') }),
      repeated118: createAnnotation(store.db, { ...base, kind: 'question', body: 'Same question for youth justice', pageNumber: 9, quote: q(REPEATED, 'The reoffending rate was discussed. ', ' The Chair asked') }),
      entrants: createAnnotation(store.db, { ...base, kind: 'highlight', colour: 'pink', pageNumber: 9, quote: q('First-time entrants to the youth justice system had fallen to 120') }),
      pageNote: createForTarget(store.db, { target: 'page', ...base, pageNumber: 6, kind: 'note', body: 'Whole page: compare with last year' }),
      itemNote: createForTarget(store.db, { target: 'item', itemId: itemId('117'), kind: 'note', body: 'Ask about IMPOWER contract' }),
      meetingNote: createForTarget(store.db, { target: 'meeting', meetingId, kind: 'question', body: 'Why was the pack revised?' }),
    };
  }

  test('creating: the reader’s quote is found in the stored page text; page, item and sort key follow', () => {
    const a = annotate();
    const text = versionText(store.db, v1).text;
    expect(a.foster).toMatchObject({ target: 'text', pageNumber: 6, itemId: itemId('117'), meetingId, status: 'anchored', tags: ['fostering'] });
    expect(text.slice(a.foster.position?.start, a.foster.position?.end)).toBe('foster carer recruitment');
    expect(a.foster.quote?.prefix).toMatch(/The service continues $/);
    expect(a.dentists).toMatchObject({ itemId: itemId('115'), rects: [{ x: 50, y: 700, w: 300, h: 12 }], rectsStale: false });
    // The same sentence in two reports: each annotation on its own report.
    expect(a.repeated117.itemId).toBe(itemId('117'));
    expect(a.repeated118).toMatchObject({ itemId: itemId('118'), pageNumber: 9 });
    expect(a.pageNote).toMatchObject({ target: 'page', quote: null, pageNumber: 6 });
    expect(a.itemNote).toMatchObject({ target: 'item', itemId: itemId('117'), meetingId, documentId: null });
    expect(() => createAnnotation(store.db, { documentId, versionId: v1, kind: 'highlight', pageNumber: 4, quote: q('text that is not on the page at all') })).toThrow(/not found on page 4/);
    const order = listAnnotations(store.db, { documentId }).map((x) => x.id);
    expect(order).toEqual([a.dentists.id, a.pageNote.id, a.foster.id, a.typo.id, a.repeated117.id, a.entrants.id, a.repeated118.id]);
    expect(listAnnotations(store.db, { tag: 'Fostering' }).map((x) => x.id)).toEqual([a.foster.id]);
    expect(listAnnotations(store.db, { meetingId, kind: 'question' })).toHaveLength(4);
    expect(countsForMeeting(store.db, meetingId).find((c) => c.itemId === itemId('117'))).toEqual({ itemId: itemId('117'), highlights: 0, notes: 3, questions: 2, unasked: 2, total: 5 });
  });

  test('a revised pack: moved ones at their new place, the replaced report’s orphaned, nothing dropped', async () => {
    const a = annotate();
    const v2 = await importRevision();
    const text = versionText(store.db, v2).text;
    const now = (x: { id: number }) => getAnnotation(store.db, x.id);

    expect(now(a.dentists)).toMatchObject({ versionId: v2, pageNumber: 5, status: 'anchored', rects: [], rectsStale: true, uuid: a.dentists.uuid });
    expect(now(a.foster)).toMatchObject({ versionId: v2, pageNumber: 7, itemId: itemId('117'), status: 'anchored', body: 'How many new carers?' });
    const typo = now(a.typo);
    expect(typo).toMatchObject({ versionId: v2, pageNumber: 7, status: 'anchored', original: { exact: 'Residential placements for children with complex neeeds', pageNumber: 6 } });
    expect(text.slice(typo.position?.start, typo.position?.end)).toBe('Residential placements for children with complex needs');
    expect(now(a.repeated117)).toMatchObject({ versionId: v2, pageNumber: 8, status: 'anchored' });
    // 118 was replaced: its annotations orphan (never onto 117's copy of the same sentence).
    expect(now(a.repeated118)).toMatchObject({ status: 'orphaned', versionId: v1, pageNumber: 9, quote: { exact: REPEATED } });
    expect(now(a.entrants)).toMatchObject({ status: 'orphaned', versionId: v1 });
    expect(now(a.pageNote)).toMatchObject({ versionId: v2, pageNumber: 7, status: 'anchored' });
    expect(now(a.itemNote)).toMatchObject({ target: 'item', status: 'anchored' });
    expect(needsAttention(store.db, meetingId).map((x) => x.id).sort()).toEqual([a.repeated118.id, a.entrants.id].sort());
    expect(listAnnotations(store.db)).toHaveLength(9);
    // The old version stays readable.
    expect(documentDetail(store.db, documentId, v1).version.version).toBe(1);
    expect(versionText(store.db, v1).pages).toHaveLength(9);

    // The member deals with the orphans: one dismissed, one re-attached to the verbal update.
    dismissAnnotation(store.db, a.entrants.id);
    expect(needsAttention(store.db, meetingId).map((x) => x.id)).toEqual([a.repeated118.id]);
    const re = reattachAnnotation(store.db, { id: a.repeated118.id, versionId: v2, pageNumber: 10, quote: q('replaced by a verbal update') });
    expect(re).toMatchObject({ id: a.repeated118.id, uuid: a.repeated118.uuid, status: 'anchored', versionId: v2, pageNumber: 10, itemId: itemId('118'), original: { exact: REPEATED, pageNumber: 9 } });
    expect(needsAttention(store.db)).toHaveLength(0);
  });

  test('update, soft delete and undo keep the row and its uuid', () => {
    const { foster } = annotate();
    const updated = updateAnnotation(store.db, { id: foster.id, body: 'Rephrased', asked: true, tags: ['fostering', 'budget'], colour: 'blue' });
    expect(updated).toMatchObject({ body: 'Rephrased', asked: true, tags: ['budget', 'fostering'], colour: 'blue' });
    deleteAnnotation(store.db, foster.id);
    expect(listAnnotations(store.db, { documentId }).map((x) => x.id)).not.toContain(foster.id);
    expect(getAnnotation(store.db, foster.id).deletedAt).not.toBeNull();
    const restored = restoreAnnotation(store.db, foster.id);
    expect(restored).toMatchObject({ id: foster.id, uuid: foster.uuid, body: 'Rephrased', tags: ['budget', 'fostering'], deletedAt: null });
    expect(listAnnotations(store.db, { documentId }).map((x) => x.id)).toContain(foster.id);
  });

  test('the brief: questions and notes in agenda order, numbered; the DOCX says the same', async () => {
    const a = annotate();
    updateAnnotation(store.db, { id: a.foster.id, asked: true });
    const brief = meetingBrief(store.db, meetingId);
    expect(brief.title).toBe(`Questions and notes — ${COMMITTEE}, Tuesday, 14 January 2025`);
    expect(brief.sections.map((s) => s.item?.id ?? null)).toEqual([null, itemId('117'), itemId('118')]);
    expect(brief.sections.flatMap((s) => s.entries.map((e) => e.id))).toEqual([a.meetingNote.id, a.itemNote.id, a.pageNote.id, a.foster.id, a.typo.id, a.repeated117.id, a.repeated118.id]);
    expect(brief.sections.flatMap((s) => s.entries.filter((e) => e.kind === 'question').map((e) => e.number))).toEqual([1, 2, 3, 4]);
    expect(brief.sections[1]?.entries.find((e) => e.id === a.foster.id)).toMatchObject({ quote: 'foster carer recruitment', pageNumber: 6, documentTitle: 'Agenda pack', asked: true });
    expect(brief).toMatchObject({ questionCount: 4, noteCount: 3 });

    const docx = await meetingBriefDocx(store.db, meetingId);
    // Named after the meeting, as a file name (80 characters at most before the extension).
    expect(docx).toMatchObject({ fileName: 'questions-and-notes-children-young-people-and-education-scrutiny-commission-tues.docx', mimeType: EXPORT_MIME.docx });
    const file = path.join(temp.dir, 'brief.docx');
    fs.writeFileSync(file, docx.bytes);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
    expect(text).toContain(`Questions and notes — ${COMMITTEE}, Tuesday, 14 January 2025`);
    expect(text).toContain(`117. ${brief.sections[1]?.item?.title}`);
    expect(text).toMatch(/☐ 1\. Why was the pack revised\?/);
    expect(text).toMatch(/☒ 2\. How many new carers\?/);
    expect(text).toContain('“foster carer recruitment”');
    expect(text.indexOf('Why was the pack revised?')).toBeLessThan(text.indexOf('How many new carers?'));
    expect(text.indexOf('How many new carers?')).toBeLessThan(text.indexOf('Same question for youth justice'));
    // Quotes are italic and indented.
    expect(xml).toMatch(/<w:ind w:left="720"\/>.*?<w:i\/>.*?“foster carer recruitment”/s);
  });

  test('JSON-LD: W3C Web Annotations; export → wipe → import → export is identical; importing twice never duplicates', async () => {
    const a = annotate();
    updateAnnotation(store.db, { id: a.foster.id, asked: true, tags: ['fostering', 'send'] });
    await importRevision(); // some moved, two orphaned: statuses travel too
    deleteAnnotation(store.db, a.typo.id);
    const exported = exportJsonLd(store.db);
    const doc = JSON.parse(exported) as { type: string; total: number; first: { items: Array<Record<string, unknown>> } };
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: 8 });
    const foster = doc.first.items.find((x) => x.id === `urn:uuid:${a.foster.uuid}`) as Record<string, unknown>;
    const sha = store.db.prepare('SELECT sha256 FROM document_versions WHERE is_current = 1').pluck().get();
    expect(foster).toMatchObject({
      type: 'Annotation',
      motivation: 'questioning',
      body: [{ type: 'TextualBody', value: 'How many new carers?' }, { purpose: 'tagging', value: 'fostering' }, { purpose: 'tagging', value: 'send' }],
      target: {
        source: `urn:sha256:${sha}`,
        selector: [{ type: 'TextQuoteSelector', exact: 'foster carer recruitment' }, { type: 'TextPositionSelector' }, { type: 'FragmentSelector', value: 'page=7' }],
      },
      'scrutineer:kind': 'question',
      'scrutineer:asked': true,
      'scrutineer:tags': ['fostering', 'send'],
    });

    store.db.exec('DELETE FROM annotation_tags; DELETE FROM annotations;');
    expect(importJsonLd(store.db, exported)).toEqual({ created: 8, updated: 0, unchanged: 0, skipped: [] });
    expect(exportJsonLd(store.db)).toBe(exported);
    expect(importJsonLd(store.db, exported)).toEqual({ created: 0, updated: 0, unchanged: 8, skipped: [] });
    expect(store.db.prepare('SELECT COUNT(*) FROM annotations').pluck().get()).toBe(8);

    // A later edit elsewhere wins over the local copy; an unknown paper is reported, not guessed.
    const edited = JSON.parse(exported) as typeof doc;
    const item = edited.first.items.find((x) => x.id === `urn:uuid:${a.foster.uuid}`) as Record<string, unknown>;
    item.modified = '2099-01-01T00:00:00.000Z';
    item.body = [{ type: 'TextualBody', value: 'Edited on the laptop' }];
    item['scrutineer:tags'] = ['laptop'];
    const stranger = { ...item, id: 'urn:uuid:00000000-0000-4000-8000-000000000001', target: { source: `urn:sha256:${'f'.repeat(64)}`, selector: [] } };
    edited.first.items.push(stranger);
    const result = importJsonLd(store.db, JSON.stringify(edited));
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 7, skipped: [{ id: stranger.id, reason: 'its paper is not in the library' }] });
    expect(getAnnotation(store.db, (store.db.prepare('SELECT id FROM annotations WHERE uuid = ?').pluck().get(a.foster.uuid) as number))).toMatchObject({
      body: 'Edited on the laptop',
      tags: ['laptop'],
    });
    expect(() => importJsonLd(store.db, 'not json')).toThrow(/not valid JSON/);
  });

  test('through the API: inputs validated, results typed', async () => {
    const handlers = createHandlers(store);
    const created = await dispatch(handlers, 'annotations.create', { documentId, versionId: v1, kind: 'question', pageNumber: 6, quote: { exact: 'foster carer recruitment' } });
    expect(created).toMatchObject({ ok: true, value: { kind: 'question', pageNumber: 6, colour: 'yellow' } });
    expect(await dispatch(handlers, 'annotations.create', { documentId, versionId: v1, kind: 'highlight', colour: 'purple', pageNumber: 6 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(handlers, 'annotations.createForTarget', { target: 'item', itemId: itemId('117'), kind: 'highlight' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(handlers, 'annotations.delete', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(handlers, 'annotations.counts', { meetingId })).toMatchObject({ ok: true, value: [{ itemId: itemId('117'), questions: 1 }] });
    const docx = await dispatch(handlers, 'annotations.briefDocx', { meetingId });
    expect(docx).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^questions-and-notes-[a-z0-9-]+\.docx$/), mimeType: EXPORT_MIME.docx } });
    const bytes = docx.ok ? (docx.value as ExportFile).bytes : null;
    expect(bytes instanceof Uint8Array && Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    expect(await dispatch(handlers, 'annotations.importJsonLd', { json: '{"oops": true}' })).toMatchObject({ ok: false, error: { code: 'unsupported-file' } });
  });
});
