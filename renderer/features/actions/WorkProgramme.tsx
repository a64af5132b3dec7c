/**
 * "Forthcoming work programme" on a committee's page: entries that asked for something to come to
 * a later meeting, grouped by the meeting they are due at. Finished entries drop off.
 */
import { useCallback } from 'react';
import type { ActionEntry } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { hrefs } from '../../kernel/router';
import { useResource } from '../../kernel/useResource';
import { formatMeetingDate } from '../../ui/dates';
import { isOpenEntry, workProgramme } from './programme';
import { StatusBadge } from './parts';
import { itemLabel } from './model';
import './actions.css';

function Entry({ entry }: { entry: ActionEntry }) {
  return (
    <li className="programme__entry">
      <a href={hrefs.action(entry.id)}>{entry.what}</a> <StatusBadge status={entry.shownStatus} />
      {entry.meeting?.date && (
        <span className="programme__from">
          Agreed on {formatMeetingDate(entry.meeting.date)}
          {entry.item && <> under {itemLabel(entry.item)}</>}
        </span>
      )}
    </li>
  );
}

export function WorkProgramme({ committeeId, refreshKey }: { committeeId: number; refreshKey: number }) {
  const load = useCallback(() => api['actions.list']({ committeeId }), [committeeId]);
  const entries = useResource(load, refreshKey);
  if (entries.status !== 'ready') return null;
  const groups = workProgramme(entries.value.filter(isOpenEntry));
  if (groups.length === 0) return null;
  return (
    <section className="section programme" aria-labelledby="work-programme">
      <h2 id="work-programme" className="section-heading">
        Forthcoming work programme
      </h2>
      <p className="muted">What this committee asked to come back to a later meeting.</p>
      {groups.map((g) => (
        <div key={g.meetingId} className="programme__group">
          <h3 className="programme__date">
            <a href={hrefs.meeting(g.meetingId)}>{g.date ? formatMeetingDate(g.date) : 'Meeting (date not stated)'}</a>
          </h3>
          <ul className="programme__list">
            {g.entries.map((e) => (
              <Entry key={e.id} entry={e} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
