/**
 * Due dates of tracker entries. The minutes parser has already turned what it could into a date
 * ("within 28 days" → meeting + 28 days); what is left as written is resolved here against the
 * committee's own calendar: "next meeting" is the committee's next known meeting after the one that
 * decided it, and is resolved again whenever meetings are added.
 */
import { addMonths, format, parseISO } from 'date-fns';

export type DueRule = { kind: 'date'; date: string } | { kind: 'next-meeting' } | { kind: 'none' };

export function dueRule(dueText: string | null): DueRule {
  if (!dueText) return { kind: 'none' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(dueText)) return { kind: 'date', date: dueText };
  if (/\b(?:next|following|subsequent)\s+(?:scheduled\s+)?(?:meeting|committee)\b/i.test(dueText)) return { kind: 'next-meeting' };
  return { kind: 'none' };
}

/** The Executive must respond to a scrutiny recommendation within two months (LGA 2000 s.9FE). */
export function responseDue(meetingDate: string | null, recommendedTo: string | null): string | null {
  if (!meetingDate || !recommendedTo || !/cabinet|executive|mayor/i.test(recommendedTo)) return null;
  return format(addMonths(parseISO(meetingDate), 2), 'yyyy-MM-dd');
}

/** The body a recommendation went to, as the minutes name it. */
export function recommendedTo(text: string): string | null {
  const m =
    /\brecommend(?:s|ed|ation)?\s+(?:to\s+)?(?:that\s+)?(?:the\s+)?((?:Executive Member|Cabinet Member|Lead Member)[^,.;:]*|Cabinet|Executive|City Mayor|Mayor|Full Council|Council|[A-Z][A-Za-z&' ]{2,60}?(?:Board|Partnership|Trust|Authority|Commission|Committee|Panel))\b/.exec(text) ??
    /\b(?:to|by)\s+(?:the\s+)?(Cabinet|Executive|City Mayor|Full Council)\b/.exec(text);
  return m?.[1]?.trim() ?? null;
}

/** Entries that ask for something to come to a future meeting belong on the work programme. */
export function isWorkProgrammeItem(text: string): boolean {
  return /\bwork programme\b|\b(?:report|come|brought|return)\w*\s+(?:back\s+)?to\s+(?:a\s+)?(?:future|the next|next)\s+meeting\b|\bfuture (?:meeting|report)s?\b/i.test(text);
}
