/**
 * One tracker entry ('#/actions/ID'): the full minute text and where it came from, the dated update
 * log, status changes with a note, evidence, and for recommendations the response and implementation.
 */
import { useCallback, useId, useState, type FormEvent } from 'react';
import type { ActionEntry, ActionStatus, Implementation, RecommendationResponse } from '../../../shared/types/actions';
import { api } from '../../app/api';
import { hrefs, type PageProps } from '../../app/router';
import { useDocumentTitle, useResource } from '../../app/useResource';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button } from '../../ui/Button';
import { formatMeetingDate, formatTimestamp } from '../../ui/dates';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { TextBlock } from '../../ui/TextBlock';
import {
  describeUpdate,
  EVIDENCE_LABEL,
  IMPLEMENTATION_LABEL,
  itemLabel,
  RESPONSE_LABEL,
  SETTABLE_STATUSES,
  STATUS_LABEL,
} from './model';
import { Due, KindBadge, StatusBadge } from './parts';
import './actions.css';

const shortTitle = (what: string) => (what.length > 80 ? `${what.slice(0, 77).trimEnd()}…` : what);

function UpdateStatus({ entry, onSaved }: { entry: ActionEntry; onSaved: (message: string) => void }) {
  const id = useId();
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (status === '' && note.trim() === '') return setError('Choose a new status or write a note.');
    setError(null);
    setBusy(true);
    const result = await api['actions.update']({ ids: [entry.id], status: status === '' ? null : status, note });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onSaved(status === '' ? 'Note added to the log.' : `Status changed to ${STATUS_LABEL[status]}.`);
    setStatus('');
    setNote('');
  };
  return (
    <form className="action-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={`${id}-heading`} className="action-form__heading">
        Update status
      </h3>
      <div className="field">
        <label htmlFor={`${id}-status`}>New status</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus | '')}>
          <option value="">No change (note only)</option>
          {SETTABLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} rows={3} value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <Button type="submit" disabled={busy}>
        Save update
      </Button>
    </form>
  );
}

function AddEvidence({ entry, onSaved }: { entry: ActionEntry; onSaved: (message: string) => void }) {
  const id = useId();
  const [kind, setKind] = useState<'minute' | 'paper' | 'note'>('note');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return setError('Describe the evidence.');
    setError(null);
    setBusy(true);
    const result = await api['actions.addEvidence']({ id: entry.id, kind, text: text.trim() });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onSaved('Evidence added.');
    setText('');
  };
  return (
    <form className="action-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={`${id}-heading`} className="action-form__heading">
        Add evidence
      </h3>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind of evidence</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="note">Note</option>
          <option value="minute">Minute</option>
          <option value="paper">Paper</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Evidence</label>
        <textarea id={`${id}-text`} rows={3} value={text} maxLength={4000} onChange={(e) => setText(e.target.value)} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <Button type="submit" disabled={busy}>
        Add evidence
      </Button>
    </form>
  );
}

function Response({ entry, onSaved }: { entry: ActionEntry; onSaved: (message: string) => void }) {
  const id = useId();
  const [response, setResponse] = useState<RecommendationResponse | ''>(entry.response ?? '');
  const [responseText, setResponseText] = useState(entry.responseText ?? '');
  const [implementation, setImplementation] = useState<Implementation | ''>(entry.implementation ?? '');
  const [reviewDate, setReviewDate] = useState(entry.reviewDate ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    const result = await api['actions.setResponse']({
      id: entry.id,
      response: response === '' ? null : response,
      responseText: responseText.trim() === '' ? null : responseText.trim(),
      implementation: implementation === '' ? null : implementation,
      reviewDate: reviewDate === '' ? null : reviewDate,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onSaved('Response saved.');
  };
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        Response to the recommendation
      </h2>
      <dl className="facts">
        <div>
          <dt>Recommended to</dt>
          <dd>{entry.recommendedTo ?? <span className="muted">Not stated</span>}</dd>
        </div>
        <div>
          <dt>Response due</dt>
          <dd>{entry.responseDue ? formatMeetingDate(entry.responseDue) : <span className="muted">Not set</span>}</dd>
        </div>
        <div>
          <dt>Response</dt>
          <dd>{entry.response ? RESPONSE_LABEL[entry.response] : <span className="muted">None recorded</span>}</dd>
        </div>
        <div>
          <dt>Implementation</dt>
          <dd>{entry.implementation ? IMPLEMENTATION_LABEL[entry.implementation] : <span className="muted">Not recorded</span>}</dd>
        </div>
        <div>
          <dt>Review date</dt>
          <dd>{entry.reviewDate ? formatMeetingDate(entry.reviewDate) : <span className="muted">Not set</span>}</dd>
        </div>
      </dl>
      {entry.responseText && <TextBlock text={entry.responseText} />}
      <form className="action-form" aria-label="Record the response" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="field field--choices">
          <legend>Response</legend>
          {(Object.keys(RESPONSE_LABEL) as RecommendationResponse[]).map((r) => (
            <label key={r} className="choice">
              <input type="radio" name={`${id}-response`} checked={response === r} onChange={() => setResponse(r)} /> {RESPONSE_LABEL[r]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-text`}>What the response said</label>
          <textarea id={`${id}-text`} rows={3} value={responseText} maxLength={8000} onChange={(e) => setResponseText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-impl`}>Implementation</label>
          <select id={`${id}-impl`} value={implementation} onChange={(e) => setImplementation(e.target.value as Implementation | '')}>
            <option value="">Not recorded</option>
            {(Object.keys(IMPLEMENTATION_LABEL) as Implementation[]).map((i) => (
              <option key={i} value={i}>
                {IMPLEMENTATION_LABEL[i]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-review`}>Review date</label>
          <input id={`${id}-review`} type="date" value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" disabled={busy}>
          Save response
        </Button>
      </form>
    </section>
  );
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
        <StatusBadge status={entry.shownStatus} /> <KindBadge kind={entry.kind} />
      </p>
      <p className={message ? 'action-detail__status' : 'visually-hidden'} role="status">
        {message}
      </p>
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
          <dd>{entry.owner ?? <span className="muted">Not named</span>}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>
            <Due entry={entry} />
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
          <dd>{entry.source === 'minutes' ? 'From the minutes' : `Added by hand on ${formatTimestamp(entry.createdAt)}`}</dd>
        </div>
      </dl>

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
