import type { Block } from './blocks';
import { DECISION_HEAD_RE, SECTION_RE } from './blocks';
import type { Header } from './header';
import { isMeetingHeading } from './header';
import { stripDocResidue } from './documents';
import type { ListedDocument } from '../../shared/types/minutes';
import { tableRowDrafts } from './table-rows';
import { findDate } from './dates';
import { ITEM_HEAD_RE, MEMBER_HEAD_RE } from './declaration-lines';
import { agendaWordingTitle } from './run-on';

/** An item as found in the text, before its body is split into agenda and minutes. */
export interface ItemDraft {
  number: string | null;
  title: string;
  titleDoc: Omit<ListedDocument, 'title'> | null;
  body: Block[];
  /** The block where the item's heading is, when the item was found by its heading. */
  start?: number;
}

// "04/20/F&R": the minute, the year, then the committee's letters. "11/PF": the minute, then the committee's letters.
// "11/17:01": the meeting's number in the year, then the item's. "M01/04/21": a letter, the minute, the month and year.
// ("2301/1 OPENING OF THE MEETING": the meeting's number, then the minute's; "50.23-24 Apologies": the minute, then the
// council's year.)
// ("24/09/2.1": a board's year, month and paragraph, its minutes numbered so; "01.06.15" alone on its line: the minute's
// number, then the meeting's month and year; "11.01.127 APOLOGIES": the year, the month, then the year's running number.)
// ("TC.94 APOLOGIES FOR ABSENCE": a body's letters, a point and the minute's number.)
// ("20.7.1 Apologies for Absence": the year, the month and the minute, as some Welsh councils number them.)
const NUM_CORE = '(?:2\\d\\.(?:[1-9]|1[0-2])\\.\\d{1,2}(?=\\s+[A-Z][a-z])|\\d{2}\\/\\d{2}\\/\\d{1,2}\\.\\d{1,2}(?=[\\s.:|]|$)|\\d{1,4}\\/[A-Z]{1,4}\\/\\d{2,4}(?=[\\s.:]|$)|\\d{1,4}\\/\\d{2}\\/[A-Z][A-Z&]{0,5}(?=[\\s.:]|$)|\\d{1,4}\\/[A-Z]{1,4}(?=[\\s.:]|$)|\\d{1,3}\\.\\d{2}[-–]\\d{2}(?=[\\s.:]|$)|\\d{1,4}\\/\\d{2}:\\d{1,3}(?=[\\s.]|$)|\\d{2}\\/\\d{2}[-–]\\d{1,3}(?=[\\s.:]|$)|\\d{1,4}\\/\\d{2}\\/\\d{2}(?=[\\s.:]|$)|\\d{2}[-–]\\d{2}\\/[A-Z]{1,6}\\/\\d{1,4}(?=[\\s.:]|$)|[A-Z][A-Za-z]{0,11}\\/\\d{1,4}\\/\\d{2}[-–]\\d{2}(?=[\\s.:]|$)|[A-Z]{1,6}\\/\\d{2}[-–]\\d{2}\\/\\d{1,3}(?:\\/\\d{1,3})?(?=[\\s.:]|$)|\\d{1,4}\\.\\d{2}\\/\\d{2}(?=[\\s.:]|$)|\\d{2}\\.\\d{2}\\.\\d{2,3}(?=\\s+[-–—]\\s|[.:]?$|\\s+[A-Z]{2})|\\d{2}\\/\\d(?=\\s+[A-Z]|$)|\\d{3,4}\\/\\d{1,2}(?=\\s+[A-Z])|\\d{2}\\/\\d{1,2}\\/\\d{2,3}(?=\\s+[A-Z])|[A-Z]{2,6}\\.\\d{1,4}\\/\\d{2,4}|[A-Z]\\.\\d{1,5}(?![./]\\d)|(?!NO\\.)[A-Z]{2,4}\\.\\d{1,4}(?![./]\\d)|[A-Z]{1,4}\\d{1,4}\\/\\d{2}\\/\\d{2}(?=[\\s.:]|$)|[A-Z]{1,4}\\s?\\d{1,4}\\/\\d{2,4}|\\d{1,5}[A-Za-z]?|\\d{1,4}\\/\\d{2,4}|[A-Z][A-Za-z]{0,11}\\/\\d{1,4}(?:\\/\\d{1,4})?|[A-Z]{2,6}\\s\\d{1,4}\\/\\d{2,4}|[A-Z]{1,4}\\d{1,4}\\.\\d{2}(?=\\s+[A-Z])|[A-Z]{1,6}\\/\\d{6}\\/\\d{1,3}(?=[\\s.:]|$)|[A-Z]{1,6}\\d{1,4}|\\d{1,4}\\.\\d{1,3}|(?:X{0,3})(?:IX|IV|V?I{0,3})(?=[.:\\s]|$))';
// ("ITEM II – Minutes of Last Meeting": the word in capitals too.)
const ITEM_WORD = '(?:Item|ITEM|Minute|MINUTE|Min\\.?|Minute\\s+No\\.?|Min\\.?\\s+No\\.?|Eitem|Cofnod)';
// "2.a" alone on its line: a ModernGov page's added item between 2 and 3.
// ("1.(i)" over "Minutes": a ModernGov sub-item, its roman numeral in brackets after the item's number.)
const STANDALONE_RE = new RegExp(`^(?:${ITEM_WORD}\\s+)?(${NUM_CORE}|\\d{1,3}\\.[a-h]|\\d{1,3}\\.\\((?:[a-h]|[ivx]{1,4})\\))[.:]?$`);
/** A printed minute number may be followed by the agenda number: "C048/23 1. APOLOGIES", "392/02 2 Title". */
const SECOND_NUM = '(?:\\s+\\d{1,3}\\.?(?=\\s+[A-Z]))?';
// "1. / Welcome": a number and its title from a table copied with " / " between the cells.
// "1/ Members present": a number with a stroke after it, as some parish clerks type them.
// ("83 : APOLOGIES FOR ABSENCE": a colon set apart from the number, as one council's template prints it; "Minute No.
// 112/2018. – Apologies for Absence.": a full stop and a dash.)
const INLINE_RE = new RegExp(`^(?:(${ITEM_WORD})\\s+)?(${NUM_CORE})(\\.?\\s+\\/|\\.\\s+[-–—](?=\\s)|\\.|:-?|\\)|\\s+[-–—]|\\/(?=\\s)|\\s+:-?(?=\\s+[A-Z])|)${SECOND_NUM}\\s+(\\S.{0,300})$`);

const inlineLong = (dot: string) => new RegExp(`^(?:(${ITEM_WORD})\\s+)?(${NUM_CORE})(${dot})\\s+(\\S.*)$`);
const INLINE_LONG_RE = inlineLong('\\.');
/** "Nigel was confirmed as a co-opted appointment": a sentence in the past, its verb near its end, not a heading. */
const MINUTE_SENTENCE_RE = /^(?!To\s)[\p{Lu}\d][^:]{2,120}?\s(?:was|were)\s+(?:duly\s+|unanimously\s+|formally\s+)?(?:re-?)?\p{Ll}+ed\b(?:\s+\S+){0,6}\.?$/u;
/** "11. The Council reviewed …": a minute number, a full stop, and the minute's first sentence. */
const PLAIN_PARAGRAPH_RE = /^(\d{1,3})\.\s+(\S.{9,})$/s;
/** The same with or without the dot ("12 Declarations of Interest Councillors were reminded …"), for a heading run on. */
const INLINE_LONG_ANY_RE = inlineLong('\\.?');
/** "Item 5: Matters arising …" in a long paragraph: the item's word, its number and a colon. */
const ITEM_COLON_LONG_RE = new RegExp(`^(${ITEM_WORD})\\s+(${NUM_CORE})(:)\\s+(\\S.*)$`);

/** Standard agenda business, in English and (cheaply) Welsh. */
export const STANDARD_ITEM_RE = /^(?:apolog|sederunt|approval\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?minutes?\b|police\s+(?:report|matters)\b|declarations?\s+of\s+(?:interest|party whip|(?:[\w'’-]+\s+){1,5}?interests?\b)|(?:the\s+)?minutes\b|(?:confirmation\s+of\s+)?minutes|matters\s+arising|(?:chair(?:man|person)?'?’?s?\s+)?announcements|petitions?|(?:public\s+)?questions|public\s+(?:participation|speaking|forum)|open\s+forum|(?:draft\s+)?work\s+programme|forward\s+(?:plan|work)|any\s+other\s+(?:urgent\s+)?business|urgent\s+(?:business|items?|matters?)|matters?\s+of\s+urgency|exclusion\s+of\s+(?:the\s+)?press|date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|substitut|welcome|election\s+of|appointment\s+of|membership|terms\s+of\s+reference|webcasting|ymddiheuriadau|datganiadau|cofnodion|materion\s+yn\s+codi|unrhyw\s+fater\s+arall)/i;

/** "Declarations of Interest", "Apologies for Absence": words in title case, the small words between them aside. */
const TITLE_CASE_WORDS_RE = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|for|the|to|in|on|if|any|&))*$/u;

