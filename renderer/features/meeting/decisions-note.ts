/**
 * What the meeting page says when an item's minutes word a decision Scrutineer did not read (ItemView.decisionsState),
 * so an item is never shown as if it had no decisions, or only those read. Said of what Scrutineer read, not of the
 * minutes: the member checks the item's minutes, shown above the note.
 */
import type { ItemView } from '../../../shared/types/library';

export const ITEM_UNREAD = 'Scrutineer could not read the decisions in this item — see its minutes above.';
export const ITEM_PARTIAL = 'Scrutineer may not have read every decision in this item: check these against its minutes above.';

export function itemDecisionsNote(state: ItemView['decisionsState']): { kind: 'unread' | 'partial'; text: string } | null {
  if (state === 'unread') return { kind: 'unread', text: ITEM_UNREAD };
  if (state === 'partial') return { kind: 'partial', text: ITEM_PARTIAL };
  return null;
}

/** The items of a meeting whose decisions were not all read, in the minutes' order. */
export const itemsWithUnreadDecisions = (items: readonly ItemView[]) => items.filter((i) => itemDecisionsNote(i.decisionsState) !== null);

/** "Scrutineer could not read every decision in 2 items of these minutes: …" */
export function meetingDecisionsSummary(count: number): string {
  const items = count === 1 ? 'one item' : `${count.toLocaleString('en-GB')} items`;
  return `Scrutineer could not read every decision in ${items} of these minutes, so actions from ${count === 1 ? 'it' : 'them'} may be missing from the tracker. Check ${count === 1 ? 'it' : 'them'} against the minutes:`;
}
