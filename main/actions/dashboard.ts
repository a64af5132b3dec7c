/** The chair's view: counts by committee and owner, ageing of open entries, completion over time. */
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ActionEntry, Dashboard, DashboardCounts } from '../../shared/types/actions';
import { isOpen, listEntries } from './queries';

/** Entries from minutes whose meeting has no date: shown apart, never aged from the day they were imported. */
export const UNDATED_BAND = 'Meeting date not stated';

const BANDS: Array<[string, number]> = [
  ['Under 1 month', 30],
  ['1 to 3 months', 91],
  ['3 to 6 months', 182],
  ['Over 6 months', Number.POSITIVE_INFINITY],
];

function count(entries: ActionEntry[], key: (e: ActionEntry) => string, today: string): DashboardCounts[] {
  const weekEnd = format(addDays(parseISO(today), 7), 'yyyy-MM-dd');
  const groups = new Map<string, DashboardCounts>();
  for (const e of entries) {
    const k = key(e);
    const g = groups.get(k) ?? { key: k, open: 0, dueThisWeek: 0, overdue: 0, done: 0 };
    if (isOpen(e.status)) g.open++;
    if (e.status === 'done') g.done++;
    if (e.shownStatus === 'overdue') g.overdue++;
    if (isOpen(e.status) && e.dueDate && e.dueDate >= today && e.dueDate <= weekEnd) g.dueThisWeek++;
    groups.set(k, g);
  }
  return [...groups.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.key.localeCompare(b.key));
}

export function dashboard(db: Database.Database, today: string, committeeId?: number): Dashboard {
  const entries = listEntries(db, { today, committeeId });
  const ageing = [...BANDS.map(([band]) => ({ band, count: 0 })), { band: UNDATED_BAND, count: 0 }];
  for (const e of entries.filter((x) => isOpen(x.status))) {
    // Age from the meeting that made it; an entry added by hand with no meeting, from when it was added.
    if (e.meeting && !e.meeting.date) {
      (ageing[ageing.length - 1] as { count: number }).count++;
      continue;
    }
    const since = e.meeting?.date ?? e.createdAt.slice(0, 10);
    const age = differenceInCalendarDays(parseISO(today), parseISO(since));
    const index = BANDS.findIndex(([, limit]) => age < limit);
    (ageing[index] as { count: number }).count++;
  }
  const months = new Map<string, { month: string; done: number; created: number }>();
  const bump = (month: string, field: 'done' | 'created') => {
    const m = months.get(month) ?? { month, done: 0, created: 0 };
    m[field]++;
    months.set(month, m);
  };
  let undatedCreated = 0;
  for (const e of entries) {
    if (e.meeting && !e.meeting.date) undatedCreated++;
    else bump((e.meeting?.date ?? e.createdAt).slice(0, 7), 'created');
    const doneAt = [...e.updates].reverse().find((u) => u.statusTo === 'done')?.at;
    if (e.status === 'done' && doneAt) bump(doneAt.slice(0, 7), 'done');
  }
  return {
    today,
    byCommittee: count(entries, (e) => e.committee.name, today),
    byOwner: count(entries, (e) => e.owner ?? 'No owner named', today),
    ageing,
    completion: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    undatedCreated,
    unchecked: entries.filter((e) => isOpen(e.status) && !e.checked).length,
  };
}
