/**
 * Re-anchoring a member can follow (issue 16, item 6): through real imports of real PDFs into a real
 * store, a note whose passage was reworded in a revised pack is offered the closest passage, accepted
 * in one step; earlier wordings are kept in its history; the import result says what moved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../../main/api/dispatch';
import { createHandlers } from '../../../main/api/handlers';
import { createAnnotation, getAnnotation } from '../../../main/annotations/store';
import { closestPassage, suggestPassage } from '../../../main/annotations/suggest';
import { purgeDocumentsIn } from '../../../main/confidential/confidential';
import { importFile } from '../../../main/library/import-file';
import { openStore, type Store } from '../../../main/store/database';
import { makePack, type PackReport } from '../../helpers/make-pack';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';
const DATE_LINE = 'Tuesday, 14 January 2025';

const OLD_PLEDGE = 'The council will review the home to school transport policy by March 2026 and report to this Commission.';
const NEW_PLEDGE = 'The council will review its home to school transport policy by June 2026 and report back to the Commission.';

const v1: PackReport[] = [
  { number: '115', title: 'Transport', pages: [['Transport'], ['Demand for transport rose by a tenth this year.', OLD_PLEDGE, 'Costs are reported quarterly.']] },
  { number: '117', title: 'Placements', pages: [['Placements'], ['Residential placements for children with complex neeeds cost more each year.']] },
  { number: '118', title: 'Youth Justice Plan', pages: [['Youth Justice Plan'], ['First-time entrants to the youth justice system had fallen to 120.']] },
];
const v2: PackReport[] = [
  { number: '115', title: 'Transport', pages: [['Transport'], ['Demand for transport rose sharply this year, by over a tenth.', 'Officers gave an update.', NEW_PLEDGE, 'Costs are now reported monthly.']] },
  { number: '117', title: 'Placements', pages: [['Placements'], ['Residential placements for children with complex needs cost more each year.']] },
  { number: '118', title: 'Youth Justice Plan', pages: [['Youth Justice Plan'], ['This report has been withdrawn and replaced by a verbal update.']] },
];

describe('a revised pack: what moved, what needs attention, and where it probably went', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let documentId: number;
  let version1: number;

  beforeEach(async () => {
    temp = makeTempDir();
    store = openStore(temp.dir);
    await importFile(store, { fileName: path.basename(LEICESTER), bytes: fs.readFileSync(LEICESTER) });
    const first = await importFile(store, { fileName: 'pack.pdf', bytes: await makePack({ committee: COMMITTEE, dateLine: DATE_LINE, reports: v1 }) });
    expect(first.status).toBe('imported');
    expect(first.annotations).toBeUndefined();
    ({ document_id: documentId, id: version1 } = store.db.prepare('SELECT id, document_id FROM document_versions').get() as { id: number; document_id: number });
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  const annotate = () => ({
    pledge: createAnnotation(store.db, { documentId, versionId: version1, kind: 'question', body: 'Will March slip?', pageNumber: 4, quote: { exact: OLD_PLEDGE, prefix: '', suffix: '' } }),
    typo: createAnnotation(store.db, { documentId, versionId: version1, kind: 'note', body: 'Costs rising', pageNumber: 6, quote: { exact: 'Residential placements for children with complex neeeds', prefix: '', suffix: '' } }),
    entrants: createAnnotation(store.db, { documentId, versionId: version1, kind: 'highlight', colour: 'pink', pageNumber: 8, quote: { exact: 'First-time entrants to the youth justice system had fallen to 120', prefix: '', suffix: '' } }),
  });
  const importRevision = async () => importFile(store, { fileName: 'pack-revised.pdf', bytes: await makePack({ committee: COMMITTEE, dateLine: DATE_LINE, reports: v2 }) });

  test('the import result counts the annotations that moved and those that need attention', async () => {
    annotate();
    const outcome = await importRevision();
    expect(outcome).toMatchObject({ status: 'updated', annotations: { moved: 1, needAttention: 2 } });
    expect(outcome.message).toContain('your 3 annotations: 1 moved to this version, 2 need attention (the passage changed)');
  });

  test('a moved passage whose words changed keeps the earlier wording in its history', async () => {
    const a = annotate();
    await importRevision();
    const typo = getAnnotation(store.db, a.typo.id);
    expect(typo).toMatchObject({ status: 'anchored', quote: { exact: 'Residential placements for children with complex needs' } });
    expect(typo.earlierQuotes).toEqual([
      expect.objectContaining({ exact: 'Residential placements for children with complex neeeds', version: 1, pageNumber: 6, reason: 'moved' }),
    ]);
    // Moved without a change of words: no history.
    expect(getAnnotation(store.db, a.pledge.id).earlierQuotes).toEqual([]);
  });

  test('a reworded passage: the closest passage is offered, and accepting it re-attaches the note with the old words kept', async () => {
    const a = annotate();
    await importRevision();
    expect(getAnnotation(store.db, a.pledge.id).status).toBe('orphaned');
    const handlers = createHandlers(store);
    // Through the API as the renderer asks; the same answer as the domain function gives.
    const offered = suggestPassage(store.db, a.pledge.id);
    expect(await dispatch(handlers, 'annotations.suggest', { id: a.pledge.id })).toEqual({ ok: true, value: offered });
    const c = offered.candidate;
    expect(offered.was).toEqual({ exact: OLD_PLEDGE, pageNumber: 4, version: 1 });
    expect(c).toMatchObject({ version: 2, pageNumber: 4, quote: { exact: NEW_PLEDGE } });
    expect(c?.similarity).toBeGreaterThan(0.7);
    expect(c?.similarity).toBeLessThan(1);
    if (!c) return;

    const accepted = await dispatch(handlers, 'annotations.reattach', { id: a.pledge.id, versionId: c.versionId, pageNumber: c.pageNumber, quote: c.quote });
    expect(accepted).toMatchObject({ ok: true, value: { status: 'anchored', body: 'Will March slip?', quote: { exact: NEW_PLEDGE }, rectsStale: true } });
    expect(getAnnotation(store.db, a.pledge.id).earlierQuotes).toEqual([expect.objectContaining({ exact: OLD_PLEDGE, version: 1, reason: 'reattached' })]);
    // Now anchored on the current version: nothing more to suggest.
    expect(suggestPassage(store.db, a.pledge.id).candidate).toBeNull();
  });

  test('nothing close enough: no suggestion rather than a guess', async () => {
    const a = annotate();
    await importRevision();
    expect(getAnnotation(store.db, a.entrants.id).status).toBe('orphaned');
    expect(suggestPassage(store.db, a.entrants.id)).toMatchObject({ candidate: null, was: { exact: 'First-time entrants to the youth justice system had fallen to 120' } });
    expect(await dispatch(createHandlers(store), 'annotations.suggest', { id: 9999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  test('purging a confidential paper deletes the earlier wordings too', async () => {
    const a = annotate();
    await importRevision();
    expect(store.db.prepare('SELECT COUNT(*) FROM annotation_quotes').pluck().get()).toBe(1);
    store.db.transaction(() => purgeDocumentsIn(store.db, [documentId], new Date().toISOString()))();
    expect(store.db.prepare('SELECT COUNT(*) FROM annotation_quotes').pluck().get()).toBe(0);
    expect(getAnnotation(store.db, a.typo.id).earlierQuotes).toEqual([]);
  });
});

describe('closestPassage', () => {
  test('the fewest edits wins, widened to whole words; re-wrapped whitespace does not count', () => {
    const text = 'Intro.\n\nThe council will review its home to school\ntransport policy by June 2026 and report back.\n\nOther text about placements.';
    const found = closestPassage(text, 'The council will review the home to school transport policy by March 2026 and report back.', 40);
    expect(found && text.slice(found.start, found.end)).toBe('The council will review its home to school\ntransport policy by June 2026 and report back.');
  });
  test('nothing offered below half the wording', () => {
    expect(closestPassage('Entirely unrelated words about the weather in Leicester this week.', 'The council will review the transport policy by March 2026.', 0)).toBeNull();
  });
});
