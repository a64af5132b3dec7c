/**
 * An entry read from the minutes that nobody has checked: says so, and lets the member mark it as checked once they have
 * compared it with the minute (what it says, its owner, due date and kind are then theirs, like a correction).
 */
import type { ActionEntry } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { useAction } from '../../ui/useAction';

export function CheckNotice({ entry, onSaved }: { entry: ActionEntry; onSaved: (message: string) => void }) {
  const { run: check, busy, error } = useAction(async () => {
    const result = await api['actions.check']({ id: entry.id });
    if (!result.ok) return result;
    // This notice (and the button that had focus) goes: focus the page's heading, under the status line.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
    onSaved('Marked as checked: what it says, its owner, due date and kind are kept as they stand.');
  });
  return (
    <div className="notice check-notice" role="note" aria-label="Not checked">
      <p>
        <strong>Not checked.</strong> Scrutineer read this from the minutes and nobody has checked it yet: what it says, who owns it and when it
        is due may not be what the minutes mean. Compare it with the minute below, then correct what is wrong or mark it as checked.
      </p>
      <Button variant="quiet" disabled={busy} onClick={() => void check()}>
        Mark as checked
      </Button>
      <FormError error={error} />
    </div>
  );
}
