import { isGivenName } from './given-names';
import type { Block } from './blocks';
import { registerRows } from './register-rows';
import { findDate } from './dates';

/**
 * Minute headings run into one paragraph, as text taken from a PDF often is: "… 1358 DECLARATIONS OF INTEREST
 * Declarations were … 1359 MINUTES OF THE LAST MEETING RESOLVED: …", or "1. Apologies for Absence 1.1 There were
 * apologies … 2. Declarations of Interest 2.1 …". The paragraph is cut into lines at each heading, so the heading
 * stands on its own line as the page printed it. Only on strong evidence: a heading in capitals, or one followed by
 * its own first paragraph number (N. Title N.1), and at least three (capitals) or two (paragraph numbers) such
 * headings numbered one after another (two for a numbered paragraph whose title runs into its first sentence,
 * each at the start of its own paragraph), or three short headings ending in a colon ("2. Apologies: …"); otherwise
 * the blocks are returned as they are.
 */

/** "1358 DECLARATIONS OF INTEREST FROM MEMBERS Declarations …": a number, a heading in capitals, then a sentence. */
// "121/14 DECLARATION OF POTENTIAL CONFLICT … No conflict …": the number may carry the year after a slash.
// "282 2. TO RECEIVE APOLOGIES …": the minute's number, then the agenda's, then the heading.
// ("2. MATTERS ARISING (a) Toogs Playpark …": or the heading's first lettered point.)
// ("01.17/18 APOLOGIES …": the council year after the number's point.)
// ("83 : APOLOGIES FOR ABSENCE …": a colon set apart after the number; "62/07 - PRAYER: The Mayor’s Chaplain …": a dash
// after it and a colon after the heading.)
// ("41. THE MINUTES OF THE MEETING HELD ON 2 SEPTEMBER 2009 * Resolved that …": a resolution marked with a star.)
// ("3 APPROVAL OF MINUTES OF PREVIOUS MEETING (12 NOVEMBER 2012) Minutes were …": a bracket opening a word.)
// ("306 DECLARATIONS OF INTEREST - Councillors …": a dash after the heading; "308 MATTERS ARISING 308.1 Minute …": the
// minute's own first paragraph number after it.)
const CAPS_HEAD_RE = /(?<=^|\s)(\d{1,5})(\/\d{2}(?:[-–]\d{2})?|\.\d{2}\/\d{2}(?=\s))?(?:\.|\s+:|\s+[-–—])?\s+(?:\d{1,2}\.\s+)?((?:(?:\d{1,2}(?:st|nd|rd|th)|\(?[\p{Lu}\d][\p{Lu}\d’'&,()/-]*)\s+){0,16}?\(?[\p{Lu}\d][\p{Lu}\d’'&,()/-]*):?(?:\s+[–—-])?\s+(?=(?:\*\s+)?(?:\p{Lu}\p{Ll}|RESOLVED\b|(?:A|I)\s\p{Ll})|\(?(?:[a-h]|[ivx]{1,4})\)\s+\p{Lu}|\1\.\d{1,2}\s+\p{Lu})/gu;
/** "2. Declarations of Interest 2.1 Mr B declared …": a heading followed by its own first paragraph number ("2.0 Declarations … 2.1": or ".0" after it). */
const SUB_HEAD_RE = /(?<=^|\s)(\d{1,3})\.0?\s+(\p{Lu}[^.!?:;]{1,100}?)\s+(?=\1\.1\s+\p{Lu})/gu;

/**
 * "1. Urgent Item In terms of Standing Order 13.3, …", "2. Disclosure of Exempt Information The Council noted …": a
 * numbered paragraph whose title-case words end where a sentence opens (a common opening word, then lower case).
 */
const LEAD_HEAD_RE = /^(\d{1,3})\.\s+(\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|and|for|the|to|in|on|&)){0,8}?)\s+(?=(?:The|In|It|This|There|Members|Following|Under|At|Having|A|An)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Ll})/u;

/** "… chaired the meeting. 2. Apologies: Apologies were received …": a short numbered heading ending in a colon, mid-paragraph. */
// ("2. Minutes of meeting held on Tuesday 9th March 2020: Minutes agreed …": a date in the heading; the chain of numbers
// still decides. Only a date's numbers: "47. Public 10 Minutes:" is not taken.)
// ("1)Ymddiheuriadau a datgan diddordeb : … 2)Cyhoeddiadau'r Cadeirydd : …": a bracket after the number, a space before the colon.)
const COLON_HEAD_RE = /(?<=^|\s)(\d{1,3})(?:\.\s+|\)\s*)(\p{Lu}[\p{L}’'&/-]*(?:\s+(?:[\p{L}’'&/-]+|\d{1,2}(?:st|nd|rd|th|af|il|ydd|edd|fed|ed|(?=\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))|\d{4})){0,13}) ?:\s+(?=\S)/gu;

/**
 * "… Cou/286/07-08 Apologies for Absence Apologies for absence were received …": a minute number with its letters
 * (a code no sentence holds), then the heading in title case running into the minute.
 */
/** "Min No. 71/08 Public Representation The Clerk …": a minute number with the year, after "Min No.". */
const MIN_NO_HEAD_RE = /(?<=^|\s)(?:Min(?:ute)?\.?\s+No\.?\s*)(\d{1,4})\/(\d{2})\s+(?=\p{Lu})/gu;
/** "… Acting Town Clerk. TO RECEIVE APOLOGIES FOR ABSENCE 8656 Apologies for absence were …": a heading in capitals, then the minute's running number (in the hundreds or thousands), then its sentence. */
const CAPS_BEFORE_NUMBER_RE = /(?<=[.!?]\s+)((?=[^\p{Ll}]*\p{Lu}{3})[\p{Lu}’'&,()-]+(?:\s+[\p{Lu}’'&,()-]+){0,10})\s+(\d{3,5})\s+(?=\p{Lu}\p{Ll}|(?:A|I)\s)/gu;
const CAPS_BEFORE_CODE_RE = /(?<=^|[.!?:]\s+|\s)((?=[^\p{Ll}]*\p{Lu}{3})[\p{Lu}’'&,()-]+(?:\s+[\p{Lu}\d’'&,()-]+){0,10})\s+(\d{1,4})\/(\d{2}\/\d{2})\s+(?=\p{Lu})/gu;
// ("12/006 TO RECEIVE APOLOGIES …": a heading in capitals after the number as well; "28/20. Apologies for absence. …":
// a full stop after the number.)
const BARE_CODE_HEAD_RE = /(?<=^|\s)(\d{1,4})\/(\d{2,3})\.?\s+(?=\p{Lu}\p{Ll}|\p{Lu}{2,}\s+\p{Lu}{2,})/gu;
// ("SC/35/2018 APOLOGIES …": the year in full.)
const CODE_HEAD_RE = /(?<=^|\s)(\p{Lu}[\p{L}]{0,5})(\/?)(\d{1,4})\/(\d{2}(?:\d{2})?(?:[-–]\d{2})?)\s+(?=\p{Lu})/gu;
/** "237/04/08 Apologies …": a minute's number, then the meeting's month and year. */
const MONTH_YEAR_CODE_HEAD_RE = /(?<=^|\s)(\d{1,4})\/((?:0?[1-9]|1[0-2])\/(?:\d{2}|\d{4}))\s+(?=\p{Lu})/gu;
/**
 * "… at 2.00pm. 1 Declarations of Interest No declarations … were intimated. 2 Order of Business The Clerk …": a
 * minute number (with or without its point) after a sentence's end, then a heading in title case running into the
 * minute. Kept only in runs of three numbered one after another, which no sentence makes.
 */
