/** Words for the register's computed facts, and small helpers the interest screens share. */
import type { InterestView, NotificationStatus } from '../../../shared/types/interests';
import type { Snippet } from '../../../shared/types/papers';
import type { BadgeTone } from '../../ui/Badge';
import { formatMeetingDate, formatShortDate, plural } from '../../ui/dates';

/** The 28-day flag, as a badge: words carry the meaning, colour only repeats it. */
export function notificationBadge(status: NotificationStatus): { tone: BadgeTone; text: string } {
  switch (status.state) {
    case 'on-time':
      return { tone: 'success', text: 'Notified within 28 days' };
    case 'late':
      return { tone: 'warning', text: `Notified ${plural(status.daysLate, 'day')} late` };
    case 'due':
      return {
        tone: 'info',
        text: `Tell the monitoring officer by ${formatShortDate(status.deadline)} (${status.daysLeft === 0 ? 'today' : `${plural(status.daysLeft, 'day')} left`})`,
      };
    case 'overdue':
      return { tone: 'danger', text: `Not yet notified: ${plural(status.daysLate, 'day')} past the 28-day deadline` };
    case 'unknown':
      return { tone: 'neutral', text: 'No start date: the 28-day deadline cannot be checked' };
  }
}

/** True when the statutory 28 days were (or are being) missed. */
export const isLate = (i: InterestView): boolean => i.notification.state === 'late' || i.notification.state === 'overdue';

export const snippetText = (snippet: Snippet): string => snippet.map((s) => s.text).join('');


/** Lines of a textarea → trimmed, non-empty entries. */
export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export const meetingWhen = (date: string | null): string => (date ? formatMeetingDate(date) : 'Date not stated');
/** The minutes' item label: "7" → "item 7"; "budget items" as written. */
export const itemLabelText = (label: string): string => (/^\d/.test(label) ? `item ${label}` : label);
