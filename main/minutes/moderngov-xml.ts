import { XMLParser } from 'fast-xml-parser';
import type { Decision, Declaration, ListedDocument, MinutesItem, ParsedMinutes } from '../../shared/types/minutes';
import { toBlocks, joinBlocks } from './blocks';
import { findApologies } from './apologies';
import { findDate, findTime } from './dates';
import { findItemDecisions } from './decisions';
import { findDeclarations } from './declarations';
import { declarationsStateOf } from './declarations-state';
import { readAttendanceState } from './attendance-state';
import { formatFromUrl } from './documents';
import { MinutesFormatError } from './errors';
import { htmlInline, htmlToText } from './html-to-text';
import { stripMemberTitle } from './names';
import type { Attendee, AttendanceStatus } from './attendance';
import { resolveDue } from './due';

/**
 * ModernGov web-service XML (GetMeeting). fast-xml-parser is configured so that only the five
 * standard XML entities are decoded (no HTML entities, no DTD): any <!DOCTYPE>/<!ENTITY> is refused
 * before parsing, so entity expansion cannot happen. Item HTML arrives escaped inside the XML and is
 * converted with the same HTML-to-text path as a saved page.
 */
const parserOptions = (arrays: ReadonlySet<string>) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: true,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name) => arrays.has(name),
  });
const parser = parserOptions(new Set(['agendaitem', 'linkeddoc', 'attendee']));
/** GetCommittees and GetMeetings: lists of committees and meetings. */
const listParser = parserOptions(new Set(['committee', 'meeting']));

type Node = Record<string, unknown>;

function str(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return str((v as Node)['#text']);
  return '';
}

function obj(v: unknown): Node {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {};
}

function arr(v: unknown): Node[] {
  if (Array.isArray(v)) return v.map(obj);
  if (v && typeof v === 'object') return [obj(v)];
  return [];
}

