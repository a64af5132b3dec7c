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
 *
 * This file holds steps 2-4 (locate) and the text and similarity helpers; step 1 and the
 * version-to-version mapping are in reanchorer.ts, matching the reader's selection in selection-match.ts.
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
