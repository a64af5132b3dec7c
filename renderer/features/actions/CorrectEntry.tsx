/**
 * "Correct what the minutes say": the text, the owner, the due date (a date, or words such as "next
 * meeting") and the kind (an action, a recommendation, or not an action). A disclosure opens the form;
 * only what the member changes is sent and becomes "set by you"; closing returns focus to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ActionEntry } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { useFocusAfterRender } from '../../ui/useFocusAfterRender';
import { ActionForm } from './ActionForm';
import { correctionFrom, correctionValues, KIND_CHOICES, type CorrectionValues } from './correction';

function CorrectForm({ entry, onSaved, onCancel }: { entry: ActionEntry; onSaved: (message: string) => void; onCancel: () => void }) {
  const id = useId();
  const [before] = useState(() => correctionValues(entry));
  const [values, setValues] = useState(before);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = <K extends keyof CorrectionValues>(key: K, value: CorrectionValues[K]) => setValues((old) => ({ ...old, [key]: value }));
  const save = async () => {
    const { changes, problem } = correctionFrom(before, values);
    if (problem) return problem;
    const result = await api['actions.correct']({ id: entry.id, ...changes });
    if (!result.ok) return result.error.message;
    onSaved(changes.kind === 'noted' ? 'Marked as not an action: it is no longer in the tracker.' : 'Correction saved.');
    return null;
  };
  return (
    <ActionForm title="Correct what the minutes say" submitLabel="Save the correction" onSubmit={save} onCancel={onCancel}>
      <p className="muted">What you change here is kept: a later import of the minutes does not change it.</p>
      <div className="field">
        <label htmlFor={`${id}-what`}>What the minutes say</label>
        <textarea ref={first} id={`${id}-what`} rows={3} maxLength={4000} value={values.what} onChange={(e) => set('what', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>Owner</label>
        <p className="field__hint" id={`${id}-owner-hint`}>
          Who is to do it. Leave empty if the minutes do not say.
        </p>
        <input id={`${id}-owner`} type="text" maxLength={200} value={values.owner} aria-describedby={`${id}-owner-hint`} onChange={(e) => set('owner', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>Due</label>
        <p className="field__hint" id={`${id}-due-hint`}>
          A date such as 31/03/2025, or words such as “next meeting”. Leave empty if none is set.
        </p>
        <input id={`${id}-due`} type="text" maxLength={200} value={values.due} aria-describedby={`${id}-due-hint`} onChange={(e) => set('due', e.target.value)} />
      </div>
      <fieldset className="field field--choices field--stacked">
        <legend>What it is</legend>
        {KIND_CHOICES.map((k) => (
          <label key={k.value} className="choice">
            <input type="radio" name={`${id}-kind`} checked={values.kind === k.value} onChange={() => set('kind', k.value)} /> {k.label}
            <span className="choice__hint"> — {k.hint}</span>
          </label>
        ))}
      </fieldset>
    </ActionForm>
  );
}

export function CorrectEntry({ entry, onSaved }: { entry: ActionEntry; onSaved: (message: string) => void }) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const close = (message?: string) => {
    setOpen(false);
    if (message) onSaved(message);
    focusAfterRender(() => button.current);
  };
  return (
    <div className="correct-entry">
      <Button ref={button} variant="quiet" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen((o) => !o)}>
        Correct what the minutes say
      </Button>
      <div id={panelId}>{open && <CorrectForm key={entry.id} entry={entry} onSaved={(m) => close(m)} onCancel={() => close()} />}</div>
    </div>
  );
}
