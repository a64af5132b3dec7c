import { findDate } from './dates';

/**
 * A page whose opening was copied as one paragraph: "MULL COMMUNITY COUNCIL 7pm, 3rd March 2021, via zoom Present: Billy
 * McClymont, Andrena Duffin, …". The heading (the body, the time and date, the place) and the list of who was there are
 * put on lines of their own, as the page printed them, so the header and the lists are each read where they stand. Only
 * in the page's first lines, only at a list's label with its colon, and only when what comes before it holds the
 * meeting's date and reads as no sentence.
 */
// ("… at Portmoak School 1. Attendance: CCllrs: …": the list's item number goes with its label.)
const LABEL_AFTER_HEADING_RE = /^(.{10,300}?)\s+(?=(?:\d{1,2}\.?\s+)?(?:Present|PRESENT|Members\s+[Pp]resent|MEMBERS\s+PRESENT|Attendance|ATTENDANCE|Attendees|ATTENDEES|Sederunt|SEDERUNT)\s*:\s*\p{Lu})/u;
/**
 * The heading's last word is the label's own ("COUNCILLORS PRESENT:", "Board Members Present:", "Council Officials
 * Present:"): a plural, or a word that names who the list is of.
 */
const LABEL_WORD_BEFORE_RE = /\b(?:\p{Lu}[\p{L}'’-]*[sS]|BOARD|Board|Those|THOSE|Staff|STAFF)$/u;

export function headingApartFromList(text: string): string {
  const lines = text.split('\n');
  let seen = 0;
  for (let k = 0; k < lines.length && seen < 6; k++) {
    const line = lines[k] ?? '';
    if (!line.trim()) continue;
    seen++;
    if (line.length < 200) continue;
    const m = LABEL_AFTER_HEADING_RE.exec(line);
    const heading = m?.[1];
    // (A sentence before the label, "The Chair welcomed everyone. Present: …", is the minutes', not the page's heading.)
    // (A heading that says the meeting was held is split by the lists' reader, which reads the labels that follow it.)
    if (!heading || !findDate(heading) || /[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(heading) || /\b(?:held|HELD|Held)\b/.test(heading) || LABEL_WORD_BEFORE_RE.test(heading)) continue;
    lines[k] = `${heading}\n${line.slice(heading.length).trimStart()}`;
    break;
  }
  return lines.join('\n');
}
