import { isGivenName } from './given-names';
import type { Declaration, Decision, MinutesDocumentKind, MinutesItem, ParsedMinutes } from '../../shared/types/minutes';
import type { Block } from './blocks';
import { joinBlocks, toBlocks, TERMINAL_RE } from './blocks';
import { apologiesFromItemBlocks, findApologies } from './apologies';
import { apologiesByInitials } from './initials-apologies';
import { findItemDecisions, withoutVote } from './decisions';
import { findDeclarations } from './declarations';
import { runningMinuteNumbers } from './running-minute-numbers';
import { unglueMinuteNumbers } from './glued-minute-numbers';
import { sectionDeclarations } from './declaration-segments';
import { interestNature } from './interest-nature';
import { declarationsNotRead } from './declarations-not-read';
import { declarationsSections, declarationsStateOf, isDeclarationsTitle, saysNoneDeclared } from './declarations-state';
import { readAttendanceState } from './attendance-state';
import { itemDecisionsState, unreadDecisionPassages } from './decisions-state';
import { assertLooksLikeMinutes } from './detect';
import { assertMinutesOrAgenda } from './document-kind';
import { exclusionTargets, PRIVATE_SECTION_RE, textSaysExempt, titleIsExempt } from './exempt';
import { ANOTHER_MEETING_RE, bareDateLine, bodyName, cleanBodyName, datedTimeLine, councilNameOnly, heldSentenceInside, heldVenue, findMeetingTimes, isCouncilName, isMeetingHeading, namedLocalCouncil, openlyLocalTitle, parseHeader, runningHeader, MINUTES_APPROVED_SENTENCE_RE, titledMinutesLine, withoutTrailingLabel, yearFromElsewhere, isBareDateLine } from './header';
import type { Attendee } from './attendance';
import { applyApologyRoles, assembleAttendance, findAttendanceLists, officersInAttendance, parseNameList, registerApologies } from './attendance';
import { cuedAttendance } from './attendance-cues';
import { welcomedMembers } from './welcomed-members';
import { groupedRegister } from './grouped-register';
import { resolveDue } from './due';
import { englishSide, isPublicSessionItem, splitItems, titleLike, withoutSharedYearTail, type ItemDraft } from './items';
import { sequenceItems } from './numbered-sequence';
import { splitCapsHeadings } from './caps-headings';
import { closeSpacedLabels, withoutActionColumnHead } from './spaced-labels';
import { markedRegister } from './marked-register';
import { chairAfterName } from './chair-label-run';
import { unwrapPosts } from './wrapped-posts';
import { rejoinLoneBullets } from './lone-bullets';
import { unglueInitialledNames } from './glued-names';
import { markRegisterLabels } from './unmarked-labels';
import { splitBulletHeadings } from './bullet-headings';
import { splitSentences } from './sentences';
import { afterCoverLetter } from './cover-letter';
import { agendaWordingTitle, readsAsSubject, runOnTitle, splitRunOnHeadings } from './run-on';
import { splitStandardHeadings } from './standard-headings';
import { withTitleBoundary } from './title-boundary';
import { headingApartFromList } from './heading-before-list';
import { chairFromElsewhere } from './chair-elsewhere';
import { splitSections } from './sections';
import { addressLineOf, councilFromHeaderLines, councilFromTitle, domainOfAddress, domainOfEmails, remoteMeetingIdOf } from './provenance';
import { findDate, findTime, MONTH_WORD } from './dates';
import { initialsOf, isBusinessWordName, MEMBER_TITLE_RE, stripMemberTitle } from './names';

const SIGNATURE_RE = /^(?:chair(?:man|person)?|signed|date|dated|\.{3,}|_{3,}|mayor|cadeirydd)\b/i;

/** Parses text as a browser's select-all/copy gives it, or text extracted from a PDF (pages joined with "\f"). */
export function parseMinutesText(text: string): ParsedMinutes {
  return parseMinutesTextDetailed(text).minutes;
}

/** `wholeClassified`: false when the caller only sniffed the input (sniffInputKind), so the whole text is still to be classified. */
export function parseMinutesTextDetailed(text: string, wholeClassified = true): { minutes: ParsedMinutes; attendance: Attendee[] } {
  // A copy that starts or ends with the page's address: that line is the source, not content.
  const { address, text: body } = addressLineOf(typeof text === 'string' ? text : '');
  const classified = body.trim() === '' ? text : body;
  // The whole text is refused when it is neither minutes nor an agenda, even if the text without its address line is one.
  if (!wholeClassified && classified !== text) assertMinutesOrAgenda(text);
  // The sniffer has already refused a whole text that is not text at all.
  const document = !wholeClassified && classified === text ? assertMinutesOrAgenda(text) : assertLooksLikeMinutes(classified);
  return parseBlocksDetailed(toBlocks(repairedCopy(body)), { document, sourceAddress: address });
}

/** What copying a page into text does to it, put back before it is read (each repair says which damage it mends). */
function repairedCopy(text: string): string {
  const registers = markRegisterLabels(chairAfterName(unwrapPosts(closeSpacedLabels(unglueInitialledNames(rejoinLoneBullets(headingApartFromList(withoutActionColumnHead(text))))))));
  return runningMinuteNumbers(unglueMinuteNumbers(registers));
}

/** What the caller knows about the file beyond its text. */
export interface ParseContext {
  /** From the classifier; 'minutes' when not given. */
  document?: MinutesDocumentKind;
  /** The page's own address (HTML canonical link, a copied URL line). */
  sourceAddress?: string | null;
  /** The HTML <title>. */
  title?: string | null;
}

const HEADER_STOP_RE = /^(?:minutes|cofnodion|decision|present|yn\s+bresennol|those\s+attending)\s*:|^(?:items|eitemau|no\.?\s+item|rhif\.?\s+eitem|number\s+item|business)$|\bRESOLVED\b/i;

/** The lines before the business starts (at most 12 blocks, and every line the header parser took). */
/**
 * A meeting place named by what it is: "… at 19.15 hrs at the Village Hall", "At Brampton Village Hall 7.30pm", "in
 * Lagwyne Hall Present: …", "28th August 2018, 7pm, Farlington Village Hall". Its last word is a building's or a room's
 * (hall, room, chamber, centre …); it follows "at", "in" or a comma.
 */
const PLACE_WORD_RE = /(?:^|\b(?:[Aa]t|[Ii]n)\s+|,\s*)(?:the\s+)?((?:\p{Lu}[\p{L}'’&.-]*\s+){0,5}(?:Village\s+|Parish\s+|Church\s+|Memorial\s+|Town\s+|Community\s+|Council\s+|Committee\s+|Reading\s+)?(?:Hall|Halls|Room|Rooms|Chamber|Centre|Center|Pavilion|Library|Institute|Club|Clubhouse|Annexe|Annex|Suite|Hut|Reading\s+Room))\b/u;

/** The rest of a place after its room or hall: ", Victoria Hall, Selkirk" and nothing else after it. */
const PLACE_TAIL_RE = /^((?:,\s*\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|the|and))*){1,3})\s*[.,]?\s*$/u;

function venueByPlaceWord(blocks: readonly Block[], header: { venue: string | null }): void {
  for (const text of openingTexts(blocks, 5)) {
    const m = OTHER_DATE_RE.test(text) ? null : PLACE_WORD_RE.exec(text);
    if (m?.[1]) {
      // ("held in the Committee Room, Victoria Hall, Selkirk": the building and the town after the room, to the line's end.)
      const more = PLACE_TAIL_RE.exec(text.slice((m.index ?? 0) + m[0].length));
      header.venue = `${m[1].replace(/^(?:At|In)\s+(?:the\s+)?/, '').trim()}${more?.[1] ?? ''}`;
      return;
    }
  }
}

/** The text of the page's first `count` paragraphs (300 characters each), up to the first list of who came. */
function openingTexts(blocks: readonly Block[], count: number): string[] {
  const out: string[] = [];
  for (const b of blocks.slice(0, count)) {
    const head = b.text.slice(0, 300);
    const stop = head.search(/\b(?:Present|PRESENT|Apologies|APOLOGIES|Attendance|ATTENDANCE|Attendees)\b/);
    out.push(stop >= 0 ? head.slice(0, stop) : head);
    if (stop >= 0) break;
  }
  return out;
}

/** Another meeting's date, or when the paper was written or sent: never the meeting's own. */
const OTHER_DATE_RE = /\b(?:next\s+meeting|last\s+meeting|previous\s+meeting|approved|signed|circulated|confirmed|issued|published|printed|dated|despatched|dispatched|updated|revised|to\s+(?:note|approve|receive|confirm|agree|sign|consider))\b/i;

/**
 * "Annual Meeting of Ashby Parish Council on Tuesday 21st May 2019 at 7:30PM at the Village Hall", "Board Meeting of
 * the Authority held on Monday 9th Dec 2019 at 1.30pm …": where no shape above read the date, the first full date
 * (day, month and four-figure year) in the page's first three paragraphs, before any list of who came, is the meeting's
 * where its paragraph speaks of a meeting ("meeting", "held", "on", a weekday), unless it speaks of another meeting or
 * of the paper itself.
 */
function firstHeadingDate(blocks: readonly Block[], header: { date: string | null; startTime: string | null }): void {
  for (const text of openingTexts(blocks, 3)) {
    const d = findDate(text);
    // A date alone, with no word of a meeting beside it, is not taken (it may be the paper's).
    const meeting = /\b(?:meeting|held|on|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(text);
    if (!d || !meeting || !/\d{4}/.test(text.slice(d.index, d.index + d.length)) || OTHER_DATE_RE.test(text)) continue;
    header.date = d.iso;
    const tm = findTime(text.slice(d.index + d.length, d.index + d.length + 40));
    if (tm && !header.startTime) header.startTime = tm.hhmm;
    return;
  }
}

function headerLines(blocks: readonly Block[], used: Set<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.min(blocks.length, 12); i++) {
    const t = blocks[i]?.text ?? '';
    if (HEADER_STOP_RE.test(t) || t.length > 600) break;
    if (!blocks[i]?.bullet) out.push(t);
  }
  for (const i of [...used].sort((a, b) => a - b)) {
    const t = blocks[i]?.text;
    if (t && !out.includes(t)) out.push(t.slice(0, 600));
  }
  return out;
}

const APOLOGIES_SUBHEADING_RE = /^\d{1,3}\.(?:\d{1,2}|[a-z]|[ivx]{1,4})\.?\s+Apolog(?:ies|y)(?:\s+for\s+absence)?\s*:?$/i;
// ("Apologies:" alone on its line under "ATTENDANCE AND APOLOGIES", below the list of those present: the apologies
// item's own part, where its list starts.)
const APOLOGIES_PART_RE = /^(?:\d{1,3}\.(?:\d{1,2}|[a-z]|[ivx]{1,4})\.?\s+Apolog(?:ies|y)(?:\s+for\s+absence)?\s*:?|Apolog(?:ies|y)(?:\s+for\s+absence)?\s*:)$/i;
/** "1.ii  Declarations of Interest": a numbered sub-heading, short, no full stop. */
const SUBHEADING_RE = /^\d{1,3}\.(?:\d{1,2}|[a-z]|[ivx]{1,4})\.?\s+\p{Lu}[^.]{2,60}$/u;

/**
 * "2. Attendance and Apologies" over "2.1 Members" / "Cllr Ann Lyle; Cllr Tom Bray" / "2.2 Apologies" / "None received":
 * an item shared with the attendance, the apologies under their own sub-heading; only that part is read for them.
 */
// ("Attendance and Apologies", "Welcome, Apologies & Attendance", "Present and apologies for absence": every word one of
// these, attendance or those present among them.)
const ATTENDANCE_ITEM_TITLE_RE = /^(?=.*\b(?:attendance|present)\b)(?:(?:welcome|apolog(?:ies|y)|attendance|those|members|present|for|absence|and|&)[\s,]*)+$/i;
const PERSON_INITIALS_LINE_RE = /^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+){1,2}\s+[-–—]\s+\p{Lu}{1,3}[\p{L}]{0,3}$/u;
/** The lines of an attendance item before its apologies or other lists, each one person; none unless three or more. */
function presentUnderAttendanceItem(blocks: readonly Block[]): Attendee[] {
  const out: Attendee[] = [];
  for (const b of blocks) {
    const t = b.text.trim();
    if (!t) continue;
    if (b.bullet || t.length > 120 || /^(?:apolog|in\s+attendance|also|absent|officers?)\b/i.test(t)) break;
    // A member after a title ("Cllr. Sam Hunt"), or a person in full with the initials the minutes use ("Sharon Smart - SS").
    if (!MEMBER_TITLE_RE.test(t) && !PERSON_INITIALS_LINE_RE.test(t)) break;
    const one = parseNameList(t);
    if (one.length !== 1 || !one[0]) break;
    out.push({ name: stripMemberTitle(one[0].name), status: 'present', role: one[0].role });
  }
  return out.length >= 3 ? out : [];
}

function apologiesPart(blocks: readonly Block[]): readonly Block[] {
  return blocks.some((b) => !b.bullet && APOLOGIES_PART_RE.test(b.text.trim())) ? underSubheading(blocks, APOLOGIES_PART_RE) : blocks;
}

/** The blocks under a sub-heading inside an item, up to the next sub-heading. */
function underSubheading(blocks: readonly Block[], heading: RegExp): Block[] {
  const at = blocks.findIndex((b) => !b.bullet && heading.test(b.text.trim()));
  if (at < 0) return [];
  const out: Block[] = [];
  for (const b of blocks.slice(at + 1)) {
    if (SUBHEADING_RE.test(b.text.trim()) || heading.test(b.text.trim())) break;
    out.push(b);
  }
  return out;
}

