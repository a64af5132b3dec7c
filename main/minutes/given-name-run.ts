/**
 * People printed in full with nothing between them, in no order: "Mike Brooker Ruth Hall Madeleine Havard Harry
 * Legge-Bourke Peter Matthews (Chair)", as a board's table of members comes out of a PDF. Where one name ends is read
 * from given names: the run is cut into names of two words (a given name and a surname) or three (two given names and a
 * surname), a post in brackets closing the name before it. Every name must start with a known given name, and of the
 * cuts the one with the fewest three-word names is taken (many surnames are given names too: "Gordon James | Carol
 * Kirk", not "Gordon James Carol | Kirk …"), only if no other cut has as few. Anything else is left unread: no guess.
 */
import { isGivenName } from './given-names';

/** A word of a name as printed: "Havard", "McCarthy", "O’Reilly", "Legge-Bourke". */
export const NAME_WORD_RE = /^\p{Lu}[\p{L}'’]*\p{Ll}(?:-\p{Lu}[\p{L}'’]*\p{Ll})*$/u;
/** Words that are never part of a person's name in a list (a title, a label, a post, a joining word, a place). */
const NOT_NAME_RE = /^(?:And|The|Of|For|In|At|To|Councillors?|Cllrs?|Aldermen|Alderman|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev|Chair(?:man|woman|person)?|Convene?or|Mayor|Provost|Deputy|Vice|Leader|Present|Apologies|Absent|Officers?|Members?|Attendance|Also|Clerk|Secretary|Treasurer|Council|County|Borough|District|Town|Parish|City|Community|Board|Trust|Committee|Police|Press|Public|Minutes|Scotland|Wales|England|Ireland|Executive|Team|Director|Manager|Officer|Head|Chief|Assistant|Governor|Trustee|Commissioner|Observer|Guest|Representative|Secretariat|Staff|Inspector|Sergeant|Constable|Solicitor|Adviser|Advisor|Coordinator|Co-ordinator|Lay|Non-Executive|Item|Welcome|Page)$/;
/** An honour printed after a name belongs to that name: "Ray Puddifoot MBE". */
const HONOUR_RE = /^(?:MBE|OBE|CBE|KBE|DBE|BEM|JP|DL|QC|KC|MLA|MSP|MS|MP)$/;

interface Word {
  text: string;
  /** What follows the word before the next one: an honour, a bracket. */
  after: string;
  /** A bracket after the word ends the name there. */
  closes: boolean;
  /** An initial ("J", "W.") or a member's title ("Cllr"), printed before or inside a name, never a name's word alone. */
  mark?: 'initial' | 'title';
}

/** An initial printed with a name ("J Emyr Davies", "Gareth W Hughes"), or a member's title before one ("Cllr Ian Hughes"). */
const INITIAL_RE = /^\p{Lu}\.?$/u;
const TITLE_BEFORE_RE = /^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?$/;

function wordsOf(run: string): Word[] | null {
  const words: Word[] = [];
  // ("Una O Kane": an Irish surname whose apostrophe was lost in copying, "O" and the rest one word of the name.)
  const re = /\([^()]{1,80}\)|O\s(?=\p{Lu}\p{Ll})\S+|\S+/gu;
  for (let m = re.exec(run); m; m = re.exec(run)) {
    const t = m[0];
    const last = words[words.length - 1];
    if (t.startsWith('(')) {
      if (!last || last.closes) return null;
      last.after += ` ${t}`;
      last.closes = true;
      continue;
    }
    if (HONOUR_RE.test(t) && last && !last.closes) {
      last.after += ` ${t}`;
      continue;
    }
    if (INITIAL_RE.test(t) || TITLE_BEFORE_RE.test(t)) {
      words.push({ text: t, after: '', closes: false, mark: INITIAL_RE.test(t) ? 'initial' : 'title' });
      continue;
    }
    if (!NAME_WORD_RE.test(t.replace(/^O\s/, 'O’')) || NOT_NAME_RE.test(t)) return null;
    words.push({ text: t, after: '', closes: false });
  }
  return words;
}

interface Cut {
  /** Names of three words, which are rarer than two: of two cuts, the one with fewer is taken. */
  threes: number;
  /** How many cuts reach this cost (2 means "more than one"). */
  ways: number;
  /** Lengths of the names, in order. */
  lengths: number[];
}

