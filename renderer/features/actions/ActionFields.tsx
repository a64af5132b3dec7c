/**
 * The fields an entry added by hand needs, one form's worth: its kind (action or recommendation), what it is, who owns
 * it and when it is due. Used by "Add an action" on the tracker and by "Add to the tracker…" beside a sentence of the
 * minutes on the meeting page; each form keeps the values and says what to do with them.
 */
export interface ActionFieldValues {
  kind: 'action' | 'recommendation';
  what: string;
  owner: string;
  due: string;
}

export function ActionFields({ id, values, onChange }: { id: string; values: ActionFieldValues; onChange: (next: Partial<ActionFieldValues>) => void }) {
  return (
    <>
      <fieldset className="field field--choices">
        <legend>Kind</legend>
        <label className="choice">
          <input type="radio" name={`${id}-kind`} checked={values.kind === 'action'} onChange={() => onChange({ kind: 'action' })} /> Action
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-kind`} checked={values.kind === 'recommendation'} onChange={() => onChange({ kind: 'recommendation' })} /> Recommendation
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-what`}>What</label>
        <textarea id={`${id}-what`} rows={3} value={values.what} maxLength={4000} required onChange={(e) => onChange({ what: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>Owner (optional)</label>
        <input id={`${id}-owner`} type="text" value={values.owner} maxLength={200} onChange={(e) => onChange({ owner: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>Due (optional)</label>
        <p className="field__hint" id={`${id}-due-hint`}>
          A date, such as 31/03/2025, or words, such as “next meeting”.
        </p>
        <input id={`${id}-due`} type="text" value={values.due} maxLength={100} aria-describedby={`${id}-due-hint`} onChange={(e) => onChange({ due: e.target.value })} />
      </div>
    </>
  );
}
