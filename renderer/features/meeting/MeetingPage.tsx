import { useCallback, useEffect, useState } from 'react';
import { MeetingAnnotations } from '../annotations/MeetingAnnotations';
import type { DeclarationView, MeetingDetail, SourceView } from '../../../shared/types/library';
import type { MeetingPapers } from '../../../shared/types/papers';
import { api } from '../../app/api';
import { hrefs, type PageProps } from '../../app/router';
import { useDocumentTitle, useResource } from '../../app/useResource';
import { Badge } from '../../ui/Badge';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { formatMeetingDate, formatMeetingWhen, formatTimestamp, plural } from '../../ui/dates';
import { INTEREST_NATURE, UNNAMED_COUNCIL } from '../../ui/labels';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { FollowUps } from '../actions/FollowUps';
import { InterestWarnings } from '../interests/InterestWarnings';
import { Attendance } from './Attendance';
import { DecisionList } from './Decisions';
import { InPageLink } from './InPageLink';
import { Item, itemAnchor, itemTitle, type ItemReport } from './Item';
import { PapersSection, reportHref } from './Papers';

const INPUT_KIND: Record<string, string> = {
  'pdf-text': 'PDF',
};

function Declarations({ declarations }: { declarations: DeclarationView[] }) {
  if (declarations.length === 0) return <p className="muted">No interests were declared in the minutes.</p>;
  return (
    <div className="table-wrap">
      <table className="declarations">
        <caption className="visually-hidden">Interests declared at the meeting</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Interest</th>
            <th scope="col">Item</th>
            <th scope="col">Nature</th>
          </tr>
        </thead>
        <tbody>
          {declarations.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.member}</th>
              <td>{d.subject}</td>
              <td>{d.item ?? <span className="muted">Not stated</span>}</td>
              <td>
                {INTEREST_NATURE[d.nature]}
                {d.withdrew && <span className="declarations__withdrew">Left the room / took no part</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Provenance({ sources }: { sources: SourceView[] }) {
  if (sources.length === 0) return null;
  return (
    <footer className="provenance" aria-label="Where this came from">
      <ul>
        {sources.map((s) => (
          <li key={`${s.sha256}-${s.importedAt}`}>
            Parsed from <span className="provenance__file">{s.fileName}</span> on {formatTimestamp(s.importedAt)}
            {INPUT_KIND[s.inputKind] ? ` (${INPUT_KIND[s.inputKind]})` : ''}.
          </li>
        ))}
      </ul>
    </footer>
  );
}

function reportsByItem(papers: MeetingPapers | null): Map<number, ItemReport> {
  const map = new Map<number, ItemReport>();
  for (const report of papers?.reports ?? []) {
    if (map.has(report.itemId)) continue;
    map.set(report.itemId, { href: reportHref(report, papers?.documents ?? []), firstPage: report.firstPage, lastPage: report.lastPage });
  }
  return map;
}

function Meeting({
  meeting,
  papers,
  focusOnMount,
  itemId,
  onPapersChanged,
}: {
  meeting: MeetingDetail;
  papers: MeetingPapers | null;
  focusOnMount: boolean;
  itemId: number | null;
  onPapersChanged?: () => void;
}) {
  const reports = reportsByItem(papers);
  // Arriving from a search hit on an item: go to that item's heading.
  useEffect(() => {
    if (itemId === null) return;
    const heading = document.getElementById(`item-${itemId}`);
    if (!heading) return;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  }, [itemId]);
  const dateText = meeting.date ? formatMeetingDate(meeting.date) : 'Date not stated';
  const council = meeting.council.name ?? UNNAMED_COUNCIL;
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Library', href: hrefs.library() },
          { label: meeting.committee.name, href: hrefs.committee(meeting.committee.id) },
        ]}
        current={dateText}
      />
      <PageHeading focusOnMount={focusOnMount && itemId === null}>
        <span className="page-heading__context">{meeting.committee.name}</span>
        <span className="page-heading__main">{meeting.date ? dateText : 'Meeting (date not stated)'}</span>
        {meeting.cancelledAt && (
          <>
            {' '}
            <Badge tone="warning">Cancelled</Badge>
          </>
        )}
      </PageHeading>
      {meeting.cancelledAt && (
        <p className="meeting-cancelled" role="note">
          The council has marked this meeting as cancelled. It stays in your library with your notes.
        </p>
      )}

      <dl className="facts">
        <div>
          <dt>Committee</dt>
          <dd>
            <a href={hrefs.committee(meeting.committee.id)}>{meeting.committee.name}</a>
          </dd>
        </div>
        <div>
          <dt>Council</dt>
          <dd>{council}</dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>{formatMeetingWhen(meeting.date, meeting.startTime, meeting.endTime)}</dd>
        </div>
        <div>
          <dt>Venue</dt>
          <dd>{meeting.venue ?? <span className="muted">Not stated</span>}</dd>
        </div>
      </dl>

      {papers && <PapersSection papers={papers} meetingId={meeting.id} onChanged={onPapersChanged} />}
      <FollowUps meetingId={meeting.id} />
      <MeetingAnnotations meetingId={meeting.id} />

      <Attendance meeting={meeting} />

      <section className="section" aria-labelledby="declarations">
        <h2 id="declarations" className="section-heading">
          Declarations of interest
        </h2>
        <Declarations declarations={meeting.declarations} />
      </section>
      <InterestWarnings meeting={meeting} />

      <section className="section" aria-labelledby="items">
        <h2 id="items" className="section-heading">
          Items <span className="section-heading__count">({meeting.items.length})</span>
        </h2>
        {meeting.items.length === 0 ? (
          <p className="muted">No agenda items were found in the imported copy.</p>
        ) : (
          <>
            <nav className="contents" aria-label="Items in this meeting">
              <ol>
                {meeting.items.map((item) => (
                  <li key={item.id}>
                    <InPageLink targetId={itemAnchor(item)}>
                      {item.number && <span className="contents__number">{item.number}</span>}
                      <span className="contents__title">{itemTitle(item)}</span>
                    </InPageLink>
                  </li>
                ))}
              </ol>
            </nav>
            <div className="items">
              {meeting.items.map((item) => (
                <Item key={item.id} item={item} report={reports.get(item.id)} />
              ))}
            </div>
          </>
        )}
      </section>

      {meeting.otherDecisions.length > 0 && (
        <section className="section" aria-labelledby="other-decisions">
          <h2 id="other-decisions" className="section-heading">
            Other decisions
          </h2>
          <p className="muted">{plural(meeting.otherDecisions.length, 'decision')} the minutes did not tie to an item.</p>
          <DecisionList decisions={meeting.otherDecisions} />
        </section>
      )}

      <Provenance sources={meeting.sources} />
    </>
  );
}

