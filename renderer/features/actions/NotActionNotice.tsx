/** An entry the member marked "not an action": out of the tracker, with the way to put it back. */
import type { ActionEntry } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { useAction } from '../../ui/useAction';
import { KIND_LABEL } from './model';

export function NotActionNotice({ entry, onSaved }: { entry: ActionEntry; onSaved: (message: string) => void }) {
  const kind = KIND_LABEL[entry.kind].toLowerCase();
  const { run: undo, busy, error } = useAction(async () => {
    const result = await api['actions.correct']({ id: entry.id, kind: entry.kind });
    if (!result.ok) return result;
    // This notice (and the button that had focus) goes: focus the page's heading, under the status line.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
    onSaved(`It is ${kind === 'action' ? 'an action' : 'a recommendation'} again, back in the tracker.`);
  });
  return (
    <div className="notice not-action" role="note" aria-label="Not an action">
      <p>
        <strong>You marked this as not an action.</strong> It is left out of the tracker, the dashboard and the exports; it stays here with
        its log.
      </p>
      <Button variant="quiet" disabled={busy} onClick={() => void undo()}>
        {kind === 'action' ? 'Make it an action again' : 'Make it a recommendation again'}
      </Button>
      <FormError error={error} />
    </div>
  );
}
