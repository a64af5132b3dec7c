/** Grouping for the work programme: entries with a target meeting, by that meeting's date (undated last). */
import type { ActionEntry } from '../../../shared/types/actions';

export const isOpenEntry = (e: ActionEntry) => e.status === 'open' || e.status === 'in-progress';

export interface ProgrammeGroup {
  meetingId: number;
  date: string | null;
  entries: ActionEntry[];
}

export function workProgramme(entries: ActionEntry[]): ProgrammeGroup[] {
  const groups = new Map<number, ProgrammeGroup>();
  for (const e of entries) {
    if (!e.targetMeeting) continue;
    const g = groups.get(e.targetMeeting.id) ?? { meetingId: e.targetMeeting.id, date: e.targetMeeting.date, entries: [] };
    g.entries.push(e);
    groups.set(e.targetMeeting.id, g);
  }
  return [...groups.values()].sort((a, b) => {
    if (a.date === b.date) return a.meetingId - b.meetingId;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date.localeCompare(b.date);
  });
}
