/**
 * What the meeting page says about the attendance, from how much of it the parser read
 * (MeetingDetail.attendanceState) and how many people are listed. Never a confident wrong answer: a list read in
 * part is said to be so, a list not read is never shown as "no one", and "No apologies were recorded." appears only
 * when the lists were read.
 */
import type { AttendeeView, MeetingDetail } from '../../../shared/types/library';

export type AttendanceNote = { kind: 'partial' | 'unread' | 'absent' | 'none-recorded' | 'none-listed'; text: string } | null;

export const PARTIAL = 'Scrutineer could not read all of the attendance in these minutes: this list may be incomplete. Check it against the minutes.';
export const UNREAD = 'Scrutineer could not read who attended — see the minutes.';
// Said of what Scrutineer found, not of the minutes: a list printed without its heading may still be there.
export const ABSENT = 'Scrutineer found no list of attendance or apologies in these minutes.';
export const NONE_RECORDED = 'No apologies were recorded.';
export const NONE_LISTED = 'No apologies are listed here.';

export function attendanceNote(state: MeetingDetail['attendanceState'], listed: number): AttendanceNote {
  if (state === 'partial') return { kind: 'partial', text: PARTIAL };
  if (state === 'unread') return { kind: 'unread', text: UNREAD };
  if (listed > 0) return null;
  if (state === 'absent') return { kind: 'absent', text: ABSENT };
  if (state === 'read') return { kind: 'none-recorded', text: NONE_RECORDED };
  // Not known (stored before this was recorded): say what is here, not what the minutes say.
  return { kind: 'none-listed', text: NONE_LISTED };
}

/**
 * Lists read in full that hold no one present: only apologies (and those in attendance) were found, so the members at
 * the meeting were printed somewhere Scrutineer did not read (a list without its heading, a table) or not on this
 * copy at all. Said of what Scrutineer found, so the page never reads as a meeting nobody attended. Null otherwise
 * (a list read in part or not at all has its own note; no list at all says so).
 */
export function noPresentNote(state: MeetingDetail['attendanceState'], attendance: readonly Pick<AttendeeView, 'status'>[]): string | null {
  if (state !== 'read' || attendance.length === 0 || attendance.some((a) => a.status === 'present')) return null;
  const shown = attendance.some((a) => a.status === 'in-attendance') ? 'only those in attendance and the apologies are' : attendance.every((a) => a.status === 'apologies') ? 'only the apologies are' : 'only those listed below are';
  return `Scrutineer found no list of the members present in these minutes: ${shown} shown here. Check the minutes for who was at the meeting.`;
}

/** "A, B and C": names joined as a sentence says them. */
function listed(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The most people named in the sentence; more are counted ("and 4 others"). */
const NAMED_SHOWN = 8;

/**
 * People the minutes name with a title who are in no list read (MeetingDetail.attendanceNamedElsewhere): the member is
 * told whom to look for, never that they were there. Null when there is no one.
 */
export function namedElsewhereNote(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const shown = names.slice(0, NAMED_SHOWN);
  const more = names.length - shown.length;
  const who = more > 0 ? `${shown.join(', ')} and ${more} ${more === 1 ? 'other' : 'others'}` : listed(shown);
  return `The minutes also name ${who}, who ${names.length === 1 ? 'is' : 'are'} not in the lists Scrutineer read: check the minutes for whether they were at the meeting.`;
}
