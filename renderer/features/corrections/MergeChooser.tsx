/** Merging one committee or council into another: choose the other one from a list, read what happens, confirm. */
import { useId, useState, type ReactNode } from 'react';
import { ConfirmPanel } from '../../ui/ConfirmPanel';

export interface Choice {
  id: number;
  label: string;
}

export function MergeChooser({
  title,
  selectLabel,
  choices,
  confirmLabel,
  children,
  onMerge,
  onCancel,
}: {
  title: string;
  selectLabel: string;
  choices: Choice[] | null;
  confirmLabel: string;
  /** What happens, in words. */
  children: ReactNode;
  onMerge: (otherId: number, label: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const id = useId();
  const [otherId, setOtherId] = useState<number | null>(null);
  const merge = async () => {
    if (otherId === null) return 'Choose one first.';
    return onMerge(otherId, choices?.find((c) => c.id === otherId)?.label ?? '');
  };
  return (
    <ConfirmPanel title={title} confirmLabel={confirmLabel} confirmDisabled={otherId === null} onConfirm={merge} onCancel={onCancel}>
      {children}
      <div className="field">
        <label htmlFor={`${id}-other`}>{selectLabel}</label>
        <select
          id={`${id}-other`}
          value={otherId === null ? '' : String(otherId)}
          disabled={!choices || choices.length === 0}
          onChange={(e) => setOtherId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
        >
          <option value="">{choices === null ? 'Loading…' : choices.length === 0 ? 'There is no other to merge with' : 'Choose…'}</option>
          {(choices ?? []).map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    </ConfirmPanel>
  );
}
