import { allOfKind, expandGappedDeclarations } from './gapped-declarations';
import { isGivenName } from './given-names';
import type { Declaration } from '../../shared/types/minutes';
import { splitSentences } from './sentences';
import { MEMBER_PREFIX, isOrganisation, splitNameList } from './names';
import { modernGovInterestLines } from './moderngov-interest-lines';
import { interestNature } from './interest-nature';
import { flattenedTableDeclarations, lineDeclarations, MEMBER_HEAD_RE, memberColonEntries, memberItemRows, nameItemsNatureLines, namesOnlyDeclarations, natureLabelledLines, passageOf, personLike, slashTableDeclarations, welshDeclarations } from './declaration-lines';

export { interestNature } from './interest-nature';

/** "the Mayor", "the Deputy Lord Mayor", "the Chair": an office holder who declares. */
const OFFICE = '(?:Deputy\\s+|Vice[- ])?(?:Lord\\s+)?(?:Mayor|Chair(?:man|person)?|Vice-Chair(?:man)?|Leader(?:\\s+of\\s+the\\s+Council)?|Convener|Provost|Speaker)';
/** "Cllr Evans recorded non-pecuniary interests as being …": a member recording an interest declares it. */
const RECORDED_INTEREST_RE = /\b(?:recorded|registered)\s+(?:an?\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?interests?\b/i;
// ("The Chairman declared the ordinary meeting open": the meeting opened or closed, no interest.)
const VERB = '(?:(?:declared|declares)(?!\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?meeting\\s+(?:open|closed|formally\\s+open))|declare(?=\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}interests?\\b)|disclosed|(?:recorded|registered)(?=\\s+(?:an?\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\w-]+\\s+){0,3}?interests?\\b)|would\\s+declare|made\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}?declarations?\\b(?:\\s+of)?|declar\\w*$)';
/** Adverbs printed between the name and the verb: "Councillor Haines similarly declared". */
const ADVERB = '(?:(?:also|each|both|all|similarly|likewise|further|then|subsequently|too|additionally|had|has|formally|verbally)\\s+)*';
// A list may name thirty or more members (a whole council declaring one interest); past 200 characters it must be names only.
const DECL_RE = new RegExp(`(?:^|[,;]\\s+|\\b(?:that|and)\\s+|^(?:In\\s+(?:respect|relation)\\s+(?:of|to)|Regarding|With\\s+regard\\s+to|On|For|During|At)\\s+(?:[Aa]genda\\s+)?(?:[Ii]tem|[Mm]inute)\\s+\\S+?,?\\s+)${MEMBER_PREFIX}\\s+(.{2,1400}?)\\s+${ADVERB}${VERB}\\b(.*)$`);
const LONG_LIST = 200;
/** "The following Members declared personal interests in item 6 as …: Councillors A, B and C." The names come after. */
// ("The following declared non-pecuniary interests as members of the village hall committee: Jane Bell; Peter Low.": no
// noun after "The following".)
const TRAILING_LIST_RE = new RegExp(`^(?:(?:The\\s+following\\s+)?(?:Members|Councillors|Members\\s+of\\s+the\\s+(?:Committee|Council|Panel|Board|Cabinet))|The\\s+following)\\s+${ADVERB}${VERB}\\b(.{3,400}?)\\s*[:–—-]\\s*((?:${MEMBER_PREFIX}\\s*:?\\s+)?[A-Z][^:]{1,1400})$`);
/** "Mr M Balfour declared a Disclosable Pecuniary Interest …": councils that call their members Mr and Mrs (Kent, Surrey). */
// "Mr I Rowat and Mr E Evans declared …": one titled name or several.
const HONORIFIC_NAME = "(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+(?:[A-Z][\\w'’-]*\\.?\\s+){0,3}[A-Z][\\w'’-]+";
const HONORIFIC_DECL_RE = new RegExp(`^(${HONORIFIC_NAME}(?:\\s*(?:,|\\band\\b|&)\\s*${HONORIFIC_NAME})*)\\s+${ADVERB}${VERB}\\b(.*)$`);
// "the Chair and Deputy Chair declared …": two offices, one declaration each.
const OFFICE_RE = new RegExp(`(?:^|[,;]\\s+|\\b(?:that|and)\\s+)(?:the\\s+)?(${OFFICE}(?:\\s+and\\s+(?:the\\s+)?${OFFICE})?)(?:\\s+\\([^)]{2,60}\\))?\\s+${ADVERB}${VERB}\\b(.*)$`, 'i');
/**
 * "Marcus Humphrey declared …": a board member named without a title (national parks, health boards), at a sentence's start.
 * ("Adam Price MS declared …": a member of a parliament, the post-nominal kept as part of the name.)
 */
const BARE_NAME_DECL_RE = new RegExp(`^((?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\\.?)(?:\\s+(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\\.?|Mac[A-Z][a-z]+|Mc[A-Z][a-z]+)){1,3}(?:\\s+(?:MS|MP|MSP|AM|MLA))?)\\s+${ADVERB}${VERB}\\b(.*)$`);
/**
 * "John McMillan, Audrey Cumberford and David Alexander declared an interest as Trustees of …", "Following the invitation to
 * Members to declare …, Johnny Glendinning, Robin Morton and Carol Walker declared interests …": board members named in
 * full without titles, several in one sentence. Each must read as a person (never an organisation) whose first word is a
 * known given name ("North Yorkshire, West Yorkshire and …" names places).
 */
const BARE_NAME = "(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?:\\s+(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\\.?|Mac[A-Z][a-z]+|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)){1,2}";
const BARE_NAMES_DECL_RE = new RegExp(`^(?:(?:Following|After|In\\s+response\\s+to|Further\\s+to|When\\s+invited)\\b[^,]{3,200},\\s+)?(${BARE_NAME}(?:\\s*,\\s*${BARE_NAME})*,?\\s+(?:and|&)\\s+${BARE_NAME})\\s+${ADVERB}${VERB}\\b(.*)$`);
/** "Councillor Denis Murphy noted that he was a member of …" inside a declarations item. */
// ("Councillor Claire Arnold asked it be noted that she worked at …": the member asked for it to be noted.)
const NOTED_MEMBERSHIP_RE = new RegExp(`^${MEMBER_PREFIX}\\s+(.{2,80}?)\\s+(?:(?:(?:further\\s+)?(?:asked|requested)\\s+(?:that\\s+)?it\\s+be|wished\\s+it\\s+to\\s+be)\\s+(?:noted|recorded)|noted|advised|stated|informed\\s+the\\s+\\w+|reported|confirmed|indicated|said|explained)\\s+that\\s+(?:he|she|they)\\s+(?:was|were|is|are|had\\s+been|has\\s+been|sat|worked|had|has)\\b(.*)$`);
// "item 9 d)": a sub-item's letter after a space, its bracket left out.
// "item 7 (a)", "minute no.19 (i)": a sub-item's letter after a space is part of the reference ("item 16[d]", "item
// 19.042 iv." as well).
// ("item CO.17": the council's letters, a point and the minute's number.)
const ITEM_NUM = '([A-Z]{2,6}\\s\\d{1,4}\\/\\d{2,4}|[A-Z]{1,6}\\.\\d{1,4}(?![./]\\d)|[A-Z]{0,6}\\/?\\d{1,4}(?:[./]\\d{1,4})*[a-z]{0,4}(?:\\(\\d{1,3}\\)|\\([a-z]{1,4}\\)|\\[[a-z]{1,4}\\]|\\s\\((?:[a-h]|[ivx]{1,4})\\))*(?:\\s[a-z](?=\\))|\\s[ivx]{1,4}(?=[.,;]|\\s*$))?)';
// "in paragraph 15" (Scotland: the minute's paragraph), never "paragraph 3 of Schedule 12A" or "paragraph 43 of the
// Minute of" another meeting.
const ITEM_REF_RE = new RegExp(`\\b(?:agenda\\s+)?(?:item|minute|eitem|paragraph|para\\.?)s?\\s*(?:nos?\\.?|numbers?)?\\s*${ITEM_NUM}(?![\\w/])(?!\\s+of\\s+(?:part|schedule|the)\\b(?<=\\bpara(?:graph)?s?\\.?\\s*(?:no\\.?|number)?\\s*[\\w./()]{1,20}\\s+of\\s+(?:part|schedule|the)))`, 'i');
/** "Minute 7 “Council Tax Reduction Scheme”": an item reference with its title in quotes. */
const TITLED_ITEM_REF_RE = new RegExp(`^${ITEM_REF_RE.source}\\s*[–—:-]?\\s*[“"‘']([^”"’]{3,160})[”"’]`, 'i');
const ITEM_ONLY_RE = new RegExp(`^(?:agenda\\s+)?(?:item|minute|eitem)\\s*(?:no\\.?|number)?\\s*${ITEM_NUM}\\s*[.:–—-]?$`, 'i');
const QUOTED_ITEM_RE = /\b(?:in|on|regarding|concerning)\s+(?:the\s+)?(?:agenda\s+)?(?:item|report|matter|application|motion)\s+(?:entitled\s+|headed\s+)?[“"‘']([^”"’]{3,160}?)[”"’]/i;
const NAMED_ITEMS_RE = /\binterests?\s+in\s+(?:the\s+)?((?:[\w'’-]+\s+){1,4}?(?:items?|reports?|matters?))\b/i;
const CAUSE_RE = /\b(?:due to|because(?: of)?|owing to|by virtue of|in that|since|as|that)\s+(.{3,})$/i;
const ABOUT_RE = /\b(?:regarding|concerning|relating to|in relation to|in respect of|with regard to|about)\s+(.{3,})$/i;
/**
 * The member left: "left the room", "withdrew", "absented". "Took no part in the vote" alone is not leaving (the minutes
 * often add "but remained in the room"), and the app shows withdrew as "left the room", so it is not read as one.
 */
export const WITHDREW_RE = /\b(?:left the (?:room|meeting|chamber)|leave the (?:room|meeting|chamber)|withdr[ae]w|withdrawn|absented)\b/i;
/** "were not required to leave the meeting", "did not need to withdraw": not a withdrawal. */
const NOT_WITHDREW_RE = /\b(?:not|no\s+need\s+to|need\s+not|without\s+having\s+to)\s+(?:\w+\s+){0,4}?(?:leave|withdraw|left)\b[^.;]*/gi;
const STAYED_RE = /\b(?:remained in the (?:room|meeting|chamber)|took (?:full )?part in the (?:debate|discussion|vote|consideration)|take full part|not required to leave)\b/i;

export function withdrewIn(text: string): boolean {
  return WITHDREW_RE.test(text.replace(NOT_WITHDREW_RE, ' '));
}

function cleanSubject(s: string): string {
  return s
    .replace(/(?:,\s*|\s+)(?:and\s+)?(?:(?:he|she|they)\s+)?(?:then\s+|subsequently\s+|accordingly\s+)?(?:left|withdrew|took\s+no\s+part|did\s+not\s+(?:take\s+part|participate|vote)|remained|would\s+leave)\b.*$/i, '')
    .replace(/^(?:he|she|they|the councillor|the member)\s+(?:was|were|is|are|had been|has been)\s+/i, '')
    .replace(/^(?:being\s+)?(?:an?|the)\s+(?=interest\b)/i, '')
    .replace(/[.;,\s]+$/, '')
    .replace(/^[\s,;:–—-]+/, '')
    .trim();
}

function subjectOf(rest: string): string {
  // rest: text after "declared"
  const afterInterest = rest
    .replace(/^\s*(?:an?\s+|the\s+following\s+)?(?:[\w-]+\s+){0,4}?interests?\b/i, '')
    // "… and said that he would leave the room for this item": what the member then did, not the interest.
    .replace(/,?\s+and\s+(?:said|stated|confirmed|indicated|advised)\s+that\s+(?:he|she|they)\s+would\b.*$/i, '')
    .trim();
  // "… interest and left the meeting when the item was voted upon" (the interest itself cut off in the copy): what the
  // member did is not the interest; nothing stated is said as nothing.
  if (/^,?\s*and\s+(?:left|withdrew|took\s+no\s+part|did\s+not\s+(?:take\s+part|vote))\b/i.test(afterInterest) && !/[–—“"]/.test(afterInterest)) return '';
  // "… interest and left the meeting when the item was voted upon – “My husband is in receipt of a Miner’s Pension”": the
  // member's own words, quoted after a dash, are the interest.
  const quoted = /(?:[–—]|(?:^|\s)-)\s*[“"]([^”"]{5,300})[”"]/.exec(afterInterest);
  if (quoted?.[1]) return cleanSubject(quoted[1]);
  const cause = CAUSE_RE.exec(afterInterest);
  if (cause && cause[1] && !/^(?:item|minute)\b/i.test(cause[1])) return cleanSubject(cause[1]);
  const about = ABOUT_RE.exec(afterInterest);
  if (about && about[1]) {
    const a = about[1];
    const ref = ITEM_REF_RE.exec(a);
    if (!ref || ref.index > 0) return cleanSubject(a);
    const after = a.slice(ref.index + ref[0].length).replace(/^[\s,–—-]+/, '');
    if (after) return cleanSubject(after.replace(/^\((.*)\)$/, '$1'));
  }
  const inIt = /^in\s+(.{3,})$/i.exec(afterInterest);
  if (inIt && inIt[1]) {
    // "in Minute 7 “Council Tax Reduction Scheme”": the item's title is the subject.
    const titled = TITLED_ITEM_REF_RE.exec(inIt[1]);
    return cleanSubject(titled?.[2] ?? inIt[1]);
  }
  // "declared a personal and prejudicial interest" and nothing more: no subject, rather than the interest's kind again.
  return afterInterest ? cleanSubject(afterInterest) : /^\s*(?:an?\s+)?(?:[\w-]+\s+){0,4}?interests?\s*[.,;]?\s*$/i.test(rest) ? '' : cleanSubject(rest);
}

/** "agenda item four": an item's number in words. */
const WORD_NUMBERS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20' };
const ITEM_IN_WORDS_RE = /\b(items?\s+(?:no\.?\s+)?)(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/gi;

const CODED_MINUTE_AFTER_INTEREST_RE = /\binterests?\s+in\s+(?:minute\s+)?((?:[A-Z]{1,4}\d{1,4}|\d{1,4})\/\d{1,4})(?![/\d])/;
/** "items 20, 21, 22 and 25", "Items 16 & 26": one declaration's list of items. */
const ITEMS_LIST_RE = /\bitems\s+(?:nos?\.?\s+)?(\d{1,4}[a-z]?(?:\s*(?:,|&|and)\s*\d{1,4}[a-z]?)+)\b(?!\s*[-–]\s*\d)/i;

/**
 * "Cllr Justice – items 20, 21, 22 and 25 (non-pecuniary)": a declaration in several items is one for each, as the
 * register of the meeting records them. Only where the declaration's own passage lists them once and names no other
 * member's list.
 */
/** "Items 8 (c) Enforcement Case Knowle House, 10 (a) Parking issues and 10 (d) Christmas Lights scheme": each with its title. */
const TITLED_ITEMS_RE = /\b[Ii]tems\s+(\d{1,4}[a-z]?(?:\s*\([a-z]{1,3}\))?\s+\p{Lu}[^.;]{2,300})/u;
const TITLED_ITEM_NUMBER_RE = /^(\d{1,4}[a-z]?(?:\s*\([a-z]{1,3}\))?)\s+\p{Lu}/u;
function titledItems(passage: string): string[] {
  const list = TITLED_ITEMS_RE.exec(passage)?.[1];
  if (!list) return [];
  const parts = list.split(/,\s+|\s+and\s+(?=\d)/);
  const numbers = parts.map((p) => TITLED_ITEM_NUMBER_RE.exec(p)?.[1]);
  return numbers.length >= 2 && numbers.every((n): n is string => !!n) ? numbers : [];
}

function perListedItem(d: Declaration): Declaration[] {
  const passage = d.passage ?? '';
  const lists = passage.match(new RegExp(ITEMS_LIST_RE.source, 'gi')) ?? [];
  const titled = lists.length === 0 ? titledItems(passage) : [];
  if (titled.length >= 2 && (d.item === null || d.item === titled[0])) return titled.map((item) => ({ ...d, item }));
  if (lists.length !== 1) return [d];
  const numbers = (ITEMS_LIST_RE.exec(passage)?.[1] ?? '').split(/\s*(?:,|&|and)\s*/).filter(Boolean);
  if (numbers.length < 2 || (d.item !== null && d.item !== numbers[0])) return [d];
  return numbers.map((item) => ({ ...d, item }));
}

export function itemOf(given: string): string | null {
  const rest = /\bitems?\s+(?:no\.?\s+)?[a-z]/i.test(given) ? given.replace(ITEM_IN_WORDS_RE, (_m, lead: string, word: string) => `${lead}${WORD_NUMBERS[word.toLowerCase()] ?? word}`) : given;
  const quoted = QUOTED_ITEM_RE.exec(rest);
  const ref = ITEM_REF_RE.exec(rest);
  if (quoted && quoted[1] && (!ref || quoted.index < ref.index)) return quoted[1].trim();
  if (ref && ref[1]) return ref[1].replace(/\.$/, '');
  // ("declared a personal interest in C24/022 as a member of …": a coded minute number after "interest in", the word
  // "item" left out; not a planning application's reference, "23/00145/FUL".)
  const coded = CODED_MINUTE_AFTER_INTEREST_RE.exec(rest);
  if (coded?.[1]) return coded[1];
  const named = NAMED_ITEMS_RE.exec(rest);
  // ("… an interest in the following item": the item the minute is under, not a title.)
  if (named && named[1] && !/^(?:this|that|any|all|the|an?|no|following|next|above|below|these|those)\s+(?:item|report|matter)s?$/i.test(named[1])) return named[1].trim();
  return null;
}

/** A member list printed before "declared": names, never a clause ("Members of the Committee", "it was noted"). */
function membersOf(raw: string): string[] {
  // "Bell, Blackburn, Cox, Houldsworthand Mrs Greenhalgh": a comma list's last "and" that lost its space, before a title.
  const list = raw
    .replace(/^(?:the\s+following\s+)/i, '')
    // "Councillors A; B; C & D being members of the Historical Society": why they declare follows the last name.
    .replace(/\s+(?:being|who\s+(?:are|were|is|was))\s+(?:all\s+)?(?:members?|trustees?|governors?|directors?|employees?|residents?)\b.*$/i, '')
    .replace(/\s+(?:of\s+the\s+\w+\s+)?(?:Council|Committee)$/i, '')
    .replace(/(?<=,\s*\p{Lu}\p{Ll}{3,})and\s+(?=(?:Mrs|Mr|Ms|Miss|Dr|Cllr|Councillor)\b)/u, ' and ')
    // "Councillors D. Jones H. Trollope, M. Turner and B. Willis": a comma lost between two members in initials.
    .replace(/(?<=(?:^|[\s,])\p{Lu}\.\s?(?:\p{Lu}\.\s?)?(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)\s+(?=\p{Lu}\.\s?(?:\p{Lu}\.\s?)?(?:Mc|Mac|O['’])?\p{Lu}\p{Ll})/gu, ', ');
  const names = splitNameList(list).filter((n) => !/\b(?:who|which|that|was|were|had|has|is|are)\b/.test(n));
  if (raw.length <= LONG_LIST) return names;
  // A long run before "declared" is a list only when every part of it is a short name, never a clause.
  const parts = list.replace(/\([^()]{0,120}\)/g, ' ').split(/\s*[,;]\s*|\s+and\s+|\s+&\s+/).filter((p) => p.trim());
  const nameLike = (n: string) => n.split(' ').length <= 4 && /^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$/.test(n);
  return names.length === parts.length && names.every(nameLike) ? names : [];
}

export interface DeclarationContext {
  /** The meeting date (YYYY-MM-DD), to map the interest regime in force. */
  meetingDate?: string | null;
  /** The item's title ("Declarations of Personal Interests"), for the kind of interest a table leaves out. */
  itemTitle?: string | null;
}

/**
 * "182. To receive declarations of Interests and consideration of any requests for dispensations in accordance with the
 * Localism Act 2011: Cllrs Oakman, Clark … declared …": the item's heading run into its minute on one line, up to its
 * colon, before a member's title. (Not "Declarations of Interest The following interests were declared: Cllr …": a
 * sentence leading its list.)
 */
const HEADING_LEAD_RE = /^(?:\d{1,4}[./]?\s+)?(?:To\s+(?:receive|note|record|consider)\s+)?(?:any\s+)?(?:declarations?|disclosures?)\s+of\s+(?![^:]{0,250}\b(?:were|was|declared|disclosed|made)\b)[^:]{0,250}?:\s+(?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s)/i;
const RUN_IN_NUMBER_RE = /^(?:(?:Declarations?|Disclosures?)\s+of\s+(?:[\w-]+\s+){0,3}?Interests?\s+)?\d{1,3}(?:\.\d{1,3})+\.?\s+(?=[A-Z])/i;

/** A title before a name in a passive sentence's list: a member's title, a courtesy title or a rank (lay members). */
const LIST_TITLE = `(?:${MEMBER_PREFIX}|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Colonel|Lieutenant\\s+Colonel|Major|Captain|Brigadier|Commander)`;
const LIST_NAME = "(?:Mc|Mac|O['’])?[A-Z][A-Za-z'’-]*\\.?(?:\\s+(?:Mc|Mac|O['’])?[A-Z][A-Za-z'’-]*\\.?){0,3}";
/** A titled name or list of names: "Cllrs. Grove and Roberts", "Colonel Tony Ward", "Councillor A and Mr B". */
const TITLED_GROUP_RE = new RegExp(`${LIST_TITLE}\\.?\\s+${LIST_NAME}(?:\\s*(?:,|\\band\\b|&)\\s*(?:${LIST_TITLE}\\.?\\s+)?${LIST_NAME}(?![a-z]))*`, 'g');
/** "Declarations of interest were made by …", "An interest was declared by …": the declaration named first, the members after "by". */
const PASSIVE_RE = /^(?:(?:An?|The|Further|Other)\s+)?(?:(?:personal|prejudicial|pecuniary|disclosable|non-pecuniary|other|registrable|non-registrable|financial|non-financial|and|significant|professional|business|family|political|private|sensitive)\s+){0,4}(?:declarations?|interests?|disclosures?)\b(?:\s+of\s+(?:[\w-]+\s+){0,3}?interests?)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:made|declared|disclosed|received|expressed|registered|recorded|given|raised)\s+by\s+(.{3,1400})$/i;

/**
 * The passive form: "Declarations of interest were made by Cllrs. Grove and Roberts who both received police
 * pensions and Colonel Tony Ward who was a member of the Ethics Committee". Each titled group of names keeps
 * the clause after it (its item, whether it withdrew); the list must start with a titled name.
 */
function passiveDeclarations(given: string, date: string | null, fallback: string | null): Declaration[] {
  // "There were 2 declarations by Cllr J Hopkins in respect of: …": the same, counted.
  const sentence = given.replace(/^There\s+(?:were|was)\s+(?:(?:\d{1,2}|one|two|three|four|five|several|two\s+further)\s+)?(declarations?|interests?)\s+(?:of\s+interests?\s+)?(?:(?:made|declared)\s+)?by\s+/i, (_m, noun: string) => `${noun} were made by `);
  const m = PASSIVE_RE.exec(sentence);
  if (!m || !m[1]) return [];
  const list = m[1];
  const head = sentence.slice(0, sentence.length - list.length);
  const groups = [...list.matchAll(TITLED_GROUP_RE)];
  if (groups.length === 0 || groups[0]?.index !== 0) return untitledPassive(list, head, sentence, date, fallback);
  const out: Declaration[] = [];
  groups.forEach((g, k) => {
    const end = (g.index ?? 0) + g[0].length;
    const clause = list
      .slice(end, groups[k + 1]?.index ?? list.length)
      .replace(/(?:,\s*|\s+)(?:and|&)\s*$/i, '')
      .replace(/^[\s.;,]+$/, '')
      .trim();
    // Between two groups only a clause ("who …", "in respect of …") or a joining word: never an unread name.
    if (clause && !/^(?:[,;]\s*)?[a-z(–—-]/.test(clause)) return;
    const names = splitNameList(g[0]).filter((n) => !/\b(?:who|which|that|was|were|had|has|is|are)\b/.test(n));
    const subject = cleanSubject(clause.replace(/^[,;]?\s*(?:who|as|because|since)\s+(?:both\s+|each\s+|all\s+)?(?:(?:was|were|is|are)\s+)?/i, '').replace(/^[,;–—-]\s*/, ''));
    // (The passage is the sentence as printed, not as rewritten for reading.)
    for (const member of names) out.push({ member, item: itemOf(clause) ?? itemOf(head) ?? fallback, subject, nature: interestNature(`${head} ${clause}`, date), withdrew: withdrewIn(clause), passage: passageOf(given) });
  });
  return out;
}

/** "Val Harte, personally known to …": a member named in full without a title, then a clause in lower case. */
const UNTITLED_ENTRY_RE = /(?:^|,\s*(?:and\s+)?|\s+and\s+)((?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+),\s+(?=\p{Ll})/gu;

/**
 * "… were expressed by Val Harte, personally known to applicant of 2020/1325/LBA, and Brian Farrow, personally known to
 * applicant of same": members named in full without titles, each followed by why. Every part of the list must be such
 * an entry (the first at its start), or nothing is read.
 */
function untitledPassive(list: string, head: string, sentence: string, date: string | null, fallback: string | null): Declaration[] {
  const entries = [...list.matchAll(UNTITLED_ENTRY_RE)];
  if (entries.length === 0 || entries[0]?.index !== 0) return [];
  const out: Declaration[] = [];
  for (const [k, e] of entries.entries()) {
    const member = e[1] ?? '';
    if (isOrganisation(member)) return [];
    const clause = list.slice((e.index ?? 0) + e[0].length, entries[k + 1]?.index ?? list.length).replace(/[.;]$/, '').trim();
    if (!clause || /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,/u.test(clause)) return [];
    out.push({ member, item: itemOf(clause) ?? itemOf(head) ?? fallback, subject: cleanSubject(clause), nature: interestNature(`${head} ${clause}`, date), withdrew: withdrewIn(clause), passage: passageOf(sentence) });
  }
  return out;
}

/** "The following Members declared a personal interest in item 11:" (Welsh "Datganodd yr Aelodau canlynol …:") with the names in the next paragraph. */
const FOLLOWING_LEAD_RE = new RegExp(
  `^(?:(?:The\\s+following\\s+(?:Members|Councillors)(?:\\s+of\\s+the\\s+\\w+)?)\\s+${ADVERB}(?:declared|disclosed|(?:made|recorded)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?declarations?\\s+of\\s+interests?)\\b|(?:Datganodd|Gwnaeth)\\s+yr\\s+Aelodau\\s+canlynol\\b)(.{3,400}):$`,
  'i',
);
const NAMES_START_RE = new RegExp(`^(?:${MEMBER_PREFIX}|Mr|Mrs|Ms|Miss|Dr)\\b`);
/** "• Prue Bray as a Director of …", "Cllr A Smith – a member of the club": a member, then their interest. */
const MEMBER_ENTRY_RE = /^(?:[•·*]\s*)?((?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?((?:\p{Lu}\.?\s+){0,2}\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s+(?:as\s+(?:an?\s+|the\s+)|[–—-]\s+|because\s+)(\S.{2,300})$/u;

function followingListDeclarations(paragraphs: readonly string[], date: string | null, fallback: string | null): Declaration[] {
  const out: Declaration[] = [];
  paragraphs.forEach((p, i) => {
    const lead = FOLLOWING_LEAD_RE.exec(p.trim());
    if (!lead || !lead[1]) return;
    // The names: the next paragraphs up to the one that ends the sentence (a list broken over lines), at most four.
    const parts: string[] = [];
    for (let k = i + 1; k < Math.min(paragraphs.length, i + 5); k++) {
      const t = (paragraphs[k] ?? '').trim();
      if (!t) continue;
      parts.push(t);
      if (/[.]$/.test(t) || !/,$/.test(t)) break;
    }
    const list = parts.join(' ');
    // "· Prue Bray as a Director of Berry Brook Homes." / "· Stephen Conway as a Trustee of …": one member an entry, each
    // with what their interest is.
    const entries: RegExpExecArray[] = [];
    for (let k = i + 1; k < Math.min(paragraphs.length, i + 30); k++) {
      const t = (paragraphs[k] ?? '').trim();
      if (!t) continue;
      const e = MEMBER_ENTRY_RE.exec(t);
      if (!e) break;
      entries.push(e);
    }
    if (entries.length > 0) {
      for (const e of entries) {
        const member = `${e[1] ?? ''}${e[2] ?? ''}`.trim();
        const what = (e[3] ?? '').trim();
        out.push({ member, item: itemOf(what) ?? itemOf(lead[1]) ?? fallback, subject: what.replace(/\s*\.$/, ''), nature: interestNature(`${p} ${what}`, date), withdrew: withdrewIn(what), passage: passageOf(`${p} ${e[0]}`) });
      }
      return;
    }
    // "Councillor" over "Committee" / "Minute" / "Interest": a table's header cells, not a list of names.
    if (!NAMES_START_RE.test(list) || list.length > 1400 || MEMBER_HEAD_RE.test(list.trim())) return;
    const names = splitNameList(list);
    const pieces = list.replace(/\.$/, '').split(/\s*[,;]\s*|\s+and\s+|\s+&\s+|\s+a\s+(?=[A-Z])/).filter((x) => x.trim());
    // Names only: every piece is a short capitalised name, else it is prose and nothing is read.
    if (names.length === 0 || names.length !== pieces.length || !names.every((n) => n.split(' ').length <= 4 && /^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$/.test(n))) return;
    const rest = lead[1];
    const item = itemOf(rest) ?? fallback;
    for (const member of names) out.push({ member, item, subject: subjectOf(rest), nature: interestNature(p, date), withdrew: withdrewIn(rest), passage: passageOf(`${p} ${list}`) });
  });
  return out;
}

/**
 * "The following declarations of interest were made in respect of Item 11: Local Government Reorganisation Update." over
 * a paragraph a member: "Councillor Gaunt declared a non-pecuniary interest as …", "Councillor Parekh as an employee of
 * …". The item is the lead's; a member's paragraph without a verb is read here (one with "declared" by the sentences).
 */
const MADE_IN_RESPECT_RE = /^The\s+following\s+(?:declarations?\s+of\s+interests?|interests?)\s+(?:were|was)\s+(?:made|declared|disclosed|received)\s+(?:in\s+respect\s+of|in\s+relation\s+to|on|for)\s+(.{3,300}?)[.:]?$/i;
const MEMBER_START_RE = new RegExp(`^${MEMBER_PREFIX}\\s`);
const BARE_ENTRY_RE = new RegExp(`^${MEMBER_PREFIX}\\s+((?:[A-Z]\\.?\\s+){0,3}[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?),?\\s+(?:as|being)\\s+(\\S.{3,300}?)\\.?$`);

function madeInRespectOf(paragraphs: readonly string[], date: string | null): { item: string | null; paragraphs: string[]; entries: Declaration[] } | null {
  for (let i = 0; i < paragraphs.length; i++) {
    const lead = MADE_IN_RESPECT_RE.exec((paragraphs[i] ?? '').trim());
    if (!lead?.[1]) continue;
    const item = itemOf(lead[1]);
    const under: string[] = [];
    const entries: Declaration[] = [];
    for (let k = i + 1; k < Math.min(paragraphs.length, i + 31); k++) {
      const t = (paragraphs[k] ?? '').trim();
      if (!t) continue;
      if (!MEMBER_START_RE.test(t)) break;
      under.push(t);
      const bare = /\bdeclar|disclos/i.test(t) ? null : BARE_ENTRY_RE.exec(t);
      if (bare?.[1] && bare[2]) entries.push({ member: bare[1], item, subject: cleanSubject(bare[2]), nature: interestNature(t, date), withdrew: withdrewIn(t), passage: passageOf(t) });
    }
    return under.length > 0 ? { item, paragraphs: under, entries } : null;
  }
  return null;
}

/** A declarations heading run into a paragraph of other text ("… Apology • Cllr X. Declarations of Interest • Cllr Y – Item 4."). */
const RUN_IN_HEADING_RE = /(?:^|[.:]\s+)(?:Declarations?|Disclosures?)\s+of\s+(?:[\w-]+\s+){0,3}?Interests?\s*:?$/i;

/** The lines under a declarations heading inside another item: read while each is a declaration line, at most 30. */
const LABELLED_ENTRIES_RE = /^Declarations?\s+of\s+(?:Members['’]?\s+)?Interests?\s*:-?\s*((?:Cllrs?|Councillors?|Coun)\.?\s+\p{Lu}.{2,300})$/iu;

function underHeadingDeclarations(paragraphs: readonly string[], date: string | null): Declaration[] {
  const out: Declaration[] = [];
  paragraphs.forEach((p, i) => {
    if (p.length > 2000 || !RUN_IN_HEADING_RE.test(p.trim())) return;
    for (let k = i + 1; k < Math.min(paragraphs.length, i + 31); k++) {
      const found = lineDeclarations([paragraphs[k] ?? ''], date);
      if (found.length === 0) break;
      out.push(...found);
    }
  });
  return out;
}

/** A sentence and the item an earlier item-only sentence of its paragraph named ("• Agenda Item 12. Cllr X declared …"). */
interface Sentence {
  text: string;
  lead: string | null;
}

/**
 * "… and Councillor B declared …", or with nothing between ("… minute no.19 (i) The Youth Centre Cllr Donna Cushing also
 * declared …", a page that lost its full stops): where the next member's declaration starts.
 */
// "… a personal and prejudicial interest and Councillors Anderson, Chance and Field declared a personal interest …": a
// group of members as well as one.
const JOINED_DECLARATION_RE = /(?<=\S)\s+(and\s+)?(?=(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Bailie|Provost|Alderman)\s+(?:\p{Lu}[\p{L}'’.-]*(?:,\s*|\s+(?:and|&)\s+|\s+)){0,12}?\p{Lu}[\p{L}'’-]+\s+(?:also\s+|similarly\s+)?(?:declared|disclosed)\b)/gu;

/** Two declarations joined by "and" or run together; "Mr I Rowat and Mr E Evans declared …" (one declaration by two members) stays whole. */
function splitJoinedDeclarations(sentence: string): string[] {
  const out: string[] = [];
  let from = 0;
  let joiner = '';
  const push = (piece: string, before: string) => {
    const last = out.length - 1;
    if (last >= 0 && !/declar|disclos/i.test(out[last] ?? '')) out[last] = `${out[last]}${before}${piece}`;
    else out.push(piece);
  };
  for (const m of sentence.length < 5000 ? sentence.matchAll(JOINED_DECLARATION_RE) : []) {
    push(sentence.slice(from, m.index), joiner);
    joiner = m[1] ? ' and ' : ' ';
    from = m.index + m[0].length;
  }
  push(sentence.slice(from), joiner);
  return out;
}

const ITEM_PREFIX_RE = /^(?:Agenda\s+)?Item\s+(?:No\.?\s*)?(\d{1,3}[a-z]?(?:\.\d{1,2})?)\s*(?:\([^()]{0,160}\)?)?\s*[–—:-]?\s*(?=(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Provost|Depute\s+Provost|Bailie|Baillie)\s)/i;

function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    let lead: string | null = null;
    // "Councillor A declared a non-financial interest in Item 8, the … Report and Councillor B declared a …": two
    // declarations joined by "and" are two sentences.
    // "A declared a prejudicial interest and B declared a personal interest in Item 6": the item named at the end of a
    // joined sentence is the earlier declaration's too, when it names none.
    const pieces = splitSentences(p).flatMap((sentence) => {
      const parts = splitJoinedDeclarations(sentence);
      const shared = parts.length > 1 ? itemOf(parts[parts.length - 1] ?? '') : null;
      return parts.map((text, k) => ({ text, shared: k < parts.length - 1 && shared && !ITEM_REF_RE.test(text) ? shared : null }));
    });
    for (const { text: raw, shared } of pieces) {
      // A flattened page runs the heading and the paragraph number into the sentence: "Declarations of Interest 2.1 Mr X declared …".
      // "[During minute 275 Cllr X also declared …]": a note in square brackets under a table.
      const text = raw.replace(/^(?:\(\d{1,3}\)|\([a-z]\))\s+/, '').replace(RUN_IN_NUMBER_RE, '').replace(/^\[(.{10,})\]$/, '$1').replace(HEADING_LEAD_RE, '');
      const only = ITEM_ONLY_RE.exec(text);
      if (only?.[1]) {
        lead = only[1].replace(/\.$/, '');
        continue;
      }
      // "Agenda Item 9 (Notice of Motion - Education) – Councillor Findlay declared …": the item, then the declaration.
      const prefixed = ITEM_PREFIX_RE.exec(text);
      if (prefixed?.[1]) {
        out.push({ text: text.slice(prefixed[0].length), lead: prefixed[1] });
        continue;
      }
      out.push({ text, lead: lead ?? shared });
    }
  }
  return out;
}

/** The member list and what follows "declared", whichever sentence form it is; `before` is the text ahead of the member. */
/** "PERSONAL – Councillors …": a word in capitals labelling the declaration that follows. */
const CAPS_LABEL_LEAD_RE = /^\p{Lu}{4,}(?:\s+\p{Lu}{2,}){0,3}\s*[–—:-]\s+(?=\p{Lu})/u;
/** "D Armiger, S Brown and S Wormald declared …": members by initials and surname, without a title. */
const INITIALS_LIST_DECL_RE = new RegExp(
  `^((?:[A-Z]\\.?\\s+){1,3}[A-Z][\\w'’-]+(?:\\s*(?:,|\\band\\b|&)\\s*(?:[A-Z]\\.?\\s+){1,3}[A-Z][\\w'’-]+)+)\\s+${ADVERB}${VERB}\\b(.*)$`,
);

// ("MH, SH and LH declared an interest in item 9c": several, each by their initials.)
const INITIALS_DECL_RE = new RegExp(`^(\\p{Lu}{2,3}(?:\\s*(?:,|\\band\\b|&)\\s*\\p{Lu}{2,3})*)\\s+${ADVERB}(?:declared|declares)\\b(.*)$`, 'u');

const APPOSITIVE_POST_RE =
  /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?:the\s+)?(?:Treasurer|Clerk|Chief|Head|Director|Secretary|Manager|Solicitor|Monitoring|Principal|Finance|Legal|Deputy|Assistant|Independent|Co-opted|(?:[\p{L}-]+\s+){0,2}Officer)\b[^,;()]{0,80},\s+(?=(?:also\s+)?(?:declared|declares)\b)/u;

function declarationMatch(given: string): { members: string[]; rest: string; before: string } | null {
  // "(N.B. Councillors Polhill and Wharton declared …)": a note in brackets is a sentence like any other.
  const sentence = given
    .replace(/^\(\s*(?:N\.?\s?B\.?|Note)\s*[:.,–-]?\s*/i, '')
    .replace(CAPS_LABEL_LEAD_RE, '')
    // "Peter Hurford, Treasurer to the Fire and Rescue Authority, declared …": the member's post between commas.
    .replace(APPOSITIVE_POST_RE, '$1 ');
  const trailing = TRAILING_LIST_RE.exec(sentence);
  if (trailing) return { members: membersOf(trailing[2] ?? ''), rest: trailing[1] ?? '', before: '' };
  const dm = (/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s/.test(sentence) ? HONORIFIC_DECL_RE.exec(sentence) : null) ?? DECL_RE.exec(sentence) ?? HONORIFIC_DECL_RE.exec(sentence);
  // What comes before the members ("In respect of Item 7 Councillors …") may name the item.
  if (dm?.[1]) return { members: membersOf(dm[1]), rest: dm[2] ?? '', before: sentence.slice(0, Math.max(dm.index, sentence.indexOf(dm[1], dm.index))) };
  const office = OFFICE_RE.exec(sentence);
  if (office?.[1]) return { members: office[1].replace(/\s+/g, ' ').split(/\s+and\s+(?:the\s+)?/i), rest: office[2] ?? '', before: sentence.slice(0, office.index) };
  const bare = BARE_NAME_DECL_RE.exec(sentence);
  if (bare?.[1] && personLike(bare[1]) && !isOrganisation(bare[1])) return { members: [bare[1]], rest: bare[2] ?? '', before: '' };
  const group = BARE_NAMES_DECL_RE.exec(sentence);
  const names = group?.[1]?.split(/\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/).filter(Boolean) ?? [];
  if (group && names.length >= 2 && names.every((n) => personLike(n) && !isOrganisation(n) && isGivenName(n.split(/\s+/)[0] ?? ''))) return { members: names, rest: group[2] ?? '', before: '' };
  const initialled = INITIALS_LIST_DECL_RE.exec(sentence);
  if (initialled?.[1]) return { members: membersOf(initialled[1]), rest: initialled[2] ?? '', before: '' };
  // "JL declared her interest as she is connected to …": a member by the initials the minutes use for them (their name is
  // given in full from the attendance when it lists those initials). Only before a declaration of an interest.
  const byInitials = INITIALS_DECL_RE.exec(sentence);
  if (byInitials?.[1] && /\binterest/i.test(byInitials[2] ?? '')) return { members: byInitials[1].split(/\s*(?:,|\band\b|&)\s*/).filter((m) => m && !/^(?:ALL|NONE|NIL|AND)$/.test(m)), rest: byInitials[2] ?? '', before: '' };
  return null;
}

/**
 * "Member Minute Subject Nature of Interest Number Councillor Mrs 308 Public questions Councillor Mrs McGraw declared an
 * McGraw interest in minute number 308 …": a declarations table copied without its cell breaks, the cells before the
 * sentence; read from the member on. Only under a declarations heading, where no sentence tells of another meeting.
 */
function afterTableCells(sentence: string): ReturnType<typeof declarationMatch> {
  JOINED_DECLARATION_RE.lastIndex = 0;
  const inner = sentence.length < 5000 ? [...sentence.matchAll(JOINED_DECLARATION_RE)][0] : undefined;
  if (inner?.index === undefined || inner.index === 0 || /\b(?:that|said|reminded|noted|reported|recalled)\b/i.test(sentence.slice(0, inner.index))) return null;
  const found = declarationMatch(sentence.slice(inner.index + inner[0].length));
  return found ? { ...found, before: `${sentence.slice(0, inner.index)} ${found.before}` } : null;
}

const DASH_ENTRY_START_RE = /(?<=\S\s+)(?:Cllrs?|Councillors?)\.?\s+(?:(?:\p{Lu}[\p{L}'’-]*\.?|and|&)(?:\s+|,\s*)){0,6}?\p{Lu}[\p{L}'’-]+\s[–—]\s(?=\p{L})/gu;

const PASSIVE_RUN_ON_RE = /([^\s.;])\s+(?=(?:An?\s+[a-z-]+\s+|[A-Z][a-z-]+\s+)[Ii]nterests?\s+(?:was|were)\s+declared\s+by\b)/g;

const TABLE_ROW_RE =
  /^[ \t]*((?:Councillors?|Cllrs?\.?|COUNCILLOR|CLLR)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}?\p{Lu}[\p{L}'’-]+)\s+((?:[Dd]isclosable\s+)?(?:[Nn]on-?\s?[Pp]ecuniary|[Pp]ecuniary|[Pp]ersonal(?:\s+and\s+[Pp]rejudicial)?|[Pp]rejudicial|[Oo]ther\s+[Rr]egist(?:e)?rable|[Nn]on-[Rr]egist(?:e)?rable)\s+[Ii]nterests?)\s+(\S.*)$/gmu;
const NOTE_FORM_PASSIVE_RE = /(^|[.:;]\s+|\n\s*)((?:\p{Lu}[\p{L}-]*\s+)(?:[\p{L}-]+\s+){0,2}interests?)\s+declared\s+by\b/gmu;
// (ModernGov's "Minutes:" label may stand before the bracket on its line.)
const BRACKETED_SENTENCE_RE = /(^[ \t]*|\bMinutes:[ \t]*)\(((?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s[^\n]*?[.;]?)\)[ \t]*$/gm;

const PARAGRAPH_THAT_RE = /^(?:\d{1,4}(?:\.\d{1,3})+\s+)?that\s+(?=[^.\n]{3,80}?\b(?:declared|disclosed)\b)/gim;

/** Declarations in one item's minutes. `itemNumber` is used when the sentence names no item and the item is not the declarations item itself. */
/**
 * "Statement from Cllr Payne" / "As a result of a query if I had an interest …, the monitoring officer … supported my view
 * that I do not have an interest": a member saying they have none declares nothing; and "Payne As", a name ending in a
 * sentence's first word, is no member.
 */
export const NO_INTEREST_RE = /\b(?:(?:do|does|did)\s+not\s+have|had\s+no|has\s+no|have\s+no)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?interests?\b|\bdid\s+not\s+constitute\s+(?:an?\s+)?(?:conflict|interest)\b/i;
const NAME_ENDS_IN_WORD_RE = /\s(?:As|The|In|On|At|For|To|And|If|It|This|That|With|By)$/;
export function findDeclarations(given: string, itemNumber: string | null, isDeclarationsItem: boolean, ctx: DeclarationContext = {}): Declaration[] {
  return declarationsIn(given, itemNumber, isDeclarationsItem, ctx).filter((d) => !NAME_ENDS_IN_WORD_RE.test(d.member) && !NO_INTEREST_RE.test(d.subject));
}

function declarationsIn(given: string, itemNumber: string | null, isDeclarationsItem: boolean, ctx: DeclarationContext = {}): Declaration[] {
  // "Councillors Bell and Cox declaredpersonal interests": a PDF's copy lost the space after the verb.
  // ("Cllr Bolchover decared an interest": the verb mistyped, as hand-typed minutes often have it.)
  const typo = /\b(?:decared|delcared|decalred|declaired|declard|delared)\b/i.test(given) ? given.replace(/\b(?:decared|delcared|decalred|declaired|declard|delared)\b/gi, 'declared') : given;
  // ("… ITEMS ON THE AGENDA:Cllr Bush and Cllr Worboys declared …", "… as payee andCllr Hart …": the space before a member's
  // title lost in the copy.)
  // ("Mrs.Bignell, Mr.Higgins and Mr.Kendall declared …": the space after the style's full stop lost.)
  const styled = /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.\p{Lu}\p{Ll}/u.test(typo) ? typo.replace(/\b(Mr|Mrs|Ms|Miss|Dr|Cllr)\.(?=\p{Lu}\p{Ll})/gu, '$1. ') : typo;
  const typed = /(?:[:;]|\p{Ll})(?=(?:Cllrs?|Councillors?)\b)/u.test(styled) ? styled.replace(/([:;]|\p{Ll})(?=(?:Cllrs?|Councillors?)\b)/gu, '$1 ') : styled;
  const spaced0 = /declared(?:personal|prejudicial|pecuniary|disclosable|non-|other|interest|an\s)/i.test(typed) ? typed.replace(/(declared)(?=personal|prejudicial|pecuniary|disclosable|non-|other|interest|an\s)/gi, '$1 ') : typed;
  // "Councillors W. Waters and Mrs. E.M. Paylor, however, indicated that they would be declaring an interest in item 7":
  // said at the meeting, a declaration all the same.
  const spaced = /\bindicated\b/i.test(spaced0) ? spaced0.replace(/,\s*however,\s*(?=indicated\b)/gi, ' ').replace(/\bindicated\s+(?:that\s+)?(?:he|she|they)\s+(?:would\s+be\s+declaring|would\s+declare|wished\s+to\s+declare)\b/gi, 'declared') : spaced0;
  // "Cllr Whittingham – Planning item Cllrs Carroll and Roberts – THT Cllr Houghton – Public Hall": a declarations item's
  // list, one member (or two) and what they declared in, run into one line; each entry is a line of its own.
  // "Personal interests declared by Cllr Kilby and Cllr Abbey in respect of …": a sentence in note form, read as the
  // passive one it stands for.
  const noted = /interests?\s+declared\s+by\b/i.test(spaced) ? spaced.replace(NOTE_FORM_PASSIVE_RE, '$1$2 were declared by') : spaced;
  // "Councillor Howell Non-pecuniary interest 12. a) Schedule of Accounts": a table's row (member, kind, minute, subject)
  // copied as a line, read as the sentence it records.
  const rows = isDeclarationsItem && TABLE_ROW_RE.test(noted) ? noted.replace(TABLE_ROW_RE, (_m, who: string, kind: string, rest: string) => `${who} declared a ${kind} in ${/^\d/.test(rest) ? 'item ' : ''}${rest}`) : noted;
  const dashEntries = isDeclarationsItem ? rows.match(DASH_ENTRY_START_RE) : null;
  const listed = dashEntries && dashEntries.length >= 2 ? rows.replace(DASH_ENTRY_START_RE, '\n$&').trim() : rows;
  // "… by Cllr. Wilkes in Planning Application 16/1190/PA A professional interest was declared by Cllr. Siggins in …": the
  // passive sentences run together without their full stops (or after the item's own words and a colon); each starts a
  // paragraph of its own.
  const passive = /interests?\s+(?:was|were)\s+declared\s+by\b/i.test(listed) ? listed.replace(PASSIVE_RUN_ON_RE, '$1\n') : listed;
  // "(Councillor Ann Bell made a personal declaration of interest in respect of Agenda Item 7 (Budget) as …)": a
  // declaration the minutes set in brackets, one a paragraph, is read as the sentence inside them.
  const bracketed = passive.includes('(') ? passive.replace(BRACKETED_SENTENCE_RE, '$1$2') : passive;
  // "1887.1 that Professor Dame Janet Finch declared an interest …": a minute written as a resolution's paragraph, its
  // number and "that" before the member.
  const unthat = /^(?:\d{1,4}(?:\.\d{1,3})+\s+)?that\s/im.test(bracketed) ? bracketed.replace(PARAGRAPH_THAT_RE, '') : bracketed;
  // "Cllr White declared an interest with regards to A; Cllr Woodroof with regards to B; …": one verb for every member.
  const text = expandGappedDeclarations(unthat);
  const date = ctx.meetingDate ?? null;
  const out: Declaration[] = [];
  // ModernGov's own record ("Min 46 …" / "Cllr N Hookway, Affects Non-registerable Interest: …") read whole, before any
  // reader takes its lines for sentences.
  if (isDeclarationsItem) {
    const recorded = modernGovInterestLines(given, date);
    if (recorded.length > 0) return recorded;
  }
  if (!isDeclarationsItem && !/declar|disclos|ddatganiad|datganodd/i.test(text) && !RECORDED_INTEREST_RE.test(text)) return out;
  const fallbackItem = isDeclarationsItem ? null : itemNumber;
  // One paragraph at a time (a bullet run into a line is a paragraph of its own): a list "(1) Councillor X declared …" keeps its entries apart.
  const paragraphs = text
    .split('\n')
    .flatMap((p) => p.split(/\s+•\s+/))
    // "2.2 Councillors …" (a paragraph number) goes; "8.1 – Title" (a table's minute cell) stays.
    // ("106/19/01 Mr K Banks declared …", "2 Declarations of Interest were expressed by …": a coded or bare paragraph number.)
    // ("19.04.02 Noted: Cllr Wilson declared …": what the minute records, labelled before its sentence.)
    .map((p) => p.replace(/^((?:\d{1,3}(?:\.\d{1,3})+\.?\s+)?)(?:Noted|NOTED|Recorded|RECORDED)\s*:\s+(?=(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s)/u, '$1'))
    .map((p) => p.replace(/^•\s*/, '').replace(/^(?:\(\d{1,3}\)|\d{1,3}(?:\.\d{1,3})+\.?(?=\s+(?![–—-])\S)|\d{1,3}[.)]|\([a-z]\)|[a-z]\)|\d{1,4}\/\d{2}\/\d{1,3}(?=\s+\p{Lu})|\d{1,3}(?=\s+(?:Declarations?|Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s))\s+/u, ''));
  const welsh = welshDeclarations(paragraphs, date);
  out.push(...welsh.map((d) => ({ ...d, item: d.item ?? fallbackItem })));
  out.push(...followingListDeclarations(paragraphs, date, fallbackItem));
  if (!isDeclarationsItem) out.push(...underHeadingDeclarations(paragraphs, date).map((d) => ({ ...d, item: d.item ?? fallbackItem })));
  // "Declarations of Interest:- Cllr Swinglehurst (parish field).": the heading and its entries on one line, inside
  // another item (a page whose headings were not set apart); entries as a declarations item's would be read.
  if (!isDeclarationsItem) {
    for (const p of paragraphs) {
      const rest = LABELLED_ENTRIES_RE.exec(p.trim())?.[1];
      if (rest) out.push(...memberColonEntries([rest], date));
    }
  }
  out.push(...namesOnlyDeclarations(paragraphs, date).map((d) => ({ ...d, item: d.item ?? fallbackItem })));
  const inRespect = madeInRespectOf(paragraphs, date);
  if (inRespect) out.push(...inRespect.entries);
  if (isDeclarationsItem) {
    out.push(...lineDeclarations(paragraphs, date));
    out.push(...flattenedTableDeclarations(paragraphs, date, ctx.itemTitle ?? null));
    out.push(...slashTableDeclarations(paragraphs, date));
    out.push(...nameItemsNatureLines(paragraphs, date));
    out.push(...natureLabelledLines(paragraphs, date));
    out.push(...memberColonEntries(paragraphs, date));
    out.push(...memberItemRows(paragraphs, date).map((d) => ({ ...d, withdrew: withdrewIn(d.passage ?? '') })));
  }
  const sentences = sentencesOf(paragraphs);
  // "There were no declarations of Members' interests. Councillor X indicated that he had signed the petition.": the
  // minutes say the statements after it are not declarations.
  const saysNone = isDeclarationsItem && NONE_DECLARED_RE.test(text);
  // "declarations of interest were received from Members, details of which are set out below:- Councillors Goldie,
  // Jones and Wallace by reason of their membership of …" (Scotland): each entry names members and their reason.
  const listedBelow = isDeclarationsItem && LISTED_BELOW_RE.test(text);
  // "… and the Members concerned took no part in the consideration of the matters identified:-": said of every entry.
  const leadIn = listedBelow ? (text.split(/:-|:\s*\n/)[0] ?? '') : '';
  const allWithdrew = listedBelow && LISTED_BELOW_RE.test(leadIn) && WITHDREW_RE.test(leadIn);
  sentences.forEach(({ text: sentence, lead }, i) => {
    if (sentence.length > 1500) return;
    // "Similarly Councillor McKinlay declared an interest as …": the same item as the declaration before it.
    const similarly = /^(?:Similarly|Likewise),?\s+(?=\p{Lu})/u.exec(sentence);
    if (similarly) {
      const before = out.length;
      const rest = sentence.slice(similarly[0].length);
      const found = declarationMatch(rest);
      if (found && found.members.length > 0) {
        const previous = out[before - 1];
        for (const member of found.members) out.push({ member, item: itemOf(found.rest) ?? previous?.item ?? lead ?? fallbackItem, subject: subjectOf(found.rest), nature: interestNature(rest, date), withdrew: withdrewIn(rest), passage: passageOf(sentence) });
        return;
      }
    }
    const byReason = listedBelow ? BY_REASON_RE.exec(sentence.replace(/^.*?:-?\s+(?=(?:Councillors?|Cllrs?)\s)/, '')) : null;
    if (byReason?.[1] && byReason[2]) {
      const members = membersOf(byReason[1]);
      if (members.length > 0) {
        const subject = cleanSubject(byReason[2]);
        for (const member of members) out.push({ member, item: itemOf(byReason[2]) ?? fallbackItem, subject, nature: interestNature(sentence, date), withdrew: allWithdrew || withdrewIn(sentence.replace(leadIn, '')), passage: passageOf(sentence) });
        return;
      }
    }
    // "A personal and prejudicial interest was received from Councillor Mr Selwyn Williams on item 8.1 … and withdrew".
    // (Said with "declared by", the passive reader below reads it.)
    const received = /\binterest/i.test(sentence) && !/declar|disclos/i.test(sentence) && !RECORDED_INTEREST_RE.test(sentence) ? INTEREST_RECEIVED_FROM_RE.exec(sentence) : null;
    if (received?.[1]) {
      const about = received[2] ?? '';
      out.push({ member: received[1].trim(), item: itemOf(about) ?? lead ?? fallbackItem, subject: subjectOf(about), nature: interestNature(sentence, date), withdrew: withdrewIn(sentence), passage: passageOf(sentence) });
      return;
    }
    if (!/declar|disclos/i.test(sentence) && !RECORDED_INTEREST_RE.test(sentence)) {
      // "Councillor A L Barry declared a personal interest in … A personal interest in minute number 362 – …, minute
      // number 367 – … and item 21 – … due to the nature of his employment.": the same member's further interests.
      const more = CONTINUED_INTEREST_RE.exec(sentence);
      const before = sentences[i - 1]?.text ?? '';
      const previous = more?.[1] && before ? out.filter((d) => d.passage === passageOf(before)) : [];
      const members = [...new Set(previous.map((d) => d.member))];
      if (more?.[1] && members.length > 0) {
        const refs = [...more[1].matchAll(new RegExp(ITEM_REF_RE.source, 'gi'))].map((m) => m[1]).filter((x): x is string => !!x);
        const subject = subjectOf(`an interest ${more[1]}`);
        for (const item of refs.length > 0 ? refs : [lead ?? fallbackItem]) {
          for (const member of members) out.push({ member, item: item ?? null, subject, nature: interestNature(sentence, date), withdrew: withdrewIn(sentence), passage: passageOf(sentence) });
        }
        return;
      }
      if (isDeclarationsItem && !saysNone) out.push(...notedMembership(sentence, date));
      return;
    }
    // "Mr Munro made the statutory declaration of acceptance of office": an oath of office, not an interest.
    if (OFFICE_DECLARATION_RE.test(sentence) && !/\binterest/i.test(sentence)) return;
    // "Councillor X declared that she had been lobbied in relation to Minute P71/20": lobbying is recorded, not an interest.
    if (/\blobb(?:ied|ying)\b/i.test(sentence) && !/\binterest/i.test(sentence)) return;
    // "Cllr Holway subsequently declared and signed his acceptance of office": the chair's oath, not an interest.
    if (/\bacceptance\s+of\s+office\b/i.test(sentence) && !/\binterest/i.test(sentence)) return;
    // "All members present declared a personal interest in item 14 – …", "It was declared that Cabinet members had an
    // interest in Item 5 as …": the whole body declaring one interest, listed as the minutes name it.
    const group = GROUP_DECL_RE.exec(sentence);
    if (group?.[1] && group[2]) {
      const who = group[1].charAt(0).toUpperCase() + group[1].slice(1);
      // "…, and the Chair and Deputy Chair declared a personal interest in item 14.": a further declaration after the group's.
      const tail = /,\s+and\s+(the\s+.{3,80}?\bdeclared\b.*)$/i.exec(group[2]);
      const about = tail ? group[2].slice(0, tail.index) : group[2];
      out.push({ member: who, item: itemOf(about) ?? lead ?? fallbackItem, subject: subjectOf(about), nature: interestNature(sentence, date), withdrew: withdrewIn(sentence), passage: passageOf(sentence) });
      const more = tail?.[1] ? declarationMatch(tail[1]) : null;
      for (const member of more?.members ?? []) out.push({ member, item: itemOf(more?.rest ?? '') ?? lead ?? fallbackItem, subject: subjectOf(more?.rest ?? ''), nature: interestNature(tail?.[1] ?? '', date), withdrew: withdrewIn(tail?.[1] ?? ''), passage: passageOf(sentence) });
      return;
    }
    // "The Head of Law and Standards declared an interest and left the room.": an officer, named by their post.
    const officer = OFFICER_DECL_RE.exec(sentence);
    if (officer?.[1]) {
      const about = (officer[2] ?? '').replace(/^\s*,?\s*(?:and\s+)?(?:then\s+)?(?:left|withdrew|remained|took)\b.*$/i, '');
      out.push({ member: officer[1], item: itemOf(about) ?? lead ?? fallbackItem, subject: subjectOf(about), nature: interestNature(sentence, date), withdrew: withdrewIn(sentence), passage: passageOf(sentence) });
      return;
    }
    // "One non-pecuniary declaration of interest from the Parish Clerk on item 147/19 (vi).": who declared, after "from".
    const from = DECLARATION_FROM_RE.exec(sentence);
    if (from?.[1]) {
      const who = from[1].replace(/^(?:Cllr|Councillor)\.?\s+/, '').trim();
      const about = from[2] ?? '';
      out.push({ member: who, item: itemOf(about) ?? lead ?? fallbackItem, subject: cleanSubject(about.replace(ITEM_REF_RE, '').replace(/^\s*\([^()]{1,10}\)/, '')), nature: interestNature(sentence, date), withdrew: withdrewIn(sentence), passage: passageOf(sentence) });
      return;
    }
    const listed = followingDeclaredEntries(sentence, date, lead ?? fallbackItem);
    if (listed.length > 0) {
      out.push(...listed);
      return;
    }
    const found = declarationMatch(sentence) ?? (isDeclarationsItem ? afterTableCells(sentence) : null);
    if (!found) {
      if (!/^\s*(?:no|none|nil)\b/i.test(sentence)) out.push(...passiveDeclarations(sentence, date, lead ?? fallbackItem));
      return;
    }
    const { members, rest, before } = found;
    // "Councillor X, having declared an interest, left the room" refers back to a declaration.
    if (/\bhaving\s+(?:previously\s+|earlier\s+)?declared\b/i.test(sentence)) return;
    // "The Chair reminded members that Councillor B declared an interest … at the last meeting": told of, not made here.
    if (/\b(?:reminded|recalled)\b[^.;]{0,60}?\bthat\b[^.;]{0,80}?\bdeclared\b/i.test(sentence)) return;
    if (/^\s*(?:no|any)\b/i.test(rest)) return;
    if (members.length === 0) return;
    const surname = (n: string) => n.split(' ').pop() ?? n;
    let withdrew = withdrewIn(sentence);
    let used = sentence;
    let nature = interestNature(sentence, date);
    for (const follow of [sentences[i + 1]?.text ?? '', sentences[i + 2]?.text ?? '']) {
      // "It was noted that this was a prejudicial interest and the Councillor withdrew …": the sentence after says
      // what the interest was.
      const natureAfter = THIS_WAS_INTEREST_RE.test(follow) ? interestNature(follow, date) : 'unspecified';
      // "… but both members opted to withdraw": said of all the members who declared together.
      const together = members.length >= 2 && /\b(?:both|all(?:\s+(?:the|three|four))?)\s+(?:members|councillors)\b/i.test(follow);
      const mentions = members.some((n) => follow.includes(surname(n))) || /^(?:he|she|they|the member|the councillor)\b/i.test(follow) || natureAfter !== 'unspecified' || together;
      if (DECL_RE.test(follow)) break;
      if (!mentions) continue;
      if (natureAfter !== 'unspecified') {
        nature = natureAfter;
        used = `${used} ${follow}`;
      }
      // "… could remain in the meeting but both members opted to withdraw": what they did comes after "but".
      const afterBut = /\bbut\b(.*)$/i.exec(follow)?.[1] ?? '';
      if (STAYED_RE.test(follow) && !withdrewIn(afterBut)) break;
      if (withdrewIn(follow)) {
        withdrew = true;
        if (!used.includes(follow)) used = `${used} ${follow}`;
        break;
      }
      if (natureAfter !== 'unspecified') break;
    }
    // The item: named after "declared", else ahead of the member ("At the commencement of Minute No. 60, Councillor …"), else by an item-only sentence before it.
    const item = itemOf(rest) ?? (before ? itemOf(before) : null) ?? lead ?? fallbackItem;
    const subject = subjectOf(rest);
    for (const member of members) out.push({ member, item, subject, nature, withdrew, passage: passageOf(used) });
  });
  // The members' paragraphs under "… made in respect of Item 11:": their item is the lead's.
  // Which of the members' paragraphs under "… made in respect of Item 11:" a declaration was read from (-1: none).
  const paragraphOf = (d: Declaration) => (inRespect ? inRespect.paragraphs.findIndex((p) => d.passage !== undefined && p.startsWith(d.passage.slice(0, 60))) : -1);
  if (inRespect?.item) {
    for (const d of out) if ((d.item === null || d.item === fallbackItem) && paragraphOf(d) >= 0) d.item = inRespect.item;
  }
  // "Mr L C R Mallett - declared a DPI in respect of Agenda item 8, … as he worked for …": a list entry whose words say
  // the item; the item is read from them, and the subject is what follows.
  for (const d of out) {
    if (d.item !== null && d.item !== fallbackItem) continue;
    const words = /^declared\s+(.+)$/i.exec(d.subject ?? '');
    const item = words?.[1] ? itemOf(words[1]) : null;
    if (!words?.[1] || !item) continue;
    d.item = item;
    d.subject = subjectOf(words[1]);
  }
  // (In the order the members' paragraphs are printed.)
  if (inRespect) {
    const slots = out.map((d, k) => (paragraphOf(d) >= 0 ? k : -1)).filter((k) => k >= 0);
    const ordered = slots.map((k) => out[k] as Declaration).sort((a, b) => paragraphOf(a) - paragraphOf(b));
    slots.forEach((k, j) => (out[k] = ordered[j] as Declaration));
  }
  // "All of the declared interests were non-pecuniary.": the kind the minutes give every declaration not given one.
  const kind = allOfKind(text);
  const kinded = kind ? out.map((d) => (d.nature === 'unspecified' ? { ...d, nature: interestNature(`${kind} interest`, date) } : d)) : out;
  return dedupe(withAsDid(kinded).map(withoutDanglingSubject).flatMap(perListedItem));
}

/**
 * "… as Members of Lancashire County Council (LCC) as did Councillors Coughlan and Gagen as employees of LCC": the
 * members after "as did" declared the same, for the reason after their names if the minutes give one.
 */
const AS_DID_RE = /\s*,?\s+as\s+did\s+((?:Councillors?|Cllrs?\.?)\s+[^,;.]+?)(?:\s+as\s+([^,;.]{3,120}))?(?=\s*[,;.]|$)/;
function withAsDid(found: readonly Declaration[]): Declaration[] {
  const out: Declaration[] = [];
  for (const d of found) {
    const m = AS_DID_RE.exec(d.subject);
    if (!m?.[1]) {
      out.push(d);
      continue;
    }
    const own = d.subject.slice(0, m.index).trim();
    out.push({ ...d, subject: own });
    const names = splitNameList(m[1]).filter((n) => !out.some((x) => x.member === n && x.item === d.item));
    for (const member of names) out.push({ ...d, member, subject: m[2]?.trim() || own, withdrew: false });
  }
  return out;
}

/** "… declared a non pecuniary interest in relation to" where the page was cut: a subject of only its preposition is none. */
function withoutDanglingSubject(d: Declaration): Declaration {
  return /^(?:in\s+)?(?:relation\s+to|respect\s+of|relating\s+to|regarding|concerning|of|in|on|for)$/i.test(d.subject.trim()) ? { ...d, subject: '' } : d;
}

const INTEREST_RECEIVED_FROM_RE = /^(?:A|An|One)\s+(?:[\w-]+\s+){0,4}?interests?\s+(?:was\s+)?(?:received|made|noted|recorded)\s+(?:from|by)\s+(?:Councillor|Cllr)\.?\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s*){0,3}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s+(?:on|in|regarding|for|concerning)\s+(.{2,600}?))?\.?$/u;
/** "A personal interest in minute number 362 – …": a sentence with no one named, after a member's declaration. */
const CONTINUED_INTEREST_RE = /^(?:And\s+)?(?:Also\s+)?(?:A|An)\s+(?:[\w-]+\s+){0,3}?interests?\s+((?:in|on)\s+.{3,})$/;
const DECLARATION_FROM_RE = /^(?:One|A|An)\s+(?:[\w-]+\s+){0,3}?declaration\s+of\s+(?:[\w-]+\s+){0,2}?interests?\s+(?:was\s+(?:made|received|noted)\s+)?(?:from|by)\s+(?:the\s+)?((?:Parish\s+|Town\s+|Deputy\s+)?Clerk|(?:Cllr|Councillor)\.?\s+(?:\p{Lu}\.?\s*){0,3}\p{Lu}[\p{L}'’-]+)(?:\s+(?:on|in|regarding|for|concerning)\s+(.{2,300}?))?\.?$/u;
/** "The following personal interests were declared: Cllr A in … as …; Cllr B on …": the entries after the colon. */
const FOLLOWING_DECLARED_RE = /\bThe\s+following\s+(?:[\w-]+\s+){0,3}?(?:interests?|declarations?(?:\s+of\s+(?:[\w-]+\s+){0,2}?interests?)?)\s+(?:were|was|had\s+been)\s+(?:declared|made|disclosed|recorded|received)\s*(?::-?|[–—-])\s*(\S.{5,})$/i;
const LISTED_ENTRY_RE = new RegExp(`^(?:and\\s+)?${MEMBER_PREFIX}\\s+((?:[A-Z]\\.?\\s+){0,3}[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?)\\s+(?:in|on|regarding|concerning|in\\s+respect\\s+of|in\\s+relation\\s+to)\\s+(\\S.{2,})$`);
/** "in A as …, in B as … and also in C": one member's several interests, each a declaration of its own. */
const MORE_SUBJECTS_RE = /(?:,\s*(?:and\s+)?(?:also\s+)?|\s+and\s+(?:also\s+)?)in\s+(?=(?:the|Mr|Mrs|Ms|Dr|planning)\b|\p{Lu})/u;

/**
 * "Daniel Moylan as Deputy Leader of the Royal Borough …", "Sir Mike Hodgkinson as a non-executive director of …", "Bob
 * Oddy on taxi related issues": an entry of a board's list of interests, the member named without a member's title, then
 * what their interest is. Only in a list the minutes lead with "The following interests were declared:".
 */
const AS_ENTRY_RE = /^(?:and\s+)?((?:(?:Sir|Dame|Lord|Lady|Baroness|Professor|Prof|Dr|Mr|Mrs|Ms|Miss)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.?\s+)?(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+){1,2})\s+(?:as|on|in|regarding)\s+(\S.{2,})$/u;
function asEntry(entry: string): RegExpExecArray | null {
  const m = AS_ENTRY_RE.exec(entry);
  return m?.[1] && !isOrganisation(m[1]) && !/^(?:The|This|That|It|Members?|Councillors?|All|No|None)\b/.test(m[1]) ? m : null;
}

function followingDeclaredEntries(sentence: string, date: string | null, item: string | null): Declaration[] {
  if (sentence.length > 1500 || !/following/i.test(sentence)) return [];
  const m = FOLLOWING_DECLARED_RE.exec(sentence);
  if (!m?.[1]) return [];
  const lead = sentence.slice(0, sentence.length - m[1].length);
  const out: Declaration[] = [];
  for (const entry of m[1].split(/\s*;\s*/)) {
    const e = LISTED_ENTRY_RE.exec(entry.trim()) ?? asEntry(entry.trim());
    if (!e?.[1] || !e[2]) continue;
    for (const part of e[2].split(MORE_SUBJECTS_RE)) {
      const subject = cleanSubject(part);
      if (subject) out.push({ member: e[1], item: itemOf(part) ?? item, subject, nature: interestNature(`${lead} ${entry}`, date), withdrew: withdrewIn(entry), passage: passageOf(`${lead} ${entry}`) });
    }
  }
  return out;
}

/** "It was noted that this was a prejudicial interest", "This was a personal interest only". */
const THIS_WAS_INTEREST_RE = /^(?:It\s+was\s+(?:noted|confirmed|agreed|advised|recorded)\s+that\s+)?(?:this|the\s+interest|it|that)\s+was\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?interest\b/i;

const GROUP_DECL_RE = /^(?:It\s+was\s+declared\s+that\s+)?((?:all\s+(?:the\s+)?(?:members|councillors)(?:\s+present|\s+of\s+the\s+(?:Cabinet|Committee|Council|Board|Panel|Authority|Sub-Committee))?)|(?:Cabinet|Committee|Board|Panel|Authority)\s+members)\s+(?:(?:had|have)\s+(?:declared\s+)?|declared\s+(?:that\s+they\s+(?:had|have)\s+)?)(?:an?\s+)?(?:[\w-]+\s+){0,3}?interests?\s+(in\s+.{3,600})$/i;

const OFFICER_DECL_RE = /^The\s+((?:Head\s+of\s+[A-Z][\w&,' -]{2,60}?|(?:Deputy\s+|Assistant\s+)?(?:Chief\s+Executive|Monitoring\s+Officer|Chief\s+Finance\s+Officer|Section\s+151\s+Officer|Town\s+Clerk|Parish\s+Clerk|Clerk|Treasurer|Solicitor|Director(?:\s+of\s+[A-Z][\w&,' -]{2,60}?)?)))\s+declared\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?interests?\b(.{0,600})$/;

const LISTED_BELOW_RE = /\b(?:set\s+out\s+below|as\s+follows|the\s+following\s+declarations|declarations?\s+of\s+interest\s+were\s+(?:received|made)\s+(?:from|by))\b/i;
const BY_REASON_RE = new RegExp(`^${MEMBER_PREFIX}\\s+(.{2,300}?)\\s+by\\s+reason\\s+of\\s+(?:(?:his|her|their|its)\\s+)?(.{3,600})$`);
const NONE_DECLARED_RE = /\b(?:there\s+(?:were|was)\s+no\s+(?:such\s+)?declarations?|no\s+(?:(?:written|verbal|oral|or)\s+){0,3}declarations?\s+(?:of\s+[\w'’\s]{2,40}?)?(?:were|was)\s+(?:made|declared|received|recorded|intimated)|no\s+(?:members?\s+)?interests?\s+(?:were|was)\s+declared|none\s+(?:were\s+)?declared)\b/i;
const OFFICE_DECLARATION_RE = /\b(?:statutory\s+)?declarations?\s+of\s+(?:acceptance\s+of\s+)?office\b|\bstatutory\s+declaration\b/i;

/** "Andrew Rogers stated that he had a private interest in the planning application …": a member named without a title, saying what interest they had. */
const BARE_NAME_HAD_INTEREST_RE = /^((?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?:\s+(?:[A-Z]\.?|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|Mac[A-Z][a-z]+|Mc[A-Z][a-z]+)){1,2})\s+(?:stated|said|advised|indicated|reported|confirmed|explained|informed\s+the\s+\w+)\s+that\s+(?:he|she|they)\s+(?:had|has|held)\s+(?:an?\s+)(?:[\w-]+\s+){0,3}?interests?\s+((?:in|on|regarding|concerning|relating\s+to)\s+.{3,400})$/;

function notedMembership(sentence: string, date: string | null): Declaration[] {
  const bare = BARE_NAME_HAD_INTEREST_RE.exec(sentence);
  if (bare?.[1] && bare[2]) {
    const about = bare[2].replace(/^(?:in|on|regarding|concerning|relating\s+to)\s+/i, '');
    return [{ member: bare[1], item: itemOf(bare[2]), subject: cleanSubject(about.trim()), nature: interestNature(sentence, date), withdrew: withdrewIn(sentence), passage: passageOf(sentence) }];
  }
  const m = NOTED_MEMBERSHIP_RE.exec(sentence);
  if (!m || !m[1]) return [];
  const members = membersOf(m[1]);
  if (members.length !== 1 || !members[0]) return [];
  const subject = cleanSubject((m[2] ?? '').trim());
  return [{ member: members[0], item: itemOf(m[2] ?? ''), subject, nature: interestNature(sentence, date), withdrew: withdrewIn(sentence), passage: passageOf(sentence) }];
}

function dedupe(ds: Declaration[]): Declaration[] {
  const seen = new Set<string>();
  // "For Councillor Saunders - Councillors …": a recorded vote's line, not a member declaring.
  return ds.filter((d) => !/^(?:For|Against|Abstain(?:ed|ing)?|Abstentions?)\s/.test(d.member)).filter((d) => {
    const key = `${d.member}|${d.item ?? ''}|${d.subject}|${d.passage ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
