/**
 * Attendance when no labelled list was read: the lists a clerk introduced in words of their own ("Community
 * Councillors: …", "Council Employees Present: …", "presiding. Present. John James, …", "1.00 SEDERUNT Pippa Swan (PS)
 * (Chair), …", "Also in attendance at the above meeting were: …"). The words that say who the people are come from an
 * open set (a kind of member, of officer or of visitor, and "present" / "in attendance" / "apologies" / "absent"), so a
 * wording never seen before still reads. Only the top of the minutes is looked at, each list ends where prose or the next
 * cue begins, and a list is kept only when every entry reads as a person's name. It runs only when the labelled lists
 * gave at most one member present, and never changes who they read (it may add a post they lacked); the page marks such
 * attendance as possibly incomplete.
 */
import type { Block } from './blocks';
import type { Attendee, AttendanceStatus } from './attendance';
import { isPersonName, parseNameList } from './attendance';
import { AFTER_ESQ_RE, stripMemberTitle } from './names';

/** How far down the minutes a list of who came may start. */
const TOP_CHARACTERS = 4000;

const KIND_OF_MEMBER = String.raw`(?:(?:Community|Parish|Town|City|County|Borough|District|Elected|Voting|Board|Forum|Panel|Committee|Council|Authority|Full|Ordinary)\s+)`;
/** Members of the body: "Community Councillors", "Parish Councillors Present", "Members present", "Present", "Sederunt". */
// ("Members" alone over a list is often the body's membership, not who came: a kind or "present" is asked for.)
const PRESENT_CUE = String.raw`${KIND_OF_MEMBER}(?:Councillors|Members)(?:\s+present)?|(?:Councillors|Members)\s+present|Councillors(?=\s*:)|(?:Those\s+|Members\s+|Councillors\s+)?present(?:\s+(?:were|at\s+the\s+meeting))?|Sederunt|Attendees|Attendance(?=\s*:)`;
/** People who are not members: officers, staff, visitors, the public named. */
const ATTENDING_CUE = String.raw`(?:Also\s+)?in\s+attendance(?:\s+at\s+the\s+(?:above\s+)?meeting)?(?:\s+(?:were|was))?|Also\s+present|(?:Council\s+)?(?:Officers?|Officials|Employees|Staff)(?:\s+(?:present|in\s+attendance))?|Members\s+of\s+the\s+public(?:\s+and\s+officials)?(?:\s+(?:present|in\s+attendance))?|Visitors(?:\s+present)?|Guests(?:\s+present)?|Minute\s+taker|Clerk`;
const APOLOGIES_CUE = String.raw`Apolog(?:ies|y)(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:received|given|tendered)(?:\s+from)?)?`;
const ABSENT_CUE = String.raw`(?:Members\s+|Councillors\s+)?(?:absent|not\s+present)`;

/**
 * A cue, where a label can stand (the start of a line, after a full stop, a semicolon or a minute's number), and what
 * parts it from the list: a colon, a full stop, a dash, a line's end, or a space (then checked in cueAt).
 */
const CUE_RE = new RegExp(
  String.raw`(?<=^|\s|[.;:)\]])(?:(${PRESENT_CUE})|(${ATTENDING_CUE})|(${APOLOGIES_CUE})|(${ABSENT_CUE}))(\s*(?::-?|\.(?!\w)|[–—-]\s)|\s+\/\s*|\s*\n|\s+(?=\p{Lu}))`,
  'giu',
);
const STRICT_START_RE = /(?:^|\n|[.;:)\]]\s{0,3}|\d\s{1,3}|\s{2})$/;
/** After a cue and a space only, the list must open with a styled name or a name in full and its separator. */
// ("Nigel WIlliams, …": a capital typed twice.)
const NAME_OPENS_RE = /^(?:(?:Councillors?|Cllrs?|CCllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}|\p{Lu}[\p{Ll}'’-]+\s+(?:\p{Lu}\.?\s+)?\p{Lu}\p{Lu}?[\p{Ll}'’-]+\s*[,(;])/u;

/** Where a list ends: prose (a verb, a lower-case word a list never holds), a numbered heading or a numbered line. */
const PROSE_RE = /\b(?:was|were|is|are|had|has|have|welcomed|opened|declared|noted|agreed|resolved|explained|reported|asked|thanked|presiding|presided|took|taken|proposed|seconded)\b/;
const LIST_LOWER_WORDS = new Set('and of the for in de van von da di du le la ap ab ferch y via on to a from'.split(' '));
const NUMBERED_HEADING_RE = /(?:^|\s)(?:\d{1,3}[a-z]?(?:[.:]\d{1,2})?[.)]?\s*(?=\p{Lu}{3,}|\p{Lu}\p{Ll}+\s*(?::|$))|\d{1,3}\.\d{1,2}\s+(?=\p{Lu}))|\n\s*\d{1,3}[.)]\s*(?=\p{Lu})/u;

