/**
 * What the minutes say about declarations of interest (ParsedMinutes.declarationsState):
 * - 'declared': at least one declaration was read;
 * - 'none-declared': the minutes SAY none were made ("There were no declarations of interest",
 *   "No declarations", "None", "There were none", "No issues were raised" in the declarations item,
 *   Welsh "Ni wnaed unrhyw ddatganiad", "Dim");
 * - 'unread': a declarations item/section has minuted text that names a member or says someone
 *   declared, or the minutes anywhere record a declaration made ("Councillor A disclosed a personal
 *   interest", "There was 1 disclosure of interest"), but nothing could be read (the app must not say
 *   "none", nor that the minutes record no declarations);
 * - 'absent': no declarations section with minuted text (a cut excerpt, a single other item, an agenda).
 */
import type { DeclarationsState, MinutesDocumentKind } from '../../shared/types/minutes';
import { splitSentences } from './sentences';
import { isGivenName } from './given-names';

export interface StateItem {
  title: string;
  minutesText: string;
  /** The agenda's wording; read only for a sentence saying none were declared (a minute can be run into it). */
  agendaText?: string;
}

const DECLARATIONS_TITLE_RE = /\bdeclarations?\b|\binterests?\b|\bdisclosures?\b|\bdatganiad(?:au)?\b|\bdatgan\s+(?:c|g)ysylltiad\b|\bbuddiant\b|\bdiddordeb\b/i;

