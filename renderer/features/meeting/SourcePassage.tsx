/**
 * "Show where this came from": a disclosure (a button with aria-expanded) that shows, on demand, the
 * passage of the minutes a declaration or decision was read from, so the member can check it. Files
 * read before passages were kept have none, and then there is nothing to show.
 */
import { useId, useState } from 'react';
import { TextBlock } from '../../ui/TextBlock';

export function SourcePassage({ passage, about }: { passage: string | null; /** Said to screen readers after the button's words, e.g. "Dr Moore’s declaration". */ about: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!passage || passage.trim() === '') return null;
  return (
    <div className="source-passage">
      <button
        type="button"
        className="source-passage__toggle"
        aria-label={`Show where this came from: ${about}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="source-passage__marker" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        Show where this came from
      </button>
      <div id={id} hidden={!open} className="source-passage__body">
        {open && (
          <blockquote className="source-passage__quote" aria-label="The minutes say">
            <TextBlock text={passage} />
          </blockquote>
        )}
      </div>
    </div>
  );
}
