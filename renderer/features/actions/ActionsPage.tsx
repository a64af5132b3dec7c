/**
 * The actions and recommendations tracker ('#/actions'): follow-ups to confirm, filters, a sortable
 * table with keyboard selection for bulk status changes, exports and a form for hand-added entries.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { ActionEntry, ActionStatus } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { hrefs, parseRoute, replaceHash, type PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { useAction } from '../../ui/useAction';
import { CommitteeSelect } from '../../ui/CommitteeSelect';
import { formatMeetingDate, plural } from '../../ui/dates';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { AddAction } from './AddAction';
import { Exports } from './Exports';
import { FollowUps } from './FollowUps';
import { UnreadDecisions } from './UnreadDecisions';
import {
  distinctCommittees,
  distinctOwners,
  filterEntries,
  itemLabel,
  keepVisible,
  neighbour,
  NO_OWNER,
  parseTrackerQuery,
  rangeSelection,
  SETTABLE_STATUSES,
  sortEntries,
  STATUS_LABEL,
  toggleSelection,
  trackerQuery,
  type SortKey,
  type TrackerFilters,
} from './model';
import { ActionsNav, Due, KindBadge, StatusBadge } from './parts';
import './actions.css';

function Filters({ entries, filters, onChange }: { entries: ActionEntry[]; filters: TrackerFilters; onChange: (f: TrackerFilters) => void }) {
  const id = useId();
  const committees = distinctCommittees(entries);
  const owners = distinctOwners(entries);
  return (
    <form className="actions-filters" aria-label="Filter the tracker" onSubmit={(e) => e.preventDefault()}>
      <div className="actions-filters__field">
        <CommitteeSelect committees={committees} emptyLabel="All committees" value={filters.committeeId} onChange={(committeeId) => onChange({ ...filters, committeeId })} />
      </div>
      <div className="actions-filters__field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={filters.status} onChange={(e) => onChange({ ...filters, status: e.target.value as TrackerFilters['status'] })}>
          <option value="all">Any status</option>
          <option value="overdue">Overdue</option>
          <option value="open">Open</option>
          <option value="in-progress">In progress</option>
          <option value="done">Done</option>
          <option value="dropped">Dropped</option>
        </select>
      </div>
      <div className="actions-filters__field">
        <label htmlFor={`${id}-owner`}>Owner</label>
        <select id={`${id}-owner`} value={filters.owner ?? ''} onChange={(e) => onChange({ ...filters, owner: e.target.value || null })}>
          <option value="">Anyone</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
          <option value={NO_OWNER}>No owner named</option>
        </select>
      </div>
      <div className="actions-filters__field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={filters.kind} onChange={(e) => onChange({ ...filters, kind: e.target.value as TrackerFilters['kind'] })}>
          <option value="all">Actions and recommendations</option>
          <option value="action">Actions</option>
          <option value="recommendation">Recommendations</option>
        </select>
      </div>
      <div className="actions-filters__field">
        <label htmlFor={`${id}-checked`}>Checked</label>
        <select id={`${id}-checked`} value={filters.checked} onChange={(e) => onChange({ ...filters, checked: e.target.value as TrackerFilters['checked'] })}>
          <option value="all">Checked or not</option>
          <option value="no">Not checked yet</option>
          <option value="yes">Checked</option>
        </select>
      </div>
    </form>
  );
}

function SortHeader({ label, sortKey, filters, onSort }: { label: string; sortKey: SortKey; filters: TrackerFilters; onSort: (key: SortKey) => void }) {
  const active = filters.sort === sortKey;
  return (
    <th scope="col" aria-sort={active ? filters.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <span className="sort-button__arrow" aria-hidden="true">
          {active ? (filters.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function BulkBar({ count, onApply }: { count: number; onApply: (status: ActionStatus, note: string) => Promise<boolean> }) {
  const id = useId();
  const [status, setStatus] = useState<ActionStatus>('done');
  const [note, setNote] = useState('');
  // onApply reports its own outcome in the page's status line; only the selection check is an error here.
  const { run, busy, error, setError } = useAction(async () => {
    if (await onApply(status, note)) setNote('');
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (count === 0) setError('Select at least one entry first: tick its box, or press Space on it.');
    else void run();
  };
  return (
    <form className="bulk-bar" aria-label="Change the status of the selected entries" onSubmit={submit}>
      <p className="bulk-bar__count">{plural(count, 'entry', 'entries')} selected</p>
      <div className="actions-filters__field">
        <label htmlFor={`${id}-status`}>Mark selected as…</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
          {SETTABLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="actions-filters__field bulk-bar__note">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <input id={`${id}-note`} type="text" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
      </div>
      <Button type="submit" disabled={busy}>
        Apply
      </Button>
      <FormError error={error} />
    </form>
  );
}

function Tracker({ entries, filters, setFilters, reload }: { entries: ActionEntry[]; filters: TrackerFilters; setFilters: (f: TrackerFilters) => void; reload: () => void }) {
  const shown = useMemo(() => sortEntries(filterEntries(entries, filters), filters.sort, filters.direction), [entries, filters]);
  const order = useMemo(() => shown.map((e) => e.id), [shown]);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  // Shift+Arrow extends from the anchor (the last row toggled) over what was selected then.
  const anchor = useRef<{ id: number; base: Set<number> } | null>(null);
  const boxes = useRef(new Map<number, HTMLInputElement>());
  const selectAll = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  const visibleSelected = keepVisible(selected, order);

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = visibleSelected.size > 0 && visibleSelected.size < order.length;
  }, [visibleSelected.size, order.length]);

  const onSort = (key: SortKey) =>
    setFilters({ ...filters, sort: key, direction: filters.sort === key && filters.direction === 'ascending' ? 'descending' : 'ascending' });

  const onRowClick = (event: MouseEvent<HTMLInputElement>, id: number) => {
    if (event.shiftKey && anchor.current) {
      setSelected(rangeSelection(order, anchor.current.base, anchor.current.id, id));
      return;
    }
    const next = toggleSelection(visibleSelected, id);
    anchor.current = { id, base: next };
    setSelected(next);
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLInputElement>, id: number) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const target = neighbour(order, id, event.key === 'ArrowDown' ? 1 : -1);
    if (target === null) return;
    if (event.shiftKey) {
      if (!anchor.current || !order.includes(anchor.current.id)) anchor.current = { id, base: new Set(visibleSelected) };
      setSelected(rangeSelection(order, anchor.current.base, anchor.current.id, target));
    }
    boxes.current.get(target)?.focus();
  };

  const onSelectAll = () => {
    const all = visibleSelected.size === order.length ? new Set<number>() : new Set(order);
    anchor.current = null;
    setSelected(all);
  };

  const applyBulk = async (status: ActionStatus, note: string) => {
    const ids = [...visibleSelected];
    const result = await api['actions.update']({ ids, status, note });
    if (!result.ok) {
      setMessage(`Could not update: ${result.error.message}`);
      return false;
    }
    setMessage(`Marked ${plural(ids.length, 'entry', 'entries')} as ${STATUS_LABEL[status]}.`);
    setSelected(new Set());
    anchor.current = null;
    reload();
    return true;
  };

  const partialExport = filters.owner !== null || filters.kind !== 'all' || filters.checked !== 'all';
  // One committee (or a committee filter): its name in every row is noise.
  const showCommittee = filters.committeeId === null && distinctCommittees(entries).length > 1;
  return (
    <>
      <Filters entries={entries} filters={filters} onChange={setFilters} />
      <Exports committeeId={filters.committeeId} status={filters.status === 'all' ? null : filters.status} partial={partialExport} />
      <BulkBar count={visibleSelected.size} onApply={applyBulk} />
      <p className="bulk-bar__status" role="status">
        {message}
      </p>
      <p className="muted actions-help" id="actions-keys">
        In the table, Space ticks an entry, the arrow keys move between entries and Shift with an arrow key extends the selection.
      </p>
      {shown.length === 0 ? (
        <p className="muted">{entries.length === 0 ? 'No actions or recommendations yet.' : 'No entries match these filters.'}</p>
      ) : (
        <div className="table-wrap">
          <table className="actions-table" aria-describedby="actions-keys">
            <caption className="visually-hidden">
              {plural(shown.length, 'entry', 'entries')} in the tracker
              {filters.sort === 'due' ? ', by due date' : filters.sort === 'meeting' ? ', by meeting date' : ', by status'}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="actions-table__select">
                  <input
                    ref={selectAll}
                    type="checkbox"
                    aria-label="Select all shown entries"
                    checked={order.length > 0 && visibleSelected.size === order.length}
                    onChange={onSelectAll}
                  />
                </th>
                <th scope="col">What</th>
                {showCommittee && <th scope="col">Committee</th>}
                <SortHeader label="Meeting" sortKey="meeting" filters={filters} onSort={onSort} />
                <th scope="col">Owner</th>
                <SortHeader label="Due" sortKey="due" filters={filters} onSort={onSort} />
                <SortHeader label="Status" sortKey="status" filters={filters} onSort={onSort} />
                <th scope="col">Kind</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.id} className={visibleSelected.has(e.id) ? 'is-selected' : undefined}>
                  <td className="actions-table__select">
                    <input
                      ref={(node) => {
                        if (node) boxes.current.set(e.id, node);
                        else boxes.current.delete(e.id);
                      }}
                      type="checkbox"
                      aria-label={`Select: ${e.what}`}
                      checked={visibleSelected.has(e.id)}
                      onChange={() => undefined}
                      onClick={(event) => onRowClick(event, e.id)}
                      onKeyDown={(event) => onRowKeyDown(event, e.id)}
                    />
                  </td>
                  <th scope="row" className="actions-table__what">
                    <a href={hrefs.action(e.id)}>{e.what}</a>
                    {e.minuteWithdrawn && <span className="actions-table__written"> (minute withdrawn)</span>}
                    {!e.checked && <span className="actions-table__unchecked">Not checked</span>}
                  </th>
                  {showCommittee && <td>{e.committee.name}</td>}
                  <td>
                    {e.meeting ? (
                      <>
                        <a href={hrefs.meeting(e.meeting.id, e.item?.id)}>{e.meeting.date ? formatMeetingDate(e.meeting.date) : 'Date not stated'}</a>
                        {e.item && <span className="actions-table__item">{itemLabel(e.item)}</span>}
                      </>
                    ) : (
                      <span className="muted">Added by hand</span>
                    )}
                  </td>
                  <td>{e.owner ?? <span className="muted">Not named</span>}</td>
                  <td>
                    <Due entry={e} />
                  </td>
                  <td>
                    <StatusBadge status={e.shownStatus} />
                  </td>
                  <td>
                    <KindBadge kind={e.kind} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function ActionsPage({ query, refreshKey, focusOnMount }: PageProps & { query: string }) {
  useDocumentTitle('Actions and recommendations');
  const [filters, setFiltersState] = useState<TrackerFilters>(() => parseTrackerQuery(query));
  // The filters change the address without a navigation, so the route's query can be stale: on
  // Back, Forward or the header's link, read the filters from the address itself.
  useEffect(() => {
    const onHashChange = () => {
      const route = parseRoute(window.location.hash);
      if (route?.page === 'actions') setFiltersState(parseTrackerQuery(route.query));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const setFilters = (f: TrackerFilters) => {
    setFiltersState(f);
    replaceHash(hrefs.actions(trackerQuery(f)));
  };
  const [localKey, setLocalKey] = useState(0);
  const reload = useCallback(() => setLocalKey((k) => k + 1), []);
  const load = useCallback(() => api['actions.list']({}), []);
  const entries = useResource(load, refreshKey + localKey);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Library', href: hrefs.library() }]} current="Actions" />
      <PageHeading focusOnMount={focusOnMount}>Actions and recommendations</PageHeading>
      <ActionsNav current="tracker" />
      <FollowUps refreshKey={refreshKey + localKey} onChanged={reload} />
      <section className="section" aria-labelledby="tracker-heading">
        <h2 id="tracker-heading" className="section-heading">
          Tracker
        </h2>
        <UnreadDecisions refreshKey={refreshKey + localKey} committeeId={filters.committeeId} />
        {entries.status === 'loading' && <Loading what="the tracker" />}
        {entries.status === 'error' && <ErrorPanel title="The tracker could not be shown" error={entries.error} />}
        {entries.status === 'ready' && <Tracker entries={entries.value} filters={filters} setFilters={setFilters} reload={reload} />}
      </section>
      <AddAction refreshKey={refreshKey} onAdded={reload} />
    </>
  );
}
