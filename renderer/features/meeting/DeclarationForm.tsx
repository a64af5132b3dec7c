/**
 * Add a declaration the minutes' reader missed, or correct one it got wrong: who, on which item, what
 * the interest is, its nature (the words in ui/labels INTEREST_NATURE) and whether they left the room.
 * What the member saves is theirs: a later import of the minutes does not change it.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { InterestNature } from '../../../shared/types/minutes';
import type { DeclarationView, MeetingDetail } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { useAction } from '../../ui/useAction';
import { INTEREST_NATURE } from '../../ui/labels';

interface Values {
  member: string;
  item: string;
  subject: string;
  nature: InterestNature;
  withdrew: boolean;
}

const NATURES = Object.keys(INTEREST_NATURE) as InterestNature[];

const valuesOf = (d: DeclarationView | null): Values => ({
  member: d?.member ?? '',
  item: d?.item ?? '',
  subject: d?.subject ?? '',
  nature: d?.nature ?? 'unspecified',
  withdrew: d?.withdrew ?? false,
});

function problemsOf(v: Values): Partial<Record<'member' | 'item' | 'subject', string>> {
  const problems: Partial<Record<'member' | 'item' | 'subject', string>> = {};
  if (v.member.trim() === '') problems.member = 'Enter the name of the member who declared the interest.';
  else if (v.member.trim().length > 200) problems.member = 'Shorten the name to 200 characters or fewer.';
  if (v.item.trim().length > 100) problems.item = 'Shorten the item to 100 characters or fewer.';
  if (v.subject.trim().length > 1000) problems.subject = 'Shorten the interest to 1,000 characters or fewer.';
  return problems;
}

export function DeclarationForm({
  meetingId,
  declaration,
  onSaved,
  onCancel,
}: {
  meetingId: number;
  /** The declaration to correct, or null to add one. */
  declaration: DeclarationView | null;
  onSaved: (meeting: MeetingDetail) => void;
  onCancel: () => void;
}) {
  const uid = useId();
  const id = (f: string) => `${uid}-${f}`;
  const [values, setValues] = useState(() => valuesOf(declaration));
  const [problems, setProblems] = useState<ReturnType<typeof problemsOf>>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((old) => ({ ...old, [key]: value }));

  const { run: save, busy: saving, error: refusal, setError: setRefusal } = useAction(async () => {
    const reply = await api['library.saveDeclaration']({
      meetingId,
      ...(declaration ? { id: declaration.id } : {}),
      member: values.member.trim(),
      item: values.item.trim() || null,
      subject: values.subject.trim(),
      nature: values.nature,
      withdrew: values.withdrew,
    });
    if (!reply.ok) return reply;
    onSaved(reply.value);
  }, { notAnswering: 'Scrutineer is not answering, so nothing was saved. Try again.' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problemsOf(values);
    setProblems(found);
    setRefusal(null);
    const firstProblem = (['member', 'item', 'subject'] as const).find((f) => found[f]);
    if (firstProblem) return document.getElementById(id(firstProblem))?.focus();
    void save();
  };

  const described = (name: 'member' | 'item' | 'subject', hint: boolean) =>
    [hint ? id(`${name}-hint`) : null, problems[name] ? id(`${name}-error`) : null].filter(Boolean).join(' ') || undefined;
  const error = (name: 'member' | 'item' | 'subject') =>
    problems[name] && (
      <p className="field__error" id={id(`${name}-error`)}>
        <span className="visually-hidden">Error: </span>
        {problems[name]}
      </p>
    );
  const title = declaration ? `Correct ${declaration.member}’s declaration` : 'Add a declaration';

  return (
    <form className="corrections-form declaration-edit" onSubmit={submit} noValidate aria-labelledby={id('title')}>
      <h3 id={id('title')} className="corrections-form__title">
        {title}
      </h3>
      <p className="muted">What you save here is kept: a later import of the minutes does not change it.</p>
      <div className={`field${problems.member ? ' field--invalid' : ''}`}>
        <label htmlFor={id('member')}>Member</label>
        {error('member')}
        <input
          ref={first}
          id={id('member')}
          type="text"
          value={values.member}
          autoComplete="off"
          aria-invalid={problems.member ? true : undefined}
          aria-describedby={described('member', false)}
          onChange={(e) => set('member', e.currentTarget.value)}
        />
      </div>
      <div className={`field${problems.item ? ' field--invalid' : ''}`}>
        <label htmlFor={id('item')}>Item</label>
        <p className="field__hint" id={id('item-hint')}>
          The item number or words, such as “117” or “budget items”. Leave empty if the minutes do not say.
        </p>
        {error('item')}
        <input
          id={id('item')}
          type="text"
          value={values.item}
          autoComplete="off"
          aria-invalid={problems.item ? true : undefined}
          aria-describedby={described('item', true)}
          onChange={(e) => set('item', e.currentTarget.value)}
        />
      </div>
      <div className={`field${problems.subject ? ' field--invalid' : ''}`}>
        <label htmlFor={id('subject')}>Interest</label>
        <p className="field__hint" id={id('subject-hint')}>
          What the interest is, as the minutes put it.
        </p>
        {error('subject')}
        <textarea
          id={id('subject')}
          rows={2}
          value={values.subject}
          aria-invalid={problems.subject ? true : undefined}
          aria-describedby={described('subject', true)}
          onChange={(e) => set('subject', e.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={id('nature')}>Nature of the interest</label>
        <select id={id('nature')} value={values.nature} onChange={(e) => set('nature', e.currentTarget.value as InterestNature)}>
          {NATURES.map((n) => (
            <option key={n} value={n}>
              {INTEREST_NATURE[n]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--check">
        <input id={id('withdrew')} type="checkbox" checked={values.withdrew} onChange={(e) => set('withdrew', e.currentTarget.checked)} />
        <label htmlFor={id('withdrew')}>Left the room or took no part</label>
      </div>
      {refusal && (
        <p className="corrections-form__refusal" role="alert">
          <span className="visually-hidden">Not saved: </span>
          {refusal}
        </p>
      )}
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? 'Saving…' : declaration ? 'Save the correction' : 'Add the declaration'}
        </Button>
        <Button variant="quiet" disabled={saving} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
