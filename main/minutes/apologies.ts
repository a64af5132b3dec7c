import { isGivenName } from './given-names';
import type { Block } from './blocks';
import { bodyNameRun } from './body-name-run';
import { splitSentences } from './sentences';
import { withCouplesApart } from './couples';
import { withoutNameInitials } from './name-initials';
import { HONORARY_ALDERMEN_RE, MEMBER_PREFIX, NAME_TOKENS, ONE_PERSON_LINE, isOrganisation, semicolonPeopleParts, splitNameList, stripMemberTitle, withStopsBeforePeople } from './names';

const VERB = '(?:received|submitted|given|tendered|made|noted|reported|sent|presented|offered|intimated|recorded|accepted|approved|announced|lodged|read)';
const AUX = '(?:were|was|had\\s+been|have\\s+been|has\\s+been)';
/** "Apologies for absence were (also) received from …", "Apologies were intimated on behalf of …", "There were apologies from …". */
// ("Apologies were read from Mr. Dunn and Rear Admiral Eyre.": read out at the meeting.)
// ("Apologies for absence were noted as having been received from …": the receipt noted.)
// ("Apologies and reasons for absence were received and noted from …": the reasons with them.)
// ("Apologies of absence were received from …": "of" typed for "for".)
// ("It was agreed to accept apologies for non-attendance at the Meeting from Mrs S Irvine, …": the meeting named between.)
const FROM_RE = new RegExp(
  `\\b(?:apolog(?:y|ies)|ymddiheuriadau)\\s+(?:\\((?:with\\s+)?reasons?\\s+(?:noted|given|recorded)\\)\\s+)?(?:(?:(?:for|of)\\s+(?:absence|non-attendance)|am\\s+absenoldeb)\\s*)?(?:(?:from|at|for)\\s+(?:the|this|today['’]?s)\\s+(?:meeting|session)\\s+)?(?:,?\\s*(?:together\\s+)?with\\s+(?:the\\s+)?reasons?(?:\\s+given)?,?\\s+)?(?:(?:and|&)\\s+(?:the\\s+)?reasons?\\s+(?:for\\s+(?:absence|non-attendance)\\s+)?)?(?:${AUX}\\s+)?(?:also\\s+)?(?:noted\\s+as\\s+having\\s+been\\s+)?(?:${VERB}\\s+(?:and\\s+${VERB}\\s+)?)?(?:for\\s+absence\\s+)?(?:by\\s+the\\s+(?:Chair(?:man|person|woman)?|Clerk|Mayor)\\s*:|from|on\\s+behalf\\s+of|by|gan|for(?=\\s+(?:(?:County\\s+)?Councillors?|Cllrs?|Alderm[ae]n|Aldermen|Mr|Mrs|Ms|Miss|Dr)\\b))\\s*:?\\s+(.{2,600})$`,
  'i',
);
// ("Apologies noted: Paul Reid": the label with its verb; "Apologies:- Councillors R. Stewart, B. White.": a colon and dash.)
/** "Resolved that the following apologies for absence and reasons be accepted by the Town Council : Cllr A – work, …": the list after the colon. */
const FOLLOWING_RE = /\bfollowing\s+apolog(?:y|ies)\b[^:.]{0,120}?\b(?:be|were|was|are|is|been)\s+(?:duly\s+)?(?:received|accepted|noted|approved)\b[^:.]{0,60}?\s*:-?\s*(.{2,600})$/i;
const LABEL_RE = /^(?:apolog(?:ies|y)(?:\s+for\s+absence)?(?:\s+(?:noted|received|accepted))?|ymddiheuriadau)\s*(?::-|[:–—•-])\s*(.{2,600})$/i;
/** "Councillor A sent her apologies", "Councillors A, B and C sent their apologies". */
// ("Cllr A and Cllr B were unable to attend the meeting and had sent apologies.": the same, said at more length.)
const SENT_RE = new RegExp(`(?:^|\\b)${MEMBER_PREFIX}\\s+(${NAME_TOKENS}(?:\\s*(?:,|\\band\\b|&)\\s*${NAME_TOKENS}){0,12})\\s+(?:(?:was|were)\\s+unable\\s+to\\s+attend(?:\\s+(?:the|this|tonight's)\\s+meeting)?\\s+and\\s+)?(?:also\\s+)?(?:had\\s+)?(?:sent|gave|tendered|submitted|offered)\\s+(?:his\\s+|her\\s+|their\\s+|an\\s+)?apolog`);
/** The people a sentence opens with, who "apologised for their inability to attend" (or "for their absence"). */
const APOLOGISED_RE = /^((?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Rev)\s.{2,600}?)\s+apologi[sz]ed\s+for\s+(?:their|his|her)\s+(?:inability\s+to\s+attend|absence|non-?attendance)\b/;
const PERSON_IN_FULL = String.raw`(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?!(?:The|This|That|Our|Their|His|Her|All|Both|Each|Several|Two|Three)\b)\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+`;
/** "County Councillor", "Parish Clerk": an office in the name's place, no one named. */
const POST_WORD_IN_NAME_RE = /\b(?:Councillors?|Cllr|Clerk|Chair(?:man|woman|person)?|Mayor|Members?|Officers?|Council|Committee|Secretary|Treasurer|Warden|Police|Inspector|Sergeant|Constable)\b/;
// (The item's heading may come first on the line: "Apologies for Absence Colin Davidson sent his apologies …".)
const FULL_NAME_SENT_RE = new RegExp(String.raw`^(?:(?:APOLOGIES|[Aa]polog(?:ies|y))(?:\s+(?:for|FOR)\s+(?:[Aa]bsence|ABSENCE))?\s*[:–—-]?\s+)?(${PERSON_IN_FULL})\s+(?:had\s+)?(?:sent|gave|tendered|offered)\s+(?:his|her|their)\s+apologies\b(?:,?\s+as\s+did\s+(${PERSON_IN_FULL}))?`, 'u');
/** Apologies for lateness or for leaving early are not apologies for absence. */
// "had sent apologies that she had had to leave after minute number 2": leaving early, said another way.
const NOT_ABSENCE_RE = /\bapolog\w*\s+(?:for\s+(?:lateness|late\s+arrival|arriving\s+late|being\s+late|leaving\s+early|having\s+to\s+leave|needing\s+to\s+leave|leaving)\b|(?:that|as)\s+(?:he|she|they)\s+(?:had\s+|would\s+)?(?:had\s+to|have\s+to|needed\s+to|was\s+leaving|would\s+be\s+leaving|would\s+be\s+late|was\s+late|arrived\s+late)\b)/i;

