/**
 * Items when the item reader found at most one, read from the page's numbering alone: whatever a council prints as a
 * minute's number ("147/17", "(2019 – 060)", "102 /2017", "CO.44", "PC6/4/01", "6136", "C13/202"), the numbers of its
 * minutes run on one after another in document order, in one shape, before a capital letter. Three or more such numbers
 * (four when the run skips a number) are a run no sentence makes, whatever the headings' wording, so each starts an item;
 * its heading is the words up to where the minute's sentence opens, or none.
 */
import { registerRows } from './register-rows';
import type { Block } from './blocks';
import { lineStartsOf } from './blocks';
import { MONTH_WORD } from './dates';
import { SENTENCE_OPENER_RE, headingBeforeDash, readsAsSubject, runOnTitle } from './run-on';

/**
 * A minute's number where a heading may start: letters and digits before it ("CO.", "PC6/4/", "C13/"), one to three
 * groups of digits parted by a point, a slash or a dash ("FC175 -19/20"), letters after a slash ("16/172/PC"), in brackets or not, then an optional sub-letter ("147/17a)")
 * and what follows a number before its heading (a point, a colon, a dash).
 */
// ("… for some years.57/19 ELECTION …": a full stop after a word, its space lost in copying, may come before it.)
const TOKEN_RE = /(?<![\p{L}\d£$€%,/'’-]|(?<!\p{Ll}{2})\.)(\(?)((?:\p{Lu}{1,4}\d{0,2}\s?[./]?\s?)?\d{1,6}(?:\s?[./]\s?\d{1,4}|\s?[–-]\s?\d{1,4}){0,2}(?:\/\p{Lu}{1,4}(?![\p{L}\d]))?)(\)?)(?:([a-z])\)\s*)?([.:)]|\s*[-–—:])?\s+(?=\(?\p{Lu})/gu;
const MONTH_RE = new RegExp(`^${MONTH_WORD}\\b`);
/** A heading starts at a block's start or after a sentence's end; elsewhere only a number no sentence holds (bracketed, or with letters or a slash). */
const AFTER_SENTENCE_RE = /(?:^|[.!?:;)”"’]\s*|\n\s*)$/;
/** "… 3.2 Item 4.1 Rosemary Absalom enquired …": a number after "Item" in running text is a reference; "ITEM 1. PRESENTATIONS", a table's label in capitals, or "Item 3" opening a line, is a heading's. */
const ITEM_WORD_BEFORE_RE = /(^|[.!?:;)”"’]\s*)?\b(Item|ITEM|Minute|MINUTE)\s+$/;
const VERB_RE = /\b(?:was|were|is|are|had|has|have|will|would|been|be|received|agreed|resolved|noted|reported|welcomed|declared|said|asked|explained|proposed|seconded|thanked|opened)\b/i;
/** A title that starts with a member's name is the minute's first words, not its heading. */
const PERSON_START_RE = /^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s/;

/** "3/3/14", "26/02/2014": a day, a month and a year. */
function isSlashedDate(compact: string): boolean {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(compact);
  return !!m && Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

interface Token {
  block: number;
  start: number;
  /** Where the heading after the number starts. */
  after: number;
  /** The number as printed, without its brackets. */
  raw: string;
  shape: string;
  digits: number[];
  /** At a block's start, after a sentence's end, or a number no sentence holds. */
  strict: boolean;
  /** The number has a point or dash after it ("1.", "1-"), as a list's numbers in running text seldom do. */
  marked: boolean;
}

function tokensIn(blocks: readonly Block[]): Token[] {
  const out: Token[] = [];
  blocks.forEach((b, i) => {
    if (b.text.length > 200000) return;
    // A number that opened a line of the page, its line joined to the one before in reading, stands where a heading may.
    const lineStarts = new Set(lineStartsOf(b));
    const before = out.length;
    TOKEN_RE.lastIndex = 0;
    for (let m = TOKEN_RE.exec(b.text); m; m = TOKEN_RE.exec(b.text)) {
      const open = m[1] ?? '';
      const raw = (m[2] ?? '').trim();
      const close = m[3] ?? '';
      // "(2019 – 060)": a bracket opened is closed.
      if (open && !close) continue;
      const rest = b.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // ("(1) Item13 (Finance …)": a list of the items referred to, not headings.)
      // ("1920/104 ITEM 1 - Mayor’s Remarks": the agenda's number and a dash before the heading are the minute's own.)
      if (MONTH_RE.test(rest) || (/^(?:Item|Minute)\s*\d/i.test(rest) && !/^(?:Agenda\s+)?Item\s+\d{1,3}[a-z]?\s*[:.–—-]\s*\p{Lu}/iu.test(rest))) continue;
      const compact = raw.replace(/\s+/g, '');
      const word = ITEM_WORD_BEFORE_RE.exec(b.text.slice(Math.max(0, m.index - 12), m.index));
      if (word && word[1] === undefined && word[2] !== word[2]?.toUpperCase()) continue;
      // ("Email - 3/3/14 - Maimie Thompson - NHS Highland …": a date in a line of correspondence, not a minute's number; a
      // council that numbers minutes so prints them at a line's start or after a sentence.)
      if (m.index > 0 && !lineStarts.has(m.index) && !AFTER_SENTENCE_RE.test(b.text.slice(Math.max(0, m.index - 8), m.index)) && isSlashedDate(compact)) continue;
      const distinctive = !!open || /[^\d.]/.test(compact);
      // ("ITEM 3 –" and "ITEM 4 -": a dash is one mark whichever was typed.)
      const punct = (m[5] ?? '').trim();
      const marked = /^[.\-–—]$/.test(punct);
      const strict = distinctive || lineStarts.has(m.index) || AFTER_SENTENCE_RE.test(b.text.slice(Math.max(0, m.index - 8), m.index));
      // ("Time 1. Welcome, attendance & apologies …": a plain number in running text only with its point or dash.)
      if (!strict && !marked) continue;
      const digits = (compact.match(/\d+/g) ?? []).map(Number);
      out.push({ block: i, start: m.index, after: m.index + m[0].length, raw, shape: `${open}${compact.replace(/\d+/g, '#')}${close}${punct.replace(/[–—]/g, '-')}`, digits, strict, marked });
    }
    // (A register's numbered rows run into one line after its "Present:" are people, not minutes.)
    if (out.length - before >= 3 && registerRows(b.text, out.slice(before)).length === 0) out.length = before;
  });
  return out;
}

/**
 * The longest run of one shape whose numbers but one stay the same and that one counts up (by one, or by up to three in a
 * run of four) that reads as a page's minutes; a longer run that does not (a minute's paragraphs "174.1, 174.2 …", a
 * list) gives way to the next.
 */
function longestRun(tokens: readonly Token[], blocks: readonly Block[]): Token[] {
  // For each token and each place its number may count in: the longest run ending there.
  const best = new Map<string, Token[]>();
  const runs: Token[][] = [];
  for (const t of tokens) {
    t.digits.forEach((value, k) => {
      const fixed = t.digits.map((d, j) => (j === k ? '*' : String(d))).join(',');
      const keyOf = (v: number) => `${t.shape}|${k}|${fixed}|${v}`;
      let run: Token[] = [t];
      for (const step of [1, 2, 3]) {
        const before = best.get(keyOf(value - step));
        if (before && before.length + 1 > run.length) run = [...before, t];
      }
      const key = keyOf(value);
      if ((best.get(key)?.length ?? 0) < run.length) best.set(key, run);
      if (run.length >= 3) runs.push(run);
    });
  }
  // Longest first; of equal length, the one that starts first.
  const order = new Map(tokens.map((t, k) => [t, k]));
  runs.sort((x, y) => y.length - x.length || (order.get(x[0] as Token) ?? 0) - (order.get(y[0] as Token) ?? 0));
  const seen = new Set<Token>();
  for (const run of runs) {
    // A run already tried, or a part of one: its longer form was judged.
    if (seen.has(run[run.length - 1] as Token) && seen.has(run[0] as Token)) continue;
    for (const t of run) seen.add(t);
    if (readsAsMinutes(run, tokens, blocks)) return run;
  }
  return [];
}

function readsAsMinutes(longest: readonly Token[], tokens: readonly Token[], blocks: readonly Block[]): boolean {
  const steps = longest.slice(1).map((t, k) => {
    const prev = longest[k] as Token;
    return t.digits.reduce((s, d, j) => s + (d - (prev.digits[j] ?? 0)), 0);
  });
  if (longest.length === 3 && steps.some((s) => s !== 1)) return false;
  // Two in three at a heading's place; or a list of marked numbers from the first ("1. … 2. … 3. … 4. …").
  const strict = longest.filter((t) => t.strict).length;
  const first = longest[0] as Token;
  const markedFromOne = longest.length >= 4 && longest.every((t) => t.marked) && first.digits.length === 1 && (first.digits[0] ?? 9) <= 2;
  if (strict * 3 < longest.length * 2 && !markedFromOne) return false;
  if (paragraphsOfOneItem(longest, blocks)) return false;
  if (/^\(?#\)?[.:)\-–—]?$/.test(first.shape)) {
    // "RESOLVED: (1) Approve the budget (2) Note the reserves …": a resolution's points in brackets from the first.
    if (first.shape.startsWith('(') && (first.digits[0] ?? 9) <= 1) return false;
    // "1. Apologies … The Chair could: 1. Make the decisions … 2. Rearrange … 3. Defer …": a list that starts again
    // within the run is a list's numbering, not the minutes'.
    const last = longest[longest.length - 1] as Token;
    const inside = tokens.filter((t) => !longest.includes(t) && t.shape === first.shape && after(t, first) && after(last, t));
    const low = first.digits[0] ?? 0;
    const high = last.digits[0] ?? 0;
    if (inside.some((t) => (t.digits[0] ?? -1) >= low && (t.digits[0] ?? -1) <= high)) return false;
  }
  // "3.0 Main report 3.1 … 3.2 …", "49.1 The Chair noted …": a report's or a minute's paragraphs counted from its start.
  const place = first.digits.length - 1;
  if (/^#\.#\.?$/.test(first.shape) && place === 1 && (first.digits[1] ?? 9) <= 1 && (longest[1] as Token).digits[1] !== first.digits[1]) return false;
  return true;
}

const after = (a: Token, b: Token) => a.block > b.block || (a.block === b.block && a.start > b.start);

/**
 * "3 Minutes … 3.1 The minutes … 3.2 …", "21/07 Precept … 21/07/01 … 21/07/02": a run counting in its last place whose
 * other places are a number printed before it is one item's paragraphs, not items.
 */
function paragraphsOfOneItem(run: readonly Token[], blocks: readonly Block[]): boolean {
  const first = run[0] as Token;
  const second = run[1] as Token;
  const last = first.digits.length - 1;
  if (last < 1 || first.digits[last] === second.digits[last]) return false;
  // The parent's number as printed: the run's first number without its last place ("3.1" → "3", "21/07/01" → "21/07").
  const parent = first.raw.replace(/\s*[./–-]\s*\d+$/, '');
  if (parent === first.raw) return false;
  const printed = new RegExp(String.raw`(?<![\d./])${parent.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\d]|[./]\d)[.:)]?\s*[-–—:]?\s+\p{Lu}`, 'u');
  const before = [...blocks.slice(0, first.block).map((b) => b.text), (blocks[first.block] as Block).text.slice(0, first.start)].join('\n');
  return printed.test(before);
}

/** The heading after a number: the rest of a short line, the words before a dash, or the title-case words before the minute's sentence. */
function headingOf(text: string): { title: string; length: number } {
  const line = text.trim();
  // "Apologies / Cllrs. Vanessa Brodie …": a table's cells, copied with a slash between them.
  const cell = SLASHED_CELL_RE.exec(text);
  if (cell?.[1] && !VERB_RE.test(cell[1])) return { title: cell[1], length: cell[0].length };
  // "APOLOGIES FOR ABSENCE All members present": a heading in capitals ends where the sentence in lower case starts.
  const caps = CAPS_HEADING_RE.exec(text);
  // ("AGENDA ITEM 1– APOLOGIES FOR ABSENCE 1. Apologies were …": the minute's own paragraph number after the heading is
  // no part of it.)
  if (caps?.[1] && caps[1].split(/\s+/).length <= 16) return { title: caps[1].replace(/\s+\d{1,3}\.$/, '').replace(/[.:;,\s–—-]+$/, ''), length: caps[0].length };
  const dash = headingBeforeDash(text);
  if (dash && !VERB_RE.test(dash.heading) && dash.heading.split(/\s+/).length <= 14) return { title: withoutTime(dash.heading), length: dash.length };
  const runOn = runOnTitle(text, true)?.replace(/[.:;,\s]+$/, '') ?? null;
  const usable = !!runOn && !VERB_RE.test(runOn) && !PERSON_START_RE.test(runOn) && !SENTENCE_OPENER_RE.test(runOn) && !NEGATIVE_START_RE.test(runOn) && !readsAsSubject(text, runOn);
  // "Members’ Declarations" alone: the whole line, unless the heading ends before it ("Apologies for Absence Cllrs Turner …").
  const sentence = /\.$/.test(line) && line.split(/\s+/).length >= 6;
  const wholeLine = !sentence && line.length <= 100 && !VERB_RE.test(line) && !/[.!?]\s+\S/.test(line) && !PERSON_START_RE.test(line) && !NEGATIVE_START_RE.test(line);
  if (wholeLine && (!usable || runOn === line.replace(/[.:;,\s]+$/, ''))) return { title: withoutTime(line.replace(/[.:;,\s]+$/, '')), length: text.length };
  if (!runOn || !usable) return { title: '', length: 0 };
  const at = text.indexOf(runOn);
  return { title: withoutTime(runOn), length: at + runOn.length };
}

const CAPS_HEADING_RE = /^((?=[^\p{Ll}]*\p{Lu}{3})(?:[\p{Lu}\d’'&/,()–-]+\s+){0,15}?[\p{Lu}\d’'&/,()–-]*\p{Lu}{2,}[\p{Lu}\d’'&/,()–-]*[.:]?)\s+(?=\p{Lu}\p{Ll}|[AI]\s+\p{Ll})/u;
const SLASHED_CELL_RE = /^(\p{Lu}[^.;:!?/]{1,80}?)\s+\/\s+/u;
/** "No Declarations of Interest were received": a sentence that says none, not a heading. */
const NEGATIVE_START_RE = /^(?:No|None|Nothing|It|There)\b/;
/** "Minutes 7.05pm": an agenda's time column after the heading. */
const withoutTime = (title: string) => title.replace(/\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b.*$/i, '').trim();

export interface SequenceItem {
  /** The number is one no list or sentence holds: letters, a slash, brackets, or four digits or more. */
  distinctive: boolean;
  number: string;
  title: string;
  body: Block[];
  /** The block where the item's number stands. */
  start: number;
}

/** The items the page's numbering gives, with each item's text; null when no run of numbers stands. */
/** `skip`: blocks read for other things (the header, the lists of who came), left out of the items' text but not of the numbering. */
export function sequenceItems(blocks: readonly Block[], skip: ReadonlySet<number> = new Set()): SequenceItem[] | null {
  const run = longestRun(tokensIn(blocks), blocks);
  if (run.length === 0) return null;
  const items: SequenceItem[] = [];
  run.forEach((t, k) => {
    const next = run[k + 1];
    const block = blocks[t.block] as Block;
    const endInBlock = next && next.block === t.block ? next.start : block.text.length;
    // ("ELECTION OF CHAIRJohn Hume was …": a heading in capitals run into the sentence when copied.)
    const own = block.text.slice(t.after, endInBlock).replace(/(?<=\p{Lu}{3})(?=\p{Lu}\p{Ll})/u, ' ');
    // "3 Minutes of the Meeting held on 3rd November 2015" on a line of its own, its minute on the lines after: the line
    // is the heading, when it reads as one whole.
    const lineEnd = lineStartsOf(block).find((at) => at > t.after && at < endInBlock);
    const onLine = lineEnd === undefined ? null : headingOf(own.slice(0, lineEnd - t.after - 1));
    const heading = onLine && onLine.title && onLine.length >= lineEnd! - t.after - 2 ? onLine : headingOf(own);
    let title = heading.title;
    const length = heading.length;
    const body: Block[] = [];
    const first = own.slice(length).replace(/^\s*[.:;,–—-]?\s*/, '').trim();
    if (first) body.push({ ...block, text: first });
    const lastBlock = next ? next.block : blocks.length;
    let from = t.block + 1;
    // "Note 01/20" over "Welcome and Introductions": a number on a line of its own, its heading on the next.
    const below = blocks[from];
    if (!own.trim() && below && from < lastBlock && !below.bullet) {
      const line = below.text.trim();
      if (line.length <= 100 && !VERB_RE.test(line) && !/[.!?]$/.test(line) && /^\p{Lu}/u.test(line)) {
        title = line.replace(/[:;,\s]+$/, '');
        from++;
      } else {
        const next = headingOf(below.text);
        if (next.title) {
          title = next.title;
          const rest = below.text.slice(next.length).replace(/^\s*[.:;,–—-]?\s*/, '').trim();
          body.push(...(rest ? [{ ...below, text: rest }] : []));
          from++;
        }
      }
    }
    for (let i = from; i < lastBlock; i++) if (!skip.has(i)) body.push(blocks[i] as Block);
    if (next && next.block !== t.block) {
      const nb = blocks[next.block] as Block;
      const lead = nb.text.slice(0, next.start).trim();
      if (lead) body.push({ ...nb, text: lead });
    }
    // ("AGENDA ITEM 1– APOLOGIES …": the word "ITEM" in capitals before the number is the label's, not the number's.)
    items.push({ number: t.raw.replace(/^ITEM\s?(?=\d)/, ''), title, body, start: t.block, distinctive: !/^\(?#\)?[.:)\-–—]?$/.test(t.shape) || (t.digits[0] ?? 0) >= 1000 });
  });
  // "1. Make the decisions in private … 2. Rearrange the meeting …": plain numbers over sentences are a list of points.
  const plain = run.every((t) => /^#[.:)\-–—]?$/.test(t.shape));
  if (plain && items.filter((i) => i.title).length * 3 < items.length * 2) return null;
  return items;
}