const SEQ_HEAD_RE = /(?<=(?:^|\s))(\d{1,4})\.?\s+(?=\p{Lu}[\p{Ll}’'-])/gu;
const LETTERED_HEAD_RE = /(?<=^|\s)(\p{Lu}{1,3})(\d{1,3})\.\s+(?=\p{Lu})/gu;
/** A sentence's end before the number: a chain starts only there, and most of its headings stand there. */
const AFTER_SENTENCE_RE = /(?:^|[.!?:;)”"’]\s+)$/;
const PERSON_WORD_RE = /^(?:Cllrs?|Councillors?|CLLRS?|COUNCILLORS?|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Revd?)\.?$/;
export const SENTENCE_OPENER_RE = /^(?:The|This|That|These|It|There|None|No|Members|Following|Having|All|An?)$/;
const JOINER_RE = /^(?:of|and|for|the|to|in|on|at|by|with|&|a|an)$/;
/** Words that open a minute under its heading: what was done with the business. */
const MINUTING_WORD_RE = /^(?:Received|Noted|Discussed|Agreed|Approved|Resolved|Accepted|Deferred|Considered|Reported|Adopted|Confirmed|None|Nil)[.:,]?$/;

/**
 * The heading at the start of run-on text: words in title case (and the small words between them), ending before a
 * colon, a person ("Cllr P Batty") or the capitalised word that opens the sentence after it ("… Absence Apologies for
 * absence were …"). Null when no heading of one to twelve words is there.
 */
/** Standard business that opens a run-on heading whatever follows it: "Apologies Steve Gregory, …", "Matters arising from the …". */
// ("To receive the minutes of the Meeting on the 7th January The minutes were …": the agenda's wording as the heading.)
const STANDARD_START_RE = /^(?:Apologies(?:\s+for\s+[Aa]bsence)?|Matters\s+[Aa]rising|Minutes\s+of\s+(?:the\s+)?(?:last|previous|AGM|[Aa]nnual|[Mm]eeting)|Declarations?\s+of\s+[Ii]nterests?|Any\s+[Oo]ther\s+[Bb]usiness|Date\s+of\s+(?:the\s+)?[Nn]ext\s+[Mm]eeting|To\s+(?:receive|approve|confirm|consider|note|sign|agree|adopt)\s+(?:and\s+\p{Ll}+\s+)?the\s+[Mm]inutes)\b/u;

/** "Declaration of interest and written requests for dispensation on agenda items. The register …": a heading ended by its full stop. */
const DOTTED_TITLE_RE = /^(\p{Lu}[^.:;!?]{1,110}?)\.\s+(?=\p{Lu}|\d)/u;

const COLON_TAIL_RE = /^((?:\p{L}[\p{L}’'-]*)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|and|for|the|to|in|on|&)){0,4})\s+(?=(?:The|This|It|There|Members|Councillors)\s+\p{L})/u;

/** A person's word that names a kind of business, not a member: "County Councillor Reports", "Councillor Vacancy". */
const PERSON_AS_BUSINESS_RE = /^(?:Reports?|Vacanc(?:y|ies)|Surger(?:y|ies)|Co-?options?|Questions?|Updates?|Allowances?|Matters|Items?|Training|Code)[.:,]?$/;
const personStarts = (words: readonly string[], k: number) => PERSON_WORD_RE.test(words[k] ?? '') && !PERSON_AS_BUSINESS_RE.test(words[k + 1] ?? '');

/**
 * Where the minute opens inside a heading read up to a colon or full stop: a list's first letter ("Annual reports
 * 2013-14 (a) Received"), a label of a letter or two ("Public question time Q"), or, after words in sentence case, a
 * capitalised word that minutes the business ("Apologies for absence Received and accepted"). The heading without it.
 */
function beforeMinuteOpens(title: string): string {
  const words = title.split(/\s+/);
  const k = words.findIndex((w, n) => n > 0 && (FIRST_POINT_RE.test(w) || (/^(?:On|In|At|During|Since)$/.test(w) && /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b/.test(words.slice(n + 1, n + 3).join(' '))) || /^\p{Lu}{1,2}$/u.test(w) && n === words.length - 1 || (n > 1 && MINUTING_WORD_RE.test(w) && words.slice(1, n).some((x) => /^\p{Ll}/u.test(x) && !JOINER_RE.test(x)))));
  return k > 0 ? words.slice(0, k).join(' ') : title;
}
const FIRST_POINT_RE = /^(?:\((?:a|A|i|1)\)|(?:a|A|i)\)|A\.?|a\.)$/;

/**
 * "2. Apologies had been received from …", "3. Standing Orders were approved …": the words read as a heading are the
 * subject of a sentence whose verb follows them (at once, or after one more word), so the line has no heading.
 * ("Minutes of the meeting held on 3 May These were approved" has one: a word that opens sentences stands between.)
 */
export function readsAsSubject(text: string, heading: string): boolean {
  const at = text.indexOf(heading);
  const after = (at >= 0 ? text.slice(at + heading.length) : '').trim().split(/\s+/);
  const verb = (w: string | undefined) => /^(?:was|were|is|are|has|have|had|been|will|would)$/i.test(w ?? '');
  return verb(after[0]) || (!SENTENCE_OPENER_RE.test(after[0] ?? '') && !/[.:;,]$/.test(after[0] ?? '') && verb(after[1]));
}

/**
 * "To receive and adopt the Minutes of the Town Council Meeting held on Tuesday, 16th November 2009 and discuss matters
 * arising thereof. The minutes were …", "To Sign and Approve Minutes of the Meeting dated 9th December 2008 Minutes of the
 * meeting held …": an item headed by the agenda's wording alone. The heading is that wording, up to its full stop, a dash,
 * a colon, a bracketed note, or the sentence that minutes it (a word that opens sentences, a member, or a capitalised word
 * after a date). Null when the text does not open with the agenda's "To …" or no heading of three to twenty-five words is there.
 */
export function agendaWordingTitle(text: string): string | null {
  if (!/^To\s+\p{L}{3,}/u.test(text)) return null;
  const cut = /\.(?:\s|$)|\s[–—-]\s|:\s|\s\((?!for\b)|\n/u.exec(text);
  const words = (cut ? text.slice(0, cut.index) : text).split(/\s+/).slice(0, 26);
  const end = words.findIndex(
    (w, k) =>
      k > 2 &&
      !JOINER_RE.test(words[k - 1] ?? '') &&
      (SENTENCE_OPENER_RE.test(w) || PERSON_WORD_RE.test(w) || MINUTING_WORD_RE.test(w) || (/^\p{Lu}\p{Ll}/u.test(w) && /^(?:19|20)\d{2}$/.test(words[k - 1] ?? ''))),
  );
  const heading = (end > 0 ? words.slice(0, end) : words).join(' ').replace(/[,;\s]+$/, '');
  const n = heading.split(/\s+/).length;
  if (n < 3 || n > 25 || /\b(?:was|were|had|has|have|received|agreed|resolved|noted)\b/.test(heading.replace(/^To\s+\S+/, ''))) return null;
  return heading;
}

export function runOnTitle(text: string, dotted = false): string | null {
  // "28/20. Apologies for absence. Apologies were …": after a number with its full stop, the heading ends with one too.
  const dot = dotted ? DOTTED_TITLE_RE.exec(text) : null;
  // ("APOLOGIES FOR ABSENCE 1. Apologies were …": a heading in capitals, then the minute's own paragraph number.)
  if (dot?.[1] && dot[1].split(/\s+/).length <= 14 && !/\b(?:was|were|is|are|had|has|have|will|would|received|agreed|resolved|noted)\b/.test(dot[1])) return beforeMinuteOpens(/^[^\p{Ll}]*\p{Lu}{3}[^\p{Ll}]*\s\d{1,3}$/u.test(dot[1]) ? dot[1].replace(/\s+\d{1,3}$/, '') : dot[1]);
  const colon = /^(\p{Lu}[^:.;]{1,80}?):\s/u.exec(text);
  // ("DECLARATIONS OF INTEREST CLLR Mrs WILSON: husband …": the colon closes a member's entry, not the heading.)
  if (colon && colon[1] && colon[1].split(/\s+/).length <= 6 && !colon[1].split(/\s+/).some((w) => PERSON_WORD_RE.test(w))) {
    // ("Seminar: feedback The Chairman …", "Charity Commission: Code of Conduct The Chairman …": the colon parts a heading
    // in two when a few words after it run up to the sentence.)
    // ("Open Forum Resolved: that standing orders …": the decision's label before the colon is the minute's.)
    const label = /^(.+?)\s+(?:Resolved|RESOLVED|Agreed|AGREED)$/.exec(colon[1]);
    if (label?.[1]) return label[1];
    // ("Matters arising Item 4: Item 4 (item 22): …": the first matter's reference to an earlier item after the heading.)
    const reference = /^(.+?)\s+(?:Item|Minute|Min)\s+\d{1,3}[a-z]?$/i.exec(colon[1]);
    if (reference?.[1] && STANDARD_START_RE.test(reference[1])) return reference[1];
    const opened = beforeMinuteOpens(colon[1]);
    if (opened !== colon[1]) return opened;
    const tail = COLON_TAIL_RE.exec(text.slice(colon[0].length));
    return tail?.[1] ? `${colon[1]}: ${tail[1]}` : colon[1];
  }
  const standard = STANDARD_START_RE.exec(text);
  // ("To receive and adopt the Minutes of the Council Meeting held on Tuesday, 6th January 2009 and discuss matters
  // arising thereof. The minutes were …": the agenda's wording is the heading to its end.)
  const worded = standard && /^To\s/.test(standard[0]) ? agendaWordingTitle(text) : null;
  if (worded) return worded;
  if (standard) {
    // "Matters arising from the Minutes of the AGM held on 21 May 2014 There were no …": up to the sentence after it.
    const words = text.split(/\s+/).slice(0, 20);
    // "Apologies for Absence Apologies for absence were received …": the heading's word again opens the sentence.
    const head = (words[0] ?? '').toLowerCase();
    // "Apologies To receive and accept apologies …": an agenda's wording after the heading ends it too.
    // ("Apologies for Absence Colin Davidson sent his apologies …": a person in full after the heading opens the sentence.)
    const headWords = standard[0].trim().split(/\s+/).length;
    const personAt = (w: string, k: number) => k >= headWords && isGivenName(w) && /^\p{Lu}\p{Ll}/u.test(w) && /^(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]/u.test(words[k + 1] ?? '');
    const end = words.findIndex((w, k) => k > 0 && (SENTENCE_OPENER_RE.test(w) || PERSON_WORD_RE.test(w) || w.toLowerCase() === head || personAt(w, k) || (w === 'To' && /^\p{Ll}/u.test(words[k + 1] ?? ''))) && !JOINER_RE.test(words[k - 1] ?? ''));
    // ("Minutes of the Meeting held on 3rd November 2015" and nothing after: the whole of it, when it reads as no sentence.)
    const all = text.trim().split(/\s+/);
    const upTo = end > 0 ? words.slice(0, end).join(' ') : all.length <= 14 && /^(?:Minutes|Matters)\b/i.test(standard[0]) ? all.join(' ') : '';
    return upTo && !/[.;:,!?]/.test(upTo) && !/\b(?:were|was|is|are|had|has|have|received)\b/.test(upTo) ? upTo : standard[0];
  }
  const words = text.split(/\s+/).slice(0, 16);
  // "2. To consider a variation of order of business There was no variation …": a heading in the agenda's words runs in
  // lower case up to the sentence that minutes it.
  if (words[0] === 'To' && /^\p{Ll}{3,}$/u.test(words[1] ?? '')) {
    const end = words.findIndex((w, k) => k > 2 && (SENTENCE_OPENER_RE.test(w) || PERSON_WORD_RE.test(w)) && !JOINER_RE.test(words[k - 1] ?? ''));
    const upTo = end > 0 ? words.slice(0, end).join(' ') : '';
    if (upTo && !/[.;:!?]/.test(upTo) && !/\b(?:was|were|is|are|had|has|have|received|agreed|resolved|noted)\b/.test(upTo)) return upTo;
  }
  let n = 0;
  while (n < words.length && n < 13) {
    const w = words[n] ?? '';
    // ("Death of Councillor John Kennedy": a member named after "of" is the heading's subject.)
    if (personStarts(words, n) && !(n > 0 && /^(?:of|for|from|by|with|to)$/i.test(words[n - 1] ?? ''))) break;
    // ("… Kennedy On the 23rd of December, aged 80.": a date's preposition opens the minute's sentence.)
    if (n > 0 && /^(?:On|In|At|During|Since)$/.test(w) && /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b/.test(words.slice(n + 1, n + 3).join(' '))) break;
    // "Village Hall Roof The Clerk reported …": a word that opens sentences, after the heading's last word.
    if (n > 0 && SENTENCE_OPENER_RE.test(w) && !JOINER_RE.test(words[n - 1] ?? '')) break;
    if (!(/^[\p{Lu}\d(]/u.test(w) || JOINER_RE.test(w))) break;
    // ("Chairman’s Remarks Chairman, Councillor Dodd welcomed …": a word set before a member's name by a comma is the
    // sentence's.)
    if (n > 0 && w.endsWith(',') && PERSON_WORD_RE.test(words[n + 1] ?? '')) break;
    // ("Minutes of the Meeting 16 February 2012 1. Cllr Kilby asked …": the minute's first numbered point.)
    if (n > 0 && /^\d{1,2}\.$/.test(w)) break;
    // ("Reports on Matters Relating to Westby C3.a N.Y.C.C …", "Public Speaking 4.1 Planning …": its first sub-point; "Open
    // Forum Resolved: that …": the decision's label.)
    if (n > 0 && (/^\p{Lu}{0,3}\d{1,3}\.(?:[a-z]|\d{1,2})$/u.test(w) || /^(?:Resolved|RESOLVED|Agreed|AGREED)\s*:?$/.test(w))) break;
    // ("Planning (a) Applications received …", "Public question time Q: Mr …": a list's first letter, or a label of a letter or
    // two, opens the minute.)
    if (n > 0 && (FIRST_POINT_RE.test(w) || /^\p{Lu}{1,2}:$/u.test(w))) break;
    // ("Public Participation Proposed by Councillor O Wells …": the vote's record opens the minute.)
    if (n > 0 && /^(?:Proposed|Seconded|Moved|PROPOSED|SECONDED|MOVED)$/.test(w) && /^by$/i.test(words[n + 1] ?? '')) break;
    // ("Apologies for absence Received and accepted: …", "Chairman's announcements Noted": after a heading in sentence
    // case, a capitalised word that minutes it opens the minute.)
    if (n > 1 && MINUTING_WORD_RE.test(w) && words.slice(1, n).some((x) => /^\p{Ll}/u.test(x) && !JOINER_RE.test(x))) break;
    n++;
  }
  // ("Minutes of the Ordinary Meeting held on 2 February 2021", "Planning Matters a) The Clerk …": "held" goes on the
  // heading and "a)" opens a list; neither starts a sentence with the capitalised word before it.)
  const sentence = n < words.length && /^\p{Ll}/u.test(words[n] ?? '') && !/^(?:held|[a-h][.)]|\([a-h]\))$/.test(words[n] ?? '') && !SENTENCE_OPENER_RE.test(words[n - 1] ?? '');
  while (n > 0 && JOINER_RE.test(words[n - 1] ?? '')) n--;
  // Stopped on a lower-case word: the last capitalised word opened the sentence.
  if (sentence) n--;
  while (n > 0 && JOINER_RE.test(words[n - 1] ?? '')) n--;
  if (n < 1 || n > 12) return null;
  // "… Meeting held on 2 February 2021 Resolved: …": the date of the meeting named is part of the heading.
  if (words[n] === 'held' && /^(?:on|at)$/.test(words[n + 1] ?? '')) {
    const year = words.findIndex((w, k) => k > n + 1 && k <= n + 7 && /^\p{L}*\d{4}[.,]?$/u.test(w));
    if (year > 0) return words.slice(0, year + 1).join(' ').replace(/[.,]$/, '');
  }
  return words.slice(0, n).join(' ');
}

/**
 * "17/22 Minutes of meeting held on 9th March 2022 – these had been …", "2.01 Amendments and Adoption- Approved …": a dash
 * ends a heading run into its minute, when what comes before it is no sentence. The heading, and how far it and its dash
 * reach; null when there is no such dash.
 */
export function headingBeforeDash(text: string): { heading: string; length: number } | null {
  const m = DASHED_HEADING_RE.exec(text);
  return m?.[1] && !/\b(?:was|were|is|are|had|has|have)\b/.test(m[1]) ? { heading: m[1], length: m[0].length } : null;
}
const DASHED_HEADING_RE = /^(\p{Lu}[^.;:!?–—]{1,100}?)\s*[–—-]\s+/u;

interface Cut {
  block: number;
  start: number;
  headEnd: number;
  num: number;
  caps: boolean | 'lead' | 'colon' | 'code' | 'seq';
  /** A sequence heading's business opens the meeting ("Apologies …", "Declarations of Interest …"). */
  standard?: boolean;
  /** The code's letters and year: the next minute must share them. */
  key?: string;
  /** A 'seq' heading after a sentence's end (others, after a page number say, only continue a chain). */
  strict?: boolean;
  /** A 'seq' heading whose number has its point ("3. Annual Report"). */
  dotted?: boolean;
  /** Where the text after the heading starts, when not at its end. */
  restFrom?: number;
  /** The heading as the items reader expects it, when the page printed it another way ("TITLE 414/01/18" → "414/01/18 TITLE"). */
  heading?: string;
}

/**
 * The longest chain of title-case headings numbered one after another (N, N+1, N+2 …) in document order, passing over
 * other numbers between them; kept when at least three, and two in three, stand after a sentence's end.
 */
function sequenceRun(cuts: readonly Cut[]): Cut[] {
  let best: Cut[] = [];
  for (let s = 0; s < cuts.length; s++) {
    const first = cuts[s];
    // Minutes typed without full stops ("… Donald MacAulay 1. Apologies Steve Gregory, … 2. Annual Report This had
    // been …"): a chain from 1 (or 2) whose every number has its point stands without sentence ends.
    const fromOne = !!first?.dotted && first.num <= 2;
    // ("Guests: ACTION 1 Apologies for Absence 2 Declarations of Interest The Clerk asked … 3 Chairman’s Remarks …": a
    // chain from 1 or 2 that opens with the business every meeting opens with stands without points or sentence ends,
    // when it runs to four.)
    const opening = !!first && first.num <= 2 && !!first.standard;
    if (!first?.strict && !fromOne && !opening) continue;
    const chain = [first];
    for (let k = s + 1; k < cuts.length; k++) {
      const c = cuts[k] as Cut;
      if (c.num === (chain[chain.length - 1] as Cut).num + 1 && (!fromOne || first.strict || c.dotted || opening)) chain.push(c);
    }
    const openingRun = opening && chain.length >= 4;
    const strict = chain.filter((c) => c.strict).length;
    // ("… Mrs K F Davis 1. Chairman’s Remarks Professor Mercer welcomed … 2. Apologies for Absence … 3. …": three will do
    // when every one after the first stands after a sentence's end.)
    const dottedRun = fromOne && chain.every((c) => c.dotted) && (chain.length >= 4 || (chain.length === 3 && strict === 2));
    // (Five or more numbered one after another, half of them after a sentence's end: no prose numbers itself so.)
    const longRun = chain.length >= 5 && strict * 2 >= chain.length && chain.every((c) => c.dotted);
    // ("2829 Apologies … 2830 Personal Matters – none 2831 Declaration of Interest – none received 2832 Confirmation of
    // Minutes: …": a parish's running minute numbers, typed without full stops; three or more in the hundreds or thousands,
    // one after another, are numbering, not prose.)
    const runningNumbers = chain.length >= 3 && first.num >= 100;
    if (((strict >= 3 && strict * 3 >= chain.length * 2) || dottedRun || longRun || runningNumbers || openingRun) && chain.length > best.length) best = chain;
  }
  // "… In attendance: V Taber - Clerk 193. Chairman’s Report Cllr Baker … 194. Apologies …": the chain's first heading
  // may follow the attendance list rather than a sentence's end; the number just before the chain, with its point, is it.
  const head = best[0];
  const before = head ? cuts.filter((c) => c.num === head.num - 1 && c.dotted && c.block === head.block && c.start < head.start).pop() : undefined;
  if (head?.dotted && before) best = [before, ...best];
  return best;
}

/** Words of a heading in capitals: at least two, one of them a real word (not only a date or a code). */
function capsHeading(title: string): boolean {
  const words = title.trim().split(/\s+/);
  const letters = words.filter((w) => /\p{Lu}{3,}/u.test(w));
  // ("303 PRAYERS The Mayor’s Chaplain …": one word will do when it is a long one; the run of numbers still decides.)
  return ((words.length >= 2 && letters.length >= 2) || (words.length === 1 && /^\p{Lu}{5,}$/u.test(words[0] ?? ''))) && !/^(?:AM|PM|MBE|OBE|CBE|JP)$/.test(words[0] ?? '');
}

const MONTH_BEFORE_RE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+$/i;

function findCuts(blocks: readonly Block[]): Cut[] {
  const cuts: Cut[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || b.bullet || b.text.length < 40 || b.text.length > 200000) continue;
    const found: Cut[] = [];
    for (const m of b.text.matchAll(CAPS_HEAD_RE)) {
      if (m.index === undefined || !m[1] || !m[3] || !capsHeading(m[3])) continue;
      // ("… held on 1 March 2017. RESOLVED – …": a year after its month is a date's, not a minute's number.)
      if (MONTH_BEFORE_RE.test(b.text.slice(Math.max(0, m.index - 12), m.index))) continue;
      found.push({ block: i, start: m.index, headEnd: m.index + m[0].length, num: Number(m[1]), caps: true, ...(m[2] ? { key: m[2] } : {}) });
    }
    for (const m of b.text.matchAll(SUB_HEAD_RE)) {
      if (m.index === undefined || !m[1] || !m[2]) continue;
      if (found.some((f) => f.start === m.index)) continue;
      found.push({ block: i, start: m.index, headEnd: m.index + m[0].length, num: Number(m[1]), caps: false });
    }
    for (const m of b.text.matchAll(COLON_HEAD_RE)) {
      if (m.index === undefined || !m[1] || found.some((f) => Math.abs(f.start - (m.index ?? 0)) < 3)) continue;
      // ("3. Apologies Apologies were received from: …": a sentence before the colon, so not a heading ending in one.)
      if (/\b(?:were|was|is|are|had|has|have)\b/.test(m[2] ?? '')) continue;
      // Past six words only for a heading that holds a date ("… held on Tuesday 9th March 2020:"); "14. Housing Policy
      // Report of the Director Minutes:" is a ModernGov row, its title run into its report line.
      if ((m[2] ?? '').split(/\s+/).length > 6 && !/\d/.test(m[2] ?? '')) continue;
      found.push({ block: i, start: m.index, headEnd: m.index + m[0].length, num: Number(m[1]), caps: 'colon' });
    }
    for (const m of b.text.length >= 200 && b.text.includes('/') ? b.text.matchAll(CODE_HEAD_RE) : []) {
      if (m.index === undefined || !m[1] || !m[3] || found.some((f) => Math.abs(f.start - (m.index ?? 0)) < 3)) continue;
      const after = b.text.slice(m.index + m[0].length);
      const title = runOnTitle(after);
      if (!title) continue;
      const headEnd = m.index + m[0].length + title.length;
      // "Present Members: Cllr A, …": the label stays with its list as well, for the attendance reader.
      const restFrom = after.startsWith(`${title}:`) ? m.index + m[0].length : headEnd;
      found.push({ block: i, start: m.index, headEnd, restFrom, num: Number(m[3]), caps: 'code', key: `${m[1]}${m[2]}|${m[4]}` });
    }
    // "… DECLARATIONS OF INTEREST 414/01/18 Councillor Wheale declared …": a heading in capitals printed before its minute's
    // number (the margin's heading, run into the text).
    for (const m of b.text.length >= 200 && b.text.includes('/') ? b.text.matchAll(CAPS_BEFORE_CODE_RE) : []) {
      // One word will do ("FINANCE 416/01/18"): the code's month and year tie it to the others.
      if (m.index === undefined || !m[1] || !m[2] || !m[3] || !(capsHeading(m[1]) || /^\p{Lu}{4,}$/u.test(m[1].trim())) || found.some((f) => Math.abs(f.start - (m.index ?? 0)) < 3)) continue;
      const title = m[1].trim();
      found.push({ block: i, start: m.index, headEnd: m.index + m[0].length, num: Number(m[2]), caps: 'code', key: `Caps|${m[3]}`, heading: `${m[2]}/${m[3]} ${title}` });
    }
    // (Three or more, numbered one after another: the run decides, as for the codes.)
    const capsNumbered = b.text.length >= 400 ? [...b.text.matchAll(CAPS_BEFORE_NUMBER_RE)] : [];
    for (const m of capsNumbered.length >= 3 ? capsNumbered : []) {
      if (m.index === undefined || !m[1] || !m[2] || !capsHeading(m[1]) || found.some((f) => Math.abs(f.start - (m.index ?? 0)) < 3)) continue;
      found.push({ block: i, start: m.index, headEnd: m.index + m[0].length, num: Number(m[2]), caps: 'code', key: 'CapsNumber', heading: `${m[2]} ${m[1].trim()}` });
    }
    for (const m of b.text.length >= 200 && b.text.includes('/') ? b.text.matchAll(MIN_NO_HEAD_RE) : []) {
      if (m.index === undefined || !m[1] || !m[2] || found.some((f) => Math.abs(f.start - (m.index ?? 0)) < 3)) continue;
      const after = b.text.slice(m.index + m[0].length);
      const title = runOnTitle(after);
      if (!title) continue;
      const headEnd = m.index + m[0].length + title.length;
      found.push({ block: i, start: m.index, headEnd, restFrom: headEnd, num: Number(m[1]), caps: 'code', key: `Min|${m[2]}` });
    }
    // "20/205 Apologies To receive … 20/206 Declarations of interest Members are …": coded numbers alone, the year
    // first or last; the part that stays the same across the line is the year.
    const coded = b.text.length >= 200 && b.text.includes('/') ? [...b.text.matchAll(BARE_CODE_HEAD_RE)] : [];
    if (coded.length >= 3) {
      const firsts = new Set(coded.map((m) => m[1]));
      const seconds = new Set(coded.map((m) => m[2]));
      const yearFirst = firsts.size === 1 && seconds.size === coded.length;
      const yearLast = seconds.size === 1 && firsts.size === coded.length;
      for (const m of yearFirst || yearLast ? coded : []) {
        if (m.index === undefined || !m[1] || !m[2] || found.some((f) => (m.index ?? 0) >= f.start - 2 && (m.index ?? 0) < f.headEnd)) continue;
        const title = runOnTitle(b.text.slice(m.index + m[0].length), m[0].includes('.'));
        if (!title) continue;
        const headEnd = m.index + m[0].length + title.length;
        found.push({ block: i, start: m.index, headEnd, restFrom: headEnd, num: Number(yearFirst ? m[2] : m[1]), caps: 'code', key: yearFirst ? `Y|${m[1]}` : `S|${m[2]}` });
      }
    }
    // "237/04/08 Apologies for absence Mr Peter Banks, … 238/04/08 Declarations of interest …": the minute's number, then the
    // month and year of the meeting, the same in each; three or more numbered one after another.
    // (Not where the headings were found before their numbers: "FINANCE 416/01/18 …" — a reference in the text is no heading.)
    const dated = b.text.length >= 200 && b.text.includes('/') && !found.some((f) => f.caps === 'code') ? [...b.text.matchAll(MONTH_YEAR_CODE_HEAD_RE)] : [];
    if (dated.length >= 3 && new Set(dated.map((m) => m[2])).size === 1) {
      for (const m of dated) {
        if (m.index === undefined || !m[1] || !m[2] || found.some((f) => (m.index ?? 0) >= f.start - 2 && (m.index ?? 0) < f.headEnd)) continue;
        const title = runOnTitle(b.text.slice(m.index + m[0].length));
        if (!title) continue;
        const headEnd = m.index + m[0].length + title.length;
        found.push({ block: i, start: m.index, headEnd, restFrom: headEnd, num: Number(m[1]), caps: 'code', key: `MY|${m[2]}` });
      }
    }
    // "… (holiday) C1. Former Councillor Dan Moore Cllr Adam advised … C2. Police Report No Police …": a committee's letter
    // before each minute's number; three or more with the same letter, numbered one after another.
    for (const m of b.text.length >= 400 ? b.text.matchAll(LETTERED_HEAD_RE) : []) {
      if (m.index === undefined || !m[1] || !m[2] || found.some((f) => Math.abs(f.start - (m.index ?? 0)) < 3)) continue;
      const after = b.text.slice(m.index + m[0].length);
      const title = headingBeforeDash(after)?.heading ?? runOnTitle(after, true);
      if (!title) continue;
      const headEnd = m.index + m[0].length + title.length;
      found.push({ block: i, start: m.index, headEnd, restFrom: headEnd, num: Number(m[2]), caps: 'code', key: `L|${m[1]}`, heading: `${m[1]}${m[2]} ${title.replace(/\s*\.$/, '')}` });
    }
    for (const m of b.text.length >= 400 ? b.text.matchAll(SEQ_HEAD_RE) : []) {
      // (A heading ending in a colon is a link in a numbered chain too: "… 2. Declaration of Members Interest. Cllr … 3.
      // Approve the Minutes of the Meeting of 5th July 2018: The minutes … 4. Outstanding Actions. …".)
      if (m.index === undefined || !m[1] || found.some((f) => Math.abs(f.start - (m.index ?? 0)) < 3 && f.caps !== 'colon')) continue;
      const after = b.text.slice(m.index + m[0].length);
      // ("2830 Personal Matters – none …": a dash may end the heading, as in a numbered paragraph of its own.)
      const dashed = headingBeforeDash(after);
      const title = dashed?.heading ?? runOnTitle(after);
      if (!title || /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(title)) continue;
      const strict = AFTER_SENTENCE_RE.test(b.text.slice(Math.max(0, m.index - 3), m.index));
      const dotted = b.text.charAt(m.index + m[1].length) === '.';
      // ("2833 At 7.30 pm, with the arrival of the Guest Speaker …": a sentence's first word is no heading; the number
      // alone starts the minute.)
      if (/^(?:At|On|In|By|For|With|After|Before|During|Following)$/.test(title)) {
        found.push({ block: i, start: m.index, headEnd: m.index + m[0].length, num: Number(m[1]), caps: 'seq', strict, dotted, heading: m[1] });
        continue;
      }
      const headEnd = m.index + m[0].length + title.length;
      const restFrom = dashed ? m.index + m[0].length + dashed.length : after.startsWith(`${title}:`) ? m.index + m[0].length : headEnd;
      found.push({ block: i, start: m.index, headEnd, restFrom, num: Number(m[1]), caps: 'seq', strict, dotted, ...(STANDARD_START_RE.test(title) ? { standard: true } : {}) });
    }
    const lead = found.length === 0 && b.text.length < 2000 ? LEAD_HEAD_RE.exec(b.text) : null;
    if (lead && lead[1] && lead[2] && !/\s(?:of|and|for|the|to|in|on|&)$/.test(lead[2])) {
      found.push({ block: i, start: 0, headEnd: lead[0].length, num: Number(lead[1]), caps: 'lead' });
    }
    cuts.push(...found.sort((x, y) => x.start - y.start));
  }
  // Keep runs of headings numbered one after another (in order through the document).
  const kept: Cut[] = [];
  let run: Cut[] = [];
  const close = () => {
    // Two capitals headings are enough when they are the first two ("1. DECLARATIONS OF INTEREST … 2. APPOINTMENT OF …").
    // Or when both carry the year after a slash ("121/14 …", "122/14 …"), a number no sentence holds.
    const firstTwo = run.length === 2 && run[0]?.caps === true && (run[0].num === 1 || run.every((c) => c.key !== undefined));
    // Or when the second opens a paragraph of its own ("… Darren Williams and Woodman 83 : APOLOGIES FOR ABSENCE …" / "84 :
    // DECLARATIONS OF INTEREST …"): the page's own paragraphs show how it numbers its minutes.
    const nextOpens = run.length === 2 && run[0]?.caps === true && run[1]?.caps === true && run[1].start === 0 && run[0].block < run[1].block && run[0].start > 0;
    if (run.length >= 3 || firstTwo || nextOpens || (run.length >= 2 && run.every((c) => c.caps === false || c.caps === 'lead' || c.caps === 'code'))) kept.push(...run);
    run = [];
  };
  kept.push(...sequenceRun(cuts.filter((c) => c.caps === 'seq')));
  for (const c of cuts.filter((c) => c.caps !== 'seq')) {
    const last = run[run.length - 1];
    if (last && c.num === last.num + 1 && c.caps === last.caps && c.key === last.key) run.push(c);
    else {
      close();
      run = [c];
    }
  }
  close();
  // (A block whose headings another reading kept is left to it.)
  kept.push(...decimalRunCuts(blocks, kept));
  // (A heading two readings kept, a chain's link and a colon's, is cut once, where its colon ends it: "2. Minutes of meeting
  // held on Tuesday 9th March 2020: Minutes agreed …".)
  return withoutTwins(kept);
}

/** Cuts at one heading found by two readings: the colon's kept, else the first found. */
function withoutTwins(cuts: readonly Cut[]): Cut[] {
  const order = new Map(cuts.map((c, k) => [c, k]));
  const sorted = [...cuts].sort((a, b) => a.block - b.block || a.start - b.start);
  const dropped = new Set<Cut>();
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1] as Cut;
    const b = sorted[k] as Cut;
    if (a.block !== b.block || b.start - a.start >= 3 || dropped.has(a)) continue;
    const keepA = a.caps === 'colon' || (b.caps !== 'colon' && (order.get(a) ?? 0) < (order.get(b) ?? 0));
    dropped.add(keepA ? b : a);
    if (!keepA) sorted[k - 1] = b;
  }
  return cuts.filter((c) => !dropped.has(c));
}

/**
 * "1.00 SEDERUNT Pippa Swan … 1.01 Apologies - … 1.02 Welcome – … 2.00 MINUTES OF MEETING – 15th April 2.01 Amendments …
 * 3.00 POLICE REPORT …": minutes numbered with two decimal places, run into one paragraph. Four or more numbers in order
 * (the places counting up by one, or the whole number up by one and the places back to 00 or 01), over at least two whole
 * numbers, each before a capitalised word: a numbering no prose holds. Each is a heading, its title read as runOnTitle reads.
 */
const DECIMAL_HEAD_RE = /(?<=^|\s)(\d{1,2})\.(\d{2})\s+(?=\p{Lu})/gu;

function decimalRunCuts(blocks: readonly Block[], taken: readonly Cut[]): Cut[] {
  const out: Cut[] = [];
  blocks.forEach((b, i) => {
    if (b.bullet || b.text.length < 400 || b.text.length > 200000 || taken.some((c) => c.block === i)) return;
    let chain: { m: RegExpMatchArray; major: number; minor: number }[] = [];
    let best: typeof chain = [];
    for (const m of b.text.matchAll(DECIMAL_HEAD_RE)) {
      const major = Number(m[1]);
      const minor = Number(m[2]);
      const last = chain[chain.length - 1];
      const follows = !!last && ((major === last.major && minor === last.minor + 1) || (major === last.major + 1 && minor <= 1));
      chain = follows ? [...chain, { m, major, minor }] : [{ m, major, minor }];
      if (chain.length > best.length) best = chain;
    }
    if (best.length < 4 || new Set(best.map((c) => c.major)).size < 2) return;
    for (const { m } of best) {
      const start = m.index ?? 0;
      const after = b.text.slice(start + m[0].length);
      // ("1.01 Apologies - George Roberts …", "2.00 MINUTES OF MEETING – 15th April 2.01 …": a dash ends a short heading.)
      const dashed = headingBeforeDash(after);
      // ("1.00 SEDERUNT Pippa Swan (PS) …": a heading in capitals ends where title case begins.)
      const capitals = /^((?:[\p{Lu}’'&]{2,}\s+)*[\p{Lu}’'&]{3,})\s+(?=\p{Lu}\p{Ll})/u.exec(after);
      const read = dashed?.heading ?? capitals?.[1] ?? runOnTitle(after);
      // ("3.00 POLICE REPORT 3.01 JB had …": the next number is not part of the heading.)
      const title = read?.replace(/\s+\d{1,2}\.\d{2}(?:\s.*)?$/, '');
      if (!title) continue;
      const headEnd = start + m[0].length + title.length;
      out.push({ block: i, start, headEnd, restFrom: dashed?.heading === title ? start + m[0].length + dashed.length : headEnd, num: Number(m[1]) * 100 + Number(m[2]), caps: 'code', key: 'decimal', heading: `${m[1]}.${m[2]} ${title.trim()}` });
    }
  });
  return out;
}

/**
 * "… NORTH COUNCIL PRESENT Councillor Curley, Provost; … CHAIR Councillor Curley presided. IN ATTENDANCE The Chief
 * Executive … APOLOGIES Councillors … DECLARATIONS OF INTEREST …": a printed page whose lines were all run into one,
 * its section labels in capitals. Cut before each label when at least three of them stand in one paragraph.
 */
const CAPS_LABEL_RE = /(?<=\s)(PRESENT|IN\s+ATTENDANCE|ALSO\s+PRESENT|APOLOGIES(?:\s+FOR\s+ABSENCE)?(?:\s+(?:WERE\s+)?RECEIVED\s+FROM)?|CHAIR|DECLARATIONS?\s+OF\s+INTERESTS?(?:\s+(?!\d{1,3}\.\s)[\p{Lu}\d.,()’'&-]+(?:\s+(?!\d{1,3}\.\s)[\p{Lu}\d.,()’'&-]+)*)?)(?=:?\s+(?:\p{Lu}\p{Ll}|\d{1,3}\.\s))/gu;

/**
 * "… Perth on Tuesday 23 June 2009 at 10.30am. Present: Councillor A (Angus Council); … In Attendance: B (Director); …":
 * attendance labels with their colons, each after a sentence's end, run into one paragraph. Cut before each when two
 * different labels are there.
 */
// ("In Attendance:", "Also Present:" with their colon need no sentence's end before them:
// "… Councillor Fergus WOOD In Attendance: Jim Boyle, …".)
// ("… DISTRIBUTION : To all Council Members Present: W. Greer, R. Fraser, …": "Present:" before a member's initials or
// title needs no full stop before it.)
const COLON_LABEL_RE = /(?:(?<=[.;]\s+)(?:Present|Members\s+Present|Officers(?:\s+(?:Present|in\s+Attendance))?|Apologies(?:\s+for\s+Absence)?)|(?<=\S\s+)(?:In\s+[Aa]ttendance|Also\s+(?:Present|in\s+Attendance))|(?<=\S\s+)(?<!\b(?:Officials|Officers|Staff|Others|Also|Public|Press|Guests|Visitors)\s+)Present(?=\s*:-?\s+(?:(?:[A-Z]\.\s?){1,3}[A-Z][a-z]|(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\.?\s)))\s*:-?\s+(?=\S)/g;

/** A label within the paragraph's first 600 characters, with the heading's date before it. */
function afterDatedHeading(text: string, index: number | undefined): boolean {
  return index !== undefined && index < 600 && findDate(text.slice(0, index)) !== null;
}

function splitColonLabels(b: Block): Block[] | null {
  const found = [...b.text.matchAll(COLON_LABEL_RE)];
  // One label is enough straight after the heading's dated sentence ("… on Tuesday, 16 December 2014 at 2.00pm. Present:- …").
  const first0 = found[0];
  // ("… HELD ON: Thursday 23rd July 2020 Held via Zoom In attendance: Cllr G Seeley (Chairman) Cllr C Wood …": the same.)
  const afterHeading = !!first0 && /present|attendance/i.test(first0[0]) && afterDatedHeading(b.text, first0.index);
  if (!afterHeading && new Set(found.map((m) => m[0].split(/[\s:]/)[0])).size < 2) return null;
  const out: Block[] = [];
  const first = b.text.slice(0, found[0]?.index ?? 0).trim();
  if (first) out.push({ ...b, text: first });
  found.forEach((m, k) => {
    const text = b.text.slice(m.index ?? 0, found[k + 1]?.index ?? b.text.length).trim();
    if (text) out.push({ ...b, text });
  });
  return out;
}

/** "63/07 - " or "304 " just before a section label: the minute's number, after a sentence's end or the line's start. */
const MINUTE_NUMBER_BEFORE_RE = /(?:^|[.!?:;)]\s+)(\d{1,4}(?:\/\d{2,4})?)\s*(?:[-–—.:]\s*)?$/;

function splitCapsLabels(blocks: readonly Block[]): readonly Block[] {
  let changed = false;
  const out: Block[] = [];
  for (const b of blocks) {
    const found = b.text.length >= 300 && b.text.length <= 200000 ? [...b.text.matchAll(CAPS_LABEL_RE)] : [];
    const labels = new Set(found.map((m) => m[1]!.split(/\s+/)[0]));
    // Two labels are enough when "PRESENT" follows the heading's dated sentence ("… 27 June 2007 at 10.00 a.m. PRESENT
    // Councillor A (Chairman), B, … ALSO PRESENT …").
    const first0 = found[0];
    const afterHeading = labels.size === 2 && !labels.has('DECLARATIONS') && !labels.has('DECLARATION') && first0?.[1] === 'PRESENT' && afterDatedHeading(b.text, first0.index);
    if (labels.size < 3 && !afterHeading) {
      const labelled = b.text.length >= 300 && b.text.length <= 200000 ? splitColonLabels(b) : null;
      if (labelled) changed = true;
      out.push(...(labelled ?? [b]));
      continue;
    }
    changed = true;
    // "… in prayer. 63/07 - APOLOGIES FOR ABSENCE: …": a minute's number printed before its label goes with it.
    const numbers = found.map((m) => MINUTE_NUMBER_BEFORE_RE.exec(b.text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0)));
    const startOf = (k: number) => (found[k]?.index ?? b.text.length) - (numbers[k]?.[0].trimStart().length ?? 0);
    // A label and what follows it, to the next label, become "LABEL: text" as a labelled page prints them; a
    // declarations heading stands on its own line, as the section it is.
    const first = b.text.slice(0, startOf(0)).trim();
    if (first) out.push({ ...b, text: first });
    found.forEach((m, k) => {
      const number = numbers[k]?.[1];
      const label = `${number ? `${number} ` : ''}${m[1]!.replace(/\s+/g, ' ')}`;
      // "PRESENT: In the Chair: …": a label printed with its colon keeps one.
      const text = b.text.slice((m.index ?? 0) + m[0].length, k + 1 < found.length ? startOf(k + 1) : b.text.length).trim().replace(/^:\s*/, '');
      if (/^(?:\S+\s)?DECLARATION/.test(label)) {
        out.push({ ...b, text: label });
        if (text) out.push({ ...b, text });
      } else out.push({ ...b, text: `${label}: ${text}` });
    });
  }
  return changed ? out : blocks;
}

/**
 * "… A G E N D A 1. Prayer 2. Apologies 3. Declarations of Interest … 8. Minutes of Committees 8.1. Planning Committee …":
 * an agenda run onto one line after its "AGENDA" word. Cut before each number of the run (with its sub-numbers) when at
 * least four follow one another from 1.
 */
// "… for the purpose of transacting the following business:- 1. To approve …": a summons's own words before the run.
// ("Agenda Page nos 1 Handover …": a table's column heads after the word.)
const AGENDA_WORD_RE = /\b(?:A\s?G\s?E\s?N\s?D\s?A|AGENDA|Agenda|BUSINESS|(?<=following\s)business)(?:\s+(?:Page\s+nos?\.?|Pages?|Item\s+No\.?))?\s*(?::-?|[-–—])?\s+(?=1\.?\s+\p{Lu})/u;
const RUN_NUMBER_RE = /(?<=\s)(\d{1,2})((?:\.\d{1,2}){0,2})\.?\s+(?=\p{Lu}|\()/gu;

/**
 * "… Introduction 1. To receive apologies for absence 2. Chairman’s announcements 3. Introduction of members …",
 * "AGENDA 394. To … 395. Apologies for absence. 396. Notification …": an agenda's list run into one line without the
 * word "Agenda" just before it. Four or more numbers, each with its full stop and the next in order, each entry short
 * (a list, not numbered paragraphs of minutes); the cuts, or null.
 */
const DOTTED_NUMBER_RE = /(?<=\s)(\d{1,3})\.\s+(?=\p{Lu}|\()/gu;
const MAX_ENTRY = 400;
const MINUTED_RE = /\b(?:was|were|had|RESOLVED|[Rr]esolved|[Aa]greed|[Nn]oted|[Rr]eported|[Dd]eclared|[Ww]elcomed|[Tt]hanked|[Ee]xplained|[Aa]dvised)\b/;

function shortNumberedRun(text: string): number[] | null {
  const found = [...text.matchAll(DOTTED_NUMBER_RE)].map((m) => ({ at: m.index ?? 0, n: Number(m[1]) }));
  for (let i = 0; i < found.length; i++) {
    const chain = [found[i]!];
    // ("… 2. Acceptance of Minutes The minutes … were proposed … and agreed. 3. Declarations of Interest – … 4. …": a run
    // that carries on from an entry that tells what happened is the rest of the minutes, not an agenda's list.)
    const before = found.slice(0, i).reverse().find((f) => f.n === found[i]!.n - 1 && found[i]!.at - f.at <= MAX_ENTRY * 3);
    if (before && MINUTED_RE.test(text.slice(before.at, found[i]!.at))) continue;
    for (let k = i + 1; k < found.length; k++) {
      const last = chain[chain.length - 1]!;
      if (found[k]!.at - last.at > MAX_ENTRY) break;
      // An entry that tells what happened ("Apologies were received", "RESOLVED that …") is a minute, not an agenda's line.
      if (found[k]!.n === last.n + 1) {
        // ("1. Apologies ...... 2 2. Adoption of Minutes ...... 2": a table of contents, its page numbers after dot leaders.)
        const entry = text.slice(last.at, found[k]!.at);
        if (MINUTED_RE.test(entry) || /\.{4,}|…{2,}/.test(entry)) break;
        chain.push(found[k]!);
      }
    }
    if (chain.length >= 4) return chain.map((c) => c.at);
  }
  return null;
}

function splitAgendaRun(blocks: readonly Block[]): readonly Block[] {
  let changed = false;
  const out: Block[] = [];
  for (const b of blocks) {
    const start = b.text.length >= 200 && b.text.length <= 100000 ? AGENDA_WORD_RE.exec(b.text) : null;
    if (!start) {
      const run = b.text.length >= 200 && b.text.length <= 100000 ? shortNumberedRun(b.text) : null;
      if (run && registerRows(b.text, run.map((start) => ({ start }))).length > 0) {
        changed = true;
        const before = b.text.slice(0, run[0]).trim();
        if (before) out.push({ ...b, text: before });
        run.forEach((c, k) => {
          const text = b.text.slice(c, run[k + 1] ?? b.text.length).trim();
          if (text) out.push({ ...b, text });
        });
        continue;
      }
      out.push(b);
      continue;
    }
    const from = start.index + start[0].length;
    const cuts: number[] = [from];
    let top = 1;
    for (const m of b.text.slice(from - 1).matchAll(RUN_NUMBER_RE)) {
      const at = from - 1 + (m.index ?? 0);
      if (at <= from) continue;
      const main = Number(m[1]);
      if (m[2] && main === top) cuts.push(at);
      else if (!m[2] && main === top + 1) {
        cuts.push(at);
        top = main;
      }
    }
    if (top < 4) {
      out.push(b);
      continue;
    }
    changed = true;
    const before = b.text.slice(0, from).trim();
    if (before) out.push({ ...b, text: before });
    cuts.forEach((c, k) => {
      const text = b.text.slice(c, cuts[k + 1] ?? b.text.length).trim();
      if (text) out.push(...agendaEntry(b, text));
    });
  }
  return changed ? out : blocks;
}

/** "5 Greater Norwich Infrastructure Plan 2021 9 - 106 Phil Courtier, Director …": the title, then the pack's pages. */
const ENTRY_PAGES_RE = /^(\d{1,2}(?:\.\d{1,2}){0,2}\.?)\s+(\p{Lu}.{1,120}?)\s+(\d{1,4})\s*[-–]\s*(\d{1,4})(?=\s|$)/u;
const ENTRY_NUMBER_RE = /^(\d{1,2}(?:\.\d{1,2}){0,2}\.?)\s+/;

/**
 * One entry of an agenda run into a line ("3 Declarations of interest (Please note that …)"), as its heading over its
 * text: the title ends at the pack's page numbers, else (in a long entry) where runOnTitle ends it. An entry that reads
 * on as a sentence ("1. Apologies were received …": minutes after all) is left whole.
 */
function agendaEntry(b: Block, text: string): Block[] {
  const paged = ENTRY_PAGES_RE.exec(text);
  if (paged?.[1] && paged[2] && Number(paged[3]) <= Number(paged[4])) {
    const rest = text.slice(paged[0].length).trim();
    return [{ ...b, text: `${paged[1]} ${paged[2]}` }, ...(rest ? [{ ...b, text: rest }] : [])];
  }
  const number = ENTRY_NUMBER_RE.exec(text);
  const after = number ? text.slice(number[0].length) : '';
  const title = after ? runOnTitle(after) : null;
  // ("2 Apologies for Absence. To approve and sign the following minutes: -": the heading's stop goes with it.)
  const rest = title ? after.slice(title.length).replace(/^\s*[.:;,–-]?\s*/, '') : '';
  // (An entry of a few words more is its heading as it stands: "7 Welsh Language Standards: Annual Monitoring Report
  // 2017-2018.", "5 Performance Management - Presentation.")
  // The title is sure only where standard business opens the entry, a note in brackets follows it, or its first word
  // opens the sentence after it ("1 Handover Handover of chair from …"); elsewhere the items reader judges the line.
  const sure = !!title && (STANDARD_START_RE.test(after) || rest.startsWith('(') || rest.split(/\s+/, 1)[0]?.toLowerCase() === title.split(/\s+/, 1)[0]?.toLowerCase());
  if (!number?.[1] || !title || !sure || rest.split(/\s+/).length < 6 || !/^[\p{Lu}(\d]/u.test(rest)) return [{ ...b, text }];
  return [{ ...b, text: `${number[1]} ${title}` }, { ...b, text: rest }];
}

/**
 * "PROVOST'S REMARKS 2. The Provost began …": a heading in capitals printed in the margin, the minute's number opening
 * its text. Rewritten as "2. PROVOST'S REMARKS" over the text, when two or more such paragraphs are numbered one
 * after another.
 */
const MARGIN_HEAD_RE = /^(?!(?:RESOLVED|AGREED|NOTED|DECISION|DECIDED|RECOMMENDED)\b)((?=[^\p{Ll}]*\p{Lu}{3})[\p{Lu}\d’'&:,()/-]+(?:\s+[\p{Lu}\d’'&:,()/-]+){0,12})\s+(\d{1,3})\.\s+(?=\p{Lu}\p{Ll})/u;

function splitMarginHeadings(blocks: readonly Block[]): readonly Block[] {
  const found = blocks.map((b) => (b.bullet || b.text.length > 20000 ? null : MARGIN_HEAD_RE.exec(b.text)));
  const numbers = found.flatMap((m) => (m?.[2] ? [Number(m[2])] : []));
  if (numbers.length < 2 || !numbers.every((n, k) => k === 0 || n === (numbers[k - 1] ?? 0) + 1)) return blocks;
  const out: Block[] = [];
  blocks.forEach((b, k) => {
    const m = found[k];
    if (!m?.[1] || !m[2]) {
      out.push(b);
      return;
    }
    out.push({ ...b, text: `${m[2]}. ${m[1].replace(/:$/, '')}` });
    out.push({ ...b, text: b.text.slice(m[0].length) });
  });
  return out;
}

/**
 * "… offered prayers at the commencement of the meeting. BEREAVEMENT The Chairman referred to … CORPORATE HEALTH STANDARD
 * The Lead Member …", "… on the above date. MINUTES: The minutes of … MATTERS ARISING: …": unnumbered headings in
 * capitals, each after a sentence's end, run into one paragraph. Cut before each when three or more stand there. A
 * heading never ends in a lone capital: "PRESENT D Body Esq." is a label and a member's initial.
 */
const UNNUMBERED_CAPS_HEAD_RE = /(?<=[.!?)]\s+)(?!(?:RESOLVED|AGREED|NOTED|DECISION|DECIDED|RECOMMENDED|PROPOSED|SECONDED|ACTION|NB|PS)\b)((?=[^\p{Ll}]*\p{Lu}{4})\p{Lu}[\p{Lu}’'&,()/–-]*(?:\s+[\p{Lu}\d’'&,()/–-]+){0,10})(?<!\s\p{Lu})(?::\s+|\s+(?=\p{Lu}\p{Ll}|(?:A|I)\s))/gu;

function splitUnnumberedCapsHeadings(blocks: readonly Block[]): readonly Block[] {
  // Counted over the page: the attendance labels may already have cut the paragraph into parts.
  const hits = blocks.map((b) => (!b.bullet && b.text.length >= 200 && b.text.length <= 200000 ? [...b.text.matchAll(UNNUMBERED_CAPS_HEAD_RE)] : []));
  if (hits.reduce((n, h) => n + h.length, 0) < 3) return blocks;
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    const found = hits[i] ?? [];
    if (found.length === 0) {
      out.push(b);
      return;
    }
    // "… to the Board. 457. APOLOGIES FOR ABSENCE Apologies were …": a minute's number before the heading is the heading's.
    const numberBefore = (m: RegExpMatchArray): string => /(?<=(?:^|[.!?)])\s+)\d{1,5}(?:\/\d{1,4})?\.?\s+$/.exec(b.text.slice(Math.max(0, (m.index ?? 0) - 16), m.index))?.[0] ?? '';
    const startOf = (m: RegExpMatchArray | undefined): number => (m ? (m.index ?? 0) - numberBefore(m).length : b.text.length);
    const first = b.text.slice(0, startOf(found[0])).trim();
    if (first) out.push({ ...b, text: first });
    found.forEach((m, k) => {
      out.push({ ...b, text: `${numberBefore(m)}${(m[1] ?? '').trim()}`.trim() });
      const text = b.text.slice((m.index ?? 0) + m[0].length, startOf(found[k + 1])).trim();
      if (text) out.push({ ...b, text });
    });
  });
  return out;
}

