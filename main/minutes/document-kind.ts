import { unglueCapitals } from './blocks';
import type { MinutesDocumentKind } from '../../shared/types/minutes';
import { findDate } from './dates';
import { NotMinutesError } from './errors';

/**
 * Minutes, agenda, or neither — read from the structure of the text, never from a file or council name.
 *
 * Minutes record a meeting that happened. One of these is enough: a "Minutes:" / "Decision:" /
 * "Cofnodion:" section, a resolution (RESOLVED, "Resolved:", "It was resolved", DECISION/AGREED),
 * an attendance list ("Present:", "Attended by:", "Yn bresennol:"), apologies or interests recorded
 * in the past tense ("apologies were received", "declared an interest", "there were no
 * declarations"), "the meeting closed at", or a printed "Minutes of the meeting … held on <date>"
 * heading. Narrative in the past tense ("The Committee considered…", "It was noted…", "Jo Hayes
 * addressed Council") counts too, but only on a page that also has a meeting header or items.
 *
 * An agenda has no such record but names a meeting (a committee/date heading, a venue, "a meeting …
 * will be held", a "Date:" line) and lists its business (numbered items, "To receive…/To consider…"
 * lines, an "Agenda" heading with items).
 *
 * Anything else — guidance, an index of minutes, a news item, a README, a Markdown file — is neither.
 */

export interface DocumentSignals {
  minutes: string[];
  narrative: number;
  meetingHeader: string[];
  items: number;
  agendaWording: number;
  markdown: boolean;
}

const SAMPLE = 200000;

