/**
 * Turns what a member types into a safe FTS5 MATCH expression. Supported: words (all must match),
 * "a phrase", prefix*, NOT word / -word, OR between words. Every term is emitted as a quoted FTS5
 * string, so no character the member types can ever be read as FTS5 syntax: a stray quote,
 * bracket, colon or asterisk is harmless and never reaches the user as an error.
 */
export interface ParsedQuery {
  /** The FTS5 expression, or null when nothing searchable was typed. */
  match: string | null;
  /** Words to highlight (from positive terms only). */
  terms: string[];
  /** Prefix terms (typed as word*), highlighted where a word starts with them. */
  prefixes: string[];
}

type Term = { text: string; prefix: boolean; negated: boolean; or: boolean };

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
    terms.push({ text: ws.join(' '), prefix, negated: negateNext || dash, or: orNext });
    negateNext = false;
    orNext = false;
  }
  return terms;
}

export function parseQuery(input: string): ParsedQuery {
  const terms = tokenize(input.slice(0, 500));
  const positives = terms.filter((t) => !t.negated);
  if (positives.length === 0) return { match: null, terms: [], prefixes: [] };
  const render = (t: Term) => (t.prefix ? `${quote(t.text)}*` : quote(t.text));
  // Join positives with AND, except where the member wrote OR between two of them.
  let expr = '';
  positives.forEach((t, i) => {
    expr += i === 0 ? render(t) : `${t.or ? ' OR ' : ' AND '}${render(t)}`;
  });
  const negatives = terms.filter((t) => t.negated).map(render);
  const match = negatives.length ? `(${expr}) NOT ${negatives.join(' NOT ')}` : expr;
  return {
    match,
    terms: [...new Set(positives.filter((t) => !t.prefix).flatMap((t) => t.text.split(' ')))],
    prefixes: [...new Set(positives.filter((t) => t.prefix).map((t) => t.text))],
  };
}