/**
 * "Apologies for absence" / "18/1 There were none.", "Declarations of Interest" / "18/2 There were none.": a heading in
 * ordinary case on its own line, the minute's coded number opening the paragraph under it (or run on after the heading:
 * "Minutes of meeting held on 4 December 2017 18/3 The minutes …"). Rewritten as "18/1 Apologies for absence" over the
 * paragraph, when two or more such headings come in the numbers' order.
 */
const CODED_PARAGRAPH_RE = /^(\d{1,4})\/(\d{1,3})\s+(?=\p{Lu})/u;
const HEADING_THEN_CODED_RE = /^(\p{Lu}(?:[^.:;!?]|(?<=\bNo)\.){2,100}?)\s+(\d{1,4})\/(\d{1,3})\s+(?=\p{Lu})/u;
function headingsOverNumbers(blocks: readonly Block[]): readonly Block[] {
  /** Block index → [heading, number, the rest]; the heading on the line above when `above` is set. */
  const found = new Map<number, { heading: string; number: string; rest: string; above: boolean }>();
  let prev: [number, number] | null = null;
  const inOrder = (a: number, b: number) => !prev || (a === prev[0] && b > prev[1]);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    if (b.bullet) continue;
    const above = k > 0 ? (blocks[k - 1] as Block) : null;
    const m = CODED_PARAGRAPH_RE.exec(b.text);
    // (The paragraph is the minute, a sentence: "06/225   Apologies for absence" under a list of names is a heading itself.)
    const sentence = m ? /[.!?]["'”’)]?$/.test(b.text) && b.text.slice(m[0].length).split(/\s+/).length >= 3 : false;
    if (m?.[1] && m[2] && sentence && above && !above.bullet && !/^(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?)\.?\s/.test(above.text) && above.text.length <= 120 && !/[.:;,]$/.test(above.text) && !/^\d/.test(above.text) && /^\p{Lu}/u.test(above.text) && above.text.split(/\s+/).length <= 14 && !found.has(k - 1)) {
      if (!inOrder(Number(m[1]), Number(m[2]))) return blocks;
      found.set(k, { heading: above.text.trim(), number: `${m[1]}/${m[2]}`, rest: b.text.slice(m[0].length), above: true });
      prev = [Number(m[1]), Number(m[2])];
      continue;
    }
    const j = HEADING_THEN_CODED_RE.exec(b.text);
    if (j?.[1] && j[2] && j[3] && j[1].split(/\s+/).length <= 14 && prev && inOrder(Number(j[2]), Number(j[3]))) {
      found.set(k, { heading: j[1].trim(), number: `${j[2]}/${j[3]}`, rest: b.text.slice(j[0].length), above: false });
      prev = [Number(j[2]), Number(j[3])];
    }
  }
  if ([...found.values()].filter((f) => f.above).length < 2) return blocks;
  const out: Block[] = [];
  blocks.forEach((b, k) => {
    if (found.get(k + 1)?.above) return;
    const f = found.get(k);
    if (!f) {
      out.push(b);
      return;
    }
    out.push({ ...b, text: `${f.number} ${f.heading}` });
    out.push({ ...b, text: f.rest });
  });
  return out;
}

