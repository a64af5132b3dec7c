/**
 * Attendance: who was present, who sent apologies, who was absent, and who attended without being a
 * member of the committee (officers, cabinet members, witnesses). Read from the labelled lists that
 * printed minutes carry before the first item ("PRESENT:", "Also in attendance:", "Officers:",
 * "Apologies:", "Absent:"), from "The following were in attendance …" lists inside an item, from
 * apologies sentences and from substitution sentences ("X attended as substitute for Y").
 */
import type { Block } from './blocks';
import { stripMemberTitle } from './names';
import { splitSentences } from './sentences';

export type AttendanceStatus = 'present' | 'apologies' | 'absent' | 'in-attendance';

export interface Attendee {
  /** Without "Councillor", "Cllr" or "Co-opted Member"; keeps "Dr", "Mrs". */
  name: string;
  status: AttendanceStatus;
  /** "Chair", "Vice-Chair", "substitute for X", "co-opted member", or the post of someone in attendance. */
  role: string | null;
}

type LabelKind = AttendanceStatus | 'co-opted';

/** A block that opens an attendance list: the label and what follows it on the same line. */
const LABEL_RE =
  /^(?:(PRESENT|Members?\s+(?:present|in\s+attendance)|Councillors?\s+present|Committee\s+members?(?:\s+present)?|Present(?:\s*\/\s*Yn\s+bresennol)?|Yn\s+bresennol(?:\s*\/\s*Present)?|Councillors|Cynghorwyr(?:\s*\/\s*Councillors)?)|(Also\s+(?:in\s+attendance|present|attending)|In\s+attendance|Attending|Officers?(?:\s+(?:in\s+attendance|present|attending))?|Officers?\s*\/\s*others?|Other\s+attendees|Others\s+(?:present|in\s+attendance)|Witnesses|Swyddogion(?:\s*\/\s*Officers)?)|(Co-opted\s+members?(?:\s+present)?|Independent\s+members?)|(Apologies(?:\s+for\s+absence)?(?:\s+were\s+received\s+from)?|Ymddiheuriadau)|(Absent|Members\s+absent|Not\s+present))\s*(?::|[–—-]\s|\t)\s*(.*)$/i;
const BARE_HEADING_RE = /^(?:attendees|attendance|members|presenoldeb|attendance\s*\/\s*presenoldeb)\s*:?$/i;
const ITEM_LIST_RE = /\b(?:the\s+following\s+(?:were|was)\s+(?:in\s+attendance|present)|in\s+attendance\s+for\s+this\s+item\s+(?:were|was))\b[^:]{0,60}:\s*(.*)$/i;

const MEMBER_TITLE_RE = /^(?:(?:County|City|Borough|District|Town)\s+)?(?:Councillors?|Cllrs?\.?|Cynghorydd|Cynghorwyr)\s+/i;
const COOPTED_TITLE_RE = /^(?:Independent\s+)?Co-opted\s+Members?\s+/i;
const HONORIFIC_RE = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lady|Lord|Revd|Rev|Canon|Father)\.?\s/;
const VERB_RE = /\b(?:was|were|is|are|had|has|have|declared|noted|agreed|resolved|received|asked|said|presented|attended|left|joined|will|would)\b/i;
/** Words that begin a post rather than a name: "Councillor Pryor Executive Member for …". */
const ROLE_START_RE = /^(?:Executive|Cabinet|Member|Members|Leader|Deputy|Director|Head|Chief|Officer|Manager|Portfolio|Assistant|Lead|Chair|Vice|Corporate|Strategic|Service|Senior|Principal|Interim|Acting|Clerk|Solicitor|Monitoring|Democratic|Scrutiny|Programme|Project|Team|Group|Commissioner|Representative)$/;
const NAME_PARTICLE_RE = /^(?:de|van|von|da|di|le|la|ap|al|bin|el|du|der|den|y)$/;

