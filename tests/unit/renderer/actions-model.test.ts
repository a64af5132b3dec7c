import type { ActionEntry, ShownStatus } from '../../../shared/types/actions';
import {
  DEFAULT_FILTERS,
  describeUpdate,
  filterEntries,
  keepVisible,
  neighbour,
  NO_OWNER,
  normaliseDue,
  parseTrackerQuery,
  rangeSelection,
  sortEntries,
  toggleSelection,
  trackerQuery,
} from '../../../renderer/features/actions/model';
import { workProgramme } from '../../../renderer/features/actions/programme';

function entry(id: number, over: Partial<ActionEntry> = {}): ActionEntry {
  return {
    id,
    kind: 'action',
    source: 'minutes',
    what: `Entry ${id}`,
    minuteText: null,
    owner: null,
    dueText: null,
    dueDate: null,
    status: 'open',
    shownStatus: 'open',
    committee: { id: 1, name: 'Scrutiny' },
    meeting: { id: 1, date: '2025-01-14' },
    item: null,
    recommendedTo: null,
    responseDue: null,
    response: null,
    responseText: null,
    implementation: null,
    reviewDate: null,
    targetMeeting: null,
    minuteWithdrawn: false,
    memberFields: [],
    notAction: false,
    checked: false,
    updates: [],
    evidence: [],
    createdAt: '2025-01-15T10:00:00.000Z',
    ...over,
  };
}

const ids = (entries: ActionEntry[]) => entries.map((e) => e.id);

describe('sorting the tracker', () => {
  const entries = [
    entry(1, { dueDate: '2025-03-01' }),
    entry(2, { dueDate: null }),
    entry(3, { dueDate: '2025-02-01', shownStatus: 'overdue' as ShownStatus }),
    entry(4, { dueDate: '2025-03-01', shownStatus: 'done', status: 'done', meeting: { id: 2, date: '2024-12-01' } }),
  ];

  test('by due date, earliest first, undated last; ties by status', () => {
    expect(ids(sortEntries(entries, 'due', 'ascending'))).toEqual([3, 1, 4, 2]);
  });

  test('by due date descending still keeps undated entries last', () => {
    expect(ids(sortEntries(entries, 'due', 'descending'))).toEqual([1, 4, 3, 2]);
    // 1 and 4 share a due date: the open one (1) comes before the done one either way.
  });

  test('by status: overdue first, finished last', () => {
    expect(ids(sortEntries(entries, 'status', 'ascending'))).toEqual([3, 1, 2, 4]);
    expect(ids(sortEntries(entries, 'status', 'descending'))[0]).toBe(4);
  });

  test('by meeting date', () => {
    expect(ids(sortEntries(entries, 'meeting', 'ascending'))[0]).toBe(4);
    expect(ids(sortEntries([entry(5, { meeting: null }), ...entries], 'meeting', 'descending')).at(-1)).toBe(5);
  });

  test('does not change the array it was given', () => {
    const copy = [...entries];
    sortEntries(entries, 'status', 'ascending');
    expect(entries).toEqual(copy);
  });
});

