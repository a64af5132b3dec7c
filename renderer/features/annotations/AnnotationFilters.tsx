/** Filters for a list of annotations: kind, colour and (when any are used) tag. */
import { useId } from 'react';
import { ANNOTATION_COLOURS, type AnnotationColour, type AnnotationKind } from '../../../shared/types/annotations';
import { COLOUR_LABEL } from './geometry';
import type { AnnotationFilter } from './listing';

export function AnnotationFilters({ value, tags, onChange, label = 'Filter annotations' }: { value: AnnotationFilter; tags: readonly string[]; onChange: (next: AnnotationFilter) => void; label?: string }) {
  const id = useId();
  return (
    <div className="annotations-panel__filters" role="group" aria-label={label}>
      <label htmlFor={`${id}-kind`}>
        Kind
        <select id={`${id}-kind`} value={value.kind} onChange={(e) => onChange({ ...value, kind: e.currentTarget.value as AnnotationKind | '' })}>
          <option value="">All</option>
          <option value="highlight">Highlights</option>
          <option value="note">Notes</option>
          <option value="question">Questions</option>
        </select>
      </label>
      <label htmlFor={`${id}-colour`}>
        Colour
        <select id={`${id}-colour`} value={value.colour} onChange={(e) => onChange({ ...value, colour: e.currentTarget.value as AnnotationColour | '' })}>
          <option value="">All</option>
          {ANNOTATION_COLOURS.map((c) => (
            <option key={c} value={c}>
              {COLOUR_LABEL[c]}
            </option>
          ))}
        </select>
      </label>
      {(tags.length > 0 || value.tag !== '') && (
        <label htmlFor={`${id}-tag`}>
          Tag
          <select id={`${id}-tag`} value={value.tag} onChange={(e) => onChange({ ...value, tag: e.currentTarget.value })}>
            <option value="">All</option>
            {value.tag !== '' && !tags.includes(value.tag) && <option value={value.tag}>{value.tag}</option>}
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
