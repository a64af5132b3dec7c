/**
 * A register of three columns (name, the initials the minutes use, post) copied without its cell breaks, as boards and
 * NHS bodies print it:
 *   "Dr Avi Bell AB Clinical Chair Richard Chance RCp Chief Finance Officer Jill Dent JD Lay Member for Governance"
 * The initials say where each name ends: a word of two to four letters, capitals but for one lower-case letter at most
 * ("RCp", "MWh"), whose capitals are the capitals of the two or three name words before it. What runs from there to the
 * next name is the post. Read only when three people or more are found so (or one, where the caller reads a line at a
 * time), the first at the list's start, and every post is a post's words (no figures, no verb).
 */

import { capitals } from './initials-run';

export interface ColumnPerson {
  name: string;
  post: string | null;
}

const INITIALS_WORD_RE = /^\p{Lu}{2,3}\p{Ll}?$|^\p{Lu}\p{Ll}?\p{Lu}{1,2}$/u;
const NAME_WORD_RE = /^(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
const STYLE_RE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame)\.?$/;
const VERB_RE = /\b(?:was|were|is|are|had|has|have|said|noted|agreed|welcomed|reported|declared)\b/;

/** The number of name words ending at `k - 1` whose capitals are the initials at `k`, or 0. */
function nameLength(words: readonly string[], k: number): number {
  const initials = capitals(words[k] ?? '');
  for (let length = 2; length <= 3 && length <= k; length++) {
    const name = words.slice(k - length, k);
    if (!name.every((w) => NAME_WORD_RE.test(w))) return 0;
    // ("Mrs Ann Lee AL": a style is no part of the initials.)
    if (capitals(name.join('')) === initials) return length;
  }
  return 0;
}

export function initialsColumnRun(list: string, least = 3): ColumnPerson[] | null {
  if (list.length > 6000) return null;
  const words = list.trim().replace(/[.;]$/, '').split(/\s+/);
  const anchors: Array<{ start: number; at: number }> = [];
  for (let k = 2; k < words.length; k++) {
    if (!INITIALS_WORD_RE.test(words[k] ?? '')) continue;
    const length = nameLength(words, k);
    if (!length) continue;
    let start = k - length;
    if (start > 0 && STYLE_RE.test(words[start - 1] ?? '')) start--;
    anchors.push({ start, at: k });
  }
  if (anchors.length < least || anchors[0]?.start !== 0) return null;
  const out: ColumnPerson[] = [];
  for (let n = 0; n < anchors.length; n++) {
    const { start, at } = anchors[n]!;
    const end = anchors[n + 1]?.start ?? words.length;
    if (end <= at) return null;
    const post = words
      .slice(at + 1, end)
      .join(' ')
      .replace(/\s*\((?:part\s+(?:of\s+)?meeting|for\s+(?:items?|minutes?)\b[^()]*)\)\s*$/i, '')
      .trim();
    if (/\d/.test(post) || VERB_RE.test(post) || post.length > 120) return null;
    out.push({ name: words.slice(start, at).join(' '), post: post || null });
  }
  return out;
}
