/**
 * People each named in full with the initials the minutes use for them in brackets, one after another with nothing
 * between them, as a flattened table or header gives them:
 *   "Ann Lyle (AL) – Chair Tom Bray (TB) – Treasurer Jo McCoy (JMcC) – Member"
 *   "Ann Lyle (Chair) (AL) Tom Bray (TB) – Left at 8.10 pm Ray Dunn MBE (RD)"
 *   "Sue Hale, Parish Clerk (SH) Kim Lowe, Assistant Clerk (KL)"
 * The initials say where each name starts: the name is the words before the bracket whose capitals are the initials'
 * capitals ("Jo McCoy" for "JMcC"). What follows a person up to the next one's name is that person's post (after a dash)
 * or a note ("Left at 8.10 pm"), which gives no post. Read only when three people or more are found this way (two
 * where they are the whole list) and nothing in between is left over.
 */

export interface InitialledPerson {
  name: string;
  /** The post as printed (after a dash, a comma or in a bracket before the initials), or null. */
  post: string | null;
}

/** "(AL)", "(JMcC)", "(DH-R)", "(JBr)": two to four capitals, lower-case letters and a hyphen between them. */
const INITIALS_BRACKET_RE = /\((\p{Lu}(?:[\p{Lu}\p{Ll}-]{0,3}\p{Lu}[\p{Ll}]?)+)\)/gu;
const NAME_WORD_RE = /^(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
const STYLE_RE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor)\.?$/;
const HONOUR_RE = /^(?:MBE|OBE|CBE|BEM|JP|DL|QC|KC)$/;
/** Words that end a post: "Board Member", "Accounts Administrator", "Chairperson". */
const POST_END_RE = /^(?:Chair(?:man|woman|person)?|Vice[-\s]?Chair(?:man|woman|person)?|Member|Executive|Director|Officer|Manager|Clerk|Solicitor|Secretary|Treasurer|Administrator|Adviser|Advisor|Lead|Coordinator|Co-ordinator|Commissioner|Trustee|Governor|Councillor|Assistant|Accountant|Engineer)$/;
const JOIN_WORD_RE = /^(?:of|and|&|the|for|to)$/;

/** The capital letters of a name or initials: "Jo McCoy" → "JMC", "JMcC" → "JMC". */
export const capitals = (s: string) => s.replace(/[^\p{Lu}]/gu, '');

/** The start (in `words`) of the name ending at the last word, whose capitals are `initials`, or -1. */
function nameStart(words: readonly string[], initials: string): number {
  for (let length = 2; length <= 4 && length <= words.length; length++) {
    const name = words.slice(words.length - length);
    if (!name.every((w) => NAME_WORD_RE.test(w))) return -1;
    if (capitals(name.join(' ')) === initials) return words.length - length;
  }
  return -1;
}

/** A post after a dash or a comma, or in a bracket: capitalised words and joining words only, no figures. */
function postOf(raw: string): string | null {
  const t = raw.trim().replace(/^[–—,-]\s*/, '').replace(/^\((.*)\)$/, '$1').trim();
  // ("… Committee In": a post does not end on a word like "In", a label's first word run into it.)
  if (!t || t.length > 80 || /\d/.test(t) || /\s(?:In|At|On|By|Of|And|The)$/.test(t)) return null;
  return t.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || JOIN_WORD_RE.test(w)) ? t : null;
}

/** The text between one person's initials and the next person's name: a post after a dash, a note, or nothing. */
function trailerFine(raw: string): boolean {
  const t = raw.trim();
  return t === '' || /^[–—-]\s*\S/.test(t);
}

/** The last person's post where the list runs on into the minutes: the words up to a post's last word. */
function lastPost(after: string): { post: string | null; length: number } {
  const m = /^\s*[–—-]\s*/.exec(after);
  if (!m) return { post: null, length: 0 };
  const words = after.slice(m[0].length).split(/\s+/);
  let used = m[0].length;
  const taken: string[] = [];
  for (const w of words.slice(0, 8)) {
    if (!/^\p{Lu}/u.test(w) && !JOIN_WORD_RE.test(w)) break;
    taken.push(w);
    used += w.length + 1;
    if (POST_END_RE.test(w)) return { post: taken.join(' '), length: used - 1 };
  }
  return { post: null, length: 0 };
}

/**
 * The people of a run, and where it ends in `text` (the rest may be the minutes run on). Null unless the run starts at
 * the start of `text` and holds `least` people or more.
 */
export function initialsRun(text: string, least = 3): { people: InitialledPerson[]; end: number } | null {
  if (text.length > 8000) return null;
  const brackets = [...text.matchAll(INITIALS_BRACKET_RE)].filter((m) => capitals(m[1] ?? '').length >= 2 && capitals(m[1] ?? '').length <= 4);
  if (brackets.length < least) return null;
  const people: InitialledPerson[] = [];
  let from = 0;
  /** The previous person's trailer, from the end of their initials. */
  let trailerStart = 0;
  for (const b of brackets) {
    const at = b.index ?? 0;
    const initials = capitals(b[1] ?? '');
    const segment = text.slice(from, at);
    // "Ann Lyle (Chair)", "Sue Hale, Parish Clerk", "Ray Dunn MBE": what may stand between a name and its initials.
    const m = /^(.*?)(\s*\([^()]{2,60}\)|,\s+[^,()]{2,60})?\s*$/su.exec(segment);
    const before = (m?.[1] ?? '').trimEnd();
    const words = before.split(/\s+/).filter(Boolean);
    const honours = [];
    while (words.length > 0 && HONOUR_RE.test(words[words.length - 1] ?? '')) honours.unshift(words.pop());
    // The post may be the segment's tail ("Sue Hale, Parish Clerk"), or the name may end the segment.
    let start = nameStart(words, initials);
    let post = m?.[2] ? postOf(m[2]) : null;
    if (start < 0 || (m?.[2] && !post)) {
      // Maybe the bracket or comma belonged to the previous person's trailer, and the name is at the end.
      const all = segment.trimEnd().split(/\s+/).filter(Boolean);
      const hon: string[] = [];
      while (all.length > 0 && HONOUR_RE.test(all[all.length - 1] ?? '')) hon.unshift(all.pop() as string);
      const s2 = nameStart(all, initials);
      if (s2 < 0) return null;
      words.splice(0, words.length, ...all);
      honours.splice(0, honours.length, ...hon);
      start = s2;
      post = null;
    }
    const styleAt = start > 0 && STYLE_RE.test(words[start - 1] ?? '') ? start - 1 : start;
    const lead = words.slice(0, styleAt).join(' ');
    // The words before the name are the previous person's trailer (or, for the first, must be nothing).
    if (people.length === 0 ? lead !== '' : !trailerFine(lead)) return null;
    if (people.length > 0) {
      const prev = people[people.length - 1] as InitialledPerson;
      if (lead) prev.post = prev.post ?? postOf(lead);
    }
    const name = [...words.slice(styleAt), ...honours].join(' ');
    people.push({ name, post });
    from = at + b[0].length;
    trailerStart = from;
  }
  const rest = text.slice(trailerStart);
  const last = people[people.length - 1] as InitialledPerson;
  // The list may end with the last person's post, or run on into the minutes after it.
  if (trailerFine(rest) && postOf(rest) !== null) {
    last.post = last.post ?? postOf(rest);
    return { people, end: text.length };
  }
  const tail = lastPost(rest);
  last.post = last.post ?? tail.post;
  return { people, end: trailerStart + tail.length };
}
