/**
 * Text → logical blocks. A block is one paragraph or list entry, with hard line wraps joined and
 * whitespace normalised. Bullets become "• ". PDF page breaks ("\f") are removed together with
 * running page headers/footers and page numbers.
 */

import { isGivenName } from './given-names';
import { gappedRegisterRows, slashedRegisterRows } from './gapped-register';

export interface Block {
  text: string;
  bullet: boolean;
  /**
   * Where each source line joined into this block began in `text` (after the first): layout the joining loses. Only
   * toBlocks sets it, with the text it was made for: a copy with other text does not have it (lineStartsOf checks).
   */
  lines?: { readonly text: string; readonly starts: readonly number[] };
}

/** The offsets in the block's text where a source line began, when the block still has the text they were made for. */
export function lineStartsOf(b: Block): readonly number[] {
  return b.lines && b.lines.text === b.text ? b.lines.starts : [];
}

const BULLET_RE = /^(?:[•·▪◦●○■□➢►✓\u2023\u2043\uf0b7\uf0a7\uf0d8*]|[-–](?=\s)|o(?=\s{2,}|\s+[A-Z]))\s*/;
/** "1)", "(1)", "a)", "(a)", "(ii)", "1.", "a." at the start of a block. */
export const LABEL_RE = /^(?:\((\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\)|(\d{1,3}|[a-zA-Z]|[ivxlc]{1,6})[).])(?=\s|$)/;
const BARE_LABEL_RE = /^(?:\((?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6})\)|(?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6})[).])$/;
const TERMINAL_RE = /[.!?:;]["'”’)\]]?$/;
const SECTION_RE = /^(?:minutes|decision|decisions|additional documents|supporting documents|documents|cofnodion|penderfyniad)\s*:/i;
const DECISION_HEAD_RE = /^(?:RESOLVED|AGREED|Resolved|Agreed|RECOMMENDED|DECISION|DECISIONS|ACTION|ACTIONS)\b\s*(?:[:–—-]\s*)?$/;

/** Characters cleanLine rewrites: odd spaces, tabs, zero-width characters, soft hyphens, runs of spaces. */
const UNCLEAN_RE = /[\u00a0\u2007\u202f\u2002\u2003\u2009\t\u200b-\u200d\ufeff\u00ad]| {2}/;

// (Only a heading in capitals, or the attendance's own label: "2857Minutes of Council …" over "2Print 5 - …" is an agenda's
// glued rows, which their own reader takes as they are.)
// ("60/21TO ELECT THE CHAIRMAN": a heading in capitals whose first word has two letters.)
const GLUED_NUMBER_HEADING_RE = /^(\d{1,4}(?:[./]\d{1,3}){0,2}\.?)(?=(?:\p{Lu}{3,}|\p{Lu}{2}\s+\p{Lu}{3,}|Present|Apologies)(?:[\s:]|$))/u;
const GLUED_HEADING_RE = /^((?:\d{1,3}\.\s*)?(?:Declarations?\s+of\s+Interests?|Public\s+(?:Questions|Participation|Forum)|Apologies(?:\s+for\s+Absence)?|Chair['’]?s\s+Announcements|Matters\s+Arising|Any\s+Other\s+Business|Correspondence|Finance|Planning))(?=(?:Cllrs?|Councillors?)\b|\p{Lu}\p{Ll}|•)/u;

/**
 * "296     Apologies for non-attendance        Cllr Alcock     RBC Cllr Combellack", "In Attendance          NCC Cllr N
 * Clarke   CBPC Clerk N Mayglothling": a table's row copied with wide gaps for its cell borders. When the first cell is a
 * heading (a minute's number and a few words) or an attendance label, and names follow in cells of their own, the row is
 * written as the page means it: "296 Apologies for non-attendance: Cllr Alcock, RBC Cllr Combellack".
 */
const CELL_GAP_RE = /(?: {3,}|\t+)/;
const LABEL_CELL_RE = /^(?:(?:\d{1,4}[.)]?\s+)?\p{Lu}[\p{L}'’/-]*(?:\s+[\p{L}'’/-]+){0,7}|Present|In\s+Attendance|Also\s+Present|Apologies|Absent)$/u;
const PERSON_CELL_RE = /^(?:[A-Z]{2,5}\s+)?(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Clerk)\.?\s+\p{Lu}|^(?:[A-Z]{2,5}\s+)?(?:Clerk|Parish\s+Clerk|Town\s+Clerk)\s+\p{Lu}/u;
/** "N Donnelly", "Mrs M Doyle", "Helen Stoops": a cell that is a person's name (initials or style first), not a label. */
const PERSON_HEAD_CELL_RE = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s+){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+$|^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}/u;
function rowCells(raw: string): string | null {
  if (!CELL_GAP_RE.test(raw.trim())) return null;
  const cells = raw.trim().split(CELL_GAP_RE).map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (cells.length < 2) return null;
  const numbered = /^\d{1,4}[.)]?$/.test(cells[0] ?? '');
  const head = numbered ? `${cells[0]} ${cells[1] ?? ''}` : (cells[0] ?? '');
  const rest = cells.slice(numbered ? 2 : 1);
  if (rest.length === 0 || !LABEL_CELL_RE.test(head) || !rest.every((c) => PERSON_CELL_RE.test(c) && c.length <= 60)) return null;
  // "N Donnelly        Mrs F Donnelly": a grid's row of names, the first cell a person too, not a label over the rest.
  if (PERSON_HEAD_CELL_RE.test(head)) return null;
  return `${head}: ${rest.join(', ')}`;
}

/** "… from Cllrs. Mrs. S. Wilkes, Mrs. J. Graves and": a list broken off after its "and", its last name on the next line. */
const BROKEN_LIST_END_RE = /,.*\s(?:and|&)$/;
/**
 * "… from Councillor Dunn, WCC Councillor Eyre, and BDC" over "Councillor Finch": a list broken off after its "and" and
 * the body (its letters or its kind) of the last member, whose title opens the next line.
 */
const BROKEN_BEFORE_TITLE_RE = /,.*\s(?:and|&)\s+(?:\p{Lu}{2,5}|County|District|Borough|City|Town|Parish|Ward)$/u;
function brokenBeforeTitle(prev: string, line: string): boolean {
  return BROKEN_BEFORE_TITLE_RE.test(prev) && /^(?:Councillors?|Cllrs?)\.?\s+\p{Lu}/u.test(line) && line.length < 80;
}

/**
 * "163/18 Apologies", "AB12/24 Finance", "04/20/F&R Action List": a minute's two-part number (and the committee's
 * letters) and a short heading, a line of its own.
 */
const CODED_TITLE_LINE_RE = /^(?:[A-Z]{1,4}\s?)?\d{1,4}\/\d{2,4}(?:\/[A-Z][A-Z&]{0,5})?\s+\p{Lu}[^.:;]{1,160}\.?$/u;
/** "04/20/F&R Action List": a coded minute with the committee's letters after the year. */
const LETTERED_CODE_RE = /^\d{1,4}\/\d{2}\/[A-Z][A-Z&]{0,5}\s/;

// "C.Crunkhorn", "Mrs P M Allen", "S Baines MBE", "J Fenton-Glynn", "C Pillai JP".
const INITIALLED_NAME = String.raw`(?:Mrs\.?\s+|Mr\.?\s+|Ms\.?\s+|Miss\s+|Dr\.?\s+)?(?:\p{Lu}(?:\.\s?|\s)){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+(?:MBE|OBE|CBE|JP|DL))?`;
const INITIALLED_PAIR_RE = new RegExp(String.raw`^${INITIALLED_NAME}(?:\s*\/\s*${INITIALLED_NAME}){1,3}$`, 'u');

const CITED_LABEL_RE = /^(?:(?:Accepted|Received)\s+)?(Apolog(?:y|ies)(?:\s+for\s+absence)?|Present|Members\s+present|In\s+attendance|Absent)\s*[–—-]\s*(?:LGA|Local\s+Government\s+Act)\s+(?:19|20)\d{2}\b[^:]{0,60}:$/i;

/**
 * "… – Board Member In David Lyle (DL) – Project Manager attendance: Ann Bray (AB) – Accounts Officer": a two-line label
 * cell ("In" over "attendance:") beside the first row of its list, its words run either side of the row (a PDF's
 * table flattened). The label is put back together before its first row, and opens a line of its own.
 */
function splitInAttendance(line: string): string[] {
  const m = line.includes(' attendance:') ? SPLIT_IN_ATTENDANCE_RE.exec(line) : null;
  if (!m?.[1] || !/\bPresent\s*:/i.test(line.slice(0, m.index))) return [line];
  return [line.slice(0, m.index), `In attendance: ${m[1]} ${line.slice(m.index + m[0].length)}`];
}
const SPLIT_IN_ATTENDANCE_RE = /\s+In\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+){1,2}\s*\(\p{Lu}[\p{L}]{1,5}\)\s*[–—-]\s*\p{Lu}[\p{L}&'’ -]{2,60}?)\s+attendance\s*:\s+/u;
const SPLIT_PRESENT_LABEL_RE = /^((?:Committee\s+|Board\s+|Panel\s+|Other\s+)?Members?|Councillors|Officers)\s+((?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}\.?\s*){0,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+(?:\s*\([^()]{2,30}\))?)\s+Present\s+(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu})/u;

