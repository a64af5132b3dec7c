import fs from 'node:fs';
import path from 'node:path';
import { applyStoredVersion, importFile } from '../../../main/library/import-file';
import { sha256 } from '../../../main/store/blobs';
import { libraryOverview, meetingDetail } from '../../../main/library/queries';
import { openStore, type Store } from '../../../main/store/database';
import { SHARED_FIXTURES, makeTempDir, withTempStore } from '../../helpers/temp-dir';

const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
const SCOPE = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-scope-review-item.txt');

describe('re-importing keeps identities', () => {
  let store: Store;
  withTempStore((s) => (store = s));

  test('the same file twice changes nothing', async () => {
    const bytes = fs.readFileSync(LEICESTER);
    const first = await importFile(store, { fileName: 'a.txt', bytes });
    const snapshot = JSON.stringify(meetingDetail(store.db, first.meetingId as number).items);
    const second = await importFile(store, { fileName: 'copy-of-a.txt', bytes });
    expect(second).toMatchObject({ status: 'unchanged', meetingId: first.meetingId });
    expect(JSON.stringify(meetingDetail(store.db, first.meetingId as number).items)).toBe(snapshot);
    expect(store.db.prepare('SELECT COUNT(*) FROM imports').pluck().get()).toBe(1);
  });

  test('a copy with an item fewer is kept as a version, not applied; applied by the member it updates in place: same item and decision ids, dropped items withdrawn', async () => {
    const original = fs.readFileSync(LEICESTER, 'utf8');
    const first = await importFile(store, { fileName: 'minutes.txt', bytes: Buffer.from(original) });
    const before = meetingDetail(store.db, first.meetingId as number);

    // The council corrects a paragraph and the page no longer carries item 121.
    const revised = original
      .replace('The Chair welcomed those present to the meeting.', 'The Chair welcomed everyone present to the meeting.')
      .replace(/\n121\.\n[\s\S]*$/, '\n');
    const second = await importFile(store, { fileName: 'minutes-revised.txt', bytes: Buffer.from(revised) });
    expect(second).toMatchObject({ status: 'kept', meetingId: first.meetingId });
    expect(second.message).toMatch(/^Same meeting as Children, Young People and Education Scrutiny Commission, Tuesday, 14 January 2025 \(council at leicester\.gov\.uk\): this copy has less in it \(12 items against 13/);
    expect(JSON.stringify(meetingDetail(store.db, first.meetingId as number).items)).toBe(JSON.stringify(before.items));
    const sources = meetingDetail(store.db, first.meetingId as number).sources;
    expect(sources.map((s) => [s.fileName, s.status, s.current])).toEqual([
      ['minutes-revised.txt', 'kept', false],
      ['minutes.txt', 'applied', true],
    ]);

    const applied = await applyStoredVersion(store, first.meetingId as number, sha256(Buffer.from(revised)));
    expect(applied).toMatchObject({ status: 'updated', meetingId: first.meetingId });
    expect(applied.message).toContain('items 13 → 12');

    const after = meetingDetail(store.db, first.meetingId as number);
    const ids = (m: typeof before) => Object.fromEntries(m.items.map((i) => [i.number, i.id]));
    const { '121': _removed, ...keptBefore } = ids(before);
    expect(ids(after)).toEqual(keptBefore);
    expect(after.items.find((i) => i.number === '109')?.minutesText).toContain('welcomed everyone present');
    const decisionIds = (m: typeof before) => m.items.flatMap((i) => i.decisions.map((d) => d.id));
    expect(decisionIds(after)).toEqual(decisionIds(before).filter((id) => decisionIds(after).includes(id)));
    expect(decisionIds(after).length).toBeGreaterThan(5);
    expect(store.db.prepare("SELECT withdrawn_at IS NOT NULL FROM items WHERE number = '121'").pluck().get()).toBe(1);
    expect(libraryOverview(store.db).councils[0]?.committees[0]?.meetingCount).toBe(1);
  });

  test('a single-item page without a date is its own meeting to check; a second copy, which could be another meeting, is kept apart', async () => {
    const text = fs.readFileSync(SCOPE, 'utf8');
    const first = await importFile(store, { fileName: 'scope.txt', bytes: Buffer.from(text) });
    expect(first).toMatchObject({ status: 'imported', needsCheck: true });
    expect(first.message).toBe('Could not tell which meeting this is (no committee or date stated): filed as its own meeting — check its details.');
    const second = await importFile(store, { fileName: 'scope-v2.txt', bytes: Buffer.from(text.replace('Commission Members were encouraged', 'Members were encouraged')) });
    expect(second).toMatchObject({ status: 'imported', needsCheck: true });
    expect(second.meetingId).not.toBe(first.meetingId);
    expect(meetingDetail(store.db, first.meetingId as number).items).toHaveLength(1);
    expect(libraryOverview(store.db).toCheck.map((m) => m.id)).toEqual([first.meetingId, second.meetingId]);
    // The same bytes again are the same meeting.
    expect(await importFile(store, { fileName: 'again.txt', bytes: Buffer.from(text) })).toMatchObject({ status: 'unchanged', meetingId: first.meetingId });
  });
});

describe('attendance', () => {
  test('present members with roles, substitutes, officers in attendance and apologies are stored and shown', async () => {
    const { dir, cleanup } = makeTempDir();
    const store = openStore(dir);
    try {
      const file = path.resolve(__dirname, '../../fixtures/minutes/styles/northshire-cype-2025-03-03.pdf.txt');
      const outcome = await importFile(store, { fileName: 'northshire.txt', bytes: fs.readFileSync(file) });
      expect(outcome.status).toBe('imported');
      const { attendance, apologies } = meetingDetail(store.db, outcome.meetingId as number);
      expect(attendance).toEqual(
        expect.arrayContaining([
          { name: 'A Smith', status: 'present', role: 'Chair' },
          { name: 'C Patel', status: 'present', role: 'substitute for D Lee' },
          { name: 'E Green', status: 'present', role: 'co-opted member' },
          { name: 'Sarah Brown', status: 'in-attendance', role: "Director of Children's Services" },
          { name: 'D Lee', status: 'apologies', role: null },
        ]),
      );
      expect(apologies).toEqual(['D Lee', 'G Okafor']);
    } finally {
      store.close();
      cleanup();
    }
  });
});

describe('my committees', () => {
  test('marking a committee as mine shows in the library and filters search', async () => {
    const { dir, cleanup } = makeTempDir();
    const store = openStore(dir);
    try {
      const outcome = await importFile(store, { fileName: 'l.txt', bytes: fs.readFileSync(LEICESTER) });
      const committeeId = store.db.prepare('SELECT committee_id FROM meetings WHERE id = ?').pluck().get(outcome.meetingId) as number;
      const { setMyCommittee } = await import('../../../main/library/queries');
      const { search } = await import('../../../main/search/search');
      const mineOnly = () => search(store.db, { query: 'Millgate', scope: 'all', limit: 20, myCommittees: true }).total;
      expect(mineOnly()).toBe(0);
      setMyCommittee(store.db, committeeId, true);
      expect(libraryOverview(store.db).councils[0]?.committees[0]?.mine).toBe(true);
      expect(mineOnly()).toBeGreaterThan(0);
      expect(() => setMyCommittee(store.db, 9999, true)).toThrow('That committee is not in the library.');
    } finally {
      store.close();
      cleanup();
    }
  });
});
