/**
 * The one small form the action page's forms share (update status, add evidence, the response, the
 * correction): a labelled form with its fields, one submit button that is held while it saves, and a
 * problem shown as an alert above the buttons. `onSubmit` resolves to the problem, or null once saved.
 */
import { useId, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { useAction } from '../../ui/useAction';

export function ActionForm({
  title,
  label,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  /** A visible heading naming the form; or `label` for a form a section heading already names. */
  title?: string;
  label?: string;
  submitLabel: string;
  onSubmit: () => Promise<string | null>;
  onCancel?: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const { run, busy, error } = useAction(onSubmit, { notAnswering: 'Scrutineer is not answering, so nothing was saved. Try again.' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };
  return (
    <form
      className="action-form"
      aria-labelledby={title ? `${id}-heading` : undefined}
      aria-label={title ? undefined : label}
      onSubmit={submit}
      noValidate
    >
      {title && (
        <h3 id={`${id}-heading`} className="action-form__heading">
          {title}
        </h3>
      )}
      {children}
      <FormError error={error} />
      <div className="action-form__buttons">
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="quiet" disabled={busy} onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