/** "No / Subject / Comments1 / …": a minutes table's header cells, the first row's number glued to the last. */
const TABLE_HEADER_GLUED_RE = /^(?:No\.?|Item|Minute|Ref\.?)\s*\/\s*(?:Subject|Item|Title|Agenda\s+Item|Heading)\s*\/\s*(?:Comments?|Minutes?|Notes|Decisions?|Discussion|Resolutions?)\s*(\d{1,3})\s*\/\s*/i;

/** A person in full at the start of a line, their surname glued to the next cell's first word. */
const GLUED_CELL_RE = /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Prof)\.?\s+)?(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}[\p{L}'’]*\p{Ll}{2,}))(?=\p{Lu}\p{Ll}|\p{Lu}{2,}\b)/u;
/** Surname prefixes whose next letter is a capital: "McDonald", "MacRae", "FitzGerald", "DeVito", "O’Neill". */
const SURNAME_PREFIX_RE = /^(?:Mc|Mac|Fitz|De|Di|Da|Le|La|Van|Von|O['’])$/;
const GLUED_CELL_LABEL_RE = /^(In\s+Attendance|Present|Apologies|Via\s+(?:phone|telephone|video)|GUESTS|PRESENT|APOLOGIES|ATTENDEES|VISITORS)(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;

function unglueNameCell(line: string): string {
  const label = GLUED_CELL_LABEL_RE.exec(line);
  const rest = label ? line.slice(label[0].length) : line;
  const m = GLUED_CELL_RE.exec(rest);
  const styled = !!m && /^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Prof)\b/.test(m[1] ?? '');
  // ("Mick LockBecky GilleyJohn Horsfield": names glued to names are read as such elsewhere; only a post or a body follows.)
  const next = /^\p{Lu}[\p{Ll}'’-]*/u.exec(rest.slice(m?.[1]?.length ?? 0))?.[0] ?? '';
  const person = m?.[1] && m[3] && !SURNAME_PREFIX_RE.test(m[3]) && (styled || isGivenName(m[2] ?? '')) && !isGivenName(next) ? `${m[1]} – ${rest.slice(m[1].length)}` : rest;
  return label ? `${label[1]}: ${person}` : person;
}

function cleanLine(raw: string): string {
  const cells = raw.includes('   ') || raw.includes('\t') ? rowCells(raw) : null;
  if (cells) return cells;
  // "CllrGary Harding": a copy that lost the space after the title.
  // "received fromCllrs P. Davies": the title glued to the word before it.
  let line = raw.includes('Cllr') ? raw.replace(/\b(Cllrs?)(?=\p{Lu}\p{Ll})/gu, '$1 ').replace(/(?<=\b(?:from|by|and))(?=Cllrs?\b)/g, ' ') : raw;
  // "Ms Lorna JackChair", "Mr Inglis LyonManaging Director", "Joyce M’CawCareers Wales": a person and their post (or body)
  // from a table whose cell break was lost; "In AttendanceJohn Nicholls": a label glued to the first name.
  if (line.length <= 100 && /\p{Ll}\p{Lu}/u.test(line)) line = unglueNameCell(line);
  // ("GUESTSCouncillor Lawrence Fitz (part time), …": a label in capitals glued to the list's first name.)
  else if (/^(?:GUESTS|PRESENT|APOLOGIES|ATTENDEES|VISITORS)\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(line)) line = line.replace(/^(GUESTS|PRESENT|APOLOGIES|ATTENDEES|VISITORS)/, '$1: ');
  // "24/030] Chairman’s welcome.": a minute's number closed with a square bracket, no opening one; the bracket is no part of it.
  if (line.includes(']') && /^\s*\d{1,4}(?:[./]\d{1,4}){0,2}\]\s+\p{Lu}/u.test(line)) line = line.replace(/^(\s*\d{1,4}(?:[./]\d{1,4}){0,2})\]/, '$1');
  // "Ms .Marie Leydon": a style's full stop slipped past its space.
  if (line.includes(' .')) line = line.replace(/\b(Mr|Mrs|Ms|Miss|Dr|Cllr)\s\.(?=\p{Lu})/gu, '$1. ');
  // "P O`Neill": a grave accent typed for the apostrophe in a name.
  if (line.includes('`')) line = line.replace(/(?<=\bO)`(?=\p{Lu})/gu, "'");
  // "District Councillorand Mr. P. Horsington": "and" glued to the office before it.
  if (line.includes('and ')) line = line.replace(/\b(Councillor|Clerk|Chairman|Chairwoman|Chairperson|Mayor)and(?=\s)/g, '$1 and');
  // "CouncillorsJA Brinsden", "CllrsRN Hancock": the title glued to a member's initials.
  if (/(?:Councillors?|Cllrs?)\p{Lu}{1,3}\s+\p{Lu}/u.test(line)) line = line.replace(/\b(Councillors?|Cllrs?)(?=\p{Lu}{1,3}\s+\p{Lu}\p{Ll})/gu, '$1 ');
  // "Councillor J Darch |": a one-cell table row copied with its cell's border; the border is no part of the name.
  // (Only a member's or a person's line: a one-cell row elsewhere can be an item's number or heading in a table.)
  if (line.endsWith('|') && line.indexOf('|') === line.length - 1 && /^(?:(?:County\s+|District\s+|Borough\s+)?Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+\p{Lu}[^|]*[^\s|]\s*\|$/u.test(line)) line = line.replace(/\s*\|$/, '');
  // "Messrs: / T. Ashton", "C.Crunkhorn / H.C.Drake", "Mrs P M Allen / M Greenwood / G A Robinson": a register printed in
  // columns, "Messrs" (the plural of "Mr") heading the first column; the heading is no name, and the names either side of
  // a column's border are entries of their own.
  if (line.startsWith('Messrs') && /^Messrs\.?\s*:?\s*\/\s*(?=\p{Lu})/u.test(line)) line = line.replace(/^Messrs\.?\s*:?\s*\/\s*/, '');
  if (line.includes('/') && INITIALLED_PAIR_RE.test(line)) line = line.replace(/\s*\/\s*/g, ', ');
  // "The Chairman (Councillor C Richardson) presiding:": the chair's line, not a label (its colon leads to the list below).
  if (line.includes('presiding') && /^(?:The\s+)?[\p{L}\s]{3,40}\((?:Councillor|Cllr|Alderman)\.?\s[^()]{2,60}\)\s+presiding\s*:?\s*$/u.test(line)) line = line.replace(/\s+presiding\s*:?\s*$/, ' (in the Chair)');
  // "C/Cllr I Fleetwood, D/Cllr M Palmer": a county's and a district's councillor, their titles shortened.
  // ("D/Councillor Mrs S Tarry": the title in full.)
  if (line.includes('/C')) line = line.replace(/\b([CDB])\/(Cllrs?|Councillors?)\b/g, (_m, k: string, t: string) => `${k === 'C' ? 'County' : k === 'D' ? 'District' : 'Borough'} ${t}`);
  // "D R A F T Minutes of Meeting of …": a word printed letter-spaced in capitals before the heading.
  if (/^(?:\p{Lu} ){3,}\p{Lu}\s+(?=(?:Minutes|Notes|MINUTES|NOTES)\b)/u.test(line)) line = line.replace(/^((?:\p{Lu} ){3,}\p{Lu})(?=\s)/u, (w) => w.replace(/ /g, ''));
  // "Minutes of the Annual Public meetingheld on Thursday …": the space before "held" lost in the copy.
  if (line.includes('held') && /\b(?:meeting|Meeting|MEETING|Council|Committee|Board)(?:held|HELD)\b/.test(line)) line = line.replace(/\b(meeting|Meeting|MEETING|Council|Committee|Board)(held|HELD)\b/g, '$1 $2');
  // "No / Subject / Comments1 / To receive apologies. / …": a table's header row run into its first row (the first row's
  // number glued to the last header cell); the header is dropped, the row kept.
  if (line.includes(' / ') && TABLE_HEADER_GLUED_RE.test(line)) line = line.replace(TABLE_HEADER_GLUED_RE, '$1 / ');
  // "A Minutes of Special Meeting of …": a stray letter (a copied list marker) before the heading. (Not "B Minutes of the
  // Previous Meeting": a lettered item's heading, its letter its number.)
  if (line[1] === ' ' && /^[A-Z] (?:Minutes?|Notes) of (?!(?:the\s+|[Tt]he\s+|THE\s+)?(?:[Pp]revious|[Ll]ast|[Pp]rior|PREVIOUS|LAST)\b)/.test(line)) line = line.slice(2);
  // "Accepted Apologies for absence - LGA 1972, Section 85(1) & (2):" over the names: the law the heading cites is no part
  // of the label, which reads as "Apologies for absence:".
  if (line.endsWith(':') && CITED_LABEL_RE.test(line)) line = line.replace(CITED_LABEL_RE, '$1:');
  // "Committee Members Councillor A. Lyle (Chair) Present Councillor T. Bray …": a label cell of two lines ("Committee
  // Members" over "Present") beside the first row of its list, its words run either side of the row; put back together.
  if (line.includes(' Present ') && SPLIT_PRESENT_LABEL_RE.test(line)) line = line.replace(SPLIT_PRESENT_LABEL_RE, '$1 Present: $2 ');
  // "Page 1 2. Declarations of Interest": a page number copied onto the start of the next heading.
  if (line.startsWith('Page ') && /^Page\s+\d{1,3}\s+\d{1,3}\.\s+\p{Lu}/u.test(line)) line = line.replace(/^Page\s+\d{1,3}\s+/, '');
  // "PRESENTProvost Derek Stewart (Chair)", "IN ATTENDANCEDave Jones, Chief Executive": a label cell glued to the first
  // name beside it.
  // ("… AT 7.30 PMPRESENTJohn Hume – Chair, …": the same label inside a line copied in capitals.)
  if (/(?:^|\s|\d\s?[AP]M)(?:PRESENT|IN ATTENDANCE|ALSO PRESENT|APOLOGIES|ABSENT)\p{Lu}\p{Ll}/u.test(line)) line = line.replace(/(?<=^|\s|\d\s?[AP]M)(PRESENT|IN ATTENDANCE|ALSO PRESENT|APOLOGIES|ABSENT)(?=\p{Lu}\p{Ll})/gu, (_m, label: string, at: number) => `${at > 0 ? ' ' : ''}${label}: `).replace(/ {2,}/g, ' ');
  // "Declaration of InterestCllr Elwyn Williams declared …", "4. Public QuestionsRobin Griffiths queried …": a heading cell
  // glued to the text beside it.
  if (GLUED_HEADING_RE.test(line)) line = line.replace(GLUED_HEADING_RE, '$1 ');
  // "3563DECLARATIONS OF INTEREST - No declarations …", "1Present: M.McCrae, …": a minute's number glued to its heading.
  if (GLUED_NUMBER_HEADING_RE.test(line)) line = line.replace(GLUED_NUMBER_HEADING_RE, '$1 ');
  // ("1)Apologies for Absence", "4)For Members to make …": a number and its bracket glued to the heading.)
  if (/^\d{1,3}\)\p{Lu}\p{Ll}/u.test(line)) line = line.replace(/^(\d{1,3}\))/, '$1 ');
  // "… ANNUAL MEETING HELD ONMONDAY 13 MAY 2019 … AT 7.30 PMPRESENTJohn Hume", "Page 1 of 8MINUTES OF …": a heading in
  // capitals copied without its spaces (and "Held at Bronington SchoolonWednesday 2nd November").
  line = unglueCapitals(line);
  // "Minutes of theChisworth Annual Parish Council Meeting", "a meeting of theWoodwalton Drainage Commissioners": a small
  // word glued to the name after it.
  if (/(?:^|\s)(?:the|of|at|in|on)\p{Lu}\p{Ll}{2}/u.test(line)) line = line.replace(/(?<=(?:^|\s)(?:the|of|at|in|on))(?=\p{Lu}\p{Ll}{2})/gu, ' ');
  // "the following Members were P r e s e n t:": a word printed letter-spaced (never capitals alone: initials).
  if (/(?:^|\s)\p{L} \p{Ll} \p{Ll} \p{Ll}\b/u.test(line)) line = line.replace(/(?<=^|\s)\p{L}(?: \p{Ll}){3,}(?=[\s:.,;]|$)/gu, (w) => w.replace(/ /g, ''));
  if (!UNCLEAN_RE.test(line)) return line.trim();
  return line
    .replace(/[\u00a0\u2007\u202f\u2002\u2003\u2009\t]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

// (ASCII classes, no look-behind: it is tried on every line.)
const GLUED_CAPITALS_TEST_RE = /[a-z]{2}(?:on|at)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z]{2}(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|\d ?[AP]M[A-Z]|of \d{1,3}[A-Z]{3}/;
const GLUED_CAPITALS_RE = /(?<=\p{Ll}{2})(?=(?:on|at)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|(?<=\p{Ll}{2}(?:on|at))(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|(?<=\b(?:ON|HELD|OF|AT))(?=(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b)|(?<=\d\s?[AP]M)(?=\p{Lu})|(?<=\bPage\s+\d{1,3}\s+of\s+\d{1,3})(?=\p{Lu}{3})/gu;

/** The text with the spaces a copy in capitals lost put back (cleanLine; the document classifier reads the same). */
export function unglueCapitals(text: string): string {
  return GLUED_CAPITALS_TEST_RE.test(text) ? text.replace(GLUED_CAPITALS_RE, ' ') : text;
}

/** Name prefixes a capital follows inside one word: "McDonald", "MacLeod", "DeVito", "O'Neill". */
const NAME_PREFIX_RE = /(?:^|[^\p{L}'’])(?:Mc|Mac|Fitz|De|Di|Da|Le|La|Du|Van|Von|St)$/u;
/** "andCouncillors", "CountyCouncil", "heldatPeverel": a lower-case run, then a capitalised word, no space between. */
const GLUED_WORDS_RE = /(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})/gu;
/** "12January", "1/15Apologies", "item7": a number glued to a word. */
const GLUED_NUMBER_RE = /(?<=\d)(?=\p{Lu}\p{Ll}{2})|(?<=\b\p{Ll}{3,})(?=\d)/gu;

/**
 * A copy that lost many of its spaces ("heldatPeverel House,Mill Lane … on Monday 12January 2015", "andCouncillors
 * P Baxendale,Mrs C Cox"), as some PDF converters give: five or more glued words, at least one in 600 characters.
 * One or two are an odd brand name ("PowerPoint"), so the whole text decides, not the line.
 */
function lostSpaces(text: string): boolean {
  let glued = 0;
  for (const m of text.matchAll(/\p{Ll}{2}(?=\p{Lu}\p{Ll})/gu)) if (!NAME_PREFIX_RE.test(text.slice(Math.max(0, m.index - 5), m.index + 2))) glued++;
  glued += (text.match(/\d(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g) ?? []).length;
  return glued >= 5 && glued * 600 >= text.length;
}

/** The spaces such a copy lost, put back: between glued words, after a comma or bracket, around a glued number. */
function respaced(line: string): string {
  return line
    .replace(GLUED_WORDS_RE, (_m, at: number, s: string) => (NAME_PREFIX_RE.test(s.slice(Math.max(0, at - 6), at)) ? '' : ' '))
    .replace(GLUED_NUMBER_RE, ' ')
    .replace(/(?<=[,)])(?=\p{L})/gu, ' ')
    .replace(/\bheld(at|on|in)(?=\s|\p{Lu})/gu, 'held $1')
    // "S Duftonand4 Members of the public": "and" glued to a number.
    .replace(/(?<=\p{Ll}{2})and(?=\d)/gu, ' and ')
    // "H Longdondeclared a personal interest": the verb a list of names runs into.
    .replace(/(?<=\p{Lu}\p{Ll}+)(?=(?:declared|declares)\s)/gu, ' ');
}

const PAGE_NO_RE = /^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-?\s*\d{1,4}\s*-?|\d{1,4}\s*\/\s*\d{1,4})$/i;

const NUMBER_WORD = '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
/** "28 September 2020 page two of five", "Page 3 of 12": a page's footer, with or without the date it carries. */
const PAGE_OF_LINE_RE = new RegExp(`^(?:.{0,40}\\s)?page\\s+${NUMBER_WORD}\\s+of\\s+${NUMBER_WORD}$`, 'i');

/**
 * A copy without its page breaks: the page's running header (its first line, "MINUTE SUBJECT TO APPROVAL AT NEXT
 * COMMUNITY COUNCIL MEETING") printed again on every page, and "page two of five" footers. The first header stays.
 */
function stripRunningHeaders(text: string): string {
  const lines = text.split('\n');
  const first = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  const repeated = first.length >= 15 && first.length <= 120 && !/^\d/.test(first) && lines.filter((l) => l.trim() === first).length >= 2;
  if (!repeated && !lines.some((l) => l.length <= 60 && PAGE_OF_LINE_RE.test(l.trim()))) return text;
  let seen = false;
  return lines
    .filter((l) => {
      const t = l.trim();
      if (t.length <= 60 && PAGE_OF_LINE_RE.test(t)) return false;
      if (!repeated || t !== first) return true;
      const keep = !seen;
      seen = true;
      return keep;
    })
    .join('\n');
}

/** Remove page numbers and running headers/footers that repeat across PDF pages. */
/** A document-sharing site's lines about the file near the top ("Total Page:16", "File Type:pdf, Size:1020Kb"). */
const SITE_FURNITURE_RE = /^[ \t]*(?:Total\s+Pages?\s*:\s*\d{1,4}|File\s+Type\s*:\s*\w{2,5}(?:,\s*Size\s*:\s*[\d.,]+\s*[KMG]?b)?)[ \t]*$/gim;

/**
 * "Transcript of ST HELENS BOROUGH COUNCIL" / "(Present) The Mayor (Councillor..." / "Page 1: …": a document site's copy
 * of the page starting again under its own heading; what follows repeats the page, so it is left out.
 */
function withoutRepeatedTranscript(given: string): string {
  const m = /^[ \t]*Transcript\s+of\s+(\S[^\n]{3,80})$/m.exec(given);
  if (m?.index === undefined || !m[1]) return given;
  const start = given.slice(0, Math.min(m.index, 600)).toLowerCase();
  return m.index > 0 && start.includes(m[1].trim().toLowerCase()) ? given.slice(0, m.index) : given;
}

/** "You are on page 1of 5": a document viewer's line over the copied page. */
const VIEWER_LINE_RE = /^[ \t]*You\s+are\s+on\s+page\s*\d{1,4}\s*of\s*\d{1,4}[ \t]*$/gim;

function stripPageFurniture(raw: string): string {
  const viewed = raw.includes('You are on page') ? raw.replace(VIEWER_LINE_RE, '') : raw;
  const given = viewed.includes('Transcript') ? withoutRepeatedTranscript(viewed) : viewed;
  const head = given.slice(0, 2000);
  const input = /Total\s+Pages?\s*:|File\s+Type\s*:/i.test(head) ? head.replace(SITE_FURNITURE_RE, '') + given.slice(2000) : given;
  const text = input.includes('\f') ? input : stripRunningHeaders(input);
  const pages = text.split('\f');
  if (pages.length < 2) return text;
  const pageLines = pages.map((p) => p.split('\n').map(cleanLine));
  const edgeCounts = new Map<string, number>();
  for (const lines of pageLines) {
    const nonEmpty = lines.filter((l) => l.length > 0);
    const edges = new Set([...nonEmpty.slice(0, 2), ...nonEmpty.slice(-2)]);
    for (const e of edges) edgeCounts.set(e, (edgeCounts.get(e) ?? 0) + 1);
  }
  // Running headers/footers repeat on at least half the pages (on both pages of a two-page document).
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  const furniture = new Set([...edgeCounts].filter(([l, n]) => n >= threshold && l.length < 120 && !isStructuralStart(l) && !TERMINAL_RE.test(l)).map(([l]) => l));
  return pageLines
    .map((lines) => {
      const nonEmptyIdx = lines.map((l, i) => (l ? i : -1)).filter((i) => i >= 0);
      const edgeIdx = new Set([...nonEmptyIdx.slice(0, 2), ...nonEmptyIdx.slice(-2)]);
      // A zero-padded number ("0654") is a minute number at the top of a page, never a page number.
      return lines.filter((l, i) => !(edgeIdx.has(i) && (furniture.has(l) || (PAGE_NO_RE.test(l) && !/^0\d{2,4}$/.test(l))))).join('\n');
    })
    .join('\n\n');
}

/**
 * A printed minute heading on its own line: "334 APOLOGIES FOR ABSENCE", "12. MINUTES", "338 PLANNING COMMITTEE (For
 * Planning Committee consideration only)": a number, then a title in capitals.
 */
// "410 TO APPROVE THE MINUTES …": a first word of two capitals when more capitals follow.
const CAPITALS_HEADING_RE = /^(?:\d{1,4}\.?|[A-Z]{1,4}\d{1,4}\.\d{2}|\d{2}\.\d{2}\.\d{2,3})\s+(?:\p{Lu}[\p{Lu}'’]{2,}|\p{Lu}{2}(?=\s+\p{Lu}{2}))(?:[\s&,/-]+[\p{Lu}\d'’]+)*(?:\s*\([^()]*\)|\s+[–—-]\s.*)?$/u;

/** "4 Minutes of the last Meeting", "12 Election of Chairman and Vice Chairman": a number, then a short title. */
// "9.Governance Statements:" (no space after the full stop, a colon after the title) is a heading too.
// ("W95. Declarations of Interest:": a minute number with its letter prefix.)
const NUMBERED_TITLE_RE = /^(?:\p{Lu}{1,3})?\d{1,3}(?:\.?\s+|\.(?=\p{Lu}\p{Ll}))\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’&/-]+){0,11}:?$/u;
/** A heading in capitals ("CHISLET PARISH COUNCIL", "MINUTES"): no lower-case letter in it. */
const CAPITALS_LINE_RE = /^(?=.*\p{Lu}{2})[^\p{Ll}]{2,80}$/u;

/** Words in capitals (one of four letters or more), then a colon or a dash, then the minute's text. */
const CAPS_LEAD_HEADING_RE = /^(?=[^a-z]*\p{Lu}{4})\p{Lu}[\p{Lu}'’&/]*(?:\s+[\p{Lu}'’&/]+){0,6}\s*(?::|\s[–—-]|[–—](?=\s))\s*\S/u;

const LEADING_NUMBER_RE = /^(\d{1,3})\.?\s+\p{Lu}/u;
/** The line opens with the number after the one the block opened with: "1 Declarations …" then "2 Apologies …". */
function nextNumbered(block: string, line: string): boolean {
  const a = LEADING_NUMBER_RE.exec(block);
  const b = a ? LEADING_NUMBER_RE.exec(line) : null;
  return !!a?.[1] && !!b?.[1] && Number(b[1]) === Number(a[1]) + 1;
}

const LETTERS_POINT_NUMBER_RE = /^(?!NO\.)[A-Z]{2,4}\.\d{1,4}\s+\p{Lu}/u;

/** "In attendance" alone on its line under the members: the next list's label, not the last member's line going on. */
// (Not "Present" or "Apologies": after a number alone on its line, "2" over "Apologies", they are an item's heading.)
const BARE_REGISTER_LABEL_RE = /^(?:Members\s+present|(?:Board|Committee|Panel)\s+Members|In\s+attendance|Also\s+(?:present|in\s+attendance)|Officers\s+(?:present|in\s+attendance))$/i;

function isStructuralStart(line: string): boolean {
  return (
    BULLET_RE.test(line) ||
    CAPITALS_HEADING_RE.test(line) ||
    // "Present : Cllrs …", "In attendance: …": an attendance list's label opens a block.
    /^(?:present|(?:also\s+)?in\s+attendance|also\s+present|apologies(?:\s+for\s+absence)?|absent|in\s+the\s+chair|(?:vice[-\s]?)?chair(?:man|person)?)\s*:/i.test(line) ||
    // "Present were – Cllr C Penn (chairman) …": the label in words, a dash for its colon.
    /^present\s+were\s*(?::|[–—-]\s)/i.test(line) ||
    // "PRESENT Cllr M Caton (Chair), Cllrs …", "ATTENDING" over its list: a label in capitals without its colon.
    /^(?:PRESENT|ATTENDING|IN ATTENDANCE|ALSO PRESENT|APOLOGIES)(?:$|\s+(?=(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s))/.test(line) ||
    // "Presiding Councillor W Griffiths", "Present Councillors D Jones, …": a label in words, its colon left out.
    /^(?:Presiding|Present|Apologies)\s+(?:(?:County\s+)?Councillors?|Cllrs?)\.?\s/.test(line) ||
    // "Officers in Attendance:", "Other Members in Attendance:", "Officers present:".
    /^(?:other\s+)?(?:members|councillors|officers?)\s+(?:also\s+)?(?:in\s+attendance|present)\s*:/i.test(line) ||
    // "338.1 The Minutes of the Planning Meeting …": a numbered paragraph inside a printed minute.
    /^\d{1,4}\.\d{1,3}\.?\s+\p{Lu}/u.test(line) ||
    // "DECLARATION OF INTERESTS: None.", "APOLOGIES – Cllr Hale (work)": an unnumbered heading in capitals, its colon or
    // dash, then the minute on the same line.
    CAPS_LEAD_HEADING_RE.test(line) ||
    // "ITEM II – Minutes of Last Meeting", "Item 3 – Hospital Group": an item's word and number, then its heading.
    /^(?:Item|ITEM)\s+(?:\d{1,3}[a-z]?|[IVXLC]{1,6})\s*[–—:.-]\s*\p{Lu}/u.test(line) ||
    LABEL_RE.test(line) ||
    SECTION_RE.test(line) ||
    DECISION_HEAD_RE.test(line) ||
    /^(?:RESOLVED|AGREED)\b/.test(line) ||
    // "Cllr M Willis" over "Resolved that apologies are accepted.": a resolution in title case opens its own line's block.
    /^(?:Resolved|Agreed)\s+(?:that|to)\s/.test(line) ||
    /^\d{1,5}\.?$/.test(line) ||
    // "01.06.15" alone: a minute's number with the meeting's month and year, over its heading.
    /^\d{2}\.\d{2}\.\d{2}$/.test(line) ||
    BARE_REGISTER_LABEL_RE.test(line) ||
    // "CO.12 Prayers", "TC.94 APOLOGIES FOR ABSENCE": a body's letters, a point and the minute's number, then its heading.
    LETTERS_POINT_NUMBER_RE.test(line) ||
    // A copied table's head ("No. | Item |") and its rule ("---|---|").
    /^(?:No\.?|Rhif\.?|Number|Item\s+No\.?)\s*\|/i.test(line) ||
    (line.includes('|') && /^[-|:\s]+$/.test(line)) ||
    ITEM_NUMBER_LINE_RE.test(line) ||
    // "M/140/2006:- CONDEMNATION": a coded minute number opening its heading.
    CODED_MINUTE_START_RE.test(line) ||
    // "Agenda Items" over the first minute, straight under "Absent: Cllr Webster": a heading of its own, not a name.
    /^(?:Agenda\s+Items?|Items|Agenda)$/i.test(line) ||
    // "026/PC/24 - Apologies for Absence": the minute's count, the body's letters and the year, then its heading.
    /^\d{1,4}\/[A-Z]{1,4}\/\d{2,4}\s+[-–—:]\s+\p{Lu}/u.test(line) ||
    // "69/13 / Minutes:", "68/13": a minute's number in a table's first cell (the cell's border after it), or alone.
    /^\d{1,4}\/\d{2}(?:\s+\/(?:\s+\p{Lu}|$)|$)/u.test(line) ||
    // "Time of meeting: 9.30am – 3.30pm", "Venue for meeting: …": a header's field.
    /^(?:date|time|venue|place|location)(?:\s+(?:of|for)\s+(?:the\s+)?meeting)?\s*:/i.test(line)
  );
}

/**
 * A minute number alone on its line, as PDF text gives it: "C11/14", "PLA146/14". Only with its letters: a bare
 * "2025/26." alone is the end of a wrapped sentence.
 */
const ITEM_NUMBER_LINE_RE = /^[A-Z]{1,4}\s?\d{1,4}\/\d{2,4}$/;
const CODED_MINUTE_START_RE = /^[A-Z]{1,4}\/\d{1,4}\/\d{2,4}\s*:-?(?:\s|$)/;

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

const SHARING_SITE_RE = /^(?:docstoc|document\s+sample|.{0,120}\bpowered\s+by\s+docstoc)$/i;

/**
 * A page copied with every line break doubled: a blank line after nearly every line, sentences broken across the
 * blanks ("… Annual Meeting of the Town" / "" / "Council to be held …"). The single blanks are line breaks, not
 * paragraph breaks; they go (two or more blank lines still part paragraphs).
 */
/** A person's name in full alone on a line, perhaps their office in brackets after it: "Mike Tilby (Borough Councillor)". */
const PLAIN_PERSON_RE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2}(?:\s*\([^()]{2,40}\))?$/u;
const REGISTER_LABEL_LINE_RE = /^(?:Present|Members\s+present|Councillors\s+present|Apologies(?:\s+for\s+absence)?|In\s+attendance|Also\s+present|Absent|Attendees)\s*:-?$/i;
/** The line and the one before it each a name, under a register's label with nothing but such names since. */
function namesUnderLabel(blocks: readonly Block[], prev: string, line: string): boolean {
  if (!PLAIN_PERSON_RE.test(prev) || !PLAIN_PERSON_RE.test(line)) return false;
  for (let k = blocks.length - 1; k >= 0 && k >= blocks.length - 40; k--) {
    const t = blocks[k]?.text ?? '';
    if (REGISTER_LABEL_LINE_RE.test(t)) return true;
    if (!PLAIN_PERSON_RE.test(t)) return false;
  }
  return false;
}

function undoubled(lines: string[]): string[] {
  const isBlank = (k: number) => (lines[k] ?? '').trim() === '';
  let filled = 0;
  let doubledBreaks = 0;
  let brokenSentences = 0;
  for (let k = 0; k < lines.length; k++) {
    if (isBlank(k)) continue;
    filled++;
    if (isBlank(k + 1) && !isBlank(k + 2) && k + 2 < lines.length) {
      doubledBreaks++;
      const line = (lines[k] ?? '').trim();
      if (!TERMINAL_RE.test(line) && (/^[a-z]/.test((lines[k + 2] ?? '').trim()) || /\b(?:of|the|and|to|for|from|a|an|in|on|with|by|at|as|that|be|is|are|was|were|had|have)$/i.test(line))) brokenSentences++;
    }
  }
  // Wrapped lines, not one paragraph to a line (a web page's paragraphs, each between blank lines). (Three lines in four:
  // a wrapped page may hold a few paragraphs of one line each, "b) Mrs Nash and the Chairman had attended …".)
  const width = percentile(lines.filter((l) => l.trim() !== '').map((l) => l.trim().length), 0.75);
  if (filled < 12 || doubledBreaks < filled * 0.85 || brokenSentences < Math.max(3, filled * 0.1) || width > 130) return lines;
  return lines.filter((l, k) => l.trim() !== '' || (isBlank(k - 1) || isBlank(k + 1)));
}

/**
 * "CRAIGAVON BOROUGH COUNCIL MINUTES OF COUNCIL MEETING HELD IN …": the council's name in capitals run into the printed
 * heading on one line (a PDF's first lines joined). The name goes on a line of its own, near the top only.
 */
function splitCouncilBeforeHeading(text: string): string {
  const head = text.slice(0, 3000);
  let split = head.replace(/^([ \t]*[A-Z][A-Z'’&. -]{2,80}?\bCOUNCIL)[ \t]+(?=MINUTES?[ \t]+OF[ \t])/m, '$1\n\n');
  // "… ON MONDAY 2 MARCH 2015 AT 6.00PM PRESENT: The Worshipful the Mayor …": the heading's own line ends at the list.
  if (split !== head) split = split.replace(/^(MINUTES?[ \t]+OF[ \t][^\n]{20,400}?\d{4}[^\n]{0,40}?)[ \t]+(?=PRESENT:[ \t])/m, '$1\n\n');
  return split === head ? text : split + text.slice(3000);
}

/**
 * "Record of those Present • Members: Cllrs A, B • Others: C • Apologies: D": a list's bullets run into one line (a PDF's
 * lines joined). Two bullets or more mid-line: each starts a line of its own, as the page printed it.
 */
function splitInlineBullets(line: string): string[] {
  if (!line.includes(' • ')) return [line];
  const parts = line.split(/\s+(?=•\s)/);
  if (parts.length < 3) return [line];
  // "• Lorraine Stout, Press Officer. Apology • Councillor W Manson.": the heading of the next bullets ends the last one.
  return parts.flatMap((p, k) => {
    // ("… agenda items. 2. Chairman’s Opening Remarks": a numbered heading keeps its number.)
    // ("… resigned from the council 3. Declaration of any Conflicts …": a numbered one needs no full stop before it.)
    const head =
      k < parts.length - 1
        ? (/^(.*?\S)\s+(\d{1,2}\.\s+\p{Lu}[\p{L}'’&]*(?:\s+[\p{L}'’&/()]+){0,10})$/u.exec(p) ?? /^(.*?[.!?)])\s+(\p{Lu}[\p{L}'’&]*(?:\s+[\p{L}'’&/()]+){0,7})$/u.exec(p))
        : null;
    return head?.[1] && head[2] ? [head[1], head[2]] : [p];
  });
}

/**
 * "PRESENT - Councillors A, B and C. IN ATTENDANCE – Councillor D, Leader. PART 1 APOLOGIES – Councillors E and F 306 …":
 * a register's labels in capitals, each after a full stop, run into one line (a PDF's paragraph); each label's list is a
 * line of its own, as printed ("PART 1", a heading of the minutes' parts, too).
 */
const INLINE_LABEL_SPLIT_RE = /(?<=[.;])\s+(?=(?:PART\s+\d{1,2}\s+)?(?:IN ATTENDANCE|ALSO PRESENT|APOLOGIES(?: FOR ABSENCE)?|ABSENT)\s*(?::|[–—-]\s))/;
/** "… T Rush & P Tofi. Public Present : Councillors Karen McHugh … In Attendance : Anne Minnis (Town Clerk)": labels in title case (not after a minute's number: "Tom Bell 1. Apologies for Absence: Nil"). */
const INLINE_TITLE_LABEL_SPLIT_RE = /(?<=\D[.;])\s+(?=(?:Public\s+Present|Members\s+of\s+the\s+Public(?:\s+Present)?|In\s+Attendance|Also\s+Present|Apologies(?:\s+for\s+Absence)?|Absent)\s*(?::|[–—-]\s))/;
/**
 * "4. Previous Minutes / The concise minute of key points and actions was agreed. …": a minutes table's row copied with
 * " / " between its cells, the minute's number and heading in the first, what was said in the next. The heading is a line
 * of its own, the minute under it. (Not a bilingual heading, "Apologies / Ymddiheuriadau": the second cell a sentence.)
 */
const SLASHED_HEADING_ROW_RE = /^(\s*\d{1,3}(?:\.\d{1,2})?[.)]?\s+\p{Lu}[^/.:;]{1,60}?)\s+\/\s+(\p{Lu}(?:[^/]*?\s\p{Ll}+\s[^/]*|[^/]*\.))$/u;
const NUMBER_CELL_RE = /^(\s*\d{1,3}[.)]?)\s+\/\s+(?=\p{Lu})/u;
function splitSlashedHeadingRow(given: string): string[] {
  if (!given.includes(' / ')) return [given];
  // "3. / Declarations of interest: Cllr Kilby declared …": the minute's number in a cell of its own, before the heading's.
  // ("… evacuation instructions. / Actions": the table's column for actions, its cell empty but for the word, goes too.)
  const line = NUMBER_CELL_RE.test(given) ? given.replace(NUMBER_CELL_RE, '$1 ').replace(/\s+\/\s+Actions?$/, '') : given;
  const m = SLASHED_HEADING_ROW_RE.exec(line);
  // ("3. / Declarations of interest: Cllr Kilby declared …": the heading and its minute after a colon, read as such. Else
  // the row as it was: "2 / Declarations of interest. / There were none." is another table's row, read elsewhere.)
  if (!m?.[1] || !m[2] || m[1].trim().split(/\s+/).length > 9 || m[2].split(/\s+/).length < 4 || /\b(?:was|were|is|are|has|had|have)\b/.test(m[1])) return [/^\s*\d{1,3}[.)]?\s+\p{Lu}[^/:.]{1,80}:\s/u.test(line) ? line : given];
  return [m[1], m[2]];
}

function splitInlineLabels(line: string): string[] {
  if (/^\s*Present\s*:/.test(line) && INLINE_TITLE_LABEL_SPLIT_RE.test(line)) return line.split(new RegExp(INLINE_TITLE_LABEL_SPLIT_RE.source, 'g'));
  if (!/^\s*PRESENT\s*(?::|[–—-]\s)/i.test(line) || !/\.\s+(?:PART\s+\d{1,2}\s+)?(?:IN ATTENDANCE|ALSO PRESENT|APOLOGIES|ABSENT)\b/.test(line)) return [line];
  const out: string[] = [];
  for (const part of line.split(new RegExp(INLINE_LABEL_SPLIT_RE.source, 'g'))) out.push(...part.split(/(?<=^PART\s+\d{1,2})\s+(?=\p{Lu}{4})/u));
  return out;
}

/**
 * "19/5/53 Election of Vice Chair": a minute's three-part number (year, month, minute) before its heading; "FPG/21-22/9/7
 * Finance": the committee's letters, the council's year, the meeting's number and the item's.
 */
const THREE_PART_MINUTE_RE = /^(?:\d{2}\/\d{1,2}\/\d{2,3}|[A-Z]{1,6}\/\d{2}[-–]\d{2}\/\d{1,3}\/\d{1,3})\s+\p{Lu}/u;
const CODED_RUN_START_RE = /^(\d{1,4})\/(\d{2,4})(?:\/[A-Z][A-Z&]{0,5})?\s+\p{Lu}/u;

/** The line opens the minute numbered after the block's own ("13/63 …", then "13/64 …"). */
function nextCodedMinute(block: string, line: string): boolean {
  const a = CODED_RUN_START_RE.exec(block);
  const b = a ? CODED_RUN_START_RE.exec(line) : null;
  // ("13/63" then "13/64": the year first; "63/13" then "64/13": the year last.)
  return !!a && !!b && ((a[1] === b[1] && Number(b[2]) === Number(a[2]) + 1) || (a[2] === b[2] && Number(b[1]) === Number(a[1]) + 1));
}
/** An agenda table's head row: "Item Document name Page Number", "No. Title Pages". */
const AGENDA_TABLE_HEAD_RE = /^(?:Item|No\.?|Number)\s+(?:Document\s+name|Title|Subject|Report|Business)\s+(?:Page\s+(?:Number|No\.?)|Pages?)$/i;

/**
 * "-" / "Election of Chair" / "It was resolved …": a web page's numbered list copied with its numbers lost, a dash on a
 * line of its own before each part. With four or more such dashes, each stands apart, and so does a short line after
 * it (the part's heading), so the items reader sees them as printed rather than run into one paragraph.
 */
function separatedLines(lines: string[]): string[] {
  const dash = (l: string) => /^\s*[-–—]\s*$/.test(l);
  if (lines.filter(dash).length < 4) return lines;
  const out: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] ?? '';
    if (!dash(l)) {
      out.push(l);
      continue;
    }
    out.push('', '-', '');
    const next = (lines[k + 1] ?? '').trim();
    if (next && !dash(next) && next.length <= 120 && next.split(/\s+/).length <= 16 && !/[.;:,]$/.test(next)) {
      out.push(next, '');
      k++;
    }
  }
  return out;
}

/**
 * "PCP" / "1/13" / "WELCOME AND INTRODUCTION": a minute's code printed in a narrow table column, its letters on one line
 * and its number on the next. Joined back into "PCP 1/13" when the page does it at least twice.
 */
function joinSplitCodes(lines: string[]): string[] {
  const letters = (l: string) => /^\s*\p{Lu}{2,5}\s*$/u.test(l);
  const number = (l: string) => /^\s*\d{1,4}\/\d{2,4}\s*$/.test(l);
  let pairs = 0;
  for (let k = 0; k + 1 < lines.length; k++) if (letters(lines[k] ?? '') && number(lines[k + 1] ?? '')) pairs++;
  if (pairs < 2) return lines;
  const out: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] ?? '';
    const next = lines[k + 1] ?? '';
    if (letters(l) && number(next)) {
      out.push(`${l.trim()} ${next.trim()}`);
      k++;
    } else out.push(l);
  }
  return out;
}

const GLUED_PARAGRAPH_NUMBER_RE = /^(\d{1,4}\.\d{1,2})(?=\p{Lu}\p{Ll}{2})/u;
/** "154.Minutes of the Ordinary Meeting …", "153.Present.": a minute's number and its full stop run onto the heading. */
const GLUED_DOTTED_NUMBER_RE = /^(\d{1,4}\.)(?=\p{Lu}\p{Ll}{2,})/u;
/** "01/07/13Chairperson’s announcements", "19/88To accept …": a minute's code glued to its heading. */
const GLUED_CODE_RE = /^(\d{1,4}\/\d{1,4}(?:\/\d{2,4})?)(?=\p{Lu}\p{Ll}{2,})/u;
/** "1APOLOGIES", "53MEMBERS’ INTERESTS": a minute's number run onto its heading in capitals (the whole line in capitals). */
const GLUED_HEADING_NUMBER_RE = /^(\d{1,3})(?=\p{Lu}{4,}[\p{Lu}\d\s’'&,()-]*$)/u;
/** "1151PRESENT–Cllr G Berry (Chairman), …", "1152IN ATTENDANCE – Mrs C Bright": a minute's number and its label glued together. */
const GLUED_LABEL_RE = /^(\d{1,4})\s*(PRESENT|IN\s+ATTENDANCE|APOLOGIES(?:\s+FOR\s+ABSENCE)?|ABSENT)\s*[–—-]\s*(?=\S)/;

/** A short line that opens with a member's title or a style: "Councillor A White (Chairman)", "Dr P Brotherton (Clerk)". */
const TITLED_START_RE = /^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+\p{Lu}/u;

/** A line that opens with a register's label: "Members of Cabinet present:", "Other Members present:", "Apologies:". */
// (A bare label, its list on the lines below, is left to the rules for labels.)
const ATTENDANCE_LABEL_START_RE = /^\p{Lu}[\p{L}\s'’-]{0,40}\b(?:present|attendance|attending|apologies|absent)\s*:\s*\S/iu;

const HEADING_STRAY_COMMA_RE = /^\d{1,4}[.)]?\s+\p{Lu}[^\p{Ll},]{5,120},$/u;

const BRACKETED_LABEL_RE = /[ \t]*\((Present|Not\s+Present|In\s+Attendance|Also\s+Present)\)[ \t]+(?=(?:The\s+)?(?:(?:Lord\s+|Deputy\s+)?Mayor|Chair(?:man)?|Provost|Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)\b)/g;

/** "|Present: |Roger Bell, Ann Lee, |" — an attendance table's row: its label cell, then the names. */
const LABEL_ROW_RE = /^\|\s*((?:Members\s+)?Present|Apologies(?:\s+for\s+[Aa]bsence)?|In\s+[Aa]ttendance|Also\s+[Pp]resent|Absent)\s*:?\s*\|\s*(\S.*?)\s*\|?\s*$/i;
/** "| |Suzie Stewart, Alex Stewart |": the next row of the same cell, its label cell empty. */
const CONTINUED_ROW_RE = /^\|\s*\|\s*(\S.*?)\s*\|?\s*$/;

/**
 * An attendance table copied with its cells' borders ("|Present: |Roger Bell, … |" / "| |Suzie Stewart, … |" /
 * "|Apologies |Councillors Dent and Hart |"): each label's names as the line "Present: Roger Bell, …, Suzie Stewart",
 * as a page printed without a table would give them. Other table rows are left as they are.
 */
function labelledTableRows(lines: string[]): string[] {
  if (!lines.some((l) => l.startsWith('|') && LABEL_ROW_RE.test(l))) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = LABEL_ROW_RE.exec(lines[i] ?? '');
    if (!m?.[1] || !m[2]) {
      out.push(lines[i] ?? '');
      continue;
    }
    let names = m[2].replace(/\s*\|\s*/g, ' ').trim();
    // Rows that carry on the cell, blank lines between them allowed.
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < lines.length && (lines[k] ?? '').trim() === '') k++;
      const more = CONTINUED_ROW_RE.exec(lines[k] ?? '');
      if (!more?.[1] || /^\|\s*\|\s*\|/.test(lines[k] ?? '')) break;
      names = `${names.replace(/,$/, '')}, ${more[1].replace(/\s*\|\s*/g, ' ').trim()}`;
      j = k + 1;
    }
    out.push(`${m[1]}: ${names.replace(/,$/, '')}`);
    i = j - 1;
  }
  return out;
}

const YEAR_THEN_TIME_RE = /(?<=\p{L}\.?,?\s?)((?:19|20)\d{2})(?=\d{1,2}[.:]\d{2}\s*[AaPp]\.?\s?[Mm]\b)/gu;

export function toBlocks(input: string): Block[] {
  // "Also in" / "Attendance:": a label wrapped over two lines is the one label.
  // ("Also in     S Cridland (Town Clerk)" / "attendance: L Kerrigan (Minutes Secretary)": the label's two lines in a column
  // of their own beside the names; the first name goes after the label, the second after it.)
  const joined = stripPageFurniture(
    input
      .replace(/\r\n?/g, '\n')
      .replace(/^([ \t]*Also\s+in)[ \t]*\n[ \t]*(Attendance\s*:)/gim, '$1 $2')
      .replace(/^[ \t]*(Also\s+in)[ \t]{2,}(\S[^\n]{2,80}?)[ \t]*\n[ \t]*(attendance\s*:)[ \t]+(?=\S)/gim, '$1 $3 $2, '),
  );
  // "… held on 4 November 2009 (Present) The Mayor (Councillor Shields) (Chairman), Councillors A, B … (Not Present)
  // Councillor Ward": a register's labels in brackets, run into the heading's line; each list a line of its own.
  const text = joined.includes('Present)') ? joined.replace(BRACKETED_LABEL_RE, (_m, label: string) => `\n${/^Not/i.test(label) ? 'Absent' : label}: `) : joined;
  const sourceLines = separatedLines(joinSplitCodes(labelledTableRows(slashedRegisterRows(gappedRegisterRows(undoubled(splitCouncilBeforeHeading(text).split('\n'))))))).flatMap(splitInlineBullets).flatMap(splitInlineLabels).flatMap(splitInAttendance).flatMap(splitSlashedHeadingRow);
  // "224.1Apologies for absence were …", "223.1The Chairman welcomed …": a paragraph's number run onto its first word.
  const rawLines = sourceLines
    .map(cleanLine)
    .map(lostSpaces(text) ? respaced : (l: string) => l)
    // "Present: !", "Appologies: ! !": a form's tick boxes copied as marks after the label.
    .map((l) => (/^[\p{L} ]{3,30}:\s*!(?:\s*!)*\s*$/u.test(l) ? l.replace(/\s*!(?:\s*!)*\s*$/, '') : l))
    // "67/13 /" over "Co-option of new Parish Councillor": a minute's number in a table's first cell, the cell's border after it.
    .map((l) => (/^\d{1,4}\/\d{2}\s+\/$/.test(l) ? l.replace(/\s+\/$/, '') : l))
    // "50. 23-24 Apologies": the minute's number and the council's year, printed with a space between, are one number.
    .map((l) => (/^\d{1,3}\.\s\d{2}[-–]\d{2}\s/.test(l) ? l.replace(/^(\d{1,3}\.)\s(\d{2}[-–]\d{2})\s/, '$1$2 ') : l))
    // "ON THURSDAY, 12th JUNE 20147.00 PM": a year run into the time after it.
    .map((l) => (/\d{5}[.:]\d{2}\s*[AaPp]/.test(l) ? l.replace(YEAR_THEN_TIME_RE, '$1 ') : l))
    .map((l) => l.replace(GLUED_PARAGRAPH_NUMBER_RE, '$1 ').replace(GLUED_HEADING_NUMBER_RE, '$1 ').replace(GLUED_DOTTED_NUMBER_RE, '$1 ').replace(GLUED_CODE_RE, '$1 ').replace(GLUED_LABEL_RE, '$1 $2 – '))
    // "8. CONFIRM THE MINUTES OF THE PREVIOUS COUNCIL MEETING,": a numbered heading in capitals with a stray comma is
    // still a heading of its own, not a line that runs on into its minute.
    .map((l) => (l.endsWith(',') && HEADING_STRAY_COMMA_RE.test(l) ? l.slice(0, -1) : l));
  const nonEmpty = rawLines.filter((l) => l.length > 0);
  const blankCount = rawLines.length - nonEmpty.length;
  const hardWrapped = nonEmpty.length >= 8 && blankCount < nonEmpty.length * 0.15;
  const wrapWidth = percentile(nonEmpty.map((l) => l.length), 0.9);
  // Width of lines wrapped inside paragraphs: lines directly followed by another line.
  const innerWidth = percentile(
    rawLines.filter((l, i) => l.length > 0 && (rawLines[i + 1] ?? '').length > 0).map((l) => l.length),
    0.9,
  );

  const blocks: Block[] = [];
  let current: { text: string; lastLine: string; bullet: boolean; afterNumber?: boolean; startLine?: number; lineStarts?: number[] } | null = null;
  /** The block just flushed was a minute number alone: the next line is its heading. */
  let numberBefore = false;
  const flush = () => {
    if (current && current.text) blocks.push({ text: current.text, bullet: current.bullet, ...(current.lineStarts?.length ? { lines: { text: current.text, starts: current.lineStarts } } : {}) });
    numberBefore = !!current && ITEM_NUMBER_LINE_RE.test(current.text);
    current = null;
  };
  let sawBlank = false;
  let agendaTable = false;
  for (let n = 0; n < rawLines.length; n++) {
    let line = rawLines[n] ?? '';
    if (AGENDA_TABLE_HEAD_RE.test(line)) agendaTable = true;
    else if (line.length > 400) agendaTable = false;
    // A document-sharing site's banner ("Document Sample", "In Attendance - DOC Powered By Docstoc") is not the minutes.
    if (line.length < 160 && (line.includes('ocstoc') || line.startsWith('Document')) && SHARING_SITE_RE.test(line)) continue;
    // "------": a rule drawn between parts of the page is a break, not text (a register can go on under it).
    if (!line || (line.length >= 3 && /^[-–—_=~]+$/.test(line))) {
      sawBlank = true;
      continue;
    }
    const cur = current as { text: string; lastLine: string; bullet: boolean; afterNumber?: boolean; startLine?: number; lineStarts?: number[] } | null;
    if (cur) {
      const prev = cur.lastLine;
      // "C11/14" alone, then "Chair’s Business", then the minute: the number and its heading keep their own lines
      // (a heading that fills the line runs on to the next).
      if (!sawBlank && (ITEM_NUMBER_LINE_RE.test(cur.text) || (cur.afterNumber && cur.text === prev && prev.length < wrapWidth * 0.6 && !/\s(?:and|of|the|for|to|in|&)$/i.test(prev) && !/^[a-z]/.test(line)))) {
        flush();
        current = { text: line, lastLine: line, bullet: false, afterNumber: numberBefore };
        continue;
      }
      // "Item Document name Page Number" over "1 Apologies N/A" / "2 Declaration of Interest …": an agenda's table, one
      // row a line, each row its own block.
      if (agendaTable && /^\d{1,3}\s+\p{Lu}/u.test(line)) {
        flush();
        current = { text: line, lastLine: line, bullet: false, startLine: n };
        continue;
      }
      // A line ending in a table cell separator ("… |") closes a copied table row.
      const prevOpen = !TERMINAL_RE.test(prev) && !DECISION_HEAD_RE.test(prev) && !SECTION_RE.test(prev) && !/\|$/.test(prev);
      const bareLabel = BARE_LABEL_RE.test(cur.text) || (cur.bullet && cur.text === '');
      let join = false;
      // "Attendees:      Councillor A, B," / "                 C and D": a label's value in a column, its wrapped lines
      // indented to the same column.
      // Only a list written with commas: "Present:   A Brown   C Dunn" over "   In attendance  E Fox" is a table of its own.
      const indented = !sawBlank && (sourceLines[n] ?? '').startsWith('        ');
      const columnLabel = indented ? /^[^\s:][^:]{1,30}:\s{3,}\S(?=.*,)/.exec(sourceLines[cur.startLine ?? -1] ?? '') : null;
      const indent = columnLabel ? (/^\s*/.exec(sourceLines[n] ?? '')?.[0].length ?? 0) : 0;
      // "13/64 Minutes of meeting held … (as noted on www.example.org/x) proposed by …" after the block of "13/63 …": the
      // next minute of a coded run opens its own block, however long its line.
      // ("Kevin O’Connor / DCSDC / Cllr Colly Kelly / Sinn Féin" over "Sue Divin / DCSDC / …": a table's rows copied with
      // " / " between their cells, as many on each line, one row to a line.)
      const slashes = (t: string) => t.split(' / ').length - 1;
      if (nextCodedMinute(cur.text, line)) join = false;
      // (Not a letterhead's officers with their addresses and numbers: "Chairman / Graham Easton / 31 High Street / 01750 …".)
      else if (slashes(line) >= 2 && slashes(line) === slashes(prev) && line.length <= 200 && !/\d/.test(line + prev)) join = false;
      else if (columnLabel && Math.abs(indent - (columnLabel[0].length - 1)) <= 2) join = true;
      else if (bareLabel && !sawBlank) join = true;
      else if (bareLabel && sawBlank && !isStructuralStart(line)) join = true;
      // "APOLOGIES" over "PLA146/14": a heading in capitals beside its minute number starts afresh.
      else if (!sawBlank && ITEM_NUMBER_LINE_RE.test(rawLines[n + 1] ?? '') && CAPITALS_LINE_RE.test(line) && !CAPITALS_LINE_RE.test(prev)) join = false;
      // "… Mrs. J. Graves and" / "T. Hasan.": the list's last name in initials, not a lettered point.
      else if (!sawBlank && BROKEN_LIST_END_RE.test(prev) && /^\p{Lu}\.\s+(?:\p{Lu}\.\s+)*(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+[.,;]?$/u.test(line)) join = true;
      // "… Mr K. Webb, Mr G." / "Hetherington, Mr N. Bodger, …": a name broken after its style and initial; the surname
      // on the next line finishes it (the initial's full stop is no sentence's end).
      else if (!sawBlank && /(?:^|[\s,])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor)\.?\s+(?:\p{Lu}\.\s?){1,3}$/u.test(prev) && /^(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+(?:[,;.]|$)/u.test(line)) join = true;
      else if (!sawBlank && prevOpen && !isStructuralStart(line)) {
        const startsLower = /^[a-z(£$€%0-9,]/.test(line);
        if (hardWrapped) {
          const prevWords = prev.split(' ').length;
          // A line that ends on "and", "of", "the" breaks off mid-phrase ("Annual Report of the Overview and").
          const brokenOff = /\s(?:and|of|the|for|to|&)$/i.test(prev) || brokenBeforeTitle(prev, line);
          join = startsLower || prevWords <= 3 || prev.length >= wrapWidth * 0.6 || brokenOff;
          // One paragraph a line, no blank lines between (a parish's minutes): "CHISLET PARISH COUNCIL" over "Minutes of …",
          // and "4 Minutes of the last Meeting" after a line of text, are headings, not wrapped text.
          // ("19/5/53 Election of Vice Chair" opens a minute; "19/5/55 Public Participation" alone on its line is its heading, as
          // "04/20/F&R Action List" is, over "The Action List was noted as completed".)
          // ("CO.12 Prayers" over "The Revd Jane Lowe led …": letters, a point and the number, then the heading, the same.)
          const codedHeading = (t: string) => (THREE_PART_MINUTE_RE.test(t) || LETTERS_POINT_NUMBER_RE.test(t)) && /^\S+\s+[^.:;]{2,80}$/.test(t);
          // ("163/18 Apologies" after "- None present"; "Minutes of the Parish Council Meeting held on …" under a title;
          // "Annual General Meeting of the West Dunbartonshire Community Council Forum" under a site's section title.)
          const heading = NUMBERED_TITLE_RE.test(line) || codedHeading(line) || CODED_TITLE_LINE_RE.test(line) || /^(?:Minutes|Notes)\s+of\s+(?:the|a|an)\s/i.test(line) || /^(?:(?:Annual|Extraordinary|Special|Ordinary)\s+)?(?:General\s+)?Meeting\s+of\s+the\s+\p{Lu}/u.test(line) || /^\p{Lu}[\p{L} -]{1,30}:$/u.test(line) || ((CAPITALS_LINE_RE.test(prev) || ((NUMBERED_TITLE_RE.test(prev) || codedHeading(prev) || (LETTERED_CODE_RE.test(prev) && CODED_TITLE_LINE_RE.test(prev) && !/\.$/.test(prev))) && cur.text === prev)) && /^\p{Lu}\p{Ll}/u.test(line));
          // "Minutes of the … Meeting held … at 7.30 pm" over "Councillor A White (Chairman)": a register's first member
          // under a heading that fills its line, not the heading's last words (and each member after it an entry of its own;
          // under a label, "In Attendance:", the members' lines run together as before, for the label's rules to read).
          const titled = (t: string) => t.length < 60 && TITLED_START_RE.test(t);
          const registerEntry = titled(line) && (/(?:\d|\b[ap]\.?m\.?|[.):])$/i.test(prev) || (titled(prev) && cur.text === prev && !/^\p{L}[\p{L}\s'’-]{1,40}:-?$/u.test(blocks[blocks.length - 1]?.text ?? '')));
          if (join && !brokenOff && (heading || registerEntry || ATTENDANCE_LABEL_START_RE.test(line))) join = false;
          // "Present:" over "Victor Cross" / "Sue Nash" / …: a register's names one to a line, untitled; each its own entry.
          if (join && !brokenOff && cur.text === prev && namesUnderLabel(blocks, prev, line)) join = false;
        } else {
          // Paragraphs separated by blank lines, lines wrapped inside them (printed minutes, PDF text):
          // a line that fills the usual width continues on the next one.
          const fullLine =
            innerWidth >= 50 &&
            innerWidth <= 140 &&
            prev.length >= innerWidth * 0.8 &&
            !/^[\p{Lu}\d\s&,'’/()-]+$/u.test(line) &&
            // not the next entry of a list ("K Grant – Head of Housing", "Councillor …")
            !/^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s/.test(line) &&
            // nor a register's label ("Members of Cabinet present: R Herring (Leader), …")
            !ATTENDANCE_LABEL_START_RE.test(line) &&
            !/^\S+(?:\s\S+){0,4}\s[–—]\s/.test(line) &&
            !/^(?:[A-Z][\p{L}'’.-]*\s){1,3}[A-Z][\p{L}'’.-]*,/u.test(line) &&
            !/^[\p{Lu}][\p{L}\s/]{1,40}:/u.test(cur.text);
          // "9.Governance Statements:", "9. Governance Statements:": a numbered heading, not the rest of a sentence.
          // "19/5/53 Election of Vice Chair": a minute's three-part number opens a minute of its own.
          const numberedHeading = (NUMBERED_TITLE_RE.test(line) && (/:$/.test(line) || /^\d{1,3}\.\p{Lu}/u.test(line))) || THREE_PART_MINUTE_RE.test(line);
          // "… from Cllrs. Mrs. S. Wilkes, Mrs. J. Graves and" / "T. Hasan.": a list broken off after its "and" goes on.
          const brokenList = (BROKEN_LIST_END_RE.test(prev) && prev.length >= 30 && line.length < 80) || brokenBeforeTitle(prev, line);
          // "… from Councillors Brace, Coe," / "Hollobone and Rennie.": a sentence does not end on a comma.
          // ("Members of public: …" under a list ending in a comma is a list of its own, after its label.)
          const brokenAtComma = /,$/.test(prev) && prev.length >= 30 && !/^\p{Lu}[\p{L}\s]{1,40}:/u.test(line);
          // "… It was proposed by Cllr Mann and seconded by" / "Cllr Atherton that the minutes …": a vote broken off after
          // "seconded by" goes on to the member it names.
          const brokenPhrase = prev.length >= 30 && /\b(?:proposed|seconded|moved)\s+by$/i.test(prev) && /^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s/.test(line);
          join = numberedHeading ? false : startsLower ? prev.length >= 30 : fullLine || brokenList || brokenAtComma || brokenPhrase;
        }
      } else if (sawBlank && prevOpen && /^[a-z]/.test(line) && prev.length >= 50 && !isStructuralStart(line)) {
        join = true;
      } else if (sawBlank && /,$/.test(prev) && prev.length >= 30 && /^\p{Lu}\p{Ll}/u.test(line) && !/:$/.test(line) && !isStructuralStart(line)) {
        // "… received from Councillors Wesley Harcourt," / (blank) / "David Morton, …": a page copied with its line
        // breaks doubled; a sentence does not end on a comma (a heading in capitals, or a label, still starts afresh).
        join = true;
      }
      // "1. Calling of the Roll and Apologies for Absence" over "A' Gairm a' Chlàir …": a numbered heading that reads
      // complete keeps its line; one that breaks off ("… Report of the Overview and") runs on.
      // ("4. DISCUSSION WITH PCSO BARRY JONES FROM THE DEE VALLEY POLICING" over "AREA.": a heading in capitals wrapped
      // onto a line of a word or two in capitals runs on.)
      const capsTail = CAPITALS_LINE_RE.test(prev) && /^[^\p{Ll}]{2,40}$/u.test(line) && line.split(' ').length <= 3 && !/\d/.test(line);
      if (!join && !sawBlank && capsTail && prevOpen && cur.text === prev && LABEL_RE.test(prev) && !isStructuralStart(line)) join = true;
      if (join && !sawBlank && !capsTail && /^(?:\p{Lu}|\d{1,3}\.\d)/u.test(line) && cur.text === prev && LABEL_RE.test(prev) && prev.split(' ').length >= 2 && prev.length < Math.min(80, wrapWidth * 0.85) && !/\b(?:and|of|the|to|for|in|on|with|from|by|at|a|an)$|[&,–—-]$/i.test(prev)) join = false;
      // "1 Declarations of Interest - None" over "2 Apologies for Absence – K. Wade …": the next number opens the next minute,
      // whatever the line before it (a number is no lower-case word running on).
      // ("In attendance: Cllr T Dunn, local press" over "1 Welcome: The Chairman opened …": the first minute after a register.)
      if (join && (nextNumbered(cur.text, line) || (/^1\.?\s+\p{Lu}\p{Ll}/u.test(line) && ATTENDANCE_LABEL_START_RE.test(cur.text) && !/(?:,|\s(?:and|of|the|&))$/.test(prev)))) join = false;
      if (join) {
        if (cur.text) (cur.lineStarts ??= []).push(cur.text.length + 1);
        cur.text = cur.text ? `${cur.text} ${line}` : line;
        cur.lastLine = line;
        sawBlank = false;
        continue;
      }
      flush();
    }
    sawBlank = false;
    // "*450 Minutes": a star glued to a minute number marks the minute (not subject to call-in, a key decision); it is no bullet.
    if (/^\*\d/.test(line)) line = line.slice(1);
    // "A23/024COMMITTEE SERVICE FEES": a coded minute number glued to its heading.
    if (/^[A-Z]{1,4}\d{1,4}\/\d{2,4}\p{Lu}{2}/u.test(line)) line = line.replace(/^([A-Z]{1,4}\d{1,4}\/\d{2,4})/, '$1 ');
    // "37.PRESENT Councillors: …": a minute number glued to its heading in capitals.
    if (/^\d{1,3}\.\p{Lu}{2}/u.test(line)) line = line.replace('.', '. ');
    const bm = BULLET_RE.exec(line);
    if (bm && !/^[-–]\s*\d/.test(line)) {
      const rest = line.slice(bm[0].length).trim();
      current = { text: rest, lastLine: line, bullet: true, startLine: n };
    } else {
      current = { text: line, lastLine: line, bullet: false, afterNumber: numberBefore, startLine: n };
    }
  }
  flush();
  return blocks;
}

export function blockText(b: Block): string {
  return b.bullet ? `• ${b.text}` : b.text;
}

export function joinBlocks(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n');
}

export { SECTION_RE, DECISION_HEAD_RE, TERMINAL_RE };