describe('filtering', () => {
  const entries = [
    entry(1, { owner: 'Director', kind: 'recommendation' }),
    entry(2, { owner: null, shownStatus: 'overdue' }),
    entry(3, { committee: { id: 2, name: 'Health' }, owner: 'Director', checked: true }),
  ];
  test('committee, status, owner (including none), kind and checked combine', () => {
    expect(ids(filterEntries(entries, { ...DEFAULT_FILTERS, checked: 'no' }))).toEqual([1, 2]);
    expect(ids(filterEntries(entries, { ...DEFAULT_FILTERS, checked: 'yes', owner: 'Director' }))).toEqual([3]);
    expect(ids(filterEntries(entries, { ...DEFAULT_FILTERS, committeeId: 2 }))).toEqual([3]);
    expect(ids(filterEntries(entries, { ...DEFAULT_FILTERS, status: 'overdue' }))).toEqual([2]);
    expect(ids(filterEntries(entries, { ...DEFAULT_FILTERS, owner: 'Director' }))).toEqual([1, 3]);
    expect(ids(filterEntries(entries, { ...DEFAULT_FILTERS, owner: NO_OWNER }))).toEqual([2]);
    expect(ids(filterEntries(entries, { ...DEFAULT_FILTERS, kind: 'recommendation', owner: 'Director' }))).toEqual([1]);
  });

  test('the address round-trips the filters and ignores nonsense', () => {
    const f = { committeeId: 3, status: 'overdue' as const, owner: 'Head of Service', kind: 'action' as const, checked: 'no' as const, sort: 'status' as const, direction: 'descending' as const };
    expect(parseTrackerQuery(trackerQuery(f))).toEqual(f);
    expect(trackerQuery(DEFAULT_FILTERS)).toBe('');
    expect(parseTrackerQuery('committee=-1&status=lost&kind=x&checked=maybe&sort=evil&dir=up')).toEqual(DEFAULT_FILTERS);
  });
});

describe('keyboard selection', () => {
  const order = [10, 20, 30, 40, 50];

  test('Space toggles a row in and out', () => {
    const once = toggleSelection(new Set(), 20);
    expect([...once]).toEqual([20]);
    expect([...toggleSelection(once, 20)]).toEqual([]);
  });

  test('Shift+Arrow extends from the anchor over the earlier selection, both ways', () => {
    const base = new Set([50]);
    expect([...rangeSelection(order, base, 20, 40)].sort()).toEqual([20, 30, 40, 50]);
    expect([...rangeSelection(order, base, 30, 10)].sort()).toEqual([10, 20, 30, 50]);
    // Back towards the anchor: the range shrinks.
    expect([...rangeSelection(order, new Set(), 20, 20)]).toEqual([20]);
  });

  test('an anchor no longer shown only selects the focused row', () => {
    expect([...rangeSelection(order, new Set(), 99, 30)]).toEqual([30]);
  });

  test('arrows stop at the ends', () => {
    expect(neighbour(order, 10, -1)).toBe(10);
    expect(neighbour(order, 50, 1)).toBe(50);
    expect(neighbour(order, 30, 1)).toBe(40);
    expect(neighbour([], 1, 1)).toBeNull();
  });

  test('filtered-out rows leave the selection', () => {
    expect([...keepVisible(new Set([10, 99, 30]), order)]).toEqual([10, 30]);
  });
});

describe('forms and words', () => {
  test('UK dates become ISO; words and impossible dates stay as typed', () => {
    expect(normaliseDue('31/03/2025')).toBe('2025-03-31');
    expect(normaliseDue(' 1-4-2025 ')).toBe('2025-04-01');
    expect(normaliseDue('31/02/2025')).toBe('31/02/2025');
    expect(normaliseDue('next meeting')).toBe('next meeting');
    expect(normaliseDue('2025-06-30')).toBe('2025-06-30');
  });

  test('update log lines', () => {
    expect(describeUpdate({ at: '', statusFrom: 'open', statusTo: 'done', note: '' })).toBe('Status changed from Open to Done');
    expect(describeUpdate({ at: '', statusFrom: null, statusTo: null, note: 'Chased' })).toBe('Note added');
  });

  test('the work programme groups by target meeting date, undated last', () => {
    const groups = workProgramme([
      entry(1, { targetMeeting: { id: 7, date: '2025-06-01' } }),
      entry(2),
      entry(3, { targetMeeting: { id: 6, date: '2025-03-04' } }),
      entry(4, { targetMeeting: { id: 8, date: null } }),
      entry(5, { targetMeeting: { id: 7, date: '2025-06-01' } }),
    ]);
    expect(groups.map((g) => [g.meetingId, ids(g.entries)])).toEqual([
      [6, [3]],
      [7, [1, 5]],
      [8, [4]],
    ]);
  });
});
