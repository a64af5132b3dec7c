/**
 * An inline confirmation: a labelled group whose heading takes focus when it opens, the consequence
 * in words, and a confirm and a Cancel button. While the action runs both are disabled; a failure is
 * shown inside the panel (role=alert) and the panel stays open so the member can try again.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';
import { FormError } from './FormError';
import { useAction } from './useAction';
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
  // On success the owner closes the panel; a failure leaves it open with the reason.
  const confirm = useAction(onConfirm);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div id={id} className={`confirm-panel confirm-panel--${tone}`} role="group" aria-labelledby={headingId} aria-busy={confirm.busy || undefined}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="confirm-panel__title">
        {title}
      </h3>
      <div className="confirm-panel__body">{children}</div>
      <FormError error={confirm.error} />
      <div className="confirm-panel__actions">
        <Button disabled={confirm.busy || confirmDisabled} onClick={() => void confirm.run()}>
          {confirm.busy ? 'Working…' : confirmLabel}
        </Button>
        <Button variant="quiet" disabled={confirm.busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
