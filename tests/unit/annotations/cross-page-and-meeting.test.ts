/**
 * Passages running over several pages (one annotation, rects per page, through a revision and the
 * JSON-LD round trip) and a meeting's annotations in agenda order with those needing attention.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../../../main/api/handlers';
import { dispatch } from '../../../main/api/dispatch';
import { meetingBrief, meetingBriefDocx } from '../../../main/annotations/brief';
import { exportJsonLd, importJsonLd } from '../../../main/annotations/jsonld';
import { meetingAnnotations } from '../../../main/annotations/meeting';
import {
  createAnnotation,
  createForTarget,
  dismissAnnotation,
  getAnnotation,
  listAnnotations,
  reattachAnnotation,
} from '../../../main/annotations/store';
import { pagesOfSpan, versionText } from '../../../main/annotations/version-text';
import { importFile } from '../../../main/library/import-file';
import { openStore, type Store } from '../../../main/store/database';
import { makePack, type PackReport } from '../../helpers/make-pack';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
const DATE_LINE = 'Tuesday, 14 January 2025';

// Pages: 1 front, 2 agenda, 3-4 item 115, 5-7 item 117 (a sentence over 5-6, another over 6-7), 8-9 item 118.
const report115: PackReport = {
  number: '115',
  title: 'Update on Youth Summit',
  pages: [['Update on Youth Summit', 'Report of the Participation Manager'], ['Young people took part in the summit held at City Hall in November.', 'Access to dentists remained the top concern raised by young people.']],
};
const report117: PackReport = {
  number: '117',
  title: 'Placement costs and IMPOWER update',
  pages: [
    ['Placement costs and IMPOWER update', 'The pressure on placement budgets continues to grow'],
    ['into the next financial year as residential costs rise.', 'Officers will report again in March.', 'The forecast overspend is'],
    ['expected to reach four million pounds by the year end.', 'Members asked for a breakdown by placement type.'],
  ],
};
const report118: PackReport = {
  number: '118',
  title: 'Youth Justice Plan',
  pages: [['Youth Justice Plan'], ['First-time entrants to the youth justice system had fallen to 120.', 'The reoffending rate was discussed.']],
};
const replaced118: PackReport = { ...report118, pages: [['Youth Justice Plan'], ['This report has been withdrawn and replaced by a verbal update from the Head of Service.']] };
const insertedPage115: PackReport = { ...report115, pages: [report115.pages[0] as string[], ['An additional page about the summit programme and its workshops.'], report115.pages[1] as string[]] };

/** As pdf.js gives a selection over two pages: its own spacing, and the footer between them. */
const OVER_5_6 = 'The pressure on placement budgets continues to grow Page 5 into the next financial year as residential costs rise.';
const OVER_5_7 = 'continues to grow Page 5 into the next financial year as residential costs rise. Officers will report again in March. The forecast overspend is Page 6 expected to reach four million pounds';

