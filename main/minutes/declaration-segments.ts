import type { Declaration } from '../../shared/types/minutes';
import { interestNature } from './interest-nature';
import { passageOf } from './declaration-lines';
import { stripMemberTitle } from './names';
import { NO_INTEREST_RE } from './declarations';

/**
 * The last reading of a declarations section, when no sentence or list form the other readers know was found in it:
 * "Declarations of interest were made by: (i) Cllr B Cole regarding the Park Warden due to personal association.
 * (ii) Cllr S Price regarding …", "Cllr Thomas Agenda Item 19 Chair of the town council Cllr Wild Agenda Item 12 Network
 * Rail employee", "Cllr Sherwood: personal interest as a member of …; Cllr Thorpe: …", "Councillor C Price ( Scout
 * Matters )". Each member named by title
 * starts an entry that runs to the next; an entry is a declaration only when it says what the interest is (a kind of
 * interest, an item, a body or a tie to someone). Sentences that only tell members how to declare are left out first,
 * and a section where any entry says nothing of an interest is not read at all: better "could not read" than a guess.
 */

/** Words that follow a member's name in an entry ("Councillor Hennessy Declared a personal interest"), not part of it. */
const NOT_A_NAME = String.raw`(?:Declared|Declares|Declaring|Said|Stated|Was|Were|Has|Had|Is|And|As|If|In|On|When|Following|After|Agenda|Item|Regarding|Re|Personal|Prejudicial|Pecuniary|Other|Chair|Chairman|Member|Minute|Planning|Interest)\b`;
// (Not a table's head: "Councillor Type of Interest Nature of Interest"; not the next sentence: "… by Councillors. No additional
// declarations of interest were required".)
const MENTION_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:Cllrs?|Councillors?|Coun|Cynghorydd)\.?\s+(?!(?:Type|Name|Nature|Details|Interests?|Item|Reason|No|None|Nil|The|There|All|Any|Both|Members?)\b)((?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s*){0,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*(?:\s(?!${NOT_A_NAME})(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*)?)`,
  'gu',
);
const OPENS_WITH_MEMBER_RE = new RegExp(String.raw`^(?:\(?[ivx]{1,4}\)\s*|\d{1,2}[.)]\s*)?` + MENTION_RE.source, 'u');
/** What members are told or asked, not what they declared. */
const ADVICE_RE = /\b(?:reminded|should|must|were\s+(?:asked|invited)|are\s+(?:asked|invited)|to\s+(?:receive|declare|note|record)\b|any\s+declarations?|if\s+(?:a|any)\s+member)/i;
const INTEREST_CUE_RE =
  /\binterests?\b|\bmember\s+of\b|\bemploy(?:ee|ed|er|s)?\b|\b(?:chair(?:man)?|director|trustee|governor|secretary|treasurer|owner|partner|tenant|landlord|shareholder)\b|\b(?:wife|husband|son|daughter|relative|brother|sister|father|mother|friend|neighbour)\b|\b(?:lives|owns|works|resides)\b|\bassociation\b|\bclub\b|\bregarding\b|\bwith\s+regard\s+to\b|\bin\s+respect\s+of\b|\bitem\s+\d|\bapplication\b|\bconflict\b/i;
/** "and Keith Moulsdale", "and K Moulsdale": a second member named after the first, without a title of their own. */
const AND_MEMBER_RE = /^(?:and|&)\s+((?:\p{Lu}\.?\s*){0,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*(?:\s(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*)?)(?=\s+\p{Ll})/u;
const ITEM_RE = /\b(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?([A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})*[a-z]?)\b/i;
const LEFT_RE = /\b(?:left\s+the\s+(?:room|meeting|chamber)|withdrew\s+from\s+the\s+(?:room|meeting|chamber)|leaving\s+the\s+(?:room|meeting|chamber))\b/i;

export function sectionDeclarations(text: string, meetingDate: string | null): Declaration[] {
  if (text.length > 6000) return [];
  // Sentences of advice go; one whose subject is a member stays ("Cllr X wished to declare …"), not "Members were
  // reminded that Cllr X, as Chair, should …".
  const kept = text
    .replace(/\s+/g, ' ')
    // ("Cllr H Maurice- Jones": a name broken at its hyphen.)
    .replace(/(\p{Ll})- (\p{Lu})/gu, '$1-$2')
    .split(/(?<=[.!?])\s+(?=\p{Lu}|\()/u)
    .filter((s) => !ADVICE_RE.test(s) || OPENS_WITH_MEMBER_RE.test(s))
    .join(' ');
  const mentions = [...kept.matchAll(MENTION_RE)];
  if (mentions.length === 0 || mentions.length > 30) return [];
  const out: Declaration[] = [];
  for (const [k, m] of mentions.entries()) {
    const start = m.index ?? 0;
    const end = mentions[k + 1]?.index ?? kept.length;
    const entry = kept.slice(start, end).trim().replace(/\s*(?:\(?[ivx]{1,4}\)|[;,])\s*$/i, '');
    const given = entry.slice(m[0].length).replace(/^\s*[:–—-]?\s*/, '').trim();
    // "Councillors John Pugh and Keith Moulsdale with regard to …": a second member joined by "and", under one title.
    const second = AND_MEMBER_RE.exec(given);
    const rest = second ? given.slice(second[0].length).trim() : given;
    // ("Cllrs Kent and Hart – the Village Hall", with no words of the interest after the second name, is left to the
    // readers that know lists.)
    // ("Councillor C Price ( Scout Matters )": under the heading, a member and what they declared in, in brackets.)
    const bracketed = /^\(\s*(\p{Lu}[^()]{1,80}?)\s*\)\.?$/u.exec(rest);
    if (!m[1] || !rest || !(INTEREST_CUE_RE.test(rest) || bracketed)) return [];
    // ("Statement from Cllr Payne As a result of a query … the monitoring officer … supported my view that I do not have an
    // interest": a member saying they have none; the section is left to say so, not read as a declaration.)
    if (NO_INTEREST_RE.test(rest)) return [];
    const item = ITEM_RE.exec(rest)?.[1] ?? null;
    const subject = (bracketed?.[1] ?? rest.replace(/\.$/, '')).slice(0, 300);
    const members = [m[1], ...(second?.[1] ? [second[1]] : [])];
    out.push(
      ...members.map((member) => ({
        member: stripMemberTitle(member),
        item,
        subject,
        nature: interestNature(rest, meetingDate),
        withdrew: LEFT_RE.test(rest),
        passage: passageOf(entry),
      })),
    );
  }
  return out;
}
