/**
 * Anchoring: finding an annotation's passage in a text, pure (strings in, offsets out).
 *
 * Re-anchoring after a revised version arrives: old text + the annotation's selectors + new text →
 * a new position, or 'orphaned'. Misplacing a member's note on the wrong passage is worse than
 * asking them to re-attach it, so every placement must be justified by the quote AND either its
 * context (the ~32 characters either side) or, for long unique quotes, the expected position.
 *
 * 1. Expected position: the old offset mapped through lines that occur exactly once in both texts
 *    (so inserted and removed pages shift it correctly); else scaled by relative position.
 * 2. The quote at the expected position (the common case: nothing changed near it).
 * 3. Every exact occurrence of the quote, chosen by context similarity and nearness.
 * 4. Approximate matches (Myers, at most 15% errors): in a window around the expected position and
 *    around exact occurrences of pieces of the quote anywhere in the text.
 * Candidates are scored 50% quote, 20% prefix, 20% suffix, 10% position; a candidate is accepted only
 * if it passes the acceptance rules, and two near-equal candidates in different places orphan it.
 */
import search from './approx-match';
import type { TextQuote } from '../../shared/types/annotations';

/** Characters of context kept either side of a quote. */
export const CONTEXT_CHARS = 32;
/** Pages of a version are joined with this to make the version's document text. */
export const PAGE_SEPARATOR = '\n\n';
/** Below this length a quote needs an exact match and good context on both sides. */
export const SHORT_QUOTE = 8;
/** Approximate matches may differ from the quote in at most this share of its characters. */
export const MAX_ERROR_RATE = 0.15;

export interface Selectors extends TextQuote {
  /** Offsets in the old text (TextPositionSelector). */
  start: number;
  end: number;
}

export type Method = 'position' | 'exact' | 'approximate';

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; score: number; method: Method }
  | { status: 'orphaned'; score: number; reason: 'not-found' | 'low-confidence' | 'ambiguous' };

export interface DocumentText {
  text: string;
  /** Offset in `text` where each page starts (index 0 = page 1). */
  pageStarts: number[];
}

export function documentText(pages: readonly string[]): DocumentText {
  const pageStarts: number[] = [];
  let offset = 0;
  for (const page of pages) {
    pageStarts.push(offset);
    offset += page.length + PAGE_SEPARATOR.length;
  }
  return { text: pages.join(PAGE_SEPARATOR), pageStarts };
}

/** 1-based page containing `offset`. */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pageStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The quote selector for text[start, end): the passage and its context. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

// ---------------------------------------------------------------------------------------------
// Similarity

/** Levenshtein distance (two rows; the strings compared here are context-sized). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min((prev[j] as number) + 1, (curr[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] as number;
}

/** 1 for equal strings, 0 for nothing in common. */
export const similarity = (a: string, b: string): number =>
  a.length === 0 && b.length === 0 ? 1 : 1 - levenshtein(a, b) / Math.max(a.length, b.length);