/**
 * "69/17 Previous Minutes. The minutes of the meeting held on …" / "70/17 Matters arising 58/15/1b Provision of …": each
 * minute a paragraph of its own, opening with its number and the year ("68 /17" with a stray space), its heading run
 * into its first sentence. Where two or more paragraphs open so, numbered one after another with the same year, each
 * heading is set on its own line as the page printed it.
 */
const YEAR_CODED_START_RE = /^(\d{1,4})(\s?\/\s?)(\d{2})\s+(?=\p{Lu})/u;
/** "12.043 Seminar: feedback The Chairman …": the council year first, then the minute's number in three figures. */
// ("ACTION 12.042 Apologies …": an action column's heading copied before the first.)
const YEAR_FIRST_START_RE = /^(?:ACTION\s+)?(\d{2})\.(\d{3})\s+(?=\p{Lu})/u;

/** A paragraph's opening minute code: its number in the run, the part that stays the same, and the code as printed. */
function codedStart(text: string): { m: RegExpExecArray; seq: number; key: string; code: string } | null {
  const last = YEAR_CODED_START_RE.exec(text);
  if (last?.[1] && last[3]) return { m: last, seq: Number(last[1]), key: `/${last[3]}`, code: `${last[1]}/${last[3]}` };
  const first = YEAR_FIRST_START_RE.exec(text);
  if (first?.[1] && first[2]) return { m: first, seq: Number(first[2]), key: `${first[1]}.`, code: `${first[1]}.${first[2]}` };
  return null;
}

