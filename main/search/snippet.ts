/**
 * Snippets made in JavaScript from the stored text of the few rows a search returns. FTS5's
 * snippet() re-runs the whole MATCH to find one row, which for a prefix query over a large library
 * costs tens of milliseconds; this costs microseconds. Matching mirrors the indexes' tokenizers:
 * case and diacritics are ignored, words match whole, prefix terms match word starts, and bare words
 * (searched stemmed) match their other forms ("placements" marks "placement" and "placed").
 *
 * A snippet starts and ends on a word, with at most one "…" at either end.
 */
import { escapeRegExp, foldSameLength } from '../../shared/text';
import type { Snippet } from '../../shared/types/papers';

// eslint-disable-next-line no-control-regex -- the ASCII fast path for the pattern that finds where to look
const ASCII = /^[\x00-\x7f]*$/;
const fold = foldSameLength;
const LETTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * Where each word (a run of letters and digits, as the tokenizer sees them) starts and ends, as
 * [start0, end0, start1, end1, …]. A loop over character codes: a Unicode regex over every page
 * shown cost more than the whole query.
 */
function wordSpans(text: string): number[] {
  const spans: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isWord = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(text[i] as string);
    if (isWord && start < 0) start = i;
    else if (!isWord && start >= 0) {
      spans.push(start, i);
      start = -1;
    }
  }
  if (start >= 0) spans.push(start, text.length);
  return spans;
}
const ELLIPSIS = '…';

const escape = escapeRegExp;

const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ness', 'ings', 'ing', 'ies', 'ied', 'ers', 'es', 'ed', 'er', 'ly', 's'];
/** How many letters a form of a word may add to its root and still be marked ("plac" → "placements"). */
const MAX_ENDING = 6;

/**
 * A word's root for marking its other forms in a snippet: the ending a stemmer would remove, then a
 * final e ("placements" → "plac", "decodings" → "decod"). Only for highlighting: the search itself
 * uses the Porter stemmer in the index.
 */
export function stemRoot(word: string): string {
  let w = fold(word);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

interface Matcher {
  whole: Set<string>;
  starts: string[];
  roots: string[];
  re: RegExp | null;
}

function matcher(terms: readonly string[], prefixes: readonly string[], stems: readonly string[]): Matcher {
  const roots = stems.map(stemRoot);
  const alternatives = [
    ...terms.map(escape),
    ...prefixes.map((p) => `${escape(p)}[\\p{L}\\p{N}]*`),
    ...roots.map((r) => `${escape(r)}[\\p{L}\\p{N}]{0,${MAX_ENDING}}`),
  ];
  // Only to find where to look (the words around it are then checked one by one): with ASCII terms a
  // plain case-insensitive pattern, which V8 runs several times faster than a Unicode one.
  const ascii = [...terms, ...prefixes, ...roots].every((t) => ASCII.test(t));
  const letter = ascii ? '[A-Za-z0-9]' : '[\\p{L}\\p{N}]';
  const source = alternatives.map((a) => (ascii ? a.replace(/\[\\p\{L\}\\p\{N\}\]/g, letter) : a)).join('|');
  return {
    whole: new Set(terms.map(fold)),
    starts: prefixes.map(fold),
    roots,
    re: alternatives.length ? new RegExp(`(?<!${letter})(?:${source})(?!${letter})`, ascii ? 'i' : 'iu') : null,
  };
}

const isHit = (m: Matcher, word: string) => {
  const w = fold(word);
  return m.whole.has(w) || m.starts.some((p) => w.startsWith(p)) || m.roots.some((r) => w.startsWith(r) && w.length - r.length <= MAX_ENDING);
};

/** One search's snippets share one matcher (its regex compiled once, not once a page). */
const matchers = new Map<string, Matcher>();
function cachedMatcher(terms: readonly string[], prefixes: readonly string[], stems: readonly string[]): Matcher {
  const key = JSON.stringify([terms, prefixes, stems]);
  let m = matchers.get(key);
  if (!m) {
    if (matchers.size >= 32) matchers.delete(matchers.keys().next().value as string);
    matchers.set(key, (m = matcher(terms, prefixes, stems)));
  }
  return m;
}

export function makeSnippet(text: string, terms: readonly string[], prefixes: readonly string[], maxWords = 28, stems: readonly string[] = []): Snippet {
  const m = cachedMatcher(terms, prefixes, stems);
  // Tokenise only a window around the first hit (one native regex search): a page is ~500 words, a
  // snippet 28 (about 200 characters, a third of them before the hit); the window leaves room for long words.
  const at = m.re ? text.search(m.re) : -1;
  if (at >= 0) {
    const from = text.lastIndexOf(' ', Math.max(0, at - 160));
    const to = text.indexOf(' ', Math.min(text.length, at + 340));
    const start = from < 0 ? 0 : from;
    const end = to < 0 ? text.length : to;
    return snippetOf(text.slice(start, end), m, maxWords, start > 0, end < text.length, at - start);
  }
  return snippetOf(text, m, maxWords, false, false, -1);
}

/**
 * The words around the first hit; `cutBefore`/`cutAfter`: the text given was cut from a longer one.
 * `hitAt`: where the first hit starts when already known (else every word is checked until one is);
 * only the words shown are then checked for hits.
 */
function snippetOf(text: string, m: Matcher, maxWords: number, cutBefore: boolean, cutAfter: boolean, hitAt: number): Snippet {
  const spans = wordSpans(text);
  const count = spans.length / 2;
  if (count === 0) return [];
  const wordAt = (i: number) => text.slice(spans[2 * i] as number, spans[2 * i + 1] as number);
  let first = 0;
  for (let i = 0; i < count; i++) {
    if (hitAt >= 0 ? (spans[2 * i + 1] as number) > hitAt : isHit(m, wordAt(i))) {
      first = i;
      break;
    }
  }
  const from = Math.max(0, first - Math.floor(maxWords / 3));
  const to = Math.min(count, from + maxWords);
  const out: Snippet = [];
  const push = (part: string, hit: boolean) => {
    if (!part) return;
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += part;
    else out.push({ text: part, hit });
  };
  // One ellipsis where words were left out before; none when the first word shown opens the text.
  if (from > 0 || cutBefore) push(`${ELLIPSIS} `, false);
  let cursor = spans[2 * from] as number;
  for (let i = from; i < to; i++) {
    const start = spans[2 * i] as number;
    const end = spans[2 * i + 1] as number;
    if (i > from) push(text.slice(cursor, start).replace(/\s+/g, ' '), false);
    const word = text.slice(start, end);
    push(word, isHit(m, word));
    cursor = end;
  }
  if (to < count || cutAfter) push(` ${ELLIPSIS}`, false);
  else push(text.slice(spans[2 * to - 1] as number).replace(/\s+/g, ' ').trimEnd(), false);
  return out;
}
