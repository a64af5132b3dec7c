/**
 * How much of the minutes' attendance Scrutineer read (ParsedMinutes.attendanceState), so the meeting page never
 * shows a list it read in part as if it were the whole list:
 * - 'read': every labelled list ("Present:", "Apologies:", "In attendance:", "Absent:") found was read, or the
 *   minutes say there were no apologies;
 * - 'partial': people were read, but a list has names left that were not (a list broken by degrees, a second label);
 * - 'unread': a list names people and none were read;
 * - 'absent': no list (a cut excerpt, an agenda, minutes that record no attendance).
 *
 * The check reads each labelled list as text (label to the next label, a heading or a sentence) and looks for
 * name-like words that are not part of anyone read. It never changes who was read. Beside the state, it gives the
 * people the minutes name elsewhere with a title whom no list read (named-not-read.ts), for the page to name.
 */
import type { Block } from './blocks';
import type { Attendee } from './attendance';
import type { AttendanceState } from '../../shared/types/minutes';
import { titleCaseCapitals } from './names';
import { foldNameWord, namedNotRead } from './named-not-read';

/** A list's label, where it starts (at the start of a block, or inside a run-together one after a space). */
const LIST_LABEL_RE =
  /(?:^|(?<=[\s.;)]))(?:Members\s+present|Councillors\s+present|Also\s+present|Present|PRESENT|Apolog(?:ies|y)(?:\s+for\s+absence)?(?:\s+(?:were\s+)?received(?:\s+from)?)?|APOLOGIES(?:\s+FOR\s+ABSENCE)?|(?:Also\s+)?[Ii]n\s+[Aa]ttendance(?:\s+also)?|(?:ALSO\s+)?IN\s+ATTENDANCE|(?:Also\s+)?[Aa]ttending|(?:Members|Councillors)\s+absent|Other\s+(?:Members|Councillors)|Absent|ABSENT|Officers\s+present|Officers)\s*(?::-?|[–—]\s|\/\s)|(?<=\d[.)]\s+)Apolog(?:ies|y)(?:\s+for\s+absence)?\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/gu;
/** A label without its colon opening a block, a name straight after it: "Present Robert Rae, Ian Clarkson, …". */
const NO_COLON_START_RE = /^(?:\d{1,3}[.)]?\s+)?(?:Members\s+present|Present|PRESENT|In\s+[Aa]ttendance|IN\s+ATTENDANCE|Apologies|APOLOGIES|Absent|ABSENT)\s+(?=\p{Lu})/u;
/** The same labels alone on their line, the list on the lines under them. */
const BARE_LABEL_RE = /^(?:\d{1,3}[.)]?\s+)?(?:Members\s+present|Councillors\s+present|Also\s+present|Present|Apolog(?:ies|y)(?:\s+for\s+absence)?|In\s+attendance|Absent|Officers(?:\s+present)?|Observing|Clerk)\s*:?-?$/i;
/** Where a list ends: a sentence's verb, a heading in capitals, an item number. */
const LIST_END_RE =
  /\b(?:was|were|is|are|had|has|have|welcomed|opened|declared|noted|agreed|resolved|RESOLVED|AGREED|explained|reported|asked|thanked)\b|(?:^|\s)\p{Lu}{4,}(?:\s+\p{Lu}{2,})+\b(?!\s+\p{Lu}\p{Ll})|(?:^|\s)(?:[A-Z]{0,2}\d{1,4}(?:\/\d{2,4})?[.)]?\s+\p{Lu}{3,})|\b[A-Z]{0,3}\/?\d{1,4}\/\d{2,4}\b|\b(?:Additional\s+documents|Supporting\s+documents|Minutes|Decision|Documents)\s*:|\s\d{1,3}\.\s+\p{Lu}/u;
/** Lower-case words a list of names holds: joining words, name particles, "in the Chair", "via Zoom". */
const LIST_LOWER_WORDS = new Set('and of the for in de van von da di du le la ap ab ferch y via on to a'.split(' '));
const LOWER_PAIR_RE = /(?<![\p{L}'’-])(\p{Ll}[\p{Ll}'’-]*)\s+(\p{Ll}[\p{Ll}'’-]*)(?![\p{L}'’-])/gu;

