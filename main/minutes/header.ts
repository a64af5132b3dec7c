import type { Block } from './blocks';
import { findDate, findTime as findAnyTime, ORDINAL } from './dates';

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
  venue: string | null;
  pageKind: PageKind;
  /** "(Item 40)" on an issue page. */
  itemNumber: string | null;
  /** Block indices that belong to the header, never to an item. */
  used: Set<number>;
  /** Index of the first block after the header lines seen (items may start here). */
  bodyStart: number;
}

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Dydd\\s+\\w+)';
const MODERNGOV_HEADING = new RegExp(`^(.{2,200}?)\\s+[-–—]\\s+((?:${WEEKDAY}),?\\s.{4,120})$`, 'i');
const ISSUE_MEETING = /^Meeting:\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–—]\s*(.{2,200}?)\s*(?:\((?:Item|Eitem)\s+([^)]{1,20})\))?\s*$/i;
const PRINTED_HEADING = /^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes\s+of\s+(?:(?:(?:the|a|an)\s+)?(?:(?:ordinary|extraordinary|special|annual|reconvened|virtual|remote|hybrid|formal)\s+)?meeting\s+of\s+)?(?:the\s+)?(.{2,200}?)\s+held\s+(.{4,400})$/i;
/** "MINUTES OF THE MEETING HELD ON …" with the committee named on a line above. */
const PRINTED_HEADING_NO_NAME = /^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes\s+of\s+(?:the|a|an)\s+(?:(?:ordinary|extraordinary|special|annual|reconvened|virtual|remote|hybrid|formal)\s+)?meeting\s+held\s+(.{4,400})$/i;
/** A bare committee-name line ("OVERVIEW AND SCRUTINY COMMITTEE", "Pwyllgor … / Education Scrutiny Committee"). */
const BODY_NAME_RE = /^(?:the\s+)?[\p{L}][\p{L}'’&,() -]{1,110}?\b(?:Committee|Sub-Committee|Commission|Board|Panel|Cabinet|Executive|Forum|Council\s+Meeting|Assembly|Authority)$/iu;
/** "Date:" / "Time:" / "Venue:" with the value on the next line (CMIS pages, Word tables). */
const BARE_DATE_RE = new RegExp(`^(?:(?:${WEEKDAY}),?\\s+)?(?:the\\s+)?\\d{1,2}(?:${ORDINAL})?\\s*\\p{L}{3,9},?\\s+\\d{4}(?:,?\\s+(?:at\\s+)?\\d{1,2}(?:[.:]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?\\.?$`, 'iu');
const BARE_FIELD_RE = /^(date|dyddiad|time|amser|venue|lleoliad|location|place)\s*:?$/i;
const COUNCIL_LINE = /^(?:the\s+)?(?:(?:royal\s+|london\s+)?borough\s+of\s+\p{L}[\p{L}'’ &-]{1,60}|city\s+(?:and\s+county\s+)?of\s+\p{L}[\p{L}'’ &-]{1,60}\s+council|\p{L}[\p{L}'’ &.,-]{1,70}?\s+(?:city|county|county borough|borough|district|metropolitan borough|metropolitan district|town|parish)\s+council|cyngor\s+[\p{L}'’ -]{2,60})$/iu;
/** A council's own name ("Highland Council", "Cyngor Sir Ynys Môn"), not a committee; a bare "Parish Council" names no council. */
export function isCouncilName(name: string): boolean {
  const t = name.trim();
  if (/^(?:the\s+)?(?:town|parish|city|county|borough|district|youth|executive|full|special|annual|community)\s+council$/i.test(t)) return false;
  return COUNCIL_LINE.test(t) || /^(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+Council$/u.test(t);
}

const PAGE_MARKERS: [RegExp, PageKind][] = [
  [/^agenda(?:, decisions)?(?: and (?:draft )?minutes)?$|^agenda, decisions and minutes$|^(?:draft )?minutes$|^agenda and draft minutes$|^decisions$/i, 'meeting'],
  [/^(?:agenda item|eitem agenda)$/i, 'agenda-item'],
  [/^issue\s*-\s*meetings$/i, 'issue'],
];

function cleanVenue(v: string): string {
  return v.replace(/\.?\s*View directions\.?$/i, '').replace(/\s+/g, ' ').replace(/[.,;]$/, '').trim();
}

function parsePrintedHeld(rest: string, h: Header): void {
  const date = findDate(rest);
  if (date) h.date = h.date ?? date.iso;
  const time = findTime(rest);
  if (time) h.startTime = h.startTime ?? time.hhmm;
  // "... at 5.30 pm in Committee Room 1, Town Hall" or "held at Committee Room 1 on …"
  const venueAfterTime = /\b(?:p\.?m\.?|a\.?m\.?|noon|\d{2}[:.]\d{2})\s*,?\s+(?:in|at)\s+(?:the\s+)?(.{3,200})$/i.exec(rest);
  // A lower-case "the" is not part of the venue's name; "The Memorial Hall" keeps its capital article.
  const venueBeforeDate = /^(?:at|in)\s+(?:the\s+(?=[A-Z]))?(.{3,200}?)\s*,?\s+on\s+/.exec(rest.replace(/^(?:At|In)\b/, (w) => w.toLowerCase()));
  const v = venueAfterTime?.[1] ?? venueBeforeDate?.[1];
  if (v && !h.venue) h.venue = cleanVenue(v);
}

/** A printed "Minutes of the meeting of … held on …" heading: a second one starts another meeting. */
export function isMeetingHeading(text: string): boolean {
  if (text.length > 600) return false;
  if (!PRINTED_HEADING.test(text) && !PRINTED_HEADING_NO_NAME.test(text)) return false;
  // "Minutes of the meeting of the Cabinet held on 3 March were approved as a correct record" is a decision.
  if (/\b(?:were|was|be|been|are|is)\s+(?:\w+\s+)?(?:approved|agreed|confirmed|signed|noted|received|accepted|adopted|circulated|submitted)\b|\bcorrect\s+record\b/i.test(text)) return false;
  return findDate(text) !== null;
}

export function parseHeader(blocks: readonly Block[]): Header {
  const h: Header = {
    council: null, committee: null, date: null, startTime: null, venue: null,
    pageKind: 'unknown', itemNumber: null, used: new Set(), bodyStart: 0,
  };
  const limit = Math.min(blocks.length, 40);
  let bareCommittee: string | null = null;
  let sawPrinted = false;
  for (let i = 0; i < limit; i++) {
    const b = blocks[i];
    if (!b || b.bullet) continue;
    let t = b.text.length > 600 ? b.text.slice(0, 600) : b.text;
    // "Minutes: Read the Minutes (items 1-14)" is a link in the page header, not the minutes.
    if (/^(?:minutes|decision|cofnodion)\s*:/i.test(t) && !/^\w+\s*:\s*(?:read|view|download|open)\b.{0,60}$/i.test(t)) break;
    const field = BARE_FIELD_RE.exec(t);
    const nextBlock = blocks[i + 1];
    if (field && field[1] && nextBlock && !nextBlock.bullet && nextBlock.text.length < 300 && !BARE_FIELD_RE.test(nextBlock.text)) {
      t = `${field[1]}: ${nextBlock.text}`;
      h.used.add(i);
      i++;
    }
    let matched = false;
    for (const [re, kind] of PAGE_MARKERS) {
      if (re.test(t)) {
        if (h.pageKind === 'unknown') h.pageKind = kind;
        matched = true;
        break;
      }
    }
    if (!matched && /^(?:items|no\.?\s+item|item\s+no\.?|eitem|media|webcast|view directions)$/i.test(t)) matched = true;
    if (!matched && /^(?:venue|lleoliad|location|place)\s*:\s*(.+)$/i.test(t)) {
      const v = /^(?:venue|lleoliad|location|place)\s*:\s*(.+)$/i.exec(t)?.[1];
      if (v && !h.venue) h.venue = cleanVenue(v);
      matched = true;
    }
    if (!matched && /^(?:contact|cyswllt|contact officer|enquiries to)\s*:/i.test(t)) matched = true;
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
    if (!matched && !h.date) {
      const m = MODERNGOV_HEADING.exec(t);
      if (m && m[1] && m[2]) {
        const d = findDate(m[2]);
        if (d) {
          h.committee = h.committee ?? m[1].trim();
          h.date = d.iso;
          const time = findTime(m[2].slice(d.index + d.length));
          if (time) h.startTime = h.startTime ?? time.hhmm;
          matched = true;
        }
      }
    }
    if (!matched) {
      const m = sawPrinted || !isMeetingHeading(t) ? null : PRINTED_HEADING.exec(t);
      if (m && m[1] && m[2] && !/^(?:\w+\s+)?meeting$/i.test(m[1].trim())) {
        sawPrinted = true;
        let committee = m[1].trim();
        const of = /^(.{2,150}?)\s+of\s+((?:the\s+)?[A-Z][\w'’ &-]{1,80}?\s+Council)$/.exec(committee);
        if (of && of[1] && of[2]) {
          committee = of[1];
          h.council = h.council ?? of[2].replace(/^the\s+/i, '');
        }
        // "the One Hundredth & Twenty-fifth Annual Meeting" → "Annual Meeting".
        const kind = /\b((?:Annual|Extraordinary|Special|Ordinary)\s+(?:General\s+|Parish\s+|Town\s+)?Meeting)$/i.exec(committee);
        if (kind && kind[1]) committee = kind[1];
        h.committee = h.committee ?? committee;
        parsePrintedHeld(m[2], h);
        matched = true;
      }
    }
    if (!matched) {
      const m = sawPrinted || !isMeetingHeading(t) ? null : PRINTED_HEADING_NO_NAME.exec(t);
      if (m && m[1]) {
        sawPrinted = true;
        parsePrintedHeld(m[1], h);
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
    if (!matched && t.length <= 90 && COUNCIL_LINE.test(t)) {
      const name = t.replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
      // A bilingual heading names the council twice; the English name is preferred.
      if (!h.council || (/^cyngor\b/i.test(h.council) && !/^cyngor\b/i.test(name))) h.council = name;
      matched = true;
    }
    if (!matched && i === h.bodyStart && t.length <= 120 && !/[.:;!?]$/.test(t) && h.pageKind !== 'agenda-item') {
      // Bilingual: "PWYLLGOR CRAFFU ADDYSG / EDUCATION SCRUTINY COMMITTEE" → the part that reads as a committee.
      const parts = t.split(/\s+\/\s+/);
      const named = parts.find((p) => BODY_NAME_RE.test(p.trim()));
      if (named && !COUNCIL_LINE.test(named.trim())) {
        bareCommittee = bareCommittee ?? named.trim();
        matched = true;
      }
    }
    if (!matched && !h.date && t.length <= 60 && BARE_DATE_RE.test(t)) {
      // A heading line that is only the date ("Monday 2 June 2025", "2 June 2025 at 6.30 pm").
      const d = findDate(t);
      if (d) {
        h.date = d.iso;
        const tm = findTime(t.slice(d.index + d.length));
        if (tm && !h.startTime) h.startTime = tm.hhmm;
        matched = true;
      }
    }
    if (!matched && /^(?:date|dyddiad)\s*:\s*/i.test(t)) {
      const d = findDate(t);
      if (d && !h.date) h.date = d.iso;
      const tm = findTime(t.slice(d ? d.index + d.length : 0));
      if (tm && !h.startTime) h.startTime = tm.hhmm;
      matched = true;
    }
    if (!matched && /^(?:time|amser)\s*:\s*/i.test(t)) {
      const tm = findTime(t);
      if (tm && !h.startTime) h.startTime = tm.hhmm;
      matched = true;
    }
    if (matched) {
      h.used.add(i);
      h.bodyStart = i + 1;
    }
  }
  if (!h.committee && bareCommittee) h.committee = bareCommittee;
  // An issue page repeats the issue title before "Meeting:"; it is part of the header.
  if (h.pageKind === 'issue') {
    const meetingIdx = [...h.used].find((i) => /^Meeting:/i.test(blocks[i]?.text ?? ''));
    if (meetingIdx !== undefined) for (let i = 0; i < meetingIdx; i++) h.used.add(i);
  }
  return h;
}

const END_RE = /\b(?:the\s+)?meeting\s+(?:was\s+)?(?:concluded|closed|ended|finished|terminated|rose|closing|end(?:ed)?)\s*(?:at)?\s*:?\s*(?:at\s+)?(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|12\s+noon|noon|midday)/i;
const START_RE = /\b(?:the\s+)?meeting\s+(?:commenced|started|began|opened)\s+at\s*:?\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|12\s+noon|noon|midday)/i;
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