/** "… and Mrs. A.F. Tarrant (part meeting)": an apology for part of the meeting; the member was there. */
const PART_MEETING_ENTRY_RE = /(?:,\s*|\s+(?:and|&)\s+)?(?:(?!\b(?:and|&)\b)[^,;()])*?\(\s*(?:for\s+)?part(?:\s+of)?(?:\s+the)?\s+meeting\s*\)/gi;

const POST_LAST_WORD = '(?:Engineer|Officer|Manager|Director|Executive|Secretary|Treasurer|Solicitor|Administrator|Adviser|Advisor|Accountant|Surveyor|Inspector|Coordinator|Co-ordinator|Worker|Clerk)';
const SHARED_WORD_POST_RE = new RegExp(String.raw`,\s+(?:\p{Lu}[\p{Ll}'’-]+\s+){1,4}(?:&|and)\s+(?:\p{Lu}[\p{Ll}'’-]+\s+){0,4}${POST_LAST_WORD}(?=\s*\.?$)`, 'u');

function cutList(s: string): string {
  // ("Cllrs. A, B and Shorne Tilbey. Judith Ingram, Colin Ingram …": a full stop between two groups of the one list,
  // the next starting with a person in full.)
  return withStopsBeforePeople(s)
    // ("Councillor A, B, C together with Mrs D, Prof E and F": one list in two groups, not a reason after "with".)
    .replace(/,?\s+together\s+with\s+(?=\p{Lu})/gu, ', ')
    // ("… from SHR Board member Mike Dailly (MD)": the body's post before the name.)
    .replace(/(?<=^|,\s*|\s(?:and|&)\s)(?:\p{Lu}{2,6}\s+)?(?:Board|Committee|Panel|Council|Forum)\s+[Mm]ember\s+(?=\p{Lu})/gu, '')
    .replace(PART_MEETING_ENTRY_RE, '')
    // "… and E Hayward In attendance: Mrs P J Waterfield, Clerk": the next list, run on, is not the apologies'.
    // ("… and Stuart Ash. Absent without apology: C Cllr. Paula Dolphin": so is the absent members'.)
    .replace(/\.?\s+(?:In\s+attendance|Also\s+(?:present|in\s+attendance|attending)|Present|Absent(?:\s+without\s+(?:apology|apologies))?|Officers(?:\s+present)?)\s*:.*$/i, '')
    // "… B Singh and S Walsh Honorary Aldermen D Batten and S Collins": a second group of the same list.
    .replace(HONORARY_ALDERMEN_RE, ', ')
    // ("Councillors Dave Hughes (FCC) David Healy (FCC) and …": a bracket closing before the next name in full parts them.)
    .replace(/\)\s+(?=\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}\p{Ll})/gu, '), ')
    .replace(/\([^()]{0,200}\)/g, ' ')
    // "… from Iwan Davies (Chief": a bracket the copy cut off is no part of the name.
    .replace(/\s*\([^()]{0,200}$/, '')
    // "Cllr Braeckman – At University, Cllr Hogg – Unwell and Cllr Prior – Work Commitments": the reason after a dash.
    // "Cllr T Hacking - on holiday": a hyphen between spaces is a dash too.
    .replace(/\s+[–—-]\s+[^,;–—]{2,80}?(?=\s*(?:[,;]|\s(?:and|&)\s+(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\b|\.?$))/g, '')
    // "… and Mrs R Hale, Housing & Development Worker.": a post joined by "&" after the last name, not two more people.
    .replace(SHARED_WORD_POST_RE, '')
    // "… from Cllr Hall who had family commitments, and Cllr Gilligan who was working": a reason in a clause, before the
    // next member named with a title, is cut out and the list goes on.
    // ("… Councillor Harrison who was represented by Vice-Chair, Councillor Walsh": the one who came instead is no apology.)
    .replace(/\s+(?:who|as\s+(?:he|she|they))\s+(?:(?!\b(?:by|represent\w*|substitut\w*|replac\w*|deputi[sz]\w*)\b)[^,;()]){2,120}?(?=\s*[,;]\s*(?:and\s+)?(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu})/giu, '')
    // ("… Webber and White for non- attendance; Councillor Champion … for late arrival": the reason ends the list.)
    .replace(/\s*(?:,\s*)?\b(?:who|whom|with|for\s+(?:lateness|absence|non-?\s?attendance|late\s+arrival)|due\s+to|as\s+(?:he|she|they))\b.*$/i, '')
    // "… McElhone and McIvor 2 .DECLARATIONS OF INTEREST": the next item's number and heading, run on.
    .replace(/\s+\d{1,3}\s*\.?\s*\.?\p{Lu}{3,}(?:\s+\p{Lu}{2,})*.*$/u, '')
    // "… and Tony Capozzoli 3.0 Declarations. Receive declarations …": the next item's number in decimals and its heading.
    .replace(/\s+\d{1,3}\.\d{1,2}\.?\s+\p{Lu}\p{Ll}+.*$/u, '')
    // "… and R Souness 05/26 It was the pleasant duty of the Chairman, Councillor A White, …": the next minute, run on
    // from a line without a full stop, is not the list (nor is the member it names).
    .replace(/\s+\d{1,4}\s*\/\s*\d{1,4}\b.*$/u, '')
    // "… C. Parker-Eland Para 2: Minutes of last meeting": the next paragraph's number, run on.
    .replace(/\s+(?:Para(?:graph)?|Item|Minute|Min)\.?\s*\d{1,3}\b.*$/iu, '')
    // "… & Cllr. R. Mann 2": the next item's number alone, its heading cut off with the sentence.
    .replace(/(?<=\p{L})\s+\d{1,3}\.?$/u, '')
    // "… G James & M MacKenzie The Chairman opened the meeting by welcoming Mrs F McGeachan …": the next sentence, its full
    // stop lost in the copy, is not the list (nor are the people it names).
    .replace(/\s+(?:The|This)\s+(?:Chair(?:man|person|woman)?|Clerk|Mayor|Convener|meeting|Council|minutes)\s+\p{Ll}.*$/u, '')
    .replace(/[.;]+$/, '');
}

/**
 * A list part must be a name: "Amy Smith be noted" (the sentence's predicate) ends at "be"; a part
 * with other lower-case words ("B Cole substituted") is not a name.
 */
function asName(given: string): string | null {
  // "Marc Owen PCC", "Angela Phillips PCC": the council they come from, in its initials, after the name.
  // ("Ch Insp J Kerr", "PS Ray Dunn": a police rank before the name is no part of it.)
  // ("RFO Kate Asbury", "DCllr Lucille Hagues": a post's letters or a run-together title before a name in full.)
  const part = given
    .replace(POLICE_RANK_RE, '')
    .replace(LETTERS_BEFORE_FULL_NAME_RE, '').replace(/^((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+)\s+(?!(?:MBE|OBE|CBE|BEM|KBE|DBE|JP|DL|MP|MS|AM|MSP|MLA|QC|KC|FRS)$)\p{Lu}{2,5}$/u, '$1');
  // "… from Cllrs, Pat Griffiths, Joe Clayfield": the title before a stray comma is no one.
  if (/^(?:Cllrs?|Councillors?|Members?)\.?$/i.test(part.trim())) return null;
  // "Apologies for Absence: Nil 2. Minutes …": the word for no one, the next minute run on after it.
  if (/^(?:none|nil|n\/a)$/i.test(part.trim())) return null;
  // ("… from governors MB, BO’M and Sr. EC": members by their initials, or a religious style alone, name no one in full.)
  if (/^(?:governors?\s+)?(?:\p{Lu}{1,3}(?:['’]\p{Lu}{1,3})?|Sr|Br|Fr|Sr\.\s*\p{Lu}{1,3})\.?$/u.test(part.trim())) return null;
  // "… from Cllr Andrew Kolker, Council.": a body's word (or a body) after a name is where they come from, not a person.
  if (/^(?:the\s+)?(?:Council|Committee|Authority|Board|Panel|Trust|Police|Cabinet|Executive)$/i.test(part.trim()) || isOrganisation(part)) return null;
  // "… Mr Andy Rams, Harbour Engineer.": the post of the person before the comma, not a person. ("… Mrs A McCann, DPP
  // Manager": a body's letters in the post; "… PC Troy Brandon, Thorpe St. Andrew Beat Manager": a place's "St.".)
  if (POST_ONLY_RE.test(part.trim())) return null;
  const tokens = part.split(' ');
  const k = tokens.findIndex((t) => /^[a-z]/.test(t) && !PARTICLE_RE.test(t));
  if (k < 0) return part;
  // "There were no absentees", "None were received": a sentence saying there is no one, not a name.
  if (k > 0 && /^(?:be|were|was|is|are|had|has|have)$/.test(tokens[k] ?? '') && !/^(?:There|None|No|Nil|All|It|This|These|They)$/.test(tokens[0] ?? '')) return tokens.slice(0, k).join(' ');
  return null;
}
const LETTERS_BEFORE_FULL_NAME_RE = /^(?:DCllr|CCllr|(?!(?:MBE|OBE|CBE|BEM|JP|DL|MP|MS|AM|MSP|MLA|QC|KC)\b)\p{Lu}{3,5})\.?\s+(?=(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+$)/u;
/** "Ch Insp", "Chief Supt", "Sgt"; "PS" and "PC" (which may be a member's initials) only before a given name in full. */
const POLICE_RANK_RE = /^(?:(?:(?:Ch|Chief|Det)\.?\s+)?(?:Insp|Supt)|(?:Chief\s+)?(?:Inspector|Superintendent)|Sgt|Sergeant|PCSO|(?:PS|PC)(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu}))\.?\s+(?=\p{Lu})/u;
/** A post without a person: words ending in a post's last word, none of them a title or an initial. */
const POST_ONLY_RE = /^(?!(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b)(?:(?:\p{Lu}[\p{Ll}&'’-]+|\p{Lu}{2,5}|St\.)\s+){1,5}(?:Engineer|Officer|Manager|Director|Executive|Secretary|Treasurer|Solicitor|Administrator|Adviser|Advisor|Accountant|Surveyor|Inspector|Coordinator|Co-ordinator)$/u;
// Welsh "ab", "ap", "ferch" (son or daughter of): "Craig ab Iago".
const PARTICLE_RE = /^(?:de|van|von|da|di|le|la|ap|ab|ferch|al|bin|el|du|der|den|y)$/;
// "Dr Kevin Bish, Chief Executive (NPO) DNPA; Kevin Ball, DNPA, Member; …" (semicolonPeopleParts): only the person is an
// apology, not the post or body after the comma.
function semicolonPeople(list: string): string[] | null {
  const parts = list.split(';').map((p) => p.trim()).filter(Boolean);
  const read = semicolonPeopleParts(parts);
  return read ? parts.map((p, k) => read[k]?.[1] ?? p).filter((n) => !isOrganisation(n)) : null;
}
/** A post's first word after a person's comma: "Anne Ritchie, Head of Social Work Services". */
const POST_START = String.raw`(?:the\s+)?(?:Head|Director|Chief|Assistant|Deputy|Manager|Officer|Clerk|Secretary|Treasurer|Executive|Senior|Principal|Lead|Interim|Acting)\b`;
const POST_AFTER_COMMA_RE = new RegExp(String.raw`,\s*${POST_START}`);
/**
 * "Councillor John Millar and Anne Ritchie, Head of Social Work Services (Operations) (WDC); Douglas Dunlop, Head of
 * Service - Children, Families, Young People and Criminal Justice (ABC) and Tony Keogh, Head of Social Work (EDC)": people
 * parted by semicolons, each part's people before the comma that opens a post; the post's own commas and "and"s are no
 * people. Null unless two parts at least and every part reads so.
 */
const ANOTHER_POSTED_RE = new RegExp(String.raw`\s+and\s+(?=(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+){1,2},\s*${POST_START})`, 'u');
function postedParts(list: string): string[] | null {
  if (!list.includes(';')) return null;
  const parts = list.split(';').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || !parts.every((p) => POST_AFTER_COMMA_RE.test(p))) return null;
  const out: string[] = [];
  for (const part of parts) {
    // ("… Criminal Justice and Tony Keogh, Head of Social Work": a last person after the post, with a post of their own.)
    const pieces = part.split(ANOTHER_POSTED_RE);
    for (const piece of pieces) {
      const head = piece.slice(0, piece.search(POST_AFTER_COMMA_RE) >= 0 ? piece.search(POST_AFTER_COMMA_RE) : piece.length);
      out.push(...splitNameList(head).flatMap((n) => asName(n) ?? []));
    }
  }
  return out.length > 0 ? out : null;
}

/** "Kate Winton, Oban Community Council Marri Malloy, NHS Highland": people and their bodies run together (bodyNameRun). */
function bodyRunPeople(list: string): string[] | null {
  const run = list.includes(',') ? bodyNameRun(list.replace(/\.\s*$/, '')) : null;
  return run ? run.flatMap((e) => asName(stripMemberTitle(e.person.replace(/\s*\([^()]*\)$/, ''))) ?? []) : null;
}

// "Cllr Alcock, RBC Cllr Combellack", "Devon County Councillor Margaret Squires", "County & District Councillor Alison
// Thomas": another council's name or initials, or the councils a member sits on, before a member's title are not part of
// the name.
const names = (given: string) => {
  // ("… from Steve Hunt, George & Barbara Kerr": a couple under one surname, two people.)
  const list = withCouplesApart(given);
  return postedParts(list) ?? bodyRunPeople(list) ?? semicolonPeople(list) ?? splitNameList(list.replace(/(?<=^|[\s,])(?:\p{Lu}{2,5}\s+|(?:\p{Lu}\p{Ll}+\s+){1,2}(?:County|District|Borough|City)\s+|(?:County|District|Borough|City)\s*(?:&|and)\s*(?:County|District|Borough|City)\s+)(?=(?:Cllrs?|Councillors?)\.?\s)/gu, '')).flatMap((n) => asName(n) ?? []).map(withoutNameInitials);
};

/** A sentence that is nothing but people in full ("Judith Ingram, Colin Ingram and Stuart Ash."), or no one. */
function namesOnlySentence(sentence: string): string[] {
  const t = cutList(sentence.trim());
  if (!t || t.length > 600 || !/^\p{Lu}\p{Ll}+\s/u.test(t) || !isGivenName(t.split(/\s+/)[0] ?? '')) return [];
  const parts = t.split(/\s*,\s*|\s+(?:and|&)\s+/);
  if (parts.length < 2 || !parts.every((p) => ONE_FULL_NAME_RE.test(p.trim()))) return [];
  return names(t);
}

export function findApologies(text: string): string[] {
  const found: string[] = [];
  // ("… Cllr. James, C.Cllr. P Davies, C.Cllr. Pepper …": "C.Cllr." a county councillor's title, the member after it.)
  const sentences = splitSentences(text.replace(/\bC(?:o)?\.\s?(?=Cllrs?\b)/g, ''));
  for (const [at, sentence] of sentences.entries()) {
    if (sentence.length > 1500 || !/apolog|ymddiheur/i.test(sentence)) continue;
    // "Apologies for absence – had been received from Cllrs. …": a dash between the heading and its verb.
    // ("Apologies; had been received from Cllr. C. Hunt": a semicolon there the same.)
    // ("Apologies for absence – and the reason as notified to the Clerk – were accepted from Cllr A": an aside between dashes.)
    const undashed = sentence.replace(/(apolog(?:y|ies)(?:\s+for\s+absence)?)(?:\s+[–—-]|\s*;)\s+(?=(?:had|have|has)\s+been\s+received\b|(?:were|was)\s+received\b)/i, '$1 ').replace(/(apolog(?:y|ies)(?:\s+for\s+absence)?)\s+[–—]\s+[^–—.]{2,80}?\s+[–—]\s+(?=(?:were|was|had|have|has)\b)/i, '$1 ');
    const m = FROM_RE.exec(undashed) ?? LABEL_RE.exec(undashed) ?? FOLLOWING_RE.exec(undashed);
    // "… on behalf of: · Councillor A, Cabinet Member for Housing. · B, Corporate Director, Place …": one person a
    // bullet, each before the post after their comma.
    const bulleted = m?.[1] && /(?:^|\s)[·•]\s/.test(m[1]) ? m[1].split(/(?:^|\s)[·•]\s+/).map((p) => p.trim()).filter(Boolean) : null;
    if (bulleted && bulleted.length >= 2) {
      for (const entry of bulleted) found.push(...names(cutList((entry.split(',')[0] ?? '').trim())).slice(0, 1));
      continue;
    }
    if (m && m[1]) {
      // "… for absence from A and B, and for lateness from C": the list ends where lateness begins.
      // "… from CClrs A and B, and from PKC Clrs C and D": a second group, from another body.
      found.push(...names(cutList(m[1].replace(/,?\s+and\s+(?:also\s+)?from\s+(?:\p{Lu}{2,6}\s+)?/gu, ', '))));
      // ("… and Shorne Tilbey. Judith Ingram, Colin Ingram and Stuart Ash.": the list's second group, after a full stop, is
      // a sentence of names alone.)
      found.push(...namesOnlySentence(sentences[at + 1] ?? ''));
      continue;
    }
    if (NOT_ABSENCE_RE.test(sentence)) continue;
    // "Councillor A, B together with Mrs C and Prof D apologised for their inability to attend the meeting."
    const apologised = APOLOGISED_RE.exec(sentence.trim());
    if (apologised?.[1]) {
      found.push(...names(cutList(apologised[1])));
      continue;
    }
    const s = SENT_RE.exec(sentence);
    if (s && s[1]) {
      found.push(...names(s[1]));
      continue;
    }
    // "Colin Davidson sent his apologies as did Cllr Sandy Taylor until November": a person in full, untitled, and
    // another who did the same.
    const full = FULL_NAME_SENT_RE.exec(sentence.trim());
    const person = (n: string | undefined): string[] => {
      const one = n && !POST_WORD_IN_NAME_RE.test(stripMemberTitle(n)) ? asName(stripMemberTitle(n)) : null;
      return one ? [one] : [];
    };
    // (An untitled person alone may be anyone, "Laura Crawford had sent her apologies" under public questions: taken only
    // beside a member, titled, who did the same.)
    const titled = (n: string | undefined) => !!n && /^(?:Cllr|Councillor)\b/.test(n);
    if (full?.[1] && person(full[1]).length > 0 && (titled(full[1]) || titled(full[2]))) found.push(...person(full[1]), ...person(full[2]));
  }
  return found;
}

const REASONED_NAME_RE = new RegExp(String.raw`(?:^|\s*[,;]?\s*(?:and\s+)?)(?:${MEMBER_PREFIX}|(?:Mr|Mrs|Ms|Miss|Dr)\.?)\s+(${NAME_TOKENS})\s*\([^()]{1,60}\)`, 'y');
/** Titled members one after another, each with a reason in brackets, from the start of the text: their names. */
function reasonedNames(text: string): string[] {
  const out: string[] = [];
  REASONED_NAME_RE.lastIndex = 0;
  for (let m = REASONED_NAME_RE.exec(text); m; m = REASONED_NAME_RE.exec(text)) out.push(...names(m[1] ?? ''));
  return out;
}

/** A line that opens with a member's title or an honorific: "Cllr A Smith", "Mr Richard Morgan." */
const TITLED_LINE_RE = new RegExp(`^(?:${MEMBER_PREFIX}|(?:Mr|Mrs|Ms|Miss|Dr)\\.?)\\s+[A-Z]`);
/** "Cllr Pattison – reasons …" or "Cllr A Smith (work)": a titled name, then a dash or a bracket. */
/** "Councillor Jon Collins, for whom Councillor Malcolm Wood was substitute;": the first is the apology. */
const FOR_WHOM_RE = new RegExp(`^${MEMBER_PREFIX}\\s+(${NAME_TOKENS}),?\\s+for\\s+whom\\b`);
const NAME_THEN_DASH_RE = new RegExp(`^${MEMBER_PREFIX}\\s+(${NAME_TOKENS})\\s*(?:[–—-]\\s|\\()`);

// Each with the initials the minutes use for them: a list of people, not of places or things.
const PLAIN_NAME = String.raw`(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+\s*\(\p{Lu}{2,4}\)`;
const PLAIN_NAMES_RE = new RegExp(String.raw`^${PLAIN_NAME}(?:\s*(?:,|\band\b|&)\s*${PLAIN_NAME})*\.?$`, 'u');
/** Names in full, two or more, some with the minutes' initials for them in brackets and some without. */
function someInitialled(text: string): boolean {
  const bare = text.replace(/\s*\(\p{Lu}{2,4}\)/gu, '');
  return bare !== text && FULL_NAMES_RE.test(bare);
}
/** A reason given after a name in a list of apologies, up to the next name. */
// ("Pat Parry, PCSO John Evans": a police rank before a name in full.)
const FULL_NAME = String.raw`(?:(?:PCSO|PC|Sgt|Sergeant|Inspector|Insp)\.?\s+)?(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+){1,2}`;
const FULL_NAMES_RE = new RegExp(String.raw`^${FULL_NAME}(?:\s*(?:,|\band\b|&)\s*${FULL_NAME})+\.?$`, 'u');
// "D Wise & C Collett", "Mrs J. Hart, P Lowe": initials and surnames alone, as a parish's minutes list them.
const INITIALLED = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s?){1,3}\s(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const INITIALLED_NAMES_RE = new RegExp(String.raw`^${INITIALLED}(?:\s*(?:,|\band\b|&)\s*${INITIALLED})*\.?$`, 'u');
const REASON_CLAUSE_RE = /\s+(?:due\s+to|owing\s+to|because\s+of|on\s+account\s+of)\s+[^,;()]{2,80}?(?=\s*(?:[,;]|\band\b|\.?$))/g;
/** A sentence that ends where its list of names begins, on the lines below. */
const LIST_FOLLOWS_RE = /\bapolog\w*\b[^.]{0,80}\b(?:received|submitted|tendered|given)\s+(?:from|by|on\s+behalf\s+of)\s*:?-?\s*$/i;
/** A line that is one person: "P. Bedford", "Mrs M. Dennis", "R. Hall-Jones", "J.E. Grant Esq.", "Cllr A Smith (holiday)". */
// ("Councillor Llinos Medi Huws", "Professor Edmund Burke": two given names; a professor's style.)
const ONE_NAME_LINE_RE = /^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Rev|Revd|Sir|Dame)\.?\s+)?(?:(?:\p{Lu}\.\s?){1,3}|(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2})(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+(?:\s+Esq\.?)?(?:\s*\([^()]{1,40}\))?[.,;]?$/u;
const PERSON_LINE_RE = new RegExp(String.raw`^(?:(?:PC|PCSO|Sgt\.?|Sergeant|Insp\.?|Inspector|Cllr\.?|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?${ONE_PERSON_LINE}`, 'u');
const NOT_NAMES_RE = /\b(?:Apolog\w*|None|Nil|Received|Noted|Accepted|Council|Committee|Members?|Chair\w*|Clerk|Officers?)\b/;

const ONE_FULL_NAME_RE = new RegExp(String.raw`^(?:${FULL_NAME}|${INITIALLED})$`, 'u');
/** Each part between semicolons a person ("Sue Rudd (SR)", "Ward Cllr Dave Greenow"): their names; else null. */
function semicolonNames(text: string): string[] | null {
  const parts = text.replace(/\.$/, '').split(/\s*;\s*/).filter(Boolean);
  if (parts.length < 2) return null;
  const names = parts.map((p) =>
    p
      .replace(/\s*\(\p{Lu}{1,4}\)$/u, '')
      .replace(/^(?:(?:Ward|County|District|Borough|Town|Parish|City)\s+)?(?:Cllrs?|Councillors?)\.?\s+/, '')
      .trim(),
  );
  return names.every((n) => ONE_FULL_NAME_RE.test(n) && !NOT_NAMES_RE.test(n) && !isOrganisation(n)) ? names : null;
}

/** "David Appleton, Andrew Williams and Hannah Harris": three or more names in full, or two with "and" between. */
function isNameList(line: string): boolean {
  return FULL_NAMES_RE.test(line) && /,[^,]*(?:,|\band\b|&)/.test(line) && !NOT_NAMES_RE.test(line);
}

/** "Paul Lyle (PL), Ann Bray (AB)," over "Tom Cole.": a list does not end on a comma; the line under it goes on with it. */
function commaJoined(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    // ("… Rev Wyn Thomas and" over "Professor Catrin Williams apologised …": a list broken after its "and" the same.)
    // ("… Cornwall Wildlife Trust;" over "Rupert Hanbury-Tenison, CLA; …": the same on a semicolon, the list's parts longer.)
    // (Only a list of its own parted by semicolons: "Councillor Jon Cole, for whom … was substitute;" is one entry a line.)
    const semicolons = last ? last.text.split(';').length - 1 : 0;
    if (last && !b.bullet && (last.text.trim().endsWith(',') || /\s(?:and|&)$/.test(last.text.trim()) ? last.text.length < 300 : last.text.trim().endsWith(';') && semicolons >= 3 && last.text.length < 1200)) out[out.length - 1] = { text: `${last.text.trim()} ${b.text.trim()}`, bullet: last.bullet };
    else out.push(b);
  }
  return out;
}

/**
 * An "Apologies for absence" item whose minutes give the names without a sentence around them:
 * "Councillors A Smith (holiday), B Jones (work)", "1.2 Cllr A Smith and Cllr B Jones",
 * "Cllr Smith – unwell".
 */
const DEPUTY_TAIL_RE = /\s+with\s+(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+)?\p{Lu}[\p{L}'’ -]{2,60}?\s+(?:deputising|substituting|as\s+(?:a\s+)?(?:deputy|substitute))$/u;

export function apologiesFromItemBlocks(given: readonly Block[]): string[] {
  const blocks = commaJoined(given);
  const out: string[] = [];
  // "John Peterson" / "PC Angela Manson" / "Duncan Anderson, North Isles Councillor (ex-officio)": the item's every line a
  // person, perhaps with a rank before or a post after a comma.
  const lines = blocks.map((b) => b.text.trim()).filter(Boolean);
  // ("David Appleton, Andrew Williams and Hannah Harris": a list of names on one line, not a person and a post.)
  const people = lines.length > 0 && lines.length <= 15 ? lines.map((l) => (isNameList(l) ? null : (PERSON_LINE_RE.exec(l)?.[1] ?? null))) : [];
  if (people.length > 0 && people.every((n) => n !== null && !NOT_NAMES_RE.test(n) && !isOrganisation(n))) return people as string[];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const whole = b.text.replace(/^\d{1,3}(?:\.\d{1,3})*\.?\s+/, '').trim();
    // "Apologies for non-attendance were received from:-" over "P. Bedford" / "Mrs M. Dennis" / …: the sentence's list,
    // one name a line, up to the first line that is not a name.
    if (LIST_FOLLOWS_RE.test(whole)) {
      const listed: string[] = [];
      for (let k = i + 1; k < blocks.length && listed.length < 40; k++) {
        // ("Douglas Cowan, HIE", "Councillor Dick Walsh, Argyll and Bute Council": a person, then the body they come from.)
        // ("Professor Edmund Burke (Bangor University) with Professor Paul Spencer deputising;": the body in brackets, and
        // who came instead, are no part of the apology.)
        const line = (blocks[k]?.text ?? '').trim().replace(/[;.]$/, '').replace(DEPUTY_TAIL_RE, '').replace(/\s*\([^()]{2,80}\)$/, '').replace(/^([^,]{3,60}),\s+\p{Lu}[^,]{1,80}$/u, (whole, name: string) => (ONE_NAME_LINE_RE.test(name) ? name : whole));
        if (!ONE_NAME_LINE_RE.test(line) || NOT_NAMES_RE.test(line)) break;
        listed.push(line.replace(/\s*\([^()]*\)$/, ''));
        i = k;
      }
      if (listed.length > 0) out.push(...findApologies(`Apologies from ${listed.join(', ')}`));
      continue;
    }
    // "Apologies" (the heading) / "were received from: Councillors Mr A & Mr B.": the sentence starts in the heading.
    // ("APOLOGIES FOR ABSENCE" / "These were received and accepted from Cllr Dearden and Cllr Mrs Hayward.": the same, the
    // apologies named by a pronoun.)
    if (whole.length < 600 && /^(?:(?:These|They|Those)\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:received|submitted|tendered|given)\b/.test(whole)) {
      out.push(...findApologies(`Apologies ${whole.replace(/^(?:These|They|Those)\s+/, '')}`));
      continue;
    }
    // "Michael Edmonds (ME), John Howard (JH), Michael Heybrook (MH).": names in full, without titles, with initials.
    // ("Paul Lyle (PL), Ann Bray (AB)," over "Tom Cole.": the last without initials, the others' show the list is of people.)
    if (whole.length < 400 && (PLAIN_NAMES_RE.test(whole) || someInitialled(whole)) && !NOT_NAMES_RE.test(whole)) {
      out.push(...findApologies(`Apologies from ${whole.replace(/\s*\(\p{Lu}{2,4}\)/gu, '')}`));
      continue;
    }
    // "Sarah Winwood; Tom Nellist; Sue Rudd (SR); Ward Cllr Dave Greenow": names one after another, each after a semicolon,
    // perhaps with the minutes' initials for them or a member's title.
    const semis = whole.length < 600 && whole.includes(';') ? semicolonNames(whole) : null;
    if (semis) {
      out.push(...semis);
      continue;
    }
    // "David Appleton, Natural England; Andrew Williams, LEP; English Heritage; …": each person before the body they come
    // from (an entry that is a body alone is no person, and is left out).
    const bodies = whole.length < 1500 && whole.includes(';') && !/\bapolog/i.test(whole) ? semicolonPeople(whole.replace(/[.;]\s*$/, '')) : null;
    if (bodies && bodies.length >= 3) {
      out.push(...bodies.flatMap((n) => asName(stripMemberTitle(n)) ?? []));
      continue;
    }
    // "Steve Gregory, Graham Cameron, Linda Thomson": names in full alone under the heading, at least two.
    if (whole.length < 600 && FULL_NAMES_RE.test(whole) && !NOT_NAMES_RE.test(whole)) {
      const listed = splitNameList(whole.replace(/\.$/, ''));
      if (listed.length >= 2 && !listed.some(isOrganisation)) {
        out.push(...listed);
        continue;
      }
    }
    if (whole.length < 300 && INITIALLED_NAMES_RE.test(whole) && !NOT_NAMES_RE.test(whole)) {
      out.push(...splitNameList(whole.replace(/\.$/, '')));
      continue;
    }
    // "Councillor Halton (holiday) Councillor Sugden (away on business) …": each member with the reason in brackets, no
    // commas between them.
    const reasoned = whole.length < 600 ? reasonedNames(whole) : [];
    if (reasoned.length >= 2) {
      out.push(...reasoned);
      continue;
    }
    if (whole.length >= 600 || !TITLED_LINE_RE.test(whole)) continue;
    // The first sentence names them; what follows ("The apologies were accepted.") does not.
    // "Cllr. Mrs C Silvester due to hospitalisation, Cllr. S Edwards due to an alternative meeting": the reasons go.
    const t = (splitSentences(whole)[0] ?? whole).replace(REASON_CLAUSE_RE, '');
    if (t.length >= 300) continue;
    // "Councillors P J Bateson, J Campbell … joined the meeting at 7.32 pm.": late, not absent.
    if (/\b(?:joined|arrived|entered|left|departed|withdrew|attended|declared)\b/i.test(t)) continue;
    // "Councillors A, B and C sent their apologies": a sentence of its own, read as one.
    if (/\bapolog/i.test(t)) {
      out.push(...findApologies(t));
      continue;
    }
    if (!/\b(?:was|were|had|has|is)\b/.test(t.replace(/\([^()]*\)/g, ''))) {
      // "Councillor L. Howard Morris Councillor John Thomas": each member's title starts the next name.
      // (Not after "and", nor after the council's kind: "County Councillor M Butcher" is one.)
      const titled = /^(?:Councillor|Cllr)\.?\s/.test(t) ? t.replace(/(?<=\b(?!(?:and|County|District|Borough|Town|Parish|City|Community|Unitary)\b)\p{Lu}[\p{Ll}'’-]+)\s+(?=(?:Councillor|Cllr)\.?\s+\p{Lu})/gu, ', ') : t;
      out.push(...findApologies(`Apologies from ${titled}`));
      continue;
    }
    const d = NAME_THEN_DASH_RE.exec(t) ?? FOR_WHOM_RE.exec(t);
    if (d && d[1]) out.push(...names(d[1]));
  }
  return out.map(withoutNameInitials);
}
