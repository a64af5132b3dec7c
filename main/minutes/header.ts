import type { Block } from './blocks';
import { findDate, findTime as findAnyTime, MONTH_WORD, ORDINAL } from './dates';
import { CLERK_TO_RE, councilAtStart } from './provenance';

/**
 * A meeting's time as a header prints it. A 24-hour-looking time from 1.00 to 7.59 without am/pm
 * ("2.00 o'r gloch", "Thursday 3 March 2005, 2.00") is afternoon: councils do not meet before dawn.
 */
export function findTime(text: string): { hhmm: string; index: number } | null {
  const t = findAnyTime(text);
  if (!t) return null;
  const after = text.slice(t.index, t.index + 12);
  const h = Number(t.hhmm.slice(0, 2));
  if (h >= 1 && h <= 7 && !/^\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m/i.test(after)) return { ...t, hhmm: `${String(h + 12)}${t.hhmm.slice(2)}` };
  return t;
}

/** What kind of page the text came from, read from its opening lines. */
export type PageKind = 'meeting' | 'agenda-item' | 'issue' | 'unknown';

export interface Header {
  council: string | null;
  committee: string | null;
  date: string | null;
  startTime: string | null;
  /** "(7.15pm – 10.15pm)" after the meeting's name and date: when it ended. */
  endTime?: string;
  venue: string | null;
  pageKind: PageKind;
  /** "(Item 40)" on an issue page. */
  itemNumber: string | null;
  /** An agenda-item page's title when the copy ran it into the "Agenda item" line ("Agenda item Declarations of Interest"). */
  itemTitle?: string;
  /** Block indices that belong to the header, never to an item. */
  used: Set<number>;
  /** Index of the first block after the header lines seen (items may start here). */
  bodyStart: number;
  /** The date came from a line that is only a date (a web page's posting date, say): a printed heading's date wins. */
  dateFromBareLine?: boolean;
}

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Dydd\\s+\\w+)';
const MEETING_OF_AT_ON_RE = /^(?:(?:Annual|Extraordinary|Special|Ordinary|Monthly)\s+)?Meeting\s+of\s+(?:the\s+)?(\p{Lu}.{2,80}?)\s+(?:at\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?)\s+)?on\s+(.{6,60}?\d{4})(?:,?\s+at\s+(\p{Lu}.{2,150}?))?\.?$/iu;
/** "Ilsington Parish Council Meeting at Ilsington Village Hall Tuesday the 25th June 2019": the body, the place, the date. */
const BODY_MEETING_AT_RE = /^(\p{Lu}[\p{L}&'’ -]{2,80}?\s(?:Council|Committee|Board|Panel|Forum|Authority|COUNCIL|COMMITTEE))\s+(?:(?:Annual|Extraordinary|Special|Ordinary|Monthly|Full|Public)\s+)?(?:Meeting|MEETING)\s+(?:held\s+)?(?:at|in|AT|IN)\s+(?:the\s+)?(\p{Lu}[^.;:]{2,120}?)\s*,?\s+(?:on\s+|ON\s+)?((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)?,?\s*(?:the\s+)?\d{1,2}[^.;:]{2,30}?\d{4})(?:,?\s+(?:at|commencing\s+at)\s+(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?))?\.?$/u;
const HELD_INSIDE_RE = /(?<=\s)(?:Minutes|MINUTES)\s+of\s+(?:the\s+|THE\s+|a\s+)?(\p{Lu}[\p{L}&' ]{2,80}?)\s+(?:held|HELD)\s+((?:in|at|within|IN|AT)\s+.{3,200}?\s+(?:on|ON)\s+.{6,40}?\d{4}(?:\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\b\.?)?)/u;
const HELD_ABOVE_DATE_RE = /(?:^|\s)((?:(?:MONTHLY|ORDINARY|SPECIAL|ANNUAL|EXTRAORDINARY|FULL)\s+)?(?:COUNCIL|COMMITTEE|BOARD|PANEL))\s+MEETING\s+(\d{1,2}(?:ST|ND|RD|TH)?\s+[A-Z]{3,9},?\s+\d{4})\s+Minutes\s+of\s+(?:the\s+)?meeting\s+held\s+(?:in|at)\s+(?:the\s+)?(.{3,200}?)\s+(?:at\s+(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\b\.?)\s+)?on\s+the\s+above\s+date/u;
const ITEMS_TABLE_HEAD_RE = /^(?:items(?:\s+no\.?\s+item)?|no\.?\s+item|item\s+no\.?\s+item)$/i;
const nextBlockText = (blocks: readonly Block[], i: number): string => blocks[i + 1]?.text.trim() ?? '';

/** The council's name in capitals ending the words before a run-on heading. */
const COUNCIL_BEFORE_HELD_RE = /(?:^|\s)((?:[\p{Lu}'’&-]+\s+){1,5}(?:(?:COUNTY\s+BOROUGH|COUNTY|BOROUGH|DISTRICT|CITY|TOWN|PARISH|COMMUNITY)\s+)COUNCIL)\s*$/u;
const WILL_BE_HELD_RE = /\bA\s+MEETING\s+OF\s+(?:THE\s+)?(\p{Lu}.{2,80}?)(?:,?\s+which)?\s+will\s+be\s+held\s+(?:in|at)\s+(?:the\s+)?(\p{Lu}.{2,150}?),?\s+on\s+(.{6,60}?\d{4})(?:,?\s+(?:at|commencing\s+at)\s+(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\b\.?))?/iu;
// "… an ORDINARY MEETING of the Rugby Borough Council, which will be held in the TOWN HALL, RUGBY, on Wednesday …": the
// body, then where, then when.
// "I request your attendance at a meeting of the Strathclyde Partnership for Transport to be held at 11.00 am on Friday
// 14 December 2018 in The Lewis Room, …": the same, from the clerk in the first person.
const SUMMONS_RE = /\b(?:you\s+are\s+(?:hereby\s+)?(?:summoned|invited|requested)\s+to\s+attend|I\s+(?:request|invite)\s+(?:your\s+attendance|you\s+to\s+attend)\s+at)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(.{3,80}?),?\s+(?:(?:which\s+will\s+be\s+|to\s+be\s+)?held\s+)?(?:(?:at|in)\s+(?:the\s+)?(.{3,120}?),?\s+)?on\s+(.{6,120})/i;
const MODERNGOV_HEADING = new RegExp(`^(.{2,200}?)\\s+[-–—]\\s+((?:${WEEKDAY}),?\\s.{4,120})$`, 'i');
const ISSUE_MEETING = /^Meeting:\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–—]\s*(.{2,200}?)\s*(?:\((?:Item|Eitem)\s+([^)]{1,20})\))?\s*$/i;
/** A UK postcode ("DN14 7JJ", "SW1A 2AA"). */
const POSTCODE_RE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;
const MEETING_KIND = '(?:ordinary|extraordinary|special|annual|reconvened|adjourned|virtual|remote|hybrid|formal|inquorate|monthly|budget|statutory|informal)';
/** "MINUTES OF THE JANUARY 2013 MEETING OF …": the month (and year) naming the meeting. */
const MONTH_NAME = MONTH_WORD.replace(/^\(/, '(?:');
/**
 * "Minutes of the meeting of the X held on …", "Minute of Meeting of the X held …" (Scottish), "Notes of the X meeting held at …", "Minutes of the proceedings
 * of X held …", "At a meeting of the X held at … on …" (the older printed form).
 */
const PRINTED_HEADING = new RegExp(
  `^(?:(?:(?:draft|confirmed|unconfirmed|approved|signed)\\s+)?(?:minutes|notes|minute(?=\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?:\\w+\\s+){0,2}meeting\\b|(?!(?:previous|last|preceding)\\b)(?:[\\w()&'’-]+\\s+){1,6}?meeting\\s+held\\b)))\\s+of\\s+(?:(?:the\\s+)?proceedings\\s+(?:of\\s+)?(?:at\\s+)?)?|at\\s+(?=(?:the|a|an)\\s+(?:\\w+\\s+){0,3}meeting\\s+of\\b))(?:(?:(?:the|a|an)\\s+)?(?:(?:${MEETING_KIND}|\\S+(?:st|nd|rd|th)|${MONTH_NAME}(?:\\s+\\d{4})?)\\s+)?(?:(?:general|council|parish|town)\\s+)?meetings?\\s+of\\s+)?(?:(?:the|a|an)\\s+)?(.{2,200}?)\\s+held\\s+(.{4,400})$`,
  'i',
);
/** "MINUTES OF THE MEETING HELD ON …" with the committee named on a line above. */
const PRINTED_HEADING_NO_NAME = /^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:minutes|notes|minute)\s+of\s+(?:(?:the|a|an)\s+)?(?:(?:ordinary|extraordinary|special|annual|reconvened|virtual|remote|hybrid|formal)\s+)?meeting\s+held\s+(.{4,400})$/i;
/** A bare committee-name line ("OVERVIEW AND SCRUTINY COMMITTEE", "Pwyllgor … / Education Scrutiny Committee"). */
const BODY_NAME_RE = /^(?:the\s+)?[\p{L}][\p{L}\d'’&,() -]{1,110}?\b(?:Committee|Sub-Committee|Sub\s+Committee|Subcommittee|Commission|Board|Panel|Cabinet|Executive|Forum|Council\s+Meeting|Assembly|Authority|Working\s+Group|Task\s+Group|Reference\s+Group|Partnership)(?:\s*\([\p{L}\s&-]{1,40}\))?$/iu;
/** The full council's meeting as a page names it: "Council", "FULL COUNCIL", "Special Parish Council meeting". */
const FULL_COUNCIL_RE = /^(?:the\s+)?(?:(?:full|special|extraordinary|annual|ordinary|budget|reconvened|adjourned|statutory)\s+){0,2}(?:(?:town|parish|city|county|district|borough|community)\s+)?council(?:\s+meeting)?$|^(?:y\s+)?cyngor(?:\s+llawn)?$/i;
/** The kinds of meeting that print before "Council": "EXTRAORDINARY COUNCIL", "Annual Council meeting". */
const COUNCIL_KIND_RE = /^(?:(?:special|extraordinary|annual|ordinary|budget|reconvened|adjourned|statutory)\s+)+(?=(?:full\s+)?(?:(?:town|parish|city|county|district|borough|community)\s+)?council$)/i;

/**
 * The body's name without what describes the meeting: "Budget Meeting, Council" → "Council", "Extraordinary Council
 * meeting" → "Council", "Highways Committee meeting" → "Highways Committee", "The Cabinet" → "Cabinet".
 */
export function plainBodyName(name: string): string {
  let n = name.replace(/\s+/g, ' ').trim().replace(/^the\s+/i, '');
  // "Moved from 9th October 2018, Cabinet": a note that the meeting was rescheduled, before the body's name.
  n = n.replace(/^(?:moved|rescheduled|postponed|rearranged|re-arranged|brought\s+forward|changed)\s+(?:from|to)\s+[^,]{3,60},\s*(?=\p{Lu})/iu, '') || n;
  n = n.replace(/^(?:\p{L}+\s+){0,3}meeting\s*(?:,|\s[-–—])\s*(?=\p{Lu})/iu, '') || n;
  // "Confirmation Hearing, Bedfordshire Police and Crime Panel": ModernGov's kind of meeting, then the body.
  n = n.replace(/^(?:\p{L}+\s+){0,2}hearing\s*,\s*(?=\p{Lu})/iu, '') || n;
  // "Special Council, Council": ModernGov's kind of meeting, then the body.
  n = n.replace(/^(?:(?:special|extraordinary|annual|ordinary|budget|reconvened|adjourned|statutory)\s+)+[\p{L} ]{0,40}?,\s*(?=\p{Lu})/iu, '') || n;
  n = n.replace(/^(?:(?:a|an|the)\s+)?(?:\p{L}+\s+){0,2}meeting\s+of\s+(?:the\s+)?(?=\p{Lu})/iu, '') || n;
  // "Chisworth Annual Parish Council": the kind of meeting inside a council's name is not part of it.
  n = n.replace(/(?<=\S\s)(?:Annual|Extraordinary|Special|Ordinary|ANNUAL|EXTRAORDINARY|SPECIAL|ORDINARY)\s+(?=(?:Parish|Town|Community|PARISH|TOWN|COMMUNITY)\s+(?:Council|COUNCIL)$)/u, '');
  // "Glenbrae Community Council (GCC) Meeting": the body's own initials in brackets are not part of its name
  // (a part such as "(HEARING)" is).
  n = n.replace(/^(.+?)\s*\((\p{Lu}{2,8})\)(?=\s+(?:[Mm]eeting|MEETING)$|$)/u, (all, name: string, initials: string) =>
    name.split(/\s+/).map((w) => w[0] ?? '').join('').toUpperCase().endsWith(initials) ? name : all,
  );
  // "POLICY RESOURCES & SERVICES COMMITTEE MEETING of the Council": the committee, whose council it is said after.
  n = n.replace(/^((?:.{1,200}?\s)?(?:committee|sub-committee|board|panel|commission|forum|group))\s+meeting\s+of\s+the\s+(?:council|authority)$/i, '$1');
  // ("Council Meeting No 868": the meeting's number in the council's series, after it.)
  n = n.replace(/^((?:.{1,200}?\s)?(?:committee|sub-committee|council|board|panel|commission|cabinet|executive|forum|group|partnership))\s+(?:(?:virtual|remote|hybrid|online|zoom|ordinary|monthly)\s+)?meeting(?:\s+No\.?\s*\d{1,5})?$/i, '$1');
  n = n.replace(COUNCIL_KIND_RE, '') || n;
  // "Full Brandon Town Council": the whole council, by its name.
  const full = /^full\s+(.+)$/i.exec(n);
  if (full?.[1] && isCouncilName(full[1])) n = full[1];
  return n;
}

/**
 * A council's name without a page title's words before it ("Minutes of Annual General Meeting, Knighton Town Council"),
 * and null for a kind of council alone ("Parish Council" before the title of its meeting): never a confident wrong name.
 */
/** "themeeting of LINDFIELD PARISH COUNCIL": words run together in the copy, lower case before "of"; no body's name starts so. */
const RUN_TOGETHER_LEAD_RE = /^\p{Ll}[\p{L}]*(?:\s+\p{Ll}[\p{L}]*){0,3}\s+of\s+(?:the\s+)?(?=\p{Lu})/u;

export function councilNameOnly(council: string | null): string | null {
  if (!council) return council;
  const name = council
    .replace(/^(?:(?:draft|approved|confirmed)\s+)?minutes\s+of\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,3}?meeting\s*(?:,\s*|of\s+(?:the\s+)?)(?=\p{Lu})/iu, '')
    .replace(RUN_TOGETHER_LEAD_RE, '');
  return /^(?:(?:Parish|Town|Community|Village)\s+)?Council$/i.test(name.trim()) ? null : name;
}

/**
 * The name of a meeting body when a short line is nothing else: "Overview and Scrutiny Committee",
 * "HEALTH AND WELLBEING BOARD", "Full Council", "Council". A council's own name is not a body's.
 */
export function bodyName(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim().replace(/\s*[.:]$/, '');
  if (t.length > 120) return null;
  if (FULL_COUNCIL_RE.test(t)) return plainBodyName(t);
  if (/^(?:the\s+)?(?:cabinet|executive|the\s+executive)$/i.test(t)) return t.replace(/^the\s+/i, '');
  if (!BODY_NAME_RE.test(t) || COUNCIL_LINE.test(t) || isCouncilName(t)) return null;
  // "Speaking at a Council or Committee meeting", "Reports to Cabinet": prose, not a name.
  if (/\b(?:or|to|at|for|by|from|with)\s+(?:a|an|the)\b|^(?:reports?|minutes|agenda|notes|speaking|meetings?)\b/i.test(t)) return null;
  return t.replace(/^the\s+/i, '');
}

/** A "Committee:" field's value when it reads as a name (a few capitalised words, no sentence). */
function nameField(value: string): string | null {
  const v = value.replace(/\s+/g, ' ').trim().replace(/[.:]$/, '');
  if (!/^\p{Lu}/u.test(v) || /\d|[.;!?]/.test(v) || v.split(' ').length > 12) return null;
  return v;
}

/** A weekday at the end of the words before a date: "Full Council, Thursday". */
const TRAILING_WEEKDAY_RE = new RegExp(`[\\s,]+(?:${WEEKDAY})[,\\s]*$`, 'i');

/** "Agenda for Council on", "Minutes of the Transport Committee", "Full Council –" → the body named, or null. */
function bodyBeforeDate(prefix: string): string | null {
  const p = prefix
    .replace(/\s*[-–—,:|(]\s*$/, '')
    .replace(TRAILING_WEEKDAY_RE, '')
    .replace(/\s*[-–—,:|]\s*$/, '')
    .replace(/\s+on$/i, '')
    // "West Yorkshire Police and Crime Panel Draft Minutes 15 July 2016", "Jarrow Town Board meeting minutes for Monday
    // 3 March 2025": the body, then the word for its minutes.
    .replace(/(?<=\S)\s+(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:meeting\s+)?minutes(?:\s+(?:of|for))?\s*$/i, '')
    .replace(/^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:agenda|minutes|decisions|notes)(?:,?\s+(?:and\s+)?(?:decisions|(?:draft\s+)?minutes))*(?:\s+(?:for|of)\s+|\s*[-–—:]\s+)(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?/i, '')
    .replace(/\s*[-–—:]\s*(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes$/i, '')
    .replace(/^(?:(?:a|an|the)\s+)?(?:\p{L}+\s+){0,2}meeting\s+of\s+(?:the\s+)?/iu, '')
    .trim()
    // "Minutes Council Meeting 5th September 2016": the word, the body and "Meeting", nothing between.
    .replace(/^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes\s+(?=\p{Lu}[\p{L}&' ]{2,80}\s+Meeting$)/iu, '')
    .replace(/^(\p{Lu}[\p{L}&' ]{2,80}?)\s+Meeting$/u, (whole, body: string) => (bodyName(body) ? body : whole));
  return bodyName(p) ?? bodyAfterAuthority(p);
}

/** "Westshire Fire and Rescue Authority - Policy and Strategy": a ModernGov title naming the authority, then its committee. */
const AUTHORITY_THEN_BODY_RE = /^(.{3,100}?\b(?:Authority|Council))\s+[-–—]\s+(\p{Lu}[\p{L}'’&,\s-]{2,80})$/u;
/** Capitalised words, with the small words of a name between them: "Policy and Strategy", "Audit & Risk". */
const TITLE_WORDS_RE = /^\p{Lu}[\p{L}'’-]*(?:,?\s+(?:and|of|the|for|&|\p{Lu}[\p{L}'’-]*))*$/u;

/** The committee of "<authority or council> - <committee>", when the part before the dash is the body's own name. */
function bodyAfterAuthority(text: string): string | null {
  const m = AUTHORITY_THEN_BODY_RE.exec(text);
  if (!m || !m[1] || !m[2]) return null;
  const authority = m[1].trim();
  const name = m[2].trim();
  if (!(isCouncilName(authority) || /^(?:the\s+)?\p{Lu}[\p{L}'’&,\s-]{2,90}\s+Authority$/u.test(authority))) return null;
  return bodyName(name) ?? (TITLE_WORDS_RE.test(name) && name.split(/\s+/).length <= 8 ? name : null);
}
/** "Date:" / "Time:" / "Venue:" with the value on the next line (CMIS pages, Word tables). */
const BARE_DATE_RE = new RegExp(`^(?:(?:${WEEKDAY}),?\\s+)?(?:the\\s+)?\\d{1,2}(?:${ORDINAL})?\\s*\\p{L}{3,9},?\\s+\\d{4}(?:\\s*[,–—-]?\\s*(?:at\\s+)?\\d{1,2}(?:[.:]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?\\.?$`, 'iu');
/** "Wed Jan 13 2016", "January 13, 2016": a date line written month first. */
const BARE_DATE_MONTH_FIRST_RE = /^(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|rsday|urday)?\.?,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$/i;
/** A line that is a date and nothing else ("15th September 2009", "Tuesday, 15 September 2009 at 7pm"). */
export const isBareDateLine = (t: string): boolean => BARE_DATE_RE.test(t) || BARE_DATE_MONTH_FIRST_RE.test(t);
/** Links and furniture of a web page above a meeting's heading. */
const WEB_FURNITURE_RE = /^(?:size\s*:\s*px|start\s+display\s+at\s+page\s*:?|download\s+".{1,200}"|transcription|skip\s+to\s+(?:main\s+)?content|meeting\s+documents|related\s+documents\s*:?|agenda\s+for\s+these\s+minutes|back\s+to\s+(?:top|meetings?|committees?)|print(?:\s+this\s+page)?|share(?:\s+this\s+page)?)$/i;
const BARE_FIELD_RE = /^(date|dyddiad|time|amser|venue|lleoliad|location|place|meeting\s+(?:date|time|venue|location))\s*:?$/i;
// ("Annual Meeting of the Parish Council", "Ordinary Meetings of the Parish Council": a heading, naming no council.)
const COUNCIL_LINE = /^(?!.*\s(?:of|the|and|&)$)(?!.*\bmeetings?\s+of\s+the\s+(?:parish|town|community|city|county|district|borough)\s+council$)(?:the\s+)?(?:(?:royal\s+|london\s+)?borough\s+of\s+\p{L}[\p{L}'’ &-]{1,60}|city\s+(?:and\s+county\s+)?of\s+\p{L}[\p{L}'’ &-]{1,60}\s+council|(?:county\s+borough|county|city|district|borough|town|parish|community)\s+council\s+of\s+(?:the\s+)?\p{L}[\p{L}'’ &-]{1,60}|\p{L}[\p{L}'’ &.,-]{1,70}?\s+(?:city|county|county borough|borough|district|metropolitan borough|metropolitan district|town|parish|community)\s+council|cyngor\s+(?!(?:cymuned|tref|sir|dinas)\s*$)[\p{L}'’ -]{2,60}|comhairle\s+[\p{L}'’ -]{2,60})$/iu;
/** A council's own name ("Highland Council", "Cyngor Sir Ynys Môn"), not a committee; a bare "Parish Council" names no council. */
export function isCouncilName(name: string): boolean {
  const t = name.trim();
  // ("the full Town Council": the meeting, not a council's name.)
  if (/^(?:the\s+)?(?:(?:full|special|annual|extraordinary|ordinary)\s+)?(?:town|parish|city|county|borough|district|youth|executive|full|special|annual|community)\s+council$/i.test(t)) return false;
  return COUNCIL_LINE.test(t) || /^(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+Council$/u.test(t);
}

/**
 * "AT THE OLD SCHOOL CWMDAUDDWR THOSE PRESENT …", "… Dunbar Town House MINUTES OF MEETING 1.00 …": a label in capitals run on
 * after the place is not part of it.
 */
export function withoutTrailingLabel(given: string | null): string | null {
  // ("Venue: This meeting will be in person at Abbey House, Abingdon": the sentence that leads to the place is not it.)
  const venue = given?.replace(/^this\s+meeting\s+will\s+be\s+(?:held\s+)?(?:in\s+person\s+)?(?:at|in)\s+(?:the\s+)?(?=\p{Lu})/iu, '') ?? given;
  // ("Held at 7.15pm on Tuesday …": a time is no place.)
  if (venue && /^\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs|hours)?$/i.test(venue.trim())) return null;
  // ("… Butterley Hall, Ripley commencing at 1000 hours": the word that led to the time is not the place's.)
  return venue ? venue.replace(/\s+(?:THOSE(?:\s+PRESENT)?|PRESENT|SEDERUNT|ATTENDANCE|MEMBERS(?:\s+PRESENT)?|MINUTES(?:\s+OF\s+(?:THE\s+)?MEETING)?)\s*:?$/, '').replace(/,?\s+(?:commencing|starting|beginning)$/i, '').trim() || null : venue;
}

const PAGE_MARKERS: [RegExp, PageKind][] = [
  [/^agenda(?:, decisions)?(?: and (?:draft )?minutes)?$|^agenda, decisions and minutes$|^(?:draft |committee |meeting )?minutes$|^agenda and draft minutes$|^decisions$|^agendas?,?\s+reports?\s+and\s+(?:draft\s+)?minutes$|^agendas?\s+and\s+reports$/i, 'meeting'],
  [/^(?:agenda item|eitem agenda)$/i, 'agenda-item'],
  [/^issue\s*-\s*meetings$/i, 'issue'],
];

/** A ModernGov page marker with the heading under it run on to its line (a copy with no blank lines). */
const RUN_ON_MARKER_RE = /^(?:agenda(?:,\s+decisions)?\s+and\s+(?:draft\s+)?minutes|agenda,\s+decisions\s+and\s+minutes)\s+(?=\p{Lu})/iu;

const VENUE_FIELD_RE = /^(?:venue|lleoliad|location|place|place\s+of\s+(?:the\s+)?meeting|meeting\s+venue|venue\s+(?:of|for)\s+(?:the\s+)?meeting)\s*:\s*(.+)$/i;

/** "16 July 2015 12:00 - 17:00 The National Archives, Kew": the date and times, printed first in a stacked table's cells. */
const LEADING_DATE_TIME_RE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4},?\s+\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?)?\s+(?=\p{Lu})/iu;

function cleanVenue(v: string): string {
  return v
    .replace(LEADING_DATE_TIME_RE, '')
    // "Town Hall, Keynsham. ______": a rule drawn under the heading, copied onto its line.
    .replace(/\s*[_=~]{3,}.*$/, '')
    .replace(/\.?\s*(?:View directions|(?:Gweld\s+)?cyfarwyddiadau)\.?$/i, '')
    // "Virtually via Microsoft Teams - if you would like to attend …": an explanation after a dash, in lower case.
    .replace(/\s+[-–—]\s+(?=[a-z]).*$/, '')
    // "Microsoft Teams Contact: Katy Brown Committee Officer": the page's next field run on.
    .replace(/\s+(?:contact(?:\s+officer)?|enquiries(?:\s+to)?|e-?mail|tel(?:ephone)?|clerk|date|time)\s*:.*$/i, '')
    // "… Keston. The following members were present:", "… at 7pm when there were present".
    // ("… Upwell Village Hall Committee Members: Cllr. Lester …": the next line's list run on.)
    .replace(/(?:\.\s+|\s+)(?:the\s+following|there\s+(?:were|being)|when\s+there|present\s*:|members\s+present|(?:committee\s+|council\s+)?members\s*:|those\s+present\s*:|attendees\s*:|apologies\s*:).*$/i, '')
    // "Council Chamber, Ruthin. Meeting commenced at 10.45am.": the next sentence, about the meeting.
    .replace(/\.\s+(?:The\s+)?(?:Meeting|Council|Committee)\s+(?:commenced|started|began|opened|convened)\b.*$/i, '')
    // "Cadoxton Community Centre, Presiding Councillor W Griffiths": who chaired, on the line after the heading.
    .replace(/,?\s+(?:Presiding|In\s+the\s+Chair|PRESENT|Present)\s+(?:(?:County\s+)?Councillors?|Cllrs?|The\s+Mayor|Mayor)\b.*$/, '')
    // "Council Offices, English Street, Dumfries (Reports)": a link's label after the place.
    .replace(/\s*\((?:Reports?|Agenda|Minutes|Map|Directions|Documents)\)$/i, '')
    .replace(/\s+/g, ' ')
    // "Peverel House, Mill Lane, Codnor at 7.30 pm" (before "on Monday …"): the time is not part of the place.
    .replace(TRAILING_TIME_RE, '')
    // "VILLAGE HALL AT 7.30 P.M. th ON MONDAY …": the time and whatever the copy left after it.
    .replace(TIME_AND_AFTER_RE, '')
    // "Canolfan Dyffryn; the Chairperson, Cllr Anne McCreary, presided": the next clause, not the place.
    .replace(/;\s+(?:the|a|an|and|with|where|when|Cllr|Councillor|Present)\b.*$/i, '')
    // "Strathearn Community Campus i Welcome Angus McDonald opened …": the first item run on after the place.
    .replace(/\s+(?:[ivx]{1,4}|\d{1,2})[.)]?\s+\p{Lu}\p{Ll}+\s+\p{Lu}.*$/u, (tail) => (/\b(?:opened|welcomed|was|were|is|are|had|has)\b/.test(tail) ? '' : tail))
    // "PARISH ROOMS, CROWAN th": a date's raised ordinal, copied out of place.
    .replace(/\s+(?:st|nd|rd|th)$/i, '')
    .replace(/[.,;:]$/, '')
    .trim();
}

/** A time as printed after a date: "7pm", "7.30 pm", "19:30", "12 noon". */
const TIME_WORD = String.raw`(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\b\.?|\d{1,2}[.:]\d{2}|(?:[01]\d|2[0-3])[0-5]\d\s*(?:hours|hrs)\b|(?:12\s+)?noon|midday)`;

// ("… NG34 9DY at 12 noon.": the sentence's full stop after the time.)
const TRAILING_TIME_RE = new RegExp(String.raw`\s*,?\s+(?:at|from)\s+${TIME_WORD}\s*\.?\s*$`, 'i');
/** "VILLAGE HALL AT 7.30 P.M. th": a time after the place, and a few words the copy left after it. */
const TIME_AND_AFTER_RE = new RegExp(String.raw`\s*,?\s+(?:at|from)\s+${TIME_WORD}(?:\s+.{0,40})?$`, 'i');

/** "… at 5.30 pm in Committee Room 1, Town Hall": the venue after the time. */
const VENUE_AFTER_TIME_RE = new RegExp(String.raw`(?:\d\s?[ap]\.?\s?m\b\.?|\bnoon|\bmidday|\d{2}[:.]\d{2}|\d{4}\s*(?:hours|hrs)\b)\s*,?\s+(?:in|at)\s+(?:the\s+)?(.{3,200})$`, 'i');
/** ", at Committee Room B, River House" after the date: a place, not a time. */
const VENUE_AFTER_DATE_RE = new RegExp(String.raw`^\s*,?\s*(?:at|in)\s+(?!${TIME_WORD})(?!(?:the\s+)?(?:conclusion|close|end|rising|start)\b)(?:the\s+(?=[A-Z]))?([A-Z].{2,200})$`);
/** "St Mary's Church, Church Lane - 7:30pm": a place and a time. */
const COUNCIL_DASH_DATE_RE = /^(.{3,80}?)\s+[-–—]\s+(\d.{6,300})$/;
const DATE_THEN_PLACE_RE = new RegExp(`^((?:(?:${WEEKDAY}),?\\s+)?\\d{1,2}(?:${ORDINAL})?\\s+\\p{L}{3,9},?\\s+\\d{4}),?\\s+(\\p{Lu}[^.;:]{3,100}?)[,.]?$`, 'iu');
const TIME_THEN_DATE_RE = new RegExp(String.raw`^(${TIME_WORD})\s*,?\s+(.{8,40})$`, 'i');
const TIME_RANGE_LINE_RE = new RegExp(String.raw`^(${TIME_WORD})\s*(?:to|until|[-–—])\s*(${TIME_WORD})\.?$`, 'i');
const COUNCIL_BODY_PLACE_RE = /^(?:the\s+)?(\p{L}[\p{L}'’ &-]{1,60}?\s+council)\s+[-–—]\s+(\p{Lu}.{2,120}?)\s+[-–—]\s+(\p{Lu}[\p{L}'’ ,-]{2,60}?)\.?$/iu;
const MINUTE_OF_MEETING_RE = /^(?:minutes?|notes)\s+of\s+(?:(?:the|a|an)\s+)?(?:\p{L}+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(\p{Lu}.{2,150})$/iu;
const PLACE_DATE_RE = new RegExp(`^(\\p{Lu}[\\p{L}'’ -]{2,40}),\\s+((?:(?:${WEEKDAY}),?\\s+)?\\d{1,2}(?:${ORDINAL})?\\s+\\p{L}{3,9},?\\s+\\d{4}.{0,30})$`, 'u');
const BRACKETED_PLACE_TIMES_RE = new RegExp(String.raw`^\((\p{Lu}[^()]{2,120}?),\s*(${TIME_WORD})\s*(?:to|until|[-–—])\s*(${TIME_WORD})\)$`, 'iu');
const PLACE_THEN_TIME_RE = new RegExp(String.raw`^(\p{Lu}[^:;()]{2,100}?)(?:\s*[-–—,]|\s+at)\s*(${TIME_WORD})\.?$`, 'u');

const DATE_TIME_IN_PLACE_RE = new RegExp(String.raw`^((?:(?:${WEEKDAY}),?\s+)?\d{1,2}(?:${ORDINAL})?\s+\p{L}{3,9},?\s+\d{4}),?\s+at\s+(${TIME_WORD})\s*,?\s+(?:in|at)\s+(\p{Lu}.{2,200}?)\.?$`, 'iu');

const BODY_MEETING_HELD_RE = /^(?:the\s+)?(\p{Lu}.{2,100}?)\s+(?:(?:ordinary|extraordinary|special|annual|monthly|main|full)\s+)?meeting\s+held\s+(.{4,250})$/iu;

const TIME_ONLY_RE = new RegExp(`^${TIME_WORD}$`, 'i');

function parsePrintedHeld(rest: string, h: Header): void {
  const date = findDate(rest);
  // "Tuesday, August 28, 2007" (when a blog posted the minutes) over "Minutes of … held … on Monday, 6th August 2007".
  if (date && h.dateFromBareLine) {
    h.date = date.iso;
    h.dateFromBareLine = false;
  }
  if (date) h.date = h.date ?? date.iso;
  const time = findTime(rest);
  if (time) h.startTime = h.startTime ?? time.hhmm;
  // "... at 5.30 pm in Committee Room 1, Town Hall" or "held at Committee Room 1 on …"
  const venueAfterTime = VENUE_AFTER_TIME_RE.exec(rest);
  // "held on Friday, 3 February 2023 at Committee Room B, River House": a place, not a time, after the date.
  const afterDate = date ? rest.slice(date.index + date.length) : '';
  const venueAfterDate = VENUE_AFTER_DATE_RE.exec(afterDate.replace(/^(\s*,?\s*)(?:AT|IN|At|In)\b/, (w) => w.toLowerCase()));
  // A lower-case "the" is not part of the venue's name; "The Memorial Hall" keeps its capital article.
  // "HELD IN THE COUNCIL CHAMBER, CIVIC CENTRE ON MONDAY …": the same in capitals.
  // "held within the Council Chamber, Greenfield, Alloa, on THURSDAY …" (Scotland): "within" for "in".
  const venueBeforeDate = /^(?:at|in|within)\s+(?:the\s+(?=[A-Z]))?(.{3,200}?)\s*,?\s+(?:on|ON)\s+/.exec(rest.replace(/^(?:At|In|AT|IN|Within|WITHIN)\b/, (w) => w.toLowerCase()).replace(/^(at|in|within)\s+THE\b/, '$1 the'));
  // "held at the Guildhall, Easterby." with the date printed elsewhere (above "held").
  const venueOnly = !date ? /^(?:at|in)\s+(?:the\s+(?=[A-Z]))?([A-Z][^;]{2,150}?)\.?$/.exec(rest.replace(/^(?:At|In)\b/, (w) => w.toLowerCase())) : null;
  // "held at 7.00pm on Monday 4 February 2008": a time, not a place, before the date.
  const placeBeforeDate = venueBeforeDate?.[1] && !TIME_ONLY_RE.test(venueBeforeDate[1].trim()) ? venueBeforeDate[1] : undefined;
  // "… 28th March 2018. 7.30 p.m. Maxwell Hall, Port William": a place straight after the time, no "in" or "at".
  const bareAfterTime = time ? /^[\s.,]*(\p{Lu}[\p{L}'’ -]{2,60}(?:,\s*\p{Lu}[\p{L}'’ -]{2,40}){0,3})\.?$/u.exec(rest.slice(time.index).replace(/^\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?/i, '')) : null;
  const v = venueAfterTime?.[1] ?? placeBeforeDate ?? venueAfterDate?.[1] ?? venueOnly?.[1] ?? bareAfterTime?.[1];
  // "at 7.30pm in The Mountfitchet Exchange": a capital "The" is part of the name, as the page prints it.
  const article = v && rest.includes(`The ${v}`) && /\b(?:in|at)\s+The\s/.test(rest) ? 'The ' : '';
  if (v && !h.venue) h.venue = cleanVenue(article + v);
}

/** A printed "Minutes of the meeting of … held on …" heading: a second one starts another meeting. */
export function isMeetingHeading(text: string): boolean {
  if (text.length > 600) return false;
  if (!PRINTED_HEADING.test(text) && !PRINTED_HEADING_NO_NAME.test(text)) return false;
  // "Minutes of the meeting of the Cabinet held on 3 March were approved as a correct record" is a decision.
  if (/\b(?:were|was|be|been|are|is)\s+(?:\w+\s+)?(?:approved|agreed|confirmed|signed|noted|received|accepted|adopted|circulated|submitted|passed|ratified|read)\b|\bcorrect\s+record\b|\b(?:previously|already)\s+(?:circulated|published)\b|\b(?:attached|enclosed|to\s+follow)\)?\.?$/i.test(text)) return false;
  // "At a meeting of the Cabinet held on 5 March 2023, it was resolved that …": a sentence about another meeting.
  if (/\b(?:resolved|recommended|decided|considered|agreed|reported|asked|said|stated)\b/i.test(text)) return false;
  return findDate(text) !== null;
}

/**
 * "Meeting Council" / "Date and Time 26 August 2014 at 3.05pm" / "Location Council Chamber, Cloonavin": a table of the
 * meeting's details copied without its colons, under a booklet's cover (whose own date is the booklet's, not the
 * meeting's). Read when the meeting's name and its date and time stand on adjacent lines; they are the meeting's.
 */
function keyedMeetingFields(blocks: readonly Block[], h: Header): void {
  for (let i = 0; i + 1 < Math.min(blocks.length, 80); i++) {
    const meeting = /^Meeting\s+(\p{Lu}[\p{L}&'’ ,-]{2,80})$/u.exec(blocks[i]?.text.trim() ?? '');
    const when = /^Date\s+and\s+Time\s+(\S.{5,80})$/i.exec(blocks[i + 1]?.text.trim() ?? '');
    if (!meeting?.[1] || !when?.[1]) continue;
    const d = findDate(when[1]);
    if (!d) continue;
    h.committee = bodyName(meeting[1]) ?? meeting[1].trim();
    h.date = d.iso;
    const time = findTime(when[1].slice(d.index + d.length));
    h.startTime = time ? time.hhmm : h.startTime;
    const place = /^Location\s+(\S.{2,120})$/i.exec(blocks[i + 2]?.text.trim() ?? '');
    if (place?.[1]) h.venue = cleanVenue(place[1]);
    for (let k = i; k <= i + (place ? 2 : 1); k++) h.used.add(k);
    return;
  }
}

/**
 * "… Community Council Meeting Date: Monday 3rd June 2019 Time: 7pm Location: Leithland Centre, … Web: …", "DATE :
 * 13–08–18 TIME : 7.30pm … VENUE : Uig Community Centre": the cover's fields run into its first lines. Read only when
 * nothing else gave the date; a date in figures with a two-figure year is taken after the field's own label alone.
 */
// (Not "Issue date: Wednesday 23rd June 2021": when the papers went out.)
const DATE_FIELD_RE = /(?<!\b(?:Issue|Issued|Publication|Published|Dispatch|Despatch|Print|Printed|Circulation|Circulated|Review|Revision|Report)\s)\bDATE\s*:\s*(?:(\d{1,2})\s*[-–/.]\s*(\d{1,2})\s*[-–/.]\s*(\d{2}|\d{4})\b|(?=\S))/i;
const TIME_FIELD_RE = /\bTIME\s*:\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|hrs|hours)?)/i;
const PLACE_FIELD_RE = /\b(?:VENUE|LOCATION|PLACE)\s*:\s*(\p{Lu}.{2,120}?)(?=\s+(?:Web|Website|Twitter|Facebook|E-?mail|Present|Time|Date|Minutes|Agenda)\b|\s*$)/iu;
function keyedRunOnFields(blocks: readonly Block[], h: Header): void {
  for (let i = 0; i < Math.min(blocks.length, 6); i++) {
    const t = blocks[i]?.text.slice(0, 600) ?? '';
    const field = DATE_FIELD_RE.exec(t);
    if (!field) continue;
    let iso: string | null = null;
    if (field[1] && field[2] && field[3]) {
      const [day, month] = [Number(field[1]), Number(field[2])];
      const year = field[3].length === 2 ? 2000 + Number(field[3]) : Number(field[3]);
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && year <= new Date().getFullYear() + 1) iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    } else {
      const d = findDate(t.slice(field.index + field[0].length, field.index + field[0].length + 60));
      if (d && d.index <= 12) iso = d.iso;
    }
    if (!iso) continue;
    h.date = iso;
    const time = TIME_FIELD_RE.exec(t);
    const hhmm = time?.[1] ? findTime(time[1]) : null;
    if (hhmm && !h.startTime) h.startTime = hhmm.hhmm;
    const place = PLACE_FIELD_RE.exec(t);
    if (place?.[1] && !h.venue) h.venue = cleanVenue(place[1]);
    // "Hurlet and Brockburn Community Council Meeting Date: Monday 3rd June 2019 Time: 7pm …": the council's name before
    // the fields, the body that met.
    const lead = t.slice(0, field.index).replace(/\s+(?:Meeting|MEETING)\s*$/, '').trim();
    if (lead && !h.committee && !h.council && isWholeCouncilName(lead) && /\b(?:Parish|Town|Community|City|Borough|District|County)\s+Council$/i.test(lead)) {
      h.council = lead.replace(/^the\s+/i, '');
      h.committee = h.council;
    }
    return;
  }
}

/**
 * A body's name as the header read it, made plain, or null where what was read is no name at all: "Draft Minutes for
 * approval CREICH COMMUNITY COUNCIL" is Creich Community Council; "Cyngor CymunedCeulanamaesmawrCommunity Council" (its
 * spaces lost in copying) is spaced again; "from the extraordinary meeting on", "Clerk to the Parish Council" and "AND
 * COMMUNITY COUNCIL" (a name's first words lost) name no body; "most recent Community Council Meeting" is the Community
 * Council.
 */
export function cleanBodyName(name: string | null): string | null {
  if (!name) return name;
  let n = name.replace(/\s*[-–—:,;]+$/, '').trim();
  // ("MINUTES of a MEETING of the TOWN COUNCIL via video link held on …": how it met is not the body's name.)
  n = n.replace(/\s+(?:(?:held\s+)?(?:via|by)\s+(?:video(?:\s+(?:link|conference(?:\s+call)?))?|Zoom|(?:Microsoft\s+)?Teams|tele(?:phone|conference))|(?:held\s+)?(?:remotely|virtually|online))$/i, '').trim();
  n = n.replace(/^(?:(?:draft|unapproved|approved|confirmed)\s+)?minutes\s+(?:for\s+approval\s+)?(?=\p{Lu}{3})/iu, '');
  n = n.replace(/^(?:the\s+)?most\s+recent\s+/i, '').replace(/\s+Meeting(?:\s+Meeting)?$/i, (m) => (/\bCouncil\s+Meeting/i.test(n) ? '' : m));
  if (/(?:Cymuned|\p{Ll})(?:\p{Lu}\p{Ll}+)+Community\s+Council$|Cymuned\p{Lu}/u.test(n)) n = n.replace(/(?<!\bMa?c)(?<=\p{Ll})(?=\p{Lu})/gu, ' ');
  if (/^(?:from|of|and|to|for|by)\b|^clerk\s+to\b|\bmeeting\s+(?:on|of|held)$/i.test(n)) return null;
  return n || null;
}

/** A line that names the meeting's body, date, time and place: the date is taken; the rest fills only what is unknown. */
function takeMeetingLine(h: Header, committee: string | null, iso: string, timeText: string, venue: string | null): void {
  h.committee = h.committee ?? committee;
  h.date = iso;
  const time = findTime(timeText);
  if (time) h.startTime = h.startTime ?? time.hhmm;
  if (venue && !h.venue) h.venue = venue;
}

/** A line that is a council's name and nothing else. */
function isWholeCouncilName(t: string): boolean {
  const name = councilAtStart(t);
  return name !== null && name === t.replace(/^the\s+/i, '').replace(/\s+/g, ' ').replace(/[\s,.;:–—-]+$/, '').trim();
}

/** "… BoardDate of meeting: 11 April 2011": a field copied onto the end of the line above it. */
const GLUED_FIELD_RE = /^(.{3,}?\p{Ll})((?:Date|Time|Venue)\s+(?:of|for)\s+(?:the\s+)?meeting\s*:.*)$/u;
/** "30 May 2018 - 10:00 to 11:30": a date line with the meeting's start and end. */
/** "16. Date of Next Meeting": an agenda's numbered item or the next meeting's date, never the page's heading. */
function isAgendaItemLine(t: string): boolean {
  return /^\d{1,3}[.)]?\s/.test(t) || /\bnext\s+meeting\b/i.test(t);
}
const BODY_MEETING_DATE_RE = /^(\p{Lu}[\p{L}&'’ -]{1,80}?)\s+Meeting\s+(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9},?\s+\d{4})$/u;
const DATE_TIMES_RE = new RegExp(String.raw`^(.{6,40}?\d{4})\s*[-–—,]?\s*(?:from\s+)?(${TIME_WORD})\s*(?:to|until|[-–—])\s*(${TIME_WORD})\.?$`, 'i');
/** ", at 7.00 pm" straight after a date. */
const TIME_AFTER_DATE_RE = new RegExp(String.raw`^[,\s]*(?:at\s+)?${TIME_WORD}`, 'i');
/** "9.30am – 3.30pm", "10:00 to 11:30": a start and an end. */
const TIME_RANGE_WORDS_RE = new RegExp(String.raw`(${TIME_WORD})\s*(?:to|until|[-–—])\s*(${TIME_WORD})`, 'i');
/** "Meeting Summary Finance Board 14 Nov 2018 - 14:00 to 15:00": a CMIS page's heading lines run together. */
const CMIS_HEADING_RE = new RegExp(String.raw`^(?:Meeting\s+(?:Summary|Details)\s+)?(\p{Lu}.{2,150}?)\s+(\d{1,2}(?:${ORDINAL})?\s+\p{L}{3,9},?\s+\d{4}\s*[-–—,]?\s*(?:from\s+)?${TIME_WORD}\s*(?:to|until|[-–—])\s*${TIME_WORD})\.?$`, 'iu');
/** A ModernGov "Issue - decisions" line: "21/02/2017 - Corporate Governance Internal Audit Report". */
const ISSUE_DECISION_RE = /^(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–—]\s*\S.{2,200}$/;
/** "Minutes of the meeting of …" part-way into a run-on first paragraph (after a council's name or a notice). */
// "… Minutes of a PENMAENMAWR TOWN COUNCIL MEETING held at …": a body's name of a few words before "meeting".
const HEADING_INSIDE_RE = /\b(?:minutes?|notes)\s+of\s+(?:(?:the|a|an)\s+)?(?!(?:previous|last|preceding)\b)(?:[\p{L}\d]+\s+){0,5}?meeting\b|\bAt\s+(?:a|an|the)\s+(?:\p{L}+\s+){0,2}?meeting\s+of\s+(?:the\s+)?\p{Lu}[^.]{2,150}?\s+held\s+(?:in|at|on)\b|\bminute\s+of\s+the\s+(?!(?:previous|last|preceding)\b)(?:[\p{L}()&'’-]+\s+){1,6}?meeting\s+held\b/iu;

/**
 * A first paragraph that runs the heading on with what precedes and follows it: the heading from
 * "Minutes of the meeting" to its date and time, and the words before it where they are a body's name.
 */
const HEADING_INSIDE_ALL_RE = new RegExp(HEADING_INSIDE_RE.source, 'giu');

function headingInside(t: string): { heading: string; before: string } | null {
  let at = t.search(HEADING_INSIDE_RE);
  if (at <= 0 || at > 500) return null;
  // ("… Agenda … 1 To receive the Minutes of the meeting of the Council held on 24 January 2013": an agenda's item about the
  // last meeting's minutes, not the page's heading.)
  if (/\b(?:receive|approve|confirm|adopt|sign|note|agree|accept)\s+(?:and\s+\p{L}+\s+)?(?:the\s+)?$/iu.test(t.slice(Math.max(0, at - 40), at))) return null;
  // "(… recorded in the minutes of the Meeting at which they are approved) Groby Parish Council Minutes of a Meeting
  // of …": a note before the heading names minutes too; the heading is the last such phrase before the date.
  const date = findDate(t.slice(at));
  if (date) {
    const upTo = at + date.index;
    for (const m of t.slice(0, upTo).matchAll(HEADING_INSIDE_ALL_RE)) if (m.index !== undefined && m.index > at) at = m.index;
  }
  const rest = t.slice(at).replace(/(\d)\.(?=[ap]\.?m\b)/gi, '$1 ');
  const d = findDate(rest);
  if (!d || d.index > 250) return null;
  const after = rest.slice(d.index + d.length);
  const time = TIME_AFTER_DATE_RE.exec(after)?.[0] ?? '';
  // "… 4 February 2008 at the Parish Council Chamber, Leicester Road, Groby" ending the paragraph: the place too.
  const tail = after.slice(time.length);
  const place = /^\s*,?\s*(?:at|in|AT|IN)\s+(?:the\s+|THE\s+)?\p{Lu}[^.;:]{2,150}\.?$/u.test(tail) ? tail : '';
  const before = t.slice(0, at).split(/[.!?]\s+/).pop()?.replace(/[\s,:–—-]+$/, '').trim() ?? '';
  return { heading: rest.slice(0, d.index + d.length) + time + place, before };
}

/** "(7.15pm – 10.15pm)": the meeting's start and end, in brackets after its name and date. */
const TIME_RANGE_RE = /\((\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?)\s*(?:[–—-]|to)\s*(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?)\)/i;

const TRAILING_RANGE_RE = new RegExp(`[\\s,]*${TIME_RANGE_RE.source}\\s*$`, 'i');

/** A telephone number's or e-mail address's label, or a web address: a letterhead's contact details. */
const LETTERHEAD_CONTACT_RE = /\b(?:Tel(?:ephone)?(?:\s+No)?\.?\s*:|E[\s-]?mail\s*:|Email\b|www\.)|\[email\s+protected\]|@/i;

export function parseHeader(blocks: readonly Block[]): Header {
  const h: Header = {
    council: null, committee: null, date: null, startTime: null, venue: null,
    pageKind: 'unknown', itemNumber: null, used: new Set(), bodyStart: 0,
  };
  const limit = Math.min(blocks.length, 40);
  let bareCommittee: string | null = null;
  let councilLine: string | null = null;
  /** Councils named on lines of their own: three or more are a list (a network's members), not the page's council. */
  const councilLines = new Set<string>();
  let sawPrinted = false;
  for (let i = 0; i < limit; i++) {
    const b = blocks[i];
    // ("• Minutes of meeting held 8th January 2014 in the Supper Room …": a web page's bullet before the heading.)
    if (!b || (b.bullet && !(i < 3 && BULLETED_HEADING_RE.test(b.text)))) continue;
    let t = b.text.length > 600 ? b.text.slice(0, 600) : b.text;
    // "Date: 5th April 2012" / "Time: 15:16" / "Posted By: Secretary": when a website posted the minutes, not the meeting.
    if (i < 12 && /^(?:date|time)\s*:/i.test(t) && blocks.slice(i, i + 3).some((x) => /^posted\s+(?:by|on)\s*:/i.test(x.text.trim()))) {
      h.used.add(i);
      continue;
    }
    // "91 BRIDGEGATE, , DN14 7JJ" under the date: the place, a street number and a postcode, never a minute.
    if (i < 12 && t.length < 140 && POSTCODE_RE.test(t) && /^\d{1,4}[a-z]?\s+\p{Lu}/u.test(t) && !/[.:]\s/.test(t)) {
      h.used.add(i);
      h.venue = h.venue ?? cleanVenue(t.replace(/,\s*,/g, ','));
      continue;
    }
    // "… on Wednesday, 18 December 2019 at 5.00 pm for … the following business:-" over "1. To approve … the Minutes of the
    // meeting … held on 9 October": once the meeting's date is known, the first numbered item ends the header.
    if (i > 0 && h.date && /^1[.)]?\s+\p{Lu}/u.test(t)) break;
    // ("46.15 Declarations of Members’ Interests." under the heading: a minute book's minute, its number no time of day;
    // "South Kesteven District Council." further down is a group of members, not the page's council.)
    if (i > 0 && h.date && /^(?:\d{1,4}\/\d{2,4}|(?:2[5-9]|[3-9]\d|\d{3,4})\.\d{1,2})\s+\p{Lu}\p{Ll}/u.test(t)) break;
    // "Page 34 KIRKBURTON PARISH COUNCIL MINUTES OF …": the page's number run into the heading of a bound minute book.
    // "1391 MINUTES OF THE LISVANE COMMUNITY COUNCIL HELD ON …": a minute book's page number alone.
    if (i < 3) t = t.replace(/^Page\s+\d{1,4}\s+(?=\p{Lu}{2,}\s+\p{Lu}{2,})/u, '').replace(/^\d{1,5}\s+(?=MINUTES\s+OF\b)/, '');
    // "Minutes of meeting—Monday 12 September 2011—Ardgay Hall": a dash set close is a dash all the same.
    if (i < 6 && /\p{L}—\p{L}/u.test(t)) t = t.replace(/(?<=\p{L})—(?=\p{L})/gu, ' — ');
    // "Minutes of the Ordinary meeting of the Council which took place on 27th June 2019, 7pm, at Y Neuadd Goffa": read
    // as "held on".
    // "Note of meeting held Wednesday, 12 July 2017": a forum's note, read as its notes.
    if (i < 6 && /^Note\s+of\b/i.test(t)) t = t.replace(/^Note\s+of\s+(?=(?:the\s+|a\s+|an\s+)?(?:\p{L}+\s+){0,2}?meeting\b)/iu, 'Notes of ');
    if (i < 4 && /\btook\s+place\s+on\b/i.test(t)) t = t.replace(/\s+(?:which|that)?\s*took\s+place\s+on\s+/i, ' held on ');
    // "Draft Minutes of X Parish Council Meeting held from 7pm on 26 June 2017": the start time, said as "from".
    if (i < 4 && /\bheld\s+from\s+\d/i.test(t)) t = t.replace(/\bheld\s+from\s+(?=\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs|hours)?\s+on\b)/i, 'held at ');
    // "At the Council Meeting held, pursuant to notice on Monday 15th December 2014 at 7.15 pm …": read as "held on".
    if (i < 4 && /\bpursuant\s+to\b/i.test(t)) t = t.replace(/\bheld,?\s+pursuant\s+to\s+(?:due\s+)?notice,?\s+(?=on\s)/i, 'held ');
    // "At the Council Meeting held on …, the following members were present: –": the older printed form without "of",
    // the list's label after the place.
    if (i < 4 && /^At\s+(?:the|a|an)\s/.test(t) && /\bMeeting\s+held\b/.test(t)) {
      t = t.replace(/^At\s+(?:the|a|an)\s+((?:\p{Lu}[\p{L}&'’-]*\s+){1,5})Meeting\s+held\b/u, 'At a meeting of the $1held').replace(/,?\s+the\s+following\s+(?:members|councillors)\s+(?:were\s+)?present\b.*$/i, '');
    }
    // A header printed as one run-on paragraph: "ORDINARY COUNCIL MEETING 31 JULY 2002 (7.15pm – 10.15pm) PRESENT: …".
    const present = i < 3 && t.includes('PRESENT:') ? t.indexOf(' PRESENT:') : -1;
    if (present > 10 && findDate(t.slice(0, present))) t = t.slice(0, present);
    const glued = GLUED_FIELD_RE.exec(t);
    if (glued?.[1] && glued[2]) {
      t = glued[1];
      const d = findDate(glued[2]);
      if (d && !h.date && /^date/i.test(glued[2])) h.date = d.iso;
    }
    // "Agenda and minutes" run on to the heading under it ("Agenda and minutes Cabinet - Tuesday, 14th September, 2021"):
    // the page's kind, then the heading.
    const marker = i < 3 ? RUN_ON_MARKER_RE.exec(t) : null;
    if (marker && findDate(t.slice(marker[0].length))) {
      if (h.pageKind === 'unknown') h.pageKind = 'meeting';
      t = t.slice(marker[0].length);
    }
    const inside = (i < 3 || i <= h.bodyStart) && !sawPrinted && /\b(?:minutes?|notes|At\s+(?:a|an|the))\s/i.test(t) ? headingInside(t) : null;
    if (inside) {
      t = inside.heading;
      // "MM 23.06.2020 LISBURN & CASTLEREAGH CITY COUNCIL": a document's reference before the council's name.
      const body = inside.before.replace(/^(?:[A-Z]{1,4}\s+(?=\S*\d)|\S*\d\S*\s+)+/, '');
      // "CYNGOR CYMUNED GORSLAS COMMUNITY COUNCIL": a bilingual name sharing the place's name, of which the English is kept.
      const english = body.replace(/^cyngor\s+(?:cymuned|tref|sir|dinas)\s+(?=\S+\s+(?:community|town|county|city)\s+council$)/iu, '');
      if (english && english.length <= 80 && (isCouncilName(english) || /\b(?:authority|council)$/i.test(english)) && !h.council) h.council = english.replace(/^the\s+/i, '');
    }
    // A heading set one phrase to a line: "Minutes" / "of the Meeting of the" / "Planning Committee" / "Wednesday, 11th May 2016" / "held at …".
    if (/^(?:minutes|notes)$/i.test(t) && /^of\s+the\b/i.test(blocks[i + 1]?.text ?? '')) {
      let j = i + 1;
      let joined = t;
      while (j < blocks.length && j <= i + 5 && !findDate(joined) && (blocks[j]?.text.length ?? 999) < 150 && !blocks[j]?.bullet) joined = `${joined} ${blocks[j++]?.text ?? ''}`;
      if (/^held\b/i.test(blocks[j]?.text ?? '') && (blocks[j]?.text.length ?? 999) < 200) joined = `${joined} ${blocks[j++]?.text ?? ''}`;
      if (isMeetingHeading(joined)) {
        for (let k = i; k < j - 1; k++) h.used.add(k);
        t = joined;
        i = j - 1;
      }
    }
    const range = i < 3 && t.includes('(') ? TIME_RANGE_RE.exec(t) : null;
    if (range && range[1] && range[2] && findDate(t)) {
      const start = findTime(range[1]);
      const end = findTime(range[2]);
      if (start && end) {
        h.startTime = h.startTime ?? start.hhmm;
        h.endTime = end.hhmm;
      }
    }
    // "Items" / "No. Item": a ModernGov page's table of items begins; a heading under it ("11. To approve the minutes of
    // the meeting held on 26 July 2017") is an item's, not the page's.
    if (ITEMS_TABLE_HEAD_RE.test(t.trim())) {
      const both = ITEMS_TABLE_HEAD_RE.test(nextBlockText(blocks, i)) ? 2 : 1;
      for (let k = i; k < i + both; k++) h.used.add(k);
      h.bodyStart = Math.max(h.bodyStart, i + both);
      break;
    }
    // "Minutes: Read the Minutes (items 1-14)" is a link in the page header, not the minutes.
    if (/^(?:minutes|decision|cofnodion)\s*:/i.test(t) && !/^\w+\s*:\s*(?:read|view|download|open)\b.{0,60}$/i.test(t)) break;
    const field = BARE_FIELD_RE.exec(t);
    const nextBlock = blocks[i + 1];
    if (field && field[1] && nextBlock && !nextBlock.bullet && nextBlock.text.length < 300 && !BARE_FIELD_RE.test(nextBlock.text)) {
      t = `${field[1]}: ${nextBlock.text}`;
      h.used.add(i);
      i++;
    }
    // "Minute of Meeting of the Transport Partnership Board" over "Aberdeen, Wednesday, 19 September 2018" (Scotland):
    // the body, then the place and the date.
    const minuteOf = !sawPrinted && t.length <= 200 && /^(?:minutes?|notes)\s+of\b/i.test(t) && !findDate(t) ? MINUTE_OF_MEETING_RE.exec(t) : null;
    // ("Townth House, , 6 October, 2010" over "MINUTE OF MEETING OF ABERDEEN CITY COUNCIL": the place and date above it.)
    const prevBlock = i > 0 ? blocks[i - 1] : undefined;
    const placeDateBelow = minuteOf && nextBlock && !nextBlock.bullet ? PLACE_DATE_RE.exec(nextBlock.text.trim().replace(/,\s*,/g, ',')) : null;
    const placeDateAbove = minuteOf && !placeDateBelow && prevBlock && !prevBlock.bullet ? PLACE_DATE_RE.exec(prevBlock.text.trim().replace(/,\s*,/g, ',')) : null;
    const placeDate = placeDateBelow ?? placeDateAbove;
    if (minuteOf?.[1] && placeDate?.[1] && placeDate[2]) {
      const d = findDate(placeDate[2]);
      const name = bodyName(minuteOf[1]) ?? (TITLE_WORDS_RE.test(minuteOf[1]) ? minuteOf[1] : null);
      if (d && name) {
        sawPrinted = true;
        h.committee = h.committee ?? name;
        h.date = h.date ?? d.iso;
        h.venue = h.venue ?? placeDate[1];
        const tm = findTime(placeDate[2].slice(d.index + d.length));
        if (tm) h.startTime = h.startTime ?? tm.hhmm;
        h.used.add(i);
        h.used.add(placeDateBelow ? i + 1 : i - 1);
        h.bodyStart = placeDateBelow ? i + 2 : i + 1;
        if (placeDateBelow) i++;
        continue;
      }
    }
    // A printed heading wrapped onto a second block: "MINUTES of the meeting of the Transport Committee held on" / "Friday, 12 January 2018 …".
    const wrapped = !field && /^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:minutes|notes)\s+of\b|^at\s+(?:a|an|the)\b.{0,60}\bmeeting\s+of\b/i.test(t) && !findDate(t) && t.length < 300 && nextBlock && !nextBlock.bullet && nextBlock.text.length < 300;
    if (wrapped && findDate(nextBlock.text)) {
      const joined = `${t} ${nextBlock.text}`;
      if (isMeetingHeading(joined)) {
        t = joined;
        h.used.add(i);
        i++;
      }
    } else if (wrapped && (/\bof(?:\s+the)?$/i.test(t) || /^held\b/i.test(nextBlock.text))) {
      // "Minutes of Proceedings of a Meeting of the" / "HOUSING COMMITTEE" / "held in the Council Chamber, …, on" /
      // "Monday, 3 November, 2008 at 7.30 pm": a heading set over several lines, read as the one heading it is.
      let j = i + 1;
      let joined = t;
      while (j < blocks.length && j <= i + 5 && !findDate(joined) && (blocks[j]?.text.length ?? 999) < 200 && !blocks[j]?.bullet) joined = `${joined} ${blocks[j++]?.text ?? ''}`;
      if (findDate(joined) && isMeetingHeading(joined)) {
        for (let k = i; k < j - 1; k++) h.used.add(k);
        t = joined;
        i = j - 1;
      }
    }
    let matched = false;
    // Page furniture above the heading: "Public Document Pack", "Agenda Item 4", "DRAFT", "Page 12".
    if (/^(?:public\s+document\s+pack|agenda\s+item\s+\d{1,3}[a-z]?|(?:draft|unconfirmed|unapproved|not\s+yet\s+approved|subject\s+to\s+approval|draft\s+for\s+approval)(?:\s+minutes)?|page\s+\d{1,4})$/i.test(t)) matched = true;
    // "AGENDA ITEM" over "1 MINUTES OF THE COUNCIL": minutes printed in another meeting's pack, whole minutes all the same.
    const minutesInPack = /^agenda\s+item$/i.test(t) && /^(?:\d{1,3}\.?\s+)?(?:draft\s+)?MINUTES\s+OF\b/i.test(nextBlock?.text ?? '');
    // "APOLOGIES: …" over "MINUTES" over "The minutes of … were approved": after the dated heading and the lists, the
    // word is the first item's heading, not the page's kind.
    const afterLists = h.date !== null && /^(?:present|apologies|in\s+attendance|also\s+present|absent)\b/i.test(blocks[i - 1]?.text ?? '');
    // ("20/7" / "APOLOGIES" / … / "20/8" / "MINUTES" / "It was RESOLVED …": once the dated heading is read and minutes have
    // followed it, "MINUTES" alone is an item's heading too.)
    const deepInBody = h.date !== null && i > h.bodyStart + 4;
    // ("Mountsett Crematorium Joint Committee - Wednesday 17 June 2020" / … / "Minutes of the meeting held on 28 January
    // 2020" over "The part B minutes … were confirmed": deep in the business, a heading dated otherwise is an item about
    // another meeting, not the page's own.)
    const otherMeeting = (line: string) => deepInBody && findDate(line)?.iso !== h.date;
    // ("Present:" / … / "Agenda item" over "Main discussion points": under the meeting's lists, a table's head, not the
    // page's kind.)
    const tableHead = /^agenda\s+item$/i.test(t) && i >= 2 && blocks.slice(0, i).some((x) => /^(?:present|in\s+attendance|apologies)\b/i.test(x.text.trim()));
    for (const [re, kind] of afterLists || deepInBody ? [] : PAGE_MARKERS) {
      if (re.test(t)) {
        if (h.pageKind === 'unknown' && !minutesInPack && !tableHead) h.pageKind = kind;
        matched = true;
        break;
      }
    }
    if (!matched && h.pageKind === 'unknown' && i > 0) {
      const joined = /^(?:[Aa]genda [Ii]tem|[Ee]item [Aa]genda)\s+(\p{Lu}[^:]{2,200})$/u.exec(t);
      if (joined && joined[1] && !/[.;!?]$/.test(joined[1])) {
        h.pageKind = 'agenda-item';
        h.itemTitle = joined[1].trim();
        matched = true;
      }
    }
    // A ModernGov decision record: "Decision", then the item's title (often joined into one line), then "Decision Maker: …".
    const decisionTitle = !matched && h.pageKind === 'unknown' && i <= 1 && /^decision\s+maker\s*:/i.test(nextBlock?.text ?? '') ? /^(?:Decision\s+)?(\S.{2,200})$/.exec(i === 0 ? t : `Decision ${t}`) : null;
    if (decisionTitle && decisionTitle[1] && (i === 0 ? /^Decision\s/.test(t) : /^decision$/i.test(blocks[0]?.text ?? ''))) {
      h.pageKind = 'agenda-item';
      h.itemTitle = decisionTitle[1];
      matched = true;
    }
    if (!matched && WEB_FURNITURE_RE.test(t)) matched = true;
    if (!matched && /^(?:items|no\.?\s+item|item\s+no\.?|eitem|media|webcast|view directions)$/i.test(t)) matched = true;
    if (!matched && VENUE_FIELD_RE.test(t)) {
      const v = VENUE_FIELD_RE.exec(t)?.[1];
      if (v && !h.venue) h.venue = cleanVenue(v);
      matched = true;
    }
    if (!matched && /^(?:contact|cyswllt|contact officer|enquiries to)\s*:/i.test(t)) matched = true;
    // "Clerk: Mrs C Retallick, Barton, Ilsington, TQ13 9RT. Telephone No: 01364 661532 E Mail: …": the letterhead's contact
    // line, above the heading; not the meeting.
    if (!matched && i < 8 && t.length < 400 && LETTERHEAD_CONTACT_RE.test(t) && (POSTCODE_RE.test(t) || /\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b/.test(t)) && !findDate(t)) matched = true;
    if (!matched) {
      const m = ISSUE_MEETING.exec(t);
      if (m && m[1] && m[2]) {
        h.date = h.date ?? findDate(m[1])?.iso ?? null;
        h.committee = h.committee ?? m[2].trim();
        if (m[3]) h.itemNumber = m[3].trim().replace(/\.$/, '');
        matched = true;
        if (h.pageKind === 'unknown') h.pageKind = 'issue';
      }
    }
    if (!matched) {
      // "Committee: Standards Committee", "Meeting: Full Council – 9 March 2023" (a field, not an issue page's "Meeting: 03/06/2024 - …").
      const f = /^(committee|meeting|name\s+of\s+(?:the\s+)?(?:committee|meeting)|meeting\s+of|pwyllgor|cyfarfod|decision\s+maker)\s*:\s*(.{2,160})$/i.exec(t);
      if (f && f[1] && f[2]) {
        const d = findDate(f[2]);
        // A decision maker can be a person ("Cabinet Member for Housing"); only a body's name is taken.
        const name = d ? bodyBeforeDate(f[2].slice(0, d.index)) : /^decision/i.test(f[1]) ? bodyName(f[2]) : nameField(f[2]);
        if (name) {
          h.committee = h.committee ?? name;
          if (d && !h.date) {
            h.date = d.iso;
            const tm = findTime(f[2].slice(d.index + d.length));
            if (tm) h.startTime = h.startTime ?? tm.hhmm;
          }
          matched = true;
        }
      }
    }
    // Only in the page's opening lines: further down, "Minutes of Council – 12 March 2023" is an item about another meeting.
    const opening = i <= h.bodyStart + 1;
    // "MONTHLY COUNCIL MEETING 5 AUGUST 2014 Minutes of meeting held in the Council Offices, 7 Connell Street, Limavady at
    // 7.30 pm on the above date.": the body and date, then where and when "on the above date".
    // (These lines, like the three below, are read only near the top and only while the meeting has no date.)
    const unread = () => !matched && !h.date && i <= h.bodyStart + 2;
    const above = unread() && /above\s+date/i.test(t) ? HELD_ABOVE_DATE_RE.exec(t.slice(0, 1500)) : null;
    const aboveDate = above?.[2] ? findDate(above[2]) : null;
    if (above?.[1] && aboveDate && above[3]) {
      takeMeetingLine(h, above[1].replace(/^(?:MONTHLY|ORDINARY|SPECIAL|ANNUAL|EXTRAORDINARY)\s+/i, '').trim(), aboveDate.iso, above[4] ?? '', cleanVenue(above[3]));
      matched = true;
    }
    // "Minutes Council Meeting 5th September 2016 These Minutes principally record …": the heading run into the page's text.
    const headOf = t.length <= 200 ? t : /^((?:Draft\s+)?(?:Minutes|Agenda)\b.{5,120}?\b(?:19|20)\d{2})\s+(?=\p{Lu}\p{Ll})/u.exec(t)?.[1] ?? null;
    if (!matched && !h.committee && opening && headOf) {
      // "Brookley Partnership Panel – 30 January 2014", "Agenda for Council on Wednesday, 21st February, 2024, 6.00 pm",
      // "FULL COUNCIL, 9 March 2023": a first line or heading that names the body and the date.
      const d = findDate(headOf);
      const name = d && d.index > 2 && !/\bheld\b/i.test(headOf.slice(0, d.index)) ? bodyBeforeDate(headOf.slice(0, d.index)) : null;
      if (d && name) {
        h.committee = name;
        if (!h.date) {
          h.date = d.iso;
          const time = findTime(headOf.slice(d.index + d.length));
          if (time) h.startTime = h.startTime ?? time.hhmm;
        }
        matched = true;
      }
    }
    // "Meeting of the Parish Council at 7:30PM on Monday 5th November 2018 at Wychbold Village Hall, School Road": the body,
    // the time, the date and the place in one line under the page's title.
    const meetingOf = unread() && t.length <= 300 ? MEETING_OF_AT_ON_RE.exec(t) : null;
    const meetingDate = meetingOf?.[3] ? findDate(meetingOf[3]) : null;
    if (meetingOf?.[1] && meetingOf[3] && meetingDate) {
      const timeText = meetingOf[2] ?? meetingOf[3].slice(meetingDate.index + meetingDate.length);
      takeMeetingLine(h, bodyName(meetingOf[1]) ?? meetingOf[1].trim(), meetingDate.iso, timeText, meetingOf[4] ? cleanVenue(meetingOf[4]) : null);
      matched = true;
    }
    const bodyAt = unread() && t.length <= 300 ? BODY_MEETING_AT_RE.exec(t) : null;
    const bodyAtDate = bodyAt?.[3] ? findDate(bodyAt[3]) : null;
    if (bodyAt?.[1] && bodyAt[2] && bodyAtDate && !/\b(?:minutes|notes|agenda)\b/i.test(bodyAt[1])) {
      takeMeetingLine(h, bodyName(bodyAt[1]) ?? bodyAt[1].trim(), bodyAtDate.iso, bodyAt[4] ?? '', cleanVenue(bodyAt[2]));
      if (!h.council && isCouncilName(bodyAt[1].trim())) h.council = bodyAt[1].trim();
      matched = true;
    }
    // "… Agenda Item No. 2 DENBIGHSHIRE COUNTY COUNCIL Minutes of the County Council held in the Council Chamber, County
    // Hall, Ruthin on Wednesday, 27 June 2007 at 10.00 a.m. PRESENT …": the printed heading inside a run-on paragraph.
    const heldInside = unread() && t.length > 60 && /\bheld\b/i.test(t) ? HELD_INSIDE_RE.exec(t.slice(0, 1500)) : null;
    if (heldInside?.[1] && heldInside[2] && findDate(heldInside[2])) {
      h.committee = h.committee ?? bodyName(heldInside[1]) ?? null;
      // "… Agenda Item No. 2 DENBIGHSHIRE COUNTY COUNCIL Minutes of the County Council held in …": the letterhead's council.
      const letterhead = COUNCIL_BEFORE_HELD_RE.exec(t.slice(0, heldInside.index));
      if (letterhead?.[1] && isCouncilName(letterhead[1])) h.council = h.council ?? letterhead[1];
      parsePrintedHeld(heldInside[2], h);
      matched = true;
    }
    // "A MEETING OF THE COUNCIL of the Borough of Castle Point will be held in the Council Chamber, Council Offices, …, on
    // WEDNESDAY, 28TH MARCH, 2018 at 7.30 p.m.": an agenda's notice, run into its letterhead.
    const notice = unread() && /will\s+be\s+held/i.test(t) ? WILL_BE_HELD_RE.exec(t.slice(0, 2000)) : null;
    const noticeDate = notice?.[3] ? findDate(notice[3]) : null;
    if (notice?.[1] && noticeDate) {
      const ofCouncil = /^(.{3,60}?)\s+of\s+the\s+((?:Borough|City|County|District)\s+of\s+\p{Lu}[\p{L}' -]{2,40})$/u.exec(notice[1].trim());
      if (ofCouncil?.[2]) h.council = h.council ?? ofCouncil[2];
      takeMeetingLine(h, (ofCouncil?.[1] ?? notice[1]).trim(), noticeDate.iso, notice[4] ?? '', notice[2] ? cleanVenue(notice[2]) : null);
      matched = true;
    }
    // "… You are summoned to attend a meeting of the PARISH COUNCIL on TUESDAY 13 April 2021, commencing at 7.30 pm …": a
    // parish summons above its agenda, perhaps run into the letter's other lines.
    // (Under a heading that gave the date but not the body — "Strathclyde Partnership for Transport – 14 December 2018" —
    // the summons still names the body and the place.)
    const summonsOpen = !matched && i <= h.bodyStart + 6 && (!h.date || !h.committee);
    const summons = summonsOpen && /summoned|invited|request|invite/i.test(t) ? SUMMONS_RE.exec(t.length > 2000 ? t.slice(0, 2000) : t) : null;
    const summonsDate = summons?.[3] ? findDate(summons[3]) : null;
    if (summons?.[1] && summons[3] && summonsDate && (!h.date || h.date === summonsDate.iso)) {
      const zoom = /\bmeeting\s+will\s+(?:take\s+place|be\s+held)\s+(?:via|on|by)\s+(Zoom|Microsoft\s+Teams|Teams|Skype)\b/i.exec(t);
      const after = summonsDate.index + summonsDate.length;
      // The place before the date, unless that is the time; else after it ("… 2018 in The Lewis Room, …, for the purpose …").
      const before = summons[2] && !findDate(summons[2]) && !findTime(summons[2]) ? cleanVenue(summons[2]) : null;
      const afterDate = /^[,\s]*(?:at\s+\S+\s*(?:[ap]\.?m\.?)?\s+)?in\s+(?:the\s+(?=\p{Ll}))?(.{3,120}?)(?:,?\s+for\s+the\s+purpose\b|\.\s|$)/u.exec(summons[3].slice(after));
      const place = before ?? (afterDate?.[1] ? cleanVenue(afterDate[1]) : null);
      // "an ORDINARY MEETING of the Rugby Borough Council": the full council, named as the authority.
      // (In a summons "a meeting of the Strathclyde Partnership for Transport" names the body, whatever its words.)
      const named = bodyName(summons[1]) ?? (COUNCIL_LINE.test(summons[1].trim()) || /^\p{Lu}[\p{L}'’&]*(?:\s+(?:\p{Lu}[\p{L}'’&]*|for|of|and|the|&)){1,7}$/u.test(summons[1].trim()) ? summons[1].trim().replace(/^the\s+/i, '') : null);
      const timeText = summons[2] && findTime(summons[2]) ? summons[2] : summons[3].slice(after, after + 60);
      takeMeetingLine(h, named, summonsDate.iso, timeText, zoom?.[1] ?? place);
    }
    // ("10 September 2019" at the top of a letter, then "Ayrshire Valuation Joint Board – Tuesday 17 September 2019": the
    // letter's date gives way to the meeting's.)
    if (!matched && (!h.date || h.dateFromBareLine)) {
      const m = MODERNGOV_HEADING.exec(t);
      // ("16. Date of Next Meeting – Monday 12 December 2022": an agenda's item, the next meeting's date.)
      if (m && m[1] && m[2] && !isAgendaItemLine(m[1])) {
        const d = findDate(m[2]);
        if (d) {
          h.committee = h.committee ?? m[1].trim();
          h.date = d.iso;
          h.dateFromBareLine = false;
          const time = findTime(m[2].slice(d.index + d.length));
          if (time) h.startTime = h.startTime ?? time.hhmm;
          matched = true;
        }
      }
    }
    if (!matched) {
      // ("PCP 6/13" over "MINUTES OF THE MEETING … HELD ON 5 FEBRUARY 2013": a minute's heading under its number, about the
      // last meeting, not the page's own.)
      // (A bare number above is more likely the page's number: only a minute's code, and only once the date is known.)
      const underNumber = i > 0 && !!h.date && /^(?:Item\s+)?(?:\p{Lu}{1,6}\s?\d{1,4}(?:[./]\d{1,4}){0,2}|\d{1,4}[./]\d{1,4}(?:[./]\d{1,4})?)[.:]?$/u.test(blocks[i - 1]?.text.trim() ?? '');
      const m = sawPrinted || underNumber || otherMeeting(t) || !isMeetingHeading(t) ? null : PRINTED_HEADING.exec(t);
      if (m && m[1] && m[2] && !/^(?!(?:board|cabinet|council|committee|panel|executive|authority|commission|forum)\s)(?:\w+\s+)?meeting$/i.test(m[1].trim())) {
        sawPrinted = true;
        // "the Highways Committee meeting" → "Highways Committee"; ("KERSEY PARISH COUNCIL ANNUAL MEETING": the council.)
        let committee = m[1].trim().replace(/^((?:.{1,200}?\s)?(?:committee|sub-committee|council|board|panel|commission|cabinet|executive|forum|group|partnership))\s+(?:(?:virtual|remote|hybrid|online|zoom|ordinary|monthly|annual|extraordinary|special|budget)\s+)?meeting$/i, '$1');
        // "the 1000th Wheelton Parish Council meeting": the meeting's count is not the body's name.
        committee = committee.replace(/^\d{1,5}(?:st|nd|rd|th)\s+(?=\p{Lu})/iu, '');
        // "the Budget Meeting, Council" → "Council": the kind of meeting is not the body.
        committee = committee.replace(/^(?:\p{L}+\s+){0,3}meeting\s*[,–—-]\s*(?=\p{Lu})/iu, '');
        const of = /^(.{2,150}?)\s+of\s+((?:the\s+)?[A-Z][\w'’ &-]{1,80}?\s+Council)$/.exec(committee);
        if (of && of[1] && of[2]) {
          // "the Annual Meeting of the Salford Parish Council": a kind of meeting of the council itself.
          committee = /\bmeeting$/i.test(of[1]) ? of[2].replace(/^the\s+/i, '') : of[1];
          h.council = h.council ?? of[2].replace(/^the\s+/i, '');
        }
        // "the One Hundredth & Twenty-fifth Annual Meeting" → "Annual Meeting".
        const kind = /\b((?:Annual|Extraordinary|Special|Ordinary)\s+(?:General\s+|Parish\s+|Town\s+)?Meeting)$/i.exec(committee);
        if (kind && kind[1]) committee = kind[1];
        // "… of the Planning Committee Wednesday, 11th May 2016 held at …": the date printed before "held".
        const dated = findDate(committee);
        if (dated && dated.index > 2) {
          h.date = h.date ?? dated.iso;
          committee = committee.slice(0, dated.index).replace(TRAILING_WEEKDAY_RE, '').replace(/[\s,–—-]+$/, '');
        }
        // ("Minutes of a meeting of the above Council held on …": the body named above, not here.)
        if (!/^(?:above|said|aforementioned|aforesaid)\b/i.test(committee)) h.committee = h.committee ?? committee;
        parsePrintedHeld(m[2], h);
        matched = true;
      }
    }
    if (!matched) {
      const m = sawPrinted || otherMeeting(t) || !isMeetingHeading(t) ? null : PRINTED_HEADING_NO_NAME.exec(t);
      if (m && m[1]) {
        sawPrinted = true;
        parsePrintedHeld(m[1], h);
        matched = true;
      }
    }
    if (!matched && !h.committee && i <= h.bodyStart + 3 && t.length <= 250) {
      // "The Parish Council met on Tuesday, 7th March in the Evangelical Hall, at 7.30pm": the body, place and time.
      const met = t.includes(' met ') ? /^(?:the\s+)?(\p{Lu}[\p{L}'’ &-]{2,80}?)\s+met\s+(on\s+|at\s+|in\s+)(.{4,200})$/u.exec(t) : null;
      // "… met at County Hall, Cardiff on 20 October 2016 to transact …": the place straight after "met at".
      const metAt = met?.[2] && met[3] && !/^on/.test(met[2]) ? /^(?:the\s+)?(\p{Lu}[^.;]{2,80}?)(?=,?\s+on\s)/u.exec(met[3]) : null;
      const name = met?.[1] ? bodyName(met[1]) ?? (isCouncilName(met[1]) ? met[1] : null) : null;
      if (met?.[3] && name) {
        h.committee = name;
        const d = findDate(met[3]);
        if (d && !h.date) h.date = d.iso;
        const tm = findTime(met[3]);
        if (tm && !h.startTime) h.startTime = tm.hhmm;
        const place = metAt && !findDate(metAt[1] ?? '') ? metAt : /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[^,.;]{2,80}?)(?=\s*(?:,|\.|;|$|\s+at\s+\d|\s+on\s))/u.exec(`${met[2]}${met[3]}`);
        if (place?.[1] && !h.venue && !findTime(place[1])) h.venue = place[1].trim();
        matched = true;
      }
    }
    if (!matched && !sawPrinted && (i <= h.bodyStart + 1 || i < 5)) {
      // "Minutes of First Meeting of Community Council on 29th October 2019 at 7.30pm in the Village Hall": no "held".
      const m = /^(?:(?:draft|confirmed|approved)\s+)?minutes\s+of\b/i.test(t) ? /^(?:(?:draft|confirmed|approved)\s+)?minutes\s+of\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(\p{Lu}.{2,100}?)\s+on\s+(.{6,200})$/iu.exec(t) : null;
      const d = m?.[2] ? findDate(m[2]) : null;
      const name = m?.[1] ? bodyName(m[1]) ?? (isCouncilName(m[1]) ? m[1] : null) : null;
      // A heading gives the time ("… at 7.30pm in the Village Hall"); "Minutes of the ordinary meeting of Council on
      // 11 July 2011." under an item is the minutes to approve.
      const timed = d ? findTime(m?.[2]?.slice(d.index + d.length) ?? '') : null;
      if (m?.[2] && d && d.index < 20 && name && timed && !/\.$/.test(t)) {
        sawPrinted = true;
        h.committee = h.committee ?? name;
        parsePrintedHeld(`on ${m[2]}`, h);
        matched = true;
      }
    }
    if (!matched && !sawPrinted && i <= h.bodyStart + 1 && /^(?:(?:draft|confirmed|approved)\s+)?(?:minutes|notes)\s+of\b/i.test(t)) {
      // "Notes of a meeting of The Jurassic Coast Communities Forum, Wareham Town Hall October 8th 2015 Present: …": the
      // body, then after a comma the place and the date, with no "held" or "on" (often the first words of a run-on page).
      const m = /^(?:(?:draft|confirmed|approved)\s+)?(?:minutes|notes)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:\p{L}+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(\p{Lu}[^,.;:]{2,100}?),\s+([^.;:]{2,120}?\d{4})\b/iu.exec(t.slice(0, 400));
      const d = m?.[2] ? findDate(m[2]) : null;
      const name = m?.[1] ? bodyName(m[1]) ?? (isCouncilName(m[1]) ? m[1] : null) : null;
      if (m?.[2] && d && name) {
        sawPrinted = true;
        h.committee = h.committee ?? name;
        h.date = h.date ?? d.iso;
        const place = m[2].slice(0, d.index).replace(TRAILING_WEEKDAY_RE, '').replace(/[\s,–—-]+$/, '');
        // ("Upwell Parish Council, Monday 4th December 2017, 6.30pm at Upwell Village Hall": a weekday is no place; the
        // time and the place come after the date.)
        if (!h.venue && /^\p{Lu}[\p{L}'’ &-]{2,60}$/u.test(place) && !new RegExp(`^(?:${WEEKDAY})$`, 'i').test(place)) h.venue = place;
        const after = t.slice(0, 400).slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 160).replace(/\s+Present\b.*$/i, '');
        const timeAfter = /^[\s,]+/.test(after) ? findTime(after) : null;
        if (timeAfter && timeAfter.index <= 4 && !h.startTime) h.startTime = timeAfter.hhmm;
        const placeAfter = timeAfter && timeAfter.index <= 4 ? VENUE_AFTER_TIME_RE.exec(after) : null;
        if (placeAfter?.[1] && !h.venue) h.venue = cleanVenue(placeAfter[1]);
        matched = true;
      }
    }
    if (!matched && !sawPrinted && i <= h.bodyStart + 1) {
      // "A meeting of the Community Council was held Tuesday night February the 6th 2018 at 7.30pm in the Centre."
      // "A Meeting of East Lammermuir Community Council took place in Innerwick Village Hall on Tuesday 3 October 2017".
      const m = t.includes('was held') || t.includes('took place') ? /^an?\s+(?:(?:ordinary|extraordinary|special|annual|monthly)\s+)?meeting\s+of\s+(?:the\s+)?(.{2,120}?)\s+(?:was\s+held|took\s+place)\s+(.{4,300})$/i.exec(t) : null;
      if (m && m[1] && m[2] && findDate(m[2])) {
        sawPrinted = true;
        const name = bodyName(m[1]) ?? (isCouncilName(m[1]) ? m[1] : null);
        if (name) h.committee = h.committee ?? name;
        parsePrintedHeld(m[2].replace(/\.$/, ''), h);
        matched = true;
      }
    }
    if (!matched && !sawPrinted && i < 8 && t.length <= 300) {
      // "Minera Community Council Meeting held on Wednesday 16th June 2021": the body, then "Meeting held on …".
      const m = /meeting\s+held\b/i.test(t) ? BODY_MEETING_HELD_RE.exec(t) : null;
      // The whole of what comes before "Meeting held" names the body ("To confirm the minutes of the X meeting held on …" does not).
      const before = m?.[1]?.replace(/^the\s+/i, '').trim() ?? '';
      const name = before && (bodyName(before) === before || isCouncilName(before)) && !/\b(?:minutes|confirm|approve|of\s+the)\b/i.test(before) ? before : null;
      if (m?.[2] && name && findDate(m[2])) {
        sawPrinted = true;
        h.committee = h.committee ?? name;
        parsePrintedHeld(m[2].replace(/\.$/, ''), h);
        matched = true;
      }
    }
    if (!matched && !sawPrinted) {
      // Welsh printed heading: "Cofnodion y cyfarfod a gynhaliwyd ar 20 Medi, 2005 (2:00 pm)".
      const m = /^cofnodion\s+(?:y\s+|cyfarfod\s+)?(?:cyfarfod\s+)?(?:.{2,120}?\s+)?a\s+gynhaliwyd\s+(.{4,300})$/i.exec(t);
      if (m && m[1] && findDate(m[1])) {
        sawPrinted = true;
        parsePrintedHeld(m[1], h);
        matched = true;
      }
    }
    // "Locum Clerk to Chawleigh Parish Council" (a summons' signature): the council is the one the clerk serves.
    const ct = t.replace(CLERK_TO_RE, '');
    // "Contact your Parish Council" (a web page's link) names no council.
    // "Cllr Marian Swift, Darlington Borough Council": a member and the council they come from, not the page's council.
    // ("Witherslack, Meathop and Ulpha Parish Council": places listed with commas in a council's own name.)
    const placeList = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?(?:,\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)+,?\s+(?:and|&)\s+\p{Lu}/u.test(ct);
    const linkText = /^(?:contact|find|visit|about|search|view|your|our|my|all|most)\b/i.test(ct) || /^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s/.test(ct) || (ct.includes(',') && !placeList);
    // "Dumfries and Galloway Council Minutes": the council's own minutes, a meeting of the full council.
    const councilMinutes = !matched && i <= 1 && !linkText ? /^(.{3,80}?\s(?:Council|COUNCIL))\s+(?:Minutes|MINUTES)$/.exec(ct) : null;
    if (councilMinutes?.[1] && (COUNCIL_LINE.test(councilMinutes[1]) || isWholeCouncilName(councilMinutes[1]))) {
      const name = councilMinutes[1].replace(/^the\s+/i, '').trim();
      h.council = h.council ?? name;
      h.committee = h.committee ?? name;
      matched = true;
    }
    // ("Resolved that Professor Brian Wills be appointed to the Parish Council": a sentence about the council, not its name.)
    const sentence = /^(?:resolved|agreed|that|it\s+was)\b/i.test(ct) || /\b(?:be|was|were|is|are|has|have|had)\b/.test(ct);
    if (!matched && !linkText && !sentence && ct.length <= 90 && ((/council|cyngor|borough|comhairle/i.test(ct) && COUNCIL_LINE.test(ct)) || isWholeCouncilName(ct))) {
      const name = ct.replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
      councilLine = councilLine ?? name;
      councilLines.add(name.toLowerCase());
      // A bilingual heading names the council twice; the English name is preferred.
      if (!h.council || (/^cyngor\b/i.test(h.council) && !/^cyngor\b/i.test(name))) h.council = name;
      matched = true;
    }
    if (!matched && i === h.bodyStart && t.length <= 120 && !/[.:;!?]$/.test(t) && h.pageKind !== 'agenda-item') {
      // Bilingual: "PWYLLGOR CRAFFU ADDYSG / EDUCATION SCRUTINY COMMITTEE" → the part that reads as a committee.
      const parts = t.split(/\s+\/\s+/);
      const named = parts.map((p) => bodyName(p)).find((n) => n !== null);
      // "WILLOWDALE COUNCIL HEALTH AND WELLBEING BOARD": the council's name, then the body's.
      const council = councilAtStart(t);
      const rest = council && council.length < t.length ? bodyName(t.slice(council.length).replace(/^[\s,:–—-]+/, '')) : null;
      if (council && rest) {
        h.council = h.council ?? council;
        bareCommittee = bareCommittee ?? rest;
        matched = true;
      } else if (named) {
        bareCommittee = bareCommittee ?? named;
        matched = true;
      }
    }
    // "10.00 a.m. - 1.25 p.m." and "2.00 p.m. - 2.50 p.m." under the date: the sittings, from the first start to the last end.
    const sitting = !matched && i < 14 && t.length <= 60 && /^\d/.test(t) ? TIME_RANGE_LINE_RE.exec(t) : null;
    if (sitting?.[1] && sitting[2]) {
      h.startTime = h.startTime ?? findTime(sitting[1])?.hhmm ?? null;
      const end = findTime(sitting[2]);
      if (end) h.endTime = end.hhmm;
      matched = true;
    }
    // "NORTH LANARKSHIRE COUNCIL - 18 June 2009 Motherwell, 18 June 2009 at 4 pm. A Meeting of the …": a meeting of
    // the council itself, then the place, date and time.
    const councilDated = !matched && !h.committee && i <= h.bodyStart + 1 && t.length <= 400 && /council/i.test(t) ? COUNCIL_DASH_DATE_RE.exec(t) : null;
    const councilDate = councilDated?.[2] ? findDate(councilDated[2]) : null;
    const titleCased = councilDated?.[1] ? councilDated[1].toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase()) : '';
    if (councilDated?.[1] && councilDated[2] && councilDate && councilDate.index === 0 && (isCouncilName(councilDated[1]) || isCouncilName(titleCased))) {
      const name = councilDated[1].replace(/^the\s+/i, '');
      h.council = h.council ?? name;
      h.committee = name;
      h.date = h.date ?? councilDate.iso;
      const after = councilDated[2].slice(councilDate.length);
      const place = /^\s*(\p{Lu}[\p{L}'’ -]{2,40}),\s+(?:\p{L}+day,?\s+)?\d{1,2}\S*\s+\p{L}{3,9},?\s+\d{4}(?:\s+at\s+([^.]{2,20}))?\./u.exec(after);
      if (place?.[1]) h.venue = h.venue ?? place[1].trim();
      const tm = place?.[2] ? findTime(place[2]) : null;
      if (tm) h.startTime = h.startTime ?? tm.hhmm;
      matched = true;
    }
    // "THE FIFE COUNCIL - POLICY, FINANCE & ASSET MANAGEMENT COMMITTEE - GLENROTHES.": council, body and place.
    const cbp = !matched && !h.committee && i < 10 && t.length <= 220 && /council\s+[-–—]\s.*\s[-–—]\s/i.test(t) ? COUNCIL_BODY_PLACE_RE.exec(t) : null;
    const cbpBody = cbp?.[2] ? bodyName(cbp[2]) : null;
    if (cbp?.[1] && cbp[3] && cbpBody && (isCouncilName(cbp[1]) || /council$/i.test(cbp[1])) && !findDate(cbp[3])) {
      h.council = h.council ?? cbp[1];
      h.committee = cbpBody;
      h.venue = h.venue ?? cleanVenue(cbp[3]);
      matched = true;
    }
    if (!matched && !h.venue && i < 12 && t.length <= 160 && t.startsWith('(')) {
      // "(Former Hall, Memorial Hall, Burry Port, 7.00pm – 9.00pm)": the place and the times, in brackets under the heading.
      const pt = BRACKETED_PLACE_TIMES_RE.exec(t);
      if (pt && pt[1] && pt[2] && pt[3] && !findDate(pt[1])) {
        h.venue = cleanVenue(pt[1]);
        h.startTime = h.startTime ?? findTime(pt[2])?.hhmm ?? null;
        const end = findTime(pt[3]);
        if (end) h.endTime = h.endTime ?? end.hhmm;
        matched = true;
      }
    }
    if (!matched && !h.date && opening && t.length <= 120 && /\bmeeting\b/i.test(t) && /^[a-z]/.test(t)) {
      // "and Town Council Monthly Meeting Wednesday 15 th January 2014": a first line whose start the copy lost.
      const d = findDate(t);
      const prefix = d ? t.slice(0, d.index).replace(/^[a-z][^A-Z]*(?=[A-Z])/, '').replace(TRAILING_WEEKDAY_RE, '').replace(/\s+(?:(?:monthly|ordinary|annual|special|extraordinary|full)\s+)?meeting$/i, '') : '';
      const name = prefix ? bodyName(prefix) : null;
      if (d && name) {
        h.date = d.iso;
        h.committee = h.committee ?? name;
        matched = true;
      }
    }
    if (!matched && !h.venue && i > 0 && t.length <= 120) {
      // "St Mary's Church, Church Lane - 7:30pm" under the date line: the place and the time.
      const pm = PLACE_THEN_TIME_RE.exec(t);
      // ("Community Council meeting commenced at 7.15pm": when it began, not where.)
      if (pm && pm[1] && pm[2] && findDate(blocks[i - 1]?.text ?? '') && !findDate(pm[1]) && !bodyName(pm[1]) && !/^(?:date|time)\b/i.test(pm[1]) && !/\b(?:meeting|commenced|started|began|opened|convened)\b/i.test(pm[1])) {
        h.venue = cleanVenue(pm[1]);
        const tm = findTime(pm[2]);
        if (tm && !h.startTime) h.startTime = tm.hhmm;
        matched = true;
      }
    }
    if (!matched && !h.date && t.length <= 220) {
      // "Meeting Summary Finance and Resources Board 14 Nov 2018 - 14:00 to 15:00": a CMIS page's heading lines run together.
      const run = CMIS_HEADING_RE.exec(t);
      // "Health & Wellbeing Scrutiny Panel - up to 15 May 2022": the body as it was named until a date.
      const name = run?.[1] ? bodyName(run[1].replace(/\s+[-–—]\s+(?:up\s+to|until|from)\s+\d{1,2}\s+\p{L}{3,9},?\s+\d{4}$/u, '')) : null;
      if (run?.[2] && name && !h.committee) {
        h.committee = name;
        t = run[2];
      }
    }
    // "Board Meeting 26 September 2022": the body, the word "Meeting" and the date, a web page's title.
    if (!matched && !h.date && i < 6 && t.length <= 100) {
      const titled = BODY_MEETING_DATE_RE.exec(t);
      const d = titled?.[2] ? findDate(titled[2]) : null;
      const name = titled?.[1] ? bodyName(titled[1]) : null;
      // ("Board Meeting …": a bare "Board" names no body; the date is still the meeting's.)
      if (d && titled?.[1]) {
        if (name && !/^(?:the\s+)?(?:board|committee|council|panel|meeting)$/i.test(name)) h.committee = h.committee ?? name;
        h.date = d.iso;
        matched = true;
      }
    }
    if (!matched && !h.date && t.length <= 80) {
      const dt = DATE_TIMES_RE.exec(t);
      const d = dt?.[1] ? findDate(dt[1]) : null;
      if (dt && d && dt[2] && dt[3] && d.index <= 12) {
        h.date = d.iso;
        h.startTime = h.startTime ?? findTime(dt[2])?.hhmm ?? null;
        const end = findTime(dt[3]);
        if (end) h.endTime = h.endTime ?? end.hhmm;
        matched = true;
      }
    }
    if (!matched && !h.date && i < 8) {
      const issue = ISSUE_DECISION_RE.exec(t);
      const d = issue?.[1] ? findDate(issue[1]) : null;
      if (d) {
        h.date = d.iso;
        matched = true;
      }
    }
    // ("16. Date of Next Meeting" over "Monday 12 December 2022": an item and the next meeting's date, not the heading.)
    if (!matched && !h.committee && t.length <= 100 && !/[.:;!?]$/.test(t) && !isAgendaItemLine(t)) {
      // "General Licensing Committee" over "Tuesday, 9th September, 2014": the body named on the line above the date.
      // "Cabinet" / "Committee Minutes" / "Wed Jan 13 2016": a line naming the kind of page may come between.
      const between = PAGE_MARKERS[0]?.[0].test(blocks[i + 1]?.text ?? '') || /^(?:committee|meeting)\s+minutes$/i.test(blocks[i + 1]?.text ?? '');
      const next = blocks[between ? i + 2 : i + 1]?.text ?? '';
      const name = bodyName(t);
      if (name && next.length <= 80 && (BARE_DATE_RE.test(next) || BARE_DATE_MONTH_FIRST_RE.test(next) || DATE_TIMES_RE.test(next)) && !isCouncilName(name)) {
        h.committee = name;
        matched = true;
      }
    }
    // "Thursday 25 October 2012 East Herts District Council Wallfields,": the date, then the place.
    const datePlace = !matched && !h.date && i <= h.bodyStart + 2 && t.length <= 140 && /^(?:\p{L}+day,?\s+)?\d/iu.test(t) ? DATE_THEN_PLACE_RE.exec(t) : null;
    const dpDate = datePlace?.[1] ? findDate(datePlace[1]) : null;
    if (datePlace?.[2] && dpDate && !findTime(datePlace[2]) && !/\b(?:minutes|meeting|agenda)\b/i.test(datePlace[2])) {
      h.date = dpDate.iso;
      h.venue = h.venue ?? cleanVenue(datePlace[2]);
      matched = true;
    }
    // "10.30 a.m. Friday 26th February 2010": the time first.
    const timeFirst = !matched && !h.date && t.length <= 60 && /^\d/.test(t) ? TIME_THEN_DATE_RE.exec(t) : null;
    if (timeFirst?.[1] && timeFirst[2] && BARE_DATE_RE.test(timeFirst[2])) {
      const d = findDate(timeFirst[2]);
      if (d) {
        h.date = d.iso;
        h.dateFromBareLine = true;
        h.startTime = h.startTime ?? findTime(timeFirst[1])?.hhmm ?? null;
        matched = true;
      }
    }
    // "Monday, 18 September 2023 at 10.30 am in Washington Hall, Euxton" under "Lancashire Combined Fire Authority": a
    // ModernGov minutes page's heading, the body that met on the line above.
    const dateTimePlace = !matched && !h.date && t.length <= 250 ? DATE_TIME_IN_PLACE_RE.exec(t) : null;
    const dtpDate = dateTimePlace?.[1] ? findDate(dateTimePlace[1]) : null;
    if (dateTimePlace?.[2] && dateTimePlace[3] && dtpDate) {
      h.date = dtpDate.iso;
      h.startTime = h.startTime ?? findTime(dateTimePlace[2])?.hhmm ?? null;
      h.venue = h.venue ?? cleanVenue(dateTimePlace[3]);
      const above = i > 0 ? (blocks[i - 1]?.text.trim() ?? '') : '';
      if (!h.committee && above.length <= 120 && (bodyName(above) === above || isWholeCouncilName(above))) h.committee = above.replace(/^the\s+/i, '');
      matched = true;
    }
    if (!matched && !h.date && t.length <= 60 && (BARE_DATE_RE.test(t) || BARE_DATE_MONTH_FIRST_RE.test(t))) {
      // A heading line that is only the date ("Monday 2 June 2025", "2 June 2025 at 6.30 pm").
      const d = findDate(t);
      if (d) {
        h.date = d.iso;
        h.dateFromBareLine = true;
        const tm = findTime(t.slice(d.index + d.length));
        if (tm && !h.startTime) h.startTime = tm.hhmm;
        matched = true;
      }
    }
    if (!matched && !h.committee && opening && /minutes|notes|meeting\s+of/i.test(t)) {
      // "Minutes of Full Council", "Planning Committee – Minutes", "DRAFT MINUTES OF THE CABINET": a heading without a date.
      const mm =
        // "Minutes of a Meeting of: Policy & Resources Committee": the name may follow a colon.
        /^(?:(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:minutes|notes)\s+(?:(?:of|from)\s+)?(?:the\s+)?|(?=(?:(?:a|an|the)\s+)?(?:\p{L}+\s+){0,2}meeting\s+of\s))(?:(?:a|an|the)\s+)?(?:(?:\p{L}+\s+){0,2}meeting\s+of\s*:?\s+(?:the\s+)?)?(.{3,120})$/iu.exec(t) ??
        /^(.{3,120}?)\s*[-–—:]?\s+(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes$/i.exec(t);
      const name = mm && mm[1] ? bodyName(mm[1]) : null;
      // "Minutes of the Meeting of East Lothian Council" over the date: the council met as a whole, and is named.
      const whole = !name && mm?.[1] && !h.council && isCouncilName(mm[1].trim()) ? councilNameOnly(mm[1].trim()) : null;
      if (name) {
        h.committee = name;
        matched = true;
      } else if (whole) {
        // (The line is left to the readers after this one: a dated heading below may still name the meeting.)
        h.council = whole;
      }
    }
    // ("2 DATE: 17 July 2014 PLACE: TIME: King Edmund Chamber …": a pack's cover table after its page number; a numbered
    // line needs the table's other labels, as "3 Date of next meeting: …" is an item.)
    // ("Date & Time: MONDAY 09 MAY 2016. 19:15 – 21:00hrs": the two fields in one.)
    if (!matched && (/^(?:date|dyddiad)(?:\s+(?:and|&)\s+time)?(?:\s+of\s+(?:the\s+)?meeting)?\s*:\s*/i.test(t) || /^\d{1,3}\s+(?:DATE|Date)\s*:\s*.{0,60}?\b(?:PLACE|TIME|VENUE|Place|Time|Venue)\s*:/.test(t))) {
      const d = findDate(t);
      if (d && !h.date) h.date = d.iso;
      const tm = findTime(t.slice(d ? d.index + d.length : 0));
      if (tm && !h.startTime) h.startTime = tm.hhmm;
      // ("… 19:15 – 21:00hrs": the end after a dash.)
      const range = tm ? /^\S*\s*(?:[ap]\.?m\.?\s*)?[–—-]\s*(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hrs|hours)?)/i.exec(t.slice((d ? d.index + d.length : 0) + tm.index)) : null;
      const end = range?.[1] ? findTime(range[1].replace(/(?<=\d)(?=hrs|hours)/i, ' ')) : null;
      if (end && !h.endTime) h.endTime = end.hhmm;
      matched = true;
    }
    if (!matched && /^(?:time|amser|start\s+time|time\s+of\s+(?:the\s+)?meeting|meeting\s+time)\s*:\s*/i.test(t)) {
      const tm = findTime(t);
      if (tm && !h.startTime) h.startTime = tm.hhmm;
      // "Time of meeting: 9.30am – 3.30pm": the end too.
      const range = TIME_RANGE_WORDS_RE.exec(t);
      const end = range?.[2] ? findTime(range[2]) : null;
      if (end && !h.endTime) h.endTime = end.hhmm;
      matched = true;
    }
    // A heading found inside a run-on paragraph leaves the rest of the paragraph to the body.
    if (matched && !(inside && b.text.length > inside.heading.length + 80)) {
      h.used.add(i);
      h.bodyStart = i + 1;
    }
  }
  if (councilLines.size >= 3 && h.council && councilLines.has(h.council.toLowerCase())) {
    h.council = null;
    councilLine = null;
  }
  // "CYNGOR CYMUNED LLANSANFFRAID GLAN CONWY COMMUNITY COUNCIL": a bilingual name sharing the place's name; the English is kept.
  if (h.council) h.council = h.council.replace(/^cyngor\s+(?:cymuned|tref|sir|dinas)\s+(?=(?:\S+\s+){1,4}(?:community|town|county|city)\s+council$)/iu, '');
  h.council = councilNameOnly(h.council);
  if (h.committee) h.committee = h.committee.replace(RUN_TOGETHER_LEAD_RE, '');
  if (!h.committee && bareCommittee) h.committee = bareCommittee;
  // "Budget Meeting, Council", "Extraordinary Meeting - Full Council": the kind of meeting is not the body.
  keyedMeetingFields(blocks, h);
  if (!h.date) keyedRunOnFields(blocks, h);
  if (h.committee) h.committee = plainBodyName(h.committee);
  // "THE COUNCIL OF THE BOROUGH OF HELD AT …": the borough's name lost in the copy; the body is the council.
  if (h.committee) h.committee = h.committee.replace(/\s+of\s+the\s+(?:borough|city|county|district|town|parish)\s+of$/i, '');
  // A meeting page headed by the council's name alone ("Scottish Borders Council", "Agenda and minutes") is a
  // meeting of the full council, which the page names that way.
  if (!h.committee && councilLine && (h.pageKind === 'meeting' || sawPrinted)) h.committee = councilLine;
  // ("Minutes of the meeting of Bronington Community Council-": a dash the heading ends with is no part of the name.)
  h.committee = cleanBodyName(h.committee);
  h.council = cleanBodyName(h.council);
  if (h.council && /^cyngor\s+cymuned\s+/i.test(h.council) && /\sCommunity\s+Council$/i.test(h.council)) {
    h.council = h.council.replace(/^cyngor\s+cymuned\s+/i, '');
    if (h.committee && /^cyngor\s+cymuned\s+/i.test(h.committee)) h.committee = h.council;
  }
  // "Minutes of the meeting of Bronington Community Council": the body that met is a council by its own name, which
  // names the council too.
  if (!h.council && h.committee && isCouncilName(h.committee) && /\b(?:Parish|Town|Community|City|Borough|District|County)\s+Council$/.test(h.committee) && /^\p{Lu}/u.test(h.committee) && !/^(?:The\s+)?(?:Full|Special|Annual|Extraordinary|Ordinary)\b/i.test(h.committee)) h.council = h.committee;
  // "Civic Community Hall, Vicarage Lane, (10.00 a.m. to 11.18 a.m.)": the meeting's times are not part of the place.
  if (h.venue) h.venue = h.venue.replace(TRAILING_RANGE_RE, '').trim() || null;
  // An issue page repeats the issue title before "Meeting:"; it is part of the header.
  if (h.pageKind === 'issue') {
    const meetingIdx = [...h.used].find((i) => /^Meeting:/i.test(blocks[i]?.text ?? ''));
    if (meetingIdx !== undefined) for (let i = 0; i < meetingIdx; i++) h.used.add(i);
  }
  return h;
}

/**
 * "STONEHAVEN AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm, 13th August 2019 Invercarron
 * Resource Centre,": a title line saying minutes, with the date near that word, read when no other heading gave a date
 * (the parser's last try, after the header's other lines).
 * The council's name before it, the times around the date and a short place after it are taken too.
 */
/** "the last meeting", "the previous meeting": another meeting than the page's own. */
export const ANOTHER_MEETING_RE = /\b(?:previous|last|preceding)\s+meeting\b/i;
/** "… were approved", "… was duly signed": minutes (another meeting's) approved, said in a sentence. */
export const MINUTES_APPROVED_SENTENCE_RE = /\b(?:were|was)\s+(?:\w+\s+)?(?:approved|agreed|confirmed|signed|accepted|adopted)\b/i;

const BULLETED_HEADING_RE = /^(?:(?:draft|confirmed|approved|unconfirmed)\s+)?minutes\s+of\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,4}?meeting\b.{0,200}\d{4}/iu;

export function titledMinutesLine(blocks: readonly Block[], h: Header): void {
  for (let i = 0; i < Math.min(3, blocks.length); i++) {
    const b = blocks[i];
    if (!b || b.bullet) continue;
    // "East Lothian Council – 23/05/17 MINUTES OF THE MEETING OF EAST LOTHIAN COUNCIL TUESDAY 23 MAY 2017 … Council Officials
    // Present: …": a page copied as one paragraph has its title line at the start; only its opening is read.
    const runOn = b.text.length > 400;
    const t = (runOn ? b.text.slice(0, 400) : b.text).trim();
    const at = t.search(/\b(?:MINUTES|Minutes)\b/);
    if (runOn && at > 120) continue;
    const d = at >= 0 && !/^(?:\(?\d|[a-z]\))/.test(t) && !/\bagenda\b/i.test(t) ? findDate(t) : null;
    // ("Minutes of the last meeting 7pm 12 March 2014 were approved.": another meeting's minutes, approved.)
    if (!d || Math.abs(d.index - at) > 120 || /\b(?:approve|confirm|sign|receive|adopt)\s+(?:the\s+)?minutes\b/i.test(t) || ANOTHER_MEETING_RE.test(t) || MINUTES_APPROVED_SENTENCE_RE.test(t)) continue;
    h.date = d.iso;
    const around = t.slice(Math.min(at, d.index), d.index + d.length + 40);
    const range = TIME_RANGE_WORDS_RE.exec(around);
    const start = range?.[1] ? findTime(range[1]) : findTime(around.replace(t.slice(d.index, d.index + d.length), ''));
    const end = range?.[2] ? findTime(range[2]) : null;
    if (start && !h.startTime) h.startTime = start.hhmm;
    if (end && !h.endTime) h.endTime = end.hhmm;
    const council = /^(.{3,100}?\b(?:COUNCIL|Council))\b/.exec(t.slice(0, at))?.[1];
    if (council && isCouncilName(council)) {
      h.council = h.council ?? council;
      h.committee = h.committee ?? council;
    }
    // The place ends the line: a few words in capitals or title case, no sentence.
    const tail = t.slice(d.index + d.length).replace(/^[\s,]*(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?/i, '');
    const place = /^[\s,]*(\p{Lu}[\p{L}'’&. -]{2,80}?)[\s,.]*$/u.exec(tail);
    const isPlace = !!place?.[1] && place[1].split(/\s+/).length <= 8 && !/\b(?:was|were|is|are|the\s+meeting)\b/i.test(place[1]);
    if (isPlace && place?.[1] && !h.venue) h.venue = place[1];
    // The line is the title only when nothing but the place follows the date; otherwise the minutes run on in it.
    if (!runOn && (isPlace || !tail.trim().replace(/^[,.]$/, ''))) {
      h.used.add(i);
      h.bodyStart = Math.max(h.bodyStart, i + 1);
    }
    return;
  }
}

const END_RE = /\b(?:the\s+)?meeting\s+(?:was\s+)?(?:concluded|closed|ended|finished|terminated|rose|closing|end(?:ed)?)\s*(?:at)?\s*:?\s*(?:at\s+)?(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|12\s+noon|noon|midday)/i;
// ("Commenced 19.15" / "Concluded 20.00": the times on lines of the heading, without "at".)
const HEADING_COMMENCING_RE = /\b(?:commencing|starting|beginning|to\s+commence)\s+at\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)|12\s+noon|noon|midday)/i;
const COMMENCING_RE = /^(?:Commencing|Commenced|Starting|Started)\s+(?:at\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|12\s+noon|noon|midday)|:?\s*(\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m\.?)?))(?![\d.:])/i;
const CONCLUDED_LINE_RE = /(?:^|\s)(?:Concluded|Closed|Finished|Ended)\s*:?\s*(?:at\s+)?(\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m\.?)?)$/i;
// "The Chair opened the meeting at 7.46pm" too.
const START_RE = /\b(?:(?:the\s+)?meeting\s+(?:commenced|started|began|opened)|(?:Chair(?:man|person|woman)?|Mayor|Convener|Provost)\s+opened\s+the\s+meeting)(?:\s+at)?\s*:?\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|12\s+noon|noon|midday)/i;
const START_VENUE_RE = /\bmeeting\s+(?:commenced|started|began|opened|was\s+held)\s+at\s+(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?|12\s+noon|noon|midday)\s*,?\s+(?:in|at)\s+(?:the\s+)?(.{3,150}?)(?:\.\s|\.?$)/i;

function timeOf(s: string): string | null {
  const t = findTime(s);
  if (t) return t.hhmm;
  return null;
}

/** "The meeting concluded at: 20:02", "The meeting closed at 8.02 pm", "Meeting ended at 20:02". */
export function findMeetingTimes(blocks: readonly Block[]): { start: string | null; end: string | null; venue: string | null; endBlocks: Set<number> } {
  let start: string | null = null;
  let venue: string | null = null;
  let end: string | null = null;
  const endBlocks = new Set<number>();
  blocks.forEach((b, i) => {
    // "Commencing at 7.15 pm and conducted by Zoom videoconference": a line of the heading.
    const commencing = i < 15 && !start ? COMMENCING_RE.exec(b.text) : null;
    const startAt = commencing?.[1] ?? commencing?.[2];
    if (startAt) start = timeOf(startAt);
    // "Held at the School on Tuesday, 7th June 2011, starting at 7.30pm", "… on Thursday 4th July 2013 commencing at
    // 7.30pm.": the heading's sentence, its date and then when the meeting began.
    const inHeading = i < 6 && !start && /commenc|start|begin/i.test(b.text) ? HEADING_COMMENCING_RE.exec(b.text.slice(0, 600)) : null;
    // ("15th January 2009" over "Minutes of the meeting of …, held at the Town Hall, …, Commencing at 7.30pm.": the date above.)
    const dateAbove = i > 0 && isBareDateLine(blocks[i - 1]?.text.trim() ?? '');
    if (inHeading?.[1] && (findDate(b.text.slice(0, inHeading.index)) || (dateAbove && /\bheld\b/i.test(b.text.slice(0, inHeading.index))))) start = timeOf(inHeading[1]);
    const concluded = commencing && b.text.length < 80 ? CONCLUDED_LINE_RE.exec(b.text) : null;
    if (concluded?.[1] && !end) end = timeOf(concluded[1]);
    if (b.text.length > 3000 || !/meeting/i.test(b.text)) return;
    const e = END_RE.exec(b.text);
    if (e && e[1]) {
      const t = timeOf(e[1]);
      if (t) {
        end = t;
        if (b.text.length - e[0].length < 25) endBlocks.add(i);
      }
    }
    const s = START_RE.exec(b.text);
    if (s && s[1] && !start) start = timeOf(s[1]);
    if (!venue) {
      const v = START_VENUE_RE.exec(b.text);
      if (v && v[1]) venue = cleanVenue(v[1]);
    }
  });
  return { start, end, venue, endBlocks };
}

/**
 * "The City of Edinburgh Council – 2 June 2016": a page's running header (printed at the top of each page, so it lands
 * after the attendance in a copy), naming the council and the day. Read when nothing else gave a date; a council named
 * by it that the copy mangled above ("The City of Council") is replaced.
 */
const RUNNING_HEADER_RE = /^((?:The\s+)?\p{Lu}[\p{L}'’&. -]{2,80}?\s(?:Council|Board|Committee|Authority))\s+[–—-]\s+(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\s+\d{4})$/u;
export function runningHeader(blocks: readonly Block[], header: Header): void {
  for (let i = 0; i < Math.min(blocks.length, 20); i++) {
    const m = RUNNING_HEADER_RE.exec(blocks[i]?.text.trim() ?? '');
    const d = m?.[2] ? findDate(m[2]) : null;
    if (!m?.[1] || !d) continue;
    const body = m[1].replace(/^The\s+/, '');
    header.date = d.iso;
    if (!header.committee) header.committee = body;
    if (!header.council && isCouncilName(body)) header.council = body;
    return;
  }
}

/**
 * "6:30pm-7.00pm Tuesday 26th November 2024", "Held at 7.15pm 26 May 2014, Ythan Centre": a short line near the top with
 * the meeting's date and its time, under a title that gave neither. Read only when nothing else gave a date; never a
 * line about another meeting (the last, the next, minutes to approve).
 */
const OTHER_MEETING_RE = /\b(?:previous|last|preceding|next|future)\s+(?:\w+\s+)?meeting\b|\bminutes\s+of\b|\bapprov|\bconfirm|\bdeadline\b|\bby\s+noon\b/i;
export function datedTimeLine(blocks: readonly Block[], header: Header): void {
  for (let i = 0; i < Math.min(blocks.length, 6); i++) {
    const t = blocks[i]?.text.trim() ?? '';
    if (t.length > 100 || OTHER_MEETING_RE.test(t)) continue;
    const d = findDate(t);
    const tm = d ? (findTime(t.slice(0, d.index)) ?? findTime(t.slice(d.index + d.length))) : null;
    if (!d || !tm) continue;
    header.date = d.iso;
    header.startTime = header.startTime ?? tm.hhmm;
    return;
  }
}

/**
 * "held in the Council Chamber" / "13 th December 2011 (adjourned) and 20 th December 2011 (reconvened)." / "commencing at
 * 6.30p.m.": a heading whose first words were lost, its date on a line of its own between the place and the time. Read
 * only when nothing else gave a date, and only beside a line saying where it was held or when it began.
 */
/**
 * "SAXTEAD PARISH COUNCIL Minutes of the Parish Council Meeting held on Tuesday 27 March 2012 at Saxtead School of Dance at
 * 20:30 hours", "… held on Wednesday 11 July 2012 at 6:30 pm in the Council Chamber of the Town Hall, Morpeth": where the
 * meeting was held, from the sentence that dates it, when the heading's readers found the date but no place. The place is
 * capitalised words after "held … at/in", ending where the date, the time, "on" or the sentence does.
 */
const HELD_VENUE_RE = /\b(?:[Hh]eld|HELD)\s+(?:(?:on|ON)\s+[^;]{4,60}?\s+)?(?:(?:at|AT)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[apAP]\.?\s?[mM]\.?|hours|hrs)?\s+)?(?:at|in|AT|IN)\s+(?:the\s+|THE\s+)?(\p{Lu}[^.;:()]{2,100}?)(?=\s+(?:on|ON)\s|\s+(?:at|AT)\s+\d|,?\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)(?:day|DAY),?\s+)?\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)?\s+\p{L}+,?\s+\d{4}|,?\s+(?:commencing|starting|COMMENCING|Commencing|Starting)\b|\s+for\s+the\b|\s*[.;:]|\s+(?:Present|PRESENT|Members|MEMBERS|Cllrs?|Councillors?|CLLRS?)\b|\s*_{2,}|\s*$)/u;
// ("commencing at 7.30 p.m. in the Weldon Room of the Memorial Hall.": a summons's words before the time.)
const TIME_THEN_PLACE_RE = /^(?:(?:commencing|starting|beginning)\s+)?(?:at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?|hours|hrs)?\s+)?(?:in|at)\s+(?:the\s+)?(\p{Lu}[^.;:()]{2,100}?)\.?$/u;
/** "… 16th January 2020 at the Garrad Room, Bures Community Centre, Nayland Road": a place after a date, to the line's end. */
const DATE_THEN_AT_PLACE_RE = /^\S.{4,40}?\d{4}\s+(?:at|in)\s+(?:the\s+)?(\p{Lu}[^.;:()]{2,100}?)\s*(?:[.;]\s*)?$/u;
const NOT_PLACE_RE = /\b(?:was|were|is|are|be|been|held|meeting|minutes|council\s+meeting)\b|^(?:the\s+)?(?:parish|town|community|district|borough|county|city)?\s*council$|\d{4}/i;
export function heldVenue(blocks: readonly Block[], header: Header): void {
  if (header.venue || !header.date) return;
  for (let i = 0; i < Math.min(blocks.length, 12); i++) {
    const t = blocks[i]?.text.slice(0, 600) ?? '';
    const next = blocks[i + 1]?.text.slice(0, 200) ?? '';
    // ("Wednesday 11thJuly2012" over "at 6:30 pm in the Council Chamber of the Town Hall, Morpeth": the place under the date.)
    const under = i > 0 && findDate(blocks[i - 1]?.text.slice(0, 200) ?? '')?.iso === header.date ? TIME_THEN_PLACE_RE.exec(t.trim()) : null;
    if (under?.[1] && !NOT_PLACE_RE.test(under[1])) {
      header.venue = under[1].replace(/[\s,]+$/, '');
      return;
    }
    // ("Minutes of Bures St Mary Parish Council Meeting Thursday 16th January 2020 at the Garrad Room, Bures Community Centre,
    // Nayland Road": the place after the date, with no "held".)
    const dated = !/\bheld\b/i.test(t) && t.length <= 300 ? findDate(t) : null;
    const after = dated?.iso === header.date ? DATE_THEN_AT_PLACE_RE.exec(t.slice(dated.index)) : null;
    if (after?.[1] && !NOT_PLACE_RE.test(after[1]) && !findTime(after[1])) {
      header.venue = after[1].replace(/[\s,]+$/, '');
      return;
    }
    if (!/\bheld\b/i.test(t)) continue;
    // ("… was held in the United Reformed Church Hall, Elstead" over "Monday 18 October 2010, commencing at 7.30pm".)
    // ("15th January 2009" over "Minutes of the meeting of Pershore Town Council, held at the Town Hall, …": the date above.)
    const prev = i > 0 ? (blocks[i - 1]?.text.trim() ?? '') : '';
    const d = findDate(t) ?? (/^\p{L}+day\b|^\d/u.test(next.trim()) ? findDate(next) : null) ?? (isBareDateLine(prev) ? findDate(prev) : null);
    if (!d || d.iso !== header.date) continue;
    const m = HELD_VENUE_RE.exec(t);
    const place = m?.[1]?.trim().replace(/[\s,]+$/, '');
    if (!place || NOT_PLACE_RE.test(place) || findDate(place)) continue;
    header.venue = place;
    return;
  }
  // "… held on 17th JUNE 2020 BY ZOOM", "held virtually via Zoom", "Held via Zoom", "Remote video meeting": a meeting held
  // online, its place the service it was held on, in the page's own words.
  for (let i = 0; i < Math.min(blocks.length, 12); i++) {
    const t = blocks[i]?.text.slice(0, 600) ?? '';
    const m = REMOTE_VENUE_RE.exec(t);
    if (!m) continue;
    const g = m.groups ?? {};
    header.venue = (g.said ?? g.held ?? g.remote)?.replace(/\s+/g, ' ') ?? titleCasePlatform(g.platform ?? '');
    return;
  }
}

const PLATFORM = String.raw`Microsoft\s+Teams|MS\s+Teams|Teams|Zoom|Skype|Google\s+Meet`;
// (Within the heading's sentence: "7.30pm" is not its end.)
const HELD = String.raw`\b(?:held|took\s+place)\b(?:[^.;\n]|(?<=\d)\.(?=\d)){0,80}?\b`;
const REMOTE_VENUE_RE = new RegExp(
  [
    // "held virtually via Zoom", "held remotely through Zoom", "held online via Microsoft Teams": the words, as printed.
    String.raw`${HELD}(?<said>(?:virtually|remotely|online)\s+(?:via|through|by|on|using)\s+(?:the\s+)?(?:${PLATFORM}|video\s*conferenc\w*|video\s+link))\b`,
    // "held on 17th June 2020 by Zoom", "Held via Zoom": the service.
    // ("… by Zoom Conference Call": the service's own words for it.)
    String.raw`${HELD}(?:via|through|by|on|using)\s+(?<platform>(?:${PLATFORM})(?:\s+(?:Conference\s+Call|Video\s+Call|Video\s+Conference))?)\b`,
    // "… HELD VIA REMOTE VIDEO MEETING ON FRIDAY 25th JUNE 2021".
    String.raw`${HELD}(?:via|by|as)\s+(?:an?\s+)?(?<held>(?:remote|virtual)\s+(?:video\s+)?meeting)\b`,
    // "Remote video meeting" on a line of its own.
    String.raw`^\s*(?<remote>(?:Remote|Virtual)\s+(?:video\s+)?meeting)\s*$`,
  ].join('|'),
  'iu',
);
function titleCasePlatform(p: string): string {
  const t = p.replace(/\s+/g, ' ');
  return /^(?:ZOOM|TEAMS|SKYPE)$/.test(t) ? t.charAt(0) + t.slice(1).toLowerCase() : t;
}

export function bareDateLine(blocks: readonly Block[], header: Header): void {
  for (let i = 0; i < Math.min(blocks.length, 5); i++) {
    const t = blocks[i]?.text.trim() ?? '';
    const d = t.length < 120 ? findDate(t) : null;
    if (!d || d.index > 12) continue;
    const above = blocks[i - 1]?.text.trim() ?? '';
    const below = blocks[i + 1]?.text.trim() ?? '';
    const heldIn = /^held\s+(?:in|at)\s+(?:the\s+)?(\p{Lu}[^.;]{2,100}?)\.?$/u.exec(above);
    const commencing = /^(?:commencing|commenced|starting)\s+at\s+(.{1,20})$/i.exec(below);
    if (!heldIn && !commencing) continue;
    header.date = d.iso;
    if (heldIn?.[1]) header.venue = header.venue ?? heldIn[1];
    const tm = commencing?.[1] ? findTime(commencing[1]) : null;
    if (tm) header.startTime = header.startTime ?? tm.hhmm;
    return;
  }
}

/**
 * "Agenda Item No. 7 ROMNEY MARSH … BOARD A meeting of the Board was held at Brookland Village Hall, on Wednesday 18th
 * June 2014 at 2.00 pm. PRESENT …": a page copied as one paragraph, its "was held" sentence inside the paragraph rather
 * than opening it. Read only when nothing else gave a date, from the first lines' opening stretch.
 */
// (The sentence ends at a full stop, not at the one of "2.00 p.m. on Wednesday …".)
const WAS_HELD_INSIDE_RE = /(?:^|[\s.])(?:an?\s+|the\s+)?(?:(?:ordinary|extraordinary|special|annual|monthly)\s+)?meeting\s+of\s+(?:the\s+)?(\p{Lu}[^.]{1,100}?)\s+(?:was\s+held|took\s+place)\s+([^]{4,200}?)(?:(?<!\b[ap]\.m)\.\s|$)/iu;
/** "The minutes for the virtual meeting of Ashwell Parish Council held on Zoom on Tuesday 1 December 2020, …". */
// ("At a Meeting of the Benwick Internal Drainage Board hosted at the Middle Level Offices, March on Thursday the 15th June
// 2020": "hosted" for "held".)
// ("This is a meeting of the Council of Doncaster Council held on the 23rd Jan 2025.": a site's own sentence.)
// ("MEETING OF TYNEDALE DISTRICT COUNCIL HELD IN THE COUNCIL CHAMBER, …, ON TUESDAY 7 MARCH 2006": the heading opening a line.)
const MINUTES_FOR_MEETING_RE = /(?:\bminutes\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?|\b(?:a|the)\s+|^)meeting\s+of\s+(?:the\s+)?(\p{Lu}[^.,]{1,100}?)\s+(?:held|hosted)\s+([^]{4,200}?)(?:(?<!\b[ap]\.m)\.\s|$)/iu;
export function heldSentenceInside(blocks: readonly Block[], header: Header): void {
  for (let i = 0; i < Math.min(blocks.length, 3); i++) {
    const t = blocks[i]?.text.slice(0, 700) ?? '';
    const m = WAS_HELD_INSIDE_RE.exec(t) ?? MINUTES_FOR_MEETING_RE.exec(t);
    if (!m?.[2]) continue;
    // ("On Tuesday 20 th July 2010 a Meeting of Trefeurig Council was held in Neuadd y Penrhyn, …": the date first.)
    const dateBefore = findDate(m[2]) ? null : findDate(t.slice(Math.max(0, m.index - 60), m.index + 1));
    if (!findDate(m[2]) && !dateBefore) continue;
    parsePrintedHeld(m[2], header);
    if (dateBefore && !header.date) header.date = dateBefore.iso;
    // The body that met: a committee's name, or a council's own ("Ashwell Parish Council"), never a bare "Board".
    const name = m[1] ? (bodyName(m[1]) ?? (isCouncilName(m[1]) ? m[1].trim() : null)) : null;
    // ("DISTRICT COUNCIL" over "MEETING OF TYNEDALE DISTRICT COUNCIL HELD …": the sentence names the council the bare
    // heading only began to.)
    const bare = !!header.committee && /^(?:(?:District|Borough|County|City|Parish|Town|Community)\s+)?Council$/i.test(header.committee.trim());
    if (name && bare && name.toLowerCase().endsWith(header.committee!.trim().toLowerCase()) && name.length > header.committee!.trim().length) header.committee = name;
    if (name && !header.committee && !/^(?:Board|Committee|Council|Panel|Authority)$/i.test(name)) header.committee = name;
    return;
  }
}

/**
 * "Parish Council Meeting 26 June 2017" over "Draft Minutes of Colston Basset Parish Council Meeting held from 7pm on …":
 * a first line's generic name gives way to the heading's own, which names the council.
 */
const NAMED_LOCAL_HEADING_RE = /^(?:(?:Draft|Confirmed|Unconfirmed|Approved|DRAFT)\s+)?(?:Minutes|MINUTES)\s+of\s+(?:the\s+|THE\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Parish|Town|Community|Village|PARISH|TOWN|COMMUNITY|VILLAGE)\s+(?:Council|COUNCIL))\s+(?:\p{L}+\s+)?(?:Meeting|meeting|MEETING)\s+(?:held|HELD)\b/u;
export function namedLocalCouncil(blocks: readonly Block[], header: Header): void {
  if (header.committee && !/^(?:Parish|Town|Community|Village)\s+Council$/i.test(header.committee)) return;
  for (let i = 0; i < Math.min(blocks.length, 4); i++) {
    const m = NAMED_LOCAL_HEADING_RE.exec(blocks[i]?.text.trim() ?? '');
    if (!m?.[1] || (header.committee && !m[1].toLowerCase().endsWith(header.committee.toLowerCase()))) continue;
    header.committee = m[1];
    header.council = header.council ?? m[1];
    return;
  }
}

/**
 * "St Albans City & District Council:" over "Minutes for Planning (Development Control) Committee Central meeting, Sep 21
 * 2009, 7.00PM official page": a council's documents as an archive site printed them. The title names the body that
 * met; the line above, ending in a colon, is the council (never the body).
 */
const ARCHIVE_TITLE_RE = /^(?:minutes|agenda|decisions)\s+for\s+(.{3,150}?)\s+meeting,\s+(\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})/iu;
export function openlyLocalTitle(blocks: readonly Block[], header: Header): void {
  for (let i = 0; i < Math.min(blocks.length, 4); i++) {
    const text = blocks[i]?.text.trim() ?? '';
    const m = ARCHIVE_TITLE_RE.exec(text);
    const d = m?.[2] ? findDate(m[2]) : null;
    if (!m?.[1] || !d) continue;
    const above = i > 0 ? /^(.{3,100}?\bCouncil):$/.exec(blocks[i - 1]?.text.trim() ?? '') : null;
    if (above?.[1]) {
      if (!header.council || header.council.replace(/:$/, '') === above[1]) header.council = above[1];
      if (header.committee && header.committee.replace(/:$/, '') === above[1]) header.committee = null;
    }
    header.committee = header.committee ?? m[1].trim();
    if (!header.date) {
      header.date = d.iso;
      // "…, Sep 21 2009, 7.00PM official page": the time after the date.
      const tm = findTime(text.slice(m[0].length));
      if (tm && !header.startTime) header.startTime = tm.hhmm;
    }
    return;
  }
}

/**
 * "Meeting Date Wednesday, February 5th at 7.30 pm" with no year, and "Minutes of LVACC Meeting held on February 5th 2020"
 * further down (a page's running header or footer): the meeting's day and month near the top, its year from the same day
 * and month printed in full elsewhere on the page. Read only when nothing else gave a date; never a guessed year.
 */
const YEARLESS_DAY_MONTH_RE = new RegExp(`\\b(?:(\\d{1,2})(?:${ORDINAL})?\\s+(?:of\\s+)?${MONTH_WORD}|${MONTH_WORD}\\s+(\\d{1,2})(?:${ORDINAL})?)\\b(?![,\\s]*\\d{4})`, 'i');
export function yearFromElsewhere(blocks: readonly Block[], header: Header): void {
  for (let i = 0; i < Math.min(blocks.length, 8); i++) {
    const t = (blocks[i]?.text ?? '').slice(0, 300);
    if (!/\b(?:meeting|held|date)\b/i.test(t) || /\b(?:previous|last|preceding|next|future)\s+(?:\w+\s+)?meeting\b|\bapprov|\bconfirm/i.test(t)) continue;
    const m = YEARLESS_DAY_MONTH_RE.exec(t);
    const day = m ? Number(m[1] ?? m[4]) : NaN;
    const monthWord = m ? (m[2] ?? m[3] ?? '') : '';
    if (!m || !(day >= 1 && day <= 31)) continue;
    const month = findDate(`1 ${monthWord} 2000`)?.iso.slice(5, 7);
    if (!month) continue;
    const pad = String(day).padStart(2, '0');
    // The same day and month with a year, anywhere on the page: one year only.
    const years = new Set<string>();
    const re = new RegExp(`\\b(?:${day}(?:${ORDINAL})?\\s+(?:of\\s+)?${monthWord}|${monthWord}\\s+${day}(?:${ORDINAL})?)\\b[,\\s]*((?:19|20)\\d{2})\\b`, 'gi');
    for (const b of blocks.slice(0, 400)) {
      if (b.text.length > 50000) continue;
      re.lastIndex = 0;
      for (let y = re.exec(b.text); y; y = re.exec(b.text)) if (y[1]) years.add(y[1]);
    }
    if (years.size === 1) {
      const year = [...years][0] as string;
      const iso = findDate(`${day} ${monthWord} ${year}`)?.iso ?? null;
      if (iso && iso.slice(5, 7) === month && iso.slice(8, 10) === pad) {
        header.date = iso;
        // ("… February 5th at 7.30 pm Venue …": the time straight after the day.)
        const time = /^\s*,?\s*(?:at\s+)?(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\b\.?)/i.exec(t.slice(m.index + m[0].length));
        if (time?.[1]) header.startTime = header.startTime ?? findAnyTime(time[1])?.hhmm ?? null;
      }
    }
    return;
  }
}