describe('a passage over several pages, and a meeting’s annotations', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let meetingId: number;
  let documentId: number;
  let v1: number;

  const itemId = (n: string) => store.db.prepare('SELECT id FROM items WHERE meeting_id = ? AND number = ?').pluck().get(meetingId, n) as number;
  const revise = async (reports: PackReport[]) => {
    const outcome = await importFile(store, { fileName: 'pack-revised.pdf', bytes: await makePack({ committee: COMMITTEE, dateLine: DATE_LINE, reports }) });
    expect(outcome).toMatchObject({ status: 'updated' });
    return store.db.prepare('SELECT id FROM document_versions WHERE document_id = ? AND is_current = 1').pluck().get(documentId) as number;
  };
  const spread = (extra: object = {}) =>
    createAnnotation(store.db, {
      documentId,
      versionId: v1,
      kind: 'highlight',
      colour: 'blue',
      pageNumber: 5,
      quote: { exact: OVER_5_6, prefix: 'IMPOWER update ', suffix: ' Officers will' },
      rects: [
        { x: 72, y: 700, w: 250, h: 12, page: 5 },
        { x: 72, y: 72, w: 260, h: 12, page: 6 },
        { x: 1, y: 1, w: 1, h: 1, page: 9 }, // not a page the passage is on: left out
      ],
      ...extra,
    });

  beforeEach(async () => {
    temp = makeTempDir();
    store = openStore(temp.dir);
    meetingId = (await importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) })).meetingId as number;
    const outcome = await importFile(store, { fileName: 'pack.pdf', bytes: await makePack({ committee: COMMITTEE, dateLine: DATE_LINE, reports: [report115, report117, report118] }) });
    expect(outcome).toMatchObject({ status: 'imported', meetingId });
    ({ document_id: documentId, id: v1 } = store.db.prepare('SELECT id, document_id FROM document_versions').get() as { id: number; document_id: number });
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  test('pagesOfSpan splits a span at page boundaries', () => {
    // Pages "abc", "de", "fgh" joined by "\n\n": starts 0, 5, 9.
    const bounds = { starts: [0, 5, 9], ends: [3, 7, 12] };
    const text = 'abc\n\nde\n\nfgh';
    expect(pagesOfSpan(bounds, 1, 3, text.slice(1, 3))).toEqual({ first: 1, last: 1, parts: [] });
    expect(pagesOfSpan(bounds, 1, 11, text.slice(1, 11))).toEqual({
      first: 1,
      last: 3,
      parts: [
        { pageNumber: 1, exact: 'bc' },
        { pageNumber: 2, exact: 'de' },
        { pageNumber: 3, exact: 'fg' },
      ],
    });
    // A span ending right at a page's end stays on that page.
    expect(pagesOfSpan(bounds, 5, 7, 'de')).toEqual({ first: 2, last: 2, parts: [] });
  });

  test('a selection over two pages is one annotation: the whole quote, its part on each page, rects per page', () => {
    const a = spread();
    const text = versionText(store.db, v1).text;
    expect(a).toMatchObject({ target: 'text', pageNumber: 5, lastPageNumber: 6, itemId: itemId('117'), colour: 'blue' });
    const stored = text.slice(a.position?.start, a.position?.end);
    expect(a.quote?.exact).toBe(stored);
    expect(stored.replace(/\s+/g, ' ')).toBe(OVER_5_6);
    expect(a.pageParts.map((p) => p.pageNumber)).toEqual([5, 6]);
    expect(a.pageParts[0]?.exact.replace(/\s+/g, ' ')).toBe('The pressure on placement budgets continues to grow Page 5');
    expect(a.pageParts[1]?.exact).toBe('into the next financial year as residential costs rise.');
    expect(a.rects).toEqual([
      { x: 72, y: 700, w: 250, h: 12, page: 5 },
      { x: 72, y: 72, w: 260, h: 12, page: 6 },
    ]);
    expect(listAnnotations(store.db, { documentId })[0]).toEqual(a);

    // Over three pages; and a passage on one page is as before.
    const three = createAnnotation(store.db, { documentId, versionId: v1, kind: 'note', body: 'Overspend', pageNumber: 5, quote: { exact: OVER_5_7, prefix: '', suffix: '' } });
    expect(three).toMatchObject({ pageNumber: 5, lastPageNumber: 7 });
    expect(three.pageParts.map((p) => p.pageNumber)).toEqual([5, 6, 7]);
    expect(three.pageParts[2]?.exact).toBe('expected to reach four million pounds');
    const one = createAnnotation(store.db, { documentId, versionId: v1, kind: 'highlight', pageNumber: 6, quote: { exact: 'Officers will report again in March.', prefix: '', suffix: '' } });
    expect(one).toMatchObject({ pageNumber: 6, lastPageNumber: 6, pageParts: [] });
    // It must start on the page named: the same text is not looked for on the page before.
    expect(() => createAnnotation(store.db, { documentId, versionId: v1, kind: 'highlight', pageNumber: 6, quote: { exact: OVER_5_6, prefix: '', suffix: '' } })).toThrow(
      /not found on page 6/,
    );
  });

  test('a revision that leaves its pages alone keeps the rects; one that moves them moves the passage and asks the reader to redraw', async () => {
    const a = spread();
    const v2 = await revise([report115, report117, replaced118]);
    expect(getAnnotation(store.db, a.id)).toMatchObject({ versionId: v2, pageNumber: 5, lastPageNumber: 6, rectsStale: false, rects: a.rects, status: 'anchored' });

    const v3 = await revise([insertedPage115, report117, replaced118]);
    const moved = getAnnotation(store.db, a.id);
    expect(moved).toMatchObject({ versionId: v3, pageNumber: 6, lastPageNumber: 7, rectsStale: true, rects: [], status: 'anchored', uuid: a.uuid });
    expect(moved.pageParts.map((p) => p.pageNumber)).toEqual([6, 7]);
    expect(moved.pageParts[0]?.exact.replace(/\s+/g, ' ')).toBe('The pressure on placement budgets continues to grow Page 6');
    expect(moved.pageParts[1]?.exact).toBe('into the next financial year as residential costs rise.');

    // Re-attaching onto a selection over two pages keeps the rects for both.
    const re = reattachAnnotation(store.db, {
      id: a.id,
      versionId: v3,
      pageNumber: 7,
      quote: { exact: 'Officers will report again in March. The forecast overspend is Page 7 expected to reach', prefix: '', suffix: '' },
      rects: [
        { x: 72, y: 690, w: 100, h: 12, page: 7 },
        { x: 72, y: 72, w: 100, h: 12, page: 8 },
      ],
    });
    expect(re).toMatchObject({ pageNumber: 7, lastPageNumber: 8, rectsStale: false, rects: [{ page: 7 }, { page: 8 }] });
  });

  test('JSON-LD keeps each rect’s page: export → wipe → import → export is identical', () => {
    const a = spread();
    const exported = exportJsonLd(store.db);
    const item = (JSON.parse(exported) as { first: { items: Array<Record<string, unknown>> } }).first.items[0];
    expect(item?.['scrutineer:rects']).toEqual(a.rects);
    store.db.exec('DELETE FROM annotation_tags; DELETE FROM annotations;');
    expect(importJsonLd(store.db, exported)).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: [] });
    expect(exportJsonLd(store.db)).toBe(exported);
    expect(listAnnotations(store.db)[0]).toMatchObject({ uuid: a.uuid, pageNumber: 5, lastPageNumber: 6, rects: a.rects, pageParts: a.pageParts });
  });

  test('the meeting’s annotations in agenda order; orphans of every paper need attention; dismissed ones are kept', async () => {
    const highlight = spread();
    const question = createAnnotation(store.db, { documentId, versionId: v1, kind: 'question', body: 'Why the overspend?', pageNumber: 5, quote: { exact: OVER_5_7, prefix: '', suffix: '' } });
    const dentists = createAnnotation(store.db, { documentId, versionId: v1, kind: 'note', colour: 'pink', tags: ['health'], pageNumber: 4, quote: { exact: 'Access to dentists remained the top concern', prefix: '', suffix: '' } });
    const entrants = createAnnotation(store.db, { documentId, versionId: v1, kind: 'highlight', pageNumber: 9, quote: { exact: 'First-time entrants to the youth justice system had fallen to 120.', prefix: '', suffix: '' } });
    const reoffending = createAnnotation(store.db, { documentId, versionId: v1, kind: 'question', pageNumber: 9, quote: { exact: 'The reoffending rate was discussed.', prefix: '', suffix: '' } });
    const cover = createForTarget(store.db, { target: 'page', documentId, versionId: v1, pageNumber: 1, kind: 'note', body: 'Pack arrived late' });
    const itemNote = createForTarget(store.db, { target: 'item', itemId: itemId('115'), kind: 'note', body: 'Summit video link?' });
    const meetingQuestion = createForTarget(store.db, { target: 'meeting', meetingId, kind: 'question', body: 'Why was the pack revised?' });

    let view = meetingAnnotations(store.db, meetingId);
    expect(view).toMatchObject({ meetingId, committeeName: COMMITTEE, date: '2025-01-14', needsAttention: [], dismissedCount: 0, documents: [{ id: documentId, title: 'Agenda pack' }] });
    expect(view.sections.map((s) => s.item?.number ?? s.heading)).toEqual(['The meeting as a whole', '115', '117', '118', 'Other pages']);
    expect(view.sections.map((s) => s.entries.map((e) => e.id))).toEqual([
      [meetingQuestion.id],
      [itemNote.id, dentists.id],
      [highlight.id, question.id],
      [entrants.id, reoffending.id],
      [cover.id],
    ]);
    expect(view.sections[2]?.entries[1]).toMatchObject({ lastPageNumber: 7 });

    // 118 replaced: its two passages need attention, the rest stay where they were.
    await revise([report115, report117, replaced118]);
    view = meetingAnnotations(store.db, meetingId);
    expect(view.needsAttention.map((x) => x.id)).toEqual([entrants.id, reoffending.id]);
    expect(view.needsAttention[0]).toMatchObject({ status: 'orphaned', original: { exact: 'First-time entrants to the youth justice system had fallen to 120.', pageNumber: 9 } });
    expect(view.sections.flatMap((s) => s.entries.map((e) => e.id))).not.toContain(entrants.id);
    expect(view.sections.map((s) => s.item?.number ?? s.heading)).toEqual(['The meeting as a whole', '115', '117', 'Other pages']);

    // Dismissed: no longer asks for attention, not listed, but kept (same row, not in the bin) and exported.
    dismissAnnotation(store.db, entrants.id);
    view = meetingAnnotations(store.db, meetingId);
    expect(view.needsAttention.map((x) => x.id)).toEqual([reoffending.id]);
    expect(view.dismissedCount).toBe(1);
    expect(getAnnotation(store.db, entrants.id)).toMatchObject({ uuid: entrants.uuid, status: 'dismissed', deletedAt: null });
    expect(exportJsonLd(store.db)).toContain(`urn:uuid:${entrants.uuid}`);

    // Through the API, as the renderer asks for it.
    const handlers = createHandlers(store);
    expect(await dispatch(handlers, 'annotations.meeting', { meetingId })).toMatchObject({ ok: true, value: { needsAttention: [{ id: reoffending.id }], dismissedCount: 1 } });
    expect(await dispatch(handlers, 'annotations.meeting', { meetingId: 9999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(handlers, 'annotations.create', { documentId, versionId: v1, kind: 'highlight', pageNumber: 5, quote: { exact: 'x' }, rects: [{ x: 0, y: 0, w: 1, h: 1, page: 0 }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  test('the brief names both pages of a question over two pages', async () => {
    createAnnotation(store.db, { documentId, versionId: v1, kind: 'question', body: 'Is the growth in the budget?', pageNumber: 5, quote: { exact: OVER_5_6, prefix: '', suffix: '' } });
    const brief = meetingBrief(store.db, meetingId);
    expect(brief.sections[0]?.entries[0]).toMatchObject({ pageNumber: 5, lastPageNumber: 6 });
    const file = path.join(temp.dir, 'brief.docx');
    fs.writeFileSync(file, (await meetingBriefDocx(store.db, meetingId)).bytes);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('Agenda pack, pages 5–6');
  });
});