function normaliseRole(raw: string): string | null {
  const r = raw.replace(/\s+/g, ' ').replace(/^[,;:–—-]\s*/, '').replace(/[.;,]+$/, '').trim();
  if (!r) return null;
  if (/^(?:the\s+)?(?:chair(?:man|woman|person)?|cadeirydd)(?:\s+(?:in\s+the\s+chair|presiding))?$/i.test(r)) return 'Chair';
  if (/^(?:the\s+)?vice[-\s]?chair(?:man|woman|person)?$|^is-?gadeirydd$/i.test(r)) return 'Vice-Chair';
  const sub = /^(?:as\s+)?(?:a\s+)?(?:substitute|sub|substituting|deputising|deputy)\s+(?:for|on\s+behalf\s+of)\s+(.{2,80})$/i.exec(r);
  if (sub && sub[1]) return `substitute for ${stripMemberTitle(sub[1])}`;
  if (/^(?:substitute|sub)$/i.test(r)) return 'substitute';
  if (/^co-opted(?:\s+member)?$/i.test(r)) return 'co-opted member';
  if (/^(?:committee\s+member|member|members)$/i.test(r)) return null;
  return r;
}

/** True when `s` reads as a personal name: capitalised tokens, initials, honorifics, particles. */
function isName(s: string): boolean {
  if (!s || s.length > 60 || /\d/.test(s)) return false;
  const tokens = s.split(/\s+/);
  if (tokens.length > 6) return false;
  let capitals = 0;
  for (const t of tokens) {
    if (NAME_PARTICLE_RE.test(t)) continue;
    if (!/^[A-Z\u00c0-\u024f][\p{L}'’.-]*$/u.test(t)) return false;
    capitals++;
  }
  if (capitals === 0) return false;
  return !/^(?:The|This|That|There|Apologies|Declarations?|Minutes|Item|Officers?|Members?|None|Nil|All|Also|Present|Absent|Chair|Vice)\b/.test(s);
}

/** Splits on commas, semicolons, " and " and " & " that are outside brackets. */
function splitOutsideBrackets(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth === 0) {
      if (c === ',' || c === ';') {
        parts.push(cur);
        cur = '';
        continue;
      }
      const rest = s.slice(i, i + 5);
      if (/^ and $/i.test(rest) || /^ & /.test(s.slice(i, i + 3))) {
        parts.push(cur);
        cur = '';
        i += /^ and $/i.test(rest) ? 4 : 2;
        continue;
      }
    }
    cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** One list entry: "Councillor A Smith (Chair)", "K Grant – Head of Housing", "Co-opted Member E Green". */
export function parseEntry(raw: string, commaRole = false): { name: string; role: string | null } | null {
  let s = raw.replace(/^[•·*-]\s*/, '').replace(/\s+/g, ' ').replace(/[.;]+$/, '').trim();
  if (!s || s.length > 200) return null;
  let role: string | null = null;
  let coopted = false;
  if (COOPTED_TITLE_RE.test(s)) {
    coopted = true;
    s = s.replace(COOPTED_TITLE_RE, '');
  }
  s = s.replace(MEMBER_TITLE_RE, '');
  const paren = /^(.*?)\s*\(([^()]{1,120})\)\s*(.*)$/.exec(s);
  if (paren && paren[1] !== undefined && paren[2]) {
    role = normaliseRole(paren[2]);
    s = `${paren[1]} ${paren[3] ?? ''}`.trim();
  }
  const dash = /^(.{2,60}?)\s+[–—-]\s+(.{2,150})$/.exec(s);
  if (dash && dash[1] && dash[2]) {
    role = role ?? normaliseRole(dash[2]);
    s = dash[1];
  } else if (commaRole) {
    const comma = /^([^,]{2,60}?),\s*(.{2,150})$/.exec(s);
    if (comma && comma[1] && comma[2] && isName(stripMemberTitle(comma[1]))) {
      role = role ?? normaliseRole(comma[2]);
      s = comma[1];
    }
  }
  s = stripMemberTitle(s);
  if (!isName(s)) {
    // "Pryor Executive Member for Economy" → name, then the post.
    const tokens = s.split(' ');
    const k = tokens.findIndex((t, i) => i > 0 && ROLE_START_RE.test(t));
    if (k > 0) {
      const name = tokens.slice(0, k).join(' ');
      if (isName(name)) return { name, role: role ?? normaliseRole(tokens.slice(k).join(' ')) };
    }
    return null;
  }
  if (coopted && role === null) role = 'co-opted member';
  return { name: s, role };
}

/** A name list: "Councillor A Smith (Chair), Councillors B Jones, C Patel (substitute for Councillor D Lee) and Co-opted Member E Green". */
export function parseNameList(list: string): { name: string; role: string | null }[] {
  const out: { name: string; role: string | null }[] = [];
  let coopted = false;
  for (const part of splitOutsideBrackets(list)) {
    let p = part;
    // "Co-opted Members: A and B" – the title carries over to the following names.
    if (COOPTED_TITLE_RE.test(`${p} `) && p.split(/\s+/).length <= 2) {
      coopted = true;
      continue;
    }
    if (/^(?:Councillors?|Cllrs?\.?)$/i.test(p)) continue;
    if (COOPTED_TITLE_RE.test(p)) coopted = true;
    else if (MEMBER_TITLE_RE.test(p)) coopted = false;
    p = p.replace(/^(?:and|&)\s+/i, '');
    const e = parseEntry(p);
    if (!e) continue;
    if (coopted && e.role === null) e.role = 'co-opted member';
    out.push(e);
  }
  return out;
}

/** A block that continues a list: names with titles or posts, no verbs, no numbers. */
function continuesList(b: Block): boolean {
  const t = b.text;
  if (t.length > 600 || VERB_RE.test(t.replace(/\([^()]*\)/g, ''))) return false;
  if (/\d/.test(t.replace(/\([^()]*\)/g, ''))) return false;
  if (LABEL_RE.test(t)) return false;
  const hasTitle = MEMBER_TITLE_RE.test(t) || COOPTED_TITLE_RE.test(t) || HONORIFIC_RE.test(t) || /\([^()]+\)|\s[–—]\s/.test(t) || /,/.test(t);
  if (!hasTitle) return false;
  return parseNameList(t).length > 0;
}

/** "Jane Smith, Director of Housing" (one top-level comma, no "and", the second part not another member). */
function isSingleEntry(line: string): boolean {
  const parts = splitOutsideBrackets(line);
  if (parts.length > 2 || /\s(?:and|&)\s/.test(line.replace(/\([^()]*\)/g, ''))) return false;
  if (parts.length === 1) return true;
  const first = parts[0] ?? '';
  const second = parts[1] ?? '';
  // "Dr A Singh (Medical Director), P Hall (Scrutiny Officer)" is two people.
  if (/\(|\s[–—]\s/.test(first) || /^[^(]{2,60}\([^()]+\)$/.test(second)) return false;
  return !MEMBER_TITLE_RE.test(second) && !COOPTED_TITLE_RE.test(second) && !HONORIFIC_RE.test(second);
}

function statusOf(m: RegExpExecArray): LabelKind {
  if (m[1]) return 'present';
  if (m[2]) return 'in-attendance';
  if (m[3]) return 'co-opted';
  if (m[4]) return 'apologies';
  return 'absent';
}

export interface AttendanceLists {
  attendees: Attendee[];
  /** Block indices used by the lists (never items). */
  used: Set<number>;
}

/** Labelled attendance lists anywhere in the blocks given (callers pass the meeting's blocks). */
export function findAttendanceLists(blocks: readonly Block[], limit = 400): AttendanceLists {
  const attendees: Attendee[] = [];
  const used = new Set<number>();
  const n = Math.min(blocks.length, limit);
  for (let i = 0; i < n; i++) {
    const b = blocks[i];
    if (!b || b.bullet) continue;
    if (BARE_HEADING_RE.test(b.text) && i + 1 < n && LABEL_RE.test(blocks[i + 1]?.text ?? '')) {
      used.add(i);
      continue;
    }
    const m = LABEL_RE.exec(b.text.length > 1500 ? b.text.slice(0, 1500) : b.text);
    if (!m) continue;
    const kind = statusOf(m);
    const rest = (m[6] ?? '').trim();
    // "Apologies: An apology was received from …" is a sentence, read by the apologies reader.
    if (rest && VERB_RE.test(rest.replace(/\([^()]*\)/g, ''))) {
      if (kind === 'apologies') used.add(i);
      continue;
    }
    if (!rest && !(i + 1 < n && continuesList(blocks[i + 1] as Block))) continue;
    const entries = rest ? parseNameList(rest) : [];
    if (rest && entries.length === 0) continue;
    used.add(i);
    let j = i + 1;
    const more: string[] = [];
    while (j < n && blocks[j] && !blocks[j]?.bullet && continuesList(blocks[j] as Block)) {
      more.push((blocks[j] as Block).text);
      used.add(j);
      j++;
    }
    // One person per line ("Jane Smith, Director of Housing"): a single comma separates name and post.
    const onePerLine = more.length + (rest ? 1 : 0) >= 2 || (!rest && more.length === 1);
    if (rest && onePerLine && isSingleEntry(rest)) {
      entries.length = 0;
      const e = parseEntry(rest, true);
      if (e) entries.push(e);
    }
    for (const line of more) {
      const e = onePerLine && isSingleEntry(line) ? parseEntry(line, true) : null;
      if (e) entries.push(e);
      else entries.push(...parseNameList(line));
    }
    for (const e of entries) {
      const status: AttendanceStatus = kind === 'co-opted' ? 'present' : kind;
      const role = kind === 'co-opted' ? (e.role ?? 'co-opted member') : status === 'apologies' || status === 'absent' ? null : e.role;
      attendees.push({ name: e.name, status, role });
    }
    i = j - 1;
  }
  return { attendees, used };
}

/** "The following were in attendance for this item:" followed by a list (inline or as bullets). */
export function findItemAttendance(blocks: readonly Block[]): Attendee[] {
  const out: Attendee[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || b.text.length > 1500) continue;
    const m = ITEM_LIST_RE.exec(b.text);
    if (!m) continue;
    const rest = (m[1] ?? '').trim();
    const entries: { name: string; role: string | null }[] = [];
    if (rest) entries.push(...parseNameList(rest));
    for (let j = i + 1; j < blocks.length && blocks[j]?.bullet; j++) {
      const e = parseEntry((blocks[j] as Block).text, true);
      if (e) entries.push(e);
    }
    for (const e of entries) out.push({ name: e.name, status: 'in-attendance', role: e.role });
  }
  return out;
}

const NAME_CAPTURE = "((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,4})";
const TITLE = '(?:(?:County\\s+|City\\s+|Borough\\s+)?Councillors?|Cllrs?\\.?|Co-opted\\s+Members?)';
const SUBSTITUTE_RE = new RegExp(
  `${TITLE}\\s+${NAME_CAPTURE}\\s+(?:had\\s+been\\s+appointed\\s+as|was\\s+appointed\\s+as|attended\\s+as|was\\s+present\\s+as|acted\\s+as|substituted|was\\s+substituting|attended\\s+in\\s+place\\s+of)\\s*(?:an?\\s+)?(?:substitute\\s+)?(?:member\\s+)?(?:for|in\\s+place\\s+of)\\s+${TITLE}\\s+${NAME_CAPTURE}`,
  'u',
);
const ABSENT_RE = new RegExp(`${TITLE}\\s+${NAME_CAPTURE}\\s+(?:was|were)\\s+(?:also\\s+)?absent\\b`, 'u');

/** Substitutions and absences stated in sentences. */
export function findAttendanceSentences(text: string): { substitutes: { name: string; for: string }[]; absent: string[] } {
  const substitutes: { name: string; for: string }[] = [];
  const absent: string[] = [];
  for (const s of splitSentences(text)) {
    if (s.length > 800) continue;
    if (/substitut|in place of/i.test(s)) {
      const m = SUBSTITUTE_RE.exec(s);
      if (m && m[1] && m[2]) substitutes.push({ name: stripMemberTitle(m[1]), for: stripMemberTitle(m[2]) });
    }
    if (/\babsent\b/i.test(s)) {
      const a = ABSENT_RE.exec(s);
      if (a && a[1]) absent.push(stripMemberTitle(a[1]));
    }
  }
  return { substitutes, absent };
}

const key = (name: string) => name.toLowerCase().replace(/[^a-z\u00c0-\u024f]+/g, '');

/** Merges attendance facts: the first mention wins, later ones fill in a missing role. */
export function mergeAttendance(lists: readonly Attendee[][]): Attendee[] {
  const out: Attendee[] = [];
  const byKey = new Map<string, Attendee>();
  for (const list of lists) {
    for (const a of list) {
      const k = `${key(a.name)}|${a.status}`;
      const prev = byKey.get(k) ?? (a.status === 'present' ? byKey.get(`${key(a.name)}|in-attendance`) : undefined);
      if (prev) {
        if (!prev.role && a.role) prev.role = a.role;
        continue;
      }
      const copy = { ...a };
      byKey.set(k, copy);
      out.push(copy);
    }
  }
  return out;
}

/** Applies "X attended as substitute for Y" to the present list (adding X when the list did not name them). */
export function applySubstitutes(list: Attendee[], subs: readonly { name: string; for: string }[]): void {
  for (const s of subs) {
    const role = `substitute for ${s.for}`;
    const found = list.find((a) => a.status === 'present' && key(a.name) === key(s.name));
    if (found) {
      if (!found.role) found.role = role;
    } else if (list.some((a) => a.status === 'present')) {
      list.push({ name: s.name, status: 'present', role });
    }
  }
}
