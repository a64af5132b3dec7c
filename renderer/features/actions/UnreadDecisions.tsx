import { useCallback } from 'react';
import type { UnreadDecisionsMeeting } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { hrefs } from '../../kernel/router';
import { useResource } from '../../kernel/useResource';
import { formatMeetingDate } from '../../ui/dates';

/**
 * Above the tracker: the meetings whose minutes word decisions Scrutineer did not read, so an empty or short tracker is
 * never taken for "no actions". Each links to its meeting, where the items concerned are marked. Nothing when every
 * decision was read (or the list could not be loaded: the tracker itself still shows). Follows the page's committee filter.
 */
/** "2 items", "the start of the minutes", "the start of the minutes and 1 item". */
const where = (m: UnreadDecisionsMeeting) =>
  [m.opening ? 'the start of the minutes' : null, m.items > 0 ? (m.items === 1 ? '1 item' : `${m.items.toLocaleString('en-GB')} items`) : null].filter(Boolean).join(' and ');

export function UnreadDecisions({ refreshKey, committeeId = null, here = 'here' }: { refreshKey: number; committeeId?: number | null; here?: string }) {
  const load = useCallback(() => api['actions.unreadDecisions'](committeeId ? { committeeId } : {}), [committeeId]);
  const meetings = useResource(load, refreshKey);
  if (meetings.status !== 'ready' || meetings.value.length === 0) return null;
  const list = meetings.value;
  const count = list.length === 1 ? 'one meeting' : `${list.length.toLocaleString('en-GB')} meetings`;
  return (
    <div className="decisions-note decisions-note--tracker" role="note" aria-label="Decisions not read">
      <p>
        Scrutineer could not read every decision in {count}, so actions from {list.length === 1 ? 'it' : 'them'} may be missing {here}.
        Check {list.length === 1 ? 'it' : 'them'} against the minutes and add what is missing.
      </p>
      <details>
        <summary>Show the {list.length === 1 ? 'meeting' : 'meetings'}</summary>
        <ul className="decisions-note__items">
          {list.map((m) => (
            <li key={m.meetingId}>
              <a href={hrefs.meeting(m.meetingId)}>
                {m.committeeName}, {m.date ? formatMeetingDate(m.date) : 'date not stated'}
              </a>{' '}
              ({where(m)})
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
