/**
 * Where did the passage go? For an annotation that needs attention (its words changed too much for
 * re-anchoring to be sure), the closest passage in the current version of its paper, offered to the
 * member side by side with the old words. Only offered, never applied: accepting it is the member's
 * re-attach (annotations.reattach).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { PassageSuggestion } from '../../shared/types/annotations';
import { NotFoundError } from '../errors';
import { pageAt, quoteAt } from './anchoring';
import { foldWhitespace, Reanchorer } from './reanchorer';
import search from './approx-match';
import { versionText } from './version-text';

/** Below this share of the old wording kept, nothing is offered: it would be a guess. */
const MIN_SIMILARITY = 0.5;
/** How far (characters) either side of where the passage is expected the search looks first. */
const NEAR = 6000;

interface Row {
  id: number;
  document_id: number | null;
  version_id: number | null;
  target: string;
  page_number: number | null;
  quote_exact: string | null;
  pos_start: number | null;
  status: string;
}

export function suggestPassage(db: Database.Database, id: number): PassageSuggestion {
  const a = db
    .prepare('SELECT id, document_id, version_id, target, page_number, quote_exact, pos_start, status FROM annotations WHERE id = ? AND deleted_at IS NULL')
    .get(id) as Row | undefined;
  if (!a) throw new NotFoundError('That annotation is not in the library.');
  const versionNumber = (versionId: number | null) =>
    versionId === null ? null : ((db.prepare('SELECT version FROM document_versions WHERE id = ?').pluck().get(versionId) as number | undefined) ?? null);
  const was = { exact: a.quote_exact ?? '', pageNumber: a.page_number, version: versionNumber(a.version_id) };
  const none: PassageSuggestion = { annotationId: a.id, was, candidate: null };
  if (a.target !== 'text' || a.document_id === null || a.version_id === null || !a.quote_exact?.trim()) return none;
  const current = db.prepare('SELECT id, version FROM document_versions WHERE document_id = ? AND is_current = 1').get(a.document_id) as
    | { id: number; version: number }
    | undefined;
  if (!current || (current.id === a.version_id && a.status === 'anchored')) return none;
  let old: ReturnType<typeof versionText>;
  let fresh: ReturnType<typeof versionText>;
  try {
    old = versionText(db, a.version_id);
    fresh = versionText(db, current.id);
  } catch (error) {
    if (error instanceof NotFoundError) return none;
    throw error;
  }
  if (fresh.text.trim() === '') return none;
  const expected = old.text.trim() === '' ? 0 : new Reanchorer(old.text, fresh.text).expected(a.pos_start ?? 0);
  const found = closestPassage(fresh.text, a.quote_exact, expected);
  if (!found) return none;
  return {
    annotationId: a.id,
    was,
    candidate: {
      versionId: current.id,
      version: current.version,
      pageNumber: pageAt(fresh.pageStarts, found.start),
      quote: quoteAt(fresh.text, found.start, found.end),
      similarity: found.similarity,
    },
  };
}

/**
 * The span of `text` closest to `quote` (fewest edits; the nearer to `expected` on a tie), widened to
 * whole words, with the share of the quote it keeps. Whitespace is folded on both sides (a revised
 * paper is often re-wrapped). Looks near the expected place first, then wherever a piece of the
 * quote occurs word for word.
 */
export function closestPassage(text: string, quote: string, expected: number): { start: number; end: number; similarity: number } | null {
  const folded = foldWhitespace(text);
  const pattern = quote.replace(/\s+/g, ' ').trim();
  if (pattern.length < 4 || folded.text.length === 0) return null;
  const budget = Math.floor(pattern.length * (1 - MIN_SIMILARITY));
  const at = Math.max(0, folded.map.findIndex((o) => o >= expected));
  const windows: Array<[number, number]> = [[at - NEAR, at + NEAR + pattern.length]];
  const pieces = Math.min(5, Math.max(2, Math.floor(pattern.length / 16)));
  const pieceLength = Math.floor(pattern.length / pieces);
  if (pieceLength >= 6) {
    for (let i = 0; i < pieces; i++) {
      const piece = pattern.slice(i * pieceLength, (i + 1) * pieceLength);
      for (let p = folded.text.indexOf(piece), n = 0; p !== -1 && n < 20; p = folded.text.indexOf(piece, p + 1), n++) {
        windows.push([p - i * pieceLength - budget - 16, p - i * pieceLength + pattern.length + budget + 16]);
      }
    }
  }
  let best: { start: number; end: number; errors: number } | null = null;
  for (const [lo, hi] of mergeWindows(windows, folded.text.length)) {
    for (const m of search(folded.text.slice(lo, hi), pattern, budget)) {
      const c = { start: lo + m.start, end: lo + m.end, errors: m.errors };
      if (!best || c.errors < best.errors || (c.errors === best.errors && Math.abs(c.start - at) < Math.abs(best.start - at))) best = c;
    }
  }
  if (!best || best.end <= best.start) return null;
  let { start, end } = best;
  while (start > 0 && /\S/.test(folded.text[start - 1] as string)) start--;
  while (end < folded.text.length && /\S/.test(folded.text[end] as string)) end++;
  while (start < end && /\s/.test(folded.text[start] as string)) start++;
  while (end > start && /\s/.test(folded.text[end - 1] as string)) end--;
  const similarity = Math.round((1 - best.errors / pattern.length) * 1000) / 1000;
  if (similarity < MIN_SIMILARITY) return null;
  return { start: folded.map[start] as number, end: (folded.map[end - 1] as number) + 1, similarity };
}

function mergeWindows(windows: Array<[number, number]>, length: number): Array<[number, number]> {
  const clipped = windows.map(([a, b]) => [Math.max(0, a), Math.min(length, b)] as [number, number]).filter(([a, b]) => b > a);
  clipped.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const w of clipped) {
    const last = out[out.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else out.push([w[0], w[1]]);
  }
  return out.slice(0, 200);
}