/** The part of a label's text that is the list: up to a sentence's verb, a heading in capitals or prose. */
function listPart(text: string): string {
  let end = text.length;
  const verb = LIST_END_RE.exec(text);
  if (verb) end = verb.index;
  // Two lower-case words in a row that no list of names holds ("paid tribute", "it was", "To receive any"): prose.
  LOWER_PAIR_RE.lastIndex = 0;
  for (let m = LOWER_PAIR_RE.exec(text); m && m.index < end; m = LOWER_PAIR_RE.exec(text)) {
    if (!LIST_LOWER_WORDS.has(m[1] ?? '') || !LIST_LOWER_WORDS.has(m[2] ?? '')) {
      end = m.index;
      break;
    }
  }
  // "To receive apologies": a sentence in the imperative, not a list.
  const lead = /^\s*(?:To|There|It|This|The\s+meeting|Members\s+of\s+the\s+public)\s+\p{Ll}/u.exec(text);
  if (lead) return '';
  return text.slice(0, end);
}

/** A word that may be part of a person's name. */
const NAME_WORD_RE = /^(?:(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}{3,}(?:-\p{Lu}{2,})?)$/u;
/** Words of lists that are never a person's name: labels, titles, offices, parties, how someone attended. */
const NOT_NAME_WORDS = new Set(
  (
    'ref present also apologies apology absence absent attendance attending officers officer members member councillors councillor cllr cllrs ' +
    'alderman aldermen mr mrs ms miss dr mx prof professor sir dame lady lord revd rev the and for with from of in at by via ' +
    'worshipful mayor mayoress deputy depute provost bailie chair chairman chairwoman chairperson vice convener leader ' +
    'clerk council county borough district town parish community city substitute substitutes substituting co-opted coopted ' +
    'independent labour conservative conservatives liberal democrat democrats lib dem green greens plaid cymru snp reform ukip alliance party group ward ' +
    'zoom teams remote remotely online virtual video telephone also executive cabinet director head chief manager services service ' +
    'assistant senior principal democratic governance committee scrutiny monitoring solicitor legal finance secretary treasurer ' +
    'administrator adviser advisor lead portfolio holder public press none nil no hons ba bsc bed ma msc med llb llm phd mba mphil ' +
    'diped dase cpls cert pgce fca aca cpfa mbe obe cbe bem jp dl qc kc mp msp ms am ' +
    'yn bresennol ymddiheuriadau minutes minute min meeting part item items agenda noted received sent apologies police fire rescue ambulance constabulary ' +
    // ("Also Present: One Member of public": a count of the public.)
    'one two three four five six seven eight nine ten several'
  ).split(/\s+/),
);

/** Words of posts and departments: what follows them up to the next comma or bracket is the post, not a name. */
const POST_WORDS = new Set(
  ('director head chief manager officer executive clerk solicitor secretary treasurer administrator adviser advisor ' +
    'coordinator co-ordinator commissioner lead assistant senior principal interim acting corporate strategic democratic ' +
    'monitoring planning housing finance resources services development infrastructure environment environmental ' +
    'regeneration governance legal policy communications education health care safety operations performance procurement ' +
    'leisure community communities economy economic transport highways property estates customer digital people children ' +
    'adults adult social public member committee scrutiny support team programme project business').split(' '),
);

const fold = foldNameWord;

const LIST_LABEL_ONE_RE = new RegExp(LIST_LABEL_RE.source, 'u');