/** An item about declarations of interest (not "Declaration of Acceptance of Office"). */
export function isDeclarationsTitle(title: string): boolean {
  return DECLARATIONS_TITLE_RE.test(title) && !/\bacceptance\b|\bof\s+office\b|\bparty\s+whip\b/i.test(title);
}
/** A heading line inside the text of a page printed without numbered items. */
// ("Members’ Interests" over "Cllr Mrs M Collins a non-pecuniary interest in agenda item 15 …": the heading's other wording.)
const DECLARATIONS_HEADING_RE = /^(?:[-•*]\s*)?(?:\d{1,3}\.?\s+)?(?:(?:declarations?|disclosures?)\s+(?:of\s+)?(?:[\w-]+\s+){0,6}?interests?|datganiad(?:au)?\s+o\s+(?:ddiddordeb|fuddiant)|(?:members['’]?\s+)?interests?)\b[^.]{0,80}$/i;
/** "DECLARATIONS OF INTEREST IN TERMS OF THE ETHICAL STANDARDS IN PUBLIC LIFE ETC. (SCOTLAND) ACT 2000": a heading in capitals may hold full stops. */
const DECLARATIONS_CAPS_HEADING_RE = /^(?:\d{1,3}\.?\s+)?DECLARATIONS?\s+OF\s+INTERESTS?\b[\p{Lu}\d\s.,()’'&-]{0,140}$/u;

/** After a "none": a member's declaration that qualifies it ("– none, except that Cllr X …"), so it does not say none. */
const QUALIFIED_NONE = String.raw`(?![,;]?\s*(?:declared\s+)?(?:except|other\s+than|save|apart|but)\b)`;

/** A sentence anywhere in minuted text saying no declarations were made. */
const NONE_ANYWHERE_RE = new RegExp(
  [
    // Not "no other/further declarations": that follows one that was made.
    // ("There were no such declarations", "No written or verbal declarations of interest were received.")
    // ("No potential conflicts of interest were reported.")
    // ("There were no declatations of interest intimated.": the word mistyped.)
    "\\bno\\s+(?:(?:formal|new|such|written|verbal|oral|or|potential|relevant|known)\\s+){0,3}(?:decl[a-z]{2,4}tions?|disclosures?|interests?|conflicts?\\s+of\\s+interests?)\\b(?!\\s+(?:form|register|guidance))",
    // "There were no requests for dispensations or declarations of pecuniary interest."
    "\\bno\\s+(?:[\\w-]+\\s+){1,4}?(?:or|nor)\\s+(?:[\\w-]+\\s+){0,2}?(?:declarations?|disclosures?)\\b(?!\\s+(?:form|register|guidance))",
    // "Councillors did not record any Disclosable Pecuniary Interests (DPI) or other interests in relation to items …".
    "\\b(?:did\\s+not|didn['’]t)\\s+(?:record|declare|disclose|register|have)\\s+any\\s+(?:[\\w()-]+\\s+){0,6}?interests?\\b",
    // "Declaration of interests by Councillors – None."
    "\\b(?:declarations?|disclosures?)\\s+of\\s+interests?\\s+by\\s+(?:councillors|members)\\s*[–—:-]\\s*(?:none|nil)\\b",
    // "No changes were received or declarations made", "No apologies or declarations were made".
    "\\bno\\b[^.]{0,40}?\\bor\\s+declarations?\\s+(?:of\\s+interests?\\s+)?(?:were\\s+)?made\\b",
    // "There were no disclosable pecuniary interests", "no personal or prejudicial interests were declared".
    "\\bno\\s+(?:(?:disclosable|pecuniary|non-pecuniary|personal|prejudicial|registrable|registerable|significant|financial|non-financial|or|and)\\s+){1,5}interests?\\b(?!\\s+(?:form|register|guidance))",
    // "There were no items on the agenda that would require those councillors present to declare … interests".
    "\\bno\\s+items?\\b[^.]{0,80}?\\b(?:requir\\w*|need\\w*)\\b[^.]{0,80}?\\bdeclar",
    // "… having applied the objective test they concluded that they had no interest to declare".
    "\\bhad\\s+no\\s+(?:\\w+\\s+)?interests?\\s+to\\s+declare\\b",
    // Transparency statements: "… however she did not consider either connection to require a declaration of interest".
    "\\bdid\\s+not\\s+consider\\b[^.]{0,120}?\\b(?:requir\\w*|need\\w*|warrant\\w*)\\b[^.]{0,40}?\\bdeclaration\\b",
    "\\bno\\s+(?:members?|councillors?|one)\\s+(?:declared|disclosed)\\b",
    "\\bnone\\s+(?:were|was)\\s+(?:made|declared|disclosed|received|reported)\\b",
    "\\bthere\\s+were\\s+none\\b.{0,40}\\b(?:declar|interest)",
    "\\b(?:declarations?|interests?)\\b.{0,40}\\bthere\\s+were\\s+none\\b",
    // "a. Pecuniary/Registerable Declarations of Interests – none. b. Non-Pecuniary/Disclosable Interests – none."
    "\\b(?:declarations?|interests?)\\s*[–—:-]\\s*(?:none|nil)\\b" + QUALIFIED_NONE,
    // "… relevant to the agenda. None declared.": a sentence of its own after the agenda's wording.
    "(?<=(?:^|[.!?:;–—-])\\s{0,3})(?:none|nil)\\s+declared\\b" + QUALIFIED_NONE,
    '\\bni\\s+(?:wnaed|chafwyd|dderbyniwyd)\\s+unrhyw\\s+(?:ddatganiad|ddatganiadau)\\b',
    '\\bdim\\s+datganiad(?:au)?\\b',
  ].join('|'),
  'i',
);
/**
 * A declarations heading run into its minute: "1634 Declaration of members’ interests. None.", "DECLARATIONS OF
 * INTEREST (Agenda Item 3) None. 16. MAYOR'S …", "To make Declarations of Interest on items on the agenda None." Not
 * "None of …", nor a none that a member's declaration follows or precedes ("– none except Cllr X").
 */
const RUN_ON_NONE_RE = new RegExp(String.raw`\b(?:(?:declarations?|disclosures?)\s+of\s+(?:[\w'’-]+\s+){0,3}?interests?|members['’]?\s+interests?)\b(?:(?!councillor|cllr|declared|\bmr\b|\bmrs\b)[^.\n]){0,100}?(?:[.:;–—)-]|\s)\s*(?:none|nil)\b(?!\s+of\b)` + QUALIFIED_NONE, 'i');
/** A declarations item's own title saying none: "Declarations of interest – none", "… (Section 27 Localism Act 2011) None". */
const TITLE_NONE_RE = /(?:[–—:;.)-]|\s)\s*(?:none|nil)(?:\s+declared)?\.?\s*$/i;
/** "None declared" as a line of its own. */
const NONE_DECLARED_LINE_RE = /^\s*(?:none|nil|non)\s+declared\.?\s*$/im;
/** Words that make a "none" sentence about interests, looked for around it. */
// ("Register of Interest – None": the item a Welsh community council's minutes give to declarations.)
const ABOUT_INTERESTS_RE = /declar|disclos|datganiad|conflicts?\s+of\s+interest|^\s*register\s+of\s+(?:members['’]?\s+)?interests?\s*[–—:-]/im;

/** The same, every match in a text (matchAll copies it, so it is safe to share). */
const NONE_ANYWHERE_ALL_RE = new RegExp(NONE_ANYWHERE_RE.source, 'gi');

/** The whole minuted text of a declarations item being a bare "none". */
// ("Non Declared at this stage of the meeting": "none" mistyped before "declared".)
const NONE_ONLY_RE = /^(?:none|nil|non\s+declared|no\b[^.]{0,80}|n\/a|not applicable|there were none|there was none|dim|dim un|nid oedd dim)[^.]{0,100}\.?$/i;
export const NAMES_MEMBER_RE = /\b(?:Councillors?|Cllrs?\.?|Alderman|Bailie|Mr|Mrs|Ms|Miss|Dr|Cynghorydd|Cynghorwyr)\s+[A-Z]/;
export const SAYS_DECLARED_RE = /\b(?:declared|declares|disclosed|declaration\s+(?:was|were)\s+made|declarations?\s+(?:was|were)\s+made|declarations?\s+of\s+interests?\s+(?:was|were)\s+(?:received|recorded|noted)|would\s+declare)\b|\bddatganiad\b|\bdatganodd\b/i;

const NO_MORE_RE = /\bno\s+(?:additional|further|other|new)\s+(?:declarations?|interests?)(?:\s+of\s+interests?)?\s+(?:were|was|had\s+been)\s+(?:declared|made|received|disclosed)\b/i;
const DECLARATION_MADE_RE = /\bdeclarations?\s+of\s+(?:[\w-]+\s+){0,3}interests?\s+(?:was|were|had\s+been)\s+(?:made|declared|received|recorded)\b/i;
/** A line opening with a member's initials and the item they declared on: "JW. Item 7.3. A428.Landowner." */
const INITIALS_ITEM_LINE_RE = /^\s*\p{Lu}{2,3}\.?\s+(?:Agenda\s+)?Item\s+\d/mu;
const INITIALS_ENTRY_RE = /(?:^|\s)(?:\d{1,2}\.\d{1,2}\s+)?\p{Lu}[\p{Lu}\p{Ll}]{1,3}\s+[–—-]\s+\p{Lu}/u;
const DECLARATION_ABOUT_RE = /\bdeclarations?\s+of\s+interests?\s+(?:regarding|in\s+(?:respect\s+of\s+)?(?:item|the|agenda)|relating\s+to|concerning)\b/i;

// ("201 Code of Conduct – Members’ Interests Cllr Mrs M Collins a non-pecuniary interest …": the heading's other wording.)
const MENTION_RE = /\b(?:(?:declarations?|disclosures?)\s+of\s+(?:[\w-]+\s+){0,3}?interests?|members['’]?\s+interests?)\b([^\n]{0,160})/gi;
const MEMBER_AFTER_RE = /^[\s:;,.–—-]*(?:(?:councillors?|cllrs?|coun)\.?\s+(?:(?:mrs|mr|ms|miss|dr)\.?\s+)?\p{Lu}|\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\s*:)/iu;
const EXPRESSED_RE = /^\s*(?:(?:was|were)\s+(?:expressed|made|declared|given|registered)\s+by|(?:were\s+)?(?:received|made|declared|disclosed)\s+(?:from|by)\s+(?:councillors?|cllrs?|coun|mrs|mr|ms|miss|dr)\.?\s+\p{Lu})/iu;
/** "3. Declaration of interest David Warner, received payment from …": a board member in full, a given name first. */
const NAME_AFTER_RE = /^[\s:;.–—-]*(\p{Lu}[\p{Ll}'’-]+)\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+\s*,/u;
const namedAfter = (t: string) => {
  const m = NAME_AFTER_RE.exec(t);
  return !!m?.[1] && isGivenName(m[1]);
};

/** The text around a match, within its own line, at most 200 characters either side. */
function lineAround(text: string, at: number, length: number): string {
  const start = Math.max(text.lastIndexOf('\n', at) + 1, at - 200);
  const endOfLine = text.indexOf('\n', at + length);
  const end = Math.min(endOfLine === -1 ? text.length : endOfLine, at + length + 200);
  return text.slice(start, end);
}

/** The minuted text of each declarations section: whole items so titled, and text under a heading line inside other items. */
export function declarationsSections(items: readonly StateItem[]): string[] {
  const out: string[] = [];
  for (const it of items) {
    if (isDeclarationsTitle(it.title) && it.minutesText.trim()) {
      out.push(it.minutesText);
      continue;
    }
    const lines = it.minutesText.slice(0, 50000).split('\n');
    lines.forEach((line, i) => {
      const t = line.trim();
      if ((t.length < 120 && DECLARATIONS_HEADING_RE.test(t)) || (t.length < 160 && DECLARATIONS_CAPS_HEADING_RE.test(t))) out.push(lines.slice(i + 1, i + 6).join('\n'));
    });
  }
  return out;
}

/** Whether a text says no interests were declared ("There were no declarations of interest", "– none"). */
export function saysNoneDeclared(text: string): boolean {
  const t = text.slice(0, 20000);
  if (NONE_ANYWHERE_RE.test(t) || RUN_ON_NONE_RE.test(t) || NONE_DECLARED_LINE_RE.test(t)) return true;
  // "None reported" as the item's first line (what follows it may be the next heading's business, run into the item).
  const first = t.replace(/^(?:minutes|cofnodion)\s*:\s*/i, '').trim().split('\n', 1)[0]?.trim() ?? '';
  return first.length < 60 && NONE_ONLY_RE.test(first);
}

export function declarationsStateOf(document: MinutesDocumentKind, declarationsRead: number, items: readonly StateItem[]): DeclarationsState {
  if (document === 'agenda') return 'absent';
  if (declarationsRead > 0) return 'declared';
  // A "none" the same section contradicts, a member declaring an interest named on the line after it, is not taken as none.
  // (Only that line: a section's end is not known, and "Declarations of Lobbying" with its members may follow.)
  // (An interest, named: "declared that she had been lobbied" on the next line is another section's business.)
  const contradicts = (t: string) => NAMES_MEMBER_RE.test(t) && SAYS_DECLARED_RE.test(t) && /\binterests?\b/i.test(t);
  const nextLine = (t: string) => t.slice(0, 400).split('\n')[0] ?? '';
  const found = declarationsSections(items);
  for (const text of found) {
    // "Declarations of Interest: – None Relevant to this Meeting.": the dash left from the heading's line.
    const t = text.slice(0, 20000).replace(/^(?:minutes|cofnodion)\s*:\s*/i, '').trim().replace(/^[:–—-]+\s*/, '');
    // "To receive declarations of interest." over "There were none.": the agenda's wording, then the minute.
    const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
    const first = /^To\s+(?:receive|declare|invite|note|record|consider)\b.{0,200}\.?$/i.test(lines[0] ?? '') ? lines[1] : lines[0];
    // ("35.1 None.": the paragraph's number before it.)
    // ("35.1 None.": the paragraph's number before it; "• None": a bullet.)
    const bare = (first ?? '').replace(/^\d{1,3}(?:\.\d{1,3})+\.?\s+(?=\S)/, '').replace(/^[•·*▪-]\s*/, '');
    // "… Dispensations - none" over a table "Councillor Name | Agenda Item | Interest Declared | J Tallis | 8.2 …": the
    // section contradicts its own "none", so it is not taken as none (nothing read from it leaves it unread below).
    if ((NONE_ONLY_RE.test(bare) || NONE_ANYWHERE_RE.test(t)) && !contradicts(nextLine(lines.slice(lines.indexOf(first ?? '') + 1).join('\n')))) return 'none-declared';
    // "Members to declare any personal interest … for that item. None.": the agenda's wording, then the minute, in one
    // paragraph.
    // (Not where a line gives a member by initials and the item: "JW. Item 7.3. A428.Landowner." over another question's
    // "None".)
    if (!NAMES_MEMBER_RE.test(t) && !SAYS_DECLARED_RE.test(t) && !INITIALS_ITEM_LINE_RE.test(t) && splitIntoSentences(t).some((x) => NONE_SENTENCE_RE.test(x))) return 'none-declared';
    // "No additional interests were declared at this point": none beyond the register, when the section names no member
    // and records no other declaration (after one that was made, "no further" is not none).
    const more = NO_MORE_RE.exec(t);
    if (more && !NAMES_MEMBER_RE.test(t) && !SAYS_DECLARED_RE.test(t.replace(more[0], ''))) return 'none-declared';
  }
  // (Not where its minute goes on to name a member declaring: a title's "none" the minute contradicts.)
  if (items.some((it) => isDeclarationsTitle(it.title) && TITLE_NONE_RE.test(it.title) && !contradicts(nextLine(it.minutesText)))) return 'none-declared';
  for (const it of items) {
    if (isDeclarationsTitle(it.title) && contradicts(nextLine(it.minutesText))) continue;
    // ("Declaration of interests" over "by Councillors – None.": the heading runs on into its minute.)
    const own = isDeclarationsTitle(it.title) ? `${it.title} ${it.minutesText}` : it.minutesText;
    const texts = [own, isDeclarationsTitle(it.title) ? (it.agendaText ?? '') : ''].map((t) => t.slice(0, 50000));
    for (const text of texts) {
      // (Each "none" only where what follows it does not go on to name a member declaring.)
      // (What follows: the line after the none's own.)
      const after = (m: RegExpExecArray | RegExpMatchArray) => {
        const end = text.indexOf('\n', (m.index ?? 0) + m[0].length);
        return end === -1 ? '' : nextLine(text.slice(end + 1));
      };
      const uncontradicted = (m: RegExpExecArray | RegExpMatchArray | null) => m !== null && !contradicts(after(m));
      if (uncontradicted(RUN_ON_NONE_RE.exec(text)) || uncontradicted(NONE_DECLARED_LINE_RE.exec(text))) return 'none-declared';
      // A sentence saying none, about interests: looked for near it, as a page can be one long line.
      for (const m of text.matchAll(NONE_ANYWHERE_ALL_RE)) {
        const at = m.index ?? 0;
        if (ABOUT_INTERESTS_RE.test(lineAround(text, at, m[0].length)) && uncontradicted(m)) return 'none-declared';
      }
    }
  }
  // A member named in an apologies line of a joint "Apologies and Declarations" item is not a declaration.
  const namesMember = (t: string) => NAMES_MEMBER_RE.test(t.split('\n').filter((l) => !/\bapolog/i.test(l)).join('\n'));
  // "2.1 AV – Invoice submitted …", "Declaration of interest regarding the planning application": members by their
  // initials, or a declaration recorded without "declared".
  if (found.some((t) => namesMember(t) || SAYS_DECLARED_RE.test(t) || INITIALS_ENTRY_RE.test(t) || INITIALS_ITEM_LINE_RE.test(t) || DECLARATION_ABOUT_RE.test(t))) return 'unread';
  // "… the following declaration of personal interest was made …" outside any section found: declarations are
  // recorded, so the page must never say it records none.
  if (items.some((it) => DECLARATION_MADE_RE.test(it.minutesText.slice(0, 50000)))) return 'unread';
  // "12/007 DECLARATIONS OF INTEREST CLLR Mrs WILSON: husband is an employee of …", "Declarations of Interest were
  // expressed by Val Harvey, …": a declarations heading run into other text, members named right after it. Nothing was
  // read, so the page says so rather than that the minutes record none.
  if (items.some((it) => [...`${it.title}\n${it.minutesText.slice(0, 50000)}`.matchAll(MENTION_RE)].some((m) => MEMBER_AFTER_RE.test(m[1] ?? '') || EXPRESSED_RE.test(m[1] ?? '') || namedAfter(m[1] ?? '')))) return 'unread';
  // "Councillor Allen disclosed a personal interest in …", "There was 1 disclosure of interest.": the minutes record a
  // declaration that none of the readers took, wherever it is printed.
  if (items.some((it) => MADE_ANYWHERE_RE.test(it.minutesText.slice(0, 50000)))) return 'unread';
  // A declarations item whose minute is more than the agenda's reminder ("Richard Wade reminded everyone that he is a
  // trustee …", "DW in respect of a payment under item 6.3."): something was minuted there and nothing was read from it.
  if (items.some((it) => isDeclarationsTitle(it.title) && !/\bapolog/i.test(it.title) && minutedBeyondReminder(it.minutesText))) return 'unread';
  return 'absent';
}

/**
 * "Cllr A declared a pecuniary interest", "disclosed an interest", "There were 2 declarations of interest"; Welsh
 * "Datganodd y Cyng A ddiddordeb …" / "… fuddiant" (A declared an interest).
 */
const MADE_ANYWHERE_RE = /\b(?:declared|disclosed|declares|discloses)\s+(?:an?|his|her|their|the\s+following)\s+(?:[\w-]+\s+){0,4}?interests?\b|\bthere\s+(?:was|were)\s+(?:\d{1,2}|one|two|three|four|five|a)\s+(?:disclosures?|declarations?)\s+of\s+interests?\b|\bdatganodd\b[^.\n]{0,80}?\b(?:ddiddordeb|fuddiant)\b/i;
/** A sentence of the agenda's own wording in a declarations item: what members are asked to do, not what they did. */
export const REMINDER_SENTENCE_RE = /^(?:\(?[a-z\d]{1,3}[.)]\s*)?(?:(?:To|Members?|Councillors?)\s+(?:(?:are|were|is|was|should|must|may)\s+)?(?:to\s+)?(?:receive|declare|disclose|record|note|consider|invite|asked|invited|requested|reminded|remind)\b|Each\s+member\b|Any\s+(?:member|councillor)\b|If\s+(?:that|an?|the)\s+interest\b|The\s+(?:Chair(?:man)?|Clerk)\s+(?:reminded|asked|invited)\b(?![^.]{0,120}\b(?:he|she)\s+(?:is|was|has)\b)|Councillors\s+are\s+reminded\b)/i;
const NONE_SENTENCE_RE = /^(?:none|nil|none\s+declared|no\s+declarations?(?:\s+of\s+interests?)?(?:\s+were\s+(?:made|declared|received))?|n\/a)\.?$/i;

/** The text's sentences (the shared splitter, which keeps "Mrs." and initials whole), a line each, without bullets. */
function splitIntoSentences(text: string): string[] {
  return splitSentences(text)
    .flatMap((x) => x.split(/\n+/))
    .map((x) => x.trim().replace(/^[•·*▪-]\s*/, ''))
    .filter(Boolean);
}

/** Whether a declarations item's minute holds a sentence beyond the agenda's reminder to declare (and a bare "none"). */
function minutedBeyondReminder(text: string): boolean {
  const sentences = splitIntoSentences(text.slice(0, 5000).replace(/^(?:minutes|cofnodion)\s*:\s*/i, ''));
  return sentences.some((x) => !REMINDER_SENTENCE_RE.test(x) && !NONE_SENTENCE_RE.test(x) && (NAMES_SOMEONE_RE.test(x) || namesPersonInFull(x)));
}

/** "Cargills representatives – Claire Shepherd & Stuart Traves.": someone named in full, a known given name first (not a place: "Victoria Hall"). */
const FULL_NAME_RE = /\b(\p{Lu}\p{Ll}+)\s+((?:Mc|Mac|O['’])?\p{Lu}\p{Ll}[\p{Ll}'’-]*)\b/gu;
const PLACE_WORD_RE = /^(?:Hall|Park|Street|Road|Lane|Close|House|Centre|Church|Court|Way|Green|Square|Gardens?|Avenue|Drive|Place|Field|Fields|Farm|Cottage|Terrace|Crescent|Memorial|Trust|Fund|Institute)$/;
function namesPersonInFull(sentence: string): boolean {
  for (const m of sentence.matchAll(FULL_NAME_RE)) if (m[1] && m[2] && isGivenName(m[1]) && !PLACE_WORD_RE.test(m[2])) return true;
  return false;
}

/**
 * Someone in a sentence: a member by title, initials opening it ("DW in respect of …"), a pronoun, or a name doing
 * something ("Richard Wade reminded everyone that he is a trustee"). Not a code's list of kinds of interest.
 */
const NAMES_SOMEONE_RE = new RegExp(
  [
    NAMES_MEMBER_RE.source,
    String.raw`^\p{Lu}{2,3}\b(?!\s+(?:of|and)\b)`,
    String.raw`\b(?:he|she|his|her|himself|herself)\b`,
    // (Not a post: "the Monitoring Officer had granted a dispensation".)
    String.raw`\b(?!The\s)\p{Lu}\p{Ll}+\s+(?!(?:Officer|Mayor|Chair\w*|Clerk|Council\w*|Members?|Committee|Board|Panel|Executive|Director|Manager|Secretary|Treasurer)\b)\p{Lu}[\p{Ll}'’-]+\s+(?:declared|disclosed|reminded|stated|said|noted|advised|informed|confirmed|is|was|has|had)\b`,
  ].join('|'),
  'u',
);
