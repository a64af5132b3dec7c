/**
 * The committee <select>, one for every page that picks a committee: a label (its accessible name), a
 * first option that stands for "none chosen" ("All committees" in a filter, "Choose a committee" in a
 * form), and the committees, flat or grouped under their council. The value is a committee id or null.
 *
 * It renders the label and the select only, so each page keeps its own field wrapper and layout; with
 * `labelAround` the select sits inside its label (the compact rows of "Papers to file").
 */
import { useId } from 'react';
import { councilLabel } from './labels';

export interface CommitteeChoice {
  id: number;
  name: string;
}

export interface CouncilChoices {
  id: number;
  name: string | null;
  domain?: string | null;
  committees: CommitteeChoice[];
}

export interface CommitteeSelectProps {
  value: number | null;
  onChange: (committeeId: number | null) => void;
  /** The first option's words, chosen when value is null: "All committees", "Choose a committee"… */
  emptyLabel: string;
  /** Committees in one flat list… */
  committees?: CommitteeChoice[];
  /** …or grouped under their council (an optgroup each). */
  councils?: CouncilChoices[];
  /** The visible label and accessible name; "Committee" unless said. */
  label?: string;
  /** The select's id, when the page needs to point at it; otherwise one is made. */
  id?: string;
  labelAround?: boolean;
  required?: boolean;
  disabled?: boolean;
}

export function CommitteeSelect({ value, onChange, emptyLabel, committees, councils, label = 'Committee', id, labelAround = false, required, disabled }: CommitteeSelectProps) {
  const madeId = useId();
  const selectId = id ?? `${madeId}-committee`;
  const option = (c: CommitteeChoice) => (
    <option key={c.id} value={String(c.id)}>
      {c.name}
    </option>
  );
  const select = (
    <select
      id={selectId}
      value={value === null ? '' : String(value)}
      required={required}
      disabled={disabled}
      onChange={(e) => onChange(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
    >
      <option value="">{emptyLabel}</option>
      {councils
        ? councils.map((council) => (
            <optgroup key={council.id} label={councilLabel(council)}>
              {council.committees.map(option)}
            </optgroup>
          ))
        : (committees ?? []).map(option)}
    </select>
  );
  if (labelAround) {
    return (
      <label htmlFor={selectId}>
        {label}
        {select}
      </label>
    );
  }
  return (
    <>
      <label htmlFor={selectId}>{label}</label>
      {select}
    </>
  );
}