function findMeeting(root: Node, depth = 0): Node | null {
  if (depth > 6) return null;
  if (root.meeting && typeof root.meeting === 'object') return obj(root.meeting);
  for (const v of Object.values(root)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const found = findMeeting(v as Node, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

function isTrue(v: unknown): boolean {
  return /^true$/i.test(str(v));
}

function time(v: unknown): string | null {
  const s = str(v);
  return s ? (findTime(s)?.hhmm ?? null) : null;
}

export function parseModernGovXml(xml: string): ParsedMinutes {
  return parseModernGovXmlDetailed(xml).minutes;
}

/** ModernGov's attendance wording → status; "Expected" (not yet recorded) and unknown wording → null. */
function attendanceStatus(attendance: string, role: string): AttendanceStatus | null {
  const a = attendance.toLowerCase();
  if (/apolog/.test(a)) return 'apologies';
  if (/absent|^not present|did not attend/.test(a)) return 'absent';
  if (/in attendance|attending|also present/.test(a)) return 'in-attendance';
  if (/^present|virtual|remote|substitute/.test(a)) return /\bofficer\b|^(?:other|guest|witness)/i.test(role) ? 'in-attendance' : 'present';
  return null;
}

function attendeeRole(a: Node, status: AttendanceStatus): string | null {
  const roleDescription = htmlInline(str(a['@_roledescription']));
  if (status === 'in-attendance') {
    const post = htmlInline(str(a['@_representing'])) || htmlInline(str(a['@_keyposts']));
    if (post) return post;
    return /^(?:officer|other|guest|committee member|member)$/i.test(roleDescription) ? null : roleDescription || null;
  }
  if (status !== 'present') return null;
  if (/^(?:chair(?:man|person|woman)?)$/i.test(roleDescription)) return 'Chair';
  if (/^vice[- ]?chair(?:man|person|woman)?$/i.test(roleDescription)) return 'Vice-Chair';
  if (/co-opted/i.test(roleDescription)) return 'co-opted member';
  const sub = /substitute\s+(?:member\s+)?for\s+(.{2,80})$/i.exec(roleDescription);
  if (sub && sub[1]) return `substitute for ${stripMemberTitle(sub[1])}`;
  if (/substitute/i.test(roleDescription)) return 'substitute';
  return null;
}

/**
 * Parses a web-service response safely: a DTD or entity declaration is refused before parsing (so no
 * entity can expand), and a response wrapped in ASP.NET's <string> element (the escaped document as
 * its text) is unwrapped once.
 */
function parseSafely(xml: string, withParser: XMLParser, strict = true): Node {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new MinutesFormatError('the XML declares a DTD or entities, which ModernGov responses never do.');
  let root: Node;
  try {
    // Strict (validated) for the web service, so a truncated response is refused rather than half-read;
    // a file the member saved by hand is read leniently and takes what is there.
    root = obj(withParser.parse(xml, strict));
  } catch {
    throw new MinutesFormatError('the XML is malformed or incomplete.');
  }
  const keys = Object.keys(root);
  const wrapped = keys.length === 1 && keys[0] === 'string' ? str(root.string) : '';
  if (wrapped.startsWith('<')) return parseSafely(wrapped, withParser, strict);
  return root;
}

export function parseModernGovXmlDetailed(xml: string, options: { strict?: boolean } = {}): { minutes: ParsedMinutes; attendance: Attendee[] } {
  const root = parseSafely(xml, parser, options.strict ?? false);
  const meeting = findMeeting(root);
  if (!meeting) throw new MinutesFormatError('the XML has no <meeting> element.');

  const rawItems = arr(obj(meeting.agendaitems).agendaitem);
  const meetingDate = findDate(str(meeting.meetingdate))?.iso ?? null;
  const items: MinutesItem[] = [];
  const decisions: Decision[] = [];
  const declarations: Declaration[] = [];
  const apologies: string[] = [];
  const apologiesItemTexts: string[] = [];
  let minuted = false;
  let committee = str(meeting.committeetitle) || str(meeting.committeename) || null;

  for (const it of rawItems) {
    const number =
      str(it.fulldisplaynumberformat).replace(/\.$/, '') ||
      [str(it.minutesitemnumber) || str(it.agendaitemnumber), str(it.minutesitemsubnumber) || str(it.agendaitemsubnumber)].filter(Boolean).join('.') ||
      null;
    const title = htmlInline(str(it.agendaitemtitle));
    const agendaText = htmlToText(str(it.agendatext));
    const minutesHtml = str(it.minutesnonemptyhtmlbody);
    const decisionHtml = str(it.decisionnonemptyhtmlbody);
    const minutesBlocks = toBlocks(htmlToText(minutesHtml));
    const decisionBlocks = toBlocks(htmlToText(decisionHtml));
    if (minutesBlocks.length > 0 || decisionBlocks.length > 0) minuted = true;
    const documents: ListedDocument[] = arr(obj(it.linkeddocuments).linkeddoc).map((d) => ({
      title: htmlInline(str(d.title)),
      format: formatFromUrl(str(d.url)),
      sizeKb: null,
    }));
    if (!committee) committee = str(it.refertocommittee) || str(arr(obj(it.linkeddocuments).linkeddoc)[0]?.committeetitle) || null;
    const minutesText = joinBlocks(minutesBlocks);
    items.push({ number, title, exempt: isTrue(it.isrestricted), truncated: false, documents, agendaText, minutesText });
    decisions.push(...findItemDecisions(decisionBlocks, minutesBlocks, number));
    declarations.push(...findDeclarations(minutesText, number, /declarations?|interests?/i.test(title), { meetingDate, itemTitle: title }));
    if (/apolog/i.test(title)) {
      apologies.push(...findApologies(minutesText));
      if (minutesText) apologiesItemTexts.push(minutesText.slice(0, 3000));
    }
  }

  const attendance: Attendee[] = [];
  for (const a of arr(obj(meeting.attendees).attendee)) {
    const name = stripMemberTitle(htmlInline(str(a['@_name'])));
    if (!name) continue;
    const roleDescription = str(a['@_roledescription']);
    const status = attendanceStatus(str(a['@_attendance']), roleDescription);
    if (status === 'apologies') apologies.push(name);
    if (status) attendance.push({ name, status, role: attendeeRole(a, status) });
  }

  const seen = new Set<string>();
  const uniqueDecisions = decisions.filter((d) => {
    const key = `${d.item ?? ''}|${d.label ?? ''}|${d.text.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  const date = meetingDate;
  // Nothing minuted on any item (no minutes or decision text): the web service gave the agenda.
  const document = minuted ? 'minutes' : 'agenda';
  const meetingId = positiveInt(meeting.meetingid);
  const minutes: ParsedMinutes = {
    document,
    // The web service never names its council, its site or the page address.
    council: null,
    councilDomain: null,
    sourceAddress: null,
    remoteMeetingId: meetingId === null ? null : String(meetingId),
    committee,
    date,
    startTime: time(meeting.meetingactualstarttime) ?? time(meeting.meetingtime),
    endTime: time(meeting.meetingactualfinishtime),
    venue: str(meeting.meetinglocation) || str(obj(meeting.meetingroom).addresssummary) || null,
    apologies: [...new Set(apologies)],
    items,
    declarations,
    declarationsState: declarationsStateOf(document, declarations.length, items),
    decisions: uniqueDecisions.map((d) => ({ ...d, due: resolveDue(d.due, date) })),
  };
  for (const name of new Set(apologies)) {
    if (!attendance.some((a) => a.status === 'apologies' && a.name === name)) attendance.push({ name, status: 'apologies', role: null });
  }
  // The web service's attendee records are the whole list; an apologies item is checked as text.
  const reading = readAttendanceState({ document, blocks: [], attendance, apologies: minutes.apologies, apologiesItemTexts });
  minutes.attendanceState = reading.state;
  minutes.attendanceNamedElsewhere = reading.namedElsewhere;
  return { minutes, attendance };
}

// The web service's other responses, for council sync: GetCommittees, GetMeetings, and the
// meeting-level facts of GetMeeting that the minutes contract does not carry.

export interface WebServiceCommittee {
  id: number;
  title: string;
  category: string | null;
  /** ModernGov marks committees that no longer meet as expired (and some as deleted). */
  expired: boolean;
  deleted: boolean;
}

export interface WebServiceMeetingRef {
  id: number;
  /** YYYY-MM-DD */
  date: string | null;
  time: string | null;
  /** As published: "Confirmed", "Cancelled", "Confirmed; Special Meeting". */
  status: string;
  cancelled: boolean;
}

export interface WebServiceDocument {
  attachmentId: number;
  title: string;
  /** The printed number of the item it hangs off ("55"), as the minutes contract numbers items. */
  itemNumber: string | null;
  /** An external link rather than a file the council holds. */
  isUrl: boolean;
  restricted: boolean;
  /** YYYY-MM-DD */
  publicationDate: string | null;
}

export interface WebServiceMeetingFacts {
  id: number | null;
  status: string;
  cancelled: boolean;
  /** null when the response does not say. */
  agendaPublished: boolean | null;
  minutesPublished: boolean | null;
  decisionsPublished: boolean | null;
  documents: WebServiceDocument[];
}

const positiveInt = (v: unknown): number | null => {
  const s = str(v);
  return /^\d{1,10}$/.test(s) && Number(s) > 0 ? Number(s) : null;
};
const flag = (v: unknown): boolean | null => (/^true$/i.test(str(v)) ? true : /^false$/i.test(str(v)) ? false : null);
const isCancelled = (status: string) => /cancel|postponed|abandoned/i.test(status);

/** GetCommittees → the committees, with expired and deleted ones marked (the member may still follow an expired one's history). */
export function parseCommitteesXml(xml: string): WebServiceCommittee[] {
  const root = parseSafely(xml, listParser);
  const list = root.committees ?? obj(root.getcommittees).committees ?? root.getcommittees;
  if (list === undefined) throw new MinutesFormatError('the response has no <committees> list.');
  const committees: WebServiceCommittee[] = [];
  for (const c of arr(obj(list).committee)) {
    const id = positiveInt(c.committeeid);
    const title = htmlInline(str(c.committeetitle));
    if (id === null || !title) continue;
    committees.push({ id, title, category: htmlInline(str(c.committeecategory)) || null, expired: isTrue(c.committeeexpired), deleted: isTrue(c.committeedeleted) });
  }
  return committees;
}

/** GetMeetings → the meetings listed for one or more committees, each with its published status. */
export function parseMeetingsXml(xml: string): WebServiceMeetingRef[] {
  const root = parseSafely(xml, listParser);
  const top = obj(root.getmeetings ?? root.meetings);
  if (!root.getmeetings && !root.meetings) throw new MinutesFormatError('the response has no <getmeetings> list.');
  const meetings: WebServiceMeetingRef[] = [];
  const collect = (list: Node[]) => {
    for (const m of list) {
      const id = positiveInt(m.meetingid);
      if (id === null) continue;
      const status = htmlInline(str(m.meetingstatus));
      meetings.push({ id, date: findDate(str(m.meetingdate))?.iso ?? null, time: time(m.meetingtime), status, cancelled: isCancelled(status) });
    }
  };
  for (const c of arr(top.committee)) collect(arr(obj(c.committeemeetings).meeting));
  collect(arr(top.meeting));
  return meetings;
}

/** GetMeeting → what is published, whether it is cancelled, and the documents linked to its items. */
export function parseMeetingFacts(xml: string): WebServiceMeetingFacts {
  const root = parseSafely(xml, parser);
  const meeting = findMeeting(root);
  if (!meeting) throw new MinutesFormatError('the XML has no <meeting> element.');
  const status = htmlInline(str(meeting.meetingstatus));
  const documents: WebServiceDocument[] = [];
  for (const it of arr(obj(meeting.agendaitems).agendaitem)) {
    const itemNumber =
      str(it.fulldisplaynumberformat).replace(/\.$/, '') ||
      [str(it.minutesitemnumber) || str(it.agendaitemnumber), str(it.minutesitemsubnumber) || str(it.agendaitemsubnumber)].filter(Boolean).join('.') ||
      null;
    for (const d of arr(obj(it.linkeddocuments).linkeddoc)) {
      const attachmentId = positiveInt(d.attachmentid);
      if (attachmentId === null) continue;
      documents.push({
        attachmentId,
        title: htmlInline(str(d.title)) || `Document ${attachmentId}`,
        itemNumber,
        isUrl: isTrue(d.isurl),
        restricted: isTrue(d.isrestricted),
        publicationDate: findDate(str(d.publicationdate))?.iso ?? null,
      });
    }
  }
  return {
    id: positiveInt(meeting.meetingid),
    status,
    cancelled: isCancelled(status),
    agendaPublished: flag(meeting.agendapublished),
    minutesPublished: flag(meeting.minutepublished),
    decisionsPublished: flag(meeting.decisionpublished),
    documents,
  };
}
