import { isGivenName } from './given-names';
/** Member names: strip "Councillor", "Cllr", "Alderman", "Co-opted Member" (keep "Dr", "Mrs" …) and split lists. */

/**
 * A member's title before the name: "Councillor", "Cllr", "County Councillor", "Alderman" or "Ald" (Northern
 * Ireland, London), "Bailie" (Scotland), "Co-opted Member", Welsh "(Y) Cynghorydd" / "Cynghorwyr".
 * "Councillors:" with a colon is the same title run into a list, and "Councillors’ R. Priest" with an apostrophe.
 * ("CCllr", "WCllr": a Scottish community council's member and a ward councillor of the council, shortened.)
 */
export const MEMBER_TITLE_RE =
  // ("District Co Cllr", "County & District Cllr": a member of two councils.)
  // ("Denbighshire County Councillor": the council's place before its kind.)
  /^(?:(?:[A-Z][a-z]{3,}\s+(?=(?:County|City|Borough|District)\s+Councillors?\b))?(?:County|Cty|City|Borough|District|Unitary|Town|Parish|Community|Ward(?=\s+(?:Councillor|Cllr\.?)\s))\s+(?:(?:Co|County|&|and|District|Borough)\s+){0,2})?(?:[A-Z]\/(?=Councillors?\b|Cllrs?\b))?(?:Councillors['’]|Councillors?|Messrs\.?(?=\s)|[CW]?Cllrs?\.?|CC?lrs?\.?|Cllors?\.?|Cll\.?(?=\s+[A-Z])|Couns?\.?(?=\s)|Cllr['’]s|Alderm[ae]n|Alderwom[ae]n|Ald\.?(?=\s)|Baill?ies?|Co-opted\s+Members?|Aelod(?:au)?\s+Cyngor|(?:Y\s+)?Cynghorydd|(?:Y\s+)?Cynghorwyr|Cyng\.?(?=\s))(?:\s*[:/]\s*|\s+)/i;