export function titleLike(raw: string, relaxed: boolean): boolean {
  const t = raw.trim();
  if (!t || t.length > (relaxed ? 250 : 160)) return false;
  const words = t.split(/\s+/).length;
  if (words > (relaxed ? 30 : 18)) return false;
  if (!/^[A-Z0-9"'‘“([£]/.test(t)) return false;
  if (/[,;:–-]$/.test(t)) return false;
  // A sentence ends with a dot; a printed capitals heading may too ("APOLOGIES FOR ABSENCE.").
  // ("Declarations of Interest.": a standard heading of a few words may end in a full stop too.)
  // ("PC/01/21 Apologies for absence.": the standard business in sentence case, its full stop after it.)
  if (/^(?:Apolog(?:ies|y)(?:\s+for\s+absence)?|Declarations?\s+of\s+interests?|Matters\s+arising|Minutes\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting)\.$/i.test(t)) return true;
  if (!relaxed && /\.$/.test(t) && !/\b(?:etc|Nos?|St|Ltd|Co)\.$/.test(t) && !(/\p{Lu}{3}/u.test(t) && t === t.toUpperCase()) && !(STANDARD_ITEM_RE.test(t) && !/[:;]/.test(t) && t.split(/\s+/).length <= 6 && TITLE_CASE_WORDS_RE.test(t.replace(/[.,]/g, '')))) return false;
  if (DECISION_HEAD_RE.test(t) || SECTION_RE.test(t) || /^(?:RESOLVED|AGREED)\b/.test(t)) return false;
  if (/^That\s/.test(t)) return false;
  // "1.30 PM" alone on a line: the meeting's time, its "PM" no heading.
  if (/^(?:[ap]\.?m\.?|hrs|hours)$/i.test(t)) return false;
  if (/^\[.*\]$/.test(t) || /[.!?]["'”’)\]]$/.test(t)) return false;
  if (/^(?:Councillors?|Cllrs?\.?)\s+\S+.*\b(?:declared|asked|said|stated|noted|left|joined)\b/i.test(t)) return false;
  return true;
}

/** "Application for a licence (report attached)": a note of the papers, not part of the title. */
// "… held Tuesday 1 September 2020 (attached)", "… 8 September 2020 to follow", "Rolling Action Log View papers", "Minute Volume
// issued under separate cover", "Minutes (Ref 1.1 to 1.3)": a note on the papers, not the item's title.
const REPORT_NOTE_RE = /\s*[([]?\b(?:(?:(?:reports?|papers?|cop(?:y|ies))\s+)?(?:attached|to\s+follow|enclosed|herewith)|(?:reports?|papers?|cop(?:y|ies))\s+circulated|to\s+be\s+tabled|view\s+papers|issued\s+under\s+separate\s+cover|ref\.?\s+\d{1,2}(?:\.\d{1,2})?(?:\s+to\s+\d{1,2}(?:\.\d{1,2})?)?)[)\]]?\.?$/i;
/**
 * "Election of Chairman (Item 1) (1)": the agenda item it was and the minute's first paragraph number, printed after the
 * heading when a page's lines ran together; neither is the title.
 */
const ITEM_REF_TAIL_RE = /(?:\s*\((?:agenda\s+)?item\s*(?:no\.?\s*)?[\d.]*[a-z]?\s*\))+(?:\s*\(\d{1,2}\))?$/i;
/** "SYMPATHY (REF: M/21)": the file reference printed after a heading. */
const FILE_REF_RE = /\s*\((?:REF|Ref)\.?\s*:\s*[^()]{1,40}\)$/;
/** "Chair’s report and Committee Feedback Oral", "… CNI 2017 (1) 5": the agenda's note of an oral report, or its paper's code, after the title. */
const AGENDA_ANNOTATION_RE = /\s+(?:\(?(?:Oral|Verbal)(?:\s+(?:report|update))?\)?|\p{Lu}{2,6}\s+\d{4}\s*\(\d{1,2}\)(?:\s+\d{1,2})?)$/u;

/** Words that mark a heading's Welsh side ("APOLOGIES FOR ABSENCE / YMDDIHEURIADAU", "Financial business Busnes Ariannol"). */
const WELSH_HEADING_WORD_RE = /(?:^|\s)(?:Ymddiheuriadau|Cofnodion|Cadarnhau['’]r|Cadarnhau|Datganiadau|Datganiad|Buddiant|Materion\s+yn\s+codi|Adroddiad|Busnes|Gohebiaeth|Ceisiadau\s+Cynllunio|Cynllunio|Taliadau|Cyllid|Unrhyw\s+fater|Heddlu|Croeso|Dyddiad\s+y\s+cyfarfod)(?=\s|$|[,.:;/])/iu;
/**
 * A bilingual heading keeps its English side, as the council's own English page would print it: "APOLOGIES FOR ABSENCE /
 * YMDDIHEURIADAU" and "Ymddiheuriadau / Apologies" both give the English; without the stroke ("Financial business Busnes
 * Ariannol") the Welsh words after two English words or more are cut off. A heading only in Welsh stays as printed.
 */
export function englishSide(title: string): string {
  const parts = title.split(/\s+\/\s+/);
  if (parts.length === 2) {
    const [a = '', b = ''] = parts;
    if (WELSH_HEADING_WORD_RE.test(b) && !WELSH_HEADING_WORD_RE.test(a)) return a;
    if (WELSH_HEADING_WORD_RE.test(a) && !WELSH_HEADING_WORD_RE.test(b)) return b;
    return title;
  }
  const m = WELSH_HEADING_WORD_RE.exec(title);
  if (!m || m.index === undefined) return title;
  const before = title.slice(0, m.index).trim();
  // (Two English words at least before the Welsh, and the English a heading of its own.)
  return before.split(/\s+/).length >= 2 && /[a-z]/i.test(before) && !/\b(?:of|and|the|to|for|&)$/i.test(before) ? before : title;
}

/** "(Agenda Item 4)" before a minute's heading: the agenda's number, not part of the title. */
const AGENDA_REF_RE = /^\((?:agenda\s+)?item\s+(?:no\.?\s*)?\d{1,3}[a-z]?\)\s*/i;
/** "PART 1 – ITEMS CONSIDERED IN PUBLIC", "PART B": a section of the agenda, not an item. */
export const PART_HEADING_RE = /^PART\s+(?:[A-D1-4]|I{1,3}|ONE|TWO|III)\b(?:\s*[-–—:.]\s*.{0,80})?$/i;

/** Lines under an item's heading that say whose report it is: "Report of the Director of Finance", "Presented By: …". */
const AUTHOR_LINE_RE = /^(?:(?:joint\s+)?report\s+(?:of|by|from)\b|presented\s+by\b|(?:lead|contact|responsible)\s+(?:member|officer)\b|officer\s+contact\b|portfolio\s+holder\b|cabinet\s+member\s*:|author\s*:|wards?\s+affected\b)/i;

const ISSUE_MEETING_LINE = /^Meeting:\s*\d{1,2}\/\d{1,2}\/\d{4}\s*[-–—].{2,200}\((?:Item|Eitem)\s+([^)]{1,20})\)\s*$/i;

const PERSON_START_RE = /^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Alderman)(?:\s|$)/;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
/** "IV" → 4: Scottish minutes number their items in Roman numerals. */
function romanValue(num: string): number | null {
  if (!/^[IVX]{1,8}$/.test(num)) return null;
  let total = 0;
  for (let i = 0; i < num.length; i++) {
    const v = ROMAN[num[i] ?? ''] ?? 0;
    total += v < (ROMAN[num[i + 1] ?? ''] ?? 0) ? -v : v;
  }
  return total;
}

/** "13.17/18": minute 13 of the council year 2017/18. */
const YEAR_SUFFIX_RE = /^(\d{1,4})\.(\d{2})\/(\d{2})$/;

/** "Cou/285/07-08": minute 285 of the council year 2007-08; the year's range counts as one year. */
function withoutYearRange(num: string): string {
  // "21/02-3": minute 3 of the meeting of February 2021 (year/month, then the count).
  const monthly = /^\d{2}\/\d{2}[-–](\d{1,3})$/.exec(num);
  if (monthly?.[1]) return monthly[1];
  // "268/12/13": minute 268 of 2012/13.
  const years = /^(\d{1,4}\/(\d{2}))\/(\d{2})$/.exec(num);
  if (years?.[1] && Number(years[3]) === Number(years[2]) + 1) return years[1];
  return num.replace(/(\/\d{2})[-–]\d{2}$/, '$1');
}

function seqValue(raw: string): number | null {
  const num = withoutYearRange(raw);
  const roman = romanValue(num);
  if (roman !== null) return roman;
  const ys = YEAR_SUFFIX_RE.exec(num);
  if (ys && ys[1]) return Number(ys[1]);
  let m = /^(\d{1,5})\.?([A-Za-z]?)$/.exec(num);
  if (m && m[1]) return Number(m[1]) + (m[2] ? (m[2].toLowerCase().charCodeAt(0) - 96) / 100 : 0);
  m = /^(\d{1,4})\/\d{2,4}$/.exec(num);
  if (m && m[1]) return Number(m[1]);
  // "OSC 12/25": number, then year; "CYPE/24/45": prefix, year, then number.
  m = /^[A-Za-z]{1,6}\s?(\d{1,4})\/\d{2,4}$/.exec(num);
  if (m && m[1]) return Number(m[1]);
  // "11/PF": the minute's count, then the committee's letters.
  m = /^(\d{1,4})\/[A-Z]{1,4}$/.exec(num);
  if (m && m[1]) return Number(m[1]);
  // "04/20/F&R": the minute's count, the year, then the committee's letters.
  m = /^(\d{1,4})\/\d{2}\/[A-Z][A-Z&]{0,5}$/.exec(num);
  if (m && m[1]) return Number(m[1]);
  // "026/PC/24": the minute's count, the body's letters, then the year.
  m = /^(\d{1,4})\/[A-Za-z]{1,4}\/\d{2,4}$/.exec(num);
  if (m && m[1]) return Number(m[1]);
  // "M01/04/21": a letter and the minute's count, then the month and the year.
  m = /^[A-Za-z]{1,4}(\d{1,4})\/\d{2}\/\d{2}$/.exec(num);
  if (m && m[1]) return Number(m[1]);
  // ("24/01/1.2": a board's year and month, then the item's paragraph.)
  m = /^(?:\d{2}\/\d{2}\/)?(\d{1,4})\.(\d{1,3})$/.exec(num);
  if (m && m[1] && m[2]) return Number(m[1]) + Number(m[2]) / 1000;
  // "C81.16": a letter and the minute's count, then the year's two digits.
  m = /^[A-Za-z]{1,4}(\d{1,4})\.\d{2}$/.exec(num);
  if (m && m[1]) return Number(m[1]);
  m = /(\d{1,5})$/.exec(num);
  if (m && m[1]) return Number(m[1]);
  return null;
}

const YEAR_TAIL_RE = /^([A-Z]{1,4})(\d{1,3})(\d{2})$/;

/** A minute number printed as two numbers ("C 10/034", "OSC 12/25", "CYPE/24/45", "C048/23"): one counts, one is the year. */
function pairOf(raw: string): [number, number] | null {
  const num = withoutYearRange(raw);
  const ys = YEAR_SUFFIX_RE.exec(num);
  if (ys && ys[1] && ys[2] && ys[3]) return [Number(ys[1]), Number(ys[2] + ys[3])];
  // "414/01/18", "M01/04/21": the minute, then the month and year of the meeting.
  const monthYear = /^(?:[A-Za-z]{1,4})?(\d{1,4})\/(\d{2})\/(\d{2})$/.exec(num);
  if (monthYear?.[1] && monthYear[2] && monthYear[3]) return [Number(monthYear[1]), Number(monthYear[2] + monthYear[3])];
  const m = /(\d{1,4})\/(\d{1,4})(?:\/[A-Z][A-Z&]{0,5})?$/.exec(num);
  return m && m[1] && m[2] ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * How far `num` runs on from `prev` (1 = the next number), or null when it does not follow: it goes back,
 * or jumps more than 60. In a pair the part that stays the same is the year, the other one counts.
 */
const TWO_PLACES_RE = /^(\d{1,2})\.(\d{2})$/;

/**
 * "1 Apologies for absence Cllr Reilly …" with "2 Declarations of interest None" and "3 Minutes a To receive …" under it:
 * numbers without their points, yet the next two open the next paragraphs in order, as a numbered run's do.
 */
function undottedRunFollows(blocks: readonly Block[], i: number, num: string): boolean {
  // ("42.1 Apologies – Cllr Mrs Selwyn …" before "42.2 Declaration of Interests" and "42.3 …": a decimal run too.)
  const decimal = /^(\d{1,3})\.(\d{1,2})$/.exec(num);
  if (!/^\d{1,3}$/.test(num) && !decimal) return false;
  const next = (k: number) => (decimal ? `${decimal[1]}.${Number(decimal[2]) + k}` : String(Number(num) + k)).replace(/\./g, '\\.');
  const opens = (k: number) => blocks.slice(i + 1, i + 8).some((b) => new RegExp(`^${next(k)}\\s+\\p{Lu}`, 'u').test(b.text));
  return opens(1) && opens(2);
}

/** The minute coded after `num` ("24/25/029" → "24/25/030") opens one of the next few paragraphs. */
function codedNextFollows(blocks: readonly Block[], i: number, num: string): boolean {
  const m = /^(\d{1,4}\/(?:\d{1,4}\/)?)(\d{1,4})$/.exec(num);
  if (!m?.[1] || !m[2]) return false;
  const next = `${m[1]}${String(Number(m[2]) + 1).padStart(m[2].length, '0')}`;
  return blocks.slice(i + 1, i + 12).some((b) => b.text.startsWith(`${next} `));
}

function stepFrom(prev: string, num: string): number | null {
  // "AM119", "AM219", "AM319": a count with the year's two digits after it (minute 1, 2, 3 of 2019).
  const p = YEAR_TAIL_RE.exec(prev);
  const q = p ? YEAR_TAIL_RE.exec(num) : null;
  if (p && q && p[1] === q[1] && p[3] === q[3] && (seqValue(num) ?? 0) - (seqValue(prev) ?? 0) > 60) {
    const step = Number(q[2]) - Number(p[2]);
    return step > 0 && step <= 60 ? step : null;
  }
  // "1.01" → "1.02" → "2.00" → "2.01": two decimal places count in hundredths, and a new whole number starts at 00 or 01.
  const dp = TWO_PLACES_RE.exec(prev);
  const dn = dp ? TWO_PLACES_RE.exec(num) : null;
  if (dp && dn) {
    const [pm, pn, nm, nn] = [Number(dp[1]), Number(dp[2]), Number(dn[1]), Number(dn[2])];
    if (nm === pm) return nn > pn && nn - pn <= 60 ? nn - pn : null;
    // "74.17" → "75.17": minutes of the year 2017, the year's two digits kept after each number.
    if (nn === pn && nn > 1) return nm > pm && nm - pm <= 60 ? nm - pm : null;
    return nm === pm + 1 && nn <= 1 ? 1 : null;
  }
  // "01.06.15" → "02.06.15": the minute's number, then the meeting's month and year, the same in each.
  const dated = /^(\d{2})\.(\d{2}\.\d{2})$/.exec(prev);
  const datedNext = dated ? /^(\d{2})\.(\d{2}\.\d{2})$/.exec(num) : null;
  if (dated && datedNext && dated[2] === datedNext[2]) {
    const step = Number(datedNext[1]) - Number(dated[1]);
    return step > 0 && step <= 60 ? step : null;
  }
  // "11.01.127" → "11.01.128": the year and month, then the year's running number.
  const running = /^(\d{2}\.\d{2})\.(\d{2,3})$/.exec(prev);
  const runningNext = running ? /^(\d{2}\.\d{2})\.(\d{2,3})$/.exec(num) : null;
  if (running && runningNext && running[1] === runningNext[1]) {
    const step = Number(runningNext[2]) - Number(running[2]);
    if (step > 0 && step <= 60) return step;
  }
  // "50.23-24" → "51.23-24": the minute's number, then the council's year, the same in each.
  const cp = /^(\d{1,3})\.(\d{2}[-–]\d{2})$/.exec(prev);
  const cn = cp ? /^(\d{1,3})\.(\d{2}[-–]\d{2})$/.exec(num) : null;
  if (cp && cn && cp[2] === cn[2]) {
    const step = Number(cn[1]) - Number(cp[1]);
    return step > 0 && step <= 60 ? step : null;
  }
  // "12.042" → "12.043": the council year's two digits, then the minute's number in three figures.
  const yp = /^(\d{2})\.(\d{3})$/.exec(prev);
  const yn = yp ? /^(\d{2})\.(\d{3})$/.exec(num) : null;
  if (yp && yn && yp[1] === yn[1]) {
    const step = Number(yn[2]) - Number(yp[2]);
    return step > 0 && step <= 60 ? step : null;
  }
  // "356.1" → "356.2": the meeting's number, then its items counted one by one.
  const mp = /^(\d{1,4})\.(\d{1,3})$/.exec(prev);
  const mn = mp ? /^(\d{1,4})\.(\d{1,3})$/.exec(num) : null;
  if (mp && mn && mp[1] === mn[1] && !/^0/.test(mp[2] ?? '') && !/^0/.test(mn[2] ?? '')) {
    const step = Number(mn[2]) - Number(mp[2]);
    return step > 0 && step <= 60 ? step : null;
  }
  const a = pairOf(prev);
  const b = pairOf(num);
  let step: number;
  if (a && b) {
    if (a[0] === b[0]) step = b[1] - a[1];
    else if (a[1] === b[1]) step = b[0] - a[0];
    else step = (seqValue(num) ?? 0) - (seqValue(prev) ?? 0);
  } else {
    const x = seqValue(prev);
    const y = seqValue(num);
    if (x === null || y === null) return null;
    step = y - x;
  }
  return step > 0 && step <= 60 ? step : null;
}

function shape(num: string): string {
  if (romanValue(num) !== null) return 'roman';
  return num.replace(/[A-Za-z]$/, '').replace(/\d+/g, '9');
}

interface Marker {
  index: number;
  consumed: number;
  number: string | null;
  rawTitle: string;
  /** Text printed on the heading's line after the heading ("233 TITLE – The Committee considered …"). */
  rest?: string;
}

/** Words that make "X said: …" a sentence about what someone did, not a heading. */
const SPEECH_RE = /\b(?:said|asked|noted|reported|stated|explained|advised|confirmed|agreed|resolved|replied|added|commented|informed|proposed|seconded|declared)\b/i;

/**
 * A heading followed on its line by the minute's text: "TRANSPORT PLAN – The Committee considered …" (a heading in
 * capitals before a dash or colon), "Apologies: Cllrs A and B." (a few words before a colon, after "46."). Null if
 * the line is a sentence.
 */
/** A heading in capitals (a word of three capitals at least), then a sentence starting "The", "Apologies", "Councillor". */
/** "39. TO RECEIVE A FIRE SAFETY PRESENTATION The Chairman …": a long paragraph that is a numbered heading in capitals and its minute. */
/** "3.Declaration of interests :", "1. Welcome and introduction:..": a short heading's colon with a space or dots about it. */
const COLON_TAIL_RE = /^(\d{1,3}\.?\s+\p{Lu}[^:]{2,80}?)(?:\s*:\s*\.{1,3}|\s+:)$/u;
const SPACED_STOP_TAIL_RE = /^(\d{1,4}(?:[./]\d{1,4})?\.?\s+\p{Lu}[^.:]{2,80}?)\s+\.$/u;
const NUMBERED_CAPS_RUN_ON_RE = /^\d{1,4}\.\s+(?=\p{Lu}{2})(?:[^\s\p{Ll}]+\s+){1,40}?(?=\p{Lu}\p{Ll})/u;
// "PUBLIC PARTICIPATION A member of the public spoke …": the text may open with "A" or "I".
// ("CONFIRMATION OF MINUTES RESOLVED: That …": the resolution's label opens the minute, not the heading's last word.)
const CAPS_RUN_ON_RE = /^((?=[^\p{Ll}]*\p{Lu}{3})(?:[^\s\p{Ll}]+\s+){0,14}?[^\s\p{Ll}]*\p{Lu}[^\s\p{Ll}]*)\s+((?:RESOLVED|AGREED|RECOMMENDED)(?:\s*[:–—-]\s*|\s+(?=(?:That|THAT|To|TO)\s))\p{Lu}.*|\p{Lu}\p{Ll}.*|(?:A|I)\s+\p{Ll}.*)$/u;

/** Three capitals at least, no lower case, then a bracket or a lower-case word. */
const CAPS_THEN_LOWER_RE = /^((?=[^\p{Ll}]*\p{Lu}{3})(?:[^\s\p{Ll}]+\s+){1,14}?[^\s\p{Ll}]*\p{Lu}[^\s\p{Ll}(]*)\s+((?:\(|\p{Ll}).*)$/u;

/** Where a minute's first sentence may start after its heading. */
// ("5. Northern Ireland Overview Report Paul Mullan presented the overview.": a person named in full, then their verb.)
const RUN_ON_START_RE = /(?<=\s)(?:The|These|This|Cllrs?\.?|Councillors?|Item\s+\d{1,3}[a-z]?|Members|It|There|Apologies|RESOLVED|AGREED|A(?=\s+(?:joint\s+)?(?:report|letter|presentation)\b)|(?=\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+\s+(?:presented|reported|informed|introduced|gave|explained|updated|outlined|thanked|welcomed|advised)\b)\p{Lu}\p{Ll}+)\s/gu;
/** The verb of a minute's first sentence, in its first words: "The Chairman welcomed", "Cllr Coles proposed". */
const RUN_ON_VERB_RE = /\b(?:RESOLVED|AGREED|was|were|had|has|welcomed|reported|proposed|declared|asked|said|explained|advised|agreed|resolved|noted|confirmed|stated|thanked|informed|presented|introduced|gave|opened|requested|spoke|raised|updated|outlined|summarised|discussed|considered)\b/;

function runOnHeading(line: string): { title: string; rest: string } | null {
  const text = line.length > 2000 ? line.slice(0, 2000) : line;
  if (!/^\p{Lu}/u.test(text)) return null;
  // Each place a sentence could start, first to last: "… Remarks and Apologies for Absence The Chairman welcomed …"
  // tries "Apologies" (no verb follows) before "The" (one does).
  for (const m of text.slice(0, 220).matchAll(RUN_ON_START_RE)) {
    const head = text.slice(0, m.index).trim();
    const rest = text.slice(m.index).trim();
    // "Attendance The following were in attendance: …": one word may head a minute that runs on.
    if (head.length < 6 || !titleLike(head, true) || (head.split(/\s+/).length < 2 && !STANDARD_ITEM_RE.test(head) && !/^(?:Attendance|Present|Finance|Correspondence|Planning|Highways|Accounts|Payments)$/i.test(head))) continue;
    // ("Confirmation of Minutes of 13.6.19": a date's dots are not a sentence's end.)
    if (SPEECH_RE.test(head) || PERSON_START_RE.test(head) || /[.;]/.test(head.replace(/\d+(?:\.\d+)+/g, ''))) return null;
    // "Minutes of the last meeting The Minutes of the meeting held on 24 October 2013, copies of which had been circulated,
    // were taken as read": under standard business the sentence's verb may come later.
    // "… Biggar A report dated 1 June 2018 by the Executive Director … was submitted": the verb comes after the report's details.
    const words = (STANDARD_ITEM_RE.test(head) && /^The\s/.test(rest)) || /^A\s/.test(rest) ? 24 : 4;
    const opening = rest.replace(/^Item\s+\d{1,3}[a-z]?\s*[–—:-]?\s*/, '').split(/\s+/).slice(0, words).join(' ');
    if (RUN_ON_VERB_RE.test(opening)) return { title: head, rest: line.slice(head.length).trim() };
  }
  return null;
}

/** "Matters arising Item 4: Item 4 (item 22): Outstanding Action: …": standard business, then its first matter by the item it arose from. */
function standardThenItemRef(text: string): { title: string; rest: string } | null {
  const m = /^(\p{Lu}[^:.;]{2,60}?)\s+((?:Item|Minute)\s+\d{1,3}[a-z]?\s*[:–—-]\s*\S.*)$/su.exec(text);
  return m?.[1] && m[2] && STANDARD_ITEM_RE.test(m[1]) && titleLike(m[1], false) ? { title: m[1], rest: m[2] } : null;
}

/** A long numbered paragraph that opens with a heading run into its minute ("2. Confirmation of … Cllr Coles proposed …"). */
function longRunOn(text: string): boolean {
  if (text.length <= 300) return false;
  const m = INLINE_LONG_ANY_RE.exec(text.slice(0, 2000)) ?? ITEM_COLON_LONG_RE.exec(text.slice(0, 2000));
  if (!m?.[4]) return false;
  if (standardThenItemRef(m[4])) return true;
  // "4. Police Report – Police Constable A Black attended …": a short heading, a dash, the minute.
  // "6. Matters arising. Two volunteers had come forward …", "10. District Councillors Report.Ann reported …": a short
  // heading ended by its full stop, the minute after it.
  const dashed = /^(\p{Lu}[^.:;–—]{2,60}?)\s+[–—]\s+\p{Lu}/u.exec(m[4]) ?? /^(\p{Lu}[^.:;–—!?]{2,60}?)\.\s*(?=\p{Lu}\p{Ll}|[a-h][.)]\s+\p{Lu})/u.exec(m[4]);
  // "6 Secretary Report; A Hydro Scheme is planned …": a short heading and a semicolon.
  const semi = /^(\p{Lu}[^;,.:]{2,40}?)\s*;\s+\p{Lu}/u.exec(m[4]);
  if (semi?.[1] && isBusinessHeading(semi[1])) return true;
  if (runOnHeading(m[4]) !== null || (!!dashed?.[1] && dashed[1].split(/\s+/).length <= 6 && titleLike(dashed[1], false) && !PERSON_START_RE.test(dashed[1]) && !SPEECH_RE.test(dashed[1]) && !/\b(?:was|were|is|are|had|has|have)\b/.test(dashed[1]))) return true;
  // "Item 5: Matters arising from the Minutes of Meeting held 6th April 2017, (not included in this agenda). 5.1 Item 7.2 –
  // …": standard business may run longer before its full stop, the minute's first numbered point after it.
  const standard = STANDARD_ITEM_RE.test(m[4]) ? /^(\p{Lu}[^.:;–—!?]{2,120}?)\.\s+(?=\p{Lu}\p{Ll}|\d{1,3}\.\d{1,2}\s+\p{Lu})/u.exec(m[4]) : null;
  return !!standard?.[1] && standard[1].split(/\s+/).length <= 16 && !SPEECH_RE.test(standard[1]) && !/\b(?:was|were|is|are|had|has|have)\b/.test(standard[1]);
}

/** A heading of a few words before a colon ("Minutes of Previous Meeting"), not a sentence or a person. */
function isShortHeading(head: string): boolean {
  return head.split(/\s+/).length <= 8 && titleLike(head, false) && !SPEECH_RE.test(head) && !PERSON_START_RE.test(head);
}

/** Standard business or a report in four words at most ("Apologies", "Secretary Report"), as a heading run into its minute. */
function isBusinessHeading(head: string): boolean {
  return head.split(/\s+/).length <= 4 && (STANDARD_ITEM_RE.test(head) || /\b(?:Reports?|Update|Correspondence|Finance|Planning)$/i.test(head)) && isShortHeading(head);
}

// ("Declarations of Personal or Prejudicial Interests Councillor Hayfield declared …": the kinds of interest in the heading.)
const STANDARD_HEAD_THEN_NAME_RE = /^((?:Public\s+(?:Questions|Participation|Forum|Session)|Questions\s+from\s+(?:the\s+)?Public|Apologies(?:\s+for\s+[Aa]bsence)?|Declarations?\s+of\s+(?:(?:Personal|Prejudicial|Pecuniary|Members['’]?|Disclosable|Other|Registrable|Non-?pecuniary|or|and|&)\s+){0,4}[Ii]nterests?|Matters\s+[Aa]rising|Correspondence|Any\s+[Oo]ther\s+[Bb]usiness|Chair(?:man|person)?['’]?s?\s+(?:Announcements|Report|Business)))\s+((?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\.?\s+(?:\p{Lu}\.?\s+){0,2})?\p{Lu}\p{Ll}+[\s,].*)$/u;

const LISTED_NAME = String.raw`(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s+){0,2}\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?`;
const TITLE_JOINER_RE = /^(?:of|and|the|for|to|in|on|from|if|any|or|by|with|at|a|an)$/;
/** A sentence of a minute: capitalised, with a verb among its first words. */
const sentenceOpens = (t: string) => /^\p{Lu}/u.test(t) && /\b(?:was|were|is|are|had|has|have|received|noted|agreed|resolved|considered|reported|declared|advised)\b/.test(t.split(/\s+/).slice(0, 20).join(' '));
const SHORT_HEAD_THEN_TEXT_RE = /^(\p{Lu}[^;,.:]{2,40}?)\s*[;,]\s+(\S.{2,})$/u;
const APOLOGIES_THEN_NAMES_RE = new RegExp(String.raw`^(Apologies(?:\s+for\s+[Aa]bsence)?)\s+(${LISTED_NAME}(?:\s*(?:,|&|and)\s*${LISTED_NAME})*\.?)$`, 'u');

const ATTENDANCE_HEAD_THEN_NAMES_RE = /^(Present|Attendance|Attendees|In\s+attendance|Also\s+present)\s*(?:[–—:]|\s-)\s+((?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}.*)$/iu;

function headingBeforeText(line: string, numbered: boolean, distinctive = false): { title: string; rest: string } | null {
  // "347. Apologies for Absence - Apologies for absence were presented …", "348. Deferment of Business - (for comment by the
  // public) - There were no …": a short numbered heading, a dash, then its minute's sentence (not "Finance - Accounts for
  // Payment", a title in two parts; nor "Matters Arising Item 11 – The Clerk …", a matter under the heading; nor "Item 10:
  // Notice of Motion – Councillor Jupp declared …", a member's declaration on an item).
  const dashHead = numbered ? /^(\p{Lu}[^–—.:;()]{2,60}?)\s+[–—-]\s+(\S.{10,})$/u.exec(line) : null;
  const dashRest = (dashHead?.[2] ?? '').replace(/^\([^()]{2,60}\)\s+[–—-]\s+/, '').replace(/^\((?:[a-h]|[ivx]{1,4})\)\s+/, '');
  if (dashHead?.[1] && !/\b(?:Item|Minute)\s+\d+$/i.test(dashHead[1]) && !PERSON_START_RE.test(dashRest) && isShortHeading(dashHead[1]) && titleLike(dashHead[1], false) && !PERSON_START_RE.test(dashHead[1]) && (sentenceOpens(dashRest) || /^\((?:a|i)\)\s+\p{Lu}/u.test(dashHead[2] ?? ''))) {
    return { title: dashHead[1].trim(), rest: dashHead[2] ?? '' };
  }
  const itemRef = numbered ? standardThenItemRef(line) : null;
  if (itemRef) return itemRef;
  // "38. APOLOGIES Apologies for absence were …", "39. TO RECEIVE A PRESENTATION The Chairman welcomed …": a numbered
  // heading in capitals run straight into its text.
  const caps = numbered ? CAPS_RUN_ON_RE.exec(line) : null;
  if (caps && caps[1] && caps[2] && titleLike(caps[1], false) && !PERSON_START_RE.test(caps[1])) return { title: caps[1], rest: caps[2] };
  // "2. DECLARATIONS OF INTEREST (per the code of conduct 2001)": a heading in capitals with its note in brackets;
  // "3. TO RECEIVE, CONFIRM AND SIGN MINUTES of the meeting of 4 July": the heading, then the words that finish it.
  const capsTail = numbered ? CAPS_THEN_LOWER_RE.exec(line) : null;
  if (capsTail && capsTail[1] && capsTail[2] && titleLike(capsTail[1], false) && !PERSON_START_RE.test(capsTail[1]) && !SPEECH_RE.test(capsTail[2].split(/\s+/)[0] ?? '')) {
    const note = /^\([^()]{2,120}\)$/.test(capsTail[2]);
    if (note && titleLike(line, true)) return { title: line, rest: '' };
    if (!note) return { title: capsTail[1], rest: capsTail[2] };
  }
  // "55. Minutes of the last meeting The Minutes of the meeting held on …, copies of which had been circulated, were …":
  // standard business, then its minute's own sentence.
  const standardRunOn = numbered ? runOnHeading(line) : null;
  if (standardRunOn && STANDARD_ITEM_RE.test(standardRunOn.title)) return standardRunOn;
  // "4. Public Questions Robin Griffiths queried why …": standard business, then a sentence about someone by name.
  const standardHead = numbered ? STANDARD_HEAD_THEN_NAME_RE.exec(line) : null;
  // "2. Declarations of Interest Cllrs B Rees, J Hutchings – School Parents Association": the members declaring, by title.
  const titledList = !!standardHead?.[1] && /^(?:Apolog|Declar)/i.test(standardHead[1]) && /^(?:Cllrs?|Councillors?)\.?\s/.test(standardHead[2] ?? '');
  if (standardHead?.[1] && standardHead[2] && (titledList || /\b(?:[a-z]{3,}ed|was|were|had|has|said|asked|spoke|told)\b/.test(standardHead[2].split(/\s+/).slice(0, 5).join(' ')))) {
    return { title: standardHead[1], rest: standardHead[2] };
  }
  // "6422 Apologies for absence – had been received from Cllrs. …": standard business, a dash, then the rest of its sentence.
  const dashVerb = /^(\p{Lu}[^–—]{2,60}?)\s+[–—-]\s+((?:had|have|has|were|was|is|are)\s+\S.*)$/u.exec(line);
  if (dashVerb?.[1] && dashVerb[2] && STANDARD_ITEM_RE.test(dashVerb[1])) return { title: dashVerb[1].trim(), rest: `${dashVerb[1].trim()} ${dashVerb[2]}` };
  // "140/19 Minutes of Previous Meeting: The minutes of the … were considered …": a short heading before a colon, the
  // minute's text after it, whatever that text then says.
  const colonHead = /^(\p{Lu}[^:.;]{2,60}?):\s+(\S.{10,})$/u.exec(line);
  const sentenceAfter = (t: string) => /^\p{Lu}/u.test(t) && /\b(?:was|were|is|are|had|has|have|received|noted|agreed|resolved|considered|reported|declared)\b/.test(t.split(/\s+/).slice(0, 12).join(' '));
  if (colonHead?.[1] && colonHead[2] && (STANDARD_ITEM_RE.test(colonHead[1]) || sentenceAfter(colonHead[2])) && isShortHeading(colonHead[1])) {
    return { title: colonHead[1].trim(), rest: colonHead[2] };
  }
  // "3. To hold internal election and appoint members to sub-committees: Internal elections were held. …", "4. To approve and
  // sign the minutes of the meeting held on Wednesday 14th April 2021: The minutes were read …": the agenda's wording, however
  // long, up to its colon, then the minute.
  // (Only a long paragraph: a short line's heading is read by the rules above and below.)
  const agendaColon = numbered && line.length > 320 ? /^(To\s+\p{Ll}[^:.;]{2,140}?):\s+(\p{Lu}.{10,})$/u.exec(line) : null;
  if (agendaColon?.[1] && agendaColon[2] && !/\b(?:was|were|had|has|have|been)\b/.test(agendaColon[1]) && titleLike(agendaColon[1], true)) {
    return { title: agendaColon[1].trim(), rest: agendaColon[2] };
  }
  // "48. Minutes of the meeting on 4 October were approved and signed.": a minute that is one sentence; its subject names it.
  const said = numbered
    ? /^(\p{Lu}.{2,100}?)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:duly\s+|then\s+|all\s+)?(?:approved|agreed|read|noted|received|signed|adopted|accepted|confirmed|discussed|considered|reviewed|circulated|presented|tabled)\b/u.exec(line)
    : null;
  if (said && said[1] && said[1].trim().split(/\s+/).length >= 3 && !/\s[–—-]\s+\p{Ll}/u.test(said[1]) && titleLike(said[1], false) && !SPEECH_RE.test(said[1]) && !PERSON_START_RE.test(said[1]) && !/^(?:it|this|that|these|there|they|he|she|the\s+(?:chair|clerk|committee|council|panel|board|meeting))\b/i.test(said[1])) {
    // ("2. Members to agree the minutes of the meeting 4th December 2013 The minutes were agreed and signed.", "4. To approve
    // minutes of the last meeting held 20th May 2024: The minutes were signed …": the agenda's heading, then the sentence,
    // its own subject opened by "The" after a word that ends the heading, not one that joins it to more.)
    const opened = /^(.{6,}?\S)(?:\s*:)?\s+((?:The|These)\s+(?:\S+\s+){0,6}?\S+)$/u.exec(said[1].trim());
    const lastWord = opened?.[1]?.split(/\s+/).pop() ?? '';
    if (opened?.[1] && opened[1].split(/\s+/).length >= 3 && !TITLE_JOINER_RE.test(lastWord.toLowerCase()) && titleLike(opened[1], false)) {
      return { title: opened[1].trim(), rest: line.slice(line.indexOf(opened[2] ?? '', opened[1].length)).trim() };
    }
    return { title: said[1].trim(), rest: line };
  }
  // "16. REGENERATION AND PLANNING STRATEGY: DEPARTMENT FOR … – WIRRAL RESPONSE": a long heading in capitals is all title.
  if (numbered && !/\p{Ll}/u.test(line) && /\p{Lu}{3}/u.test(line) && titleLike(line, true)) return { title: line, rest: '' };
  // "1. Election of Chairman. Cllr L Williams proposed …": a short heading with its full stop, then the minute.
  // ("299 Minutes of the Annual Parish Council Meeting held on May 22 2017. The Council noted …": standard business may be
  // longer.)
  // ("6. Planning and Development. a. The Council noted …": the minute's first lettered point after the stop.)
  // ("4: Acceptance of Minutes of Meeting held 6th April 2017. Resolved that …": a heading that names a meeting's date may
  // run to twelve words; "5: Matters arising from the Minutes …, (not included in this agenda). 5.1 Item 7.2 – …": the
  // minute's first numbered point after the stop.)
  // ("2. Paper No. WRWA 865.  Report of the Treasurer …": "No." abbreviates, it does not end the heading.)
  const stop = numbered ? /^(\p{Lu}(?:[^.:;]|(?<=\bNo)\.(?=\s*[\p{Lu}\d])){2,120}?)\.\s+((?:\p{Lu}|[a-h][.)]\s+\p{Lu}|\d{1,3}\.\d{1,2}\s+\p{Lu}).{10,})$/u.exec(line) : null;
  // ("3. Declarations of Interest – Cllr. Mrs. A. Jenkin in item 9 …": a title's full stop is not the heading's end.)
  if (stop?.[1] && stop[2] && !/\b(?:Cllrs?|Councillors?|Coun|Mrs?|Ms|Miss|Dr|Revd?|St)$/i.test(stop[1]) && (stop[1].length <= 60 || STANDARD_ITEM_RE.test(stop[1])) && stop[1].split(/\s+/).length <= (STANDARD_ITEM_RE.test(stop[1]) ? 16 : findDate(stop[1]) ? 12 : 8) && titleLike(stop[1].replace(/,?\s*\([^()]*\)/g, ''), false) && !SPEECH_RE.test(stop[1]) && !PERSON_START_RE.test(stop[1]) && !/\b(?:was|were|is|are|has|have|had|been|will|would)\b/i.test(stop[1]) && !/^(?:The|This|That|It|There|These|They|He|She|We|All|No|None)\b/.test(stop[1])) {
    return { title: stop[1].trim(), rest: stop[2] };
  }
  // "(1) Chairman's Opening Remarks and Apologies for Absence The Chairman welcomed everyone …", "(4) Matters Arising
  // from the Minutes Item 11 – The Clerk reported …": a heading in ordinary case run straight into its minute's first sentence.
  // (a number without its dot too: "11 Apologies Apologies were received …")
  // "182/2016 Casual Vacancy – Members RESOLVED to accept …": after a number as distinctive as "182/2016", a few words
  // before a long dash are the heading, however short the minute after it.
  const dashedHead = distinctive ? /^(\p{Lu}[^.:;–—]{2,60}?)\s+[–—]\s+(\S.*)$/u.exec(line) : null;
  if (dashedHead?.[1] && dashedHead[2] && dashedHead[1].split(/\s+/).length <= 6 && titleLike(dashedHead[1], false) && !SPEECH_RE.test(dashedHead[1]) && !PERSON_START_RE.test(dashedHead[1])) {
    return { title: dashedHead[1].trim(), rest: dashedHead[2].trim() };
  }
  const runOn = runOnHeading(line);
  if (runOn) return runOn;
  const m = /^(.{3,100}?)(?:\s*:-?\s+|\s+[–—-]\s+)(\S.*)$/.exec(line);
  if (!m || !m[1] || !m[2]) return null;
  const head = m[1].trim();
  const inCapitals = /\p{Lu}{3}/u.test(head) && head === head.toUpperCase();
  // "46. Apologies: Cllrs A and B.", "4. Police Report – Police Constable A Black attended …": a few words, then a colon or a long dash.
  // (after a dash only when a whole paragraph follows: "4. Emergency procedure – The Chair to tell …" is an agenda's heading)
  const separator = line.slice(m[1].length, m[1].length + 4);
  const short = head.split(/\s+/).length <= 6 && (/^\s*:-?\s/.test(separator) || (/^\s*[–—]\s/.test(separator) && m[2].length > 200));
  // "1) Apologies – Councillors A, B and C.": standard business before a dash.
  // ("3. MINUTES OF THE MEETING HELD ON 30th July, 2014 – the Minutes were accepted …": a longer one, its date in it.)
  const standard = (head.split(/\s+/).length <= 6 || (head.split(/\s+/).length <= 12 && findDate(head) !== null)) && STANDARD_ITEM_RE.test(head);
  if (!inCapitals && !(numbered && (short || standard))) return null;
  if (!titleLike(head, false) || SPEECH_RE.test(head) || PERSON_START_RE.test(head)) return null;
  return { title: head, rest: m[2].trim() };
}

function isSectionBlock(b: Block | undefined): boolean {
  return !!b && !b.bullet && SECTION_RE.test(b.text);
}

/** A member's name alone in a table cell ("R. Tamsin Hale", "Councillor P Orme"). */
const TABLE_MEMBER_CELL_RE = /^(?:(?:Councillor|Cllr|Y\s+Cynghorydd)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+$/;

/** A bulleted heading in capitals of two words or more, with paragraphs (not more bullets) either side of it. */
function lostNumberHeading(blocks: readonly Block[], i: number, skip: Set<number>): boolean {
  const b = blocks[i];
  const prev = blocks[i - 1];
  const next = blocks[i + 1];
  if (!b || !prev || !next || prev.bullet || next.bullet || skip.has(i + 1)) return false;
  const t = b.text;
  return (
    t.length <= 120 && /\p{Lu}{3}/u.test(t) && CAPITALS_TITLE_RE.test(t) && /\S\s+\S/.test(t) &&
    titleLike(t, false) && !DECISION_HEAD_RE.test(t) && !SECTION_RE.test(t) && !PART_HEADING_RE.test(t) &&
    !CAPITALS_TITLE_RE.test(next.text)
  );
}

/** A numbered line ending with a full stop, its number with or without a dot ("1. Provost.", "3 Declarations of Interest."). */
const STOPPED_LINE_RE = /^(\d{1,3})(\.?)\s+(\p{Lu}[^.;:]{1,80})\.$/u;
/** The same with the number's dot: "1. Apologies for absence." */
const dottedLine = (t: string) => {
  const m = STOPPED_LINE_RE.exec(t);
  return m?.[2] ? m : null;
};

/**
 * "1. Provost." with its minute under it, and "2. Sederunt." a few paragraphs on: headings that end with a full stop.
 * True when this line is followed by text that is not numbered, and the next number is such a line too.
 */
/** An agenda: "1. Apologies for absence." with "2. To approve the minutes …." a line or two on, each an item. */
function dottedListFollows(blocks: readonly Block[], i: number, num: string): boolean {
  if (!dottedLine(blocks[i]?.text.trim() ?? '')) return false;
  for (let k = i + 1; k < Math.min(blocks.length, i + 4); k++) {
    const m = dottedLine(blocks[k]?.text.trim() ?? '');
    if (m?.[1] && stepFrom(num, m[1]) === 1) return true;
  }
  return false;
}

/** The next number, its heading in the agenda's wording too ("134. To receive …"), within a few paragraphs. */
function agendaWordingFollows(blocks: readonly Block[], i: number, num: string): boolean {
  for (let k = i + 1; k < Math.min(blocks.length, i + 9); k++) {
    const m = /^(\d{1,4})\.?\s+(To\s.*)$/.exec(blocks[k]?.text.trim() ?? '');
    if (m?.[1] && m[2] && AGENDA_WORDING_START_RE.test(m[2])) return stepFrom(num, m[1]) === 1;
  }
  return false;
}
/** An agenda's "1. To approve … held on 9 October 2019." with "2. Mayor's Communications" under it: the list begins. */
function numberedLineFollows(blocks: readonly Block[], i: number, num: string): boolean {
  const m = /^(\d{1,3})\.\s+\p{Lu}/u.exec(blocks[i + 1]?.text.trim() ?? '');
  return !!m?.[1] && stepFrom(num, m[1]) === 1;
}

function dottedHeadingFollows(blocks: readonly Block[], i: number, num: string): boolean {
  // ("3 Declarations of Interest, if any." with its minute under it: the number printed without its dot, the same way.)
  const here = STOPPED_LINE_RE.exec(blocks[i]?.text.trim() ?? '');
  const numbered = here?.[2] ? /^\d{1,3}\.\s/ : /^\d{1,3}\.?\s+\p{Lu}/u;
  if (!here || STOPPED_LINE_RE.test(blocks[i + 1]?.text.trim() ?? '') || numbered.test(blocks[i + 1]?.text.trim() ?? '')) return false;
  for (let k = i + 2; k < Math.min(blocks.length, i + 30); k++) {
    // The next number's heading may end without a stop, or run longer ("4 Minutes of the Council Meeting held on …").
    const m = /^(\d{1,3})(\.?)\s+\p{Lu}.{1,150}$/u.exec(blocks[k]?.text.trim() ?? '');
    if (m?.[1] && m[2] === here[2] && stepFrom(num, m[1]) === 1) return !numbered.test(blocks[k + 1]?.text.trim() ?? '');
  }
  return false;
}
/** An agenda item's heading, then its wording: "Public Questions to the Council To receive questions from …". */
/** The verbs an agenda's wording opens with: "To receive …", "To note …". */
const AGENDA_VERBS = 'receive|consider|note|approve|agree|elect|appoint|confirm|discuss|decide|adopt|review';
/** ("To declare …" and "To disclose …" open a heading's wording too, but not an agenda line's run-on wording.) */
const AGENDA_WORDING_START_RE = new RegExp(`^To\\s+(?:${AGENDA_VERBS}|declare|disclose)\\b`);
const AGENDA_WORDING_RE = new RegExp(`^(\\p{Lu}[^.:;]{2,100}?\\p{Ll})\\s+(To\\s+(?:${AGENDA_VERBS}|answer)\\b.*)$`, 'su');

/**
 * "1. Apologies", "1. Declarations of Interest", "1. Matters Arising": a numbered list copied from a web page or a
 * document whose automatic numbering was lost, each heading printed "1.". Three or more headings numbered "1." and none
 * "2.": each is an item, its number as printed.
 */
function numberingCollapsed(blocks: readonly Block[]): boolean {
  let ones = 0;
  for (const b of blocks) {
    if (b.bullet) continue;
    if (/^2[.)]\s+\p{Lu}/u.test(b.text)) return false;
    if (/^1[.)]\s+\p{Lu}/u.test(b.text)) ones++;
  }
  return ones >= 3;
}

function findNumbered(blocks: readonly Block[], from: number, header: Header, skip: Set<number>, agenda = false): Marker[] {
  const collapsed = numberingCollapsed(blocks);
  let markers: Marker[] = [];
  let prevSeq: number | null = null;
  let prevNum: string | null = null;
  let firstShape: string | null = null;
  /** A heading "612 Have Your Say!" too weak alone; taken when the next number in its sequence follows it. */
  let weak: Marker | null = null;
  /** Blocks whose heading was printed with a word before its number ("Minute 12", "Item 4"). */
  const worded = new Set<number>();
  const accept = (num: string, standalone: boolean): boolean => {
    const seq = seqValue(num);
    // "4.1" on its own line under item 4 (a ModernGov sub-item): keeps the sequence without changing its shape.
    // Printed "1.1 It was RESOLVED …" paragraphs inside item 1 are never items.
    // ("1.(i)", "1.(ii)" under item 1: the same, the count left at the item's number.)
    const bracketed = /^(\d{1,4})\.\((?:[a-h]|[ivx]{1,4})\)$/.exec(num);
    if (bracketed?.[1]) return standalone && prevSeq !== null && Number(bracketed[1]) === Math.floor(prevSeq);
    // ("24/01/1.1" under "1 Meeting Governance": a board's year and month before the paragraph's number, the same.)
    const sub = /^(?:\d{2}\/\d{2}\/)?(\d{1,4})\.(?:\d{1,3}|[a-h])$/.exec(num);
    if (sub && sub[1] && prevSeq !== null && firstShape !== null && firstShape !== shape(num)) {
      return standalone && Number(sub[1]) === Math.floor(prevSeq) && seq !== null && seq > prevSeq;
    }
    if (firstShape !== null && shape(num) !== firstShape) return false;
    if (prevNum !== null && stepFrom(prevNum, num) === null && !(collapsed && prevNum === '1' && num === '1')) return false;
    return true;
  };
  const commit = (num: string) => {
    // "2.a" between 2 and 3 leaves the count where it was.
    if (/^\d{1,4}\.(?:[a-h]|\((?:[a-h]|[ivx]{1,4})\))$/.test(num)) return;
    prevSeq = seqValue(num) ?? prevSeq;
    prevNum = num;
    firstShape = firstShape ?? shape(num);
  };
  /** The next number of the run taken so far, printed the same way, with at least `taken` headings before it. */
  const nextOfRun = (num: string, taken: number): boolean => prevNum !== null && firstShape === shape(num) && stepFrom(prevNum, num) === 1 && markers.length >= taken;
  /**
   * An agenda printed above the minutes ("1. Apologies", "2. Minutes", … one line each), then the minutes with
   * their own numbers (from 1 again, or the council's running numbers "45."): the list is not the items.
   */
  const agendaListBefore = (num: string, index: number): boolean => {
    // A restart ("1." again) or a jump past any withdrawn item ("9." then "45.").
    const step = prevNum === null ? null : stepFrom(prevNum, num);
    if (markers.length < 3 || prevNum === null || (step !== null && step <= 3)) return false;
    const bare = markers.every((m, k) => k === 0 || m.index === (markers[k - 1]?.index ?? -9) + (markers[k - 1]?.consumed ?? 0));
    const last = markers[markers.length - 1];
    return bare && !!last && index - (last.index + last.consumed) <= 6 && (firstShape === null || shape(num) === firstShape);
  };
  const restart = () => {
    markers = [];
    prevSeq = null;
    prevNum = null;
    firstShape = null;
    weak = null;
  };
  /**
   * "10. 2017/2018 Annual Report (attached) was approved by the Council. …", "11. The Council reviewed …": where the
   * minutes are numbered paragraphs (three or more already taken, one after another), the next number of the sequence,
   * printed the same way, is the next item even without a heading: it has no title, its text is the minute.
   */
  const takeParagraph = (i: number): boolean => {
    const m = PLAIN_PARAGRAPH_RE.exec(blocks[i]?.text ?? '');
    // It reads as a minute, not an agenda's wording: a verb of its own in its first sentence ("was approved", "reviewed").
    const first = m?.[2] ? (/^.{0,240}?[.!?](?=\s|$)/s.exec(m[2])?.[0] ?? m[2].slice(0, 240)) : '';
    if (!/\b(?:was|were|is|are|has|have|had|did|reviewed|approved|agreed|resolved|noted|received|reported|discussed|considered|confirmed|signed)\b/.test(first) || /^To\s/.test(m?.[2] ?? '')) return false;
    if (!m?.[1] || !m[2] || markers.length < 3 || prevNum === null || firstShape !== shape(m[1]) || stepFrom(prevNum, m[1]) !== 1) return false;
    const last = markers[markers.length - 1];
    if (!last || last.number === null || !/^\d{1,3}$/.test(last.number)) return false;
    return take({ index: i, consumed: 1, number: m[1], rawTitle: '', rest: m[2] }, false);
  };
  /** Takes a heading: the weak one before it first when this is the next number after it. */
  const take = (m: Marker & { number: string }, standalone: boolean): boolean => {
    const w = weak;
    weak = null;
    if (w && w.number && shape(w.number) === shape(m.number) && stepFrom(w.number, m.number) === 1 && accept(w.number, false)) {
      markers.push(w);
      commit(w.number);
    }
    if (agendaListBefore(m.number, m.index)) restart();
    else if (!accept(m.number, standalone)) return false;
    markers.push(m);
    commit(m.number);
    return true;
  };
  /**
   * Under a declarations table flattened one cell to a line ("Councillor" / "Minute No." / …), a cell
   * "5 – Leisure Centre Contract" after a member's name is a reference, not a heading: only the next
   * number of the sequence ends the table.
   */
  let inDeclarationsTable = false;
  let previousText = '';
  for (let i = from; i < blocks.length; i++) {
    if (skip.has(i)) continue;
    const b = blocks[i];
    const before = previousText;
    previousText = b?.text ?? '';
    // A cell copied with its separator ("Member |") is the cell.
    const cell = (t: string | undefined) => (t ?? '').trim().replace(/\s*\|$/, '');
    // ("Councillor" / "Committee" / "Minute" / "Interest": a column naming the meeting may come between.)
    const itemHeadNext = () => ITEM_HEAD_RE.test(cell(blocks[i + 1]?.text)) || (/^(?:Committee|Meeting|Body|Date)$/i.test(cell(blocks[i + 1]?.text)) && ITEM_HEAD_RE.test(cell(blocks[i + 2]?.text)));
    if (b && b.text.length < 40 && MEMBER_HEAD_RE.test(cell(b.text)) && itemHeadNext()) inDeclarationsTable = true;
    if (inDeclarationsTable && b) {
      const candidate = INLINE_RE.exec(cell(b.text))?.[2] ?? STANDALONE_RE.exec(cell(b.text))?.[1];
      if (candidate && (TABLE_MEMBER_CELL_RE.test(cell(before)) || prevNum === null || stepFrom(prevNum, candidate) !== 1)) continue;
      if (candidate) inDeclarationsTable = false;
    }
    // "- ELECTION OF CHAIRMAN" between "3. DECLARATIONS OF INTEREST" and the rest: a numbered list that lost some of its
    // numbers in copying (Word's automatic numbering). A heading in capitals, alone between paragraphs, is an item.
    if (b && b.bullet && markers.length > 0 && lostNumberHeading(blocks, i, skip)) {
      markers.push({ index: i, consumed: 1, number: null, rawTitle: b.text });
      continue;
    }
    if (!b || b.bullet) continue;
    // "DECLARATIONS OF INTEREST" / "1. There were no declarations intimated." (Aberdeen): a heading in capitals, and
    // the number starting the minute's first paragraph under it.
    const paragraphNumber = PARAGRAPH_AFTER_CAPS_RE.exec(b.text);
    const above = blocks[i - 1];
    const lastMarker = markers[markers.length - 1];
    if (
      paragraphNumber?.[1] && above && !above.bullet && i - 1 >= from && !skip.has(i - 1) &&
      (!lastMarker || lastMarker.index + lastMarker.consumed <= i - 1) &&
      CAPITALS_TITLE_RE.test(above.text) && /\p{Lu}{3}/u.test(above.text) && titleLike(above.text, true) && !PART_HEADING_RE.test(above.text) &&
      !titleLike(b.text, false) &&
      // "3. TO RECEIVE, CONFIRM AND SIGN MINUTES of …" is a numbered heading of its own, not a paragraph.
      !/^\d{1,3}\.\s+\p{Lu}{2,}[,:]?\s+\p{Lu}{2,}/u.test(b.text) &&
      take({ index: i - 1, consumed: 1, number: paragraphNumber[1], rawTitle: above.text }, true)
    ) continue;
    // A long line is an item only as a table row with its title in a cell of its own: "16.17/18 / Planning / …".
    // (Or the next number of the run, the agenda's wording, a colon and the minute: "3. To hold internal election and appoint
    // members to sub-committees: Internal elections were held. …".)
    const agendaColonLine = /^(\d{1,3})\.\s+To\s+\p{Ll}[^:.;]{2,140}?:\s+\p{Lu}/u.exec(b.text);
    const nextAgendaColon = !!agendaColonLine?.[1] && prevNum !== null && stepFrom(prevNum, agendaColonLine[1]) === 1;
    if (b.text.length > 320 && !nextAgendaColon && !(agenda && AGENDA_WORDING_RE.test(b.text.replace(/^\d{1,3}\.?\s+/, ''))) && !SLASH_ROW_RE.test(b.text.replace(SLASH_TABLE_HEAD_RE, '')) && !NUMBERED_CAPS_RUN_ON_RE.test(b.text) && !longRunOn(b.text)) {
      takeParagraph(i);
      continue;
    }
    // An issue page lists the item at each meeting that took it ("Meeting: 03/06/2024 - … (Item 62)"): each has its own number.
    if (ISSUE_MEETING_LINE.test(b.text)) {
      prevSeq = null;
      prevNum = null;
      weak = null;
      continue;
    }
    const standalone = STANDALONE_RE.exec(b.text);
    if (standalone && standalone[1]) {
      let j = i + 1;
      while (j < blocks.length && skip.has(j)) j++;
      const next = blocks[j];
      // "20/22" at the foot of a page, "20/22 MATTERS ARISING" at the top of the next: the number printed twice.
      if (next && next.text.startsWith(`${standalone[1]} `)) continue;
      // "1311" alone after minutes 1 to 6: a minute book's page number, not the next minute.
      if (/^\d{4}$/.test(standalone[1]) && markers.length >= 2 && prevNum !== null && /^\d{1,3}$/.test(prevNum) && stepFrom(prevNum, standalone[1]) === null) continue;
      // "APOLOGIES" / "PLA146/14" / "Apologies for absence were …": a heading in capitals, then its minute number
      // (printed in the margin beside it), then text. Only a number with its letters, as a bare "12" is too common.
      const prev = blocks[i - 1];
      const last = markers[markers.length - 1];
      const titleBefore =
        !!prev && !prev.bullet && !skip.has(i - 1) && i - 1 >= from && /[A-Za-z]/.test(standalone[1]) && /\d/.test(standalone[1]) &&
        (!last || last.index + last.consumed <= i - 1) &&
        CAPITALS_TITLE_RE.test(prev.text) && titleLike(prev.text, true) && !PART_HEADING_RE.test(prev.text) &&
        !(next && (CAPITALS_TITLE_RE.test(next.text) || (titleLike(next.text, false) && !/[.!?]$/.test(next.text))));
      if (titleBefore && prev && take({ index: i - 1, consumed: 2, number: standalone[1], rawTitle: prev.text }, true)) continue;
      // "APOLOGIES FOR ABSENCE" / "To receive apologies for absence …" / "HWSP.11/22" / the minute (a CMIS page): the
      // heading, the agenda's wording under it, then the minute's number.
      const above = blocks[i - 2];
      const agendaBetween =
        !titleBefore && !!prev && !!above && !prev.bullet && !above.bullet && !skip.has(i - 1) && !skip.has(i - 2) && i - 2 >= from &&
        /[A-Za-z]\.\d/.test(standalone[1]) &&
        (!last || last.index + last.consumed <= i - 2) &&
        CAPITALS_TITLE_RE.test(above.text) && titleLike(above.text, true) && !PART_HEADING_RE.test(above.text) &&
        !CAPITALS_TITLE_RE.test(prev.text) && prev.text.length <= 600;
      if (agendaBetween && above && take({ index: i - 2, consumed: 3, number: standalone[1], rawTitle: above.text }, true)) continue;
      // "HWSP.14/22" with no heading above it: the next minute of the page's sequence, untitled.
      if (/[A-Za-z]\.\d/.test(standalone[1]) && markers.length >= 2 && prevNum !== null && firstShape === shape(standalone[1]) && stepFrom(prevNum, standalone[1]) === 1 && take({ index: i, consumed: 1, number: standalone[1], rawTitle: '' }, true)) continue;
      if (next && !next.bullet) {
        // "5TH FEBRUARY, 2018; pdf icon PDF 244 KB": a list's separator left before the link.
        const title = stripDocResidue(next.text).text.replace(/\s*;$/, '');
        // "2896" (a page number) over "The Chairman thanked Mr Whipp … in promoting the town.": a sentence is no title.
        const sentence = /\.$/.test(title) && title.split(/\s+/).length >= 10 && title !== title.toUpperCase();
        // ("3944" (a minute book's page) over "46.15 Declarations of Members’ Interests.": the line has its own number.)
        const ownNumber = /^\d{1,4}(?:[./]\d{1,4})+\.?\s+\p{Lu}/u.test(title);
        // ("24" over "ST HELENS BOROUGH COUNCIL At a meeting of … held on 4 November 2009": the meeting's own heading is
        // no minute's title; the number is a page's.)
        // (Not "Minutes of the meeting held on 25 June 2019", the title of the minute that confirms them.)
        const meetingHeading = /\bAt\s+an?\s+(?:\w+\s+)?meeting\s+of\b/i.test(title) && findDate(title) !== null;
        if (titleLike(title, true) && !sentence && !ownNumber && !meetingHeading && !STANDALONE_RE.test(next.text) && take({ index: i, consumed: j - i + 1, number: standalone[1], rawTitle: next.text }, true)) {
          i = j;
          continue;
        }
        // "2832 Confirmation of Minutes …" then "2833" over "At 7.30 pm, with the arrival of the Guest Speaker …": the next
        // minute of the sequence, untitled. Only a running number in the hundreds or thousands: a small one over a
        // sentence is as likely a page's or a list's.
        if (sentence && /^\d{3,4}$/.test(standalone[1]) && prevNum !== null && stepFrom(prevNum, standalone[1]) === 1 && take({ index: i, consumed: 1, number: standalone[1], rawTitle: '' }, true)) continue;
      }
    }
    const rowText = b.text
      .replace(SLASH_TABLE_HEAD_RE, '')
      // "1(A). 154/20 PRESENT", "2. 158/20 DECLARATIONS OF INTEREST": the agenda's number before the minute's; the minute's
      // is the item's.
      .replace(/^\d{1,2}(?:\s?\([A-Za-z]\))?\.\s+(?=\d{1,4}\/\d{2}\s+\p{Lu})/u, '')
      // ("1.001/15 APOLOGIES FOR ABSENCE.": the two run together, the minute's repeating the agenda's with its zeros.)
      .replace(/^(\d{1,2})\.(?=0+\1\/\d{2}\s+\p{Lu})/u, '')
      // "1 | Apologies for Absence |": a row of a table copied with pipes between the cells, read as the slashed one.
      .replace(/\s*\|\s*$/, '')
      .replace(/^(\S{1,12})\s+\|\s+(?=\S)/, '$1 / ')
      // "410 APOLOGIES FOR ABSENCE -": the dash before the minute that followed it on the page.
      .replace(/^(\S{1,12}\s+[^\p{Ll}]{3,120}?)\s+[-–]$/u, '$1')
      // "1.Welcome and introduction:..", "3.Declaration of interests :": a number typed without its space, a heading's
      // colon with a space or dots about it.
      .replace(/^(\d{1,3})\.(?=\p{Lu}\p{Ll})/u, '$1. ')
      // "Item 1:Apologies for Absence.": the item's word and number, the title after the colon without a space.
      .replace(/^(Item\s+\d{1,3}):(?=\p{Lu}\p{Ll})/u, '$1: ')
      .replace(COLON_TAIL_RE, '$1:')
      // "73/15 Apologies for absence .": a full stop set apart after a heading.
      .replace(SPACED_STOP_TAIL_RE, '$1')
      // "8. Annual Audit Letter 2018/19 (Pages 17 - 30)": a pack's page numbers after the heading are not its title.
      // ("… Members (please see guidance – page 3)", "… 22 July 2019 (attached – page 5)": the same, with a note.)
      .replace(/\s*\((?:[\p{L} ]{1,30}\s[-–—]\s)?Pages?\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)\s*$/iu, '')
      // "6 Subway Modernisation – progress update 27-35", "1 Apologies N/A": an agenda's table, its page numbers last.
      .replace(agenda ? /^(\d{1,3}\s+\p{Lu}.{2,200}?)\s+(?:N\/A|\d{1,3}(?:\s*[-–]\s*\d{1,3})?)$/u : /$^/, '$1')
      // "1. To report apologies for absence;": an agenda's list, each entry closed by a semicolon.
      .replace(agenda ? /\s*;$/ : /$^/, '');
    // "13.17/18 / Apologies for absence / Apologies were received …": a table row copied with " / " between cells.
    const row = SLASH_ROW_RE.exec(rowText);
    const inline = INLINE_RE.exec(row ? `${row[1]} / ${row[2]}` : rowText) ?? (NUMBERED_CAPS_RUN_ON_RE.test(rowText) ? INLINE_LONG_RE.exec(rowText) : nextAgendaColon || longRunOn(rowText) ? (INLINE_LONG_ANY_RE.exec(rowText) ?? ITEM_COLON_LONG_RE.exec(rowText)) : agenda && AGENDA_WORDING_RE.test(rowText.replace(/^\d{1,3}\.?\s+/, '')) ? INLINE_LONG_RE.exec(rowText) : null);
    // "1. SOUTH EASTERN TRUST Minutes of a Public meeting of the Trust Board held on …": the document's own heading
    // after a page number, not an item.
    if (inline?.[4] && inline[4].length > 60 && isDocumentHeading(inline[4])) continue;
    if (inline && inline[2] && inline[4] !== undefined) {
      const num = inline[2];
      // "Min 44 Adoption of … Management Plan" under "40. Declarations of interest" (a ModernGov page whose headings
      // are bare numbers): a reference to a later minute, printed with the word its headings do not use, is no heading
      // unless it is the next number.
      if (inline[1] !== undefined && markers.length >= 2 && markers.every((mk) => !worded.has(mk.index)) && prevNum !== null && stepFrom(prevNum, num) !== 1) continue;
      if (inline[1] !== undefined) worded.add(i);
      const hasSep = inline[3] !== '' || inline[1] !== undefined;
      // "576.  a) Planning applications": the item's first sub-heading printed on its line; the title is what follows.
      let raw = inline[4].replace(/^\(?[a-h]\)\s+(?=\p{Lu}\p{Ll})/u, '');
      let rest: string | undefined;
      // (The cell's border shows where the heading ends: "1 / To receive apologies. / Apologies were given by …", a
      // heading in the agenda's wording and its full stop.)
      if (row && row[2] && row[3] && titleLike(row[2].replace(/\.$/, ''), true)) {
        raw = row[2].replace(/\.$/, '');
        rest = row[3];
      }
      // "6. Petitions to Council To receive petitions submitted under Standing Order No. 13": an agenda's heading, then
      // its wording on the same line.
      const described = agenda && !rest ? AGENDA_WORDING_RE.exec(raw) : null;
      if (described?.[1] && described[2] && titleLike(described[1], false)) {
        raw = described[1];
        rest = described[2];
      }
      let stripped = stripDocResidue(raw);
      let longOverLabel = false;
      // "1. Convener's Remarks." over "Minutes:": a heading with a full stop.
      if (!titleLike(stripped.text, false) && hasSep && isSectionBlock(blocks[i + 1]) && titleLike(stripped.text.replace(/\.$/, ''), false)) {
        stripped = { ...stripped, text: stripped.text.replace(/\.$/, '') };
      }
      // "279. To confirm that the items of business marked Part 1 will be considered in public …" over "Minutes:": a long
      // heading (an agenda's wording), strong because the minutes' label follows it.
      const overLabel = hasSep && /^(?:minutes|cofnodion|decision|additional\s+documents)\s*:?$/i.test(blocks[i + 1]?.text.trim() ?? '');
      if (!titleLike(stripped.text, false) && overLabel && titleLike(stripped.text, true) && !/\.$/.test(stripped.text)) {
        longOverLabel = true;
      }
      // "1. Welcome and Apologies:" on its own line, the minute under it: a heading with a colon.
      if (!titleLike(stripped.text, false) && hasSep && /^[^:]+:$/.test(stripped.text) && stripped.text.split(/\s+/).length <= 8 && titleLike(stripped.text.slice(0, -1), false)) {
        stripped = { ...stripped, text: stripped.text.slice(0, -1) };
        raw = raw.replace(/:$/, '');
      }
      // "1. To accept Apologies for absence –" over the names: a dash that leads into the next line.
      if (!titleLike(stripped.text, false) && hasSep && /\s[–—-]$/.test(stripped.text) && stripped.text.split(/\s+/).length <= 11 && titleLike(stripped.text.replace(/\s+[–—-]$/, ''), false)) {
        stripped = { ...stripped, text: stripped.text.replace(/\s+[–—-]$/, '') };
        raw = raw.replace(/\s+[–—-]$/, '');
      }
      // "3 Welcome:", "4 To declare any personal and/or prejudicial interest.": the next number of an established
      // sequence, its heading ending in a colon or a full stop.
      // "1. Provost." first: a sequence starts when the next number, a few paragraphs on, is headed the same way.
      const nextInSequence =
        nextOfRun(num, 1) ||
        // ("1. To receive apologies." over "2. To receive declarations of interest.": minutes that keep the agenda's
        // wording as their headings list them the same way.)
        (markers.length === 0 && /^\d{1,3}$/.test(num) && (dottedHeadingFollows(blocks, i, num) || ((agenda || AGENDA_WORDING_START_RE.test(stripped.text)) && (dottedListFollows(blocks, i, num) || numberedLineFollows(blocks, i, num))))) ||
        // ("133. To receive apologies for absence and reasons given i.a.w. Local Government Act 1972, Sch 12, para 40." with
        // "134. To receive declarations of interest …" a few paragraphs on: the agenda's wording, numbered on.)
        (markers.length === 0 && /^\d{1,4}$/.test(num) && AGENDA_WORDING_START_RE.test(stripped.text) && agendaWordingFollows(blocks, i, num)) ||
        // ("24/25/029  Open the Council meeting." with "24/25/030  To receive …" a few paragraphs on: a coded run begins.)
        (markers.length === 0 && codedNextFollows(blocks, i, num));
      // "2. Rearrange the meeting." straight after "1. Make the decisions in private.": numbered options in a minute, not headings.
      let sequenceTitle = false;
      // (Unless that line was itself taken as a heading: "1. To receive apologies." / "2. To receive declarations …".)
      const afterNumberedLine = !agenda && /^\d{1,3}\.\s+\S/.test(blocks[i - 1]?.text.trim() ?? '') && /\.$/.test(blocks[i - 1]?.text.trim() ?? '') && (markers[markers.length - 1]?.index !== i - 1 || /\s[–—-]\s/.test(stripped.text));
      if (!titleLike(stripped.text, false) && nextInSequence && !rest && /[.:]$/.test(stripped.text) && !afterNumberedLine) {
        const cut = stripped.text.slice(0, -1).trim();
        // "084/22 Notes of the meeting held on 3.10.22 to be confirmed and signed as minutes.", "085/22 Financial matters:
        // Accounts for payment.": a number as distinctive as "084/22" allows a longer heading, a date's dots and one colon.
        const distinctiveNum = /\d[/.]\d|[A-Za-z]/.test(num);
        // ("i.a.w.", "e.g.": an abbreviation's dots are not a sentence's.)
        const punctuation = (distinctiveNum ? cut.replace(/\d\.\d/g, '').replace(/^([^:]{3,40}):\s+(?=\p{Lu})/u, '$1 ') : cut).replace(/\b(?:No|St|etc)\./g, '').replace(/\b(?:\p{Ll}\.){2,}/gu, '');
        // ("3. To approve the notes of the meeting held on Tuesday 9 July 2024 as accurate Minutes.": the agenda's wording
        // kept as the heading may run longer.)
        // (Not a heading run into its minute: "Declarations of interest The chair reminded members …".)
        const agendaWorded = (AGENDA_WORDING_START_RE.test(cut) || /^To\s+resolve\b/.test(cut) || STANDARD_ITEM_RE.test(cut)) && !/\s(?:The|There|No|None|Nil|It|This|These|Members|Councillors?|Cllrs?)\s/.test(cut);
        if (titleLike(cut, distinctiveNum || agenda || agendaWorded) && cut.split(/\s+/).length <= (distinctiveNum || agenda ? 25 : agendaWorded ? 20 : 12) && !SPEECH_RE.test(cut.replace(/\bto\s+be\s+\w+/gi, '')) && !PERSON_START_RE.test(cut) && !/\b(?:was|were|is|are|has|have|had|been|will|would)\b/i.test(cut) && !/[.:;]/.test(punctuation)) {
          stripped = { ...stripped, text: cut };
          raw = raw.replace(/\s*[.:]$/, '');
          // An agenda's long heading ("To approve as a correct record the Minutes of …") passed the relaxed test.
          sequenceTitle = agenda && !titleLike(cut, false);
        }
      }
      // "21.PRESENT Councillors: A Brown, C Dunn": a short line can read as a title, yet is a heading in capitals and its list.
      // "574. To invite Councillors to declare an interest. None were declared": the heading, then a minute of nothing.
      // "083/22 To receive any declarations of interest …:  None.": the same after a colon.
      // "409 DECLARATIONS OF INTEREST – None": after a dash.
      // "21/02-2 DECLARATIONS OF INTEREST & REQUESTS FOR DISPENSATION No declarations … were made …. No requests …": a
      // heading in capitals run into its text is split there first.
      const capsFirst = !rest && /\d[/–-]\d/.test(num) ? CAPS_RUN_ON_RE.exec(stripped.text) : null;
      if (capsFirst?.[1] && capsFirst[2] && capsFirst[1].split(/\s+/).length >= 2 && titleLike(capsFirst[1], false) && !PERSON_START_RE.test(capsFirst[1])) {
        raw = capsFirst[1];
        rest = capsFirst[2];
        stripped = stripDocResidue(raw);
      }
      // "141/19 Declaration of Members Interests: One non-pecuniary declaration … on item 147/19 (vi).": a short heading, a
      // colon and a sentence of the minute.
      const colonFirst = !rest && (hasSep || /\d[/–-]\d/.test(num)) ? /^(\p{Lu}[^:.;]{2,60}?):\s+(\p{Lu}(?:\S+\s+){7,}.*)$/u.exec(raw.trim()) : null;
      if (colonFirst?.[1] && colonFirst[2] && STANDARD_ITEM_RE.test(colonFirst[1]) && isShortHeading(colonFirst[1])) {
        raw = colonFirst[1];
        rest = colonFirst[2];
        stripped = stripDocResidue(raw);
      }
      // ("5) Declarations of interest - none": the word in lower case, or in capitals, as well.)
      const nothing = (hasSep || /\d\/\d/.test(num) || /\s[–—-]\s+(?:None|Nil|none|nil|NONE|NIL)\b/.test(stripped.text) || /:\s+(?:None|Nil|none|nil|NONE|NIL|There\s+(?:were|was)\s+no)/.test(stripped.text)) && !rest ? /^(.{10,200}?)(?:\.|:|\s[–—-])\s+((?:None|No|Nil|none|nil|NONE|NIL|There\s+(?:were|was)\s+no(?:ne)?)\b.{0,80})$/.exec(stripped.text) : null;
      if (nothing?.[1] && nothing[2] && titleLike(nothing[1], false)) {
        // ("Deferment of Business - (for comment by the public) - There were no …": the heading's note is not its title.)
        raw = nothing[1].replace(/\s+[–—-]\s+\([^()]{2,60}\)$/, '');
        rest = nothing[2];
        stripped = stripDocResidue(raw);
      }
      // "2 Declarations of interest None", "4 Public Participation Nothing tabled.": the next of a run, standard business
      // and its minute of nothing, without a stop between.
      // ("2. Declarations of Interest NONE": in capitals.)
      const bareNothing = !rest && !nothing && nextOfRun(num, 1) ? /^(.{6,120}?)\s+((?:None|Nil|Nothing|NONE|NIL)\b.{0,80})$/.exec(stripped.text) : null;
      if (bareNothing?.[1] && bareNothing[2] && STANDARD_ITEM_RE.test(bareNothing[1]) && titleLike(bareNothing[1], false)) {
        raw = bareNothing[1];
        rest = bareNothing[2];
        stripped = stripDocResidue(raw);
      }
      // "2. Present – Alan Ross, Stephen MacKinnon, …": the attendance's own heading, a dash or a colon, then who.
      const attended = !rest ? ATTENDANCE_HEAD_THEN_NAMES_RE.exec(stripped.text) : null;
      if (attended?.[1] && attended[2]) {
        raw = attended[1];
        rest = attended[2];
        stripped = stripDocResidue(raw);
      }
      // "13/63 Apologies for absence D Wise & C Collett": the heading, then only the names of those who sent them.
      const apologised = !rest ? APOLOGIES_THEN_NAMES_RE.exec(stripped.text) : null;
      if (apologised?.[1] && apologised[2]) {
        raw = apologised[1];
        rest = apologised[2];
        stripped = stripDocResidue(raw);
      }
      // "1 Welcome; The Chairman … opened the meeting", "2 Apologies, Councillor A, B", "6 Secretary Report; A Hydro Scheme …":
      // standard business (or a report) of a few words, then a semicolon or a comma and the minute.
      // (A comma only before a sentence, a member or "None": "Welcome, Introductions and Apologies", "Announcements from the
      // Mayor, Leader and Chief Executive" are titles listing their business.)
      const semi = !rest ? SHORT_HEAD_THEN_TEXT_RE.exec(stripped.text) : null;
      const clause = semi?.[2]?.split(/[,.;:]/, 1)[0] ?? '';
      // ("Planning, licensing and tree preservation order applications": a title listing its business in lower case; a
      // sentence has its verb.)
      const sentenceAfterComma =
        /^(?:None|Nil|No\b|(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s)/.test(clause) ||
        (clause.split(/\s+/).map((w) => w.replace(/[()]/g, '')).some((w) => /^\p{Ll}/u.test(w) && !TITLE_JOINER_RE.test(w)) && !STANDARD_ITEM_RE.test(clause) && /\b(?:was|were|is|are|had|has|have|will|would|\p{Ll}{3,}ed)\b/u.test(clause));
      if (semi?.[1] && semi[2] && (/^\s*;/.test(semi[0].slice(semi[1].length)) || sentenceAfterComma) && isBusinessHeading(semi[1])) {
        raw = semi[1].trim();
        rest = semi[2];
        stripped = stripDocResidue(raw);
      }
      // "573. Apologies for Absence: There were no absentees": standard business, a colon, and its minute.
      const standardThenText = (hasSep || /^[^:]{3,60}:\s/.test(stripped.text)) && STANDARD_ITEM_RE.test(stripped.text) && /^[^:–—]{3,60}(?::|\s[–—-])\s+\p{Lu}\S*\s+\S+/u.test(stripped.text);
      const listAfterCaps = (hasSep && /:\s/.test(stripped.text) && CAPS_RUN_ON_RE.test(stripped.text)) || standardThenText;
      // "12. MINUTES 12th April 2012 It was PROPOSED by …", "11. QUESTIONS There were no questions …", "6. Financial Report
      // The following was reported:": a short line, yet a heading run into its minute's first sentence.
      const capsRunOn = hasSep && !rest && runOnHeading(stripped.text) !== null;
      if ((!titleLike(stripped.text, false) && !longOverLabel && !sequenceTitle) || listAfterCaps || capsRunOn) {
        // "233 TRANSPORT PLAN – The Committee considered …", "46. Apologies: Cllrs A and B.": the heading, then its text.
        // "21/02-2 DECLARATIONS OF INTEREST No declarations …": a number as distinctive as "21/02-2" needs no full stop after it.
        // ("299     Minutes of the … Meeting held on May 22 2017. The Council noted …": the next number of a run of two or
        // more, printed without a point, is numbered as surely as with one.)
        const numberedHere = hasSep || /\d[/–-]\d/.test(num) || nextOfRun(num, 2);
        const head =
          headingBeforeText(raw, numberedHere, /\d[/–-]\d/.test(num)) ?? (!numberedHere && undottedRunFollows(blocks, i, num) ? headingBeforeText(raw, true, false) : null);
        if (!head) {
          takeParagraph(i);
          continue;
        }
        raw = head.title;
        rest = head.rest;
        stripped = stripDocResidue(raw);
      }
      // "Item 13 – Mr B Lobban (Financial)": a reference to an item inside another item's minutes, not a heading.
      // ("Councillor vacancies": a subject, not a person.)
      if (PERSON_START_RE.test(stripped.text) && !/^\S+\s+\p{Ll}/u.test(stripped.text)) continue;
      if (/^\d/.test(stripped.text)) {
        takeParagraph(i);
        continue;
      }
      const marker: Marker = { index: i, consumed: 1, number: num, rawTitle: raw, ...(rest ? { rest } : {}) };
      if (!hasSep) {
        // "19 DECLARATIONS OF INTEREST", "CYPE/24/45 MINUTES", "OSC 12/25 Apologies": a heading without a dot.
        const capsTitle = /\p{Lu}{2}/u.test(stripped.text) && stripped.text === stripped.text.toUpperCase();
        // ("356.1 Chairs Welcome", "356.2 Minutes …": a minute book's meeting number, then the item's.)
        // (Only over a heading: "134.23 There were no declarations …" is a minute's sentence under a year-coded number.)
        const distinctive = (/[/A-Za-z]/.test(num) && /\d/.test(num)) || (/^\d{3,4}\.\d{1,2}$/.test(num) && titleLike(stripped.text, false) && !/^(?:The|There|It|This|No|None|Members|Councillors?|Cllrs?)\b/.test(stripped.text));
        const strong =
          stripped.doc !== null ||
          header.itemNumber === num ||
          isSectionBlock(blocks[i + 1]) ||
          capsTitle ||
          STANDARD_ITEM_RE.test(stripped.text) ||
          (distinctive && firstShape !== null) ||
          // the next number in an established sequence ("3 Community Safety Annual Report" after 1 and 2)
          nextOfRun(num, 1) ||
          // an agenda's table, a row perhaps lost between ("1 Apologies", then "3 Minute of previous meeting")
          (agenda && prevNum !== null && firstShape === shape(num) && (stepFrom(prevNum, num) ?? 99) <= 2 && markers.length >= 1);
        // "C051/15 To confirm the Minutes …" then "C052/15 To receive …": two weak headings whose distinctive numbers (letters,
        // a stroke) run one after the other make each other strong.
        const w = weak as Marker | null;
        // ("4.01 Cross Tree Turf …" then "4.02 Spinney Acquisition": sub-items of an item whose own heading is not on the page,
        // two headings whose decimal numbers run one after the other; headings, not a minute's numbered sentences.)
        const decimalPair = !!w?.number && /^\d{1,3}\.\d{1,2}$/.test(num) && titleLike(stripped.text, false) && titleLike(stripDocResidue(w.rawTitle).text, false);
        const pairs = !strong && (distinctive || decimalPair) && w?.number && shape(w.number) === shape(num) && stepFrom(w.number, num) === 1;
        if (!strong && !pairs) {
          if (accept(num, false)) weak = marker;
          continue;
        }
      }
      // "392/02 2 Election of Chairman" after "1 Apologies for absence": the minute's number, then the agenda's, which
      // carries on the count; the heading is taken by the agenda's number and keeps the minute's.
      const agendaNo = /^\s*(?:[.:)]|\s[-–—])?\s+(\d{1,3})\.?\s+(?=[A-Z])/.exec(rowText.slice(rowText.indexOf(num) + num.length));
      if (agendaNo?.[1] && !inline[4].startsWith(agendaNo[1]) && firstShape !== null && shape(num) !== firstShape && accept(agendaNo[1], false)) {
        markers.push({ ...marker, number: num });
        commit(agendaNo[1]);
        continue;
      }
      take({ ...marker, number: num }, false);
    }
  }
  // The list's first heading may be the one that lost its number.
  const first = markers[0];
  if (first && first.number !== null) {
    const lost: Marker[] = [];
    for (let i = from; i < first.index; i++) {
      const b = blocks[i];
      if (b?.bullet && !skip.has(i) && lostNumberHeading(blocks, i, skip)) lost.push({ index: i, consumed: 1, number: null, rawTitle: b.text });
    }
    if (lost.length > 0 && lost.length <= 2) markers = [...lost, ...markers];
  }
  return withListGaps(markers, blocks, skip);
}

/** "SOUTH EASTERN TRUST Minutes of a Public meeting of the Trust Board held on …": a body's name in capitals, then the meeting's heading (the header's own test). */
const isDocumentHeading = (t: string) => {
  const m = /^[^\p{Ll}]{3,120}\s+(Minutes\s+of\s.+)$/u.exec(t);
  // The line may run on into the minutes: the heading is in its first words.
  return !!m?.[1] && isMeetingHeading(m[1].slice(0, 250));
};

/** A heading in capitals: no lower-case letter, at least two capitals together. */
const CAPITALS_TITLE_RE = /^(?=.*\p{Lu}{2})[^\p{Ll}]{3,200}$/u;

const PARAGRAPH_AFTER_CAPS_RE = /^(\d{1,3})\.\s+(?=\p{Lu}[\p{L}'’]*\s+\S+\s+\S)/u;

const LIST_LINE_RE = /^(\d{1,3})\.?\s+(\p{Lu}.{1,400})$/u;

/**
 * An agenda printed as a bare list, one numbered line each ("1. Apologies", "2. Minutes", …): a line too long or too
 * sentence-like to read as a heading alone ("3. Public question time (… to ask questions.)") is still an item when
 * it is exactly the missing number between two listed items, every line of the stretch being such a line. Lines
 * after the last item are taken the same way only when they run on to the end of the page.
 */
function withListGaps(markers: Marker[], blocks: readonly Block[], skip: Set<number>): Marker[] {
  const bare = (m: Marker | undefined): m is Marker & { number: string } => !!m && m.consumed === 1 && m.rest === undefined && m.number !== null && /^\d{1,3}$/.test(m.number);
  const nextUsed = (k: number): number => {
    let j = k;
    while (j < blocks.length && skip.has(j)) j++;
    return j;
  };
  const out: Marker[] = [];
  for (let k = 0; k < markers.length; k++) {
    const a = markers[k] as Marker;
    out.push(a);
    const b = markers[k + 1];
    if (!bare(a)) continue;
    const listed = (k > 0 && bare(markers[k - 1]) && nextUsed((markers[k - 1] as Marker).index + 1) === a.index) || (b !== undefined && bare(b));
    if (!listed) continue;
    const gap: Marker[] = [];
    let n = Number(a.number);
    let j = nextUsed(a.index + 1);
    const end = b ? b.index : blocks.length;
    let ok = j < end;
    while (ok && j < end) {
      const blk = blocks[j];
      const m = blk && !blk.bullet ? LIST_LINE_RE.exec(blk.text) : null;
      if (!m || !m[1] || !m[2] || Number(m[1]) !== n + 1) {
        ok = false;
        break;
      }
      n++;
      gap.push({ index: j, consumed: 1, number: m[1], rawTitle: m[2].replace(/\.$/, '') });
      j = nextUsed(j + 1);
    }
    // Between two items the gap must be exactly the missing numbers; after the last, it must reach the page's end.
    if (!ok || gap.length === 0 || (b ? !(bare(b) && Number(b.number) === n + 1) : gap.length > 3)) continue;
    out.push(...gap);
  }
  return out;
}

/** "Item / Notes / Action 13.17/18 / …": the head of a table copied with " / " between cells, run into its first row. */
const SLASH_TABLE_HEAD_RE = /^(?:Item|No\.?|Number|Minute(?:\s+No\.?)?|Ref\.?)(?:\s+\/\s+[A-Z][A-Za-z]+){1,3}\s+(?=\d)/;

const SLASH_ROW_RE = new RegExp(`^(${NUM_CORE})\\.?\\s+\\/\\s+([^/]{2,160}?)\\s\\/\\s+(\\S[\\s\\S]*)$`);

/** The head of a copied table of items: "No. Item", "Number Item", "Minute No. Subject". */
const TABLE_HEAD_RE = /^(?:no\.?|number|item\s+no\.?|minute\s+no\.?|rhif\.?)\s+(?:item|title|subject|eitem)(?:$|\s+(?=\d))/i;
const GLUED_ROW_RE = /^(\d{1,4})(\p{Lu}\p{Ll}.+)$/u;

/**
 * A table of items copied without its cell breaks: under "Number Item", rows "2Print 5 - Committees' minutes",
 * "5Changes to committees". Each row is an item; lettered lines under a row belong to it.
 */
function findGluedRows(blocks: readonly Block[], from: number, skip: Set<number>): Marker[] | null {
  const headAt = blocks.findIndex((b, k) => k < from + 40 && !b.bullet && TABLE_HEAD_RE.test(b.text));
  if (headAt < 0) return null;
  const markers: Marker[] = [];
  for (let i = Math.max(headAt, from); i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || b.bullet || skip.has(i)) continue;
    // The copy can run the head into the first row ("Number Item 2857Minutes of …").
    const text = i === headAt ? b.text.replace(TABLE_HEAD_RE, '') : b.text;
    const first = GLUED_ROW_RE.exec(text);
    if (!first || !first[1] || !first[2] || /^\d{1,4}(?:st|nd|rd|th)\b/i.test(text)) continue;
    // Two rows run together ("7Correspondence … View Papers 8Question by …"): the next number starts the next row.
    const rows: string[] = [];
    let rowText = text;
    for (let n = Number(first[1]) + 1, k = 0; k < 10; n++, k++) {
      const at = rowText.search(new RegExp(`\\s${n}(?=\\p{Lu}\\p{Ll})`, 'u'));
      if (at < 0) break;
      rows.push(rowText.slice(0, at));
      rowText = rowText.slice(at + 1);
    }
    rows.push(rowText);
    for (const row of rows) {
    const m = GLUED_ROW_RE.exec(row);
    if (!m || !m[1] || !m[2]) continue;
    // Lettered lines run on ("5Changes to committees (a)Development …", "6Representation on outside bodies:- (a)…").
    const cut = /\s*(?::-|:)?\s+\([a-z]\)(?=\S)|:-\s*$/.exec(m[2]);
    const title = (cut ? m[2].slice(0, cut.index) : m[2]).replace(/\.$/, '').trim();
    const rest = cut ? m[2].slice(cut.index).replace(/^\s*:-?\s*/, '').trim() : '';
    markers.push({ index: i, consumed: 1, number: m[1], rawTitle: title, ...(rest ? { rest } : {}) });
    }
  }
  return markers.length >= 3 ? markers : null;
}

const ATTENDANCE_LINE_RE = /^(?:(?:those\s+)?present(?:\s+were)?|apologies(?:\s+for\s+absence)?|absent|by\s+invitation|(?:also\s+)?in\s+attendance|also\s+present|members\s+of\s+(?:the\s+)?public|(?:parish\s+|town\s+|community\s+)?clerk|minute\s+taker)\s*:\s*\S/i;
const OFFICE_HOLDER_LINE_RE = /^(?:(?:Vice[-\s]?)?Chair(?:man|person|woman)?|Secretary|Treasurer|Convener|President|Minute\s+Secretary)\s+[–—-]\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}$/u;

function findUnnumbered(blocks: readonly Block[], from: number, header: Header, skip: Set<number>): Marker[] {
  const markers: Marker[] = [];
  let strongCount = 0;
  for (let i = from; i < blocks.length; i++) {
    if (skip.has(i)) continue;
    const b = blocks[i];
    if (!b || b.bullet) continue;
    const stripped = stripDocResidue(b.text);
    const doc = stripped.doc;
    // ("Matters Arising:-", "Treasurers report:-", "Minutes of the Meeting on 11 December 2017-": a heading of a few words
    // typed with a colon or a dash after it, the text under it.)
    // (Not a colon alone: "YN BRESENNOL:", "Additional documents:" are a list's and a page's labels.)
    const bare = stripped.text.replace(/\s*(?::-|:?\s*[-–—])$/, '');
    const text = bare !== stripped.text && bare.split(/\s+/).length <= 8 && !/\b(?:was|were|is|are|be|following|as\s+follows)\b/i.test(bare) ? bare : stripped.text;
    if (!titleLike(text, false) || PART_HEADING_RE.test(text) || AUTHOR_LINE_RE.test(text)) continue;
    if (/^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)\s/.test(text)) continue;
    // ("Apologies were received from" over the names: a sentence that goes on in the lines under it.)
    if (/\b(?:were|was|had\s+been)\s+\p{Ll}+\s+(?:from|by|to)$/u.test(text)) continue;
    // "Present: CCllrs A, B", "Apologies: …", "By Invitation: …": the attendance, not a heading (though a page
    // laid out with such labels is one of headed sections).
    if (ATTENDANCE_LINE_RE.test(text)) {
      strongCount++;
      continue;
    }
    // "Chairperson – Margaret Ponton", "Secretary – Ian Pilmer": an office and who holds it.
    if (OFFICE_HOLDER_LINE_RE.test(text)) continue;
    const next = blocks[i + 1];
    const prev = blocks[i - 1];
    const strong = doc !== null || isSectionBlock(next) || STANDARD_ITEM_RE.test(text);
    const prevEnds = !prev || skip.has(i - 1) || i === from || /[.!?:;)\]"”’]$/.test(prev.text) || markers.some((m) => m.index === i - 1) || ATTENDANCE_LINE_RE.test(prev.text) || (markers.some((m) => m.index === i - 2) && prev.text.split(/\s+/).length <= 12);
    // (Not the line straight under a heading just taken, "Matters Arising:-" over "No matters arising": that is its text; the
    // heading after such a line of text is one.)
    const underHeading = markers.some((m) => m.index === i - 1) && !strong;
    const generic =
      text.split(/\s+/).length <= 10 && prevEnds && !underHeading && !!next && !next.bullet && /^[A-Z[("“‘]/.test(next.text) && !/^[A-Z][a-z]+\s(?:and|or)$/.test(text);
    if (!strong && !generic) continue;
    if (strong) strongCount++;
    markers.push({ index: i, consumed: 1, number: null, rawTitle: text === stripped.text ? b.text : text });
  }
  // "PRAYERS" / "BEREAVEMENT" / "CORPORATE HEALTH STANDARD", each over its text: three headings in capitals are
  // headings, though none is standard business.
  const caps = markers.filter((m) => {
    const t = blocks[m.index]?.text.trim() ?? '';
    return t === t.toUpperCase() && /\p{Lu}{4}/u.test(t);
  }).length;
  // "Hillswick Shop" / "Community Council Bi-Election – Co-option" / …, each over a paragraph that ends its sentences:
  // a page laid out in headed sections, four or more of them, with standard business among them.
  const sections = markers.filter((m) => {
    const under = blocks[m.index + 1]?.text ?? '';
    return under.length >= 40 && /[.!?)]$/.test(under.trim());
  }).length;
  const enough = strongCount >= 2 || (header.pageKind === 'meeting' && strongCount >= 1) || caps >= 3 || (strongCount >= 1 && sections >= 4 && sections * 4 >= markers.length * 3);
  return enough ? markers : [];
}

const PARAGRAPH_NUMBER_RE = /^(\d{1,3})\.(\d{1,2})(?:\.\d{1,2})?\.?\s+\S/;

/**
 * Minutes numbered by paragraph with no item headings: "1.1 It was proposed …", "2.1 The Chief Executive …",
 * "2.4.1 It was agreed …". Paragraphs 1.x are item 1, 2.x item 2 (no title printed). Only when every item's first
 * paragraph is N.1 and the items run 1, 2, 3 … (or on from any first number) in order; otherwise null.
 */
function paragraphItems(body: readonly Block[]): ItemDraft[] | null {
  const starts: { at: number; major: number }[] = [];
  let last = 0;
  for (let k = 0; k < body.length; k++) {
    const b = body[k];
    if (!b || b.bullet || b.text.length < 4 || !/^\d/.test(b.text)) continue;
    const m = PARAGRAPH_NUMBER_RE.exec(b.text);
    if (!m) continue;
    const major = Number(m[1]);
    const minor = Number(m[2]);
    if (major === last) continue;
    if (minor !== 1 || (last !== 0 && major !== last + 1)) return null;
    starts.push({ at: k, major });
    last = major;
  }
  if (starts.length < 2) return null;
  // "1 Introductions, apologies, substitutions, and declarations of interest" over "1.1 The Chair welcomed …": the item's
  // heading printed with its number, a few lines above its first paragraph (after the last item's).
  const heads = starts.map((st, k) => {
    const from = k > 0 ? (starts[k - 1]?.at ?? 0) + 1 : 0;
    for (let h = st.at - 1; h >= from && h >= st.at - 4; h--) {
      const m = new RegExp(`^${st.major}\\.?\\s+(\\p{Lu}.{2,200})$`, 'u').exec(body[h]?.text.trim() ?? '');
      if (m?.[1] && !/[.!?]$/.test(m[1]) && titleLike(m[1], false)) return { at: h, title: m[1] };
    }
    return null;
  });
  return starts.map((st, k) => {
    const head = heads[k];
    const end = heads[k + 1]?.at ?? starts[k + 1]?.at ?? body.length;
    return { number: String(st.major), title: head?.title ?? '', titleDoc: null, body: body.slice(head ? head.at + 1 : st.at, end) };
  });
}

/**
 * "1 There were no apologies received for absence." / "2 Declarations of Interest were expressed by …" / "3 The Minutes of
 * the previous meeting were unanimously agreed." / "4 Matters arising from the previous meeting": a small council's
 * minutes numbered by paragraph, most with no heading. Each number is an item, titled only where its paragraph is a
 * heading; the sentence stays in the item's minutes. Only when no headings were found, the numbers run 1, 2, 3 … in
 * order, three or more, every paragraph that opens with a number is one of them, and no sentence introduces them as a
 * list.
 */
const NUMBERED_PARAGRAPH_RE = /^(\d{1,2})\.?\s+(?=\p{Lu})/u;
function numberedParagraphItems(body: readonly Block[]): ItemDraft[] | null {
  const starts: { at: number; num: number; rest: string }[] = [];
  for (let k = 0; k < body.length; k++) {
    const b = body[k];
    if (!b || b.bullet || !/^\d/.test(b.text)) continue;
    const m = NUMBERED_PARAGRAPH_RE.exec(b.text);
    if (!m?.[1]) return null;
    const num = Number(m[1]);
    if (num !== (starts[starts.length - 1]?.num ?? 0) + 1) return null;
    starts.push({ at: k, num, rest: b.text.slice(m[0].length).trim() });
  }
  // ("The Mayor has three options:" over "1. Make the decisions in private.", …: a list a sentence introduces, inside a minute.)
  if (starts.length < 3 || /[:;]-?\s*$/.test(body[(starts[0]?.at ?? 0) - 1]?.text ?? '')) return null;
  return starts.map((st, k) => {
    // ("4 Matters Arising from the previous meeting:": a heading over what follows, its colon not part of it.)
    const text = st.rest.replace(/\s*:-?$/, '');
    const heading = titleLike(text, false) && !/[.!?]$/.test(text);
    const rest = body.slice(st.at + 1, starts[k + 1]?.at ?? body.length);
    return { number: String(st.num), title: heading ? text : '', titleDoc: null, body: heading ? rest : [{ ...(body[st.at] as Block), text: st.rest }, ...rest] };
  });
}

/**
 * "TBTF/21 There were no declarations of interest." / "TBTF/22 It was moved by …": minutes numbered with the body's
 * letters and a running number, no heading printed. Each number is an item with no title, its sentence the minute. Only
 * when no headings were found, three or more share the letters and run on one after another, and no paragraph that
 * opens with those letters breaks the run.
 */
const CODED_PARAGRAPH_RE = /^(\p{Lu}{2,6})\/(\d{1,4})\s+(?=\p{Lu})/u;
function codedParagraphItems(body: readonly Block[]): ItemDraft[] | null {
  const starts: { at: number; code: string; num: number; rest: string }[] = [];
  for (let k = 0; k < body.length; k++) {
    const b = body[k];
    const m = b && !b.bullet ? CODED_PARAGRAPH_RE.exec(b.text) : null;
    if (!m?.[1] || !m[2]) continue;
    const prev = starts[starts.length - 1];
    if (prev && (m[1] !== prev.code || Number(m[2]) !== prev.num + 1)) return null;
    starts.push({ at: k, code: m[1], num: Number(m[2]), rest: (b as Block).text.slice(m[0].length).trim() });
  }
  if (starts.length < 3) return null;
  return starts.map((st, k) => ({
    number: `${st.code}/${st.num}`,
    title: '',
    titleDoc: null,
    body: [{ ...(body[st.at] as Block), text: st.rest }, ...body.slice(st.at + 1, starts[k + 1]?.at ?? body.length)],
  }));
}

/**
 * "Ferry Correspondence: CR has established …" / "Bus Service Consultation: EP attended …" / "Matters Arising" / "Rally
 * Update:": a small council's minutes with no numbers, each item a short heading before a colon and its minute after
 * it (or a short heading line on its own). Only when no other headings were found and three or more paragraphs open so;
 * the attendance's own labels are not items.
 */
const COLON_HEADED_RE = /^(\p{Lu}[^:.;!?]{2,60}?)\s*:\s*(\S.*)?$/su;
const NOT_ITEM_LABEL_RE = /^(?:(?:those\s+)?present|(?:also\s+)?in\s+attendance|also\s+present|absent|attendees|(?:parish\s+|town\s+)?clerk|chair(?:man|person)?|minute\s+taker|members\s+of\s+(?:the\s+)?public|venue|date|time|place|location|cc|cllrs?|councillors?|note|nb|action|actions|proposed|seconded|agreed|resolved)$/i;
function colonHeadedItems(body: readonly Block[]): ItemDraft[] | null {
  const heads: { at: number; title: string; rest: string | null }[] = [];
  let colons = 0;
  for (let k = 0; k < body.length; k++) {
    const b = body[k];
    if (!b || b.bullet) continue;
    const t = b.text.trim();
    const m = t.length < 4000 ? COLON_HEADED_RE.exec(t) : null;
    const head = m?.[1]?.trim() ?? '';
    // ("Decision published: 15/01/2018", "Effective from: …": a record's fields, not minutes; a minute after a heading is
    // a sentence.)
    const rest = m?.[2]?.trim() ?? '';
    const sentence = rest.split(/\s+/).length >= 4 && /\b\p{Ll}{3,}\b/u.test(rest);
    if (m && head.split(/\s+/).length <= 8 && titleLike(head, false) && !NOT_ITEM_LABEL_RE.test(head) && !PERSON_START_RE.test(head) && (!rest || sentence)) {
      heads.push({ at: k, title: head, rest: rest || null });
      if (rest) colons++;
      continue;
    }
    // "Matters Arising" on its own line, over the items with colons.
    const next = body[k + 1];
    if (t.length <= 60 && t.split(/\s+/).length <= 6 && !/[.:;,]$/.test(t) && titleLike(t, false) && !PERSON_START_RE.test(t) && next && !next.bullet && COLON_HEADED_RE.test(next.text.trim())) {
      heads.push({ at: k, title: t, rest: null });
    }
  }
  if (colons < 3) return null;
  return heads.map((h, k) => {
    const end = heads[k + 1]?.at ?? body.length;
    const own = h.rest ? [{ ...(body[h.at] as Block), text: h.rest }] : [];
    return { number: null, title: h.title, titleDoc: null, body: [...own, ...body.slice(h.at + 1, end)] };
  });
}

/**
 * "-" / "Election of Chair" / "It was resolved unanimously to elect …" / "-" / "Apologies for absence" / "-" / "Apologies
 * were received …": a numbered list copied from a web page with its numbers lost, a dash on a line of its own between
 * the parts. The short heading-like line after a dash is an item's heading; four or more are needed.
 */
const SEPARATOR_RE = /^[-–—*•]$/;
function separatedHeadings(body: readonly Block[]): ItemDraft[] | null {
  const starts: number[] = [];
  for (let k = 1; k < body.length; k++) {
    const b = body[k];
    const prev = body[k - 1];
    if (!b || !prev || b.bullet || !SEPARATOR_RE.test(prev.text.trim())) continue;
    const t = b.text.trim();
    if (SEPARATOR_RE.test(t) || t.length > 120 || t.split(/\s+/).length > 16 || /[.;:,]$/.test(t) || !titleLike(t, false) || !body[k + 1]) continue;
    starts.push(k);
  }
  if (starts.length < 4) return null;
  return starts.map((at, k) => ({
    number: null,
    title: body[at]?.text.trim() ?? '',
    titleDoc: null,
    body: body.slice(at + 1, starts[k + 1] !== undefined ? starts[k + 1] : body.length).filter((b) => !SEPARATOR_RE.test(b.text.trim())),
  }));
}

/**
 * "PUBLIC FORUM", "Open Forum", "ADJOURNMENT FOR PUBLIC COMMENT" on a line of its own among numbered minutes: the public's
 * part of the meeting, which parish minutes print without a number, is an item of its own (its text is not the item
 * above's). ("Public Session" is left alone: a CMIS page heads its public part so, over the numbered items.)
 */
const PUBLIC_SESSION = String.raw`(?:(?:the\s+)?(?:public|open)\s+(?:forum|participation|question\s+time|questions|speaking)|(?:adjournment|adjourned)\s+for\s+(?:the\s+)?(?:public|members\s+of\s+the\s+public)(?:\s+(?:comment|comments|participation|questions|forum|session))?|democratic\s+period)`;
const PUBLIC_SESSION_LINE_RE = new RegExp(String.raw`^${PUBLIC_SESSION}\.?$`, 'i');
/** An item the public-session reader below made ("Open Forum", "Democratic Period"): no part of the page's numbering. */
export const isPublicSessionItem = (d: { number: string | null; title: string }): boolean => d.number === null && PUBLIC_SESSION_LINE_RE.test(d.title.trim());
const PUBLIC_SESSION_RUN_IN_RE = new RegExp(String.raw`^(${PUBLIC_SESSION})\s*(?::|[–—-])\s+(\p{Lu}.{10,})$`, 'iu');
function withPublicSessions(markers: Marker[], blocks: readonly Block[], from: number, skip: Set<number>): Marker[] {
  const taken = new Set(markers.map((m) => m.index));
  const added: Marker[] = [];
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || b.bullet || skip.has(i) || taken.has(i)) continue;
    // ("Public speaking: Chairman Cllr T Batten asked the attendees …": the heading run into its text, after a colon or dash.)
    const runIn = PUBLIC_SESSION_RUN_IN_RE.exec(b.text.trim());
    if (!PUBLIC_SESSION_LINE_RE.test(b.text.trim()) && !runIn) continue;
    // (Inside a heading's lines, "10. Public" / "Forum", it is the heading's own.)
    if (markers.some((m) => i > m.index && i < m.index + m.consumed)) continue;
    added.push(runIn?.[1] && runIn[2] ? { index: i, consumed: 1, number: null, rawTitle: runIn[1], rest: runIn[2] } : { index: i, consumed: 1, number: null, rawTitle: b.text.trim() });
  }
  return added.length === 0 ? markers : [...markers, ...added].sort((a, b) => a.index - b.index);
}

/** "The Management Committee agreed to" over "1) Note that …", "2) Note the content of the report": a decision's points. */
const LIST_INTRO_RE = /\b(?:agreed|resolved|RESOLVED|decided|recommended|noted|AGREED)\b.{0,80}(?:\bto|\bthat|:)$/;

/**
 * The numbers read are one list of points under a sentence that introduces them ("… agreed to", "RESOLVED that:"), from
 * 1 and all in one run with nothing between them but their own text: a resolution's points, not the page's items.
 */
function resolutionList(markers: readonly Marker[], blocks: readonly Block[]): boolean {
  const first = markers[0];
  if (!first || first.number !== '1' || markers.length > 6) return false;
  const intro = blocks[first.index - 1]?.text.trim() ?? '';
  if (!LIST_INTRO_RE.test(intro) || intro.length > 400) return false;
  // (Each the next number, no more than a few blocks after the last: one list, not a page numbered under its opening.)
  return markers.every((m, k) => m.number === String(k + 1) && (k === 0 || m.index - (markers[k - 1]?.index ?? 0) <= 3));
}

/**
 * "Replacement Members" / "To note any replacement Members appointed for the meeting …" / the minute, then "Disclosures
 * of Interest" / the minute: a ModernGov page copied without its item numbers. Headings are short lines without a full
 * stop, each over its agenda's "To …" wording or standard business; two or more, one at least over its wording.
 */
function wordedHeadings(body: readonly Block[], startOf: (b: Block | undefined) => number): ItemDraft[] | null {
  const starts: number[] = [];
  let worded = 0;
  for (let k = 0; k < body.length; k++) {
    const b = body[k];
    const next = body[k + 1];
    if (!b || b.bullet || !next || b.text.length > 100 || /[.:;,]$/.test(b.text) || b.text.split(/\s+/).length > 10 || !titleLike(b.text, false)) continue;
    const overWording = AGENDA_WORDING_START_RE.test(next.text);
    if (!overWording && !STANDARD_ITEM_RE.test(b.text) && !/^disclosures?\s+of\s+(?:\w+\s+)?interests?$/i.test(b.text)) continue;
    if (overWording) worded++;
    starts.push(k);
  }
  if (starts.length < 2 || worded === 0) return null;
  return starts.map((at, k) => ({ number: null, title: body[at]?.text.trim() ?? '', titleDoc: null, body: body.slice(at + 1, starts[k + 1] ?? body.length), start: startOf(body[at]) }));
}

/**
 * "- Apologies for absence and reasons given. Vote to accept. (1819/030)" / "Apologies … were received …" / "- Declaration of
 * Disclosable Pecuniary Interests … (1819/031)": the minute's number in brackets at the end of its heading's line. Only
 * where three or more such lines count up one by one and nothing else gave items.
 */
const TRAILING_CODE_RE = /^(?:[-•*]\s*)?(\p{Lu}[^()]{2,300}?(?:\([^()]{1,60}\)[^()]{0,200}?)*)\s*\((\d{2,4})\/(\d{2,4})\)(?:\s+(\p{Lu}[\s\S]*))?$/u;
function trailingCodeHeadings(body: readonly Block[], startOf: (b: Block | undefined) => number): ItemDraft[] | null {
  const starts: { at: number; number: string; title: string; n: number; year: string; rest: string }[] = [];
  body.forEach((b, k) => {
    const m = TRAILING_CODE_RE.exec(b.text.trim());
    if (!m?.[1] || !m[2] || !m[3]) return;
    const last = starts[starts.length - 1];
    const n = Number(m[3]);
    if (last && (m[2] !== last.year || n !== last.n + 1)) return;
    starts.push({ at: k, number: `${m[2]}/${m[3]}`, title: m[1].replace(/[.\s]+$/, ''), n, year: m[2], rest: m[4] ?? '' });
  });
  if (starts.length < 3) return null;
  // (The minute run on after the number, on the heading's own line, is the minute's first paragraph.)
  return starts.map((x, k) => ({ number: x.number, title: x.title, titleDoc: null, body: [...(x.rest ? [{ text: x.rest, bullet: false }] : []), ...body.slice(x.at + 1, starts[k + 1]?.at ?? body.length)], start: startOf(body[x.at]) }));
}

/**
 * "A Apologies" / "No apologies received." / "B Minutes of the Previous Meeting" / …: items lettered instead of numbered, a
 * capital and the heading on a line of their own. Only where three or more run A, B, C … (a letter printed twice stays
 * one letter) and nothing else gave items; a person ("A Smith") is no heading, since the letters must follow on.
 */
const LETTERED_LINE_RE = /^([A-Z])\.?\s+(\p{Lu}[\p{L}’'&,()/ -]{2,100})$/u;
function letteredHeadings(body: readonly Block[], startOf: (b: Block | undefined) => number): ItemDraft[] | null {
  const starts: { at: number; letter: string; title: string }[] = [];
  body.forEach((b, k) => {
    const m = b.bullet ? null : LETTERED_LINE_RE.exec(b.text.trim());
    if (!m?.[1] || !m[2] || !titleLike(m[2], false)) return;
    const last = starts[starts.length - 1];
    const code = m[1].charCodeAt(0);
    if (!last ? m[1] === 'A' : code === last.letter.charCodeAt(0) + 1 || code === last.letter.charCodeAt(0)) starts.push({ at: k, letter: m[1], title: m[2].trim() });
  });
  if (new Set(starts.map((x) => x.letter)).size < 3) return null;
  // (A letter printed twice, "D" for two items, is the second one's no number of its own: each decision stays with its item.)
  return starts.map((x, k) => ({ number: k > 0 && starts[k - 1]?.letter === x.letter ? null : x.letter, title: x.title, titleDoc: null, body: body.slice(x.at + 1, starts[k + 1]?.at ?? body.length), start: startOf(body[x.at]) }));
}

/**
 * "- To receive apologies for absence" / "Apologies were received as above" / "- To note the resignation of Cllr A – Noted"
 * / "- To consider co-option of 3 Councillors …": items whose numbers a word processor's list lost in the copy, each
 * opening with the agenda's wording on a line of its own (a bullet or not). Only where three or more different lines open
 * so and nothing else gave items; what follows a heading on its line ("– Noted") is the minute's first words.
 */
const LOST_NUMBER_WORDING_RE = new RegExp(`^To\\s+(?:${AGENDA_VERBS}|determine|resolve|accept|sign|ratify|co-opt)\\b`);
function agendaWordingItems(body: readonly Block[]): ItemDraft[] | null {
  const starts: { at: number; title: string; rest: string }[] = [];
  body.forEach((b, k) => {
    const text = b.text.trim();
    if (text.length > 250 || !LOST_NUMBER_WORDING_RE.test(text)) return;
    // (The line is the heading up to a dash or a sentence's end: "… of 3 Councillors for Selston" whole, a member's
    // name in it or not; a longer line is cut as a run-on heading is.)
    // ("To receive declarations of interest from Councillors The Clerk read out …": the minute run on after it, from its
    // first sentence's opening word.)
    const clean = (t: string) => t.split(/\s+/).length <= 25 && !/\b(?:was|were|had|has|have|received|agreed|resolved|noted)\b/.test(t.replace(/^To\s+\S+/, ''));
    const line = /^(.+?)(?:\s[–—-]\s|[.:]\s|\.?$)/u.exec(text)?.[1] ?? '';
    const beforeOpener = /^(To\s.+?)\s+(?=(?:The|It|Members|RESOLVED|AGREED|Resolved|Agreed|Apologies)\b)/u.exec(line)?.[1] ?? '';
    const title = clean(line) ? line : clean(beforeOpener) ? beforeOpener : agendaWordingTitle(text);
    if (!title) return;
    starts.push({ at: k, title, rest: text.slice(title.length).replace(/^\s*[.:;,–—-]*\s*/, '') });
  });
  if (new Set(starts.map((x) => x.title.toLowerCase())).size < 3) return null;
  return starts.map((x, k) => {
    const rest = x.rest ? [{ text: x.rest, bullet: false }] : [];
    return { number: null, title: x.title, titleDoc: null, body: [...rest, ...body.slice(x.at + 1, starts[k + 1]?.at ?? body.length)] };
  });
}

const BRACKET_NUMBER_RE = /^\((\d{1,2})\)\s+(?=\p{Lu})/u;

/**
 * "(1) Chairman's Opening Remarks …", "(2) Confirmation of Minutes …": minutes numbered in brackets, a style used
 * elsewhere for a resolution's points. Only when nothing else is numbered, the brackets run 1, 2, 3 … and one of
 * them is standard business: the blocks with "1. " in place of "(1) ", for the numbered reader.
 */
function bracketNumbered(blocks: readonly Block[], from: number): Block[] | null {
  let next = 1;
  let standard = false;
  const at = new Set<number>();
  for (let k = from; k < blocks.length; k++) {
    const b = blocks[k];
    const m = b && !b.bullet ? BRACKET_NUMBER_RE.exec(b.text) : null;
    if (!m || Number(m[1]) !== next) continue;
    at.add(k);
    next++;
    if (STANDARD_ITEM_RE.test((b as Block).text.slice(m[0].length))) standard = true;
  }
  if (at.size < 3 || !standard) return null;
  return blocks.map((b, k) => (at.has(k) ? { ...b, text: b.text.replace(BRACKET_NUMBER_RE, (_w, n: string) => `${n}. `) } : b));
}

/**
 * "REPORT OF THE CLERK A. Cow Lane – …", "Public forum a. County Council: …", "Sundry Debt Recovery Policy. (D)": the first
 * sub-item's letter (or a key-decision mark) caught at the end of the heading. Not a letter that names a thing ("Appendix
 * A", "Part B", "Plan B").
 */
/** "149 TO NOTE APOLOGIES FOR ABSENCE 14/15": the council's year printed after each heading, part of its number. */
const COUNCIL_YEAR_TAIL_RE = /(?<=\S)\s+((?:20)?\d{2})\/(\d{2})$/u;
const LIST_MARKER_TAIL_RE = /(?<!\b(?:Appendix|Annex|Annexe|Part|Schedule|Section|Phase|Option|Plan|Zone|Area|Block|Unit|Class|Category|Grade|Type|Stage|Site|Route|Team|Group|Item|Minute|Paragraph|Para|Policy|Programme|Tranche|Lot|Plot|Field|Road|Street|Lane|Flat|House|Wing|Ward|Floor|Level|Vitamin)\.?)\s+(?:\((?:[a-hA-H]|[DRK])\)|[a-h]\.?|[A-H]\.)$/u;

/** Splits the body into items: numbered ("109." / "45. Title" / "CYPE/24/45"), unnumbered titles, or one item. */
const BUSINESS_START_RE = /^(?:Items?\s+of\s+Business|Order\s+of\s+Business)$/i;

/**
 * "Item 1:Apologies for Absence." over "19/5 Councillors Briony Davies, …" (a two-column page copied one line at a time):
 * the agenda's number and heading, then the minute's own number glued to its text. Where three or more items read so,
 * each heading takes the minute's number ("19/5 Apologies for Absence") and the minute keeps its text. A number caught
 * inside a heading's wrapped line ("… if in 19/7 attendance at the meeting.") is taken out of it. Lengths stay the same.
 */
function pairedMinuteNumbers(blocks: readonly Block[], from: number): readonly Block[] {
  const pairs: { k: number; num: string; title: string; rest: string }[] = [];
  for (let k = from; k + 1 < blocks.length; k++) {
    const head = blocks[k];
    const under = blocks[k + 1];
    const agenda = head && !head.bullet ? AGENDA_ITEM_HEAD_RE.exec(head.text) : null;
    if (!agenda?.[1] || !under || under.bullet) continue;
    const inside = MINUTE_NUMBER_INSIDE_RE.exec(agenda[1]);
    if (inside?.[1] && inside[2] !== undefined) {
      pairs.push({ k, num: inside[1], title: `${agenda[1].slice(0, inside.index)} ${inside[2]}`.replace(/\s+/g, ' ').trim(), rest: '' });
      continue;
    }
    const glued = MINUTE_NUMBER_LEAD_RE.exec(under.text);
    if (glued?.[1] && glued[2]) pairs.push({ k, num: glued[1], title: agenda[1], rest: glued[2] });
  }
  if (pairs.length < 3) return blocks;
  const out = [...blocks];
  for (const p of pairs) {
    out[p.k] = { text: `${p.num} ${p.title.replace(/\.$/, '')}`, bullet: false };
    if (p.rest) out[p.k + 1] = { text: p.rest, bullet: false };
  }
  return out;
}
const AGENDA_ITEM_HEAD_RE = /^Item\s+\d{1,3}\s*:\s*(\p{Lu}.{2,200})$/u;
const MINUTE_NUMBER_LEAD_RE = /^(\d{1,4}\/\d{1,3})\s*(\S.*)$/s;
const MINUTE_NUMBER_INSIDE_RE = /\s(\d{1,4}\/\d{1,3})\s*(\p{Ll}.*)$/u;

/**
 * "1 Welcome …" / "2. Apologies had been received from …" / "3. Minutes of the last meeting … were approved." / "4. Matters
 * arising": between two headings numbered 1 and 4, paragraphs that open with 2 and 3 are those minutes, untitled (their
 * words are sentences, not headings; a heading run into one is left in its text rather than guessed at). Only whole
 * numbers, only the missing ones, only in order.
 */
const NUMBERED_SENTENCE_RE = /^(\d{1,3})\.?\s+(\p{Lu}.{9,})$/su;
function withGapsFilled(markers: Marker[], blocks: readonly Block[], skip: Set<number>): Marker[] {
  const out: Marker[] = [];
  markers.forEach((m, k) => {
    out.push(m);
    const next = markers[k + 1];
    if (!next || !m.number || !next.number || !/^\d{1,3}$/.test(m.number) || !/^\d{1,3}$/.test(next.number)) return;
    const gap = Number(next.number) - Number(m.number);
    if (gap < 2 || gap > 4) return;
    const found: Marker[] = [];
    let want = Number(m.number) + 1;
    for (let i = m.index + m.consumed; i < next.index && want < Number(next.number); i++) {
      const b = blocks[i];
      const p = b && !b.bullet && !skip.has(i) ? NUMBERED_SENTENCE_RE.exec(b.text) : null;
      if (p?.[1] && p[2] && Number(p[1]) === want) {
        found.push({ index: i, consumed: 1, number: p[1], rawTitle: '', rest: p[2] });
        want++;
      }
    }
    if (want === Number(next.number)) out.push(...found);
  });
  return out;
}

export function splitItems(given: readonly Block[], header: Header, skip: Set<number>, agenda = false): ItemDraft[] {
  const from = header.bodyStart;
  const blocks = given.some((b) => b.text.startsWith('Item ')) ? pairedMinuteNumbers(given, from) : given;
  const table = header.pageKind === 'agenda-item' ? null : tableRowDrafts(blocks, skip, from);
  if (table) return table;
  let markers: Marker[] = [];
  if (header.pageKind !== 'agenda-item') {
    markers = findGluedRows(blocks, from, skip) ?? findNumbered(blocks, from, header, skip, agenda);
    if (resolutionList(markers, blocks)) markers = [];
    // "1. Apologies: …" the page's only number, then "VH website", "Matters Arising:-", "Treasurers report:-", each a heading
    // over its text: the numbering stopped after the first item, the headings go on (three or more of them).
    if (markers.length === 1 && markers[0]) {
      const after = findUnnumbered(blocks, markers[0].index + markers[0].consumed, header, skip);
      if (after.length >= 3) markers = [markers[0], ...after];
    }
    if (markers.some((m) => m.number !== null)) markers = withPublicSessions(markers, blocks, from, skip);
    markers = withGapsFilled(markers, blocks, skip);
    if (markers.length === 0) {
      const bracketed = bracketNumbered(blocks, from);
      if (bracketed) markers = findNumbered(bracketed, from, header, skip);
    }
    // An issue page is about one item: later "Minute 31 – …" lines are references, not items.
    // An issue page lists the issue at each meeting that took it: "Meeting: 03/06/2024 - Committee (Item 62)".
    if (header.pageKind === 'issue' && header.itemNumber !== null) {
      const numbers = new Set([header.itemNumber]);
      for (const b of blocks) {
        const m = ISSUE_MEETING_LINE.exec(b.text);
        if (m && m[1]) numbers.add(m[1].trim().replace(/\.$/, ''));
      }
      markers = markers.filter((m) => m.number !== null && numbers.has(m.number));
    }
    if (markers.length === 0) {
      // Parts set apart by dashes on lines of their own (a list's lost numbers) are the items, headings or not.
      const separated = separatedHeadings(blocks.slice(from).filter((_, k) => !skip.has(from + k)));
      if (separated) return separated;
      // A meeting page (CMIS) whose business starts under "Items Of Business": the headings above it (the page's
      // notices, "Chair", "In Attendance") are not items.
      const business = blocks.findIndex((b, k) => k >= from && !b.bullet && BUSINESS_START_RE.test(b.text.trim()));
      markers = findUnnumbered(blocks, business >= 0 ? business + 1 : from, header, skip);
      // Headings in the agenda's wording, a list's lost numbers, when they are more than the unnumbered titles found.
      const wording = agendaWordingItems(blocks.slice(from).filter((_, k) => !skip.has(from + k)));
      if (wording && wording.length > markers.length) return wording;
    }
  }
  const bodyOf = (start: number, end: number): Block[] => {
    const out: Block[] = [];
    for (let k = start; k < end; k++) {
      const b = blocks[k];
      if (b && !skip.has(k)) out.push(b);
    }
    return out;
  };
  if (markers.length === 0 && header.pageKind !== 'agenda-item' && header.pageKind !== 'issue' && header.itemNumber === null) {
    const paragraphs = paragraphItems(bodyOf(from, blocks.length)) ?? numberedParagraphItems(bodyOf(from, blocks.length)) ?? codedParagraphItems(bodyOf(from, blocks.length));
    if (paragraphs) return paragraphs;
    // (Each found by its heading's block: where it stands in the page, so what comes before the first is the opening.)
    const startOf = (b: Block | undefined) => (b ? blocks.indexOf(b) : -1);
    const worded = wordedHeadings(bodyOf(from, blocks.length), startOf);
    if (worded) return worded;
    const lettered = letteredHeadings(bodyOf(from, blocks.length), startOf);
    if (lettered) return lettered;
    const coded = trailingCodeHeadings(bodyOf(from, blocks.length), startOf);
    if (coded) return coded;
    const colonHeaded = colonHeadedItems(bodyOf(from, blocks.length));
    if (colonHeaded) return colonHeaded;
  }
  if (markers.length === 0) {
    // One item: an "Agenda item" page, an issue page, or a bare copy of one item's minutes.
    const body = bodyOf(from, blocks.length);
    let title = '';
    let titleDoc: ItemDraft['titleDoc'] = null;
    const first = body[0];
    if (first && !first.bullet) {
      const s = stripDocResidue(first.text);
      const next = body[1];
      const looksTitle = titleLike(s.text, false) && (header.pageKind === 'agenda-item' || header.pageKind === 'issue' || s.doc !== null || isSectionBlock(next));
      if (looksTitle) {
        title = s.text;
        titleDoc = s.doc;
        body.shift();
      }
    }
    if (!title && header.itemTitle) title = header.itemTitle;
    if (!title && body.length === 0) return [];
    return [{ number: header.itemNumber, title, titleDoc, body }];
  }
  const items: ItemDraft[] = [];
  markers.forEach((m, k) => {
    const end = markers[k + 1]?.index ?? blocks.length;
    let s = stripDocResidue(m.rawTitle);
    const body = bodyOf(m.index + m.consumed, end);
    if (m.rest) body.unshift({ text: m.rest, bullet: false });
    // "4. Standing Orders were approved without change": a numbered minute that is one sentence has no heading; the
    // sentence is the minute.
    if (!s.doc && !m.rest && MINUTE_SENTENCE_RE.test(s.text)) {
      body.unshift({ text: s.text, bullet: false });
      s = { ...s, text: '' };
    }
    let titleDoc = s.doc;
    // The document link can land on its own line ("pdf icon PDF 128 KB") right after the title.
    const first = body[0];
    if (!titleDoc && first && !first.bullet) {
      const r = stripDocResidue(first.text);
      if (r.doc && r.text === '') {
        titleDoc = r.doc;
        body.shift();
      }
    }
    items.push({ number: m.number, title: s.text.replace(AGENDA_REF_RE, '').replace(REPORT_NOTE_RE, '').replace(FILE_REF_RE, '').replace(AGENDA_ANNOTATION_RE, '').replace(ITEM_REF_TAIL_RE, '').replace(/\s*[;|]$/, '').replace(/(?<!\b(?:etc|Nos?|St|Ltd|Co|[A-Z]))\.$/, '').replace(LIST_MARKER_TAIL_RE, ''), titleDoc, body, start: m.index });
  });
  return withMinuteNumbers(items);
}

/**
 * "149 TO NOTE APOLOGIES FOR ABSENCE 14/15", "150 OPEN FORUM 14/15", …: the council's year printed after every heading,
 * part of the minute's number, not of its title. Only where three or more headings, nearly all of them, end with the same
 * year ("Business Plan 2022/23" alone is the title).
 */
export function withoutSharedYearTail<T extends { title: string }>(items: T[]): T[] {
  const tails = items.map((it) => COUNCIL_YEAR_TAIL_RE.exec(it.title)).map((m) => (m?.[1] && m[2] && Number(m[2]) === (Number(m[1].slice(-2)) + 1) % 100 ? m[0] : null));
  const counts = new Map<string, number>();
  for (const t of tails) if (t) counts.set(t.trim(), (counts.get(t.trim()) ?? 0) + 1);
  // (On nearly every heading: "Calendar of Meetings 2018/19" among an agenda's other items names its own year.)
  const shared = [...counts].find(([, n]) => n >= 3 && n >= items.length * 0.8)?.[0];
  if (!shared) return items;
  return items.map((it, k) => (tails[k]?.trim() === shared ? { ...it, title: it.title.slice(0, it.title.length - (tails[k] ?? '').length) } : it));
}

/**
 * A CMIS page prints each item's agenda number before its title and the minute number on a line of its own after
 * the agenda text ("1 Election of Chairman" / "To elect a Chairman." / "177" / "RESOLVED …"). Where every item has
 * such a number, rising through the meeting, the minute number is the item's number, as the minutes cite it.
 */
function withMinuteNumbers(items: ItemDraft[]): ItemDraft[] {
  if (items.length < 3) return items;
  const found = items.map((it) => {
    const k = it.body.slice(0, 3).findIndex((b) => !b.bullet && /^\d{1,4}$/.test(b.text.trim()));
    return k < 0 ? null : { k, n: Number((it.body[k] as Block).text.trim()) };
  });
  if (found.some((f) => f === null)) return items;
  const numbers = found.map((f) => (f as { n: number }).n);
  const rising = numbers.every((n, i) => i === 0 || (n > (numbers[i - 1] ?? 0) && n - (numbers[i - 1] ?? 0) <= 3));
  const differs = items.some((it, i) => it.number !== String(numbers[i]));
  if (!rising || !differs) return items;
  return items.flatMap((it, i) => {
    const f = found[i] as { k: number; n: number };
    const body = it.body.filter((_, j) => j !== f.k);
    // "180" … "To confirm the minutes of the meeting held on 14 February 2018." / "181" / "RESOLVED …": the next minute,
    // its heading lost in the copy, inside this one. It is split off untitled, with the agenda line before its number.
    const next = numbers[i + 1];
    const lost = body.findIndex((b, j) => j >= f.k && !b.bullet && b.text.trim() === String(f.n + 1));
    if (lost < 0 || (next !== undefined && next <= f.n + 1)) return [{ ...it, number: String(f.n), body }];
    const from = lost > f.k && /^To\s+\p{Ll}/u.test(body[lost - 1]?.text ?? '') ? lost - 1 : lost;
    // ("Report of Development Management Team Manager" / "24": a heading printed without its agenda number, then the
    // minute's number: the heading is the next minute's title.)
    const above = body[lost - 1];
    const heading = from === lost && lost - 1 > f.k && above && !above.bullet && above.text.length <= 120 && !/[.!?:;,]$/.test(above.text.trim()) && titleLike(above.text.trim(), false) ? above.text.trim() : '';
    const cut = heading ? lost - 1 : from;
    return [
      { ...it, number: String(f.n), body: body.slice(0, cut) },
      { number: String(f.n + 1), title: heading, titleDoc: null, body: body.slice(cut + (heading ? 1 : 0)).filter((b) => b.text.trim() !== String(f.n + 1)) },
    ];
  });
}
