/**
 * Due dates relative to the meeting. `dueOf` keeps what the minutes say ("within 28 days",
 * "in six months", "January", "31 March", "end of December 2024"); with the meeting date known these
 * become absolute:
 * - "within/in N days|weeks|months|years" → meeting date + N (date-fns addDays/addWeeks/addMonths/addYears);
 *   working days stay as written (bank holidays are not known here);
 * - a day and month without a year ("31 March") → the next such day on or after the meeting;
 * - "end of <month> [year]" → the last day of that month (the next such month when no year is given);
 * - a month alone ("January") → "January YYYY", the next such month after the meeting's month; a month
 *   with a year ("March 2025") stays as written: no day is known;
 * - "next meeting", "a future meeting", "6 monthly" stay as written.
 */
import { addDays, addMonths, addWeeks, addYears, format, lastDayOfMonth } from 'date-fns';
import { isoDate } from './dates';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, twenty: 20, 'twenty-one': 21, 'twenty-eight': 28, thirty: 30,
};

function monthIndex(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w));
}

function toDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/**
 * A deadline cannot fall before the meeting that set it: a date earlier than the meeting ("at its
 * meeting on 4 February", "awarded in January 2024") is history, not a due date, and gives null.
 */
export function resolveDue(due: string | null, meetingDate: string | null): string | null {
  const r = resolveDueDate(due, meetingDate);
  if (r === null || !meetingDate || !/^\d{4}-\d{2}-\d{2}$/.test(meetingDate)) return r;
  if (/^\d{4}-\d{2}-\d{2}$/.test(r)) return r < meetingDate ? null : r;
  const my = /^(?:end\s+of\s+)?([A-Za-z]+),?\s+(\d{4})$/.exec(r.trim());
  if (my && my[1] && my[2]) {
    const mi = monthIndex(my[1]);
    if (mi >= 0 && my[1].length >= 3 && `${my[2]}-${String(mi + 1).padStart(2, '0')}` < meetingDate.slice(0, 7)) return null;
  }
  return r;
}

function resolveDueDate(due: string | null, meetingDate: string | null): string | null {
  if (due === null || /^\d{4}-\d{2}-\d{2}$/.test(due)) return due;
  const meeting = meetingDate ? toDate(meetingDate) : null;
  if (!meeting) return due;
  const t = due.trim().toLowerCase().replace(/\s+/g, ' ');

  const rel = /^(?:within|in)\s+(?:the\s+next\s+)?(\d{1,3}|[a-z-]+)\s+(calendar\s+|clear\s+)?(days?|weeks?|months?|years?)(?:['’]s?\s+time)?$/.exec(t);
  if (rel && rel[1] && rel[3]) {
    const n = /^\d+$/.test(rel[1]) ? Number(rel[1]) : NUMBERS[rel[1]];
    if (n === undefined || n <= 0 || n > 1000) return due;
    const unit = rel[3];
    if (unit.startsWith('day')) return iso(addDays(meeting, n));
    if (unit.startsWith('week')) return iso(addWeeks(meeting, n));
    if (unit.startsWith('month')) return iso(addMonths(meeting, n));
    return iso(addYears(meeting, n));
  }
  if (/^(?:within|in)\s+a\s+fortnight(?:['’]s?\s+time)?$/.test(t)) return iso(addWeeks(meeting, 2));

  const endOf = /^end\s+of\s+([a-z]+)(?:,?\s+(\d{4}))?$/.exec(t);
  if (endOf && endOf[1]) {
    const mi = monthIndex(endOf[1]);
    if (mi < 0) return due;
    let year = endOf[2] ? Number(endOf[2]) : meeting.getFullYear();
    if (!endOf[2] && mi < meeting.getMonth()) year++;
    return iso(lastDayOfMonth(new Date(year, mi, 1)));
  }

  const dayMonth = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)$/.exec(t);
  if (dayMonth && dayMonth[1] && dayMonth[2]) {
    const mi = monthIndex(dayMonth[2]);
    if (mi < 0) return due;
    const day = Number(dayMonth[1]);
    const year = meeting.getFullYear();
    let candidate = isoDate(year, mi + 1, day);
    if (candidate && candidate < iso(meeting)) candidate = isoDate(year + 1, mi + 1, day);
    return candidate ?? due;
  }

  const monthOnly = /^([a-z]+)$/.exec(t);
  if (monthOnly && monthOnly[1] && monthIndex(monthOnly[1]) >= 0 && monthOnly[1].length >= 3) {
    const mi = monthIndex(monthOnly[1]);
    const year = mi > meeting.getMonth() ? meeting.getFullYear() : meeting.getFullYear() + 1;
    return `${cap(MONTHS[mi] ?? monthOnly[1])} ${year}`;
  }
  return due;
}