function splitYearCodedParagraphs(blocks: readonly Block[]): readonly Block[] {
  const starts = blocks
    .map((b, k) => ({ k, c: !b.bullet ? codedStart(b.text) : null }))
    .filter((x): x is { k: number; c: NonNullable<ReturnType<typeof codedStart>> } => x.c !== null);
  const chained = new Set<number>();
  for (let s = 1; s < starts.length; s++) {
    const a = starts[s - 1] as (typeof starts)[number];
    const b = starts[s] as (typeof starts)[number];
    if (a.c.key === b.c.key && b.c.seq === a.c.seq + 1) {
      chained.add(a.k);
      chained.add(b.k);
    }
  }
  // (Only where some minute runs on into its text: headings on lines of their own are read as they are.)
  if (chained.size < 2 || ![...chained].some((k) => (blocks[k]?.text.length ?? 0) > 200)) return blocks;
  const out: Block[] = [];
  blocks.forEach((b, k) => {
    const c = chained.has(k) ? codedStart(b.text) : null;
    const rest = c ? b.text.slice(c.m[0].length) : '';
    const title = c ? (headingBeforeDash(rest)?.heading ?? runOnTitle(rest)) : null;
    if (!c || !title) {
      out.push(b);
      return;
    }
    // ("68 /17": the number as the page meant it; "Previous Minutes.": a heading's full stop is not part of it.)
    out.push({ ...b, text: `${c.code} ${title.replace(/\s*\.$/, '')}` });
    const after = rest.slice(title.length).replace(/^\s*[.:–—-]?\s*/, '').trim();
    if (after) out.push({ ...b, text: after });
  });
  return out;
}

