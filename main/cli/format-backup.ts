import { format, isValid, parseISO } from 'date-fns';

/** An ISO timestamp → '14 January 2025 at 5:30 pm' in local time. */
export function formatTimestamp(value: string): string {
  const date = parseISO(value);
  return isValid(date) ? format(date, "d MMMM yyyy 'at' h:mm aaa") : value;
}
