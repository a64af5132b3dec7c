/** A meeting whose files did not state its details: says so at the top of the page, with the way to fix it. */
import { Button } from '../../ui/Button';

export function NeedsCheckNotice({ reason, onEdit }: { reason: string; onEdit: () => void }) {
  return (
    <section className="needs-check" aria-labelledby="needs-check-title">
      <h2 id="needs-check-title" className="needs-check__title">
        Details not stated — check them
      </h2>
      <p>
        Scrutineer could not be sure which meeting this is: {reason}. It is kept as a meeting of its own until you check its
        details. If it is a copy of a meeting you already have, merge the two instead.
      </p>
      <Button onClick={onEdit}>Check and edit the details</Button>
    </section>
  );
}
