import type { Attendee, AttendanceStatus } from './attendance';
import type { Block } from './blocks';
import { isOrganisation, stripMemberTitle } from './names';

/**
 * A partnership's or forum's register, one person a line, each after the body they come from or their post, under
 * headings that say in what capacity they came:
 *
 *   Voting members
 *   Devon County Council (Partnership Chair): Cllr Jeffrey Trail (JT)
 *   Exeter City Council: Grahame Forshaw (GF)
 *   Supporting Officers (non-voting)
 *   Minute taker: Rowena Garne (RG)
 *   Apologies
 *   Dawlish Town Council: Cllr Terry Lowther (TL)
 *
 * Read only as a whole: at least two entries under a heading whose words give the capacity, and four entries in all.
 * A line whose person is not named ("Natural England: (TBC)") is passed over; anything else ends the register.
 */

const ENTRY_RE =
  /^([^:]{2,100}?):\s+((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Lord|Lady|Sir|Dame|Revd)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s*\((\p{Lu}[\p{L}]{0,4})\))?\s*$/u;
const UNNAMED_RE = /^[^:]{2,100}:\s*\((?:TBC|TBA|vacant|Vacant|VACANT)\)\s*$/;
const HEADING_RE = /^\p{Lu}[\p{L}\s()&/,'’-]{2,60}$/u;

/** Lines of the register joined into one paragraph: each entry ends at its initials in brackets. */
const AFTER_ENTRY_RE = /(?<=\(\p{Lu}[\p{L}]{0,4}\))\s+(?=\p{Lu}[^:()]{1,99}(?:\([^()]{1,40}\))?:\s)/u;
function entriesOf(text: string): string[] {
  return text.split(new RegExp(AFTER_ENTRY_RE.source, 'gu')).map((t) => t.trim()).filter(Boolean);
}

function capacityOf(heading: string): AttendanceStatus | null {
  if (/apolog/i.test(heading)) return 'apologies';
  if (/absent|not\s+present/i.test(heading)) return 'absent';
  if (/non-?\s?voting|officers?|advis[eo]rs?|in\s+attendance|also\s+present|guests?|observers?|staff|secretariat|support/i.test(heading)) return 'in-attendance';
  if (/members?|present|voting|attendees|representatives/i.test(heading)) return 'present';
  return null;
}

/**
 * "Devon County Council (Partnership Chair)" → Chair; "Minute taker", "Exe Estuary Officer" → the post; a body the person
 * comes from ("British Canoeing", "RSPB") → none: only a post's words make a role.
 */
function roleOf(side: string): string | null {
  const bracket = /\(([^()]{2,40})\)\s*$/.exec(side);
  const chair = bracket?.[1] && /\b(?:vice[-\s]?chair|chair)(?:man|person|woman)?\b/i.exec(bracket[1]);
  if (chair) return /vice/i.test(chair[0]) ? 'Vice-Chair' : 'Chair';
  const plain = side.replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (isOrganisation(plain)) return null;
  return POST_WORD_RE.test(plain) ? plain : null;
}
const POST_WORD_RE = /\b(?:Officer|Clerk|Chair(?:man|person|woman)?|Vice[-\s]?Chair|Convener|Secretary|Treasurer|Manager|Director|Adviser|Advisor|Warden|Representative|Co-?ordinator|taker|Minute[-\s]?taker|Engineer|Planner|Solicitor|Lawyer|Accountant|Auditor)s?\b/i;

export function groupedRegister(blocks: readonly Block[]): { attendees: Attendee[]; used: Set<number> } {
  const none = { attendees: [], used: new Set<number>() };
  for (let i = 0; i < Math.min(blocks.length, 60); i++) {
    const head = blocks[i];
    if (!head || head.bullet || !HEADING_RE.test(head.text.trim()) || capacityOf(head.text) === null) continue;
    const attendees: Attendee[] = [];
    const used = new Set<number>();
    let k = i;
    let groups = 0;
    for (;;) {
      const heading = blocks[k];
      const status = heading && !heading.bullet && HEADING_RE.test(heading.text.trim()) ? capacityOf(heading.text) : null;
      if (!status) break;
      const found: Attendee[] = [];
      let j = k + 1;
      for (; j < blocks.length; j++) {
        const pieces = entriesOf(blocks[j]?.text.trim() ?? '');
        const read = pieces.map((t) => (UNNAMED_RE.test(t) ? 'unnamed' : ENTRY_RE.exec(t)));
        if (read.some((m) => m === null)) break;
        for (const m of read) {
          if (m === 'unnamed' || !m?.[1] || !m[2]) continue;
          const name = stripMemberTitle(m[2]);
          if (name) found.push({ name, status, role: status === 'apologies' ? null : roleOf(m[1]) });
        }
      }
      if (found.length < 2) break;
      for (let u = k; u < j; u++) used.add(u);
      attendees.push(...found);
      groups++;
      k = j;
    }
    if (groups > 0 && attendees.length >= 4) return { attendees, used };
  }
  return none;
}
