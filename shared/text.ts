/** Text helpers both sides use. Plain functions only: no Node or DOM. */

/** A string matched literally inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MARKS = /\p{M}/gu;

/**
 * The one text fold for matching what the member typed against papers: lower case without accents
 * ("Café" → "cafe"), one character for one character, so an offset in the folded text is the same
 * offset in the original and a match can be marked where it is. A character whose folded form has
 * another length is kept as it is. Search snippets, the reader's Find and search-term marks, and
 * interest matching all use it; the FTS5 indexes fold the same way (unicode61, diacritics removed).
 */
export function foldSameLength(text: string): string {
  // eslint-disable-next-line no-control-regex -- the ASCII fast path: most text needs no normalising
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    const folded = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}
