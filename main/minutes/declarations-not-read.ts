/**
 * The passages of a declarations section that may record a declaration no reader took, where some were read
 * (ParsedMinutes.declarationsNotRead): "… Peter Anderson as a director of …; [a page's footer] Steven Norris as a Board
 * Member of …; Bob Oddy on taxi related issues" where the first were read and the list went on past a page break. The
 * page then says the list may be incomplete and shows these passages, instead of showing what was read as all there is.
 *
 * A passage is a sentence of the section, or one entry of a list of declarations after a colon and between semicolons.
 * It may record a declaration when it names someone (by title, or a name in full opening the entry) and either says
 * someone declared or is an entry of such a list; it was read when a declaration's member's surname is in it.
 */
import type { Declaration } from '../../shared/types/minutes';
import { NAMES_MEMBER_RE, REMINDER_SENTENCE_RE, SAYS_DECLARED_RE } from './declarations-state';
import { splitSentences } from './sentences';

/** "The following interests were declared: …", "Declarations were made as follows: …": a list of declarations follows. */
const LIST_LEAD_RE = /\b(?:declared|declarations?|disclosed|disclosures?|interests?)\b[^:]{0,80}:\s*/i;
/** A list entry opened by a name in full ("Peter Anderson as …", "Sir Mike Hodgkinson as …"). */
// (Two words at least, or a title and one: "He declared" names no one new.)
const NAME_OPENING_RE = /^(?:(?:Sir|Dame|Lord|Lady|Baroness|Professor|Prof|Dr|Mr|Mrs|Ms|Miss|Councillor|Cllr)\.?\s+\p{Lu}[\p{Ll}'’-]+|\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}\s+(?:as|on|in|was|is|had|has|declared|regarding|re|for)\b/u;
const NONE_RE = /^(?:none|nil|no\s+(?:declarations?|interests?)\b|there\s+were\s+no(?:ne)?\b|n\/a)/i;
const MAX_PASSAGE = 300;

function entriesOf(sentence: string): { text: string; listed: boolean }[] {
  const lead = LIST_LEAD_RE.exec(sentence);
  if (!lead || !sentence.includes(';')) return [{ text: sentence, listed: false }];
  const rest = sentence.slice((lead.index ?? 0) + lead[0].length);
  return rest.split(';').map((t) => ({ text: t.trim(), listed: true }));
}

/** Whether a passage names one of the members (their surname, folded, is one of its words). */
export function namesAnyOf(passage: string, members: readonly string[]): boolean {
  const surnames = members.map((m) => (m.trim().split(/\s+/).pop() ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '')).filter((s) => s.length > 1);
  const words = new Set(passage.toLowerCase().split(/[^\p{L}-]+/u).flatMap((w) => [w, w.replace(/^-+|-+$/g, '')]));
  return surnames.some((s) => words.has(s));
}

export function declarationsNotRead(sectionTexts: readonly string[], declarations: readonly Declaration[]): string[] {
  if (declarations.length === 0) return [];
  const members = declarations.map((d) => d.member);
  const read = (text: string) => namesAnyOf(text, members);
  const out: string[] = [];
  for (const section of sectionTexts) {
    for (const sentence of splitSentences(section.slice(0, 20000)).flatMap((x) => x.split(/\n{2,}/))) {
      const s = sentence.replace(/\s+/g, ' ').trim();
      // (Nor a reminder to declare, whoever gave it: "Miss McShane reminded Members of the importance of declaring …".)
      // (Nor one who said they would not declare: "… explained that he did not intend to declare an interest …".)
      if (!s || REMINDER_SENTENCE_RE.test(s) || NONE_RE.test(s) || /\bapolog|\bremind|\bnot\b[^.;]{0,40}\bdeclar/i.test(s)) continue;
      for (const entry of entriesOf(s)) {
        const t = entry.text;
        if (!t || read(t)) continue;
        const declares = entry.listed ? NAME_OPENING_RE.test(t) : (SAYS_DECLARED_RE.test(t) || /\binterests?\b/i.test(t)) && (NAMES_MEMBER_RE.test(t) || NAME_OPENING_RE.test(t));
        if (declares && !out.includes(t)) out.push(t.length > MAX_PASSAGE ? `${t.slice(0, MAX_PASSAGE - 1)}…` : t);
      }
    }
  }
  return out;
}
