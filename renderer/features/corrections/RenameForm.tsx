/** Renaming a committee or council: one labelled text field, prefilled, Save and Cancel; a refusal is shown beside it. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';

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
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    input.current?.select();
  }, []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Enter a name.');
      input.current?.focus();
      return;
    }
    setSaving(true);
    setError(null);
    const problem = await onSave(name.trim()).catch(() => 'Scrutineer is not answering, so nothing was saved. Try again.');
    if (problem !== null) {
      setSaving(false);
      setError(problem);
      input.current?.focus();
    }
  };
  return (
    <form className="confirm-panel rename-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="confirm-panel__title">
        {title}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{label}</label>
        {error && (
          <p className="confirm-panel__error" id={`${id}-error`} role="alert">
            <span className="visually-hidden">Not saved: </span>
            {error}
          </p>
        )}
        <input
          ref={input}
          id={`${id}-name`}
          type="text"
          value={name}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div className="confirm-panel__actions">
        <Button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save name'}
        </Button>
        <Button variant="quiet" disabled={saving} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
