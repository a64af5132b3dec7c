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
export const itemsWithUnreadDecisions = (items: readonly ItemView[]) => items.filter((i) => notAllRead(i.decisionsState));

/** Is the state one the page must speak of? */
export const notAllRead = (state: ItemView['decisionsState']) => state === 'partial' || state === 'unread';

/**
 * "Scrutineer could not read every decision in 2 items of these minutes: …", counting the minutes' opening (before the
 * first item) as one more part when its decisions were not all read.
 */
export function meetingDecisionsSummary(items: number, opening: boolean): string {
  const count = (n: number, one: string) => (n === 1 ? `one ${one}` : `${n.toLocaleString('en-GB')} ${one}s`);
  const parts = items + (opening ? 1 : 0);
  const where = !opening ? `in ${count(items, 'item')} of these minutes` : items === 0 ? 'at the start of these minutes, before the first item' : `in ${count(parts, 'part')} of these minutes`;
  const them = parts === 1 ? 'it' : 'them';
  return `Scrutineer could not read every decision ${where}, so actions from ${them} may be missing from the tracker. Check ${them} against the minutes:`;
}
