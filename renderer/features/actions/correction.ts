/**
 * "Correct what the minutes say": the form's values from an entry, and what changed as
 * `actions.correct` takes it (only what the member changed is sent, so only that becomes "set by you").
 */
import type { Input } from '../../../shared/contract';
import type { ActionEntry } from '../../../shared/types/actions';
import { normaliseDue } from './model';

export type CorrectKind = 'action' | 'recommendation' | 'noted';
export interface CorrectionValues {
  what: string;
  owner: string;
  due: string;
  kind: CorrectKind;
}
export type Correction = Omit<Input<'actions.correct'>, 'id'>;

export const KIND_CHOICES: Array<{ value: CorrectKind; label: string; hint: string }> = [
  { value: 'action', label: 'An action', hint: 'Someone is to do something.' },
  { value: 'recommendation', label: 'A recommendation', hint: 'The committee recommends it to someone, who responds.' },
  { value: 'noted', label: 'Not an action', hint: 'Kept with its log, but left out of the tracker.' },
];

/** '2025-03-31' as the member would type it, '31/03/2025'; words ("next meeting") as written. */
const typedDue = (due: string) => {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : due;
};

export const correctionValues = (e: ActionEntry): CorrectionValues => ({
  what: e.what,
  owner: e.owner ?? '',
  due: typedDue(e.dueText ?? e.dueDate ?? ''),
  kind: e.notAction ? 'noted' : e.kind,
});

/** What changed, or the problem that stops it being sent. */
export function correctionFrom(before: CorrectionValues, after: CorrectionValues): { changes: Correction; problem: string | null } {
  const changes: Correction = {};
  const what = after.what.trim();
  if (what === '') return { changes, problem: 'The text cannot be empty: write what the minutes should say.' };
  if (what !== before.what.trim()) changes.what = what;
  if (after.owner.trim() !== before.owner.trim()) changes.owner = after.owner.trim() || null;
  if (after.due.trim() !== before.due.trim()) changes.due = after.due.trim() ? normaliseDue(after.due) : null;
  if (after.kind !== before.kind) changes.kind = after.kind;
  if (Object.keys(changes).length === 0) return { changes, problem: 'Nothing has changed: change what is wrong, or Cancel.' };
  return { changes, problem: null };
}
