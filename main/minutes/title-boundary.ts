import type { ItemDraft } from './items';

/**
 * Where an item's heading ends and its minute begins, when the page ran the two together and the reader cut them in
 * the wrong place. Four repairs, each on the evidence of the words themselves, not of one council's layout:
 *
 * - the heading went on in lower case: "To receive apologies" | "and reasons for absence: Cllr Todd sent apologies …",
 *   "Approval" | "of Minutes of meeting 30th October 2017. The minutes were approved …": the words up to the colon or
 *   full stop are the heading's, when they hold no verb;
 * - the heading went on in title case: "To Consider" | "The Adoption Of The Minutes Of The Meeting Held On 7th March
 *   2016.": a run of capitalised words up to a full stop or colon (or the page's end), its small words capitalised too
 *   (so no list of names or sub-heading), is the heading's;
 * - the minute began after a colon inside the heading: "PUBLIC SESSION: no comments from the public", "Declarations of
 *   interest: None": a heading in capitals, then lower case, or a heading then "none"/"nil"/"noted", parts there;
 * - the minute began after a full stop inside the heading: "To receive and accept apologies for absence. Apologies from
 *   Cllr Benton and Cllr Walne": a sentence's end (after a word, not an initial or "No.") then a capital parts there.
 */

const VERB_RE = /\b(?:was|were|is|are|had|has|have|been|being|will|would|should|could|may|might|must|did|does|declared|noted|agreed|resolved|received|reported|asked|said|explained|stated|confirmed|approved|proposed|seconded|thanked|welcomed|attended|sent|gave|informed|advised)\b/i;
/** Words a minute's first sentence starts with, never a heading's next word. */
const SENTENCE_START_RE = /^(?:The|This|That|These|There|It|He|She|They|We|Members?|Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Apologies|None|Nil|No|Following|Despite|Having|After|All|An?|In|On|At|As|Due|Resolved|RESOLVED|Noted|Agreed)\b/;
/** Short words a title-case heading keeps in lower case ("Minutes of the Meeting"). */
/** "minutes have been circulated", "accounts were approved": a sentence in lower case whose verb is passive. */
const PASSIVE_START_RE = /^\p{Ll}+(?:\s+\p{Ll}+){0,2}\s+(?:were|was|have|has|had|are|is)\s+(?:been\s+)?\p{Ll}+ed\b/u;
const SMALL_WORD_RE = /^(?:of|and|the|to|for|in|on|at|a|an|by|with|from|or|&|-|–)$/;

const TITLE_MAX = 160;
const CAPITAL_SMALL_WORD_RE = /^(?:Of|And|The|To|For|In|On|At|By|With|From|Or)$/;

