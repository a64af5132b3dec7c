/** Confidential (exempt) information: one badge wording everywhere, and the explicit opt-in for exports. */
import { useId } from 'react';
import { Badge } from './Badge';

export const CONFIDENTIAL_LABEL = 'Confidential — exempt information';

/** Words, not colour alone: screen readers and print show the same label. */
export function ConfidentialBadge() {
  return (
    <span className="confidential-badge">
      <Badge tone="danger">{CONFIDENTIAL_LABEL}</Badge>
    </span>
  );
}

/**
 * "Include confidential (exempt) information" for an export: unticked unless the member ticks it,
 * with the consequence spelled out once ticked.
 */
export function IncludeConfidential({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="include-confidential">
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} /> Include confidential (exempt)
        information
      </label>
      {checked && (
        <p className="include-confidential__warning" role="note">
          The export will contain exempt information. Keep it as securely as the papers themselves and do not share it.
        </p>
      )}
    </div>
  );
}
