/**
 * Lettered or numbered points printed inside one paragraph, as a copied web page often leaves them:
 * "RESOLVED to: A Note the report … B Confirm that … C Agree …", "(a) approve …; (b) note …; and (c) ask …",
 * "i) … ii) …". Each marker must follow the one before it in sequence (A then B then C), and stand
 * where a point can start (the start of the text, or after ". ; : , )" or "and"/"or"), so a lone
 * "(b)" in a sentence or the article "A" never splits a paragraph.
 */
import { escapeRegExp } from '../../shared/text';

export interface InlinePoint {
  label: string;
  text: string;
}

type Kind = 'paren' | 'close' | 'bare' | 'dot';
type Seq = 'alpha' | 'ALPHA' | 'roman' | 'num';

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

function nth(seq: Seq, k: number): string {
  if (seq === 'num') return String(k + 1);
  if (seq === 'roman') return ROMAN[k] ?? '';
  const c = String.fromCharCode(97 + k);
  return seq === 'ALPHA' ? c.toUpperCase() : c;
}

/** The compiled marker patterns, by kind and label (a few dozen at most). */
const MARKER_RES = new Map<string, RegExp>();

/** Whether the text before `index` ends with ":" (and spaces): read backwards, not by a pattern over the whole prefix. */
function colonBefore(text: string, index: number): boolean {
  let k = index - 1;
  while (k >= 0 && /\s/.test(text[k] ?? '')) k--;
  return text[k] === ':';
}

/** Where marker `label` of `kind` occurs at or after `from`, at a place a point can start. */
function findMarker(text: string, kind: Kind, label: string, from: number, first: boolean): { index: number; end: number } | null {
  const key = `${kind}|${label}`;
  let re = MARKER_RES.get(key);
  if (!re) {
    const l = escapeRegExp(label);
    const body = kind === 'paren' ? `\\(${l}\\)` : kind === 'close' ? `${l}\\)` : kind === 'dot' ? `${l}\\.` : l;
    // A bare capital letter or a number with a full stop ("2. Agree …") must be followed by a capitalised word
    // ("B Confirm …"); bracketed markers by any word.
    const after = kind === 'bare' || kind === 'dot' ? '\\s+(?=[A-Z][a-z])' : '\\s+(?=\\S)';
    // "1. Note … 2. Agree …": lines run together in copying leave a numbered point after any word or full stop,
    // never straight after a number ("2015 2. Agree"); the points must run 1, 2, 3 from the lead-in.
    const before = kind === 'dot' ? '(^|(?<=[^\\d])\\s+|:\\s*)' : '(^|[.;:,)]\\s+|\\s(?:and|or)\\s+|:\\s*)';
    re = new RegExp(`${before}${body}${after}`, 'g');
    MARKER_RES.set(key, re);
  }
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const index = m.index + (m[1] ?? '').length;
    // The first bare letter or numbered point must open the text (after a lead-in ending with ":"): "A" is also an article.
    if ((kind === 'bare' || kind === 'dot') && first && index > 0 && !colonBefore(text, index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    return { index, end: m.index + m[0].length };
  }
  return null;
}

function trySplit(text: string, kind: Kind, seq: Seq): { lead: string; points: InlinePoint[] } | null {
  const marks: { label: string; index: number; end: number }[] = [];
  let from = 0;
  for (let k = 0; k < 26; k++) {
    const label = nth(seq, k);
    if (!label) break;
    const m = findMarker(text, kind, label, from, k === 0);
    if (!m) break;
    marks.push({ label, ...m });
    from = m.end;
  }
  if (marks.length < 2) return null;
  const points = marks.map((m, k) => {
    const end = k + 1 < marks.length ? (marks[k + 1]?.index ?? text.length) : text.length;
    let t = text.slice(m.end, end).trim();
    t = t.replace(/(?:[;,]\s*|\s+|^)(?:and|or)$/i, '').replace(/[;,]$/, '').trim();
    return { label: m.label, text: t };
  });
  if (points.some((p) => p.text.length < 3)) return null;
  return { lead: text.slice(0, marks[0]?.index ?? 0).trim(), points };
}

/**
 * The points of a paragraph that holds a sequence of markers, with the words before the first
 * marker (the lead-in) apart; null when the paragraph holds no such sequence.
 */
export function splitInlinePoints(text: string): { lead: string; points: InlinePoint[] } | null {
  if (text.length > 12000) return null;
  const tries: Array<[Kind, Seq]> = [
    ['paren', 'alpha'],
    ['paren', 'roman'],
    ['paren', 'num'],
    ['paren', 'ALPHA'],
    ['close', 'alpha'],
    ['close', 'roman'],
    ['close', 'num'],
    ['bare', 'ALPHA'],
    ['dot', 'num'],
  ];
  for (const [kind, seq] of tries) {
    const r = trySplit(text, kind, seq);
    if (r) return r;
  }
  return null;
}