const SENTENCE_OPENER_RE = /^(?:The|It|This|There|He|She|They|We|All|Following|Members)$/;

function listEnd(text: string): number {
  return withoutSentenceOpening(text, proseStart(text));
}

/** Where prose begins: a verb, a numbered heading, or a lower-case word a list never holds. */
function proseStart(text: string): number {
  let end = text.length;
  const verb = PROSE_RE.exec(text);
  if (verb) end = verb.index;
  const heading = NUMBERED_HEADING_RE.exec(text);
  if (heading && heading.index < end) end = heading.index;
  // "… Majid Mahmood ************ 3682 City Council": a rule of stars or underscores closes the list.
  const rule = /[*_=~]{4,}/.exec(text);
  if (rule && rule.index < end) end = rule.index;
  // "… and Cllr Mike Lumb. (2019 – 061) Also present …", "… Mr Will Sneyd.⏎Clerk to the Council: …": a full stop before a
  // line's end, a minute's number or a bracket closes the list.
  const stop = /(?<=\p{Ll}{2})(?<!\b(?:Esq|Revd|Snr|Jnr|Cllr|Coun))\.(?=\s*(?:\n|\(\d|\d|$))/u.exec(text);
  if (stop && stop.index < end) end = stop.index;
  // ("… Cllr Rhiannon Spear 2. Minutes 7.05pm …", "… P Cole⏎12931. Apologies …": the next minute's number with its point.)
  const next = /(?<=\s)\d{1,5}\.\s+(?=\p{Lu}\p{Ll})/u.exec(text);
  if (next && next.index < end) end = next.index;
  let depth = 0;
  for (const w of text.slice(0, end).matchAll(/\S+/g)) {
    const word = w[0];
    const opened = depth > 0;
    for (const ch of word) depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (opened || depth > 0 || !/^\p{Ll}/u.test(word) || LIST_LOWER_WORDS.has(word.replace(/[^\p{L}]/gu, ''))) continue;
    return w.index;
  }
  return end;
}

/**
 * The sentence's opening words go with it: joining words just before where prose was found and the capitalised word
 * before them ("Due to the illness …"), or a word that opens sentences a word or two before ("… Esq The Chairman welcomed").
 */
function withoutSentenceOpening(text: string, end: number): number {
  if (end >= text.length) return end;
  const words = [...text.slice(0, end).matchAll(/\S+/g)].map((w) => ({ word: w[0], at: w.index }));
  let k = words.length;
  while (k > 0 && LIST_LOWER_WORDS.has(words[k - 1]?.word ?? '')) k--;
  if (k < words.length && /^\p{Lu}\p{Ll}+$/u.test(words[k - 1]?.word ?? '')) k--;
  for (let back = 1; back <= 3 && k - back >= 0; back++) {
    if (SENTENCE_OPENER_RE.test(words[k - back]?.word ?? '')) {
      k -= back;
      break;
    }
  }
  return k < words.length ? (words[k]?.at ?? end) : end;
}

interface Cue {
  status: AttendanceStatus;
  start: number;
  end: number;
  /** The cue's words ("Community Councillors", "Present were"). */
  word: string;
  /** Only where the list before it ends: nothing after it is read. */
  boundary?: boolean;
}

function cuesIn(text: string): Cue[] {
  const cues: Cue[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m; m = CUE_RE.exec(text)) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const spaceOnly = /^\s+$/.test(m[5] ?? '') && !(m[5] ?? '').includes('\n');
    // "THOSE PRESENT Chairman …", "SEDERUNT Pippa Swan": a cue in capitals is a label wherever it stands; in lower case,
    // only before what can only be a list ("Present Cllr A Lowe", "Present John James, …").
    if (spaceOnly && /\p{Ll}/u.test(word) && !NAME_OPENS_RE.test(text.slice(m.index + m[0].length))) continue;
    // Inside a line, a cue in lower case must follow a full stop, a semicolon or a minute's number; in capitals it may
    // follow any word ("… CWMDAUDDWR THOSE PRESENT Chairman …").
    // ("… Rab Moran In attendance Cllr Ludovic …": a cue with its capital inside a line, before a titled name, is a label.)
    const capitalBeforeName = /^\p{Lu}/u.test(word) && NAME_OPENS_RE.test(text.slice(m.index + m[0].length));
    // ("… at 7.30pm there were present: Mr Jeremy Tucker (Chair); …": a cue with its colon, before a titled name or a name
    // in full, introduces a list wherever it stands.)
    const colonBeforeName = /^\s*:/.test(m[5] ?? '') && NAME_OPENS_RE.test(text.slice(m.index + m[0].length).trimStart());
    const status: AttendanceStatus = m[1] ? 'present' : m[2] ? 'in-attendance' : m[3] ? 'apologies' : 'absent';
    if (!STRICT_START_RE.test(text.slice(Math.max(0, m.index - 6), m.index)) && /\p{Ll}/u.test(word) && !capitalBeforeName && !colonBeforeName) {
      // ("Clerk: Mark Dee County Councillors: None Present.": a cue with a capital and its colon ends the list before it,
      // though nothing after it is read.)
      if (/^\p{Lu}/u.test(word) && /^\s*:/.test(m[5] ?? '')) cues.push({ status, start: m.index, end: m.index + m[0].length, word, boundary: true });
      continue;
    }
    cues.push({ status, start: m.index, end: m.index + m[0].length, word });
  }
  return cues;
}

