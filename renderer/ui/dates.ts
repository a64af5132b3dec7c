/** Dates and times as UK councils write them: "Tuesday, 14 January 2025", "5:30 pm". */
import { format, isValid, parse, parseISO } from 'date-fns';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HH_MM = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function isoDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) ? date : null;
}

/** '2025-01-14' → 'Tuesday, 14 January 2025'. Anything that is not a real date comes back as given. */
export function formatMeetingDate(value: string): string {
  const date = isoDate(value);
  return date ? format(date, 'EEEE, d MMMM yyyy') : value;
}

/** '2025-01-14' → '14 January 2025' (no weekday), for compact lists. */
export function formatShortDate(value: string): string {
  const date = isoDate(value);
  return date ? format(date, 'd MMMM yyyy') : value;
}

/** '17:30' → '5:30 pm'; '12:00' → '12:00 pm'. Anything else comes back as given. */
export function formatTime(value: string): string {
  const match = HH_MM.exec(value);
  if (!match) return value;
  const date = new Date(2000, 0, 1, Number(match[1]), Number(match[2]));
  return format(date, 'h:mm aaa');
}

/** A due date: "YYYY-MM-DD" becomes 'Friday, 31 January 2025'; words ("next meeting") are kept as written. */
export function formatDue(value: string): string {
  return formatMeetingDate(value);
}

/** An ISO timestamp → '14 January 2025 at 5:30 pm' in local time. */
export function formatTimestamp(value: string): string {
  const date = parseISO(value);
  return isValid(date) ? format(date, "d MMMM yyyy 'at' h:mm aaa") : value;
}

/** The date and time line of a meeting: 'Tuesday, 14 January 2025, 5:30 pm to 8:02 pm'. */
export function formatMeetingWhen(date: string | null, startTime: string | null, endTime: string | null): string {
  const parts: string[] = [date ? formatMeetingDate(date) : 'Date not stated'];
  if (startTime) parts.push(endTime ? `${formatTime(startTime)} to ${formatTime(endTime)}` : formatTime(startTime));
  return parts.join(', ');
}

/** '3 meetings', '1 meeting'. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** An ISO timestamp → its day in local time: 'Thursday, 13 February 2025'. */
export function formatDay(value: string): string {
  const date = parseISO(value);
  return isValid(date) ? format(date, 'EEEE, d MMMM yyyy') : value;
}
