/** The meeting's committee, council, date and time and venue; the details the member set are marked "set by you". */
import type { ReactNode } from 'react';
import type { MeetingDetail } from '../../../shared/types/library';
import { hrefs } from '../../kernel/router';
import { formatMeetingWhen } from '../../ui/dates';
import { councilLabel } from '../../ui/labels';

function SetByYou({ meeting, fields }: { meeting: MeetingDetail; fields: string[] }) {
  if (!fields.some((f) => meeting.memberFields.includes(f))) return null;
  return <span className="set-by-you"> (set by you)</span>;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function MeetingFacts({ meeting }: { meeting: MeetingDetail }) {
  return (
    <dl className="facts">
      <Fact term="Committee">
        <a href={hrefs.committee(meeting.committee.id)}>{meeting.committee.name}</a>
        <SetByYou meeting={meeting} fields={['committee']} />
      </Fact>
      <Fact term="Council">
        {councilLabel(meeting.council)}
        <SetByYou meeting={meeting} fields={['council']} />
      </Fact>
      <Fact term="When">
        {formatMeetingWhen(meeting.date, meeting.startTime, meeting.endTime)}
        <SetByYou meeting={meeting} fields={['date', 'startTime', 'endTime']} />
      </Fact>
      <Fact term="Venue">
        {meeting.venue ?? <span className="muted">Not stated</span>}
        <SetByYou meeting={meeting} fields={['venue']} />
      </Fact>
    </dl>
  );
}
