import { useCallback } from 'react';
import type { MeetingSummary } from '../../../shared/types/library';
import { api } from '../../app/api';
import { hrefs, type PageProps } from '../../app/router';
import { useDocumentTitle, useResource } from '../../app/useResource';
import { formatMeetingDate, formatTime, plural } from '../../ui/dates';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { UNNAMED_COUNCIL } from '../../ui/labels';
import { Breadcrumbs } from '../../ui/Breadcrumbs';

function MeetingLink({ meeting }: { meeting: MeetingSummary }) {
  const details = [plural(meeting.itemCount, 'item'), plural(meeting.decisionCount, 'decision')];
  if (meeting.startTime) details.unshift(formatTime(meeting.startTime));
  return (
    <a className="card-link" href={hrefs.meeting(meeting.id)}>
      <span className="card-link__title">{meeting.date ? formatMeetingDate(meeting.date) : 'Date not stated'}</span>
      <span className="card-link__meta">{details.join(' · ')}</span>
      {meeting.venue && <span className="card-link__meta card-link__venue">{meeting.venue}</span>}
    </a>
  );
}

export function CommitteePage({ committeeId, refreshKey, focusOnMount }: PageProps & { committeeId: number }) {
  const load = useCallback(() => api['library.committee']({ committeeId }), [committeeId]);
  const committee = useResource(load, refreshKey);
  useDocumentTitle(committee.status === 'ready' ? committee.value.name : 'Committee');

  if (committee.status === 'loading') return <Loading what="the committee" />;
  if (committee.status === 'error') {
    return (
      <>
        <Breadcrumbs trail={[{ label: 'Library', href: hrefs.library() }]} current="Committee" />
        <PageHeading focusOnMount={focusOnMount}>Committee</PageHeading>
        <ErrorPanel title="This committee could not be opened" error={committee.error} />
      </>
    );
  }
  const c = committee.value;
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Library', href: hrefs.library() }]} current={c.name} />
      <p className="eyebrow">{c.council.name ?? UNNAMED_COUNCIL}</p>
      <PageHeading focusOnMount={focusOnMount}>{c.name}</PageHeading>
      <h2 className="section-heading">Meetings</h2>
      {c.meetings.length === 0 ? (
        <p>No meetings of this committee are in the library.</p>
      ) : (
        <>
          <p className="muted">{plural(c.meetings.length, 'meeting')}, newest first.</p>
          <ul className="card-list">
            {c.meetings.map((m) => (
              <li key={m.id}>
                <MeetingLink meeting={m} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