/**
 * "Chairman Nicki Beveridge Kathryn Cole …" after "William Mackie,": the post of the person before the comma, then the
 * run. The post is given back in brackets as a part of its own, which the list reader gives the name before it.
 */
const POST_BEFORE_RUN = String.raw`(?:(?:Vice|Deputy|Depute)[-\s]?)?(?:Chair(?:man|woman|person)?|Conven[eo]r|Provost|Mayor|Leader)|Secretary|Treasurer|Clerk|Press|Minutes?(?:\s+Secretary)?`;
const POST_BEFORE_RUN_RE = new RegExp(String.raw`^(${POST_BEFORE_RUN})\s+(?=\p{Lu})`, 'u');
/** True when `s` is one of those posts alone ("Convenor"): the list reader gives it to the name before. */
const POST_ALONE_RE = new RegExp(String.raw`^(?:${POST_BEFORE_RUN})$`, 'u');
export const isPostBeforeRun = (s: string): boolean => POST_ALONE_RE.test(s.trim());

/** The names of a run, or null when the run is not one of people in full or where each ends is not certain. */
export function givenNameRun(run: string): string[] | null {
  const post = POST_BEFORE_RUN_RE.exec(run.trim());
  if (post?.[1]) {
    const names = namesOf(run.trim().slice(post[0].length));
    return names ? [`(${post[1]})`, ...names] : null;
  }
  return namesOf(run);
}

function namesOf(run: string): string[] | null {
  const words = wordsOf(run.trim());
  if (!words || words.length < 4) return null;
  const n = words.length;
  const given = words.map((w) => !w.mark && isGivenName(w.text));
  const plain = (k: number) => k < n && !words[k]?.mark;
  // ("Cllr Ian Hughes", "J Emyr Davies", "Gareth W Hughes": a title or an initial before the given name, an initial after
  // it; each adds a word to the name without counting as a three-word name.)
  const startsAt = (i: number): number => {
    let k = i;
    if (words[k]?.mark === 'title') k++;
    if (words[k]?.mark === 'initial') k++;
    return k;
  };
  // best[i]: the cut of words i..n-1 with the fewest three-word names.
  const best: (Cut | null)[] = new Array<Cut | null>(n + 1).fill(null);
  best[n] = { threes: 0, ways: 1, lengths: [] };
  for (let i = n - 2; i >= 0; i--) {
    // Every name starts with a known given name: one that may not ("Gurpreet", not in the lists; a post run on) would
    // let a cut shifted by a word pass, each surname taken for the next person's given name.
    const g = startsAt(i);
    if (!given[g]) continue;
    const middle = words[g + 1]?.mark === 'initial' ? 1 : 0;
    const lead = g - i + middle;
    let found = null as Cut | null;
    for (const core of [2, 3]) {
      const len = core + lead;
      const rest = best[i + len];
      if (i + len > n || !rest) continue;
      // A bracket or an honour closes a name: nothing inside the name may have one.
      if (words.slice(i, i + len - 1).some((w) => w.closes || w.after)) continue;
      // (The surname, and any middle name, are words of a name: no initial or title.)
      if (!plain(i + len - 1) || (core === 3 && !plain(g + middle + 1))) continue;
      // Three words: a known middle name and a surname that is not also a given name ("Sarah Jane Holden", never "Dunn
      // Quillan Hale": the lists hold many surnames as given names), the next person's given name after it.
      const m = g + middle;
      const nextStart = i + len < n ? startsAt(i + len) : n;
      if (core === 3 && !(given[m + 1] && !given[m + 2] && (i + len === n || given[nextStart]))) continue;
      const threes = rest.threes + (core === 3 ? 1 : 0);
      if (!found || threes < found.threes) found = { threes, ways: rest.ways, lengths: [len, ...rest.lengths] };
      else if (threes === found.threes) found = { ...found, ways: 2 };
    }
    best[i] = found;
  }
  const cut = best[0];
  if (!cut || cut.ways !== 1 || cut.lengths.length < 2) return null;
  const out: string[] = [];
  let at = 0;
  for (const len of cut.lengths) {
    const ws = words.slice(at, at + len);
    out.push(ws.map((w) => w.text + w.after).join(' '));
    at += len;
  }
  return out;
}

