/** Renaming a committee or council: one labelled text field, prefilled, Save and Cancel; a refusal is shown beside it. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { useAction } from '../../ui/useAction';

export function RenameForm({
  title,
  label,
  current,
  onSave,
  onCancel,
}: {
  title: string;
  label: string;
  current: string;
  /** Resolves to a message when it was refused, null when saved. */
  onSave: (name: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(current);
  const save = useAction(onSave, { notAnswering: 'Scrutineer is not answering, so nothing was saved. Try again.' });
  useEffect(() => {
    input.current?.select();
  }, []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      save.setError('Enter a name.');
      input.current?.focus();
      return;
    }
    // Refused: the field takes focus again, with the reason beside it.
    if (!(await save.run(name.trim()))) input.current?.focus();
  };
  return (
    <form className="confirm-panel rename-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="confirm-panel__title">
        {title}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{label}</label>
        <FormError error={save.error} id={`${id}-error`} hiddenLead="Not saved: " />
        <input
          ref={input}
          id={`${id}-name`}
          type="text"
          value={name}
          autoComplete="off"
          aria-invalid={save.error ? true : undefined}
          aria-describedby={save.error ? `${id}-error` : undefined}
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div className="confirm-panel__actions">
        <Button type="submit" disabled={save.busy}>
          {save.busy ? 'Saving…' : 'Save name'}
        </Button>
        <Button variant="quiet" disabled={save.busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
