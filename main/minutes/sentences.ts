/** Sentence splitting that does not break on initials ("J. D. Stanley") or common abbreviations. */

const ABBREV = new Set(['dr', 'mr', 'mrs', 'ms', 'cllr', 'cllrs', 'coun', 'couns', 'cllor', 'cllors', 'no', 'nos', 'st', 'prof', 'rev', 'revd', 'co', 'ltd', 'etc', 'approx', 'para', 'paras', 'vs', 'fig', 'ref', 'min', 'max', 'e.g', 'i.e', 'inc', 'dept', 'hon', 'rt', 'col', 'lt', 'maj', 'capt', 'sgt', 'insp', 'supt', 'wm']);
const SPLIT_RE = /[.!?]["'”’)]?\s+(?=[A-Z(“"‘£0-9])/g;
const MAX = 20000;

export function splitSentences(text: string): string[] {
  const s = text.length > MAX ? text.slice(0, MAX) : text;
  const out: string[] = [];
  let start = 0;
  SPLIT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPLIT_RE.exec(s)) !== null) {
    const end = m.index + m[0].trimEnd().length;
    const before = s.slice(Math.max(start, m.index - 12), m.index);
    const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
    // "J.", "J.S." (initials run together: "Mrs. J.S. Bray"), "Mrs.": never the end of a sentence.
    if (s[m.index] === '.' && (/^(?:[A-Z]\.)*[A-Z]$/.test(word) || ABBREV.has(word.toLowerCase()))) continue;
    const sentence = s.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = m.index + m[0].length;
  }
  const rest = s.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
