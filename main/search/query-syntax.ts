/**
 * Turns what a member types into safe FTS5 MATCH expressions. Supported: words (all must match),
 * "a phrase", prefix*, NOT word / -word, OR between words. Every term is emitted as a quoted FTS5
 * string, so no character the member types can ever be read as FTS5 syntax: a stray quote,
 * bracket, colon or asterisk is harmless and never reaches the user as an error.
 *
 * Two indexes answer a query (migration 0011): bare words go to the stemmed one ("placements"
 * finds "placement"); quoted phrases and prefixes go to the unstemmed one, so a phrase stays exact
 * and "immunisation*" matches words as written. `stem` and `exact` are the two MATCH expressions;
 * a page must match both (where given) and neither of the excluded ones.
 *
 * Limits that keep every query cheap (issue 17): a prefix needs at least 3 letters (the unstemmed
 * index keeps 2- and 3-letter prefixes; a shorter one would merge the lists of every word that
 * starts with that letter), at most MAX_TERMS terms of which MAX_PREFIXES prefixes.
 */
export interface ParsedQuery {
  /** The FTS5 expression for the unstemmed index when the query is all exact (kept for callers that use one index). */
  match: string | null;
  /** Bare words, as an expression for the stemmed indexes (pages_stem, items_stem); null: none. */
  stem: string | null;
  /** Phrases and prefixes, as an expression for the unstemmed indexes (pages_fts, items_fts); null: none. */
  exact: string | null;
  /**
   * The groups of `exact` without a prefix, for the stemmed indexes too: a row holding a phrase as
   * written holds it stemmed (the same tokenizer with the stemmer after it), so when bare words are
   * searched there these narrow that walk to the rows that may hold the phrases; the unstemmed index
   * still decides. A prefix is no such filter ("placements*" is not a prefix of the root "placement").
   */
  stemFilter: string | null;
  /** Words left out (-word, NOT word) on the stemmed index, phrases left out on the unstemmed one. */
  excludeStem: string | null;
  excludeExact: string | null;
  /** Words to highlight (from positive terms only). */
  terms: string[];
  /** Prefix terms (typed as word*), highlighted where a word starts with them. */
  prefixes: string[];
  /** Bare words, highlighted in all their forms (placement, placements, placed…). */
  stems: string[];
  /** Why part of the query was left out, in words for the member ("type at least 3 letters before *"). */
  hint: string | null;
}

type Term = { text: string; prefix: boolean; phrase: boolean; negated: boolean; or: boolean };

export const MAX_TERMS = 12;
export const MAX_PREFIXES = 3;
export const MIN_PREFIX = 3;

// Letters and digits in any script, plus inner apostrophes and hyphens kept for the tokenizer to split.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.replace(/[.'’-]+$/, '')).filter(Boolean);
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function tokenize(input: string): Term[] {
  const terms: Term[] = [];
  const re = /(-)?"([^"]*)"?|(\S+)/g;
  let negateNext = false;
  let orNext = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) {
    if (m[3] === 'NOT') {
      negateNext = true;
      continue;
    }
    if (m[3] === 'OR') {
      orNext = terms.length > 0;
      continue;
    }
    if (m[3] === 'AND') continue;
    const isPhrase = m[2] !== undefined;
    const raw = isPhrase ? (m[2] ?? '') : (m[3] ?? '');
    const dash = isPhrase ? m[1] === '-' : raw.startsWith('-');
    const body = isPhrase ? raw : raw.replace(/^-+/, '');
    const ws = words(body);
    if (ws.length === 0) continue;
    const prefix = !isPhrase && /\*\s*$/.test(body) && ws.length === 1;
    // "foster-carer" or "child's" is more than one token: searched as the phrase it is.
    const phrase = isPhrase || (!prefix && ws.length > 1) || (!prefix && /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(ws[0] ?? ''));
    terms.push({ text: ws.join(' '), prefix, phrase, negated: negateNext || dash, or: orNext });
    negateNext = false;
    orNext = false;
  }
  return terms;
}

const render = (t: Term) => (t.prefix ? `${quote(t.text)}*` : quote(t.text));
const isStem = (t: Term) => !t.prefix && !t.phrase;

export function parseQuery(input: string): ParsedQuery {
  const hints: string[] = [];
  let terms = tokenize(input.slice(0, 500));
  const short = terms.filter((t) => t.prefix && [...t.text].length < MIN_PREFIX);
  if (short.length) {
    hints.push(`Type at least ${MIN_PREFIX} letters before * (${short.map((t) => `${t.text}*`).join(', ')} left out).`);
    terms = terms.filter((t) => !short.includes(t));
  }
  const prefixes = terms.filter((t) => t.prefix && !t.negated);
  if (prefixes.length > MAX_PREFIXES) {
    const dropped = prefixes.slice(MAX_PREFIXES);
    hints.push(`At most ${MAX_PREFIXES} words ending in * are searched (${dropped.map((t) => `${t.text}*`).join(', ')} left out).`);
    terms = terms.filter((t) => !dropped.includes(t));
  }
  if (terms.length > MAX_TERMS) {
    hints.push(`At most ${MAX_TERMS} words or phrases are searched; the rest were left out.`);
    terms = terms.slice(0, MAX_TERMS);
  }
  const hint = hints.length ? hints.join(' ') : null;
  const positives = terms.filter((t) => !t.negated);
  const none: ParsedQuery = { match: null, stem: null, exact: null, stemFilter: null, excludeStem: null, excludeExact: null, terms: [], prefixes: [], stems: [], hint };
  if (positives.length === 0) return none;

  // Positives form AND-ed groups; OR joins a term to the group before it. A group of bare words only
  // goes to the stemmed index; a group with a phrase or prefix goes to the unstemmed one (an OR across
  // two indexes cannot be one MATCH: its bare words are then matched as written).
  const groups: Term[][] = [];
  for (const t of positives) {
    const last = groups[groups.length - 1];
    if (t.or && last) last.push(t);
    else groups.push([t]);
  }
  const expr = (gs: Term[][]) => {
    if (gs.length === 0) return null;
    if (gs.length === 1) return (gs[0] as Term[]).map(render).join(' OR ');
    return gs.map((g) => (g.length > 1 ? `(${g.map(render).join(' OR ')})` : render(g[0] as Term))).join(' AND ');
  };
  const stemGroups = groups.filter((g) => g.every(isStem));
  const exactGroups = groups.filter((g) => !g.every(isStem));
  const negatives = terms.filter((t) => t.negated);
  const anyOf = (ts: Term[]) => (ts.length ? ts.map(render).join(' OR ') : null);

  // The whole query on the unstemmed index alone (as before 0011): for callers that use one index.
  let match = expr(groups);
  if (match && negatives.length) match = `(${match}) NOT ${negatives.map(render).join(' NOT ')}`;

  const stemmed = stemGroups.flat();
  const exactTerms = exactGroups.flat();
  return {
    match,
    stem: expr(stemGroups),
    exact: expr(exactGroups),
    stemFilter: stemGroups.length ? expr(exactGroups.filter((g) => g.every((t) => !t.prefix))) : null,
    excludeStem: anyOf(negatives.filter(isStem)),
    excludeExact: anyOf(negatives.filter((t) => !isStem(t))),
    terms: [...new Set([...stemmed, ...exactTerms].filter((t) => !t.prefix).flatMap((t) => t.text.split(' ')))],
    prefixes: [...new Set(positives.filter((t) => t.prefix).map((t) => t.text))],
    stems: [...new Set(stemmed.map((t) => t.text))],
    hint,
  };
}
