/**
 * The actions tracker's pure helpers: words for the codes, filtering and sorting of entries, the
 * keyboard selection of rows, and the tracker's filters as the address keeps them. No React here,
 * so the unit tests can run them directly.
 */
import { ACTION_STATUS_LABEL, type ActionEntry, type ActionStatus, type Implementation, type RecommendationResponse, type ShownStatus } from '../../../shared/types/actions';
import type { BadgeTone } from '../../ui/Badge';

export const STATUS_LABEL = ACTION_STATUS_LABEL;

export const STATUS_TONE: Record<Exclude<ShownStatus, 'overdue'>, BadgeTone> = {
  open: 'info',
  'in-progress': 'warning',
  done: 'success',
  dropped: 'neutral',
};

/** The statuses a member can set (overdue is derived from the due date). */
export const SETTABLE_STATUSES: ActionStatus[] = ['open', 'in-progress', 'done', 'dropped'];

export const KIND_LABEL: Record<ActionEntry['kind'], string> = { action: 'Action', recommendation: 'Recommendation' };

export const RESPONSE_LABEL: Record<RecommendationResponse, string> = {
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  rejected: 'Rejected',
};

export const IMPLEMENTATION_LABEL: Record<Implementation, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  implemented: 'Implemented',
  'not-implemented': 'Not implemented',
};

export const EVIDENCE_LABEL: Record<ActionEntry['evidence'][number]['kind'], string> = {
  minute: 'Minute',
  paper: 'Paper',
  note: 'Note',
};

/** The member set this field themselves (a correction), not merely checked it as the minutes gave it. */
export const setByMember = (e: Pick<ActionEntry, 'memberFields'>, field: string) => e.memberFields.includes(field) && !e.memberFields.includes(`confirmed:${field}`);

/** '132. Family Therapy Pilot' or just the title. */
export function itemLabel(item: { number: string | null; title: string }): string {
  const title = item.title.trim() || 'Untitled item';
  return item.number ? `${item.number}. ${title}` : title;
}

// ---------- Filters (kept in the address: '#/actions?committee=1&status=overdue&owner=…&kind=action&sort=due&dir=asc') ----------

export type SortKey = 'due' | 'meeting' | 'status';
export type SortDirection = 'ascending' | 'descending';
export type StatusFilter = ShownStatus | 'all';
export type KindFilter = ActionEntry['kind'] | 'all';
/** 'no': read from the minutes and not yet checked by the member; 'yes': checked, or added by hand. */
export type CheckedFilter = 'all' | 'no' | 'yes';

export interface TrackerFilters {
  committeeId: number | null;
  status: StatusFilter;
  owner: string | null;
  kind: KindFilter;
  checked: CheckedFilter;
  sort: SortKey;
  direction: SortDirection;
}

export const DEFAULT_FILTERS: TrackerFilters = { committeeId: null, status: 'all', owner: null, kind: 'all', checked: 'all', sort: 'due', direction: 'ascending' };

const STATUSES: ShownStatus[] = ['open', 'in-progress', 'overdue', 'done', 'dropped'];

export function parseTrackerQuery(query: string): TrackerFilters {
  const q = new URLSearchParams(query);
  const committee = q.get('committee');
  const committeeId = committee && /^\d{1,15}$/.test(committee) && Number(committee) > 0 ? Number(committee) : null;
  const status = q.get('status');
  const kind = q.get('kind');
  const checked = q.get('checked');
  const sort = q.get('sort');
  const owner = (q.get('owner') ?? '').slice(0, 200);
  return {
    committeeId,
    status: STATUSES.includes(status as ShownStatus) ? (status as ShownStatus) : 'all',
    owner: owner === '' ? null : owner,
    kind: kind === 'action' || kind === 'recommendation' ? kind : 'all',
    checked: checked === 'no' || checked === 'yes' ? checked : 'all',
    sort: sort === 'meeting' || sort === 'status' ? sort : 'due',
    direction: q.get('dir') === 'desc' ? 'descending' : 'ascending',
  };
}

export function trackerQuery(f: TrackerFilters): string {
  const q = new URLSearchParams();
  if (f.committeeId !== null) q.set('committee', String(f.committeeId));
  if (f.status !== 'all') q.set('status', f.status);
  if (f.owner !== null) q.set('owner', f.owner);
  if (f.kind !== 'all') q.set('kind', f.kind);
  if (f.checked !== 'all') q.set('checked', f.checked);
  if (f.sort !== 'due') q.set('sort', f.sort);
  if (f.direction === 'descending') q.set('dir', 'desc');
  return q.toString();
}

/** The owner filter's value for entries with no owner named. */
export const NO_OWNER = '(none)';