const MINUTES_SIGNALS: [string, RegExp][] = [
  // A ModernGov decision record: "Decision Maker: Business Services Committee … Outcome: Agreed" / "Date of Decision: …".
  ['decision-record', /^[ \t]*Decision\s+maker\s*:[^\n]*\n(?:[^\n]*\n){0,8}?[ \t]*(?:Outcome|Date\s+of\s+decision)\s*:[ \t]*\S/im],
  ['minutes-section', /^[ \t]*(?:minutes|decision|decisions|cofnodion|penderfyniad|penderfyniadau)[ \t]*:[ \t]*(?:\S.*)?$/im],
  ['resolved', /\bRESOLVED\b|\bPENDERFYNWYD\b|^[ \t]*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:Resolved|Agreed|Decision)[ \t]*(?::|–|—|-(?=\s))|\bAGREED\b\s*(?:that\b|[:–—-])|^[ \t]*DECISION[ \t]*:?[ \t]*$/m],
  ['resolved-phrase', /\b(?:it\s+was|was|were|members|councillors|council|committee|commission|board|panel|cabinet|forum|authority)\s+(?:\w+\s+){0,2}(?:resolved|agreed)(?:\s+(?:that|to|the|unanimously|as|by|with|on)\b|\s*:)|\b(?:unanimously|duly)\s+(?:resolved|agreed)\b/i],
  // "Sederunt" (Scotland), sometimes letter-spaced in a PDF copy ("S e d e r u n t :").
  ['attendance', /^[ \t]*(?:[-–•*][ \t]+)?(?:\d{1,4}\.?[ \t]+)?(?:present|members\s+present|those\s+(?:present|attending)|attended\s+by|in\s+attendance|also\s+present|officers\s+present|officers\s+in\s+attendance|yn\s+bresennol|attendance\s+details)[ \t]*:?[ \t]*(?:\S.*)?$|^[ \t]*(?:sederunt|s e d e r u n t)[ \t]*(?::|$)/im],
  ['apologies-recorded', /\bapolog(?:y|ies)\b[^.\n]{0,160}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:received|submitted|reported|given|tendered|made|noted|accepted)\b|\bthere\s+(?:were|was)\s+(?:no\s+)?apolog|\bno\s+apologies\b[^.\n]{0,40}\b(?:were|was|had\s+been)\b|\bgave\s+(?:his|her|their)\s+apolog|\bYmddiheurodd\b|\bymddiheuriadau\s+(?:gan|wrth)\b/i],
  ['interests-recorded', /\bdeclared\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,4}interests?\b|\bthere\s+(?:were|was)\s+no\s+(?:declarations?|disclosures?)\b|\bno\s+(?:declarations?|disclosures?)(?:\s+of\s+interests?)?\s+(?:were|was|had\s+been)\s+(?:made|received|declared|intimated)\b|^[ \t]*no\s+declarations(?:\s+of\s+interests?)?[ \t]*\.?[ \t]*$|\bNi\s+(?:ddatgelwyd|wnaed\s+unrhyw\s+ddatganiad)|\bDatganodd\b[^.\n]{0,80}?\bddiddordeb\b/im],
  // Printed minutes run onto one line: "… COUNCIL PRESENT Councillor Curley, Provost; …", "declarations of interest were received from Members".
  // "… AT 6.00PM PRESENT: The Worshipful the Mayor, Councillor C C McCusker": the chair's office first.
  // "… October 8th 2015 Present: John Wokersien (Chair), Ben Buxton (Wareham Museum), …": a forum's register, the chair marked.
  // "Persons absent are marked with 'A'": a register of who came, as only minutes print one.
  ['absent-marked', /\b(?:persons|members|those|councillors)\s+(?:absent|not\s+present)\s+(?:are|were)\s+(?:marked|shown|indicated)\b/i],
  ['attendance-inline', /\b(?:PRESENT:?|Present:)[ \t]+(?:(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)\s+\p{Lu}|(?:The\s+)?(?:Right\s+)?Worshipful\b|The\s+(?:Lord\s+)?(?:Mayor|Provost|Chair(?:man)?),?\s+(?:Councillor|Cllr|Alderman)\b|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}\((?:Chair|Chairman|Chairperson|Chairwoman|Convener)\))/u],
  // "Present: W. Greer, R. Fraser, C. Mackenzie": members in initials, listed as present.
  ['attendance-initials', /\b(?:PRESENT|Present)\s*:[ \t]+(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’-]+,\s+(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’-]+,/u],
  // "Minutes of meeting held on 4th June 2018, approved by CMacK, seconded by WG": a motion's mover and seconder.
  ['seconded', /\b(?:proposed|approved|moved)\s+by\s+[^,.;\n]{2,40}?,?\s+(?:and\s+)?seconded\s+by\s+\S/i],
  ['interests-received', /\bdeclarations?\s+of\s+interests?\s+(?:were|was|had\s+been)\s+(?:received|made|recorded|noted)\b/i],
  // "Decision" over "APPROVED" (a CMIS page's decision cell, then its word).
  ['decision-word', /^[ \t]*Decisions?[ \t]*:?[ \t]*\n(?:[ \t\u00a0]*\n){0,3}[ \t\u00a0]*(?:APPROVED|AGREED|NOTED|Approved|Agreed|Noted)\b/m],
  ['meeting-closed', /\b(?:the\s+)?meeting\s+(?:was\s+)?(?:closed|concluded|ended|finished|terminated|rose|adjourned)\b|\bmeeting\s+(?:commenced|started|began)\s+at\b/i],
  // "MINUTE OF MEETING OF ABERDEEN CITY COUNCIL" (Scotland): the heading alone on its line. ("Cofnodion cyfarfod o Gyngor
  // Cymuned gynhaliwyd nos Lun …": Welsh, "minutes of a meeting of the community council held on Monday evening".)
  ['printed-heading', /^[ \t]*(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes?\s+of\s+(?:the\s+)?meeting\s+of\s+(?:the\s+)?\p{Lu}[^\n.]{2,100}$|^[ \t]*(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes\s+of\s+(?:the\s+|a\s+|an\s+)?[^\n]{0,200}?\bheld\s+(?:on|at|in|virtually|remotely)\b(?![^\n]*(?:\bPDF\s+\d|\(Pages?\s+\d))|^[ \t]*(?:(?:draft|confirmed|unconfirmed)\s+)?minutes\s+of\s+[^\n.]{2,80}?\s\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\s+\d{4}[ \t]*$|^[ \t]*Cofnodion\s+y\s+cyfarfod\s+a\s+gynhaliwyd\b|^[ \t]*Cofnodion\s+(?:(?:y|o|yr)\s+)?(?:cyfarfod|cyfarfod\s+blynyddol)\b[^\n]{0,120}?\s(?:a\s+)?gynhaliwyd\b/imu],
  // "… CITY COUNCIL Minutes of the Remote Monthly Meeting of Council held on Tuesday, 23 June, 2020 at 5:32 pm PRESENT …":
  // a printed heading inside a line run together from a PDF.
  // "CRAIGAVON BOROUGH COUNCIL MINUTES OF COUNCIL MEETING HELD IN THE COUNCIL CHAMBER, … ON MONDAY 2 MARCH 2015".
  // "Minutes Council Meeting 5th September 2016 These Minutes principally record …".
  // "TRELLECH UNITED COUNCIL MINUTES OF MEETING held at Memorial Hall on Monday 20 January 2020": the body's name in
  // capitals, then the heading, on the page's first line (not an agenda's "To approve the minutes of the meeting held").
  ['named-heading', /^[ \t]*(?:[\p{Lu}][\p{Lu}'’&.-]*\s+){1,8}MINUTES\s+OF\s+(?:THE\s+|A\s+|AN\s+)?(?:[\p{Lu}-]+\s+){0,3}MEETING\s+(?:HELD|held)\b/mu],
  ['printed-heading-dated', /^[ \t]*(?:draft\s+)?minutes\s+(?:[\p{L}&'’]+\s+){1,6}meeting\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9},?\s+\d{4}\b/imu],
  // ("To approve the minutes of the meeting held on 9 March 2021" is an agenda's item, not a heading.)
  // ("4. Minutes of Special Meeting held on 18 July 2022", "2. Public minutes of the meeting held on 19 June 2023": an
  // agenda's numbered item, not a heading either.)
  // ("… COMMUNITY COUNCIL MINUTE OF ORDINARY MEETING HELD 6TH JANUARY 2014, …": the date straight after "held".)
  ['printed-heading-bare', /(?<!\b(?:approve|confirm|sign|receive|agree|consider|adopt|accept|note|of|that|That|THAT)\s+(?:the\s+)?)(?<!(?:^|\n)[ \t]*\d{1,3}[.)]?[ \t]+(?:[\p{L}-]+[ \t]+){0,3})\bminutes?\s+of\s+(?:[\w-]+\s+){1,4}meeting\s+held\s+(?:(?:in|at|on)\b[^\n]{0,200}?\b)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9},?\s+\d{4}\b(?![^\n]*(?:\bPDF\s+\d|\(Pages?\s+\d))/iu],
  // ("2. To approve the minutes of the meeting of Council held on 19th October 2010" is an agenda's item; "Motion - That the
  // minutes of the meeting of the Council held on 21 November 2007 be approved" a summons's motion; "6. Minutes of the Meeting
  // of the Parish Council Held on the 7th February, 2017" an agenda's numbered item.)
  // ("… held in the COUNCIL CHAMBER … on TUESDAY the 27thday of JUNE 2023": the formal date, its day "of" the month.)
  ['printed-heading-inline', /(?<!\b(?:approve|confirm|sign|receive|agree|consider|adopt|accept|note|of|that|That|THAT)\s+(?:the\s+)?)(?<!(?:^|\n)[ \t]*\d{1,3}[.)]?[ \t]+(?:[\p{L}-]+[ \t]+){0,3})\b(?:(?:minutes|minute)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}meeting|At\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}meeting)\s+of\s+(?:the\s+)?[^\n.]{2,120}?(?<!\b(?:to|will|shall)\s+be)\s+held\s+(?:on\s+|(?:in|at)\s+[^\n]{2,160}?\s+on\s+)(?:\p{L}+day,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s*day\s+of)?\s+\p{L}{3,9},?\s+\d{4}/iu],
  // "On the proposal of Councillor McNulty, seconded by Councillor McMenamin, Councillor McHugh was duly elected": a vote,
  // as only minutes record one.
  ['vote-recorded', /\b(?:on\s+the\s+proposal\s+of|proposed\s+by)\s+(?:Councillor|Cllr|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+[^.\n]{1,80}?,?\s+(?:and\s+)?seconded\s+by\s+(?:Councillor|Cllr|Alderman|Mr|Mrs|Ms|Miss|Dr)\b/i],
  // "The Annual Meeting of Westheath Parish Council was held in the Parish Hall on Thursday 9th May 2013": a meeting told
  // in the past, as only its minutes tell it (an agenda's "will be held").
  ['held-past', /\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}meeting\s+of\s+(?:the\s+)?[^\n.]{2,120}?\s+was\s+held\s+(?:on|at|in|virtually|remotely|by)\b/i],
  ['approved-as-record', /\b(?:were|was)\s+(?:\w+\s+){0,3}?(?:approved|confirmed|agreed|signed|accepted)\b[^.\n]{0,60}\b(?:correct|true|accurate)\s+record\b|\b(?:were|was)\s+(?:approved|confirmed|adopted)\s+and\s+signed\b|\bCyflwynwyd\s+a\s+chadarnhawyd\b/i],
];

const NARRATIVE_RE: RegExp[] = [
  /\b[Ii]t\s+was\s+(?:noted|agreed|reported|explained|confirmed|moved|proposed|suggested|highlighted|clarified|stated|queried|asked|advised|acknowledged)\b/g,
  /(?:^[ \t]*(?:\d{1,3}(?:\.\d{1,3})*\.?[ \t]+)?|[.!?]\s+)(?:The\s+)?(?:Chair(?:man|person)?|Vice-Chair(?:man)?|Mayor|Convener|Leader|Committee|Commission|Council|Panel|Board|Cabinet|Members?|Clerk|(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)\s+[A-Z][\w'’-]+(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w'’-]+){0,3}|[A-Z][a-z]+\s+[A-Z][a-z'’-]+)\s+(?:then\s+|also\s+|formally\s+|further\s+)?(?:welcomed|addressed|thanked|explained|responded|reported|informed|presented|introduced|confirmed|advised|asked|noted|received|considered|discussed|queried|declared|gave|stated|said|commented|expressed|congratulated|opened|moved|seconded|proposed|replied|acknowledged|raised|highlighted|outlined|updated|welcomed)\b/gm,
  /\b(?:were|was)\s+(?:duly\s+|formally\s+|unanimously\s+)?(?:approved|carried|adopted|elected|appointed|moved|seconded|informed|advised|noted)\b/g,
  /\b(?:Croesawodd|Cytunodd|Diolchodd|Nododd|Llongyfarchodd|Talodd|Estynnodd|Gwnaeth)\b/g,
  // "SS confirmed that all members had read …", "NH reported …": a member by the initials the minutes use for them.
  /(?:^|[.!?]\s+)[A-Z]{2,3}(?:[A-Z][a-z]{1,3})?\s+(?:confirmed|explained|reported|advised|informed|thanked|welcomed|proposed|seconded|agreed|noted|asked|stated|said|updated|raised)\b/gm,
];

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Dydd\\s+\\p{L}+';
const MEETING_HEADER: [string, RegExp][] = [
  ['venue', /^[ \t]*(?:venue|lleoliad|place|location|meeting\s+venue)[ \t]*:/im],
  // ("2 DATE: 17 July 2014 PLACE: …": a pack's page number before it.)
  ['date-line', /^[ \t]*(?:\d{1,3}[ \t]+)?(?:date|dyddiad|meeting\s+date)[ \t]*:[ \t]*\S/im],
  // "SUFFOLK COUNTY COUNCIL Agenda Thursday 17 July 2014": the word and the meeting's date.
  ['agenda-dated', new RegExp(`\\bAgenda[ \\t]+(?:(?:${WEEKDAY}),?[ \\t]+)?\\d{1,2}(?:st|nd|rd|th)?[ \\t]+\\p{L}{3,9},?[ \\t]+\\d{4}\\b`, 'iu')],
  // ("… advised that a meeting of the Council is to take place at 1.30pm on Tuesday 23 October 2018": the same in other words.)
  ['to-be-held', /\bmeeting\s+(?:of\s+(?:the\s+)?[^\n.]{2,120}?\s+)?(?:(?:will\s+be|to\s+be|is\s+to\s+be)\s+held|(?:will|is\s+to)\s+take\s+place)\b/i],
  ['heading', new RegExp(`^[^\\n]{2,200}?\\s[-–—]\\s(?:(?:${WEEKDAY}),?\\s)?[^\\n]{0,20}\\d{1,2}(?:st|nd|rd|th|fed|eg|ain|ydd)?\\s+\\p{L}{3,9},?\\s+\\d{4}`, 'imu')],
  ['issue-meeting', /^[ \t]*Meeting:\s*\d{1,2}\/\d{1,2}\/\d{4}\s*[-–—]/im],
  // "… Growth Board Date: Thursday, 17 June 2021 Time: 10:00 Venue: …": a cover's fields run into one line.
  ['date-time-run', /\bDate\s*:\s*[^\n:]{0,30}?\d{4}\s+Time\s*:/i],
  // "Agenda CABINET Members of the Portfolio Date Cabinet Monday 9 September 2019 …": a pack's cover, its columns run
  // together, opening with the word and the meeting's date soon after.
  ['agenda-cover', /^\s*Agenda\b[^\n]{0,120}?\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+\d{4}\b/],
  // "BOROUGH OF WESTHAM EXECUTIVE COMMITTEE Meeting, Wednesday, 20th July, 2011 at 2.00 p.m.": the word and the date.
  ['meeting-dated', new RegExp(`\\bMeeting,?[ \\t]+(?:(?:${WEEKDAY}),?[ \\t]+)?\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:January|February|March|April|May|June|July|August|September|October|November|December),?[ \\t]+\\d{4}\\b`, 'i')],
  // "421st meeting of the Accounts Commission for Scotland Thursday 12 November 2015, 10.15am in …": the meeting's number,
  // the body and the date, one line.
  ['numbered-meeting', new RegExp(`\\b\\d{1,4}(?:st|nd|rd|th)[ \\t]+(?:\\w+[ \\t]+)?meeting[ \\t]+of[ \\t]+(?:the[ \\t]+)?\\p{Lu}[^\\n]{2,160}?(?:(?:${WEEKDAY}),?[ \\t]+)?\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:January|February|March|April|May|June|July|August|September|October|November|December),?[ \\t]+\\d{4}\\b`, 'iu')],
  // "You are summoned to attend a meeting of the PARISH COUNCIL on TUESDAY 13 April 2021": a parish summons.
  // ("You are hereby summonsed to attend the next meeting of the Stours Parish Council": the word as some clerks write it.)
  ['summons', /\byou\s+are\s+(?:hereby\s+|duly\s+)?(?:summoned|summonsed|invited|requested)\s+to\s+attend\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}meeting\b/i],
];

const ITEM_LINE = /^[ \t]*(?:(?:item|eitem)\s+)?(?:\d{1,4}[.):]?|\(?[a-z]\)|[A-Z]{1,4}\s?\d{1,4}\/\d{2,4}(?:\s+\d{1,3}\.?)?)[ \t]*(?=\p{Lu})\S/gmu;
// ("  1. 1 To receive Apologies for Absence": a webcast's list number before the agenda's own.)
const AGENDA_WORDING = /^[ \t]*(?:\d{1,4}[.)]?\s*){0,2}(?:to\s+(?:receive|consider|approve|note|agree|confirm|determine|elect|appoint|answer|deal\s+with|discuss|invite)|members\s+are\s+(?:asked|invited|requested)|report\s+of\s+the|the\s+(?:chair|mayor)\s+will|you\s+are\s+(?:invited|summoned|summonsed))\b/gim;
const AGENDA_TITLE = /^[ \t]*(?:agenda|rhaglen|business|items|eitemau|no\.?\s+item|number\s+item)\b|\bA G E N D A\b/im;
/** "1. Prayer 2. Apologies 3. Declarations of Interest …": items run into one line, counted while each number follows the last. */
const INLINE_ITEM = /(?:^|\s)(\d{1,2})\.\s+(?=\p{Lu})/gu;

/**
 * "A G E N D A Pages 1 Declarations of Interest. 2 Apologies for Absence. … 4 Police and Crime Commissioner Update": a
 * pack's agenda run into one line without dots after the numbers; read only after the word "Agenda" itself, and only
 * as a longer run, as undotted numbers are common in prose.
 */
const INLINE_UNDOTTED_ITEM = /(?:^|\s)(\d{1,2})\s+(?=\p{Lu}\p{Ll})/gu;
// ("Agenda Page nos 1 Handover …": the word over a table's column heads.)
const AGENDA_WORD_RE = /\bA G E N D A\b|\bAGENDA\b|\bAgenda\s+(?:Page\s+nos?\.?|Pages)(?=\s+1\s)/;

function inlineUndottedItems(s: string): number {
  const at = s.search(AGENDA_WORD_RE);
  if (at < 0) return 0;
  const run = inlineItems(s.slice(at, at + 4000), INLINE_UNDOTTED_ITEM);
  // (Three in capitals right after the word will do: "AGENDA OF BUSINESS 1 APOLOGIES/SUBSTITUTIONS 2 DECLARATION OF
  // INTEREST … 3 MINUTE OF PREVIOUS MEETING", a pack cut off after its third item; prose has no such run.)
  const capitals = inlineItems(s.slice(at, at + 4000), INLINE_CAPS_ITEM);
  return run >= 4 ? run : capitals >= 3 && /^\S+(?:\s+OF\s+BUSINESS)?\s+1\s/.test(s.slice(at, at + 40)) ? capitals : 0;
}
const INLINE_CAPS_ITEM = /(?:^|\s)(\d{1,2})\s+(?=\p{Lu}{3,}[\s/])/gu;

function inlineItems(s: string, re: RegExp = INLINE_ITEM): number {
  let previous = 0;
  let run = 0;
  let best = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m && best < 50; m = re.exec(s)) {
    const n = Number(m[1]);
    run = n === previous + 1 ? run + 1 : n === 1 ? 1 : run;
    if (n === previous + 1 || n === 1) previous = n;
    best = Math.max(best, run);
  }
  return best >= 3 ? best : 0;
}

/** "AGENDA 20/205 Apologies To receive … 20/206 Declarations of interest …": coded items run into one line, one after another. */
const INLINE_CODED_ITEM = /(?:^|\s)(\d{1,4})\/(\d{2,3})\s+(?=\p{Lu}\p{Ll})/gu;

function inlineCodedItems(s: string): number {
  let previous: [number, number] = [-9, -9];
  let run = 0;
  let best = 0;
  INLINE_CODED_ITEM.lastIndex = 0;
  for (let m = INLINE_CODED_ITEM.exec(s); m && best < 50; m = INLINE_CODED_ITEM.exec(s)) {
    // "123/19" after "122/19", or "20/206" after "20/205" (the year first): one part the same, the other one on.
    const n: [number, number] = [Number(m[1]), Number(m[2])];
    const next = (n[0] === previous[0] && n[1] === previous[1] + 1) || (n[1] === previous[1] && n[0] === previous[0] + 1);
    run = next ? run + 1 : 1;
    previous = n;
    best = Math.max(best, run);
  }
  return best >= 3 ? best : 0;
}

function count(re: RegExp, s: string, cap = 50): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(s) !== null) n++;
  re.lastIndex = 0;
  return n;
}