function isTitleCaseRun(words: readonly string[]): boolean {
  let capitals = 0;
  for (const w of words) {
    const bare = w.replace(/^[("'‘“]+|[)"'’”,.:;]+$/g, '');
    if (!bare) continue;
    if (SMALL_WORD_RE.test(bare) || /^\d{1,4}(?:st|nd|rd|th)?$/i.test(bare)) continue;
    if (!/^\p{Lu}/u.test(bare)) return false;
    capitals++;
  }
  return capitals >= 1;
}

/** The heading went on into the body: the words that continue it, or null. */
function continuation(title: string, body: string): string | null {
  const lower = /^\p{Ll}/u.test(body);
  // Up to the first colon or full stop that ends a sentence (not "No." or an initial), or the whole of a short body.
  const stop = /^(.{2,120}?)(?:[:.](?=\s|$)|$)/su.exec(body);
  const words = stop?.[1]?.trim() ?? '';
  if (!words || `${title} ${words}`.length > TITLE_MAX || VERB_RE.test(words) || /[;!?]/.test(words)) return null;
  // (A heading in capitals is whole as printed: "TO RECEIVE, CONFIRM AND SIGN MINUTES" | "of the meeting of 4th July".)
  if (!/\p{Ll}/u.test(title)) return null;
  if (lower) {
    // ("and reasons for absence", "of Minutes of meeting 30 th October 2017", "under the Localism Act 2011 - being any …")
    return /^(?:and|or|of|for|to|from|under|in|on|at|with|by|&)\b/.test(words) ? words : null;
  }
  // A capitalised run only after a title-case heading, and only up to a full stop or colon (or the page's end).
  // A page that capitalises every word ("The Adoption Of The Minutes"): its small words in capitals too, which a list of
  // names ("Paul Bown (PAB), Michael Edmonds") or a sub-heading ("Appointment of Chair") does not have.
  const ended = stop?.[0] !== undefined && (/[:.]$/.test(stop[0]) || stop[0].length === body.length);
  if (!ended || !isTitleCaseRun(title.split(/\s+/)) || /[,()]/.test(words) || (SENTENCE_START_RE.test(words) && !/^The\s/.test(words))) return null;
  const split = words.split(/\s+/);
  // ("For Absence.": a preposition carries on the heading; "The Board:" alone opens the minute.)
  if (!split.slice(1).some((w) => CAPITAL_SMALL_WORD_RE.test(w)) && !(CAPITAL_SMALL_WORD_RE.test(split[0] ?? '') && split[0] !== 'The')) return null;
  return split.length >= 2 && split.length <= 14 && isTitleCaseRun(split) ? words : null;
}

/** "PUBLIC SESSION: no comments from the public" → the heading and the minute; null when the title holds none. */
function minuteAfterColon(title: string): { title: string; minute: string } | null {
  const m = /^(.{3,250}?)\s*:\s+(\S.*)$/su.exec(title);
  if (!m?.[1] || !m[2]) return null;
  const [head, rest] = [m[1], m[2]];
  // ("To receive declarations of Interests … Localism Act 2011: Cllrs Oakman, Clark … declared an interest …", "To approve
  // the minutes of the meeting held on Monday 24th April 2023: minutes have been circulated, were agreed and signed.": a
  // heading with no verb of its own, then a sentence, its subject first and a verb after.)
  if (!VERB_RE.test(head) && (SENTENCE_START_RE.test(rest) || PASSIVE_START_RE.test(rest)) && VERB_RE.test(rest.slice(0, 200))) return { title: head, minute: rest };
  if (head.length > 120) return null;
  const capsHead = !/\p{Ll}/u.test(head) && /\p{Lu}{3}/u.test(head) && /^\p{Ll}/u.test(rest);
  // ("CORPORATE SERVICES: APPROVED DUTIES AND APPOINTMENTS": all capitals after the colon is the heading's own.)
  const verdict = /^(?:none|nil|n\/a)\.?$/i.test(rest) || (/\p{Ll}/u.test(rest) && /^(?:none|nil|no\s|noted|agreed|approved|accepted|n\/a)\b/i.test(rest));
  return capsHead || verdict ? { title: head, minute: rest } : null;
}

/** "To receive … for absence. Apologies from Cllr Benton …" → the heading and the minute; null when no sentence ends inside. */
function minuteAfterStop(title: string): { title: string; minute: string } | null {
  const m = /^(.{6,}?\p{Ll}{3,})\.\s+(\p{Lu}\S*\s+\S.*)$/su.exec(title);
  if (!m?.[1] || !m[2] || !SENTENCE_START_RE.test(m[2])) return null;
  return { title: m[1], minute: m[2] };
}

export function withTitleBoundary(d: ItemDraft): ItemDraft {
  // ("Matters arising Item 4:" before "Item 4 (item 22): Outstanding Action: …": the first matter's reference to the item
  // it arose from is no part of the heading.)
  const matter = /^(Matters\s+arising(?:\s+from\s+(?:the\s+)?(?:previous\s+|last\s+)?(?:minutes|meeting))?)\s+(?:Item|Minute)\s+\d{1,3}[a-z]?$/i.exec(d.title.trim());
  if (matter?.[1]) return withTitleBoundary({ ...d, title: matter[1] });
  const title = d.title.trim();
  if (!title) return d;
  // A title read from the opening of the item's text, which still holds it ("182 To receive declarations … Localism Act
  // 2011: Cllrs Oakman … declared …"): the heading is the text up to its colon, the minute what follows it.
  const opening = d.body[0] && !d.body[0].bullet ? d.body[0].text.trim() : '';
  if (opening.startsWith(title) && opening.length > title.length) {
    const whole = minuteAfterColon(opening);
    if (whole) return { ...d, title: whole.title.trim(), body: [{ text: whole.minute.trim(), bullet: false }, ...d.body.slice(1)] };
  }
  const cut = minuteAfterColon(title) ?? minuteAfterStop(title);
  if (cut) return { ...d, title: cut.title.trim(), body: [{ text: cut.minute.trim(), bullet: false }, ...d.body] };
  const first = d.body[0];
  if (!first || first.bullet) return d;
  const text = first.text.trim();
  const more = continuation(title, text);
  if (!more) return d;
  const rest = text.slice(text.indexOf(more) + more.length).replace(/^\s*[:.]\s*/, '').trim();
  return { ...d, title: `${title} ${more}`, body: rest ? [{ ...first, text: rest }, ...d.body.slice(1)] : d.body.slice(1) };
}