const MEETING_TYPE_RE = /^(?:(?:Annual\s+General|Annual|Extra[\s-]?ordinary|Special|Ordinary|Monthly|Budget|Statutory|Emergency|Reconvened|Adjourned|Online|Virtual|Remote|Hybrid)\s+)+(?=(?:[\p{L}'’&-]+\s+){0,4}(?:Council|Committee|Board|Panel|Authority|Forum)\b)/iu;
const WELSH_COUNCIL_RE = /^Cyngor\s+(?:Cymuned|Tref|Dinas|Sir)\s+((?:\S+\s+)*?)((?:Community|Town|City|County)\s+Council)$/iu;
const SLASHED_COUNCIL_RE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*\/\s*(\p{Lu}[\p{L}'’ -]{1,40}\s(?:Community|Town|City|County)\s+Council)$/iu;
/**
 * "Cyngor Cymuned Chwitffordd Whitford Community Council" → "Whitford Community Council", "CHWITFFORDD / WHITFORD
 * COMMUNITY COUNCIL" → "WHITFORD COMMUNITY COUNCIL": the place said in each language, the English side kept.
 */
function englishCouncilName(name: string): string {
  const slashed = SLASHED_COUNCIL_RE.exec(name.trim());
  if (slashed?.[1]) return slashed[1];
  const m = WELSH_COUNCIL_RE.exec(name.trim());
  if (!m?.[2]) return name;
  const words = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
  const english = words.slice(Math.floor(words.length / 2)).join(' ');
  return `${english ? `${english} ` : ''}${m[2]}`;
}
// ("Ordinary Meeting of the Glynneath Town Council", "Minute of Kintore and District Community Council": the words for the
// meeting or its minutes are not the body's name.)
const MEETING_WORDS = String.raw`(?:an?\s+|the\s+)?(?:(?:ordinary|annual|extraordinary|special|monthly|general)\s+){0,2}meeting(?:\s+of\s+(?:the\s+)?|\s*[,–—-]\s+)`;
const MEETING_OF_RE = new RegExp(String.raw`^(?:(?:draft\s+|approved\s+)?minutes?\s+of\s+(?:an?\s+|the\s+)?(?:${MEETING_WORDS})?|${MEETING_WORDS})(?=\p{Lu})`, 'iu');
const BODY_THEN_MEETING_RE = /^(.*\b(?:Authority|AUTHORITY|Council|COUNCIL|Committee|COMMITTEE|Board|BOARD|Panel|PANEL|Commission|COMMISSION|Forum|FORUM|Cabinet|CABINET))\s+(?:Meeting|MEETING|meeting)[,.;:]?$/u;

/**
 * The authority and the body that met, settled from what the header read (the council's name from the header's other
 * lines or the page title, `otherCouncil`, only when the header has none).
 */
/**
 * "Whiteinch Community Council Minute of Community Council Meeting": the page's title after the council's name;
 * "CYNGOR CYMUNEDOL COEDPOETH COMMUNITY COUNCIL": the Welsh name, then the English (read, as titles are, in English).
 */
function withoutTitleTail(name: string | null): string | null {
  if (!name) return name;
  return name
    .replace(/(?<=\b(?:Council|COUNCIL))\s+(?:Minutes?|MINUTES?)\s+of\b.*$/u, '')
    .replace(/^Cyngor\s+(?:Cymuned(?:ol)?|Tref|Dinas|Sir)\s+(\p{L}[\p{L}' -]{1,40}?\s+(?:Community|Town|City|County)\s+Council)$/iu, '$1');
}

/** A weekday, a date or a time: what a heading says of when, read where the body's name should be. */
const NOT_A_BODY_RE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}[./:]\d{2}|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}\s*[ap]\.?m\b/i;

const ADDRESS_WORD_RE = /\b(?:HOUSE|House|ROAD|Road|STREET|Street|HALL|Hall|LANE|Lane|SQUARE|Square|CHAMBERS?|Chambers?|OFFICES|Offices|PLACE|Place)\b/;
const COUNCIL_AT_END_RE = /((?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:of|and|upon|on|in|le|under|by|with|the|OF|AND|UPON|ON)\s+)?)+(?:Council|COUNCIL))$/u;
/**
 * What a heading put around the body's name: "Members of Epping Upland Parish Council" (those summoned), "Resources
 * Committee of Buckingham Town Council" (the committee, then its council), "Date: …… BTC/13/1112 BRIDGNORTH TOWN COUNCIL"
 * (a running header's fields before the name), "CITY OF ELY COUNCIL SESSIONS HOUSE LYNN ROAD ELY" (the venue after it),
 * "Representing The Highland Council" (a group's label in the attendance, not the body), "… Committee of Buckingham Town
 * Council will be" (a sentence about the next meeting, cut short).
 */
function tidiedBodyNames(council: string | null, committee: string | null): { council: string | null; committee: string | null } {
  let c = council?.replace(/^(?:the\s+)?members\s+of\s+(?:the\s+)?(?=\p{Lu})/iu, '') ?? null;
  let m = committee?.replace(/^(?:the\s+)?members\s+of\s+(?:the\s+)?(?=\p{Lu})/iu, '') ?? null;
  if (c && /^Representing\s/i.test(c)) c = null;
  // ("A Whixall Parish Council Chairman: …": a logo's letter, or the article, before the council's own name.)
  const stray = /^A\s+(?=\p{Lu}[\p{L}'’ -]{2,60}\s(?:Parish|Town|Community|City|County|District|Borough)\s+Council$)/u;
  if (c && stray.test(c)) c = c.replace(stray, '');
  if (m && stray.test(m)) m = m.replace(stray, '');
  if (m && /\s(?:will|would|shall)\s+be$/i.test(m)) m = null;
  // "Crediton Town Council’s Town Strategy Committee": the council's own committee, named with its possessive.
  const possessive = !c && m ? /^(\p{Lu}[\p{L}'’& -]{2,80}?\b(?:Town|Parish|City|Community|District|County|Borough)\s+Council)['’]s\s+(\p{Lu}[\p{L}'’&, -]{2,80})$/u.exec(m) : null;
  if (possessive?.[1] && possessive[2]) {
    c = possessive[1];
    m = possessive[2];
  }
  // ("SPEY DISTRICT FISHERY BOARD IN OPEN SESSION": how the board sat is no part of its name.)
  if (m) m = m.replace(/\s+(?:in|meeting\s+in)\s+(?:open|closed|public|private)\s+session$/i, '');
  const ofCouncil = c ? /^(\p{Lu}[\p{L}'’&, -]{2,80}?\b(?:Committee|Sub-Committee|Panel|Forum|Working\s+Group))\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’& -]{2,80}\bCouncil)$/u.exec(c) : null;
  if (ofCouncil?.[1] && ofCouncil[2]) {
    if (!m || m === c) m = ofCouncil[1];
    c = ofCouncil[2];
  }
  // A name after a header's fields: the capitalised words ending in "Council" at its end, when digits, a colon or dots
  // come before them.
  const tail = c && /[\d:…]/.test(c) ? COUNCIL_AT_END_RE.exec(c) : null;
  if (tail?.[1] && tail[1].split(/\s+/).length >= 2) c = tail[1];
  // A venue after the name: "… COUNCIL" then an address's words.
  const venueAfter = c ? /^(.{3,80}?\b(?:Council|COUNCIL))\s+(.{3,80})$/u.exec(c) : null;
  if (venueAfter?.[1] && venueAfter[2] && ADDRESS_WORD_RE.test(venueAfter[2])) c = venueAfter[1];
  return { council: c, committee: m };
}

/** Bodies that are authorities in their own right, named with their place: boards, authorities, conservators, courts. */
// ("Findhorn District Salmon Fishery Board", "Eastern Inshore Fisheries & Conservation Authority", "Manea and Welney District
// Drainage Commissioners", "DUNDEE CITY HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD": the same, its kind in any case.)
const SELF_GOVERNING_BODY_RE = /^\p{Lu}[\p{L}'’&(). -]{2,80}\s(?:Internal\s+Drainage\s+Board|(?:Valuation|Integration)\s+Joint\s+Board|Licensing\s+Board|(?:Harbour|Port|Park|Fire(?:\s+(?:and|&)\s+Rescue)?|Police|Waste|Transport)\s+Authority|Conservators|(?:Salmon\s+)?Fishery\s+Board|Inshore\s+Fisheries\s+(?:and|&)\s+Conservation\s+Authority|Drainage\s+Commissioners|Harbour\s+Commissioners)$|^Court\s+of\s+\p{Lu}\p{Ll}+$/iu;

/** "COMMITTEE FOR FINANCE AND PERSONNEL", "Committee on Standards and Privileges": a committee named by its remit. */
const SESSION_NOT_PLACE_RE = /^(?:public|private|closed|open|formal|informal|plenary)\s+session$/i;
const LOGO_LINE_RE = /^((?:The\s+)?\p{Lu}[\p{L}'’&\s-]{2,60}?\b(?:Assembly|Parliament|Council|Authority|Commission|Senedd))\b[\p{L}\s]{0,40}\b[Ll]ogo$/u;
const COMMITTEE_FOR_LINE_RE = /^(?:Committee|COMMITTEE|(?:Select|SELECT|Joint|JOINT|Standing|STANDING)\s+(?:Committee|COMMITTEE))\s+(?:for|on|FOR|ON)\s+(?:the\s+|THE\s+)?\p{Lu}[\p{L}'’&,\s-]{3,80}$/u;

const PERSON_THEN_COUNCIL_RE = /^(\p{Lu}\p{Ll}+)\s+(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+\s+(\p{Lu}.*\bCouncil)$/u;

function bodyNames(headerCouncil: string | null, headerCommittee: string | null, otherCouncil: () => string | null): { council: string | null; committee: string | null } {
  // "CYNGOR TREF PENMAENMAWR PENMAENMAWR TOWN COUNCIL": a bilingual heading's place, said twice where the languages meet.
  // ("Meeting of the Aberffraw Community Council": the words before the name are not part of it.)
  let council = headerCouncil?.replace(/^(\p{Lu}[\p{L}'’-]+)\s+\1\s+/u, '$1 ').replace(MEETING_OF_RE, '') ?? null;
  // "Minutes of a PENMAENMAWR TOWN COUNCIL MEETING": the article is not the body's.
  // ("the Council Meeting that was held on …", "the DERBYSHIRE FIRE & RESCUE AUTHORITY Meeting held at …": the body is
  // named without the word for its meeting.)
  let committee = headerCommittee?.replace(/^an?\s+(?=\p{Lu})/u, '').replace(MEETING_OF_RE, '').replace(/\s+that\s+was$/i, '').replace(BODY_THEN_MEETING_RE, '$1') ?? null;
  // ("Meeting of the Aberffraw Community Council": the council is the body that met.)
  if (!committee && council && headerCouncil && MEETING_OF_RE.test(headerCouncil) && isCouncilName(council)) committee = council;
  // A page's state is not a body: "DRAFT – Monday 12th November 2018".
  if (committee && /^(?:draft|minutes|agenda|notes|confirmed|unconfirmed|approved|final|meeting)$/i.test(committee.trim())) committee = null;
  // A meeting type is not the body: "Annual General Parish Council Meeting", "Extraordinary Full Council" (the
  // labelling conventions' rule, as a clerk would name who met).
  if (committee) committee = committee.replace(MEETING_TYPE_RE, '').replace(BODY_THEN_MEETING_RE, '$1');
  // ("Minutes of the online Newent Town Council Meeting": how it met is no part of the council's name either.)
  if (council && /^(?:online|virtual|remote|hybrid)\s/i.test(council)) council = council.replace(MEETING_TYPE_RE, '');
  // "Special County Council of Hampshire County Council": the body that met, of the authority named after "of".
  const bodyOfCouncil = committee ? /^((?:(?:County|City|Borough|District|Full|Town|Parish)\s+)?Council|Cabinet|Executive)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’ &-]{1,80}\sCouncil)$/u.exec(committee) : null;
  if (bodyOfCouncil?.[1] && bodyOfCouncil[2]) {
    committee = bodyOfCouncil[1];
    if (!council || council.toLowerCase().includes(' of ')) council = bodyOfCouncil[2];
  }
  // "Cyngor Cymuned Chwitffordd Whitford Community Council": a bilingual heading; the English side names the body.
  council = council ? englishCouncilName(council) : council;
  committee = committee ? englishCouncilName(committee) : committee;
  // "Dorset County Council County Council" (a ModernGov page's heading): the authority's name, then the body that met.
  const councilJoined = !committee && council ? /^(.{3,80}?\bCouncil)\s+((?:Full|County|City|Borough|District)\s+Council|Council)$/u.exec(council) : null;
  if (councilJoined?.[1] && councilJoined[2] && isCouncilName(councilJoined[1])) {
    council = councilJoined[1];
    committee = councilJoined[2];
  }
  // A meeting of the full council is named by the council: "Minutes of Meeting of the Highland Council" (both fields).
  if (committee && isCouncilName(committee)) {
    committee = committee.replace(/^the\s+/i, '');
    council = council ?? committee;
  }
  // "recent meeting & Agenda for next Draft Minutes of the Meeting": a website's words about its documents, no body's name.
  if (committee && /\b(?:minutes|agenda)\b/i.test(committee) && /\b(?:meeting|next|recent)\b/i.test(committee)) committee = null;
  // "May 2022 DRAFT Minutes Annual Parish Council": a web page's title (a date, "draft minutes"), not the body's name.
  if (committee && (/\bdraft\s+minutes\b/i.test(committee) || MONTH_YEAR_START_RE.test(committee))) committee = null;
  // "Eastbourne Borough Council Full Council - Wednesday, 18th July, 2018": the authority's name, then the body that met.
  const joined = committee ? /^(.{3,80}?\bCouncil)\s+((?:Full\s+)?Council|\p{Lu}.{2,100})$/u.exec(committee) : null;
  if (joined?.[1] && joined[2] && isCouncilName(joined[1]) && (/^(?:Full\s+)?Council$/i.test(joined[2]) || bodyName(joined[2]) === joined[2]) && (!council || council === committee)) {
    council = joined[1];
    committee = joined[2];
  }
  // "AND WHITWELL PARISH COUNCIL" (a first line that lost its first word) under "… MEETING OF NITON AND WHITWELL PARISH
  // COUNCIL …": the heading's fuller name is the council's.
  if (council && committee && committee.length > council.length && committee.toLowerCase().endsWith(` ${council.toLowerCase()}`) && isCouncilName(committee)) council = committee;
  if (council && /^(?:and|&|of|the)\s/i.test(council) && !/^the\s/i.test(council)) council = null;
  // ("Download Rhuddlan Town Council": a sharing site's button before the heading.)
  council = councilNameOnly(council ?? otherCouncil()?.replace(MEETING_OF_RE, '') ?? null)?.replace(/^(?:Download|View|Print|Share|Open)\s+(?=\p{Lu})/u, '') ?? null;
  // ("Unst Community Council   Unst Community Council": a web page's heading printed twice on its line.)
  if (council) council = council.replace(/^(.{6,80}?)(?:\s+\1)+$/iu, '$1');
  if (committee) committee = committee.replace(/^(.{6,80}?)(?:\s+\1)+$/iu, '$1').replace(/^full\s+(?=(?:Town|Parish|City|Community)\s+Council$)/, '');
  // ("Orkney Islands Council: • John W Mundell, Interim Chief Executive": a group of people under their council's name.)
  if (council && /:$/.test(council.trim())) council = null;
  // "DUNROSSNESS COMMUNITY COUNCIL" over "Minute of Meeting of Community Council held on …": the same body, by its name.
  if (committee && council && /^(?:Parish|Town|Community|Village)\s+Council$/i.test(committee) && council.toLowerCase().endsWith(` ${committee.toLowerCase()}`)) committee = council;
  // ("DUNCHIDEOCK PARISH COUNCIL" over "Minutes from the extraordinary meeting on …": what was read as the body names none;
  // the council, named alone at the top, is the body that met.)
  // "Brompton Town Council held on line", "Monday", "Monthly Meeting of 25.07.2013 at 7.30pm which was", "Remote Webex
  // Meeting": the words after "held" are no part of the name, and a day, a date, a time or a way of meeting is no body.
  if (committee) committee = committee.replace(/\s+held\b.*$/i, '');
  if (committee && (NOT_A_BODY_RE.test(committee) || /\bmeeting$/i.test(committee) && !/\b(?:parish|town|village|community)\s+meeting$/i.test(committee))) committee = null;
  // "Draft Staff Advisory Committee": the minutes' state is no part of the body's name.
  if (committee) committee = committee.replace(/^(?:DRAFT|Draft)\s+(?=\p{Lu})/u, '');
  // ("Proceedings of the Social Development Committee", "Stithians Parish Council advertisement", "Eggington Parish Council
  // Meeting No 170": the record's kind, a web page's furniture, the meeting's running number; none is the body's name.)
  if (committee) committee = committee.replace(/^Proceedings\s+of\s+(?:the\s+)?(?=\p{Lu})/iu, '').replace(/\s+(?:advertisement|Meeting\s+No\.?\s*\d{1,4})$/i, '');
  // ("Concise Minutes - Public Accounts and Public Administration Committee": the kind of record before the body's name.)
  if (committee) committee = committee.replace(/^(?:(?:Concise|Draft|Confirmed|Approved|Unconfirmed|Signed)\s+)?(?:Minutes|Notes)\s+[-–—:]\s+(?=\p{Lu})/iu, '');
  // "FULL TOWN COUNCIL MEETING of NEW MILLS TOWN COUNCIL": the body that met, then the council it belongs to.
  const meetingOf = committee && (!council || council === committee) ? /^(.{3,60}?)\s+MEETING\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’& -]{3,80}\b(?:COUNCIL|Council))$/iu.exec(committee) : null;
  if (meetingOf?.[1] && meetingOf[2]) {
    committee = meetingOf[1];
    council = meetingOf[2];
  }
  // "Extra-ordinary Full Council": a kind of meeting names no council.
  if (council && /^(?:(?:extra-?ordinary|special|annual|ordinary|emergency|full)[\s-]+)+(?:(?:town|parish|city|community)\s+)?council$/i.test(council.trim())) council = null;
  ({ council, committee } = tidiedBodyNames(council, committee));
  const cleanCommittee = cleanBodyName(withoutTitleTail(committee));
  // "Sawtry Internal Drainage Board", "Highland Licensing Board", "Wimbledon and Putney Commons Conservators": a body that
  // is an authority of its own, no council's committee, is the authority when no council is named.
  const cleanCouncil0 = cleanBodyName(withoutTitleTail(council)) ?? (cleanCommittee && SELF_GOVERNING_BODY_RE.test(cleanCommittee) ? cleanCommittee : null);
  // ("Stephen Bayley Wrexham County Borough Council": a person and the council they come from, a line of an attendance
  // table, not the meeting's council.)
  const person = cleanCouncil0 ? PERSON_THEN_COUNCIL_RE.exec(cleanCouncil0) : null;
  const cleanCouncil = person?.[1] && person[2] && isGivenName(person[1]) && person[2].split(/\s+/).length >= 3 && isCouncilName(person[2]) ? null : cleanCouncil0;
  return { council: cleanCouncil, committee: cleanCommittee ?? (committee && cleanCouncil && isCouncilName(cleanCouncil) ? cleanCouncil : null) };
}

/** ModernGov titles: "Agenda for Cabinet on Tuesday, 10th November, 2020, 6.00 pm". */
const TITLE_MEETING_RE = /^(?:agenda|minutes|decisions|agenda and (?:draft )?minutes|agenda, decisions and minutes)\s+(?:for|of)\s+(?:the\s+)?(.{2,150}?)\s+on\s+(.{6,80}?)(?:\s+[|–—-]\s+.*)?$/i;

/** "Held at Northvale Memorial Hall at 19:45 on 21st March 2018": the venue, the time, the date. */
const HELD_AT_RE = /^held\s+(?:at|in)\s+(.{3,120}?)(?:\s+at\s+(\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?))?\s+on\s+(.{6,60})$/i;
/** "COMMUNITY FIRE STATION, BRYANS LANE, RUGELEY 7.50PM": the time printed after the place is the start, not the venue's. */
function withoutTrailingTime(venue: string | null): { venue: string | null; time: string | null } {
  const m = venue ? /[\s,]+(?:at\s+)?(\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?|\d{1,2}\s*[ap]\.?m\.?)$/i.exec(venue) : null;
  if (!venue || !m?.[1] || m.index < 3) return { venue, time: null };
  return { venue: venue.slice(0, m.index).replace(/[\s,]+$/, ''), time: findTime(m[1])?.hhmm ?? null };
}

const COUNCIL_THEN_DATE_RE = /^(\p{Lu}[\p{L}'’&,. -]{2,120}?\bCouncil)\s+((?:\p{L}+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9},?\s+\d{4})\.?$/u;
/** "IRVINE, 9 September 2009 - At a Meeting of North Ayrshire Council at 2.00 p.m.": a Scottish council's opening line, the town first. */
const PLACE_DATE_MEETING_RE = /^(\p{Lu}[\p{L}'’ .-]{2,40}),\s+(.{6,40}?)\s*[-–—]\s*At\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?Meeting\s+of\s+(?:the\s+)?(\p{Lu}.{2,120}?)(?:\s+at\s+(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[.:]\d{2}))?\.?$/u;
const titleCased = (s: string) => (s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase()) : s);
/** "Northvale Parish Council Extra Ordinary meeting.": the council meeting as a whole. */
const COUNCIL_MEETING_LINE_RE = /^(.{3,100}?\bCouncil)\s+(?:(?:extra\s*-?\s*ordinary|ordinary|annual|special|monthly|full)\s+)?meeting\.?$/i;

/** "You are hereby summoned to attend the meeting of Chawleigh Parish Council on Thursday 1st July 2021 at 7.00pm, …". */
const SUMMONS_RE = /\bsummoned\s+to\s+attend\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?meeting\s*of\s+(?:the\s+)?(\p{Lu}.{2,120}?)\s+(?:on|to\s+be\s+held\s+on)\s+(.{6,120})$/iu;

const INVITED_MEETING_RE = /\bmeeting\s+of\s+(?:the\s+)?(\p{Lu}.{2,120}?)\s+(?:which\s+|that\s+)?(?:will|is\s+to|are\s+to)?\s*be\s+held\s+(?:(?:in|at)\s+(?:the\s+)?(\p{Lu}.{2,150}?)\s+)?on\s/u;

/** The whole of an item's minutes is one word of assent: "Agreed.", "Approved". */
// ("Declaration of Pecuniary Interest & Dispensations: Cllr Williams – …": the kind of interest and the dispensations too.)
const PRELUDE_DECLARATIONS_RE = /\bdeclarations?\s+of\s+(?:(?:pecuniary|personal|prejudicial|members['’]?|councillors['’]?)\s+)?interests?(?:\s+(?:&|and)\s+dispensations?)?\s*(?:[•:–—-]|(?=(?:Cllrs?|Councillors?)\.?\s+\p{Lu}[^.]{2,120}\bdeclared\b))/iu;
/** A sentence opening with a titled member who declared an interest: "Cllr A Smith declared an interest in item 10". */
const PRELUDE_DECLARED_INSIDE_RE = /\b(?:Cllrs?|Councillors?)\.?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},?\s+declared\s+(?:an?\s+|the\s+following\s+)?(?:[\w-]+\s+){0,4}?interests?\b/u;
const PRELUDE_DECLARED_RE = /^(?:(?:County\s+|District\s+|Town\s+)?(?:Cllrs?|Councillors?)|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+declared\s+(?:an?\s+|the\s+following\s+)?(?:[\w-]+\s+){0,4}?interests?\b/u;
/**
 * "… the Clerk to request an extension from the Planning Department. Action: The Clerk", "… that we cannot offer a
 * reduction on the training fee." over "Action: Town Clerk": a label after a decision naming who acts on it. The decision
 * read before it is an action, owned by whom the label names, unless it already has an owner. (A label with its own task,
 * "ACTION: JL to resubmit", is read as a decision of its own.)
 */
const OWNER_LABEL_AFTER_RE = /^[\s.;,]*\(?(?:ACTIONS?|Actions?)\s*[:–—-]\s*((?:the\s+|The\s+)?(?:\p{Lu}[\p{L}'’&./-]*)(?:\s+(?:\p{Lu}[\p{L}'’&./-]*|&|and)){0,4})\s*\)?\s*(?:[.;]|\n|$)/u;
function ownersFromActionLabels(found: Decision[], minutesText: string): void {
  if (!/\bACTIONS?\b|\bActions?\b/.test(minutesText)) return;
  const text = minutesText.replace(/[ \t]+/g, ' ');
  for (const d of found) {
    if (d.owner) continue;
    const tail = d.text.replace(/[.;]$/, '').replace(/\s+/g, ' ').slice(-40);
    const at = tail.length >= 12 ? text.indexOf(tail) : -1;
    if (at < 0) continue;
    const label = OWNER_LABEL_AFTER_RE.exec(text.slice(at + tail.length, at + tail.length + 120));
    const owner = label?.[1]?.replace(/^the\s+/i, '').trim();
    // ("Action: Completed", "ACTION: Ongoing": the action's progress, not who owns it.)
    if (!owner || /\bto$/i.test(owner) || /^(?:Completed?|Done|Ongoing|On-going|Closed|Open|None|Nil|N\/A|Noted|Pending|In\s+progress|Carried\s+forward)$/i.test(owner)) continue;
    d.kind = 'action';
    d.owner = owner;
  }
}

/**
 * "86 Apologies Cllr J Cattanach", "1. APOLOGIES FOR ABSENCE / YMDDIHEURIADAU Cllr Stather, Cllr Bridger": the heading
 * and the members sending apologies on one line. The heading is the title; the members are the item's minute.
 */
const APOLOGIES_TITLE_NAMES_RE = /^((?:Apologies|APOLOGIES)(?:\s+(?:for|FOR)\s+(?:Absence|absence|ABSENCE))?(?:\s*\/\s*\p{Lu}+)?)(?:\s*[:–—-]?\s+((?:(?:County\s+|District\s+)?(?:Cllrs?|Councillors?)|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}.*)|\s*:\s+((?:\p{Lu}\.?\s*){0,2}\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+(?:[\s,(].*)?))$/u;
/**
 * "Declarations of Personal or Prejudicial Interests Councillor Hayfield declared a personal and prejudicial interest in …":
 * a declarations heading run into its minute's sentence (the heading printed without a full stop, the lines joined). The
 * sentence goes back to the item's text, where the declarations are read.
 */
const DECLARATION_IN_TITLE_RE = /^(\p{Lu}[^.:;]{5,120}?\b(?:Interests?|INTERESTS?))\s+((?:(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|The\s+(?:Chair(?:man)?|Mayor|Clerk))\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:declared|disclosed)\b.*)$/u;
function declarationOutOfTitle(d: ItemDraft): ItemDraft {
  const m = d.title.length > 40 && /\b(?:declared|disclosed)\b/.test(d.title) ? DECLARATION_IN_TITLE_RE.exec(d.title) : null;
  if (!m?.[1] || !m[2] || !isDeclarationsTitle(m[1])) return d;
  return { ...d, title: m[1], body: [{ text: m[2], bullet: false }, ...d.body] };
}

/**
 * "3." over "To Sign and Approve Minutes of the Meeting dated 9th December 2008 Minutes of the meeting held …", "8. Honouring
 * Residents with Outstanding Achievements Discuss creating …": a numbered item read with no title, its heading run into its
 * text or given in the agenda's words. The title is the heading at the text's start; the text stays whole (its apologies,
 * declarations and decisions are read there). An item whose text opens with a sentence keeps no title.
 */
function titleFromOpening(d: ItemDraft): ItemDraft {
  const first = d.body[0];
  if (d.title.trim() || d.number === null || !first || first.bullet) return d;
  const text = first.text.trim();
  const agenda = agendaWordingTitle(text);
  const read = agenda ?? runOnTitle(text, true)?.replace(/[.:;,\s]+$/, '') ?? null;
  if (!read || read.length < 4) return d;
  const words = read.split(/\s+/);
  // ("The Clerk reported …", "Cllr Smith asked …": a sentence, not a heading.)
  if (!agenda && (words.length > 12 || !titleLike(read, false) || /^(?:The|This|That|It|There|These|They|He|She|We|All|No|None)\b/.test(read) || /\b(?:was|were|is|are|has|have|had|been|will|would)\b/i.test(read))) return d;
  if (!agenda && readsAsSubject(text, read)) return d;
  return { ...d, title: read };
}

/**
 * "02/17 Apologies for absence: Cllrs V Byrne, P May and A Milner (accepted).": the heading split from its minute at the
 * colon, which stays at the minute's start; it goes, so the minute reads as written ("Cllrs V Byrne, …").
 */
function withoutLeadingColon(d: ItemDraft): ItemDraft {
  const first = d.body[0];
  if (!first || first.bullet || !/^\s*:-?\s+\S/.test(first.text)) return d;
  return { ...d, body: [{ text: first.text.replace(/^\s*:-?\s+/, ''), bullet: false }, ...d.body.slice(1)] };
}

function namesOutOfApologiesTitle(d: ItemDraft): ItemDraft {
  const m = APOLOGIES_TITLE_NAMES_RE.exec(d.title);
  // ("Apologies: Christine Carter (Vice Chairman) and Mark Coates": after a colon, names in full without a title.)
  const names = m?.[2] ?? m?.[3];
  if (!m?.[1] || !names) return d;
  return { ...d, title: m[1], body: [{ text: names, bullet: false }, ...d.body] };
}

/** "May 2022 …": a month and year opening a line (a web page's title). */
const MONTH_YEAR_START_RE = new RegExp(`^${MONTH_WORD}\\s+\\d{4}\\b`, 'i');
/** "Minutes of Meeting – Tuesday 29th April 2025 – 15:00", "Minutes of the Monthly Meeting held on …": no body named. */
const BARE_ASSENT_RE = /^(?:agreed|approved|confirmed|accepted)\.?$/i;
/** A sentence under the minutes' heading that approves them: a record called true, "approved as read", the minutes agreed. */
// ("Approved & signed as correct.", "Approved: Linda Matheson / Seconded: Beth Cook", "March meeting proposed Tim Canning
// seconded Jim Hocking": under the minutes' own heading, a sentence that opens with its assent, or a proposal seconded.)
const MINUTES_ASSENT_RE = /^(?:approved|agreed|accepted|adopted|confirmed)\b(?!\s+(?:to|that)\b)|^(?!it\s+was\b)(?:[\p{L}\d ]{0,40}\s)?proposed\b[^.;]{2,60}?\bseconded\b[^.;]{0,40}\.?$|\b(?:true|correct|accurate|fair)\s+(?:and\s+accurate\s+)?record\b|\b(?:approved|accepted|agreed|adopted)\s+as\s+(?:read|circulated|presented|printed|written|distributed)\b|\bminutes?\b[^.;]{0,120}?\b(?:agreed|accepted|approved|adopted|signed|confirmed|ratified)\b|\b(?:agreed|accepted|approved|adopted|signed|confirmed)\b[^.;]{0,40}?\bminutes\b|\bin\s+agreement\s+that\s+they\s+be\s+signed\b/iu;
/** "The minutes were not approved", "… were deferred to the next meeting": no approval. */
// ("To confirm and sign the minutes of …" is the agenda's wording; "… is most appropriate to approve the minutes" explains.)
/** "Therefore, the minutes of …": a sentence about the minutes, after a word that links it to the one before. */
const CONNECTIVE_START_RE = /^(?:Therefore|Accordingly|Subsequently|Thereafter|Consequently),?\s+(?=the\s+minutes\b)/i;
const MINUTES_SUBJECT_RE = /^(?:(?:Therefore|Accordingly|Subsequently|Thereafter|Consequently),?\s+)?(?:The\s+)?minutes\b/i;
/** "Council authorised the Chair to sign the minutes as a correct record": the minutes approved, their signing authorised. */
const AUTHORISED_TO_SIGN_RE = /\bauthori[sz]ed\s+the\s+(?:Chair(?:man|person)?|Mayor|Convener|Clerk)\s+to\s+sign\b/i;
// ("The Minutes of the meeting had been approved by the Board by email, and the Chair invited comments …": approved before
// this meeting, and told; not approved at it.)
// ("It was agreed that the draft minutes would be sent to the Vice-Chair within ten days": what is to be done with them.)
const MINUTES_NOT_ASSENTED_RE = /^To\s|\bto\s+(?:approve|agree|confirm|sign|adopt|accept)\b|\bnot\s+(?:be\s+)?(?:agreed|approved|accepted|adopted|signed|confirmed)\b|\bdeferred\b|\bwould\s+be\s+(?:agreed|approved|signed)\s+at\b|\bminutes\s+(?:would|will|should|shall|to)\s+be\s+(?:sent|circulated|distributed|published|posted|e-?mailed|amended|recirculated|drafted|made\s+available)\b|^(?:The\s+)?minutes\b[^.;]{0,120}?\bhad\s+(?:already\s+|previously\s+)?been\s+(?:approved|agreed|adopted|confirmed)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:Board|Council|Committee|Conservators|Trustees|Panel|email|e-mail)\b(?![^.;]*\b(?:were|was)\s+(?:then\s+|duly\s+)?(?:approved|agreed|signed|confirmed|adopted)\b)/i;
/**
 * "RESOLUTION TO SIGN & APPROVE MINUTES OF MEETING HELD ON 4th July 2016 The Minutes were approved …": the heading printed
 * again at the head of its minute, with no full stop before the minute's first sentence, is not part of that sentence.
 * "THE MINUTES OF THE … MEETING HELD ON 13th SEPTEMBER" over "2019 having been circulated …, were approved": a heading
 * that is the sentence's own subject, cut from it by the copy, is put back.
 */
function afterRepeatedTitle(text: string, title: string): string {
  const t = title.trim();
  if (t.length < 8) return text;
  const head = text.trimStart();
  if (head.length > t.length + 8 && head.slice(0, t.length).toLowerCase() === t.toLowerCase() && /^\s+\p{Lu}/u.test(head.slice(t.length))) return head.slice(t.length).trim();
  if (/^the\s+minutes\s+of\b/i.test(t) && /^\s*(?:\d{4}\b|\p{Ll})/u.test(head) && /^[^.;]{0,200}\b(?:were|was)\s+(?:duly\s+)?(?:approved|agreed|confirmed|accepted|adopted|signed)\b/i.test(head)) return `${t} ${head}`;
  return text;
}
const EMBEDDED_MINUTES_ASSENT_RE = /(?<=\s)((?:The\s+)?Minutes\b[^.;]{0,200}?\b(?:were|was)\s+(?:duly\s+|unanimously\s+|then\s+)?(?:approved|agreed|confirmed|accepted|adopted|signed)\b[^.;]*[.;]?)/;
/** "Proposed: TB Seconded: SH", "Proposed Cllr Dale, seconded Cllr Mott.": who moved and seconded, and nothing else. */
const BARE_VOTE_RE = /^(?:Proposed|Prop\.?|Moved)\s*(?:by\s*)?[:–—-]?\s*[^.;:]{1,60}?,?\s+(?:and\s+)?Seconded\s*(?:by\s*)?[:–—-]?\s*[^.;:]{1,60}\.?$/i;
const RUN_ON_MINUTES_SUBJECT_RE = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:\p{Ll}[\p{L}'’-]*\s+){0,4}(The\s+Minutes?\s[^.;]{0,200}?\b(?:were|was)\s+(?:duly\s+|unanimously\s+|then\s+)?(?:approved|agreed|confirmed|accepted|adopted|signed|APPROVED|AGREED|CONFIRMED)\b[^;]*)$/u;
const PRONOUN_ASSENT_RE = /^(?:These|They|Both|All)\b[^.;]{0,160}?\b(?:were|was)\s+(?:(?:duly|then|previously|unanimously|all)\s+)?(?:agreed|approved|accepted|adopted|confirmed|signed)\b[^.;]{0,160}[.;]?/;

/** "All declarations are personal, unless otherwise stated": a kind of interest said once for a list's entries. */
const DEFAULT_NATURE_RE = /\b(?:all|the\s+following)\s+(?:declarations|interests)\s+(?:are|were)\s+((?:[\w-]+\s+){0,3}?(?:personal|prejudicial|pecuniary|non-pecuniary|non-registrable|other\s+registrable|financial|non-financial))\b[^.;]{0,20}?\bunless\s+(?:otherwise\s+(?:stated|indicated|shown|noted)|stated\s+otherwise)\b/i;
const ORDER_OF_BUSINESS_TITLE_RE = /^(?:(?:variation|change|alteration)\s+(?:of|to|in)\s+(?:the\s+)?)?order\s+of\s+(?:the\s+)?(?:business|agenda|items)\b/i;
const EXCLUSION_TITLE_RE = /\bexclu(?:de|ded|sion)\b.{0,40}\b(?:press|public)\b/i;

const END_OF_MEETING_RE = /\b(?:meeting|business)\b.{0,30}\b(?:closed|ended|concluded|finished|terminated|rose)\b|\bconcluded\s+at\b/i;

/**
 * One document can hold the minutes of several meetings (a committee and its sub-committee printed
 * together). Only the first meeting is returned: everything from the second "Minutes of the meeting
 * of … held on …" heading is dropped, together with the signature and heading lines before it.
 */
/**
 * "COUNCIL HELD: Wednesday, 17 July 2019" at the top of the page and again inside the minutes ("… J Wilkie. COUNCIL HELD:
 * Wednesday, 17 July 2019 18 DECLARATIONS OF INTEREST …"): the heading printed at the top of each page, run into the text
 * where a new page begins. Its later copies are taken out, so the minute after it starts where it did.
 */
function withoutRepeatedHeading(blocks: readonly Block[]): readonly Block[] {
  for (let i = 0; i < Math.min(blocks.length, 4); i++) {
    const t = blocks[i]?.text ?? '';
    const d = findDate(t.slice(0, 160));
    const heading = d && d.index + d.length >= 20 && d.index + d.length <= 120 ? t.slice(0, d.index + d.length) : null;
    if (!heading) continue;
    let found = false;
    const out = blocks.map((b, k) => {
      if (k < i || b.text.length > 200000) return b;
      const from = k === i ? b.text.indexOf(heading) + heading.length : 0;
      if (!b.text.includes(heading, from)) return b;
      found = true;
      const text = b.text.slice(0, from) + b.text.slice(from).split(heading).map((x) => x.trim()).filter(Boolean).join(' ');
      return { ...b, text: k === i ? text.replace(/\s+/g, ' ') : text };
    });
    return found ? out.filter((b) => b.text.length > 0) : blocks;
  }
  return blocks;
}

/** A meeting's heading whose next paragraph approves that meeting's minutes (its date earlier than this meeting's, or said again). */
function approvesMinutesBelow(heading: string, below: string, meetingDate: string | null): boolean {
  if (below.length > 600 || !/\bminutes?\b/i.test(below) || !MINUTES_APPROVED_SENTENCE_RE.test(below)) return false;
  const date = findDate(heading)?.iso ?? null;
  if (date === null) return false;
  return (meetingDate !== null && date < meetingDate) || findDate(below)?.iso === date;
}

function firstMeetingOnly(blocks: readonly Block[]): readonly Block[] {
  let first = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || b.bullet || !isMeetingHeading(b.text)) continue;
    // "415/01/18 MINUTES FROM THE LAST MEETING 4 DECEMBER 2017": a numbered item about the last minutes, not a new meeting.
    if (first >= 0 && /^\d{1,4}(?:\/\d{2}){1,2}\s+\p{Lu}/u.test(b.text)) continue;
    if (first < 0) {
      first = i;
      continue;
    }
    // A sharing site's title repeating the heading, with only its furniture between ("Total Page:16", "File
    // Type:pdf"): the same meeting, its minutes starting at the second heading.
    const key = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().slice(0, 60);
    const between = blocks.slice(first + 1, i);
    // ("Minutes of meeting held by X on 14TH December 2017." over "Confirmed Minutes of meeting held by X on 14th
    // December 2017.": the same meeting's heading twice in other words, its date the same.)
    const firstDate = findDate(blocks[first]?.text ?? '')?.iso ?? null;
    const sameMeeting = key(blocks[first]?.text ?? '') === key(b.text) || (firstDate !== null && firstDate === (findDate(b.text)?.iso ?? null));
    if (sameMeeting && i - first <= 4 && between.every((x) => x.text.length < 80)) {
      first = i;
      continue;
    }
    // ("Minutes of LVACC Meeting held on February 5th 2020 page number 2191 …" between minutes 5 and 6: the page's running
    // header, the same meeting's heading and date, where a new page of the same minutes begins.)
    // (Another body's meeting on the same day, "Licensing Sub-Committee held on Monday, 4 November 2024 at 7.30 pm", is
    // not: the heading is the same heading, or says it is a page's.)
    const beforeDate = (t: string) => key(t.slice(0, findDate(t)?.index ?? 60));
    const sameWords = beforeDate(blocks[first]?.text ?? '') === beforeDate(b.text);
    if (b.text.length < 250 && ((sameMeeting && sameWords) || /\bpage\s+(?:number\s+|no\.?\s+)?\d{1,5}\b/i.test(b.text))) continue;
    // "MINUTES OF THE BOARD MEETING HELD ON 22 MARCH 2013" over "The minutes of the Board meeting held on 22 March 2013 were
    // confirmed as a true record": the heading of the item that approves the last meeting's minutes, not a second meeting.
    if (approvesMinutesBelow(b.text, blocks[i + 1]?.text ?? '', firstDate)) continue;
    let cut = i;
    for (let k = i - 1; k > first; k--) {
      const t = blocks[k]?.text ?? '';
      if (END_OF_MEETING_RE.test(t) && t.length < 200) {
        cut = k + 1;
        break;
      }
      if (i - k > 6) break;
    }
    if (cut === i) {
      // No closing line: drop the short heading lines (council, committee name) printed above the heading.
      while (cut - 1 > first && (blocks[cut - 1]?.text.length ?? 0) < 100 && !TERMINAL_RE.test(blocks[cut - 1]?.text ?? '') && i - cut < 4) cut--;
    }
    return blocks.slice(0, cut);
  }
  return blocks;
}

export interface ItemHints {
  /** Per item (by order), facts the caller already knows (ModernGov XML). */
  exempt?: boolean;
}

export function parseBlocks(blocks: readonly Block[]): ParsedMinutes {
  return parseBlocksDetailed(blocks).minutes;
}

/** Attendance-list blocks that sit right after the header (before any item) are header, not items. */
function leadingListBlocks(blocks: readonly Block[], from: number, headerUsed: Set<number>, listUsed: Set<number>): Set<number> {
  const out = new Set<number>();
  for (let i = from; i < blocks.length; i++) {
    if (headerUsed.has(i)) continue;
    // ("Craig Findlay" / "(Midlothian Advertiser)": a list's last entry wrapped, its body in brackets on a line of its own.)
    if (!listUsed.has(i) && listUsed.has(i - 1) && listUsed.has(i + 1) && /^\([^()]{2,60}\)$/.test(blocks[i]?.text.trim() ?? '')) {
      out.add(i);
      continue;
    }
    if (!listUsed.has(i)) break;
    // "233 APOLOGIES FOR ABSENCE – Apologies were received from …": a numbered item, not the header's list.
    if (/^\d{1,4}[.:]?\s+\p{Lu}/u.test(blocks[i]?.text ?? '')) break;
    // ("PRESENT: … APOLOGIES were received from … 1. MINUTES OF LAST MEETING …": a page copied as one paragraph; the list
    // is read from it, and the business that follows stays.)
    if ((blocks[i]?.text.length ?? 0) > 1500) break;
    out.add(i);
  }
  return out;
}

/**
 * "001.18 AGENDA ITEM 1: WELCOME AND APOLOGIES The Chairman …", "1920/104 ITEM 1 - Mayor’s Remarks", "T11/125 ITEM 2 -
 * Declarations of Interest": the agenda's number after the minute's goes before the heading is read.
 */
const MINUTE_THEN_AGENDA_NUMBER_RE = /^(\p{Lu}{0,3}\d{1,4}(?:[./]\d{1,4})?\.?\s+)(?:AGENDA\s+)?ITEM\s+\d{1,3}[a-z]?\s*[:.–—-]\s*(?=\p{Lu})/iu;
function withoutAgendaNumber(b: Block): Block {
  return MINUTE_THEN_AGENDA_NUMBER_RE.test(b.text) ? { ...b, text: b.text.replace(MINUTE_THEN_AGENDA_NUMBER_RE, '$1') } : b;
}

/**
 * "15. Apologies for absence (Agenda item 1 15.06.23)": a minute's heading that also gives the agenda's number and the
 * meeting's date; that reference is not part of the title ("001.18 AGENDA ITEM 1: …" goes with withoutAgendaNumber).
 */
function withoutAgendaReference(title: string): string {
  return title.replace(/\s*\((?:agenda\s+)?item\s+\d{1,3}[a-z]?\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}\)$/i, '');
}

/** An item for the members who sent apologies: "Apologies for absence", "Reasons for Absence", Welsh "Ymddiheuriadau". */
const APOLOGIES_TITLE_RE = /apolog|ymddiheur|\breasons?\s+for\s+(?:absence|non-attendance)\b/i;
const POLICE_ITEM_RE = /\b(?:police|PCSOs?|constabulary|community\s+safety|crime)\b/i;

export function parseBlocksDetailed(allBlocks: readonly Block[], context: ParseContext = {}): { minutes: ParsedMinutes; attendance: Attendee[] } {
  const first = parseBlocksOnce(allBlocks, context);
  // At most one item read: the business every meeting has, found by its wording wherever it stands (standard-headings.ts).
  // Its items, and the declarations and decisions read under them, are taken when that reading finds three or more.
  if (first.minutes.items.length > 1) return first;
  const split = splitStandardHeadings(allBlocks);
  const second = split ? parseBlocksOnce(split.blocks, context) : null;
  // Taken only when the items read are the headings found, not others the new lines let the reader see.
  const found = new Set((split?.headings ?? []).map((h) => h.toLowerCase()));
  const own = second ? second.minutes.items.filter((i) => found.has(`${i.number ? `${i.number} ` : ''}${i.title}`.toLowerCase())).length : 0;
  const standard = second && second.minutes.items.length >= 3 && own * 2 >= second.minutes.items.length ? second : null;
  // Else the page's own numbering, whatever its shape or its headings' wording (numbered-sequence.ts).
  // (Parsed again only when the page has such a run: most pages of one item have none.)
  // Headings in capitals, when they give more items than the standard headings' reading (which reads only the business
  // every meeting has) and the numbering gives none.
  const sequenced = !standard && sequenceItems(allBlocks) ? parseBlocksOnce(allBlocks, context, true) : null;
  const caps = sequenced && sequenced.minutes.items.length > 1 ? null : capsHeaded(allBlocks, context);
  const byCaps = caps && caps.minutes.items.length > (standard?.minutes.items.length ?? 1) ? caps : null;
  // Bullets, each an agenda heading and its minute after a dash, when nothing else read more than one item.
  const byBullets = !byCaps && !standard && !(sequenced && sequenced.minutes.items.length > 1) ? bulletHeaded(allBlocks, context) : null;
  const taken = byCaps ?? standard ?? sequenced ?? byBullets ?? first;
  if (taken.minutes.items.length <= 1) return first;
  // (How much of the opening's decisions was read belongs with the items and decisions it was judged against.)
  const { items, declarations, declarationsState, decisions, introDecisionsState, introDecisionSentences } = taken.minutes;
  // Apologies minuted under an item the second reading found ("Reasons for Absence Councillor A (holiday) …"), when the
  // first found none.
  const apologies = first.minutes.apologies.length > 0 ? first.minutes.apologies : taken.minutes.apologies;
  const known = new Set(first.attendance.map((a) => a.name));
  const attendance = first.minutes.apologies.length > 0 ? first.attendance : [...first.attendance, ...taken.attendance.filter((a) => a.status === 'apologies' && !known.has(a.name))];
  const minutes: ParsedMinutes = { ...first.minutes, items, declarations, declarationsState, decisions, apologies, ...(introDecisionsState ? { introDecisionsState } : {}) };
  // (The opening's sentences go with its state: the first reading's never stand beside the second's.)
  if (introDecisionsState) {
    delete minutes.introDecisionSentences;
    if (introDecisionSentences) minutes.introDecisionSentences = introDecisionSentences;
  }
  return { attendance, minutes };
}

/**
 * Items from headings in capitals that open paragraphs (caps-headings.ts), taken, as the standard headings are, when three
 * or more are read and they are most of the items read.
 */
function capsHeaded(allBlocks: readonly Block[], context: ParseContext): ReturnType<typeof parseBlocksOnce> | null {
  return headedReading(splitCapsHeadings(allBlocks), context);
}

/** Items from bullets that each open with an agenda heading (bullet-headings.ts), taken as the capitals' headings are. */
function bulletHeaded(allBlocks: readonly Block[], context: ParseContext): ReturnType<typeof parseBlocksOnce> | null {
  return headedReading(splitBulletHeadings(allBlocks), context);
}

/** The page read again with its found headings apart; kept when three or more of them, and most items, are the headings. */
/** A page's title line: the minutes (or notes) of a meeting, or a meeting's name with its date. */
const PAGE_TITLE_LINE_RE = new RegExp(String.raw`\b(?:minutes|notes)\b|\bmeeting\b.*\b(?:${MONTH_WORD})\b`, 'i');

function headedReading(split: { blocks: Block[]; headings: string[] } | null, context: ParseContext): ReturnType<typeof parseBlocksOnce> | null {
  if (!split) return null;
  const again = parseBlocksOnce(split.blocks, context);
  // ("APOLOGIES FOR ABSENCE." is found with its full stop; the item's title is printed without it.)
  const key = (t: string) => t.toLowerCase().replace(/[\s.:;,–—-]+$/, '');
  const found = new Set(split.headings.map(key));
  // ("Present Councillor T. Knowles (TK) (in the chair)" over the members, before the first heading found: the list of who
  // came, read as the attendance, is no item.)
  const first = again.minutes.items.findIndex((i) => found.has(key(i.title)));
  // ("PC Meeting Minutes & Agenda - Nov 2022" / "MINUTES FROM THE PARISH COUNCIL MEETING HELD ON …" before the first heading:
  // the page's title lines, unnumbered, with nothing decided under them, are no items either.)
  if (first > 0) again.minutes.items = again.minutes.items.filter((i, k) => k >= first || i.number !== null || (!/^(?:Present|Attendance|Apologies|In\s+attendance)\b/i.test(i.title) && !PAGE_TITLE_LINE_RE.test(i.title)));
  const own = again.minutes.items.filter((i) => found.has(key(i.title))).length;
  return own >= 3 && own * 2 >= again.minutes.items.length ? again : null;
}

/** A heading's first letters, to tell two readings of one heading apart from two headings. */
const headKey = (title: string) => title.toLowerCase().replace(/[^\p{L}\d]+/gu, '').slice(0, 8);
/** Two readings of one heading: the same first letters, or one reading found no words ("3|" beside "3|Declarations …"). */
const sameHeading = (a: string, b: string) => {
  const [x, y] = [headKey(a), headKey(b)];
  return !x || !y || x.startsWith(y) || y.startsWith(x);
};

/** "The Board resolved :-", "Council agreed:": a decision's label read as a heading without a number. */
const DECISION_LABEL_TITLE_RE = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:resolved|agreed|decided|determined)(?:\s+(?:that|to))?\s*:?-?$/iu;

/**
 * "1. The Chair advised …" / "The Board resolved :- to note the information.": a decision's label standing alone is
 * no item's heading; it goes back into the text of the item before it, where the decision is read.
 */
function withDecisionLabelsInItems(drafts: ItemDraft[]): ItemDraft[] {
  const out: ItemDraft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && d.number === null && DECISION_LABEL_TITLE_RE.test(d.title.trim())) {
      const [first, ...rest] = d.body;
      const label = d.title.trim().replace(/\s*:?-?$/, ':');
      const opening = first && !first.bullet ? `${label} ${first.text.replace(/^\s*:?-\s*/, '')}` : label;
      out[out.length - 1] = { ...prev, body: [...prev.body, { text: opening, bullet: false }, ...(first && !first.bullet ? rest : d.body)] };
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * "Mr L Ackerman" with the role "Mr M Boyce Mr C Price Mrs D Rees": styled names run together without commas, read as
 * one person and a post. A role that is itself two or more styled people is not a role: each is an entry of their own,
 * with the first person's status.
 */
const STYLED_PEOPLE_ROLE_RE = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}\.?\s+){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+\s*){2,}$/u;
function withNamesOutOfRoles(attendees: readonly Attendee[]): Attendee[] {
  return attendees.flatMap((a) => {
    if (!a.role || !STYLED_PEOPLE_ROLE_RE.test(a.role.trim())) return [a];
    const more = a.role.trim().split(/\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)/);
    return [{ ...a, role: null }, ...more.map((name) => ({ name, status: a.status, role: null }))];
  });
}

/**
 * "Dear Councillor, YOU ARE duly summoned to attend a MEETING OF THE … PARISH COUNCIL to be held on" over "TUESDAY, 7th
 * March, 2017": a summons's date is the meeting's, whatever date the letter bears ("2 March 2017" above it). Read only
 * where the page's first lines summon members to the meeting (never a "next meeting will be held on" in minutes).
 */
function summonedDate(lines: readonly string[], header: { date: string | null }): void {
  const first = lines.slice(0, 30);
  const at = first.findIndex((l) => /\bsummoned\b/i.test(l) && /\b(?:to\s+be|will\s+be)\s+held\s+(?:on\s*)?$/i.test(l.trim()));
  const next = at >= 0 ? first.slice(at + 1).find((l) => l.trim() !== '') : undefined;
  const d = next && next.trim().length <= 60 ? findDate(next) : null;
  if (!d || d.index > 12) return;
  header.date = d.iso;
}

/** `byNumbering`: items from the page's numbering alone when the item reader finds at most one. */
function parseBlocksOnce(allBlocks: readonly Block[], context: ParseContext, byNumbering = false): { minutes: ParsedMinutes; attendance: Attendee[] } {
  const document = context.document ?? 'minutes';
  const blocks = firstMeetingOnly(afterCoverLetter(splitRunOnHeadings(withoutRepeatedHeading(allBlocks).map(withoutAgendaNumber))));
  const header = parseHeader(blocks);
  const titleMeeting = context.title ? TITLE_MEETING_RE.exec(context.title) : null;
  if (titleMeeting && titleMeeting[1] && titleMeeting[2]) {
    const d = findDate(titleMeeting[2]);
    if (d) {
      header.committee = header.committee ?? titleMeeting[1].trim();
      header.date = header.date ?? d.iso;
      const tm = findTime(titleMeeting[2].slice(d.index + d.length));
      if (tm) header.startTime = header.startTime ?? tm.hhmm;
    }
  }
  openlyLocalTitle(blocks, header);
  namedLocalCouncil(blocks, header);
  const lines = headerLines(blocks, header.used);
  if (!header.date) {
    // Header facts the line-by-line header parser cannot see: "Council Date: Thursday, 19 September 2024"
    // run together, "A meeting … will be held … on 11 December 2003 at 13:30", "X Agenda - 11 December 2003, 13:30".
    for (const [k, line] of lines.entries()) {
      // Every shape below is taken only with a date, and every date has a four-digit year.
      if (!/\d{4}/.test(line)) continue;
      // "Ashby Parish Council Extraordinary meeting." over "Held at the Memorial Hall at 19:45 on 21st March 2018".
      const heldAt = HELD_AT_RE.exec(line);
      const heldDate = heldAt && heldAt[3] ? findDate(heldAt[3]) : null;
      if (heldAt && heldAt[1] && heldDate) {
        header.date = heldDate.iso;
        const tm = heldAt[2] ? findTime(heldAt[2]) : null;
        if (tm && !header.startTime) header.startTime = tm.hhmm;
        header.venue = header.venue ?? heldAt[1].replace(/^the\s+/i, '').trim();
        const above = COUNCIL_MEETING_LINE_RE.exec(lines[k - 1] ?? '');
        if (above && above[1] && isCouncilName(above[1])) header.committee = header.committee ?? above[1];
        break;
      }
      // The next meeting's date is not this meeting's.
      if (/^(?:date\s+of\s+(?:the\s+)?)?next\s+meeting\b/i.test(line)) continue;
      // "Curborough, Elmhurst, Farewell and Chorley Parish Council 9 January 2020": a council's name and the date, alone on a line.
      const nameDate = k < 3 && /\bCouncil\s+(?:\p{L}+day,?\s+)?\d/u.test(line) ? COUNCIL_THEN_DATE_RE.exec(line) : null;
      const nameDay = nameDate?.[2] ? findDate(nameDate[2]) : null;
      if (nameDate?.[1] && nameDay && isCouncilName(nameDate[1].trim())) {
        header.date = nameDay.iso;
        header.committee = header.committee ?? nameDate[1].trim();
        break;
      }
      const placeDate = /\bat\s+an?\s/i.test(line) ? PLACE_DATE_MEETING_RE.exec(line) : null;
      const placeDay = placeDate?.[2] ? findDate(placeDate[2]) : null;
      if (placeDate?.[1] && placeDate[3] && placeDay) {
        header.date = placeDay.iso;
        const tm = placeDate[4] ? findTime(placeDate[4]) : null;
        if (tm && !header.startTime) header.startTime = tm.hhmm;
        header.venue = header.venue ?? titleCased(placeDate[1].trim());
        const name = placeDate[3].trim();
        header.committee = header.committee ?? (bodyName(name) ?? name);
        break;
      }
      // A first line or heading that is the whole header: "Minutes of Parish Council 22 November 2023",
      // "Glasgow City Council Agenda - 11 December 2003, 13:30".
      // Each shape is tried only where its words are: the patterns are costly on every line.
      const named =
        (/^(?:(?:draft|confirmed|approved)\s+)?minutes\b/iu.test(line) ? /^(?:(?:draft|confirmed|approved)\s+)?minutes\s+(?:of\s+(?:the\s+)?)?(.{2,120}?)\s*[-–—,:]?\s+((?:\p{L}+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s*\p{L}{3,9},?\s+\d{4}.{0,40})$/iu.exec(line) : null) ??
        (/(?:agenda|minutes)\s*[-–—:]/iu.test(line) ? /^(.{2,150}?)\s+(?:agenda|minutes)\s*[-–—:]\s*((?:\p{L}+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9},?\s+\d{4}.{0,40})$/iu.exec(line) : null);
      // ("Minutes of the last meeting 7pm 12 March 2014 were approved.": another meeting's minutes, approved.)
      const another = !!named?.[1] && (ANOTHER_MEETING_RE.test(named[1]) || MINUTES_APPROVED_SENTENCE_RE.test(named[2] ?? ''));
      if (named && named[1] && named[2] && !another && findDate(named[2]) && !/\b(?:held|meeting\s+of)\b/i.test(named[1])) {
        // "Minutes of meeting in County Buildings, Wellington Square, , on 6th October 2016": where, not who.
        const where = /^meeting\s+(?:held\s+)?(?:in|at)\s+(?:the\s+)?(\p{Lu}.{2,100}?)[\s,]*(?:\bon)?$/iu.exec(named[1].trim());
        if (where?.[1]) header.venue = header.venue ?? where[1].replace(/(?:,\s*)+$/, '').replace(/,\s*,/g, ',');
        // "Minutes of Meeting, Tuesday, 7th March 2023": the word "Meeting" names no body.
        // "Minutes of meeting on Tuesday, 8th September 2020": "on" leads to the date; no body is named.
        else if (!/^(?:(?:\p{L}+\s+)?meeting|the\s+meeting)(?:\s+(?:held\s+)?(?:on|of))?$/iu.test(named[1].trim())) header.committee = header.committee ?? named[1].trim();
        const nd = findDate(named[2]);
        if (nd) {
          header.date = nd.iso;
          const tm = findTime(named[2].slice(nd.index + nd.length));
          if (tm && !header.startTime) header.startTime = tm.hhmm;
          break;
        }
      }
      // A parish agenda's summons: "You are hereby summoned to attend the meeting of X Parish Council on Thursday 1st July 2021 at 7.00pm".
      const summons = /summoned/i.test(line) ? SUMMONS_RE.exec(line) : null;
      const summonsDate = summons && summons[2] ? findDate(summons[2]) : null;
      if (summons && summons[1] && summonsDate) {
        const name = summons[1].trim();
        if (isCouncilName(name) || bodyName(name)) header.committee = header.committee ?? (bodyName(name) ?? name);
        header.date = summonsDate.iso;
        const tm = findTime(summons[2]?.slice(summonsDate.index + summonsDate.length) ?? '');
        if (tm && !header.startTime) header.startTime = tm.hhmm;
        break;
      }
      const m =
        /^(?:to\s+be\s+)?held\s+on\s+(.{6,120})$/i.exec(line) ??
        // "Date: …", not "Issue date: …" (when the papers went out).
        /(?<!\b(?:issue|publication|published|despatch|dispatch|circulation|print)\s)\b(?:date|dyddiad|meeting\s+called\s+for)\s*:\s*(.{6,80})$/i.exec(line) ??
        /\bmeeting\b.{0,200}?\b(?:(?:will\s+be|to\s+be|is\s+to\s+be)\s+held|(?:will|is\s+to)\s+take\s+place)\b(.{4,300})$/i.exec(line) ??
        /^.{2,150}?\s[-–—]\s((?:\p{L}+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9},?\s+\d{4}.{0,40})$/u.exec(line);
      const d = m && m[1] ? findDate(m[1]) : null;
      if (!m || !m[1] || !d) continue;
      header.date = d.iso;
      // "… invited to attend a meeting of the Ards Borough Council which will be held in the Council Chamber, Town
      // Hall, Bangor on Wednesday, …": the body and the place.
      const invited = /will\s+be\s+held|to\s+be\s+held/i.test(line) ? INVITED_MEETING_RE.exec(line) : null;
      if (invited?.[1]) {
        const name = invited[1].trim();
        const body = bodyName(name) ?? (isCouncilName(name) ? name : null);
        if (body) header.committee = header.committee ?? body;
        if (invited[2]) header.venue = header.venue ?? invited[2].trim();
      }
      const tm = findTime(m[1].slice(d.index + d.length)) ?? findTime(m[1].slice(0, d.index));
      if (tm && !header.startTime) header.startTime = tm.hhmm;
      break;
    }
  }
  summonedDate(lines, header);
  if (!header.date) titledMinutesLine(blocks, header);
  if (!header.date) bareDateLine(blocks, header);
  if (!header.date) heldSentenceInside(blocks, header);
  if (!header.date) runningHeader(blocks, header);
  if (!header.date) datedTimeLine(blocks, header);
  if (!header.date) yearFromElsewhere(blocks, header);
  if (!header.date) firstHeadingDate(blocks, header);
  // "September 5th 2022 Meeting Minutes": the words after a date are the page's title, not a place.
  if (header.venue && /^(?:\p{L}+\s+){0,2}(?:minutes|agenda|notes)$/iu.test(header.venue.trim())) header.venue = null;
  heldVenue(blocks, header);
  // ("Held at 7.15pm on Tuesday …": a time read as the place is the meeting's start.)
  const timeAsVenue = header.venue ? findTime(header.venue) : null;
  if (timeAsVenue && !header.startTime && header.venue && header.venue.trim().length <= 10) header.startTime = timeAsVenue.hhmm;
  header.venue = withoutTrailingLabel(header.venue);
  if (!header.venue) venueByPlaceWord(blocks, header);
  const sourceAddress = context.sourceAddress ?? null;
  const times = findMeetingTimes(blocks);
  const lists = findAttendanceLists(blocks);
  lists.attendees.splice(0, lists.attendees.length, ...withNamesOutOfRoles(lists.attendees));
  // A partnership's register, one person a line under headings of their capacity (grouped-register.ts): read when the
  // lists the readers know found no more than one member present.
  const grouped = lists.attendees.filter((a) => a.status === 'present').length >= 2 ? null : groupedRegister(blocks);
  for (const g of grouped?.attendees ?? []) if (!lists.attendees.some((a) => a.name === g.name)) lists.attendees.push(g);
  for (const k of grouped?.used ?? []) lists.used.add(k);
  // At most one member present in the lists the readers know (often the chair, under a label of its own): lists the clerk
  // introduced in words of their own (attendance-cues.ts). What the lists read stands; a post it lacked is added.
  // ("* – Attendance; A- Absent" over names each with its mark: a register whose key says what the marks mean.)
  const marked = lists.attendees.filter((a) => a.status === 'present').length >= 2 ? [] : markedRegister(blocks);
  for (const a of marked) if (!lists.attendees.some((x) => x.name === a.name)) lists.attendees.push(a);
  const fewPresent = lists.attendees.filter((a) => a.status === 'present').length < 2;
  const cuedLists = fewPresent ? cuedAttendance(blocks) : [];
  // ("The chairman, Chris Norrington, welcomed councillors A, B and C.": who came, told in a sentence.)
  const cued = fewPresent && cuedLists.filter((a) => a.status === 'present').length < 2 ? [...cuedLists, ...welcomedMembers(blocks.map((b) => b.text).join('\n'))] : cuedLists;
  for (const c of cued) {
    const same = lists.attendees.find((a) => a.name === c.name);
    if (!same) lists.attendees.push(c);
    else if (!same.role && c.role && same.status === c.status) same.role = c.role;
  }
  const firstUnused = (() => {
    let k = 0;
    while (k < blocks.length && header.used.has(k)) k++;
    return Math.min(k, header.bodyStart);
  })();
  const leading = leadingListBlocks(blocks, firstUnused, header.used, lists.used);
  const skip = new Set<number>([...header.used, ...times.endBlocks, ...leading]);
  if (leading.size > 0) header.bodyStart = Math.max(header.bodyStart, Math.max(...leading) + 1);
  const read = withDecisionLabelsInItems(splitItems(blocks, header, skip, document === 'agenda'));
  // The page's own numbering (numbered-sequence.ts): when the reader found at most one item (asked for by the caller, after
  // the standard headings were tried), or when a run of numbers no list or sentence holds ("12931.", "57/19") is twice as
  // long as what it found ("12931 Apologies …" read, "12932 Co-option of …" not).
  const run = header.pageKind !== 'agenda-item' && header.pageKind !== 'issue' && (byNumbering || read.length >= 2) ? sequenceItems(blocks, skip) : null;
  // ("3. Declarations of Members’ Interests … 11052 - Cllr Rogers declared …": the reader stopped at a second numbering
  // inside the minutes; the page's own run holds every item it read, by number and heading, and more.)
  // (The numbers the reader passed over come after the first it read, and have headings of their own, all but one in four:
  // "3. The Chair said: …" has none, and stays a sentence.)
  // (The public's part of the meeting, an item with no number among numbered ones, is no part of the numbering: it is
  // left out of the comparison and kept beside the run when the run is taken.)
  const sessions = read.filter(isPublicSessionItem);
  const readNumbered = sessions.length > 0 ? read.filter((r) => !sessions.includes(r)) : read;
  const extra = run ? run.filter((q) => !readNumbered.some((r) => r.start === q.start)) : [];
  const headless = extra.filter((q) => !q.distinctive && q.title.replace(/[^\p{L}]/gu, '').length < 4).length;
  const holdsRead = !!run && readNumbered.length >= 2 && run.length > readNumbered.length && extra.every((q) => q.start >= (readNumbered[0]?.start ?? Infinity)) && headless * 4 <= extra.length && readNumbered.every((r) => r.start !== undefined && run.some((q) => q.number === r.number && q.start === r.start && sameHeading(q.title, r.title)));
  const numberedRun = run && (byNumbering ? readNumbered.length <= 1 : readNumbered.length >= 2 && ((run.every((r) => r.distinctive) && run.length >= readNumbered.length * 2) || holdsRead)) ? run : null;
  const numbered = numberedRun && sessions.length > 0 ? [...numberedRun, ...sessions.map((d) => ({ ...d, distinctive: false }))].sort((a, b) => (a.start ?? 0) - (b.start ?? 0)) : numberedRun;
  // ("15th September 2009" alone between two minutes: the page's running footer, the meeting's own date, no item.)
  const runningDate = (d: ItemDraft) => d.number === null && d.title.length <= 40 && !!header.date && isBareDateLine(d.title.trim()) && findDate(d.title)?.iso === header.date && d.body.every((b) => b.text.length < 3);
  const drafts = withoutSharedYearTail((numbered ? numbered.map(({ distinctive: _d, ...s }): ItemDraft => ({ ...s, titleDoc: null })) : read).filter((d) => !runningDate(d)).map(titleFromOpening).map(withoutLeadingColon).map(namesOutOfApologiesTitle).map(declarationOutOfTitle).map(withTitleBoundary));
  const hasApologiesItem = drafts.some((d) => APOLOGIES_TITLE_RE.test(d.title));
  // When most items carry "Minutes:", an item without it has agenda text only (not yet minuted).
  const labelled = drafts.filter((d) => d.body.some((b) => /^(?:minutes|cofnodion)\s*:/i.test(b.text))).length;
  const documentUsesMinutesLabel = drafts.length > 1 && labelled * 2 > drafts.length;
  const single = drafts.length === 1;

  const items: MinutesItem[] = [];
  const declarations: Declaration[] = [];
  const decisions: Decision[] = [];
  const apologies: string[] = [];
  const apologiesItemTexts: string[] = [];
  let privateFromHere = false;
  const exemptNumbers = new Set<string>();
  let exemptFollowing = false;

  // Which unnumbered item each decision was read under: "To grant the application." under two applications' headings
  // is two decisions, not one read twice.
  const unnumberedItemOf = new WeakMap<Decision, number>();
  drafts.forEach((d, idx) => {
    // A "PART B" / "Private session" heading at the end of this item's body applies to the items after it.
    let body = d.body;
    let privateAfter = false;
    const tailIdx = body.findIndex((b) => !b.bullet && PRIVATE_SECTION_RE.test(b.text));
    if (tailIdx >= 0 && tailIdx >= body.length - 3) {
      privateAfter = true;
      body = body.filter((_, k) => k !== tailIdx);
    }
    const s = splitSections(body, documentUsesMinutesLabel, single);
    const agendaText = joinBlocks(s.agenda);
    const minutesText = joinBlocks(s.minutes);
    const docs = [...s.docs];
    if (d.titleDoc && d.title) docs.unshift({ title: d.title, ...d.titleDoc });

    let truncated = s.truncated;
    if (idx === drafts.length - 1 && !truncated) {
      // A copy cut off mid-sentence: only the start of this item is on the page.
      const lastBlock = body.filter((b) => !SIGNATURE_RE.test(b.text)).pop();
      if (lastBlock && !TERMINAL_RE.test(lastBlock.text) && !/[)\]"”’]$/.test(lastBlock.text)) {
        const isOnlyTitle = body.length === 0;
        if (!isOnlyTitle && !/^(?:minutes|decision|additional documents|supporting documents)\s*:?$/i.test(lastBlock.text)) truncated = true;
      }
      // The page ends inside the last heading: "… COMMITTEE HELD ON 1 N", "Report of the".
      if (body.length === 0 && /(?:\b\d{1,2}\s+\p{L}{1,2}|\s(?:of|the|and|on|to|for|in|at|held|by)|,)$/iu.test(d.title)) truncated = true;
    }

    const exempt =
      privateFromHere || titleIsExempt(d.title) || (d.number !== null && exemptNumbers.has(d.number)) || exemptFollowing || textSaysExempt(agendaText);
    // (The item's text was read with its heading whole; the heading shown is its English side.)
    items.push({ number: d.number, title: withoutAgendaReference(englishSide(d.title)), exempt, truncated, documents: docs, agendaText, minutesText });

    // "1. Attendance and Apologies" over "Cllr. Russell Pearce – Chair" / "Cllr. Paul Ashton – Vice Chair" / … /
    // "Apologies for absence:": the members listed before the apologies, no label of their own, were present.
    if (ATTENDANCE_ITEM_TITLE_RE.test(d.title.trim()) && lists.attendees.every((a) => a.status !== 'present')) lists.attendees.push(...presentUnderAttendanceItem(s.minutes));
    const isApologiesItem = APOLOGIES_TITLE_RE.test(d.title);
    if (isApologiesItem && minutesText) apologiesItemTexts.push(minutesText.slice(0, 3000));
    // "Preliminaries" with a "1.ii  Declarations of Interest" sub-heading holds the declarations as that item would.
    // ("4. To receive any declarations of interest in accordance with … Disclosable Pecuniary Interest": a heading long
    // enough to be kept as the item's agenda wording, its title left empty, is the declarations item all the same.)
    const isDeclItem =
      isDeclarationsTitle(d.title) ||
      (!d.title.trim() && /^\s*to\s+(?:receive|record|note|declare)\b[^.]{0,40}?\b(?:declarations?|disclosures?)\s+of\s+(?:[\w'’-]+\s+){0,3}?interests?\b/i.test(agendaText.slice(0, 400))) ||
      s.minutes.some((b) => !b.bullet && SUBHEADING_RE.test(b.text.trim()) && isDeclarationsTitle(b.text.trim().replace(/^\S+\s+/, '')));
    const minutesBlocks = s.minutes.length > 0 ? s.minutes : [];
    // "4/08 POLICE MATTERS Apologies had been received from PC Gray": where the meeting has an apologies item, apologies
    // under the police's item are the officers', not the meeting's.
    if ((minutesBlocks.length > 0 || isApologiesItem) && !(hasApologiesItem && POLICE_ITEM_RE.test(d.title))) {
      // ("1. Apologies – Were received from Cllr. V. Peake, …": the heading is the sentence's subject.)
      const names = findApologies(isApologiesItem && /^(?:were|was|had\s+been|have\s+been)\s+(?:received|submitted|tendered|given)\b/i.test(minutesText.trim()) ? `Apologies ${minutesText.trim()}` : minutesText);
      if (isApologiesItem && names.length === 0) {
        // "Apologies for absence" item whose minutes are just a list of names.
        names.push(...apologiesFromItemBlocks(apologiesPart(minutesBlocks)));
        // "Cllrs: Mrs. AL, TB and JC.": the members by the initials the register gave them.
        if (names.length === 0) names.push(...apologiesByInitials(minutesText, joinBlocks(blocks)));
      }
      // "Preliminaries" with "1.i  Apologies" over "Councillor Jones and B Davies.": a sub-heading's list.
      if (!isApologiesItem && names.length === 0) names.push(...apologiesFromItemBlocks(underSubheading(minutesBlocks, APOLOGIES_SUBHEADING_RE)));
      apologies.push(...names);
    }
    const found = findDeclarations(minutesText, d.number, isDeclItem, { meetingDate: header.date, itemTitle: d.title });
    // A declarations item none of the readers could read: its members' entries, each where it says what the interest is.
    // (Not where the minutes say none were declared, nor under a heading that holds other business as well.)
    const sectionOnly = found.length === 0 && isDeclarationsTitle(d.title) && !/apolog|announce|minutes|welcome/i.test(d.title) && !saysNoneDeclared(minutesText);
    // "All declarations are personal, unless otherwise stated.": the minutes' own word for every entry that gives none.
    const stated = DEFAULT_NATURE_RE.exec(minutesText.slice(0, 3000));
    const byDefault = stated?.[1] ? interestNature(stated[1], header.date) : 'unspecified';
    const read = sectionOnly ? sectionDeclarations(minutesText, header.date) : found;
    declarations.push(...(byDefault === 'unspecified' ? read : read.map((x) => (x.nature === 'unspecified' ? { ...x, nature: byDefault } : x))));
    const itemDecisions = findItemDecisions(s.decision, s.minutes, d.number);
    // Under "Exclusion of the press and public" what is decided is who may stay: procedural, never a task.
    // (So under "Variation of Order of Business": what is decided is the order the meeting takes its business in.)
    if (EXCLUSION_TITLE_RE.test(d.title) || ORDER_OF_BUSINESS_TITLE_RE.test(d.title)) for (const x of itemDecisions) if (x.kind === 'action') Object.assign(x, { kind: 'procedural', owner: null, due: null });
    // "MINUTES OF THE PREVIOUS MEETING" then just "Agreed.": the minutes were approved.
    // (A page footer copied after it, "R:\\PANEL\\MINUTES - 1 MAY.DOC - 1", has no words of prose.)
    const assent = minutesBlocks[0]?.text.trim() ?? '';
    if (itemDecisions.length === 0 && BARE_ASSENT_RE.test(assent) && minutesBlocks.slice(1).every((b) => !/\b[a-z]{2,}\s+[a-z]{2,}\b/.test(b.text)) && /\bminutes\b/i.test(d.title) && !/\barising\b/i.test(d.title)) {
      itemDecisions.push({ item: d.number, label: null, text: assent.replace(/\.$/, ''), kind: 'procedural', owner: null, due: null, passage: assent });
    }
    // "Minutes of the last meeting:" / "These were agreed.", "These had been circulated previously, were agreed and will be
    // duly signed …": the minutes, named by a pronoun, approved.
    const pronounAssent = itemDecisions.length === 0 && /\bminutes\b/i.test(d.title) && !/\barising\b/i.test(d.title) ? PRONOUN_ASSENT_RE.exec(assent) : null;
    if (pronounAssent) itemDecisions.push({ item: d.number, label: null, text: pronounAssent[0].replace(/[.;]$/, ''), kind: 'procedural', owner: null, due: null, passage: pronounAssent[0] });
    // "Minutes of Previous Meeting" / "Proposed as a true record by CD and seconded by EF.", "Approved as read, proposed
    // Davie Sharpe …", "Cllr Hudson proposed that the minutes be accepted …": under the minutes' own heading, the first
    // sentence that approves them is the decision, however the clerk put it.
    // ("Adoption of Minutes and Matters Arising" / "Minutes, having been previously circulated, were adopted and signed":
    // the minutes' own heading shared with the matters arising from them; only a sentence that names the minutes.)
    const sharedWithArising = /\bminutes?\b.{0,40}\band\s+matters\s+arising\b/i.test(d.title);
    if (/\bminutes?\b/i.test(d.title) && (!/\barising\b/i.test(d.title) || sharedWithArising) && !itemDecisions.some((x) => x.kind === 'procedural' && /\bminutes?\b|\brecord\b/i.test(x.text))) {
      const itemSentences = minutesBlocks.slice(0, 3).filter((b) => b.text.length < 2000).flatMap((b, k) => splitSentences(k === 0 ? afterRepeatedTitle(b.text, d.title) : b.text));
      const assents = (t: string) => MINUTES_ASSENT_RE.test(t) && (!MINUTES_NOT_ASSENTED_RE.test(t) || AUTHORISED_TO_SIGN_RE.test(t)) && (!sharedWithArising || /\bminutes?\b/i.test(t));
      // ("Councillor Fail requested an amendment to the draft minutes … The minutes of the meeting held on 22 November 2021
      // were approved": a sentence whose subject is the minutes, where there is one, is the approval.)
      const subjectAt = itemSentences.findIndex((t) => MINUTES_SUBJECT_RE.test(t.trim()) && assents(t));
      // ("Proposed: TB Seconded: SH" over "They were both accepted as a true record …": the vote alone is how, the sentence
      // that says what was done is the approval.)
      const said = itemSentences.findIndex((t) => assents(t) && !BARE_VOTE_RE.test(t.trim()));
      const firstAssent = itemSentences.findIndex(assents);
      let at = subjectAt >= 0 ? subjectAt : firstAssent >= 0 && BARE_VOTE_RE.test(itemSentences[firstAssent]?.trim() ?? '') && said > firstAssent ? said : firstAssent;
      // ("RESOLUTION TO SIGN & APPROVE MINUTES OF MEETING HELD ON 4th July 2016 The Minutes were approved …": the heading
      // and the minute in one line, with no full stop between: the clause whose subject is the minutes is the approval.)
      if (at < 0) {
        const embedded = itemSentences.map((t) => EMBEDDED_MINUTES_ASSENT_RE.exec(t)?.[1]).findIndex((c) => !!c && !MINUTES_NOT_ASSENTED_RE.test(c));
        if (embedded >= 0) {
          itemSentences[embedded] = EMBEDDED_MINUTES_ASSENT_RE.exec(itemSentences[embedded] ?? '')?.[1] ?? '';
          at = embedded;
        }
      }
      // ("Cllr Hudson proposed that the minutes be accepted. Cllr Smith seconded the proposal.": the vote belongs with it.)
      // ("Approved: Linda Matheson" over "Seconded: Beth Cook": the seconder's line as well.)
      // ("Approved, as read." then "Proposed: Davie Sharpe; Seconded: Wille Lenza": the vote that carried it.)
      // ("Geàrr-chunntas na coinneimh The Minutes of Meeting of 12 May were APPROVED.": a heading, in another language or
      // run on, before the sentence whose subject is the minutes; the sentence starts at its capital "The".)
      const runOn = at >= 0 && !/^(?:The\s+)?minutes?\b/i.test(itemSentences[at]?.trim() ?? '') ? RUN_ON_MINUTES_SUBJECT_RE.exec(itemSentences[at] ?? '') : null;
      if (runOn?.[1] && !MINUTES_NOT_ASSENTED_RE.test(runOn[1])) itemSentences[at] = runOn[1];
      const here = itemSentences[at] ?? '';
      const after = itemSentences[at + 1]?.trim() ?? '';
      const voteAfter = /\bproposed\b/i.test(here) ? /\bseconded\b/i.test(after) : /^(?:approved|agreed)\b/i.test(here) && /^(?:(?:proposed|seconded)\b[^.]{0,80}\bseconded\b|seconded\b)/i.test(after);
      const seconding = at >= 0 && !/\bseconded\b/i.test(here) && voteAfter ? ` ${after}` : '';
      const assentSentence = at >= 0 ? `${itemSentences[at]?.trim()}${seconding}` : undefined;
      if (assentSentence) {
        // "107/19/01 The minutes …", "1. Cllr Hudson proposed …": the paragraph's number is its label, not its words.
        const numbered = /^(\d{1,4}(?:[./]\d{1,3}){0,2})[.)]?\s+(?=\p{Lu})/u.exec(assentSentence.trim());
        const passage = assentSentence.trim().slice(numbered ? numbered[0].length : 0);
        const sameText = itemDecisions.findIndex((x) => passage.includes(x.text.replace(/\.$/, '')));
        // ("5.1 – Following review, a motion that the minutes be signed …": the paragraph's number is not its words; the vote
        // stays in the passage, not the text.)
        const text = withoutVote(passage.replace(/^\d{1,3}(?:\.\d{1,3})+\.?\s*(?:[–—-]\s*)?(?=\p{Lu})/u, '').replace(/[.;]$/, '')).replace(/^that\s/, 'That ').replace(CONNECTIVE_START_RE, '').replace(/^the\s/, 'The ');
        const approval: Decision = { item: d.number, label: numbered?.[1] ?? null, text, kind: 'procedural', owner: null, due: null, passage };
        if (sameText >= 0) itemDecisions.splice(sameText, 1, approval);
        else itemDecisions.unshift(approval);
      }
    }
    // "3 MINUTE OF MEETING OF 27 FEBRUARY 2018" / "Decision" / "APPROVED": the minute approved, a record, not a task.
    if (/\bminutes?\b/i.test(d.title) && !/\barising\b/i.test(d.title)) {
      for (const x of itemDecisions) if (x.kind === 'action' && BARE_ASSENT_RE.test(x.text.trim())) Object.assign(x, { kind: 'procedural', owner: null, due: null });
    }
    ownersFromActionLabels(itemDecisions, minutesText);
    decisions.push(...itemDecisions);
    if (d.number === null) for (const x of itemDecisions) unnumberedItemOf.set(x, idx);
    // Whether a sentence words a decision none of these holds: the page then says it may not have read them all.
    const pushed = items[items.length - 1];
    if (pushed) pushed.decisionsState = itemDecisionsState(minutesText, itemDecisions);

    const targets = exclusionTargets(d.title, [...s.agenda, ...s.minutes]);
    for (const n of targets.numbers) exemptNumbers.add(n);
    if (targets.following && targets.numbers.size === 0 && /^exclusion\b/i.test(d.title)) exemptFollowing = true;
    if (privateAfter) privateFromHere = true;
  });

  // "Declarations of Interest • Councillor A – Item 14.1" printed with the attendance, before the first item.
  const firstStart = drafts[0]?.start;
  if (declarations.length === 0 && document !== 'agenda' && firstStart !== undefined) {
    // "Declaration of Interest Cllr X declared …": the heading and its one declaration on a line.
    const before = blocks.slice(0, firstStart).map((b) => b.text).filter((t) => PRELUDE_DECLARATIONS_RE.test(t));
    for (const t of before) {
      const from = t.slice(t.search(PRELUDE_DECLARATIONS_RE));
      // "Declaration of Pecuniary Interest & Dispensations: Cllr Williams – …": the heading names the kind of each entry.
      const kind = interestNature(/^[^:•–—]{0,80}/.exec(from)?.[0] ?? '', header.date);
      for (const d of findDeclarations(from, null, true, { meetingDate: header.date })) declarations.push(d.nature === 'unspecified' && kind !== 'unspecified' ? { ...d, nature: kind } : d);
    }
    // "Cllr Ivor Jackson declared an interest in item 10 – Planning. Cllr Edgar Jones declared …": a paragraph of
    // declarations before the first item (recorded as members arrived), its heading a sentence of its own above it.
    if (declarations.length === 0) {
      // ("Declarations of Interest Forms were received from Councillors. Pursuant to … Code of Conduct, Councillor Mr J
      // Evans, declared an interest under Development …": the declarations inside the paragraph, after its lead-in.)
      const paragraphs = blocks.slice(0, firstStart).filter((b) => !b.bullet && b.text.length < 3000 && (PRELUDE_DECLARED_RE.test(b.text) || PRELUDE_DECLARED_INSIDE_RE.test(b.text)));
      for (const b of paragraphs) declarations.push(...findDeclarations(b.text, null, true, { meetingDate: header.date }));
    }
    // The same heading on a line of its own, a bullet for each declaration under it.
    const heading = blocks.slice(0, firstStart).findIndex((b) => !b.bullet && /^declarations?\s+of\s+interests?$/i.test(b.text.trim()));
    if (heading >= 0 && declarations.length === 0) {
      const bullets: string[] = [];
      for (let k = heading + 1; k < firstStart && blocks[k]?.bullet; k++) bullets.push(blocks[k]?.text ?? '');
      if (bullets.length > 0) declarations.push(...findDeclarations(bullets.join('\n\n'), null, true, { meetingDate: header.date }));
    }
  }

  // Items named by a later exclusion resolution (rare) are marked too.
  for (const it of items) if (it.number !== null && exemptNumbers.has(it.number)) it.exempt = true;

  // Apologies recorded outside any item (printed minutes put them after "PRESENT:", before the first item).
  for (const a of lists.attendees) if (a.status === 'apologies') apologies.push(a.name);
  if (apologies.length === 0) {
    let seen = 0;
    for (const b of blocks) {
      if (seen > 400000) break;
      seen += b.text.length;
      if (/apolog|ymddiheur/i.test(b.text)) apologies.push(...findApologies(b.text));
    }
  }

  // A member read as "A Item" or "C Member" (isBusinessWordName: a table's row with the surname in a later cell) is
  // dropped, never shown: the section is then told as one that could not be read in full.
  const readable = declarations.filter((d) => !isBusinessWordName(d.member));
  const unreadDeclarations = declarations.length - readable.length;
  declarations.splice(0, declarations.length, ...readable);
  // The items and the lines before the first one, as the declarations' state reads them.
  const stateItems = [...items, { title: '', minutesText: items.length === 0 ? blocks.map((b) => b.text).join('\n') : [...new Set([...lines, ...blocks.slice(0, firstStart ?? 0).map((b) => b.text)])].join('\n') }];

  if (document === 'agenda') {
    // Nothing is minuted yet: no decisions, declarations or apologies; each item keeps its agenda text.
    for (const it of items) {
      if (it.minutesText) it.agendaText = [it.agendaText, it.minutesText].filter(Boolean).join('\n');
      it.minutesText = '';
      delete it.decisionsState;
    }
    decisions.length = 0;
    declarations.length = 0;
    apologies.length = 0;
  }

  // ("The meeting opened at 2.00pm in Public Session": how the meeting sat, not where.)
  const venueTime = withoutTrailingTime([header.venue, times.venue].find((v) => !!v && !SESSION_NOT_PLACE_RE.test(v.trim())) ?? null);
  // "LOCHABER DISTRICT SALMON FISHERY BOARD" on a line of its own at the top: a body that is an authority of its own names
  // the page before any council the text mentions.
  // (The page's first lines with empty brackets and runs of spaces tidied, as a heading is read.)
  const topLines = lines.slice(0, 8).map((l) => l.replace(/\(\s*\)/g, ' ').replace(/\s+/g, ' ').trim());
  const selfGoverning = () => topLines.map((l) => l.replace(/^the\s+/i, '')).find((l) => l.length <= 100 && SELF_GOVERNING_BODY_RE.test(l)) ?? null;
  // ("Northern Ireland Assembly Flax Flower Logo": the body named beside its logo's description at the top.)
  const logoBody = () => topLines.slice(0, 3).map((l) => LOGO_LINE_RE.exec(l)?.[1]).find(Boolean) ?? null;
  const named = bodyNames(header.council, header.committee, () => selfGoverning() ?? councilFromHeaderLines(lines) ?? councilFromTitle(context.title ?? null) ?? logoBody());
  const { council } = named;
  // "Kilbride Community Council" over "Minutes of Meeting – Tuesday 29th April 2025": a page of a parish, town or community
  // council that names no other body is that council meeting (its committees name themselves: "Planning Committee").
  const wholeLocalCouncil = !named.committee && !!council && (/\b(?:Parish|Town|Community|Village)\s+Council$/i.test(council) || SELF_GOVERNING_BODY_RE.test(council));
  // "THE RIVER STOUR INTERNAL DRAINAGE BOARD" over "Minutes of the Meeting of the Board held …": the body by the name its
  // heading gives it.
  const generic = named.committee && (!council || SELF_GOVERNING_BODY_RE.test(council)) ? /^(?:the\s+)?(Board|Authority|Panel|Committee|Commission|Partnership|Forum|Trust)$/i.exec(named.committee) : null;
  const fullName = generic?.[1] ? topLines.slice(0, 6).find((l) => l.length <= 100 && new RegExp(`^(?:the\\s+)?\\p{Lu}[\\p{L}'’&,. -]{2,90}\\s${generic[1]}$`, 'iu').test(l) && !/\d/.test(l)) : undefined;
  // "COMMITTEE FOR AGRICULTURE AND RURAL DEVELOPMENT" over "MINUTES OF PROCEEDINGS": a committee named by its remit, alone
  // on a line at the top.
  const remitLine = !named.committee && !wholeLocalCouncil ? topLines.slice(0, 6).find((l) => l.length <= 100 && COMMITTEE_FOR_LINE_RE.test(l)) : undefined;
  const committee = wholeLocalCouncil ? council : (fullName?.replace(/^the\s+/i, '') ?? named.committee ?? remitLine ?? null);
  const endTime = times.end ?? header.endTime ?? null;
  const minutes: ParsedMinutes = {
    document,
    council,
    committee,
    councilDomain: domainOfAddress(sourceAddress) ?? domainOfEmails(lines),
    sourceAddress,
    remoteMeetingId: remoteMeetingIdOf(sourceAddress),
    date: header.date,
    startTime: header.startTime ?? times.start ?? venueTime.time,
    // (ModernGov prints "18:15 to 00:00" when the end was not recorded: midnight is no end time.)
    endTime: endTime === '00:00' ? null : endTime,
    venue: venueTime.venue,
    apologies: [...new Set(registerApologies(lists.attendees, apologies))],
    items,
    declarations,
    // The lines before the first item count too: "There were no items on the agenda that would require … to declare …".
    // (A page read as no items at all, its heading's paragraph holding everything, is read whole; otherwise what comes
    // before the first item: "181/2016 Members’ Declarations – … – none." where the item was not read as one.)
    // (Entries the reader could not read in full make the section unread, its other entries listed to be checked.)
    declarationsState: unreadDeclarations > 0 && document !== 'agenda' ? 'unread' : declarationsStateOf(document, declarations.length, stateItems),
    decisions: dedupeAcrossItems(decisions, unnumberedItemOf).map((d) => ({ ...d, due: resolveDue(d.due, header.date) })),
  };

  // Apologies in a list read from the clerk's own words are the meeting's apologies when no other reading found any.
  if (minutes.apologies.length === 0 && document !== 'agenda') minutes.apologies.push(...cued.filter((c) => c.status === 'apologies').map((c) => c.name));
  const attendance = assembleAttendance(blocks, lists.attendees, minutes.apologies);
  officersInAttendance(attendance);
  applyApologyRoles(attendance, blocks.filter((b) => /apolog/i.test(b.text)).map((b) => b.text), minutes.council ?? minutes.committee);
  dropOwnCouncilOffice(attendance, minutes.council ?? minutes.committee);
  if (document !== 'agenda') chairFromElsewhere(attendance, blocks.map((b) => b.text).join('\n'));
  const reading = readAttendanceState({ document, blocks, attendance, apologies: minutes.apologies, apologiesItemTexts });
  minutes.attendanceState = reading.state;
  minutes.attendanceNamedElsewhere = reading.namedElsewhere;
  // Declarations read where the section records more that no reader took: the list is shown as possibly incomplete.
  if (minutes.declarationsState === 'declared') {
    const notRead = declarationsNotRead(declarationsSections(stateItems), minutes.declarations);
    if (notRead.length > 0) minutes.declarationsNotRead = notRead;
  }
  // The opening before the first item ("Resolved – That J R Papworth be appointed Chairman", "The minutes of the last
  // meeting were agreed and signed." before "1731 Gateways to village"): decisions worded there and not read are said so.
  if (document !== 'agenda') {
    const opening = blocks.slice(0, firstStart ?? blocks.length).map((b) => b.text).join('\n');
    const openingDecisions = minutes.decisions.filter((d) => d.item === null);
    minutes.introDecisionsState = itemDecisionsState(opening, openingDecisions);
    if (minutes.introDecisionsState === 'partial' || minutes.introDecisionsState === 'unread') minutes.introDecisionSentences = unreadDecisionPassages(opening, openingDecisions);
  }
  // Lists read from the clerk's own wording are shown as possibly incomplete: their ends are a guess.
  // (So is a register that left a name with no mark unread.)
  if ((cued.length > 0 || lists.incomplete) && minutes.attendanceState === 'read') minutes.attendanceState = 'partial';
  expandInitials(minutes.declarations, attendance);
  expandSharedSurnames(minutes.declarations, attendance);
  withItemsThatAreItems(minutes.declarations);
  return { minutes, attendance: document === 'agenda' ? [] : attendance };
}

/**
 * "Councillors George and Judith Cooper both declared …": a first name sharing the surname after it. Taken only when
 * the minutes name that person in full elsewhere (a declaration, the attendance), so a list of surnames is not changed.
 */
/**
 * "Present: County Councillors Ali Ahmed, Aubrey, …" in the minutes of a county council: the members' own office in
 * their own council, not a role. (At a parish meeting the same words mark visiting members, and keep their office.)
 */
function dropOwnCouncilOffice(attendance: Attendee[], body: string | null): void {
  const kind = /\b(county\s+borough|county|borough|district|city|town)\s+council\b/i.exec(body ?? '')?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  if (!kind) return;
  for (const a of attendance) {
    if (a.status === 'present' && a.role && a.role.toLowerCase().replace(/\s+/g, ' ') === `${kind} councillor`) a.role = null;
  }
}

/**
 * "declared an interest in respect of the Operations Report", "… in any planning matters", "… in Village Hall matters",
 * "… Agenda Item": words where the item was looked for that name no one item (an item named by its title, "the item
 * 'PEACEPLUS Local Community Action Plan'", stays). The words say what the interest concerns, so they are kept as its
 * subject and the item left unstated.
 */
const NOT_ONE_ITEM_RE = /^(?:(?:in\s+)?(?:respect|regard|relation)\s+(?:of|to)\b|any\b|all\b|agenda\s+items?$|items?$)|\bmatters$/i;
function withItemsThatAreItems(declarations: Declaration[]): void {
  for (const d of declarations) {
    if (d.item === null || /\d/.test(d.item) || !NOT_ONE_ITEM_RE.test(d.item)) continue;
    if (!d.subject) d.subject = d.item.replace(/^(?:in\s+)?(?:respect|regard|relation)\s+(?:of|to)\s+/i, '');
    d.item = null;
  }
}

function expandSharedSurnames(declarations: Declaration[], attendance: readonly Attendee[]): void {
  const fullNames = new Set([...declarations.map((d) => d.member), ...attendance.map((a) => a.name)].filter((n) => /\s/.test(n)));
  for (const d of declarations) {
    if (/\s/.test(d.member) || !d.passage) continue;
    const m = new RegExp(`\\b${d.member.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:and|&)\\s+\\p{Lu}[\\p{Ll}'’-]+\\s+(\\p{Lu}[\\p{L}'’-]+)\\b`, 'u').exec(d.passage);
    const full = m?.[1] ? `${d.member} ${m[1]}` : null;
    if (full && fullNames.has(full)) d.member = full;
  }
}

/** "Cllrs GC and PB declared an interest": members named by their initials ("Present: Cllrs Glyn Charlton (GC), …"). */
const OFFICE_MEMBER_RE = /^(?:(?:Vice|Deputy)[- ]?)?Chair(?:man|person|woman)?$/i;

function expandInitials(declarations: Declaration[], attendance: readonly Attendee[]): void {
  for (const d of declarations) {
    // "the Chair and Deputy Chair declared …": the members holding those offices at the meeting, where the list says.
    const office = OFFICE_MEMBER_RE.exec(d.member);
    if (office) {
      const role = (r: string | null) => (r ?? '').toLowerCase().replace(/-/g, ' ').replace(/^(?:vice|deputy)\s+/, 'deputy ').replace(/chair(?:man|person|woman)$/, 'chair');
      const held = attendance.filter((a) => a.status === 'present' && role(a.role) === role(d.member));
      if (held.length === 1 && held[0]) d.member = held[0].name;
      continue;
    }
    if (!/^\p{Lu}{2,4}$/u.test(d.member)) continue;
    const named = attendance.filter((a) => a.status !== 'apologies' && initialsOf(a.name) === d.member);
    if (named.length === 1 && named[0]) d.member = named[0].name;
  }
}

function dedupeAcrossItems(ds: Decision[], unnumberedItemOf: WeakMap<Decision, number>): Decision[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const key = `${d.item ?? `#${unnumberedItemOf.get(d) ?? ''}`}|${d.label ?? ''}|${d.text.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