function looksLikeMarkdown(s: string): boolean {
  const headings = count(/^#{1,6}\s+\S/gm, s);
  const fences = count(/^\s*```/gm, s);
  const links = count(/\[[^\]\n]{1,200}\]\((?:https?:|\.{0,2}\/|#)[^)\s]{0,500}\)/g, s);
  const bold = count(/\*\*[^*\n]{1,100}\*\*|`[^`\n]{1,100}`/g, s);
  return headings >= 2 && headings + fences + links + bold >= 4;
}

/** A date then the time the meeting starts: "… 2025 at 7:15pm", "10 Oct 2019 - 18:15 to 00:00". */
const DATE_THEN_TIME_RE = /\d\s*(?:,\s*)?(?:at|[-–—]|from)?\s+\d{1,2}(?:[.:]\d{2}\s*(?:[ap]\.?m\.?\b)?|\s*[ap]\.?m\.?\b)/i;

/**
 * "4. Minutes of Last Meeting" over "Minutes of meeting on 16 July 2019": a line under an agenda's numbered item about the
 * minutes is that item's paper, not the page's heading. A printed heading counts only where some match of it stands
 * elsewhere.
 */
function printedHeadingOfPage(s: string, re: RegExp): boolean {
  const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of s.matchAll(all)) {
    const before = s.slice(Math.max(0, m.index - 200), m.index).replace(/\s+$/, '');
    const prevLine = before.slice(before.lastIndexOf('\n') + 1).trim();
    if (!/^\d{1,3}[.)]?\s+(?:To\s+(?:approve|confirm|receive|sign|agree)\s+(?:the\s+)?)?(?:\p{L}+\s+){0,2}Minutes\b/iu.test(prevLine)) return true;
  }
  return false;
}

