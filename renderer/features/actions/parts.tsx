/** Small pieces the tracker's pages share: the status badge, the sub-navigation. */
import type { ActionEntry, ShownStatus } from '../../../shared/types/actions';
import { hrefs } from '../../kernel/router';
import { Badge } from '../../ui/Badge';
import { formatMeetingDate } from '../../ui/dates';
import { KIND_LABEL, STATUS_LABEL, STATUS_TONE } from './model';

/** Words first; overdue is a solid, high-contrast badge so it stands out without relying on colour. */
export function StatusBadge({ status }: { status: ShownStatus }) {
  if (status === 'overdue') return <span className="badge badge--overdue">Overdue</span>;
  return <Badge tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</Badge>;
}

export function KindBadge({ kind }: { kind: ActionEntry['kind'] }) {
  return <Badge tone={kind === 'recommendation' ? 'info' : 'neutral'}>{KIND_LABEL[kind]}</Badge>;
}

/** The due date as a date when the tracker knows one ("next meeting" resolved), else as the minutes wrote it. */
export function Due({ entry }: { entry: Pick<ActionEntry, 'dueDate' | 'dueText'> }) {
  if (entry.dueDate) {
    const written = entry.dueText && entry.dueText !== entry.dueDate ? entry.dueText : null;
    return (
      <>
        {formatMeetingDate(entry.dueDate)}
        {written && <span className="actions-table__written"> ({written})</span>}
      </>
    );
  }
  if (entry.dueText) return <>{entry.dueText}</>;
  return <span className="muted">Not stated</span>;
}

export function ActionsNav({ current }: { current: 'tracker' | 'dashboard' }) {
  return (
    <nav className="actions-nav" aria-label="Actions and recommendations">
      <ul>
        <li>
          <a href={hrefs.actions()} aria-current={current === 'tracker' ? 'page' : undefined}>
            Tracker
          </a>
        </li>
        <li>
          <a href={hrefs.actionsDashboard()} aria-current={current === 'dashboard' ? 'page' : undefined}>
            Chair’s dashboard
          </a>
        </li>
      </ul>
    </nav>
  );
}
