/**
 * A message for the next page: an action that navigates away (deleting a meeting) leaves it here,
 * and the page it lands on shows it once. Kept in memory only; a reload forgets it.
 */
export interface Flash {
  kind: 'meeting-deleted';
  /** The meeting's title, as the bin lists it. */
  title: string;
}

let pending: Flash | null = null;

export function setFlash(flash: Flash): void {
  pending = flash;
}

/** The waiting message, if any (reading it does not remove it, so a render may run twice). */
export function peekFlash(): Flash | null {
  return pending;
}

/** Called once the message is on screen. */
export function clearFlash(flash: Flash | null): void {
  if (flash !== null && pending === flash) pending = null;
}
