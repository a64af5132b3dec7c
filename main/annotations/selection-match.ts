/**
 * Matching the renderer's text (pdf.js) against stored text (PDFium): where the member's selection
 * is in the stored text of its page. Pure (strings in, offsets out).
 */
import type { TextQuote } from '../../shared/types/annotations';
import { type AnchorResult, CONTEXT_CHARS, locate } from './anchoring';

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00ad': '',
};

/**
 * Text with whitespace removed and typographic variants folded (quotes, dashes, ligatures), plus a
 * map from each output character to its offset in the input. pdf.js and PDFium disagree mostly in
 * spacing, so matching ignores it.
 */
export function normaliseForMatch(s: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (/\s/.test(ch)) continue;
    const folded = FOLD[ch] ?? (ch.charCodeAt(0) < 128 ? ch : ch.normalize('NFKC'));
    for (const out of folded) {
      text += out;
      map.push(i);
    }
  }
  return { text, map };
}

/**
 * Finds a quote the member selected in the reader within `region` (stored text of the page it
 * starts on and the next), the match starting before `startLimit`. Returns offsets in `region`.
 */
export function locateSelection(region: string, quote: TextQuote, startLimit: number): AnchorResult {
  const r = normaliseForMatch(region);
  const q = normaliseForMatch(quote.exact).text;
  if (q.length === 0) return { status: 'orphaned', score: 0, reason: 'not-found' };
  const prefix = normaliseForMatch(quote.prefix).text.slice(-CONTEXT_CHARS);
  const suffix = normaliseForMatch(quote.suffix).text.slice(0, CONTEXT_CHARS);
  let limit = r.map.findIndex((offset) => offset >= startLimit);
  if (limit === -1) limit = r.text.length;
  const found = locate(r.text, { exact: q, prefix, suffix }, { expected: 0, positionScale: 1e9, requireContext: false, startRange: [0, limit] });
  if (found.status !== 'anchored') return found;
  return { ...found, start: r.map[found.start] as number, end: (r.map[found.end - 1] as number) + 1 };
}