export function MeetingPage({ meetingId, itemId = null, refreshKey, focusOnMount }: PageProps & { meetingId: number; itemId?: number | null }) {
  const load = useCallback(() => api['library.meeting']({ meetingId }), [meetingId]);
  const meeting = useResource(load, refreshKey);
  const loadPapers = useCallback(() => api['papers.forMeeting']({ meetingId }), [meetingId]);
  // Bumped after a purge, so the papers list shows what is left.
  const [papersVersion, setPapersVersion] = useState(0);
  const papers = useResource(loadPapers, refreshKey + papersVersion);
  useDocumentTitle(
    meeting.status === 'ready'
      ? `${meeting.value.date ? formatMeetingDate(meeting.value.date) : 'Meeting'} – ${meeting.value.committee.name}`
      : 'Meeting',
  );

  if (meeting.status === 'loading') return <Loading what="the meeting" />;
  if (meeting.status === 'error') {
    return (
      <>
        <Breadcrumbs trail={[{ label: 'Library', href: hrefs.library() }]} current="Meeting" />
        <PageHeading focusOnMount={focusOnMount}>Meeting</PageHeading>
        <ErrorPanel title="This meeting could not be opened" error={meeting.error} />
      </>
    );
  }
  // Papers are an extra: if they cannot be listed the minutes still show.
  return (
    <Meeting
      meeting={meeting.value}
      papers={papers.status === 'ready' ? papers.value : null}
      focusOnMount={focusOnMount}
      itemId={itemId}
      onPapersChanged={() => setPapersVersion((v) => v + 1)}
    />
  );
}
