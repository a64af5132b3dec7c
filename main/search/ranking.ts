/**
 * How a window of matches is ranked, at a cost that does not grow with the library.
 *
 * FTS5's bm25() weighs each word by how rare it is, and to know that it walks every match of every
 * word in the query once per statement: "officers" (on nearly every page) costs 14 ms over 100,000
 * pages and ten times that over a million, whatever the window. So each search first estimates how
 * many pages each word is on from its first DF_SAMPLE matches (a bounded read), then:
 *  - words rare enough together (BM25_BUDGET entries to walk): FTS5's own bm25, as before;
 *  - otherwise the same bm25 formula computed from counts: how often each word occurs in each row of
 *    the window (counted in SQL on the stored text, lower-cased, so "placements" counts under the
 *    root "plac"), the row's length against the window's average, and the estimated rarity. Scores
 *    are on the same scale either way, so papers and minutes still merge by score.
 * Counting on text is approximate (SQLite's LOWER folds no accents, so "café" counts only where the text
 * has "cafe"; a root also counts inside longer words); it only orders rows that already match exactly.
 */
import type { ParsedQuery } from './query-syntax';
import { stemRoot } from './snippet';

/** Matches read per word to estimate how many rows it is in. */
export const DF_SAMPLE = 500;
/**
 * bm25() is used while the index entries it walks (walkCost) are at most this many: about 5 ms, what
 * ranking a window by counts costs (measured over 100,000 pages); past it, counts are cheaper.
 */
export const BM25_BUDGET = 40_000;
/**
 * Rows ranked together: by bm25(), or (costlier per row: the text is read) by counts. Both at least
 * twice the app's page of results (100), so a first answer is the best of more than it shows.
 */
export const WINDOW_BM25 = 300;
export const WINDOW_COUNTED = 200;

const K1 = 1.2;
const B = 0.75;

/** Each quoted phrase (or "prefix"*) of an FTS5 expression made by parseQuery. */
export function phrasesOf(expr: string | null): string[] {
  return expr ? (expr.match(/"(?:[^"]|"")*"\*?/g) ?? []) : [];
}

/** The primary index's expression for a query: the one a source MATCHes and bm25 would weigh. */
export function primaryOf(q: ParsedQuery): { onStem: boolean; positive: string; excluded: string | null } {
  const onStem = q.stem !== null;
  // On the stemmed index the query's phrases narrow the walk too (stemFilter, query-syntax.ts).
  const positive = onStem ? (q.stemFilter ? `(${q.stem}) AND (${q.stemFilter})` : (q.stem as string)) : (q.exact ?? '');
  return { onStem, positive, excluded: onStem ? q.excludeStem : q.excludeExact };
}

/**
 * One statement: for each phrase, how many of its oldest DF_SAMPLE matches exist and the highest rowid
 * among them. Oldest, not newest: FTS5 reads a long list backwards only by first walking all of it
 * (with secure-delete on, as on the stemmed indexes, it cannot jump to the end), so forwards is the
 * bounded read (0.7 ms against 10 ms for a word on every one of a million pages, measured).
 */
export function dfSql(index: string, phrases: string[]): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const parts = phrases.map((phrase, i) => {
    params[`p${i}`] = phrase;
    return `SELECT ${i} AS i, COUNT(*) AS n, MAX(id) AS high FROM (SELECT rowid AS id FROM ${index} WHERE ${index} MATCH @p${i} ORDER BY rowid ASC LIMIT ${DF_SAMPLE})`;
  });
  return { sql: parts.join(' UNION ALL '), params };
}

/** Rows containing each phrase, extrapolated from the part of the rowid range its sample covered. */
export function documentFrequencies(rows: Array<{ i: number; n: number; high: number | null }>, minId: number, maxId: number): number[] {
  const out: number[] = [];
  for (const row of rows) {
    const span = Math.max(1, maxId - minId + 1);
    const covered = Math.max(1, (row.high ?? minId) - minId + 1);
    out[row.i] = row.n < DF_SAMPLE ? row.n : Math.round((row.n * span) / covered);
  }
  return out;
}

/**
 * Index entries bm25() walks to weigh one phrase over the whole library: its matches, or for a phrase
 * of several words twice its matches per word (each word's list is walked and positions compared;
 * its words are on more pages than the phrase); a prefix's several words counted as two.
 */
export function walkCost(phrase: string, df: number): number {
  const words = phrase.split(' ').length;
  return df * (words > 1 ? 2 * words : 1) * (phrase.endsWith('*') ? 2 : 1);
}

export const idf = (rows: number, df: number) => {
  const value = Math.log((rows - df + 0.5) / (df + 0.5));
  return value > 0 ? value : 1e-6; // as FTS5's bm25: a word on more than half the rows weighs (almost) nothing
};

/** What to count in a row's text for each positive phrase: its root (stemmed index), the phrase or the prefix as typed. */
export function countedTerms(positive: string, onStem: boolean): string[] {
  return phrasesOf(positive).map((phrase) => {
    const text = phrase.replace(/\*$/, '').slice(1, -1).replace(/""/g, '"').toLowerCase();
    return onStem ? stemRoot(text) : text;
  });
}

/** bm25 as FTS5 computes it (negated: lower is better), from counted frequencies. */
export function bm25(frequencies: number[], weights: number[], length: number, averageLength: number): number {
  let score = 0;
  frequencies.forEach((f, i) => {
    if (f > 0) score += ((weights[i] ?? 0) * f * (K1 + 1)) / (f + K1 * (1 - B + (B * length) / averageLength));
  });
  return -score;
}