/** A word that names a post or a membership: every post in a name-and-post run holds one. */
const POST_WORD_RE = /^(?:Chair|Chairman|Chairwoman|Chairperson|Convener|Convenor|Member|Trustee|Director|Head|Officer|Manager|Executive|Secretary|Treasurer|Clerk|Governor|Adviser|Advisor|Chief|Solicitor|Commissioner|Lead|Coordinator|Co-ordinator|Administrator|Principal|Leader|President|Assistant|Analyst|Accountant|Staff)$/;
/** A note in brackets after a post that is not part of it: "(item 12)", "(for part)", "(via Teams)". */
const NOTE_RE = /^\(\p{Ll}/u;

/**
 * "Mike Cantlay Chair Angus Campbell Deputy Chair Kate Broughton Member …", "Francesca Osowska Chief Executive Nick Halfhide
 * Director of Sustainable Growth …": a board's table of names and posts flattened into one run, each person in full then
 * their post. Each name is two words (three where the middle is a known given name), starts with a known given name and is
 * followed by its post; a post runs to where the next such name starts, and holds a word of a post ("Chair", "Member",
 * "Director", "Officer" …). Read as "Name (Post)" entries, three at least; anything else is left unread.
 */
export function namePostRun(run: string): string[] | null {
  const tokens = run.trim().match(/\([^()]{1,80}\)|\S+/gu) ?? [];
  const n = tokens.length;
  if (n < 9) return null;
  const nameWord = (k: number) => k < n && NAME_WORD_RE.test(tokens[k] ?? '') && !NOT_NAME_RE.test(tokens[k] ?? '') && !POST_WORD_RE.test(tokens[k] ?? '');
  /** How many words a name starting at k has (2 or 3), or 0. */
  const nameAt = (k: number): number => {
    if (!nameWord(k) || !isGivenName(tokens[k] ?? '') || !nameWord(k + 1)) return 0;
    return nameWord(k + 2) && isGivenName(tokens[k + 1] ?? '') && !isGivenName(tokens[k + 2] ?? '') ? 3 : 2;
  };
  const postWord = (k: number) => k >= 0 && k < n && POST_WORD_RE.test((tokens[k] ?? '').replace(/[,.;]$/, ''));
  /** "… Trustee Manish Chande Trustee …": two name words between one post's word and the next, whatever the given name. */
  const sandwichAt = (k: number): number => (k > 0 && postWord(k - 1) && nameWord(k) && nameWord(k + 1) && postWord(k + 2) ? 2 : 0);
  const out: string[] = [];
  let i = 0;
  while (i < n) {
    const len = nameAt(i) || sandwichAt(i);
    if (!len) return null;
    const from = i + len;
    let to = from + 1;
    while (to < n && !nameAt(to) && !sandwichAt(to)) to++;
    const post = tokens.slice(from, to).filter((t) => !NOTE_RE.test(t));
    // (A post with a bracket of its own, "Strategic Director (Place)", is left to the list's other readers.)
    if (post.length === 0 || post.some((t) => t.includes('(')) || !post.some((t) => POST_WORD_RE.test(t.replace(/[,.;]$/, '')))) return null;
    // ("Deputy Chair Cath Denholm Deputy Chair": a second post after words that may be a name whose given name is not
    // known; where the one ends and the next person starts is not certain.)
    if (hidesAName(post)) return null;
    out.push(`${tokens.slice(i, from).join(' ')} (${post.join(' ')})`);
    i = to;
  }
  return out.length >= 3 ? out : null;
}

/** Two post words with two or more capitalised words between them that are no post's: a name the reader could not see. */
function hidesAName(post: readonly string[]): boolean {
  let seenPost = false;
  let between = 0;
  for (const t of post) {
    const w = t.replace(/[,.;]$/, '');
    if (POST_WORD_RE.test(w)) {
      if (seenPost && between >= 2) return true;
      seenPost = true;
      between = 0;
    } else if (/^(?:Deputy|Vice|Acting|Interim|Senior|Assistant|Joint|Associate)$/.test(w)) continue;
    else if (NAME_WORD_RE.test(w)) between++;
    else if (!/^(?:of|and|&|for|the|to|in)$/i.test(w)) between = 0;
  }
  return false;
}