export function filterEntries(entries: ActionEntry[], f: TrackerFilters): ActionEntry[] {
  return entries.filter(
    (e) =>
      (f.committeeId === null || e.committee.id === f.committeeId) &&
      (f.status === 'all' || e.shownStatus === f.status) &&
      (f.owner === null || (f.owner === NO_OWNER ? e.owner === null : e.owner === f.owner)) &&
      (f.kind === 'all' || e.kind === f.kind) &&
      (f.checked === 'all' || e.checked === (f.checked === 'yes')),
  );
}

/** Most pressing first: overdue, open, in progress, then the finished ones. */
const STATUS_ORDER: Record<ShownStatus, number> = { overdue: 0, open: 1, 'in-progress': 2, done: 3, dropped: 4 };

/** Nulls (no due date, undated meeting) always go last, whichever way the column is sorted. */
function compareNullable(a: string | null, b: string | null, sign: number): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -sign : sign;
}

export function sortEntries(entries: ActionEntry[], key: SortKey, direction: SortDirection): ActionEntry[] {
  type Compare = (a: ActionEntry, b: ActionEntry, sign: number) => number;
  const byDue: Compare = (a, b, sign) => compareNullable(a.dueDate, b.dueDate, sign);
  const byMeeting: Compare = (a, b, sign) => compareNullable(a.meeting?.date ?? null, b.meeting?.date ?? null, sign);
  const byStatus: Compare = (a, b, sign) => (STATUS_ORDER[a.shownStatus] - STATUS_ORDER[b.shownStatus]) * sign;
  const [first, ...rest] = key === 'due' ? [byDue, byStatus, byMeeting] : key === 'meeting' ? [byMeeting, byDue, byStatus] : [byStatus, byDue, byMeeting];
  // The chosen column follows the direction; ties are broken in the natural order (most pressing first).
  return [...entries].sort((a, b) => {
    const c = first ? first(a, b, direction === 'ascending' ? 1 : -1) : 0;
    if (c !== 0) return c;
    for (const compare of rest) {
      const t = compare(a, b, 1);
      if (t !== 0) return t;
    }
    return a.id - b.id;
  });
}

/** Distinct values, sorted, for a filter's options. */
export function distinctCommittees(entries: ActionEntry[]): Array<{ id: number; name: string }> {
  const map = new Map<number, string>();
  for (const e of entries) map.set(e.committee.id, e.committee.name);
  return [...map].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export function distinctOwners(entries: ActionEntry[]): string[] {
  return [...new Set(entries.map((e) => e.owner).filter((o): o is string => o !== null))].sort((a, b) => a.localeCompare(b));
}

// ---------- Keyboard selection ----------

/** Space on a row: in or out of the selection. */
export function toggleSelection(selected: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/**
 * Shift+Arrow (or Shift+click): the selection is what it was when the anchor was set, plus every
 * row from the anchor to the focused row, in the table's current order. Moving back towards the
 * anchor shrinks the range again.
 */
export function rangeSelection(order: readonly number[], base: ReadonlySet<number>, anchorId: number, focusId: number): Set<number> {
  const next = new Set(base);
  const from = order.indexOf(anchorId);
  const to = order.indexOf(focusId);
  if (from === -1 || to === -1) {
    if (to !== -1) next.add(focusId);
    return next;
  }
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  for (let i = lo; i <= hi; i++) next.add(order[i] as number);
  return next;
}

/** The row an arrow key moves to, staying on the first or last row at the ends. */
export function neighbour(order: readonly number[], id: number, step: 1 | -1): number | null {
  const at = order.indexOf(id);
  if (at === -1) return order[0] ?? null;
  return order[Math.min(order.length - 1, Math.max(0, at + step))] ?? null;
}

/** Only ids still on screen stay selected after the filters change. */
export function keepVisible(selected: ReadonlySet<number>, order: readonly number[]): Set<number> {
  const visible = new Set(order);
  return new Set([...selected].filter((id) => visible.has(id)));
}

// ---------- Forms ----------

/**
 * A due date typed the way people in the UK write it: '31/03/2025' and '31-3-2025' become
 * '2025-03-31' so the tracker can tell when it is overdue; words ("next meeting") are kept as written.
 */
export function normaliseDue(text: string): string {
  const trimmed = text.trim();
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (uk) {
    const [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  return trimmed;
}

/** 'From open to done' etc. for the update log. */
export function describeUpdate(u: ActionEntry['updates'][number]): string {
  if (u.statusTo === null) return 'Note added';
  return u.statusFrom ? `Status changed from ${STATUS_LABEL[u.statusFrom]} to ${STATUS_LABEL[u.statusTo]}` : `Status set to ${STATUS_LABEL[u.statusTo]}`;
}
