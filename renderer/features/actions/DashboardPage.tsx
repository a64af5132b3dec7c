/** The chair's dashboard: counts by committee and by owner, ageing of open entries, completion over time. */
import { useCallback, useState } from 'react';
import { format, parse } from 'date-fns';
import type { Dashboard, DashboardCounts } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { hrefs, type PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { CommitteeSelect } from '../../ui/CommitteeSelect';
import { formatMeetingDate, plural } from '../../ui/dates';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { BarChart } from './BarChart';
import { DEFAULT_FILTERS, trackerQuery } from './model';
import { ActionsNav } from './parts';
import { UnreadDecisions } from './UnreadDecisions';
import './actions.css';

/** 7.4:1 and 4.9:1 on white: both well above the 3:1 graphics need, and tell apart without hue (blue and orange). */
const BLUE = '#1a56a0';
const ORANGE = '#a84a00';

const monthLabel = (month: string) => {
  const date = parse(`${month}-01`, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return Number.isNaN(date.getTime()) ? month : format(date, 'MMM yyyy');
};

function CountsTable({ caption, keyHeading, rows }: { caption: string; keyHeading: string; rows: DashboardCounts[] }) {
  if (rows.length === 0) return <p className="muted">Nothing in the tracker yet.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeading}</th>
            <th scope="col" className="num">
              Open
            </th>
            <th scope="col" className="num">
              Due this week
            </th>
            <th scope="col" className="num">
              Overdue
            </th>
            <th scope="col" className="num">
              Done
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.key}</th>
              <td className="num">{r.open}</td>
              <td className="num">{r.dueThisWeek}</td>
              <td className={r.overdue > 0 ? 'num data-table__overdue' : 'num'}>{r.overdue}</td>
              <td className="num">{r.done}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The ageing band of entries from meetings with no date (main/actions/dashboard.ts UNDATED_BAND). */
const UNDATED_BAND = 'Meeting date not stated';

function UndatedLine({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p className="dashboard-undated">
      {count} {count === 1 ? 'entry is' : 'entries are'} from meetings whose date is not stated, so {count === 1 ? 'it is' : 'they are'} not
      counted in any month.
    </p>
  );
}

/** Open entries nobody has checked against the minutes: the figures below count them as Scrutineer read them. */
function UncheckedLine({ count, committeeId }: { count: number; committeeId: number | null }) {
  if (count === 0) return null;
  const query = trackerQuery({ ...DEFAULT_FILTERS, committeeId, checked: 'no' });
  return (
    <p className="notice dashboard-unchecked">
      {count === 1 ? 'One open entry was' : `${count.toLocaleString('en-GB')} open entries were`} read from the minutes and {count === 1 ? 'has' : 'have'} not
      been checked: {count === 1 ? 'its' : 'their'} owners and due dates below are as Scrutineer read them.{' '}
      <a href={hrefs.actions(query)}>Check {count === 1 ? 'it' : 'them'} in the tracker</a>.
    </p>
  );
}

function DashboardView({ data, committeeId }: { data: Dashboard; committeeId: number | null }) {
  // The undated band only when it has entries: a bar of nought there says nothing.
  const ageing = data.ageing.filter((b) => b.band !== UNDATED_BAND || b.count > 0);
  const openTotal = ageing.reduce((n, b) => n + b.count, 0);
  const ageingSummary = `Open entries by age: ${ageing.map((b) => `${b.band}, ${b.count}`).join('; ')}.`;
  const completionSummary =
    data.completion.length === 0
      ? 'No entries yet.'
      : `Entries created and done per month: ${data.completion.map((m) => `${monthLabel(m.month)}, ${m.created} created, ${m.done} done`).join('; ')}.`;
  return (
    <>
      <p className="muted">As of {formatMeetingDate(data.today)}.</p>
      <UncheckedLine count={data.unchecked} committeeId={committeeId} />
      <section className="section" aria-labelledby="dash-committee">
        <h2 id="dash-committee" className="section-heading">
          By committee
        </h2>
        <CountsTable caption="Entries by committee" keyHeading="Committee" rows={data.byCommittee} />
      </section>
      <section className="section" aria-labelledby="dash-owner">
        <h2 id="dash-owner" className="section-heading">
          By owner
        </h2>
        <CountsTable caption="Entries by owner" keyHeading="Owner" rows={data.byOwner} />
      </section>
      <section className="section" aria-labelledby="dash-ageing">
        <h2 id="dash-ageing" className="section-heading">
          Ageing of open entries
        </h2>
        <p className="muted">{plural(openTotal, 'open entry', 'open entries')}, by time since the meeting that agreed them.</p>
        <BarChart
          title="Ageing of open entries"
          summary={ageingSummary}
          categories={ageing.map((b) => b.band)}
          series={[{ name: 'Open entries', colour: BLUE, values: ageing.map((b) => b.count) }]}
          xLabel="Time since the meeting"
          yLabel="Open entries"
        />
        <div className="table-wrap">
          <table className="data-table data-table--compact">
            <caption>Open entries by age (the chart’s figures)</caption>
            <thead>
              <tr>
                <th scope="col">Age</th>
                <th scope="col" className="num">
                  Open entries
                </th>
              </tr>
            </thead>
            <tbody>
              {ageing.map((b) => (
                <tr key={b.band}>
                  <th scope="row">{b.band}</th>
                  <td className="num">{b.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="section" aria-labelledby="dash-completion">
        <h2 id="dash-completion" className="section-heading">
          Completion over time
        </h2>
        <UndatedLine count={data.undatedCreated} />
        {data.completion.length === 0 ? (
          data.undatedCreated === 0 && <p className="muted">Nothing in the tracker yet.</p>
        ) : (
          <>
            <BarChart
              title="Entries created and done per month"
              summary={completionSummary}
              categories={data.completion.map((m) => monthLabel(m.month))}
              series={[
                { name: 'Created', colour: BLUE, values: data.completion.map((m) => m.created) },
                { name: 'Done', colour: ORANGE, values: data.completion.map((m) => m.done) },
              ]}
              xLabel="Month"
              yLabel="Entries"
            />
            <div className="table-wrap">
              <table className="data-table data-table--compact">
                <caption>Entries created and done per month (the chart’s figures)</caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col" className="num">
                      Created
                    </th>
                    <th scope="col" className="num">
                      Done
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.completion.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{monthLabel(m.month)}</th>
                      <td className="num">{m.created}</td>
                      <td className="num">{m.done}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </>
  );
}

export function DashboardPage({ refreshKey, focusOnMount }: PageProps) {
  useDocumentTitle('Chair’s dashboard');
  const [committeeId, setCommitteeId] = useState<number | null>(null);
  const load = useCallback(() => api['actions.dashboard'](committeeId ? { committeeId } : {}), [committeeId]);
  const dashboard = useResource(load, refreshKey);
  const loadCommittees = useCallback(() => api['library.overview']({}), []);
  const overview = useResource(loadCommittees, refreshKey);
  const committees = overview.status === 'ready' ? overview.value.councils.flatMap((c) => c.committees) : [];
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Library', href: hrefs.library() }, { label: 'Actions', href: hrefs.actions() }]} current="Chair’s dashboard" />
      <PageHeading focusOnMount={focusOnMount}>Chair’s dashboard</PageHeading>
      <ActionsNav current="dashboard" />
      <form className="actions-filters" aria-label="Dashboard filter" onSubmit={(e) => e.preventDefault()}>
        <div className="actions-filters__field">
          <CommitteeSelect committees={committees} emptyLabel="All committees" value={committeeId} onChange={setCommitteeId} />
        </div>
      </form>
      <UnreadDecisions refreshKey={refreshKey} committeeId={committeeId} here="from these figures" />
      {dashboard.status === 'loading' && <Loading what="the dashboard" />}
      {dashboard.status === 'error' && <ErrorPanel title="The dashboard could not be shown" error={dashboard.error} />}
      {dashboard.status === 'ready' && <DashboardView data={dashboard.value} committeeId={committeeId} />}
    </>
  );
}