/** How well stored context matches the text beside a candidate; an empty stored side is neutral. */
function contextSimilarity(stored: string, actual: string): number {
  if (stored.length === 0) return actual.length === 0 ? 1 : 0.5;
  return similarity(stored, actual);
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Locating a quote in a text

export interface LocateOptions {
  /** Where the passage is expected to start in the text. */
  expected: number;
  /**
   * Whether `expected` is trustworthy (text that survived nearby says where this part went). Only
   * then may a candidate near it be accepted on one side's context.
   */
  expectedReliable?: boolean;
  /** Distance (characters) at which nearness counts half. */
  positionScale?: number;
  /**
   * true (re-anchoring): a candidate also needs matching context (see score()). false (the member
   * pointing at a page): the quote alone may place it.
   */
  requireContext?: boolean;
  /** Only candidates starting in [lo, hi) are considered (e.g. the page the member selected on). */
  startRange?: [number, number];
  /** Literal old offset, tried as a fast path alongside the expected position. */
  oldStart?: number;
  /**
   * A second opinion, 0..1, for candidates lacking context on one side or far from the expected
   * position: e.g. how well the wider surroundings in the old text match the candidate's.
   */
  verify?: (start: number, end: number) => number;
  /**
   * Whether the passage says something found nowhere else in its own text; boilerplate ("Officers
   * would provide a written update") is never moved far from where it was expected.
   */
  distinctive?: () => boolean;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Scored extends Candidate {
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
  total: number;
  /** Quote and context only, without position. */
  content: number;
  isNear: boolean;
  accepted: boolean;
}

const MAX_EXACT_OCCURRENCES = 2000;
const FULL_CONTEXT_SHORTLIST = 8;

function exactOccurrences(text: string, exact: string, limit = MAX_EXACT_OCCURRENCES): number[] {
  const found: number[] = [];
  let i = text.indexOf(exact);
  while (i !== -1 && found.length < limit) {
    found.push(i);
    i = text.indexOf(exact, i + 1);
  }
  return found;
}

/**
 * Finds `quote` in `text`. Pure; the workhorse behind creating, re-attaching and re-anchoring.
 */
export function locate(text: string, quote: TextQuote, options: LocateOptions): AnchorResult {
  const { exact, prefix, suffix } = quote;
  const length = exact.length;
  if (length === 0 || text.length === 0) return { status: 'orphaned', score: 0, reason: 'not-found' };
  const requireContext = options.requireContext ?? true;
  const reliable = options.expectedReliable ?? true;
  const scale = options.positionScale ?? 300;
  const near = Math.max(400, 2 * length);
  const [lo, hi] = options.startRange ?? [0, text.length];
  const short = length < SHORT_QUOTE;
  const inRange = (start: number) => start >= lo && start < hi;

  let occurrenceCount = -1; // -1: not counted yet
  const uniqueInText = () => {
    if (occurrenceCount === -1) return exactOccurrences(text, exact, 2).filter(inRange).length === 1;
    return occurrenceCount === 1;
  };
  let nearOccurrences = 0;
  const wider = new Map<string, number>();
  /** The second opinion, cached per candidate. */
  const widerContext = (c: Candidate) => {
    const key = `${c.start}:${c.end}`;
    let v = wider.get(key);
    if (v === undefined) wider.set(key, (v = options.verify?.(c.start, c.end) ?? 1));
    return v;
  };
  const score = (c: Candidate): Scored => {
    const quoteScore = 1 - c.errors / length;
    const ps = contextSimilarity(prefix, text.slice(Math.max(0, c.start - prefix.length), c.start));
    const ss = contextSimilarity(suffix, text.slice(c.end, c.end + suffix.length));
    const distance = Math.abs(c.start - options.expected);
    const position = 1 / (1 + distance / scale);
    const content = 0.5 * quoteScore + 0.15 * ps + 0.15 * ss;
    const total = content + 0.2 * position;
    const isNear = reliable && distance <= near;
    const isClose = reliable && distance <= Math.max(120, length);
    const bothSides = ps >= 0.8 && ss >= 0.8;
    const oneSide = Math.max(ps, ss) >= 0.7;
    let accepted: boolean;
    if (!requireContext) {
      accepted = short ? c.errors === 0 : quoteScore >= 1 - MAX_ERROR_RATE - 0.05;
    } else if (short) {
      // A word or two: the same characters on both sides, where it is expected or plainly the same place.
      accepted = c.errors === 0 && ps >= 0.75 && ss >= 0.75 && isNear;
    } else if (quoteScore < 1 - MAX_ERROR_RATE || (c.errors > 0 && !sameFigures(exact, text.slice(c.start, c.end)))) {
      // A near match that changes a figure ("6%" for "15%") is a different statement, not a correction.
      accepted = false;
    } else if (isNear) {
      // Where its surroundings went. Right there, a long exact quote found nowhere else nearby is the
      // passage even if both neighbouring sentences were rewritten; otherwise context on one side,
      // with the quote unique or the wider surroundings agreeing.
      const uniqueLong = () => c.errors === 0 && length >= 30 && uniqueInText();
      const aloneHere = c.errors === 0 && nearOccurrences === 1 && length >= 20 && isClose;
      accepted = bothSides || aloneHere || (oneSide && (widerContext(c) >= 0.6 || uniqueLong()));
    } else {
      // Anywhere else: context on both sides, and the wider surroundings too, or it is not this passage.
      accepted = bothSides && widerContext(c) >= 0.8 && (options.distinctive?.() ?? true);
    }
    return { ...c, quote: quoteScore, prefix: ps, suffix: ss, position, total, accepted, content, isNear };
  };

  const decide = (scored: Scored[], method: (s: Scored) => Method): AnchorResult | null => {
    const accepted = scored.filter((s) => s.accepted).sort((a, b) => b.total - a.total || a.start - b.start);
    const best = accepted[0];
    if (!best) return null;
    // Two different places that fit equally well: better to ask the member than to guess. Nearness
    // breaks the tie only when the expected position is well founded and the best is near it.
    const rival = accepted.find(
      (s) => (s.end <= best.start || s.start >= best.end) && (best.isNear && !s.isNear ? false : best.content - s.content < 0.01 || best.total - s.total < 0.01),
    );
    if (rival) return { status: 'orphaned', score: round(best.total), reason: 'ambiguous' };
    return { status: 'anchored', start: best.start, end: best.end, score: round(best.total), method: method(best) };
  };
  const methodOf = (s: Scored): Method => (s.errors === 0 ? 'exact' : 'approximate');

  // 1. The quote exactly where it is expected (or where it was), with its context on both sides:
  // any other occurrence could at best tie on quote and context, and it is farther away.
  for (const p of [options.expected, options.oldStart ?? -1]) {
    if (p < 0 || !inRange(p) || !text.startsWith(exact, p)) continue;
    const s = score({ start: p, end: p + length, errors: 0 });
    if (s.accepted && s.prefix >= 0.9 && s.suffix >= 0.9) return { status: 'anchored', start: p, end: p + length, score: round(s.total), method: 'position' };
  }

  // 2. Near the expected position: exact occurrences and approximate matches together (a corrected
  // passage where it is expected beats an exact copy of the old text somewhere else).
  const budget = short ? 0 : Math.max(1, Math.floor(length * MAX_ERROR_RATE));
  const slack = budget + 8;
  let cuts: number[] = [];
  const approxIn = (windows: Array<[number, number]>): Scored[] => {
    const found: Candidate[] = [];
    const clipped = windows.map(([a, b]) => [Math.max(0, a, lo - slack), Math.min(text.length, b, hi + length + slack)] as [number, number]);
    for (const [a, b] of mergeWindows(clipped).slice(0, 400)) {
      for (const [sa, sb] of splitAround(a, b, cuts, length)) {
        for (const m of search(text.slice(sa, sb), exact, budget)) {
          if (m.errors > 0 && inRange(sa + m.start)) found.push({ start: sa + m.start, end: sa + m.end, errors: m.errors });
        }
      }
    }
    return dedupe(found).map(score);
  };
  const scored: Scored[] = [];
  const nearWindow: [number, number] = [Math.max(0, options.expected - near - length), Math.min(text.length, options.expected + near + 2 * length)];
  if (reliable) {
    const local = exactOccurrences(text.slice(nearWindow[0], nearWindow[1]), exact).map((p) => p + nearWindow[0]).filter(inRange);
    nearOccurrences = local.filter((p) => Math.abs(p - options.expected) <= near).length;
    cuts = local;
    scored.push(...local.map((p) => score({ start: p, end: p + length, errors: 0 })));
    if (budget > 0) scored.push(...approxIn([nearWindow]));
    const here = decide(scored, methodOf);
    if (here?.status === 'anchored' && scored.some((s) => s.start === here.start && s.end === here.end && s.isNear)) return here;
  }

  // 3. Every exact occurrence in the text (when there are many, a shortlist by cheap context and nearness).
  const occurrences = exactOccurrences(text, exact).filter(inRange);
  occurrenceCount = occurrences.length;
  nearOccurrences = occurrences.filter((p) => Math.abs(p - options.expected) <= near).length;
  cuts = [...occurrences].sort((x, y) => x - y);
  const cheap = (p: number) =>
    commonSuffix(prefix, text.slice(Math.max(0, p - prefix.length), p)) / Math.max(1, prefix.length) +
    commonPrefix(suffix, text.slice(p + length, p + length + suffix.length)) / Math.max(1, suffix.length) +
    2 / (1 + Math.abs(p - options.expected) / scale);
  const shortlisted =
    occurrences.length <= FULL_CONTEXT_SHORTLIST
      ? occurrences
      : occurrences
          .map((p) => ({ p, c: cheap(p) }))
          .sort((x, y) => y.c - x.c)
          .slice(0, FULL_CONTEXT_SHORTLIST)
          .map((x) => x.p);
  // Re-score everything now that the global occurrence count is known.
  const rescored = [...scored.filter((s) => s.errors > 0), ...shortlisted.map((p) => ({ start: p, end: p + length, errors: 0 }))].map((c) =>
    score({ start: c.start, end: c.end, errors: c.errors }),
  );
  scored.length = 0;
  scored.push(...rescored);
  const first = decide(scored, methodOf);
  if (first) return first;

  // 3. Approximate matches anywhere a piece of the quote occurs exactly.
  if (budget > 0) {
    const windows: Array<[number, number]> = [];
    if (!reliable) windows.push([options.expected - near - length, options.expected + near + 2 * length]);
    const pieceCount = Math.min(5, Math.max(2, Math.floor(length / 12)));
    const pieceLength = Math.floor(length / pieceCount);
    if (pieceLength >= 4) {
      for (let i = 0; i < pieceCount; i++) {
        const offset = i * pieceLength;
        for (const at of exactOccurrences(text, exact.slice(offset, offset + pieceLength), 40)) {
          windows.push([at - offset - slack, at - offset + length + slack]);
        }
      }
    }
    const seen = new Set(scored.map((s) => `${s.start}:${s.end}`));
    scored.push(...approxIn(windows).filter((s) => !seen.has(`${s.start}:${s.end}`)));
    const second = decide(scored, methodOf);
    if (second) return second;
  }
  return {
    status: 'orphaned',
    score: round(Math.max(0, ...scored.map((s) => s.total))),
    reason: scored.length ? 'low-confidence' : 'not-found',
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

const figures = (s: string) => s.match(/\d[\d,.]*/g)?.join(' ') ?? '';
const sameFigures = (a: string, b: string) => figures(a) === figures(b);

/** Some piece of the quote (a sentence, or the part of one it holds) occurs once only in `text`. */
export function hasDistinctivePiece(text: string, quote: string): boolean {
  const pieces = quote.split(/(?<=[.!?;:])\s+/).map((p) => p.trim()).filter((p) => p.length >= 12);
  return pieces.some((p) => {
    const first = text.indexOf(p);
    return first !== -1 && text.indexOf(p, first + 1) === -1;
  });
}

function mergeWindows(windows: Array<[number, number]>): Array<[number, number]> {
  const sorted = windows.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** [a, b) as stretches that contain no exact occurrence in full (so near matches are not hidden). */
function splitAround(a: number, b: number, cuts: readonly number[], length: number): Array<[number, number]> {
  const inside = cuts.filter((c) => c >= a && c + length <= b);
  if (inside.length === 0) return [[a, b]];
  const out: Array<[number, number]> = [];
  let from = a;
  for (const c of inside) {
    // Up to (not including) the occurrence's last character, so it cannot match exactly.
    if (c + length - 1 > from) out.push([from, c + length - 1]);
    from = Math.max(from, c + 1);
  }
  if (b > from) out.push([from, b]);
  return out;
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Re-anchoring from one version's text to the next

/**
 * Whitespace runs folded to one space (a revised pack is often re-wrapped), with a map from each
 * character of the folded text to its offset in the original.
 */
export interface FoldedText {
  text: string;
  map: Int32Array;
}

export function foldWhitespace(original: string): FoldedText {
  const map = new Int32Array(original.length + 1);
  let text = '';
  let n = 0;
  let chunkStart = 0;
  let i = 0;
  const flush = (to: number) => {
    text += original.slice(chunkStart, to);
    for (let k = chunkStart; k < to; k++) map[n++] = k;
  };
  while (i < original.length) {
    const c = original.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) {
      let j = i + 1;
      while (j < original.length) {
        const d = original.charCodeAt(j);
        if (d === 32 || d === 10 || d === 9 || d === 13 || d === 12 || d === 160) j++;
        else break;
      }
      if (j - i === 1 && c === 32) {
        i = j;
        continue; // a single space stays as it is
      }
      flush(i);
      text += ' ';
      map[n++] = i;
      chunkStart = j;
      i = j;
    } else i++;
  }
  flush(original.length);
  map[n] = original.length;
  return { text, map: map.subarray(0, n + 1) };
}

const foldString = (s: string) => s.replace(/\s+/g, ' ');

/** Index in folded text of original offset `offset` (the first folded character at or after it). */
function toFolded(f: FoldedText, offset: number): number {
  let lo = 0;
  let hi = f.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((f.map[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Anchor {
  oldStart: number;
  newStart: number;
}

const MIN_ANCHOR_SENTENCE = 24;

/** Sentences (in folded text) with their offsets; those occurring once in each text anchor the mapping. */
function sentenceIndex(text: string): Map<string, { count: number; start: number }> {
  const index = new Map<string, { count: number; start: number }>();
  const re = /[^.!?;:]+[.!?;:]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sentence = m[0].trim();
    if (sentence.length < MIN_ANCHOR_SENTENCE) continue;
    const start = m.index + m[0].indexOf(sentence);
    const seen = index.get(sentence);
    if (seen) seen.count++;
    else index.set(sentence, { count: 1, start });
  }
  return index;
}

/**
 * Prepared re-anchoring between two versions' texts. Sentences that occur exactly once in each map
 * old offsets to new ones, so a passage is looked for where its surroundings went; an anchor that
 * disagrees with both its neighbours (a sentence that happens to recur elsewhere) is ignored.
 */
export class Reanchorer {
  private readonly anchors: Anchor[];
  private readonly oldFolded: FoldedText;
  private readonly newFolded: FoldedText;

  constructor(oldText: string, newText: string) {
    this.oldFolded = foldWhitespace(oldText);
    this.newFolded = foldWhitespace(newText);
    const oldSentences = sentenceIndex(this.oldFolded.text);
    const newSentences = sentenceIndex(this.newFolded.text);
    const raw: Anchor[] = [];
    for (const [sentence, o] of oldSentences) {
      const n = newSentences.get(sentence);
      if (o.count === 1 && n?.count === 1) raw.push({ oldStart: o.start, newStart: n.start });
    }
    raw.sort((a, b) => a.oldStart - b.oldStart);
    const shift = (a: Anchor | undefined) => (a ? a.newStart - a.oldStart : NaN);
    const agrees = (a: Anchor, b: Anchor | undefined) => b !== undefined && Math.abs(shift(a) - shift(b)) <= 2000;
    this.anchors = raw.filter((a, i) => raw.length < 3 || agrees(a, raw[i - 1]) || agrees(a, raw[i + 1]));
  }

  /** Where folded old offset `offset` is expected in the folded new text, and whether that is well founded. */
  private expectedFolded(offset: number): { at: number; reliable: boolean } {
    const anchors = this.anchors;
    let lo = 0;
    let hi = anchors.length - 1;
    let before: Anchor | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const a = anchors[mid] as Anchor;
      if (a.oldStart <= offset) {
        before = a;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const after = anchors[lo];
    const options = [
      before ? { distance: offset - before.oldStart, at: before.newStart + (offset - before.oldStart) } : null,
      after ? { distance: after.oldStart - offset, at: after.newStart - (after.oldStart - offset) } : null,
    ].filter((v): v is { distance: number; at: number } => v !== null);
    const nearest = options.sort((a, b) => a.distance - b.distance)[0];
    const newLength = this.newFolded.text.length;
    if (nearest && nearest.distance <= 20000) return { at: Math.max(0, Math.min(newLength, nearest.at)), reliable: nearest.distance <= 2000 };
    // No nearby sentence survived: the relative position in the document.
    return { at: Math.round((offset / Math.max(1, this.oldFolded.text.length)) * newLength), reliable: false };
  }

  /** Where old offset `offset` is expected in the new text (original offsets). */
  expected(offset: number): number {
    const { at } = this.expectedFolded(toFolded(this.oldFolded, offset));
    return this.newFolded.map[at] as number;
  }

  anchor(selectors: Selectors): AnchorResult {
    const oldStart = toFolded(this.oldFolded, selectors.start);
    const oldEnd = toFolded(this.oldFolded, selectors.end);
    const quote = selectors.exact.length > 0 ? selectors : quoteAt(this.oldFolded.text, oldStart, oldEnd);
    const exact = foldString(quote.exact);
    const prefix = foldString(quote.prefix).slice(-CONTEXT_CHARS);
    const suffix = foldString(quote.suffix).slice(0, CONTEXT_CHARS);
    const { at, reliable } = this.expectedFolded(oldStart);
    const oldText = this.oldFolded.text;
    const newText = this.newFolded.text;
    // Second opinion: ~160 characters either side in the old text against the candidate's surroundings.
    const wide = 160;
    const verify = (start: number, end: number) => {
      const before = similarity(oldText.slice(Math.max(0, oldStart - wide), oldStart), newText.slice(Math.max(0, start - wide), start));
      const after = similarity(oldText.slice(oldEnd, oldEnd + wide), newText.slice(end, end + wide));
      return Math.max(before, after);
    };
    const distinctive = () => hasDistinctivePiece(oldText, exact);
    const found = locate(newText, { exact, prefix, suffix }, { expected: at, expectedReliable: reliable, oldStart: this.oldStartGuess(oldStart), requireContext: true, verify, distinctive });
    if (found.status !== 'anchored') return found;
    const map = this.newFolded.map;
    return { ...found, start: map[found.start] as number, end: (map[found.end - 1] as number) + 1 };
  }

  /** The old folded offset read literally in the new text (the "try the old position" fast path). */
  private oldStartGuess(oldStart: number): number {
    return oldStart <= this.newFolded.text.length ? oldStart : -1;
  }
}

/** Re-anchors each annotation of the old text in the new text (see Reanchorer). */
export function reanchor(oldText: string, selectors: readonly Selectors[], newText: string): AnchorResult[] {
  const r = new Reanchorer(oldText, newText);
  return selectors.map((s) => r.anchor(s));
}

// ---------------------------------------------------------------------------------------------
// Matching the renderer's text (pdf.js) against stored text (PDFium)

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