export function documentSignals(text: string): DocumentSignals {
  const s = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const head = s.split('\n').slice(0, 40).join('\n');
  const meetingHeader = MEETING_HEADER.filter(([, re]) => re.test(head)).map(([n]) => n);
  // A heading line that is a date alone ("Thursday, 1 June 2017"), or a heading that carries one.
  if (meetingHeader.length === 0) {
    const dated = head
      .split('\n')
      .slice(0, 20)
      .some((raw) => {
        const l = raw.trim();
        // ("Wednesday 23/04/2025 at 7:15pm in Council Chamber, Welshpool Town Hall.": a date, its time and venue.)
        const timed = DATE_THEN_TIME_RE.test(l);
        if (l.length === 0 || l.length > (timed ? 160 : 80) || (/[.;!?]$/.test(l) && !timed)) return false;
        const d = findDate(l);
        if (!d) return false;
        const rest = `${l.slice(0, d.index)} ${l.slice(d.index + d.length)}`.trim();
        return rest === '' || rest.split(/\s+/).length <= 8 || (timed && d.index <= 20);
      });
    if (dated) meetingHeader.push('dated-heading');
  }
  let narrative = 0;
  for (const re of NARRATIVE_RE) narrative += count(re, s, 20);
  const agendaTitle = AGENDA_TITLE.test(head);
  return {
    minutes: MINUTES_SIGNALS.filter(([name, re]) => (name === 'printed-heading' ? printedHeadingOfPage(s, re) : re.test(s))).map(([n]) => n),
    narrative,
    meetingHeader,
    items: Math.max(count(ITEM_LINE, s), inlineItems(head), inlineCodedItems(head), inlineUndottedItems(head)) + (agendaTitle ? 1 : 0),
    agendaWording: count(AGENDA_WORDING, s),
    markdown: looksLikeMarkdown(s),
  };
}

