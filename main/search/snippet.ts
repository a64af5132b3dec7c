/**
 * Snippets made in JavaScript from the stored text of the few rows a search returns. FTS5's
 * snippet() re-runs the whole MATCH to find one row, which for a prefix query over a large library
 * costs tens of milliseconds; this costs microseconds. Matching mirrors the index's tokenizer:
 * case and diacritics are ignored, words match whole, prefix terms match word starts.
 */
import type { Snippet } from '../../shared/types/papers';

// eslint-disable-next-line no-control-regex -- the ASCII fast path: most words need no normalising
const ASCII = /^[\x00-\x7f]*$/;
const fold = (s: string) => (ASCII.test(s) ? s.toLowerCase() : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
const WORD = /[\p{L}\p{N}]+/gu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the first hit is, found by one native regex search; -1 when none (or only an accent-folded one). */
function firstHitIndex(text: string, terms: readonly string[], prefixes: readonly string[]): number {
  const alternatives = [...terms.map(escape), ...prefixes.map((p) => `${escape(p)}[\\p{L}\\p{N}]*`)];
  if (alternatives.length === 0) return -1;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return text.search(re);
}

export function makeSnippet(text: string, terms: readonly string[], prefixes: readonly string[], maxWords = 28): Snippet {
  // Tokenise only a window around the first hit: a page is ~500 words, a snippet 28.
  const at = firstHitIndex(text, terms, prefixes);
  if (at > 0) {
    const from = text.lastIndexOf(' ', Math.max(0, at - 240));
    const to = text.indexOf(' ', Math.min(text.length, at + 480));
    const window = snippetOf(text.slice(from < 0 ? 0 : from, to < 0 ? text.length : to), terms, prefixes, maxWords);
    if (from > 0 && window[0]?.text !== '…') window.unshift({ text: '…', hit: false });
    if (to > 0 && window[window.length - 1]?.text !== '…') window.push({ text: '…', hit: false });
    return window;
  }
  return snippetOf(text, terms, prefixes, maxWords);
}

function snippetOf(text: string, terms: readonly string[], prefixes: readonly string[], maxWords: number): Snippet {
  const words: Array<{ start: number; end: number; hit: boolean }> = [];
  const whole = new Set(terms.map(fold));
  const starts = prefixes.map(fold);
  for (const m of text.matchAll(WORD)) {
    const w = fold(m[0]);
    const hit = whole.has(w) || starts.some((p) => w.startsWith(p));
    words.push({ start: m.index, end: m.index + m[0].length, hit });
  }
  if (words.length === 0) return [];
  const first = Math.max(0, words.findIndex((w) => w.hit));
  const from = Math.max(0, first - Math.floor(maxWords / 3));
  const to = Math.min(words.length, from + maxWords);
  const out: Snippet = [];
  const push = (textPart: string, hit: boolean) => {
    if (!textPart) return;
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += textPart;
    else out.push({ text: textPart, hit });
  };
  if (from > 0) push('…', false);
  let cursor = (words[from] as { start: number }).start;
  for (let i = from; i < to; i++) {
    const w = words[i] as { start: number; end: number; hit: boolean };
    push(text.slice(cursor, w.start).replace(/\s+/g, ' '), false);
    push(text.slice(w.start, w.end), w.hit);
    cursor = w.end;
  }
  if (to < words.length) push('…', false);
  return out;
}