/** A civic title before a name: "Mayor Rees", "Deputy Mayor Jane Smith" (not "Mayor of Watford"). */
const CIVIC_TITLE_RE = /^(?:(?:Deputy|Depute|Lord|Lady)\s+){0,2}(?:Mayor|Provost)\s+(?=\p{Lu}(?:[\p{Ll}'’]|\.?\s))(?!of\b)/u;

/** "Town Mayor Councillor J. Gilbey": a civic office before the member's title; the office is the role, not the name. */
const CIVIC_BEFORE_TITLE_RE = /^(?:(?:Deputy|Depute|Town|City|Lord|Lady)\s+){0,2}(?:Mayor|Provost)\s+(?=(?:Councillor|Cllr)\b)/;

export function stripMemberTitle(name: string): string {
  let n = name.trim().replace(CIVIC_BEFORE_TITLE_RE, '');
  for (let i = 0; i < 3 && MEMBER_TITLE_RE.test(n); i++) n = n.replace(MEMBER_TITLE_RE, '');
  return n.replace(/^[,;:/–-]\s*/, '').replace(/[.,;:]+$/, '').trim();
}

/**
 * A name's initials as parish minutes abbreviate it: "Glyn Charlton" → "GC", "Perry O’Callaghan" → "POC"
 * (honorifics left out).
 */
export function initialsOf(name: string): string {
  return name
    .replace(/^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+/, '')
    .split(/\s+/)
    .map((t) => (t.match(/(?:^|['’-])\p{Lu}/gu) ?? []).map((c) => c.slice(-1)).join(''))
    .join('');
}

const POST_ONLY_RE = /^(?:(?:Corporate|Divisional|Executive|Assistant|Deputy|Strategic|Interim|Acting|Service|Chief|Cabinet|Committee|Democratic\s+Services|Finance|Policy)\s+)+(?:Director|Manager|Officer|Executive|Member|Lead|Head|Clerk|Secretary|Treasurer|Adviser|Advisor)\b/;

/** "Councillors A, B (Chair) and Mrs C" → ["A", "B", "Mrs C"]. */
const STYLED_INITIALS = String.raw`(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}\.?\s*){1,3}\s\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const STYLED_INITIALS_RUN_RE = new RegExp(String.raw`^${STYLED_INITIALS}(?:\s+${STYLED_INITIALS})+$`, 'u');
const BEFORE_STYLED_INITIALS_RE = /\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}\.?\s)/u;
/** "G Owen T Aldridge I Ashcroft Mrs P Baybutt …": a register's names run together, each an initial or two and a surname. */
const INITIALLED = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}(?:\.\s?|\s)){1,3}(?!(?:Cllrs?|Councillors?)\b)(?:Mc|Mac|O['’\u0060])?\p{Lu}[\p{Ll}'’\u0060]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const INITIALLED_RUN_RE = new RegExp(String.raw`^${INITIALLED}(?:\s+${INITIALLED}){2,}$`, 'u');
const BEFORE_INITIALLED_RE = /(?<=\p{Ll}|\))(?<!\b(?:Mr|Mrs|Ms|Miss|Dr))\s+(?=(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}(?:\.\s?|\s)){1,3}\p{Lu})/u;
const POSTED = String.raw`${INITIALLED}(?:\s*\([^()]{1,40}\))?`;
const POSTED_INITIALLED_RUN_RE = new RegExp(String.raw`^${POSTED}(?:\s+${POSTED}){2,}$`, 'u');

/** "G Owen (Mayor) T Aldridge (Deputy Mayor) I Ashcroft Mrs P Baybutt …": each entry, its post kept; null for any other text. */
export function splitInitialledRun(part: string): string[] | null {
  const t = part.trim();
  // (Names only: a word in lower case outside the posts' brackets is a sentence, told without the slower test.)
  if (t.length > 4000 || /(?:^|\s)\p{Ll}/u.test(t.replace(/\([^()]*\)/g, ''))) return null;
  return POSTED_INITIALLED_RUN_RE.test(t) ? t.split(BEFORE_INITIALLED_RE) : null;
}

export function splitNameList(list: string): string[] {
  const cleaned = list
    .replace(/\([^()]{0,120}\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    // "…, B Wrout Esq., Elected Members. Cllr A Clifton-Holt, …": a group's label ends its group; it is no one.
    .replace(/(?:^|,\s*)(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Members|Councillors|Officers)(?:\.\s*|$)/gu, ', ');
  // "Mrs E. Wakeford Mr. A. Oliver": a table's row of names run together, each after its style and initials.
  const parts = cleaned.split(/\s*[,;]\s*|\s+and\s+|\s+&\s+|\s+a\s+(?=[A-Z])/).flatMap((p) => (STYLED_INITIALS_RUN_RE.test(p) ? p.split(BEFORE_STYLED_INITIALS_RE) : INITIALLED_RUN_RE.test(p) ? p.split(BEFORE_INITIALLED_RE) : [p]));
  const out: string[] = [];
  for (const part of parts) {
    // "PCO Lowri Anderson": a police rank is an office, not part of the name.
    // ("(Apologies … from Councillor A, B and J. Henderson).": the sentence's own closing bracket is no part of the name.)
    const n = stripMemberTitle(part.replace(/^(?:and|&)\s+/i, '').replace(/^([^()]*)\)$/, '$1')).replace(CIVIC_TITLE_RE, '').replace(/^(?:PCSO|PCO|PC|Sgt|Sergeant|Inspector|Insp)\.?\s+(?=\p{Lu}[\p{Ll}'’])/u, '');
    if (!n) continue;
    // ("de Galleani", "van der Berg": a surname's particle in lower case starts a name too.)
    if (!/^[A-Z]/.test(n) && !/^(?:(?:de|van|von|der|den|da|di|le|la|du|ap|ab)\s+){1,2}[A-Z]/.test(n)) continue;
    if (n.split(' ').length > 6) continue;
    if (/^(?:the|members?|officers?|none|no)\b/i.test(n)) continue;
    if (isOrganisation(n)) continue;
    // "Corporate Director", "Cabinet Member for Housing": a post, not a person.
    if (POST_ONLY_RE.test(n)) continue;
    out.push(n);
  }
  return out;
}

/**
 * Words that make a capitalised phrase a body rather than a person: "NHS England", "Powys County
 * Council", "Healthwatch Cumbria", "North West Ambulance Service".
 */
const ORG_WORD_RE =
  /\b(?:NHS|Health|Council|Councils|Authority|Trust|Board|Service|Services|Police|Fire|Rescue|Partnership|Association|University|College|School|Group|Healthwatch|CCG|ICB|Ltd|Limited|plc|Commissioner|Department|Agency|Forum|Federation|Network|Society|Foundation|Company|Corporation|Office|Directorate|Team|Panel|Committee|Cabinet|Executive|Government|Commission|Hospital|Centre)\b/;

/** True when a capitalised phrase names a body ("NHS England", "Powys County Council") rather than a person. */
export function isOrganisation(s: string): boolean {
  if (/^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lady|Lord|Revd|Rev)\.?\s/.test(s)) return false;
  // One word is a surname ("Councillor Board") unless it is an acronym ("NHS").
  if (!/\s/.test(s)) return /^(?:NHS|CCG|ICB)$/.test(s);
  return ORG_WORD_RE.test(s);
}

/** A member reference at the start of a sentence: "Councillor Dr Moore", "Cllr A. Bailes", "Alderman Smith". */
export const MEMBER_PREFIX =
  '(?:(?:County (?:Borough )?|City |Borough |District |Town |Parish |Community )?Councillors?(?:[\\u0027’](?=\\s+[A-Z]))?|C?Cllrs?\\.?|CC?lrs?\\.?|Cllors?\\.?|Cll\\.?(?=\\s+[A-Z])|Couns?\\.?(?=\\s)|Cllr[\\u0027’]s|Alderm[ae]n|Alderwom[ae]n|Baill?ies?|Co-opted Members?|Messrs\\.?(?=\\s)|(?:Y )?Cynghorydd|(?:Y )?Cynghorwyr)';
/** A personal name of up to five tokens, allowing initials and honorifics. */
export const NAME_TOKENS = "(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lady|Lord|Revd|Rev)\\.?\\s+)?(?:[A-Z][A-Za-z'’\\-]*\\.?)(?:\\s+(?:[A-Z][A-Za-z'’\\-]*\\.?|(?:de|van|von|da|di|le|la|ap)\\b)){0,4}";

/** "A. CARTER G. L. EVANS" → "A. Carter G. L. Evans": words in capitals written in title case, the same length. */
export function titleCaseCapitals(text: string): string {
  return text.replace(/\p{Lu}{2,}/gu, (w) => `${w.charAt(0)}${w.slice(1).toLowerCase()}`);
}

/** "N K Dunn Esq A Eve Esq", "K Ash Esq (Chairman) J E Cole Esq": "Esq" (and any bracket after it) ends each name in a list. */
export const AFTER_ESQ_RE = /(?<=\bEsq\.?(?:\s*\([^)]{1,40}\))?)\s+(?=\p{Lu})/gu;
/** "… B Singh and S Walsh Honorary Aldermen D Batten and S Collins": the honorary aldermen, a second group of the same list. */
export const HONORARY_ALDERMEN_RE = /\s+Honorary\s+Alderm[ae]n\s*:?\s+(?=\p{Lu})/gu;

/** "Bill Hitch, DNPA Chairman", "Dr Kevin Bish, Chief Executive": a person, a comma, then their office or the body they come from. */
export const PERSON_THEN_COMMA_RE = /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Maj|Prof)\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,2}\p{Lu}[\p{L}'’-]+),\s*(\S.*)$/u;

/**
 * "Bill Hitch, DNPA Chairman; Maurice Ret, DNPA Deputy Chairman; Peter Thorn, British Canoeing; …": entries parted by
 * semicolons, each a person and after a comma their office or body. Each part's reading (null where a part does not read
 * so), or null unless there are four parts at least, none a group ("Councillors Aitken, Bryce, Cowan and Dunlop", left to
 * the list's own reading), and three in four at least read that way.
 */
export function semicolonPeopleParts(parts: readonly string[]): (RegExpExecArray | null)[] | null {
  if (parts.length < 4 || parts.some((p) => /^(?:Councillors|Cllrs|Members|Messrs)\b/i.test(p.trim()))) return null;
  const read = parts.map((p) => PERSON_THEN_COMMA_RE.exec(p.trim()));
  return read.filter(Boolean).length >= Math.max(3, parts.length * 0.75) ? read : null;
}

/**
 * One person on a line of their own, their name in full and perhaps their post after a comma ("Patrick Ford, Chair",
 * "David Cole", "Frances Brown, Community Involvement and Development Officer"): the name, then the post.
 */
export const ONE_PERSON_LINE = String.raw`(?!(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|PC)\b)(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2})(?:,\s+(?!(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\b)(\p{Lu}[\p{L}'’ ()&/-]{1,80}))?$`;

/**
 * "A Item", "C Member": a member's name read from a table's row copied with the surname in a cell further on ("Councillor
 * A Item 8b) – Prejudicial – … Willoughby"), the words after the initial being the business. No one is called that.
 */
export function isBusinessWordName(name: string): boolean {
  return /\b(?:Items?|Minutes?|Agenda|Members?|Applications?|Planning|Reports?|Prejudicial|Personal|Pecuniary|Interests?)$/.test(name.trim());
}

/** "… and Shona Tilby. Judith Ingle, Colin Ingle …": a full stop before a person in full who carries a list on (never a title's own stop). */
const STOP_BEFORE_PERSON_RE = /(?<=\p{Ll})(?<!\b(?:Mrs?|Ms|Miss|Dr|Revd?|Prof|Cllrs?|Coun|St|Sgt|Insp|Supt|Capt|Fr|Hon|Esq))\.\s+(?=(\p{Lu}\p{Ll}+)\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+\s*(?:,|\(|\s(?:and|&)\s))/gu;

/** The list with such a full stop made a comma, where the next word is a known given name. */
export function withStopsBeforePeople(list: string): string {
  return list.replace(STOP_BEFORE_PERSON_RE, (whole: string, given: string) => (isGivenName(given) ? ', ' : whole));
}
