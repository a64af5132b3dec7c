/**
 * One tracker entry ('#/actions/ID'): the full minute text and where it came from, the dated update
 * log, status changes with a note, evidence, and for recommendations the response and implementation.
 */
import { useCallback, useState } from 'react';
import type { ActionEntry } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { hrefs, type PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Badge } from '../../ui/Badge';
import { formatMeetingDate, formatTimestamp } from '../../ui/dates';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { TextBlock } from '../../ui/TextBlock';
import { AddEvidence } from './AddEvidence';
import { CheckNotice } from './CheckNotice';
import { CorrectEntry } from './CorrectEntry';
import { describeUpdate, EVIDENCE_LABEL, itemLabel, setByMember } from './model';
import { NotActionNotice } from './NotActionNotice';
import { Due, KindBadge, StatusBadge } from './parts';
import { Response } from './RecommendationResponse';
import { UpdateStatus } from './UpdateStatus';
import './actions.css';

const shortTitle = (what: string) => (what.length > 80 ? `${what.slice(0, 77).trimEnd()}…` : what);

/** " (set by you)" after a detail the member corrected. */
function SetByYou({ entry, field }: { entry: ActionEntry; field: string }) {
  if (!setByMember(entry, field)) return null;
  return <span className="set-by-you"> (set by you)</span>;
}