/**
 * "STONEHAVEN AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm, 13th August 2019 …": the page's
 * own title, among its first lines, says minutes and gives the meeting's date (not an item's "3. Minutes of 12 March",
 * nor a page that calls itself an agenda).
 */
function titledMinutes(s: string): boolean {
  const lines = s.split('\n', 12).map((l) => l.trim()).filter(Boolean).slice(0, 3);
  // (Only a title's own words count: a page run into one line says "Agenda updates" somewhere in its minutes.)
  if (lines.some((l) => /\bagenda\b/i.test(l.slice(0, 200)))) return false;
  return lines.some((l, k) => {
    const title = l.length > 400 ? l.slice(0, 400) : l;
    // ("monday 20 may 2019 minutes of meeting": a title copied in lower case.)
    const at = title.search(/\bminutes\b/i);
    if (at < 0 || /^(?:\(?\d|[a-z]\))/.test(title) || /\b(?:approve|confirm|sign|receive|agree|adopt|accept|note)\s+(?:the\s+)?minutes\b/i.test(title)) return false;
    const d = findDate(title);
    // ("EEMP Committee minutes – 26/9/19" over "Thursday 26th September 2019, 10:00am-12.30pm": the date on the next line.)
    const below = d === null && title.length <= 120 ? findDate(lines[k + 1] ?? '') : null;
    // ("CONFIRMED MINUTES" over "National Access Forum – 45th meeting" over "Battleby 16 May 2018 Present: …": a title of
    // that word alone, the body's name under it, then the place and date.)
    const twoBelow = d === null && below === null && title.length <= 40 && (lines[k + 1] ?? '').length <= 120 ? findDate((lines[k + 2] ?? '').slice(0, 200)) : null;
    return (d !== null && Math.abs(d.index - at) <= 120) || (below !== null && below.index <= 12) || (twoBelow !== null && twoBelow.index <= 40);
  });
}