export function splitRunOnHeadings(input: readonly Block[]): readonly Block[] {
  const blocks = splitYearCodedParagraphs(headingsOverNumbers(splitMarginHeadings(splitAgendaRun(splitCapsLabels(input)))));
  const cuts = findCuts(blocks);
  if (cuts.length === 0) return splitUnnumberedCapsHeadings(blocks);
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const here = registerRows(b.text, cuts.filter((c) => c.block === i));
    if (here.length === 0) {
      out.push(b);
      continue;
    }
    let at = 0;
    for (const [n, found] of here.entries()) {
      // ("1 Apologies for Absence 2 Declarations of Interest The Clerk …": a heading ends where the next one starts.)
      const next = here[n + 1];
      const c = next && next.start < found.headEnd ? { ...found, headEnd: next.start, restFrom: next.start } : found;
      const before = b.text.slice(at, c.start).trim();
      for (const part of resolvedApart(before)) out.push({ ...b, text: part });
      const heading = b.text.slice(c.start, c.headEnd).trim();
      // "12/007 DECLARATIONS OF INTEREST CLLR Mrs WILSON: …": a member's title in capitals (or a table's "ACTION" column)
      // ends the capitals run but is no part of the heading; the title goes back to the minute.
      // ("05.17/18 REPORT FROM THE UNITARY COUNCILLOR No Unitary Councillor present": the title's own last word, before a
      // sentence rather than a member's name.)
      const tail = !c.heading && (c.restFrom === undefined || c.restFrom === c.headEnd) && !/^\s*(?:No|None|The|There|This|It|A|An)\s/.test(b.text.slice(c.headEnd)) ? /\s+(CLLRS?|COUNCILLORS?|ACTION)$/u.exec(heading) : null;
      // "2. Apologies:" stands as the heading "2. Apologies", as a page that printed it on its own line would show it.
      out.push({ ...b, text: c.heading ?? (c.caps === 'colon' ? heading.replace(/\s*:$/, '').replace(/^(\d{1,3}\))(?=\S)/, '$1 ') : tail ? heading.slice(0, tail.index) : heading) });
      at = tail?.[1] && tail[1] !== 'ACTION' ? b.text.lastIndexOf(tail[1], c.headEnd) : (c.restFrom ?? c.headEnd);
    }
    const after = b.text.slice(at).trim();
    for (const part of resolvedApart(after)) out.push({ ...b, text: part });
  }
  return out;
}

/**
 * "C5.a Town Council Meeting held on 19 March 2012 Resolved: that the Minutes …": in a minute cut from a run-on line,
 * the decision's label mid-text starts a paragraph, as it did on the page (not "It was Resolved: …", one sentence).
 */
const MID_RESOLVED_RE = /(?<!\b(?:was|were|it|It|and|be|being|unanimously|then|further|also|therefore|duly)\s+)(?<=\S)\s+(?=(?:Resolved|RESOLVED)\s*:\s+\S)/g;
function resolvedApart(text: string): string[] {
  if (!text) return [];
  if (!/\s(?:Resolved|RESOLVED)\s*:/.test(text)) return [text];
  return text.split(MID_RESOLVED_RE).map((t) => t.trim()).filter(Boolean);
}
