/**
 * Re-anchoring from one version's text to the next (step 1 of anchoring.ts): whitespace folded, old
 * offsets mapped to new ones through sentences that occur once in each text, then the quote located
 * near where it is expected. Pure (strings in, offsets out).
 */
import { type AnchorResult, CONTEXT_CHARS, type Selectors, hasDistinctivePiece, locate, quoteAt, similarity } from './anchoring';

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