/** The list on the lines under a label that ends its line: to the next label, heading, field or item. */
function linesUnder(blocks: readonly Block[], from: number, limit: number): string {
  const lines: string[] = [];
  for (let k = from; k < limit && k < from + 60; k++) {
    const t = blocks[k]?.text.trim().slice(0, 1500) ?? '';
    if (!t || BARE_LABEL_RE.test(t) || LIST_LABEL_ONE_RE.test(t)) break;
    // "Declarations of Interest" over its own bullets, "Page 1358.": the next section, the page's furniture.
    if (/^(?:Declarations?\s+of\s+(?:[\w'’-]+\s+){0,3}Interests?|Page\s+\d{1,4})\.?$/i.test(t)) break;
    // "Minutes:", "Additional documents:": a ModernGov page's next field; "2. Notes of …": the next item.
    if (/^[\p{L} ]{3,30}:$/u.test(t) || /^\d{1,3}[.)]?\s/.test(t)) break;
    const part = listPart(t);
    if (part.trim()) lines.push(part);
    if (part.length < t.length) break;
  }
  return lines.join(', ');
}

/**
 * "CHAIRMAN: CLLR. M. PROTHEROE COUNCILLORS: A. CARTER G. L. EVANS …": a list printed in capitals would read as a heading
 * in capitals and end at once; where its start holds no lower case at all, it is looked at in title case.
 */
function titleCased(text: string): string {
  if (/\p{Ll}/u.test(text.slice(0, 300))) return text;
  return titleCaseCapitals(text);
}

/** The segments of text that are attendance lists: each label's text, to the next label or where the list ends. */
function listSegments(blocks: readonly Block[]): string[] {
  const segments: string[] = [];
  const limit = Math.min(blocks.length, 400);
  for (let i = 0; i < limit; i++) {
    const b = blocks[i];
    if (!b) continue;
    const text = b.text.length > 20000 ? b.text.slice(0, 20000) : b.text;
    if (BARE_LABEL_RE.test(text.trim())) {
      const under = linesUnder(blocks, i + 1, limit);
      if (under) segments.push(under);
      continue;
    }
    const starts = [...text.matchAll(LIST_LABEL_RE)].map((m) => ({ at: m.index, body: m.index + m[0].length }));
    const bare = NO_COLON_START_RE.exec(text);
    if (bare && (starts[0]?.at ?? 1) > 0) starts.unshift({ at: 0, body: bare[0].length });
    // A label inside running prose ("… the officers present: …") far into a long paragraph is not a list.
    for (const [n, s] of starts.entries()) {
      if (s.at > 3000) break;
      const next = starts[n + 1]?.at ?? text.length;
      // "6. | Apologies for Absence:" ending its line: the list is on the lines under it.
      const seg = !text.slice(s.body).trim() ? linesUnder(blocks, i + 1, limit) : listPart(titleCased(text.slice(s.body, Math.min(next, s.body + 1500))));
      if (seg.trim()) segments.push(seg);
    }
  }
  return segments;
}

/** A body or place a word belongs to when this follows it ("Angus Council", "Abbey Ward", "NHS Highland Board"). */
const BODY_AFTER_WORDS = new Set(
  'council authority board trust police constabulary service services university college school association partnership group ward division party committee panel department directorate team unit fire rescue health nhs'.split(' '),
);

/** Name-like words in a list that belong to no one read: people the list names whom Scrutineer did not read. */
function unreadWords(segment: string, known: ReadonlySet<string>): string[] {
  // A bracket is a role or a note unless a person is named in it ("Chief Executive (Mr R Colvin)").
  const text = segment.replace(/\(([^()]*)\)/g, (_all, inner: string) => (/\b(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+\p{Lu}/u.test(inner) ? ` , ${inner} , ` : ' , '));
  const tokens = text.match(/[\p{L}'’.-]+|[,;:/&()–—]/gu) ?? [];
  const out: string[] = [];
  // Inside a post or a body's name ("Director of Development & Infrastructure"): its words are not names.
  let inPost = false;
  for (const [k, raw] of tokens.entries()) {
    if (/^[,;:()–—]$/.test(raw)) {
      inPost = false;
      continue;
    }
    const w = raw.replace(/^[^\p{L}]+|[^\p{L}'’-]+$/gu, '');
    const f = fold(w);
    if (f === 'of' || f === 'for') {
      inPost = true;
      continue;
    }
    if (!w || !NAME_WORD_RE.test(w)) continue;
    if (POST_WORDS.has(f)) {
      inPost = true;
      continue;
    }
    if (inPost || known.has(f) || NOT_NAME_WORDS.has(f)) continue;
    const after = fold((tokens[k + 1] ?? '').replace(/[^\p{L}'’-]+$/gu, ''));
    if (BODY_AFTER_WORDS.has(after)) continue;
    out.push(w);
  }
  return out;
}

export interface AttendanceStateInput {
  document: 'minutes' | 'agenda';
  blocks: readonly Block[];
  attendance: readonly Attendee[];
  apologies: readonly string[];
  /** The minuted text of items titled apologies. */
  apologiesItemTexts: readonly string[];
}

const APOLOGIES_NONE_RE = /\b(?:no\s+apolog(?:ies|y)|there\s+were\s+no\s+apolog|apolog(?:ies|y)(?:\s+for\s+absence)?\s*[:–—-]?\s*(?:none|nil)\b|all\s+(?:members|councillors)\s+(?:were\s+)?present)/i;
const PEOPLE_IN_ROLE_RE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Councillors?|Cllrs?|Alderm[ae]n)\.?\s+\p{Lu}/u;
const NAMES_SOMEONE_RE = /\b(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Alderman|Cynghorydd|Cynghorwyr|Cyng\.?)\s+\p{Lu}/u;

/** "* R. Allcock", "* Mrs H. Brand": a mark, then a member in initials and a surname (the surname captured). */
const STARRED_ENTRY_RE = /\*\s+(?:(?:Messrs|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.\s?){1,3}((?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)/gu;

/** A member's or a courtesy title inside a name, after another name ("Williams Cllr Ms Christie"); not "The Hon Mr R Montagu". */
const RUN_TOGETHER_NAME_RE =
  /\S\s+(?:(?:County|District|Town|Parish|Borough|City)\s+)?(?:Cllrs?|Cll|Councillors?)\.?\s+\p{Lu}|(?<!\b(?:Hon|Rt|Revd|Rev|The))\s(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}/u;

export interface AttendanceReading {
  state: AttendanceState;
  /** People the minutes name with a title who are in no list read, as printed (named-not-read.ts). */
  namedElsewhere: string[];
}

export function attendanceStateOf(input: AttendanceStateInput): AttendanceState {
  return readAttendanceState(input).state;
}

export function readAttendanceState(input: AttendanceStateInput): AttendanceReading {
  if (input.document === 'agenda') return { state: 'absent', namedElsewhere: [] };
  const known = new Set<string>();
  for (const a of input.attendance) {
    // A "role" that holds other people ("Aldermen A R Bexley Mrs G Tolland") was misread: its names are not read.
    const role = a.role && !PEOPLE_IN_ROLE_RE.test(a.role) ? a.role : '';
    for (const w of `${a.name} ${role}`.split(/[\s,.()/]+/)) if (w) known.add(fold(w));
  }
  for (const name of input.apologies) for (const w of name.split(/[\s,.()/]+/)) if (w) known.add(fold(w));
  const readAny = input.attendance.length > 0 || input.apologies.length > 0;
  // "M Rouse Cll S Friend-Smith", "G. March County Cllr. K. Chapman": a name holding a second person's title is two
  // people read as one, so the lists were not read as printed.
  const runTogether = input.attendance.filter((a) => RUN_TOGETHER_NAME_RE.test(a.name)).length;
  let listed = false;
  let missed = 0;
  for (const segment of listSegments(input.blocks)) {
    const left = unreadWords(segment, known);
    if (left.length > 0 || segment.split(/[\s,;]+/).some((w) => known.has(fold(w)))) listed = true;
    missed += left.length;
  }
  // "* Messrs M.A. Harris (Chairman) * R. Allcock * R. Adam …": a register whose marks say who was there, with no label the
  // lists know; a name in it that nothing read leaves the attendance unread in part.
  for (const b of input.blocks.slice(0, 40)) {
    if (b.text.length > 4000 || !b.text.includes('*')) continue;
    const marked = [...b.text.matchAll(STARRED_ENTRY_RE)].map((m) => m[1] ?? '');
    if (marked.length < 4) continue;
    listed = true;
    missed += marked.filter((n) => !known.has(fold(n))).length;
  }
  // An "Apologies" item whose minutes name someone, and no one read from it.
  const apologiesUnread = input.apologies.length === 0 && input.apologiesItemTexts.some((t) => NAMES_SOMEONE_RE.test(t) && !APOLOGIES_NONE_RE.test(t));
  if (apologiesUnread) {
    listed = true;
    missed++;
  }
  // Members the minutes name elsewhere ("proposed by Cllr Burbage", "Councillor Hopkins declared …") whom no list read: given
  // beside the state, which says only what the lists themselves held (a page may list apologies and no one present).
  const namedElsewhere = namedNotRead(input.blocks.map((b) => b.text).join('\n'), known);
  if (!readAny) return { state: missed > 0 ? 'unread' : listed || input.apologiesItemTexts.some((t) => APOLOGIES_NONE_RE.test(t)) ? 'read' : 'absent', namedElsewhere };
  return { state: missed + runTogether > 0 ? 'partial' : 'read', namedElsewhere };
}
