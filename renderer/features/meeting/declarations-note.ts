/**
 * What the meeting page says about declarations, from what the minutes say (MeetingDetail.declarationsState)
 * and what is listed. Never a confident wrong answer: "No interests were declared." only when the minutes
 * say so; a section Scrutineer could not read is said to be unread, never "none".
 */
import type { MeetingDetail } from '../../../shared/types/library';

export type DeclarationsNote =
  | { kind: 'none-declared'; text: string }
  | { kind: 'unread'; text: string }
  | { kind: 'absent'; text: string }
  | { kind: 'emptied'; text: string }
  | null;

export const NONE_DECLARED = 'No interests were declared.';
export const UNREAD = 'Scrutineer could not read the declarations here — see the minutes.';
export const UNREAD_WITH_LIST = 'Scrutineer could not read the declarations in these minutes: check this list against them.';
// Said of what Scrutineer found, not of the minutes: a declarations section it did not recognise may still be there
// (two in 35 pages of a sealed set, round 36), and the member can add what it missed.
export const ABSENT = 'Scrutineer found no declarations of interest in these minutes. If they record any, add them here.';
// Declarations were read, and the section holds passages no reader took (a list cut by a page break, round 38).
export const NOT_ALL_READ = 'The minutes may record more declarations than are listed here. Scrutineer could not read these passages; add any that record a declaration.';
export const EMPTIED = 'No declarations are listed here now; the minutes are below if you need to check.';

export function declarationsNote(state: MeetingDetail['declarationsState'], listed: number): DeclarationsNote {
  if (state === 'unread') return { kind: 'unread', text: listed > 0 ? UNREAD_WITH_LIST : UNREAD };
  if (listed > 0) return null;
  if (state === 'none-declared') return { kind: 'none-declared', text: NONE_DECLARED };
  if (state === 'absent') return { kind: 'absent', text: ABSENT };
  // Declarations were read, and the member removed them all: say so without saying "none were declared".
  if (state === 'declared') return { kind: 'emptied', text: EMPTIED };
  return null;
}

const DECLARATIONS_TITLE = /\bdeclarations?\b|\binterests?\b|\bdisclosures?\b|\bdatganiad(?:au)?\b|\bbuddiant\b|\bdiddordeb\b/i;
const NOT_DECLARATIONS = /\bacceptance\b|\bof\s+office\b|\bparty\s+whip\b/i;
const DECLARATIONS_HEADING = /^\s*(?:\d{1,3}\.?\s+)?(?:declarations?|disclosures?)\s+(?:of\s+)?(?:[\w-]+\s+){0,6}?interests?\b/im;

/** The item holding the minutes' declarations, for "see the minutes": one so titled, else one whose text has the heading. */
export function declarationsItem<T extends { id: number; title: string; minutesText: string }>(items: readonly T[]): T | null {
  return (
    items.find((i) => DECLARATIONS_TITLE.test(i.title) && !NOT_DECLARATIONS.test(i.title)) ??
    items.find((i) => DECLARATIONS_HEADING.test(i.minutesText)) ??
    null
  );
}
