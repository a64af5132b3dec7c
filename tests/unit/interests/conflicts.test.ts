import { dismissWarning, meetingWarnings, restoreWarning } from '../../../main/interests/conflicts';
import { saveInterest } from '../../../main/interests/register';
import { DECLARATION_GUIDANCE } from '../../../shared/types/interests';
import { draft, library, type TestLibrary } from './setup';

const text = (snippet: Array<{ text: string }>) => snippet.map((s) => s.text).join('');

describe('possible interests in a meeting', () => {
  let lib: TestLibrary;
  beforeAll(async () => {
    lib = await library();
  });
  afterAll(() => lib.cleanup());
  afterEach(() => {
    lib.store.db.exec('DELETE FROM interest_dismissals; DELETE FROM interests;');
  });

  test('a school on the register is found in the minutes and on its pack page, tied to the right items', () => {
    const school = saveInterest(lib.store.db, draft());
    const result = meetingWarnings(lib.store.db, lib.meetingId);
    expect(result.interestsChecked).toBe(1);
    expect(result.dismissed).toEqual([]);
    const byItem = new Map(result.active.map((w) => [w.item?.number ?? null, w]));
    // Item 110: the minutes record Dr Moore's declaration about the school.
    const declarationsItem = byItem.get('110');
    expect(declarationsItem?.hits[0]).toMatchObject({ term: 'Millgate School', source: { kind: 'item', field: 'minutes' } });
    // Item 117: page 6 of the pack (the item ↔ page map puts 117 on pages 5–7).
    const report = byItem.get('117');
    expect(report).toBeDefined();
    expect(report?.interest).toMatchObject({ id: school.id, category: 'other-registrable', description: 'School governor, Millgate School' });
    expect(report?.item).toMatchObject({ id: lib.itemId('117'), title: 'Placement costs and IMPOWER update' });
    expect(report?.hits).toHaveLength(1);
    const hit = report?.hits[0];
    expect(hit?.source).toMatchObject({ kind: 'page', documentTitle: 'Agenda pack', pageNumber: 6 });
    expect(hit?.term).toBe('Millgate School');
    expect(hit?.passage.filter((s) => s.hit).map((s) => s.text)).toEqual(['Millgate School']);
    expect(text(hit?.passage ?? [])).toContain('Places at Millgate School will be commissioned');
    expect(report?.suggestedCategory).toBe('other-registrable');
    expect(report?.guidance).toBe(DECLARATION_GUIDANCE['other-registrable']);
    expect(DECLARATION_GUIDANCE['other-registrable']).toMatch(/declare it; if the matter directly relates to the body’s financial interest or well-being/);
    // "Mill Gate Road" on page 7 is not Millgate.
    expect(result.active.flatMap((w) => w.hits).some((h) => h.source.kind === 'page' && h.source.pageNumber === 7)).toBe(false);
    // Item 111: the minutes of the previous meeting mention its new trustee. All in agenda order.
    expect(result.active.map((w) => w.item?.number)).toEqual(['110', '111', '117']);
  });

  test('a postcode matches with or without its space; DPI guidance for land', () => {
    for (const postcode of ['LE4 9JX', 'le49jx']) {
      lib.store.db.exec('DELETE FROM interests');
      saveInterest(lib.store.db, draft({ category: 'disclosable-pecuniary', subcategory: 'land', description: 'Home', names: [], addresses: [`1 Some Street, Leicester ${postcode}`] }));
      const [warning, ...rest] = meetingWarnings(lib.store.db, lib.meetingId).active;
      expect(rest).toEqual([]);
      expect(warning?.item?.number).toBe('117');
      expect(warning?.hits[0]?.source).toMatchObject({ kind: 'page', pageNumber: 7 });
      expect(warning?.hits[0]?.passage.find((s) => s.hit)?.text).toBe('LE4 9JX');
      expect(warning?.guidance).toBe(
        'Disclosable pecuniary interest: declare it, do not take part in the discussion or vote, and leave the room unless you hold a dispensation.',
      );
    }
  });

  test('"Mill Gate" registered as an alias does find Mill Gate Road; names are case-insensitive', () => {
    saveInterest(lib.store.db, draft({ names: ['mill gate'], description: 'Mill Gate residents’ association' }));
    const [warning] = meetingWarnings(lib.store.db, lib.meetingId).active;
    expect(warning?.hits[0]?.passage.find((s) => s.hit)?.text).toBe('Mill Gate');
  });

  test('interests that ended before the meeting, or started after it, are not checked', () => {
    saveInterest(lib.store.db, draft({ startDate: '2020-01-01', endDate: '2024-12-31' }));
    saveInterest(lib.store.db, draft({ startDate: '2025-02-01', notifiedDate: null }));
    const result = meetingWarnings(lib.store.db, lib.meetingId);
    expect(result.interestsChecked).toBe(0);
    expect(result.active).toEqual([]);
    // Ending on the day of the meeting, it was still held at it.
    saveInterest(lib.store.db, draft({ startDate: '2020-01-01', endDate: '2025-01-14' }));
    expect(meetingWarnings(lib.store.db, lib.meetingId).active).toHaveLength(3);
  });

  test('a dismissal is recorded with its reason, the warning moves to the dismissed list, and can come back', () => {
    const school = saveInterest(lib.store.db, draft());
    const item117 = lib.itemId('117');
    dismissWarning(lib.store.db, { meetingId: lib.meetingId, interestId: school.id, itemId: item117, reason: 'Commissioning is county-wide; no decision about the school.' });
    const row = lib.store.db.prepare('SELECT meeting_id, interest_id, item_id, reason FROM interest_dismissals').get();
    expect(row).toEqual({ meeting_id: lib.meetingId, interest_id: school.id, item_id: item117, reason: 'Commissioning is county-wide; no decision about the school.' });
    const result = meetingWarnings(lib.store.db, lib.meetingId);
    expect(result.active.map((w) => w.item?.number)).toEqual(['110', '111']);
    expect(result.dismissed).toHaveLength(1);
    expect(result.dismissed[0]).toMatchObject({ item: { number: '117' }, dismissed: { reason: 'Commissioning is county-wide; no decision about the school.' } });
    // Dismissing again replaces the reason rather than adding a row.
    dismissWarning(lib.store.db, { meetingId: lib.meetingId, interestId: school.id, itemId: item117, reason: 'Changed my mind about why.' });
    expect(lib.store.db.prepare('SELECT COUNT(*) FROM interest_dismissals').pluck().get()).toBe(1);
    restoreWarning(lib.store.db, { meetingId: lib.meetingId, interestId: school.id, itemId: item117 });
    expect(meetingWarnings(lib.store.db, lib.meetingId).active).toHaveLength(3);
  });

  test('dismissing needs a real meeting, interest and item of that meeting', () => {
    const school = saveInterest(lib.store.db, draft());
    expect(() => dismissWarning(lib.store.db, { meetingId: 999, interestId: school.id, itemId: null, reason: 'x' })).toThrow(/meeting/);
    expect(() => dismissWarning(lib.store.db, { meetingId: lib.meetingId, interestId: 999, itemId: null, reason: 'x' })).toThrow(/interest/);
    expect(() => dismissWarning(lib.store.db, { meetingId: lib.meetingId, interestId: school.id, itemId: 99999, reason: 'x' })).toThrow(/item/);
  });

  test('with no papers, items alone are checked; an unknown meeting is not found', async () => {
    const bare = await library({ pack: false });
    try {
      saveInterest(bare.store.db, draft());
      expect(meetingWarnings(bare.store.db, bare.meetingId).active.map((w) => w.item?.number)).toEqual(['110', '111']);
      expect(() => meetingWarnings(bare.store.db, 12345)).toThrow(/not in the library/);
    } finally {
      bare.cleanup();
    }
  });
});