// ("Present: … In Attendance: … Apologies: … Minutes of previous meeting Proposed: A Second: B": who attended besides the
// members, and a motion's proposer and seconder, are a meeting's too.)
const BUSINESS_WORDS = [/\bapolog/i, /\bdeclar|\binterests?\b/i, /\bminutes\b/i, /\bmatters\s+arising\b/i, /\bpresent\b/i, /\bresolved\b|\bagreed\b/i, /\bchair(?:man|person|woman)?\b/i, /\bclerk\b/i, /\bcouncillors?\b|\bcllrs?\b/i, /\bheld\s+(?:on|at|in)\b/i, /\bin\s+attendance\b/i, /\bproposed\b[^.]{0,80}\bsecond(?:ed)?\b/i];
const READER_WORDS = /\b(?:you|your|should|must|guidance|click|download|website)\b/gi;

function meetingBusiness(s: string): boolean {
  if (!findDate(s.slice(0, 400))) return false;
  if ((s.match(READER_WORDS) ?? []).length > 2) return false;
  return BUSINESS_WORDS.filter((re) => re.test(s)).length >= 5;
}

export type DocumentVerdict = { kind: MinutesDocumentKind } | { kind: 'neither'; reason: string };

export function classifyDocument(given: string): DocumentVerdict {
  // ("Page 1 of 8MINUTES OF … MEETING HELD ONMONDAY 13 MAY 2019": a heading in capitals copied without its spaces, read
  // as the item reader reads it.)
  const text = unglueCapitals(given);
  // Most files are minutes and say so early: one minutes signal (outside Markdown) settles it, the rest is not read.
  const s = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!looksLikeMarkdown(s) && MINUTES_SIGNALS.some(([name, re]) => (name === 'printed-heading' ? printedHeadingOfPage(s, re) : re.test(s)))) return { kind: 'minutes' };
  const sig = documentSignals(text);
  if (sig.markdown) {
    return { kind: 'neither', reason: 'it is a Markdown document, not an agenda or minutes (it reads like a project README)' };
  }
  const hasHeader = sig.meetingHeader.length > 0;
  const hasItems = sig.items >= 2 || (sig.items >= 1 && sig.agendaWording >= 1) || sig.agendaWording >= 2;
  if (sig.minutes.length > 0) return { kind: 'minutes' };
  // "Minutes 24/03/2025" / "Meeting Pack 24/03/2025" / "Agenda – Meeting 7" / "1. Apologies … To receive apologies …": an
  // event page's links, then the agenda itself; with nothing minuted anywhere and the agenda's wording throughout, the
  // link's word does not make it minutes.
  const agendaHeaded = /\bagenda\b/i.test(s.split('\n', 12).join('\n'));
  if (agendaHeaded && sig.narrative === 0 && sig.agendaWording >= 3 && hasItems && hasHeader) return { kind: 'agenda' };
  if (titledMinutes(s)) return { kind: 'minutes' };
  // A ModernGov page titled "Agenda" (not "Agenda and minutes"): a sentence or two of background in an item's agenda
  // text ("Councillor B was elected as Leader on 27 February") does not make it minutes.
  const titledAgenda = /^agenda$/i.test(s.trimStart().split('\n', 1)[0]?.trim() ?? '');
  if (titledAgenda && hasHeader && hasItems && sig.narrative <= 2) return { kind: 'agenda' };
  if (sig.narrative >= 1 && (hasHeader || hasItems)) return { kind: 'minutes' };
  if (hasHeader && hasItems) return { kind: 'agenda' };
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // However it is worded, a page dated at its top that speaks of a meeting's business in five ways or more (apologies,
  // interests, minutes, matters arising, who was present, what was resolved, the chair, the clerk, councillors, "held
  // on") and hardly addresses a reader is a meeting's paper, not an index or guidance: refusing it would lose it all.
  if (meetingBusiness(sample)) return { kind: AGENDA_TITLE.test(sample.slice(0, 2000)) || (sig.agendaWording >= 2 && sig.narrative === 0) ? 'agenda' : 'minutes' };
  const guidance = /\b(?:you|your|must|should|guidance)\b/i.test(sample);
  const what = hasHeader
    ? 'it names a meeting but has no agenda items or minuted business'
    : hasItems
      ? 'it lists items but names no meeting, so it is not an agenda either'
      : 'it names no meeting and has no agenda items, so it is not an agenda either';
  return { kind: 'neither', reason: `${what} (it reads like ${guidance ? 'a guidance page' : 'an index or information page'})` };
}

/** Minutes or agenda; anything else is refused with a NotMinutesError that says why in one sentence. */
export function assertMinutesOrAgenda(text: string): MinutesDocumentKind {
  const v = classifyDocument(text);
  if (v.kind === 'neither') throw new NotMinutesError(`${v.reason}.`);
  return v.kind;
}
