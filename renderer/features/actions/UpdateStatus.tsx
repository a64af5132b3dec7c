/** "Update status": a new status, or only a note, added to the entry's dated log. */
import { useId, useState } from 'react';
import type { ActionEntry, ActionStatus } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { ActionForm } from './ActionForm';
import { SETTABLE_STATUSES, STATUS_LABEL } from './model';

export function UpdateStatus({ entry, onSaved }: { entry: ActionEntry; onSaved: (message: string) => void }) {
  const id = useId();
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const [note, setNote] = useState('');
  const save = async () => {
    if (status === '' && note.trim() === '') return 'Choose a new status or write a note.';
    const result = await api['actions.update']({ ids: [entry.id], status: status === '' ? null : status, note });
    if (!result.ok) return result.error.message;
    onSaved(status === '' ? 'Note added to the log.' : `Status changed to ${STATUS_LABEL[status]}.`);
    setStatus('');
    setNote('');
    return null;
  };
  return (
    <ActionForm title="Update status" submitLabel="Save update" onSubmit={save}>
      <div className="field">
        <label htmlFor={`${id}-status`}>New status</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus | '')}>
          <option value="">No change (note only)</option>
          {SETTABLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} rows={3} value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
      </div>
    </ActionForm>
  );
}
