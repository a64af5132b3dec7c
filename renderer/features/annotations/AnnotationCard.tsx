/**
 * One annotation in a list (the reader's panel, the meeting's annotations): what it is, its colour
 * in words, the quote and note, where it is, a way to go there, and Edit (note, tags, colour) and
 * Delete. The parent reloads after a change and offers Undo after a delete.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ANNOTATION_COLOURS, type Annotation, type AnnotationColour } from '../../../shared/types/annotations';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { EarlierQuotes } from './EarlierQuotes';
import { COLOUR_LABEL, COLOUR_SWATCH, parseTags } from './geometry';
import { KIND_LABEL, pagesLabel, shortQuote } from './listing';

export function AnnotationCard({
  annotation: a,
  where,
  go,
  href,
  onSaved,
  onDelete,
}: {
  annotation: Annotation;
  /** Where it is, e.g. "Agenda pack, page 7" (default: the page). */
  where?: string | null;
  /** A button or link that goes to it. */
  go?: ReactNode;
  /** Where a click on the card (not on its buttons) goes: a shortcut for the mouse; `go` is the keyboard's way. */
  href?: string;
  onSaved: (message: string) => void | Promise<void>;
  onDelete: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(a.body);
  const [tags, setTags] = useState(a.tags.join(', '));
  const [colour, setColour] = useState<AnnotationColour>(a.colour);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Back from the form (saved or cancelled): focus returns to Edit, not to the top of the page.
  useEffect(() => {
    if (wasEditing.current && !editing) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const kind = KIND_LABEL[a.kind];
  const place = where === undefined ? pagesLabel(a) : where;

  const startEditing = () => {
    setBody(a.body);
    setTags(a.tags.join(', '));
    setColour(a.colour);
    setEditing(true);
  };
  const save = async () => {
    setSaving(true);
    const result = await api['annotations.update']({ id: a.id, body: body.trim(), tags: parseTags(tags), colour });
    setSaving(false);
    if (result.ok) setEditing(false);
    await onSaved(result.ok ? `${kind} saved.` : result.error.message);
  };

  return (
    <li
      className={href && !editing ? 'annotation-card annotation-card--link' : 'annotation-card'}
      style={{ borderLeftColor: COLOUR_SWATCH[a.colour] }}
      data-annotation-id={a.id}
      onClick={(e) => {
        if (!href || editing || !(e.target instanceof Element) || e.target.closest('a, button, input, textarea, select, label, details')) return;
        if (window.getSelection()?.toString()) return; // the member is selecting text to copy
        window.location.hash = href;
      }}
    >
      <p className="annotation-card__meta">
        <span className="annotation-card__swatch" style={{ background: COLOUR_SWATCH[a.colour] }} aria-hidden="true" />
        {COLOUR_LABEL[a.colour]} {kind.toLowerCase()}
        {place ? `, ${place}` : ''}
        {a.kind === 'question' && a.asked ? ', asked' : ''}
      </p>
      {a.quote && <p className="annotation-card__quote">“{shortQuote(a.quote.exact)}”</p>}
      <EarlierQuotes quotes={a.earlierQuotes} />
      {editing ? (
        <div className="annotation-form">
          <label>
            {a.kind === 'question' ? 'Question' : 'Note'}
            <textarea rows={3} value={body} onChange={(e) => setBody(e.currentTarget.value)} maxLength={20000} />
          </label>
          <label>
            Tags (separate with commas)
            <input value={tags} onChange={(e) => setTags(e.currentTarget.value)} />
          </label>
          <fieldset className="annotation-colours">
            <legend>Colour</legend>
            {ANNOTATION_COLOURS.map((c) => (
              <label key={c} className="annotation-colours__choice">
                <input type="radio" name={`${id}-colour`} value={c} checked={colour === c} onChange={() => setColour(c)} />
                <span className="annotation-card__swatch" style={{ background: COLOUR_SWATCH[c] }} aria-hidden="true" />
                {COLOUR_LABEL[c]}
              </label>
            ))}
          </fieldset>
        </div>
      ) : (
        <>
          {a.body && <p className="annotation-card__body">{a.body}</p>}
          {a.tags.length > 0 && <p className="annotation-card__meta">Tags: {a.tags.join(', ')}</p>}
        </>
      )}
      <div className="annotation-card__actions">
        {go}
        {editing ? (
          <>
            <Button variant="secondary" onClick={() => void save()} disabled={saving}>
              Save<span className="visually-hidden"> {kind.toLowerCase()}</span>
            </Button>
            <Button variant="quiet" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </>
        ) : (
          <button ref={editRef} type="button" className="button button--quiet" onClick={startEditing}>
            Edit<span className="visually-hidden"> {kind.toLowerCase()}</span>
          </button>
        )}
        <Button variant="quiet" onClick={onDelete}>
          Delete<span className="visually-hidden"> {kind.toLowerCase()}</span>
        </Button>
      </div>
    </li>
  );
}
