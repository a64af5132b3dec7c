import { useCallback, useId, useState } from 'react';
import type { MeetingSummary } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { hrefs, type PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { formatMeetingDate, formatTime, plural } from '../../ui/dates';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { councilLabel } from '../../ui/labels';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { WorkProgramme } from '../actions/WorkProgramme';
import { CommitteeCorrections } from '../corrections/CommitteeCorrections';
import './committee.css';

function MeetingLink({ meeting }: { meeting: MeetingSummary }) {
  const details = [plural(meeting.itemCount, 'item'), plural(meeting.decisionCount, 'decision')];
  if (meeting.startTime) details.unshift(formatTime(meeting.startTime));
  // In words, not colour alone; the meeting stays listed with the member's notes on it.
  if (meeting.cancelledAt) details.unshift('Cancelled');
  return (
    <a className="card-link" href={hrefs.meeting(meeting.id)}>
      <span className="card-link__title">{meeting.date ? formatMeetingDate(meeting.date) : 'Date not stated'}</span>
      <span className="card-link__meta">{details.join(' · ')}</span>
      {meeting.venue && <span className="card-link__meta card-link__venue">{meeting.venue}</span>}
    </a>
  );
}

/**
 * "I sit on this committee": a real checkbox, saved as soon as it changes. Search's "My committees
 * only" filter and the library's "My committee" badge follow it.
 */
function MyCommitteeToggle({ committeeId, mine }: { committeeId: number; mine: boolean }) {
  const [checked, setChecked] = useState(mine);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A reload (after an import) brings the stored value.
  const [seen, setSeen] = useState(mine);
  if (seen !== mine) {
    setSeen(mine);
    setChecked(mine);
  }
  const id = useId();
  const change = async (next: boolean) => {
    setChecked(next);
    setSaving(true);
    setError(null);
    const result = await api['library.setMyCommittee']({ committeeId, mine: next }).catch(() => null);
    setSaving(false);
    if (!result?.ok) {
      setChecked(!next);
      setError(result ? result.error.message : 'Scrutineer could not save this. Try again.');
    }
  };
  return (
    <div className="my-committee">
      <label className="choice my-committee__choice">
        <input
          type="checkbox"
          checked={checked}
          disabled={saving}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void change(e.currentTarget.checked)}
        />
        I sit on this committee
      </label>
      <p id={`${id}-hint`} className="my-committee__hint muted">
        Search can be limited to your committees with “My committees only”.
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function CommitteePage({ committeeId, refreshKey, focusOnMount }: PageProps & { committeeId: number }) {
  const load = useCallback(() => api['library.committee']({ committeeId }), [committeeId]);
  // Bumped after a rename or merge, so the page shows the committee as it is now.
  const [version, setVersion] = useState(0);
  const committee = useResource(load, refreshKey + version);
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
      <p className="eyebrow">{councilLabel(c.council)}</p>
      <PageHeading focusOnMount={focusOnMount}>{c.name}</PageHeading>
      <MyCommitteeToggle committeeId={c.id} mine={c.mine} />
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
      <WorkProgramme committeeId={c.id} refreshKey={refreshKey + version} />
      <CommitteeCorrections committee={c} onChanged={() => setVersion((v) => v + 1)} />
    </>
  );
}
