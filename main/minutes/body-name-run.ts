/**
 * A table of people and the bodies they come from, copied without its cell breaks: "Graeme Forrester, Argyll and Bute
 * Council Rona Gold, Argyll and Bute Council Laura MacDonald, Oban Community Council". Each person's body follows their
 * comma and runs straight into the next person's name. Where a name begins is read from given names: a part's last two
 * words (three when the word before is a given name too: "John Norman MacDonald") are a person when the first is a
 * known given name, or when the word before them ends a body ("… Community Council Marri Malloy"). The shape is taken
 * only when it is plain: the list starts with a person, ends with a body, and at least two people start inside a part.
 * Anything else is left to the other readers: no guess.
 */
import { NAME_WORD_RE, givenNameRun } from './given-name-run';
import { isGivenName } from './given-names';

export interface BodyRunEntry {
  /** The person as printed, with any title ("Councillor Anne Horn", "Inspector Julie McLeish"). */
  person: string;
  /** The body or post printed after the person's comma, or null. */
  body: string | null;
}

/** Titles and ranks printed before a person in these tables. */
const TITLE_RE = /^(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|Professor|Inspector|Insp\.?|Sergeant|Sgt\.?|Superintendent|Supt\.?|Chief|Rev\.?|Revd\.?|Provost|Bailie)$/;
/** The last word of a body's name, after which a person's name may start even when their given name is not known. */
const BODY_END_RE = /^(?:Council|Councils|Service|Services|Police|Constabulary|Trust|Board|Group|Forum|Network|Association|Partnership|Action|Centre|Team|Highland|Scotland|Wales|England|Ireland|Water|Rescue|Government|Authority|Agency|Society|Club|Office|Ltd|Limited|Carers|Families|Organisations|Enterprise|Housing|Health|NHS|University|College|School|Department|Unit|Project|Alliance|Federation|Union|Commission|Executive)$/;
/** Words that never start a person's name here. */
const NOT_GIVEN_RE = /^(?:And|The|Of|For|In|At|To|On|With|Community|Council|County|District|Borough|Town|Parish|City|Highland|Scottish|Welsh|National|Regional|Local|Royal|Chair(?:man|woman|person)?|Convener|Vice|Deputy|Officer|Manager|Director|Clerk|Secretary|Treasurer)$/;

/** The words of a part that name a person at its end (with any title before them), or 0 when none do. */
function personTail(words: readonly string[], whole: boolean): number {
  const n = words.length;
  if (n < 2) return 0;
  const surname = words[n - 1]!;
  const given = words[n - 2]!;
  if (!NAME_WORD_RE.test(surname) || !NAME_WORD_RE.test(given) || NOT_GIVEN_RE.test(given) || NOT_GIVEN_RE.test(surname)) return 0;
  const before = words[n - 3];
  const known = isGivenName(given);
  if (!known && !(before && BODY_END_RE.test(before)) && !(whole && n === 2)) return 0;
  let len = 2;
  // "John Norman MacDonald": a second given name before the surname.
  if (known && before && NAME_WORD_RE.test(before) && !NOT_GIVEN_RE.test(before) && isGivenName(before) && !BODY_END_RE.test(before)) len = 3;
  while (len < n && TITLE_RE.test(words[n - len - 1]!)) len++;
  return len;
}

/** People printed in full with nothing between them, a title before the first kept with it; null when not plainly so. */
function openingRun(words: readonly string[]): string[] | null {
  let t = 0;
  while (t < words.length && TITLE_RE.test(words[t]!)) t++;
  const names = givenNameRun(words.slice(t).join(' '));
  if (!names || names.length < 2 || names.some((n) => n.startsWith('('))) return null;
  return names.map((n, k) => (k === 0 && t > 0 ? `${words.slice(0, t).join(' ')} ${n}` : n));
}

/** The people of a list of "person, body person, body" parts, or null when the list is not plainly that shape. */
export function bodyNameRun(list: string): BodyRunEntry[] | null {
  if (list.length > 4000 || (list.match(/,/g) ?? []).length < 3 || /[;[\]:]/.test(list)) return null;
  const parts = list.split(/\s*,\s*/).map((p) => p.trim().replace(/\.$/, ''));
  // ("Donald Beaton (Chairman), …": a post in brackets may close the part of a person.)
  const bracket = (p: string) => /\s*\([^()]{2,40}\)$/.exec(p)?.[0] ?? '';
  if (parts.some((p) => !p || (p.slice(0, p.length - bracket(p).length).match(/[()]/)))) return null;
  const first = parts[0]!.slice(0, parts[0]!.length - bracket(parts[0]!).length).split(/\s+/);
  // The list starts with a person alone, and ends with a body alone.
  // ("Councillor Iain Angus MacDonald Kate Winton, Oban Community Council …": two people with no body between them.)
  const opening = personTail(first, true) === first.length ? [parts[0]!] : openingRun(first);
  if (!opening) return null;
  const last = parts[parts.length - 1]!.split(/\s+/);
  if (personTail(last, false) > 0) return null;
  const out: BodyRunEntry[] = opening.map((person) => ({ person, body: null }));
  let inside = 0;
  for (const part of parts.slice(1)) {
    const closing = bracket(part);
    const words = part.slice(0, part.length - closing.length).split(/\s+/);
    const tail = personTail(words, false);
    if (closing && !tail) return null;
    const current = out[out.length - 1]!;
    const bodyWords = tail > 0 && tail < words.length ? words.slice(0, words.length - tail) : tail === words.length ? [] : words;
    if (bodyWords.length) current.body = current.body ? `${current.body}, ${bodyWords.join(' ')}` : bodyWords.join(' ');
    if (tail > 0) {
      if (tail < words.length) inside++;
      out.push({ person: words.slice(words.length - tail).join(' ') + closing, body: null });
    }
  }
  return inside >= 2 ? out : null;
}
