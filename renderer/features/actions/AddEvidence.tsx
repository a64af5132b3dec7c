/** "Add evidence": a minute, a paper or a note that shows where the entry stands. */
import { useId, useState } from 'react';
import type { ActionEntry } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { ActionForm } from './ActionForm';

export function AddEvidence({ entry, onSaved }: { entry: ActionEntry; onSaved: (message: string) => void }) {
  const id = useId();
  const [kind, setKind] = useState<'minute' | 'paper' | 'note'>('note');
  const [text, setText] = useState('');
  const save = async () => {
    if (text.trim() === '') return 'Describe the evidence.';
    const result = await api['actions.addEvidence']({ id: entry.id, kind, text: text.trim() });
    if (!result.ok) return result.error.message;
    onSaved('Evidence added.');
    setText('');
    return null;
  };
  return (
    <ActionForm title="Add evidence" submitLabel="Add evidence" onSubmit={save}>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind of evidence</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="note">Note</option>
          <option value="minute">Minute</option>
          <option value="paper">Paper</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Evidence</label>
        <textarea id={`${id}-text`} rows={3} value={text} maxLength={4000} onChange={(e) => setText(e.target.value)} />
      </div>
    </ActionForm>
  );
}