// ("… Simon Learoyd and Cllr Mike Lumb": not after the list's "and", which already parts them.)
const TITLE_BEFORE_RE = /(?<=[^,;(\s])(?<!\b(?:County|District|Borough|Town|Parish|City|Community|and)|&)\s+(?=(?:(?:County|District|Borough|Town|Parish|City|Community)\s+)?(?:Councillors?|Cllrs?|CCllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu})/gu;
/** A name run into its office when copied: "Alan WoodChairman", "Ian Blair-PillingWiltshire Councillor". */
const GLUED_OFFICE_RE = /(?<=\p{Ll}{2})(?=(?:Chair(?:man|woman|person)?|Vice-?Chair(?:man|woman|person)?|Clerk|Treasurer|Secretary|Mayor|[A-Z][a-z]+\s+Councillor)\b)/gu;
const ROLE_WORDS_RE = /^[\p{L}'’&/,()\s-]{2,60}$/u;

/** A post, by its last word: "Freelance Reporter", "Minute Secretary", "Highland Council". */
const POST_LINE_RE = /\b(?:Reporter|Officer|Clerk|Secretary|Treasurer|Chair(?:man|woman|person)?|Manager|Director|Council|Committee|Press|Editor|Warden|Constable|Sergeant|Inspector|Councillor|Member)$/;

/** "Coreen Campbell" / "Chair" / "Gail Ross" / "Minute Secretary": a name to a line, each with its post on the next. */
function readLines(lines: string[], status: AttendanceStatus): Attendee[] | null {
  const out: Attendee[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const asPost = !!last && !last.role && ROLE_WORDS_RE.test(line) && line.split(/\s+/).length <= 6;
    if (asPost && POST_LINE_RE.test(line)) {
      last.role = line;
      continue;
    }
    const entries = parseNameList(cleanList(line));
    const only = entries.length === 1 ? entries[0] : undefined;
    const name = only ? stripMemberTitle(only.name).trim() : '';
    // (A name to a line is a name in full: a single word there is a menu's or a page's, "Documents", "Agenda".)
    if (only && /\s/.test(name) && plainName(name, !/\p{Ll}/u.test(line)) && !(only.role && BROKEN_ROLE_RE.test(only.role))) {
      out.push({ name, status, role: only.role });
      continue;
    }
    if (!asPost || !last) break;
    last.role = line;
  }
  return out.length >= 2 ? out : null;
}

/** A copied list made readable: separators where copying lost them, initials the minutes use later left out. */
function cleanList(list: string): string {
  return list
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s\.(?=\p{Lu})/gu, '. ')
    .replace(/\(\s*[A-Z]{2,3}\s*\)/g, '') // "(PS)": the initials the minutes then use
    // "CllrsAngela Partington": a title run into the first name when copied.
    .replace(/\b(Cllrs?|Councillors?)(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .replace(GLUED_OFFICE_RE, ' ')
    // "D Parker-Chairman", "M Horton-Mayor": a post joined to the name by a hyphen.
    // ("R Brown (Vice-Chair)": the office's own hyphen is no join.)
    .replace(/(\p{L}+)-((?:Vice[- ]?)?Chair(?:man|woman|person)?|(?:Deputy\s+)?Mayor|Clerk|Treasurer|Secretary)\b/gu, (m, before: string, post: string) => (/^(?:Vice|Deputy|Co|Joint)$/i.test(before) || !/\p{Ll}$/u.test(before) ? m : `${before} (${post})`))
    // "Chairman Councillor L. Price": the office before the member who holds it.
    .replace(LEADING_OFFICE_RE, '$2 ($1)')
    .replace(TITLE_BEFORE_RE, ', ')
    // ("… in the Chair. Councillors …": the full stop before the title gives way to the comma put there.)
    .replace(/(?<=\p{Ll})\.,\s/gu, ', ')
    // "K Wilderspin Esq (Chairman) Ms H Parish J E Dodson Esq": "Esq" ends each name.
    .replace(AFTER_ESQ_RE, ', ')
    // "Elizabeth Tremlett. Diane Evans": a full stop between two names (not after an initial).
    .replace(/(?<=\p{Ll}{2})(?<!\b(?:Cllrs?|Couns?|Revd?|Esq|Mrs|Snr|Jnr|Prof))\.\s+(?=\p{Lu})/gu, ', ')
    .replace(/(?:\s+\d{1,5}(?:[.:]\d{1,2})?[a-z]?\.?)?\s*[.;,]?\s*$/, '')
    .trim();
}
const LEADING_OFFICE_RE = /(?<=^|,\s)((?:Vice[-\s]?|Deputy\s+)?Chair(?:man|woman|person)?|(?:Deputy\s+)?Mayor)\s+((?:Councillor|Cllr)\.?\s+(?:\p{Lu}\.?\s*){0,3}\p{Lu}[\p{Ll}'’-]+)/u;

/** Words of posts and bodies: a "name" holding one is a person run into their post ("Heather Scott OBE Leader"). */
const POST_WORD_RE = /^(?:Documents?|Agenda|Items?|Standard|Minutes|Decisions?|Attendees|Attendance|Summary|Details|Meeting|Reports?|Papers|Part|Leader|Mayor|Deputy|Depute|Director|Managing|Governance|Planning|Officer|Chair(?:man|woman|person)?|Vice|Chief|Executive|Manager|Member|Members|Council|Councillor|Committee|Board|Authority|Partnership|Representative|Secretary|Treasurer|Clerk|Services?|Strategy|Investment|Development|Finance|Policy|Team|Group|Trust|Association|Society|Limited|Ltd|Police|Press|Public)$/;
const POST_NOMINAL_RE = /^(?:MBE|OBE|CBE|BEM|JP|DL|QC|KC|MP|MSP|MS|AM|Esq\.?|Snr|Jnr|Sr|Jr)$/;

/** Stricter than a list reader's check, since the list's ends were guessed: a short name, no post or body in it. */
function plainName(name: string, capitalsList: boolean): boolean {
  if (!isPersonName(name)) return false;
  const words = name.split(/\s+/).filter((w) => !POST_NOMINAL_RE.test(w) && !/^(?:Mr|Mrs|Ms|Miss|Dr|Mx|Prof|Rev|Revd)\.?$/.test(w));
  if (words.length === 0 || words.length > 4) return false;
  // ("Mrs S Matthews Absent": the next label run onto the last name; the list's end was not found, so it is not read.)
  if (words.some((w) => /^(?:Absent|Present|Apologies|Apology|Attendance|Attending)$/i.test(w))) return false;
  return words.every((w) => !POST_WORD_RE.test(w) && (capitalsList || !/^\p{Lu}{3,}$/u.test(w)));
}

/** A post cut off by a guessed end ("Deputy Mayor of") or holding a sentence: not a post. */
const BROKEN_ROLE_RE = /\b(?:of|and|the|for|to|at|in)$|[.;:]/i;

/**
 * A heading or a minute's number caught in the list ("… Burling Esq. B.863 Declarations of Interest Mr Hill"): the list
 * ran past its end, so none of it is read. (The list reader passes over what it cannot read, so this is looked for here.)
 */
const RAN_ON_RE = /\b(?:Declarations?|Interests?|Minutes|Apologies|Matters|Report|Item|Agenda|Welcome)\b|(?:^|\s)\p{Lu}{0,3}\.?\d{1,4}(?:[./]\d{1,4})*\.?(?:\s+|(?<=\.))\p{Lu}/u;

/** The entries of one cued list, or null when any entry does not read as a person. */
function readList(given: string, status: AttendanceStatus): Attendee[] | null {
  // "Chairman – Mr Richard Lacey, Vice-Chairman – Mr Ian ...": a preview cut off; the entry it cut is not a name.
  const cut = given.search(/\.{3}|…/);
  const list = cut >= 0 ? given.slice(0, cut).replace(/(?:^|[,;]\s*|\s+(?:and|&)\s+)[^,;]*$/, '') : given;
  const lines = list.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length >= 3 && lines.every((l) => l.length <= 60 && !/[,;]/.test(l))) return readLines(lines, status);
  const cleaned = cleanList(list);
  if (cleaned.length < 3) return null;
  const entries = parseNameList(cleaned);
  if (entries.length === 0 || RAN_ON_RE.test(cleaned.replace(/\([^()]*\)/g, ''))) return null;
  const capitalsList = !/\p{Ll}/u.test(cleaned);
  const out: Attendee[] = [];
  for (const [k, e] of entries.entries()) {
    const name = stripMemberTitle(e.name).trim();
    const badRole = !!e.role && (BROKEN_ROLE_RE.test(e.role) || !ROLE_WORDS_RE.test(e.role) || e.role.split(/\s+/).length > 8 || /\b(?:Councillors?|Cllrs?|CCllrs?)\s+\p{Lu}/u.test(e.role));
    if (!plainName(name, capitalsList) || badRole) {
      // "… Anthony John and PCSO Jeff Kedward from Newcastle Emlyn Police Station.": the list's end was guessed, so the
      // last entry or two may run into prose; three names read before them stand. Anything else unread: none of it is.
      if (out.length >= 3 && entries.length - k <= 2) break;
      return null;
    }
    out.push({ name, status: e.officer && status === 'present' ? 'in-attendance' : status, role: e.role });
  }
  return out;
}

/**
 * People in lists introduced by cue words at the top of the minutes. Empty unless a list of members present reads
 * wholly as names (two or more), so a page without such a list gains nothing.
 */
export function cuedAttendance(blocks: readonly Block[]): Attendee[] {
  let text = '';
  for (const b of blocks) {
    if (text.length >= TOP_CHARACTERS) break;
    text += `${b.text}\n`;
  }
  text = text.slice(0, TOP_CHARACTERS + 1000);
  const cues = cuesIn(text).filter((c) => c.start < TOP_CHARACTERS);
  const read: Attendee[] = [];
  let members = 0;
  // "APOLOGIES : Community Councillors: Linda Morgan County Councillors: Jonathan Evans …": lists under an apologies (or
  // absent) cue that has nothing of its own keep its status, though their cues name kinds of member.
  let under: AttendanceStatus | null = null;
  cues.forEach((cue, k) => {
    const until = cues[k + 1]?.start ?? text.length;
    const raw = text.slice(cue.end, until);
    if (cue.status === 'apologies' || cue.status === 'absent') under = raw.trim() ? null : cue.status;
    else if (/present|attend|sederunt/i.test(cue.word)) under = null;
    const status = cue.status === 'apologies' || cue.status === 'absent' ? cue.status : (under ?? cue.status);
    if (cue.boundary) return;
    const list = raw.slice(0, listEnd(raw));
    const people = readList(list, status);
    // "Clerk: David Taylor": the cue is the post.
    const post = /^(?:Clerk|Minute\s+taker)$/i.exec(cue.word.trim());
    if (post) for (const p of people ?? []) p.role = p.role ?? `${post[0].charAt(0).toUpperCase()}${post[0].slice(1).toLowerCase()}`;
    if (!people) return;
    if (status === 'present') members += people.filter((p) => p.status === 'present').length;
    read.push(...people);
  });
  return members >= 2 ? read : [];
}
