/**
 * "Add a note or question" on a whole agenda item or the whole meeting (not tied to text in a paper).
 * A disclosure button opens a small labelled form; saved ones appear in the counts and the brief.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';

export type NoteTarget = { target: 'item'; itemId: number } | { target: 'meeting'; meetingId: number };

export function TargetNoteForm({ target, label, onSaved }: { target: NoteTarget; label: string; onSaved: () => void }) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<'note' | 'question'>('question');
  const [body, setBody] = useState('');
  const [status, setStatus] = useState('');
  const id = useId();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setStatus(kind === 'question' ? 'Write your question first.' : 'Write your note first.');
      return;
    }
    const result = await api['annotations.createForTarget']({ ...target, kind, body: body.trim() });
    if (!result.ok) {
      setStatus(result.error.message);
      return;
    }
    setStatus(kind === 'question' ? 'Question saved.' : 'Note saved.');
    setBody('');
    setOpen(false);
    onSaved();
  };

  return (
    <div className="target-note">
      {open ? (
        <form onSubmit={(e) => void save(e)} aria-label={label}>
          <fieldset className="target-note__kind">
            <legend>Add</legend>
            <label>
              <input type="radio" name={`${id}-kind`} checked={kind === 'question'} onChange={() => setKind('question')} /> A question to ask
            </label>
            <label>
              <input type="radio" name={`${id}-kind`} checked={kind === 'note'} onChange={() => setKind('note')} /> A note
            </label>
          </fieldset>
          <label htmlFor={`${id}-body`}>{kind === 'question' ? 'Your question' : 'Your note'}</label>
          <textarea id={`${id}-body`} value={body} onChange={(e) => setBody(e.target.value)} rows={3} />
          <div className="target-note__buttons">
            <Button type="submit">Save</Button>
            <Button variant="quiet" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="quiet" onClick={() => setOpen(true)} aria-label={label}>
          Add a note or question
        </Button>
      )}
      <p role="status" className="target-note__status">
        {status}
      </p>
    </div>
  );
}
