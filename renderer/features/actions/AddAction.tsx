/** "Add an action": an entry the minutes did not record (or that came from elsewhere), added by hand. */
import { useCallback, useId, useState, type FormEvent } from 'react';
import { api } from '../../kernel/api';
import { hrefs } from '../../kernel/router';
import { useResource } from '../../kernel/useResource';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { useAction } from '../../ui/useAction';
import { CommitteeSelect } from '../../ui/CommitteeSelect';
import { formatMeetingDate } from '../../ui/dates';
import { ActionFields } from './ActionFields';
import { normaliseDue } from './model';

export function AddAction({ refreshKey, onAdded }: { refreshKey: number; onAdded: () => void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [committeeId, setCommitteeId] = useState<number | null>(null);
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [kind, setKind] = useState<'action' | 'recommendation'>('action');
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [recommendedTo, setRecommendedTo] = useState('');
  const [added, setAdded] = useState<{ id: number; what: string } | null>(null);

  const loadOverview = useCallback(() => api['library.overview']({}), []);
  const overview = useResource(loadOverview, refreshKey);
  const committees = overview.status === 'ready' ? overview.value.councils.flatMap((c) => c.committees) : [];
  const loadMeetings = useCallback(
    () => (committeeId ? api['library.committee']({ committeeId }) : Promise.resolve({ ok: true as const, value: null })),
    [committeeId],
  );
  const committee = useResource(loadMeetings, refreshKey);
  const meetings = committee.status === 'ready' && committee.value ? committee.value.meetings : [];

  const { run, busy, error } = useAction(async () => {
    if (!committeeId) return 'Choose the committee this action belongs to.';
    if (what.trim() === '') return 'Say what the action is.';
    const dueText = normaliseDue(due);
    const result = await api['actions.add']({
      committeeId,
      kind,
      what: what.trim(),
      ...(meetingId ? { meetingId } : {}),
      ...(owner.trim() ? { owner: owner.trim() } : {}),
      ...(dueText ? { due: dueText } : {}),
      ...(kind === 'recommendation' && recommendedTo.trim() ? { recommendedTo: recommendedTo.trim() } : {}),
    });
    if (!result.ok) return result;
    setAdded({ id: result.value.id, what: what.trim() });
    setWhat('');
    setOwner('');
    setDue('');
    setRecommendedTo('');
    onAdded();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };

  return (
    <section className="section add-action" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        Add an action
      </h2>
      <p className="add-action__status" role="status">
        {added && (
          <>
            Added: <a href={hrefs.action(added.id)}>{added.what}</a>
          </>
        )}
      </p>
      {!open ? (
        <Button variant="quiet" aria-expanded={false} onClick={() => setOpen(true)}>
          Add an action by hand…
        </Button>
      ) : (
        <form className="action-form" onSubmit={submit} noValidate>
          <div className="field">
            <CommitteeSelect
              committees={committees}
              emptyLabel="Choose a committee"
              required
              value={committeeId}
              onChange={(next) => {
                setCommitteeId(next);
                setMeetingId(null);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-meeting`}>Meeting (optional)</label>
            <select id={`${id}-meeting`} value={meetingId ?? ''} disabled={!committeeId} onChange={(e) => setMeetingId(e.target.value ? Number(e.target.value) : null)}>
              <option value="">No particular meeting</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.date ? formatMeetingDate(m.date) : 'Date not stated'}
                </option>
              ))}
            </select>
          </div>
          <ActionFields
            id={id}
            values={{ kind, what, owner, due }}
            onChange={(next) => {
              if (next.kind !== undefined) setKind(next.kind);
              if (next.what !== undefined) setWhat(next.what);
              if (next.owner !== undefined) setOwner(next.owner);
              if (next.due !== undefined) setDue(next.due);
            }}
          />
          {kind === 'recommendation' && (
            <div className="field">
              <label htmlFor={`${id}-to`}>Recommended to (optional)</label>
              <input id={`${id}-to`} type="text" value={recommendedTo} maxLength={200} onChange={(e) => setRecommendedTo(e.target.value)} />
            </div>
          )}
          <FormError error={error} />
          <div className="action-form__buttons">
            <Button type="submit" disabled={busy}>
              Add to the tracker
            </Button>
            <Button variant="quiet" onClick={() => setOpen(false)}>
              Close
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
