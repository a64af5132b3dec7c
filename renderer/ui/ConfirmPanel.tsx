/**
 * An inline confirmation: a labelled group whose heading takes focus when it opens, the consequence
 * in words, and a confirm and a Cancel button. While the action runs both are disabled; a failure is
 * shown inside the panel (role=alert) and the panel stays open so the member can try again.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './Button';
import './confirm-panel.css';

export interface ConfirmPanelProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Runs the action; resolves to an error message to show, or null when it worked. */
  onConfirm: () => Promise<string | null>;
  onCancel: () => void;
  /** The confirm button may be held back until a choice is made (e.g. a meeting picked). */
  confirmDisabled?: boolean;
  /** 'danger' for deleting: the border says so, with the words. */
  tone?: 'normal' | 'danger';
  id?: string;
}

export function ConfirmPanel({ title, children, confirmLabel, onConfirm, onCancel, confirmDisabled, tone = 'normal', id }: ConfirmPanelProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    const problem = await onConfirm().catch(() => 'Scrutineer could not do this. Try again.');
    // On success the owner closes the panel; only a failure leaves it here.
    if (problem !== null) {
      setBusy(false);
      setError(problem);
    }
  };
  return (
    <div id={id} className={`confirm-panel confirm-panel--${tone}`} role="group" aria-labelledby={headingId} aria-busy={busy || undefined}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="confirm-panel__title">
        {title}
      </h3>
      <div className="confirm-panel__body">{children}</div>
      {error && (
        <p className="confirm-panel__error" role="alert">
          {error}
        </p>
      )}
      <div className="confirm-panel__actions">
        <Button disabled={busy || confirmDisabled} onClick={() => void confirm()}>
          {busy ? 'Working…' : confirmLabel}
        </Button>
        <Button variant="quiet" disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
