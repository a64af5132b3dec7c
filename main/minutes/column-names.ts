/**
 * A register of members printed in columns, each column in order of surname, and flattened into one line when the
 * page was copied: "Muhammad Afzal Eddie Freeman Zhor Malik Akhlaq Ahmed Peter Griffiths Karen McCarthy …". Nothing
 * separates the people, so where one name ends is read from the order: the list is cut into names of two or three
 * words so that every surname comes after the one a column's width before it (k names back, for k columns). The fewest
 * columns that fit are taken, and the cut with the fewest three-word names; if two different cuts fit equally well,
 * or none does, the run is not read (no guess).
 */

/** A word of a name as printed: "Afzal", "McCarthy", "O’Reilly", "Seymour-Smith". */
const NAME_WORD_RE = /^\p{Lu}[\p{L}'’]*\p{Ll}(?:-\p{Lu}[\p{L}'’]*\p{Ll})*$/u;
/** Words that are never part of a member's name in such a list (a title, a label, a post, a joining word). */
const NOT_NAME_RE = /^(?:And|The|Of|For|In|At|Councillors?|Cllrs?|Aldermen|Alderman|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Chair(?:man|woman|person)?|Mayor|Deputy|Vice|Leader|Present|Apologies|Absent|Officers?|Members?|Attendance|Also|Clerk|Council|County|Borough|District|Town|Parish|City)$/;
/** An honour printed after a name belongs to that name: "Ray Puddifoot MBE". */
const HONOUR_RE = /^(?:MBE|OBE|CBE|KBE|DBE|BEM|JP|DL|QC|KC)$/;

const MAX_COLUMNS = 4;
const MIN_NAMES_PER_COLUMN = 3;
/** More equally good cuts than this and the run is not read at all. */
const MAX_CUTS = 64;

function sortKey(word: string): string {
  return word.split(' ')[0]!.toLowerCase().replace(/[^\p{L}]/gu, '');
}

/**
 * Splits a run of unpunctuated full names into people, or null when the order does not settle where each ends.
 * Where several cuts fit equally well ("David Pears Gurdial | Singh Atwal" or "David Pears | Gurdial Singh Atwal"),
 * only the names every one of them agrees on are given; the rest are left out rather than guessed.
 */
export function columnSortedNames(text: string): string[] | null {
  const tokens: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    if (HONOUR_RE.test(word) && tokens.length > 0) {
      tokens[tokens.length - 1] += ` ${word}`;
      continue;
    }
    if (!NAME_WORD_RE.test(word) || NOT_NAME_RE.test(word)) return null;
    tokens.push(word);
  }
  if (tokens.length < 12 || tokens.length > 800) return null;
  const keys = tokens.map(sortKey);
  // The fewest three-word names over every number of columns that fits.
  let best = Infinity;
  let cuts: number[][] = [];
  for (let columns = 1; columns <= MAX_COLUMNS; columns++) {
    const found = optimalCuts(keys, columns);
    if (!found || found.cuts.length === 0) continue;
    const enough = found.cuts.filter((c) => c.length >= columns * MIN_NAMES_PER_COLUMN);
    if (enough.length === 0 || found.cost > best) continue;
    if (found.cost < best) cuts = [];
    best = found.cost;
    cuts.push(...enough);
  }
  // Most members' names are two words; a cut that needs many longer ones is reading the order wrongly.
  if (cuts.length === 0 || cuts.length > MAX_CUTS || best * 6 > (cuts[0]?.length ?? 0)) return null;
  const agreed = namesInEvery(cuts);
  const covered = [...agreed].reduce((n, k) => n + Number(k.split(':')[1]), 0);
  if (covered < tokens.length * 0.75) return null;
  const names: string[] = [];
  for (const seg of [...agreed].sort((a, b) => Number(a.split(':')[0]) - Number(b.split(':')[0]))) {
    const [start, length] = seg.split(':').map(Number) as [number, number];
    names.push(tokens.slice(start, start + length).join(' '));
  }
  return names;
}

/** "start:length" of each name that every cut makes. */
function namesInEvery(cuts: readonly number[][]): Set<string> {
  const segmentsOf = (cut: readonly number[]) => {
    const out = new Set<string>();
    let at = 0;
    for (const length of cut) {
      out.add(`${at}:${length}`);
      at += length;
    }
    return out;
  };
  const [first, ...rest] = cuts.map(segmentsOf);
  return new Set([...(first ?? [])].filter((seg) => rest.every((s) => s.has(seg))));
}

/** The surname(s) a name of `length` words starting at `start` may be sorted under: the last word, or the middle one. */
function keysOf(keys: readonly string[], start: number, length: number): string[] {
  return length === 2 ? [keys[start + 1]!] : [keys[start + 1]!, keys[start + 2]!];
}

function inOrder(before: readonly string[], after: readonly string[]): boolean {
  return before.some((a) => after.some((b) => a <= b));
}

/** Every cut of least cost (up to MAX_CUTS + 1 of them) for a table of `columns` columns, or null if none fits. */
function optimalCuts(keys: readonly string[], columns: number): { cost: number; cuts: number[][] } | null {
  // `recent`: the lengths of the last names cut (up to `columns` of them), so the name a column back can be found.
  const memo = new Map<string, number>();
  const allowed = (pos: number, recent: readonly number[], length: number): boolean => {
    if (pos + length > keys.length) return false;
    if (recent.length < columns) return true;
    const backStart = pos - recent.reduce((a, b) => a + b, 0);
    return inOrder(keysOf(keys, backStart, recent[0]!), keysOf(keys, pos, length));
  };
  const next = (recent: readonly number[], length: number) => [...recent, length].slice(-columns);
  const cost = (pos: number, recent: readonly number[]): number => {
    if (pos === keys.length) return 0;
    const memoKey = `${pos}:${recent.join(',')}`;
    const known = memo.get(memoKey);
    if (known !== undefined) return known;
    let least = Infinity;
    for (const length of [2, 3]) {
      if (allowed(pos, recent, length)) least = Math.min(least, cost(pos + length, next(recent, length)) + (length === 3 ? 1 : 0));
    }
    memo.set(memoKey, least);
    return least;
  };
  const total = cost(0, []);
  if (total === Infinity) return null;
  const cuts: number[][] = [];
  const walk = (pos: number, recent: readonly number[], lengths: number[]): void => {
    if (cuts.length > MAX_CUTS) return;
    if (pos === keys.length) {
      cuts.push([...lengths]);
      return;
    }
    const here = cost(pos, recent);
    for (const length of [2, 3]) {
      if (!allowed(pos, recent, length)) continue;
      if (cost(pos + length, next(recent, length)) + (length === 3 ? 1 : 0) !== here) continue;
      lengths.push(length);
      walk(pos + length, next(recent, length), lengths);
      lengths.pop();
    }
  };
  walk(0, [], []);
  return { cost: total, cuts };
}
