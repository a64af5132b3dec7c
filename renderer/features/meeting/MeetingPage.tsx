import { useCallback, useMemo, useRef, useState } from 'react';
import { MeetingAnnotations } from '../annotations/MeetingAnnotations';
import type { MeetingDetail } from '../../../shared/types/library';
import type { MeetingPapers } from '../../../shared/types/papers';
import { api } from '../../kernel/api';
import { hrefs, type PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Badge } from '../../ui/Badge';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { formatMeetingDate, plural } from '../../ui/dates';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { FollowUps } from '../actions/FollowUps';
import { InterestWarnings } from '../interests/InterestWarnings';
import { Attendance } from './Attendance';
import { DecisionList } from './Decisions';
import { DeclarationsSection } from './DeclarationsSection';
import type { ItemReport } from './Item';
import { ItemsList, type ItemsHandle } from './ItemsList';
import { MeetingContext } from './meeting-context';
import { MeetingFacts } from './MeetingFacts';
import { MeetingTools, type CorrectionPanel } from './MeetingTools';
import { NeedsCheckNotice } from './NeedsCheckNotice';
import { UnreadDecisionsNotice } from './UnreadDecisionsNotice';
import { PapersSection, reportHref } from './Papers';
import { PossibleDecisions } from './PossibleDecisions';
import { Sources } from './Sources';
import './corrections.css';
import './trust.css';

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
  onChanged,
  dataVersion,
}: {
  meeting: MeetingDetail;
  papers: MeetingPapers | null;
  focusOnMount: boolean;
  itemId: number | null;
  onPapersChanged?: () => void;
  /** The member corrected the meeting: load it again. */
  onChanged: () => void;
  /** Goes up after each correction, so the sections that load their own data load it again. */
  dataVersion: number;
}) {
  const reports = reportsByItem(papers);
  const [panel, setPanel] = useState<CorrectionPanel>(null);
  const items = useRef<ItemsHandle>(null);
  const itemContext = useMemo(() => ({ meetingId: meeting.id, committeeId: meeting.committee.id, onChanged }), [meeting.id, meeting.committee.id, onChanged]);
  const dateText = meeting.date ? formatMeetingDate(meeting.date) : 'Date not stated';
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

      {meeting.needsCheck && <NeedsCheckNotice reason={meeting.needsCheck} onEdit={() => setPanel('edit')} />}

      <MeetingFacts meeting={meeting} />
      <MeetingTools meeting={meeting} panel={panel} onPanel={setPanel} onChanged={onChanged} />

      {papers && <PapersSection papers={papers} meetingId={meeting.id} onChanged={onPapersChanged} />}
      <FollowUps meetingId={meeting.id} refreshKey={dataVersion} />
      <MeetingAnnotations key={dataVersion} meetingId={meeting.id} />

      <Attendance meeting={meeting} />

      <DeclarationsSection meeting={meeting} onChanged={onChanged} onGoToItem={(id) => items.current?.goToItem(id)} />
      <InterestWarnings meeting={meeting} />

      <section className="section" aria-labelledby="items">
        <h2 id="items" className="section-heading">
          Items <span className="section-heading__count">({meeting.items.length})</span>
        </h2>
        <UnreadDecisionsNotice meeting={meeting} onGoToItem={(id) => items.current?.goToItem(id)} />
        <MeetingContext.Provider value={itemContext}>
          <PossibleDecisions key={`opening-${meeting.id}`} sentences={meeting.introPossibleDecisions} opening />
          <ItemsList ref={items} items={meeting.items} reports={reports} targetItemId={itemId} />
        </MeetingContext.Provider>
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

      <Sources meetingId={meeting.id} sources={meeting.sources} onChanged={onChanged} />
    </>
  );
}

export function MeetingPage({ meetingId, itemId = null, refreshKey, focusOnMount }: PageProps & { meetingId: number; itemId?: number | null }) {
  const load = useCallback(() => api['library.meeting']({ meetingId }), [meetingId]);
  // Bumped after a correction (edit, merge, applied version), so the page shows the meeting as it is now.
  const [version, setVersion] = useState(0);
  const meeting = useResource(load, refreshKey + version);
  const loadPapers = useCallback(() => api['papers.forMeeting']({ meetingId }), [meetingId]);
  // Bumped after a purge, so the papers list shows what is left.
  const [papersVersion, setPapersVersion] = useState(0);
  const papers = useResource(loadPapers, refreshKey + papersVersion + version);
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
      onChanged={() => setVersion((v) => v + 1)}
      dataVersion={version}
    />
  );
}
