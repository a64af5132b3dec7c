/**
 * A form's error, announced when it appears (role=alert); nothing when there is none. `hiddenLead`
 * is read to screen-reader users before it ("Not saved: "), for an error shown beside a field.
 */
export function FormError({ error, id, hiddenLead }: { error: string | null; id?: string; hiddenLead?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="form-error" role="alert">
      {hiddenLead && <span className="visually-hidden">{hiddenLead}</span>}
      {error}
    </p>
  );
}
