/**
 * "Possible follow-ups": items of a later meeting that may follow up an open entry. Nothing changes
 * until the member clicks: confirm (done or in progress, with an optional note) or "Not related".
 */
import { useCallback, useId, useRef, useState } from 'react';
import type { ActionStatus, FollowUpProposal } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { hrefs } from '../../kernel/router';
import { useResource } from '../../kernel/useResource';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { useAction } from '../../ui/useAction';
import { formatMeetingDate } from '../../ui/dates';
import { itemLabel, STATUS_LABEL } from './model';
import './actions.css';

const FIRST = 3;

function Proposal({
  proposal,
  showMeeting,
  onDone,
}: {
  proposal: FollowUpProposal;
  showMeeting: boolean;
  onDone: (message: string) => void;
}) {
  const id = useId();
  const [note, setNote] = useState('');
  const { run, busy, error } = useAction(async (decision: ActionStatus | 'not-related') => {
    if (decision === 'not-related') {
      const result = await api['actions.rejectProposal']({ id: proposal.id });
      if (!result.ok) return result;
      onDone(`Marked as not related: ${itemLabel(proposal.item)}.`);
      return;
    }
    const result = await api['actions.confirmProposal']({ id: proposal.id, status: decision, note });
    if (!result.ok) return result;
    onDone(`Confirmed: “${proposal.entryWhat}” is now ${STATUS_LABEL[decision].toLowerCase()}.`);
  });
  const meetingDate = proposal.meeting.date ? formatMeetingDate(proposal.meeting.date) : 'a meeting (date not stated)';
  return (
    <li className="proposal">
      <p className="proposal__entry" id={`${id}-entry`}>
        <a href={hrefs.action(proposal.entryId)}>{proposal.entryWhat}</a>
      </p>
      <p className="proposal__item">
        May be followed up by <a href={hrefs.meeting(proposal.meeting.id, proposal.item.id)}>{itemLabel(proposal.item)}</a>
        {showMeeting && <> at the meeting on {meetingDate}</>}. <span className="proposal__reason">Why: {proposal.reason}.</span>
      </p>
      <div className="proposal__controls" role="group" aria-labelledby={`${id}-entry`}>
        <div className="field field--inline">
          <label htmlFor={`${id}-note`}>Note (optional)</label>
          <input id={`${id}-note`} type="text" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
        </div>
        <Button disabled={busy} onClick={() => void run('done')} aria-describedby={`${id}-entry`}>
          Confirm: mark done
        </Button>
        <Button variant="quiet" disabled={busy} onClick={() => void run('in-progress')} aria-describedby={`${id}-entry`}>
          Confirm: in progress
        </Button>
        <Button variant="quiet" disabled={busy} onClick={() => void run('not-related')} aria-describedby={`${id}-entry`}>
          Not related
        </Button>
      </div>
      <FormError error={error} />
    </li>
  );
}

export function FollowUps({
  meetingId,
  committeeId,
  refreshKey = 0,
  onChanged,
}: {
  meetingId?: number;
  committeeId?: number;
  refreshKey?: number;
  /** Called after a confirmation or rejection, so the page can reload what it shows. */
  onChanged?: () => void;
}) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [localKey, setLocalKey] = useState(0);
  const [message, setMessage] = useState('');
  const load = useCallback(
    () => api['actions.proposals']({ ...(meetingId ? { meetingId } : {}), ...(committeeId ? { committeeId } : {}) }),
    [meetingId, committeeId],
  );
  const proposals = useResource(load, refreshKey + localKey);
  const onDone = (text: string) => {
    setMessage(text);
    setLocalKey((k) => k + 1);
    onChanged?.();
    // The proposal's buttons are gone: keep focus in the section rather than losing it to the page.
    headingRef.current?.focus();
  };
  const list = proposals.status === 'ready' ? proposals.value : [];
  // The strongest matches come first; a long list (a "matters arising" item matches every open
  // entry) is shortened until the member asks for the rest.
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? list : list.slice(0, FIRST);
  return (
    <>
      <p className="visually-hidden" role="status">
        {message}
      </p>
      {list.length > 0 && (
        <section className="section follow-ups" aria-labelledby={headingId}>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-heading">
            Possible follow-ups <span className="section-heading__count">({list.length})</span>
          </h2>
          <p className="muted">
            {meetingId
              ? 'Items at this meeting that may follow up earlier actions. Nothing changes until you confirm.'
              : 'Items at later meetings that may follow up open entries. Nothing changes until you confirm.'}
          </p>
          <ul className="proposals">
            {shown.map((p) => (
              <Proposal key={p.id} proposal={p} showMeeting={!meetingId} onDone={onDone} />
            ))}
          </ul>
          {list.length > FIRST && (
            <Button variant="quiet" className="proposals__more" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
              {showAll ? `Show only the first ${FIRST}` : `Show all ${list.length} possible follow-ups`}
            </Button>
          )}
        </section>
      )}
    </>
  );
}
