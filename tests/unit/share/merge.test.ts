/** The per-field merge: the same result whatever order revisions arrive in, and no note text lost. */
import { type AnnotationDoc, type TextField, canonical, clockOf, mergeAll, mergeDocs } from '../../../main/share/merge';

const c = (n: number, device = 'aa') => clockOf(BigInt(n) * 65536n, device);
const base: AnnotationDoc = {
  t: 'annotation',
  uuid: 'u1',
  kind: 'note',
  target: 'meeting',
  createdAt: '2025-01-01T00:00:00.000Z',
  anchor: null,
  meeting: { council: 'x', committee: 'y', meeting: 'd:2025-01-14' },
  item: null,
  originalExact: null,
  originalPage: null,
  body: { v: 'v0', c: c(1), seen: [] },
  colour: { v: 'yellow', c: c(1) },
  asked: { v: false, c: c(1) },
  tags: { v: [], c: c(1) },
  deleted: { v: null, c: c(1) },
  alts: [],
};
const edit = (body: TextField, extra: Partial<AnnotationDoc> = {}): AnnotationDoc => ({ ...base, body, ...extra });

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

test('concurrent note edits: the later shows, the other is kept; an edit made with both in view resolves them', () => {
  const laptop = edit({ v: 'laptop', c: c(5, 'aa'), seen: [c(1)] });
  const tablet = edit({ v: 'tablet', c: c(6, 'bb'), seen: [c(1)] }, { colour: { v: 'pink', c: c(6, 'bb') } });
  const merged = mergeDocs(laptop, tablet);
  expect(merged.body.v).toBe('tablet');
  expect(merged.colour.v).toBe('pink');
  expect(merged.alts.map((a) => a.v)).toEqual(['laptop']);
  expect(canonical(mergeDocs(tablet, laptop))).toBe(canonical(merged));
  const resolved = edit({ v: 'both', c: c(7, 'bb'), seen: [c(1), c(5, 'aa'), c(6, 'bb')] });
  expect(mergeDocs(merged, resolved)).toMatchObject({ body: { v: 'both' }, alts: [] });
  // A sequential edit (made with the previous text in view) is no conflict.
  const next = edit({ v: 'next', c: c(8, 'aa'), seen: [c(1), c(5, 'aa'), c(6, 'bb'), c(7, 'bb')] });
  expect(mergeDocs(resolved, next)).toMatchObject({ body: { v: 'next' }, alts: [] });
});

test('any order, any grouping of the same revisions gives the same document', () => {
  const docs = [
    edit({ v: 'A', c: c(2, 'aa'), seen: [c(1)] }),
    edit({ v: 'B', c: c(3, 'bb'), seen: [c(1), c(2, 'aa')] }, { asked: { v: true, c: c(3, 'bb') } }),
    edit({ v: 'C', c: c(4, 'cc'), seen: [c(1)] }, { tags: { v: ['budget'], c: c(4, 'cc') } }),
    edit({ v: 'D', c: c(2, 'dd'), seen: [c(1)] }, { deleted: { v: '2025-02-01', c: c(9, 'dd') } }),
  ];
  const results = new Set(permutations(docs).map((order) => canonical(order.reduce((acc, d) => mergeDocs(acc, d)))));
  expect(results.size).toBe(1);
  const pairwise = canonical(mergeDocs(mergeDocs(docs[0]!, docs[3]!), mergeDocs(docs[2]!, docs[1]!)));
  expect(results.has(pairwise)).toBe(true);
  const merged = mergeAll(docs)!;
  expect(merged.body.v).toBe('C');
  // A was seen by B; B and D were not seen by C: kept for the member.
  expect(merged.alts.map((a) => a.v).sort()).toEqual(['B', 'D']);
  expect(merged).toMatchObject({ asked: { v: true }, tags: { v: ['budget'] }, deleted: { v: '2025-02-01' } });
});
