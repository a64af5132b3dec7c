/**
 * ModernGov's own record of declarations, as its "Agenda and minutes" pages print it under the declarations item:
 *
 *   Min 46 Exmouth Motorhome Parking – Overnight stopovers
 *   Cllr N Hookway, Affects Non-registerable Interest: Member of Exmouth Town Council
 *   Cllr M Hall, Other registerable Interest: … for which Cllr Hall works (and left the meeting for the item)
 *
 * Each entry is a member, the kind of interest and what it is; the minute it concerns is the "Min N" line above it.
 * Copying often runs the lines together, so entries are found by their shape, not by line.
 */
import type { Declaration } from '../../shared/types/minutes';
import { passageOf } from './declaration-lines';
import { interestNature } from './interest-nature';
import { stripMemberTitle } from './names';

const NAME = String.raw`(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s+){0,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+)?`;
const KIND = String.raw`(?:Disclosable\s+Pecuniary|Other\s+Regist(?:e)?rable|Non[-\s]?Regist(?:e)?rable|Non[-\s]?Pecuniary|Personal(?:\s+and\s+Prejudicial)?|Prejudicial|Pecuniary|Registerable|Registrable)`;
/** "Cllr N Hookway, Affects Non-registerable Interest:" — the member, then the kind of interest. */
const ENTRY_RE = new RegExp(String.raw`(?<![\p{L}])(?:Councillors?|Cllrs?|Coun)\.?\s+(${NAME}),\s+(?:Affects\s+(?:an?\s+)?)?(${KIND})\s+Interests?\s*:\s*`, 'giu');
/** "Min 46 Exmouth Motorhome Parking …", "Minute 12 …", "Item 7 …": the minute the entries below it concern. */
const MINUTE_RE = /(?<![\p{L}\d])(?:Min(?:ute)?\.?|Item)\s+(?:No\.?\s*)?(\d{1,4}[a-z]?(?:\.\d{1,3})?)\s+(?=\p{Lu})/gu;
const LEFT_NOTE_RE = /\s*\((?:and\s+)?(?:left|withdrew\s+from|was\s+not\s+present\s+in|took\s+no\s+part\s+in)\b[^)]{0,80}\)\s*$/i;
const LEFT_RE = /\b(?:left|withdrew\s+from)\s+the\s+(?:meeting|room|chamber)\b|\btook\s+no\s+part\b/i;

export function modernGovInterestLines(text: string, date: string | null): Declaration[] {
  if (text.length > 20000 || !/Interests?\s*:/i.test(text)) return [];
  const marks = [
    ...[...text.matchAll(ENTRY_RE)].map((m) => ({ at: m.index, end: m.index + m[0].length, member: m[1] ?? '', kind: m[2] ?? '', minute: null as string | null })),
    ...[...text.matchAll(MINUTE_RE)].map((m) => ({ at: m.index, end: m.index + m[0].length, member: '', kind: '', minute: m[1] ?? null })),
  ].sort((a, b) => a.at - b.at);
  if (!marks.some((m) => m.member)) return [];
  const out: Declaration[] = [];
  let minute: string | null = null;
  marks.forEach((m, k) => {
    if (m.minute !== null) {
      minute = m.minute;
      return;
    }
    const detail = text.slice(m.end, marks[k + 1]?.at ?? text.length).replace(/[\s\u00a0]+/g, ' ').trim();
    const subject = detail.replace(LEFT_NOTE_RE, '').replace(/[.;,]$/, '').trim();
    out.push({
      member: stripMemberTitle(m.member),
      item: minute,
      subject,
      nature: interestNature(`${m.kind} interest`, date),
      withdrew: LEFT_RE.test(detail),
      passage: passageOf(text.slice(m.at, marks[k + 1]?.at ?? text.length)),
    });
  });
  return out;
}