function Detail({ entry, focusOnMount, onSaved, message }: { entry: ActionEntry; focusOnMount: boolean; onSaved: (message: string) => void; message: string }) {
  const kind = entry.kind === 'recommendation' ? 'Recommendation' : 'Action';
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Library', href: hrefs.library() },
          { label: 'Actions', href: hrefs.actions() },
        ]}
        current={shortTitle(entry.what)}
      />
      <PageHeading focusOnMount={focusOnMount}>
        <span className="page-heading__context">
          {kind} · {entry.committee.name}
        </span>
        <span className="page-heading__main action-detail__what">{entry.what}</span>
      </PageHeading>
      <p className="action-detail__badges">
        {entry.notAction ? (
          <Badge tone="neutral">Not an action</Badge>
        ) : (
          <>
            <StatusBadge status={entry.shownStatus} /> <KindBadge kind={entry.kind} />
          </>
        )}
        {(setByMember(entry, 'what') || setByMember(entry, 'kind')) && (
          <span className="set-by-you">
            {' '}
            {setByMember(entry, 'what') && setByMember(entry, 'kind') ? 'Text and kind set by you' : setByMember(entry, 'what') ? 'Text set by you' : 'Kind set by you'}
          </span>
        )}
      </p>
      <p className={message ? 'action-detail__status' : 'visually-hidden'} role="status">
        {message}
      </p>
      {entry.notAction && <NotActionNotice entry={entry} onSaved={onSaved} />}
      {!entry.notAction && !entry.checked && <CheckNotice entry={entry} onSaved={onSaved} />}
      {entry.minuteWithdrawn && <p className="notice">The minute this came from is no longer in the latest copy of the minutes.</p>}
      <dl className="facts">
        <div>
          <dt>Committee</dt>
          <dd>
            <a href={hrefs.committee(entry.committee.id)}>{entry.committee.name}</a>
          </dd>
        </div>
        <div>
          <dt>Meeting</dt>
          <dd>
            {entry.meeting ? (
              <a href={hrefs.meeting(entry.meeting.id)}>{entry.meeting.date ? formatMeetingDate(entry.meeting.date) : 'Date not stated'}</a>
            ) : (
              <span className="muted">None (added by hand)</span>
            )}
          </dd>
        </div>
        {entry.item && entry.meeting && (
          <div>
            <dt>Item</dt>
            <dd>
              <a href={hrefs.meeting(entry.meeting.id, entry.item.id)}>{itemLabel(entry.item)}</a>
            </dd>
          </div>
        )}
        <div>
          <dt>Owner</dt>
          <dd>
            {entry.owner ?? <span className="muted">Not named</span>}
            <SetByYou entry={entry} field="owner" />
          </dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>
            <Due entry={entry} />
            <SetByYou entry={entry} field="due" />
          </dd>
        </div>
        {entry.targetMeeting && (
          <div>
            <dt>Work programme</dt>
            <dd>
              <a href={hrefs.meeting(entry.targetMeeting.id)}>
                {entry.targetMeeting.date ? formatMeetingDate(entry.targetMeeting.date) : 'A later meeting'}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>Source</dt>
          <dd>
            {entry.source === 'manual' ? `Added by hand on ${formatTimestamp(entry.createdAt)}` : entry.checked ? 'From the minutes, checked by you' : 'From the minutes, not checked'}
          </dd>
        </div>
      </dl>
      {entry.source === 'minutes' && <CorrectEntry entry={entry} onSaved={onSaved} />}

      {entry.minuteText && (
        <section className="section" aria-labelledby="minute-text">
          <h2 id="minute-text" className="section-heading">
            The minute
          </h2>
          <blockquote className="action-detail__minute">
            <TextBlock text={entry.minuteText} />
          </blockquote>
        </section>
      )}

      {entry.kind === 'recommendation' && <Response key={`${entry.response}-${entry.implementation}-${entry.reviewDate}`} entry={entry} onSaved={onSaved} />}

      <section className="section" aria-labelledby="update-log">
        <h2 id="update-log" className="section-heading">
          Update log
        </h2>
        {entry.updates.length === 0 ? (
          <p className="muted">No updates yet.</p>
        ) : (
          <ol className="update-log">
            {[...entry.updates].reverse().map((u, i) => (
              <li key={`${u.at}-${i}`} className="update-log__entry">
                <span className="update-log__when">{formatTimestamp(u.at)}</span>
                <span className="update-log__what">{describeUpdate(u)}</span>
                {u.note && <span className="update-log__note">{u.note}</span>}
              </li>
            ))}
          </ol>
        )}
        <UpdateStatus entry={entry} onSaved={onSaved} />
      </section>

      <section className="section" aria-labelledby="evidence">
        <h2 id="evidence" className="section-heading">
          Evidence
        </h2>
        {entry.evidence.length === 0 ? (
          <p className="muted">No evidence yet.</p>
        ) : (
          <ul className="evidence">
            {entry.evidence.map((ev, i) => (
              <li key={`${ev.addedAt}-${i}`}>
                <span className="evidence__kind">{EVIDENCE_LABEL[ev.kind]}:</span> {ev.text}{' '}
                <span className="evidence__when">(added {formatTimestamp(ev.addedAt)})</span>
              </li>
            ))}
          </ul>
        )}
        <AddEvidence entry={entry} onSaved={onSaved} />
      </section>
    </>
  );
}

export function ActionDetailPage({ entryId, refreshKey, focusOnMount }: PageProps & { entryId: number }) {
  const [localKey, setLocalKey] = useState(0);
  const [message, setMessage] = useState('');
  const load = useCallback(() => api['actions.get']({ id: entryId }), [entryId]);
  const entry = useResource(load, refreshKey + localKey);
  useDocumentTitle(entry.status === 'ready' ? shortTitle(entry.value.what) : 'Action');
  const onSaved = (text: string) => {
    setMessage(text);
    setLocalKey((k) => k + 1);
  };
  return (
    <>
      {entry.status === 'loading' && <Loading what="the action" />}
      {entry.status === 'error' && (
        <>
          <Breadcrumbs trail={[{ label: 'Library', href: hrefs.library() }, { label: 'Actions', href: hrefs.actions() }]} current="Action" />
          <PageHeading focusOnMount={focusOnMount}>Action</PageHeading>
          <ErrorPanel title="This action could not be opened" error={entry.error} />
        </>
      )}
      {entry.status === 'ready' && <Detail entry={entry.value} focusOnMount={focusOnMount} onSaved={onSaved} message={message} />}
    </>
  );
}
