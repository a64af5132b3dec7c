/**
 * How a register entry's names, aliases and postcodes are looked for in papers: an FTS5 phrase query
 * to find candidate rows fast (every term quoted, so nothing typed is FTS syntax), then a whole-word,
 * case- and accent-insensitive regex on the stored text to confirm each hit and find the passage.
 * Whole words both ways: "Millgate" does not match "Mill Gate Road" or "Millgates"; "Mill Gate" would
 * have to be registered as an alias of its own.
 */
import type { Snippet } from '../../shared/types/papers';
import { escapeRegExp, foldSameLength } from '../../shared/text';

/** A UK postcode: outward code, optional space, inward code. */
const POSTCODE = /(?<![\p{L}\p{N}])([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})(?![\p{L}\p{N}])/giu;
const WORD = /[\p{L}\p{N}]+/gu;

const words = (text: string): string[] => foldSameLength(text).match(WORD) ?? [];
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const escape = escapeRegExp;

/** "LE1 1FZ", "le11fz" → "le11fz"; null when the text is not a postcode. */
export function normalisePostcode(text: string): string | null {
  const m = new RegExp(`^\\s*${POSTCODE.source}\\s*$`, 'iu').exec(text);
  return m ? `${m[1]}${m[2]}`.toLowerCase() : null;
}

/** Every postcode in a line of address, normalised. */
export function postcodesIn(text: string): string[] {
  return [...text.matchAll(POSTCODE)].map((m) => `${m[1]}${m[2]}`.toLowerCase());
}

export interface TermPattern {
  /** The name, alias or postcode as the member wrote it. */
  term: string;
  /** An FTS5 MATCH expression made only of quoted strings. */
  fts: string;
  /** Global, Unicode; run on foldSameLength(text). */
  regex: RegExp;
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

function namePattern(term: string): TermPattern | null {
  const ws = words(term);
  if (ws.length === 0) return null;
  // Between words, what the tokenizer skips: spaces, line breaks, hyphens, apostrophes, a comma.
  const body = ws.map(escape).join('[^\\p{L}\\p{N}]{1,4}');
  return { term, fts: quote(ws.join(' ')), regex: new RegExp(`${BEFORE}${body}${AFTER}`, 'gu') };
}

function postcodePattern(term: string, postcode: string): TermPattern {
  // The outward code is 2–4 characters, the inward always 3.
  const outward = postcode.slice(0, -3);
  const inward = postcode.slice(-3);
  return {
    term,
    // Tokenised as two words with the space, one without it.
    fts: `${quote(`${outward} ${inward}`)} OR ${quote(postcode)}`,
    regex: new RegExp(`${BEFORE}${escape(outward)}\\s*${escape(inward)}${AFTER}`, 'gu'),
  };
}

/** The patterns for one interest: each name and alias; each postcode in its addresses (an address with none is matched as written). */
export function interestPatterns(names: readonly string[], addresses: readonly string[]): TermPattern[] {
  const out: TermPattern[] = [];
  const seen = new Set<string>();
  const add = (p: TermPattern | null) => {
    if (!p || seen.has(p.regex.source)) return;
    seen.add(p.regex.source);
    out.push(p);
  };
  for (const name of names) {
    const postcode = normalisePostcode(name);
    add(postcode ? postcodePattern(name, postcode) : namePattern(name));
  }
  for (const address of addresses) {
    const found = address.matchAll(POSTCODE);
    let any = false;
    for (const m of found) {
      any = true;
      add(postcodePattern(m[0].trim(), `${m[1]}${m[2]}`.toLowerCase()));
    }
    if (!any) add(namePattern(address));
  }
  return out;
}

export interface TextMatch {
  start: number;
  end: number;
  term: string;
}

/** Whole-word matches of any of the patterns, left to right, overlaps dropped (the longer wins). */
export function findMatches(text: string, patterns: readonly TermPattern[]): TextMatch[] {
  if (!text) return [];
  const folded = foldSameLength(text);
  const all: TextMatch[] = [];
  for (const p of patterns) {
    p.regex.lastIndex = 0;
    for (const m of folded.matchAll(p.regex)) all.push({ start: m.index, end: m.index + m[0].length, term: p.term });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMatch[] = [];
  let lastEnd = -1;
  for (const m of all) {
    if (m.start < lastEnd) continue;
    kept.push(m);
    lastEnd = m.end;
  }
  return kept;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** About `width` characters around a match, cut at spaces, with the match as the hit segment. */
export function passage(text: string, match: TextMatch, width = 200): Snippet {
  const side = Math.max(20, Math.floor((width - (match.end - match.start)) / 2));
  let from = Math.max(0, match.start - side);
  let to = Math.min(text.length, match.end + side);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < match.start ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > match.end ? space : to;
  }
  const before = squash(text.slice(from, match.start)).replace(/^\s+/, '');
  const after = squash(text.slice(match.end, to)).replace(/\s+$/, '');
  const out: Snippet = [];
  if (from > 0 || before) out.push({ text: `${from > 0 ? '…' : ''}${before}`, hit: false });
  out.push({ text: squash(text.slice(match.start, match.end)), hit: true });
  if (to < text.length || after) out.push({ text: `${after}${to < text.length ? '…' : ''}`, hit: false });
  return out.filter((s) => s.text !== '');
}

/** True when the text names any of the terms, as a whole word (for "declared but not registered"). */
export function mentionsAny(text: string, patterns: readonly TermPattern[]): boolean {
  return findMatches(text, patterns).length > 0;
}
