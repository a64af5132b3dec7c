/**
 * "Edit details": the meeting's council, committee, date, times and venue as the member states
 * them. Prefilled; only what changed is sent (what is sent becomes "set by you"); saving with no
 * change confirms the details as they are. Problems are shown beside their field, and a refusal
 * from the library (e.g. another meeting already has that committee and date) above the buttons.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Input } from '../../../shared/contract';
import type { MeetingDetail } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { useAction } from '../../ui/useAction';
import { UNNAMED_COMMITTEE } from '../../ui/labels';

type Field = 'council' | 'committee' | 'date' | 'startTime' | 'endTime' | 'venue';
type Values = Record<Field, string>;
type Changes = Omit<Input<'library.editMeeting'>, 'meetingId'>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function initialValues(m: MeetingDetail): Values {
  return {
    council: m.council.name ?? '',
    committee: m.committee.name === UNNAMED_COMMITTEE ? '' : m.committee.name,
    date: m.date ?? '',
    startTime: m.startTime ?? '',
    endTime: m.endTime ?? '',
    venue: m.venue ?? '',
  };
}

/** What the member changed, as the API takes it, and the problems that stop it being sent. */
function changesFrom(before: Values, after: Values): { changes: Changes; problems: Partial<Record<Field, string>> } {
  const changes: Changes = {};
  const problems: Partial<Record<Field, string>> = {};
  const v = (f: Field) => after[f].trim();
  const changed = (f: Field) => v(f) !== before[f].trim();
  for (const [field, what] of [
    ['council', 'council'],
    ['committee', 'committee'],
  ] as const) {
    if (!changed(field)) continue;
    if (v(field) === '') problems[field] = `Enter the ${what}’s name. To file the meeting under another ${what}, type that ${what}’s name.`;
    else changes[field] = v(field);
  }
  if (changed('date')) {
    if (v('date') !== '' && !DATE.test(v('date'))) problems.date = 'Enter the date as day, month and year, or leave it empty if it is not known.';
    else changes.date = v('date') || null;
  }
  for (const field of ['startTime', 'endTime'] as const) {
    if (!changed(field)) continue;
    const time = v(field).slice(0, 5);
    if (time !== '' && !TIME.test(time)) problems[field] = 'Enter the time as hours and minutes, for example 17:30.';
    else changes[field] = time || null;
  }
  if (changed('venue')) changes.venue = v('venue') || null;
  return { changes, problems };
}

export function EditDetailsForm({ meeting, onSaved, onCancel }: { meeting: MeetingDetail; onSaved: (saved: MeetingDetail) => void; onCancel: () => void }) {
  const uid = useId();
  const id = (f: string) => `${uid}-${f}`;
  const [before] = useState(() => initialValues(meeting));
  const [values, setValues] = useState(before);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);

  const { run: save, busy: saving, error: refusal, setError: setRefusal } = useAction(async (changes: ReturnType<typeof changesFrom>['changes']) => {
    const reply = await api['library.editMeeting']({ meetingId: meeting.id, ...changes });
    if (!reply.ok) return reply;
    onSaved(reply.value);
  }, { notAnswering: 'Scrutineer is not answering, so nothing was saved. Try again.' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { changes, problems: found } = changesFrom(before, values);
    setProblems(found);
    setRefusal(null);
    const firstProblem = (Object.keys(found) as Field[])[0];
    if (firstProblem) {
      document.getElementById(id(firstProblem))?.focus();
      return;
    }
    void save(changes);
  };

  const field = (name: Field, label: string, type: 'text' | 'date' | 'time', hint?: string) => {
    const problem = problems[name];
    const describedBy = [hint ? id(`${name}-hint`) : null, problem ? id(`${name}-error`) : null].filter(Boolean).join(' ') || undefined;
    return (
      <div className={`field${problem ? ' field--invalid' : ''}`}>
        <label htmlFor={id(name)}>{label}</label>
        {hint && (
          <p className="field__hint" id={id(`${name}-hint`)}>
            {hint}
          </p>
        )}
        {problem && (
          <p className="field__error" id={id(`${name}-error`)}>
            <span className="visually-hidden">Error: </span>
            {problem}
          </p>
        )}
        <input
          ref={name === 'council' ? first : undefined}
          id={id(name)}
          type={type}
          value={values[name]}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setValues((old) => ({ ...old, [name]: value }));
          }}
        />
      </div>
    );
  };

  return (
    <form className="corrections-form" onSubmit={submit} noValidate aria-labelledby={id('title')}>
      <h3 id={id('title')} className="corrections-form__title">
        Edit the meeting’s details
      </h3>
      <p className="muted">What you set here is kept: a later import or sync does not change it.</p>
      {field('council', 'Council', 'text', meeting.council.name ? undefined : 'Not named in the minutes.')}
      {field('committee', 'Committee', 'text', before.committee === '' ? 'Not named in the minutes.' : undefined)}
      {field('date', 'Date', 'date', 'Leave empty if it is not known.')}
      <div className="corrections-form__times">
        {field('startTime', 'Start time', 'time')}
        {field('endTime', 'End time', 'time')}
      </div>
      {field('venue', 'Venue', 'text')}
      {refusal && (
        <p className="corrections-form__refusal" role="alert">
          <span className="visually-hidden">Not saved: </span>
          {refusal}
        </p>
      )}
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save details'}
        </Button>
        <Button variant="quiet" disabled={saving} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
