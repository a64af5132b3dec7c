import type { DecisionKind } from '../../shared/types/minutes';
import { findDate, MONTH_WORD } from './dates';

/**
 * Decision kinds, first match wins:
 * procedural — minutes approved as a correct record, exclusion of press and public, appointments, elections, substitutes, deferrals
 * recommendation — recommends to Cabinet/Executive/Council/a partner body, or refers something on for decision
 * noted — report/information noted or received, unless the same decision also asks for something to be done
 * action — everything else: someone must do something
 */
const PROCEDURAL_RE = /correct record|\b(?:c|ch)adarnhawyd\b|\baccept(?:s|ed)?\b.{0,60}\b(?:apologies|reasons?\s+for\s+(?:non-?\s?attendance|absence)|leave\s+of\s+absence)|\b(?:c|g|ch)ofnodion\b.{0,120}\bcywir\b|\bminutes?\b.{0,200}?\b(?:approved|confirmed|agreed|signed|accepted|adopted)\b|\b(?:approve|confirm|agree|sign|adopt)s?\b.{0,40}\bminutes\b|(?:press|public)\s+(?:and\s+(?:the\s+)?(?:press|public)\s+)?be\s+(?:not\s+)?excluded|\bexclu(?:de|sion\s+of)\s+(?:the\s+)?(?:press|public)|\bbe\s+(?:re-?)?appointed\b|\bappointed\s+(?:as|to)\b|\b(?:be|was|were|is)\s+(?:re-?)?elected\b|\bnominated\b|\bappointments?\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:committees?|sub-committees?|panels?|boards?|outside\s+bodies|bodies|officer)\b|\bco-opt|\bsubstitut|\bdeferred\b|\badjourn|\bg?ohirio\b|\border\s+of\s+(?:the\s+)?(?:business|agenda|items)\b|\bforward\s+on\s+the\s+agenda\b/i;
const RECOMMEND_RE = /\brecommends?\s+(?:to|that)\b|\brecommended\s+(?:to|that)\b|\bbe\s+recommended\b|\brecommendations?\s+(?:be\s+(?:made|submitted|forwarded|referred)\s+)?to\s+(?:the\s+)?(?:Cabinet|Executive|Council|Mayor|Leader|Government|Secretary|Board|NHS)|\bfor\s+(?:onward\s+)?consideration\s+by\s+(?:the\s+)?(?:Cabinet|Executive|full\s+Council|Council|Mayor)|\bbe\s+(?:referred|forwarded|submitted|reported)\s+(?:back\s+)?to\s+(?:the\s+)?(?:Cabinet|Executive|full\s+Council|Council|Mayor)\b/i;
const NOTED_RE = /^(?:that\s+)?(?:to\s+)?notes?\b|^(?:that\s+)?(?:the\s+)?[^.;]{0,150}?\b(?:be|is|was|were|are|being)\s+(?:duly\s+|formally\s+)?noted\b|^(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:committee|commission|panel|board|cabinet|members?|council|forum)\s+(?:also\s+)?(?:notes?|noted|received|receives|welcomed?|welcomes)\b|\breceived\s+(?:the\s+)?(?:information|update)\b/i;
const ACTION_CUE_RE = /\b(?:be|to\s+be|being)\s+(?:brought|circulated|sent|shared|provided|added|examined|updated|submitted|reported|considered|arranged|investigated|reviewed|prepared|produced|presented|sought|followed\s+up|explored|raised|written|included)\b|\b(?:bring|circulate|send|share|provide|report\s+back|arrange|investigate|prepare|produce|write\s+to|come\s+back|return\s+to|follow\s+up)\b|\bundert(?:ook|ake|akes)\b|\bfurther\s+(?:report|consideration|information|update)|\bfuture\s+(?:reports?|meeting)|\bmonthly\s+report|\bkeep\s+.{0,60}?\bupdated\b|\b(?:added|included)\s+(?:to|in)\s+the\s+(?:work\s+programme|forward\s+plan)|\bofficers?\s+(?:to|will|would|should)\b/i;

/** "Note the Members appointed …", "To note the minutes of the Sub-Committee …", "NOTED the report": noting, whatever is noted. */
const NOTE_VERB_RE = /^(?:that\s+)?(?:to\s+)?(?:notes?|noted)\b|^(?:i\s+)?nodi\b|^(?:bod|fod)\s+[^.;]{0,150}?\byn\s+cael\s+ei\s+(?:nodi|dderbyn)\b/i;
const MINUTES_APPROVED_RE = /correct record|true record|accurate record|\bminutes?\b.{0,200}?\b(?:approved|confirmed|signed|adopted)\b/i;

export function classifyDecision(text: string): DecisionKind {
  const t = text.length > 2000 ? text.slice(0, 2000) : text;
  if (NOTE_VERB_RE.test(t) && !MINUTES_APPROVED_RE.test(t) && !RECOMMEND_RE.test(t) && !ACTION_CUE_RE.test(t)) return 'noted';
  if (PROCEDURAL_RE.test(t)) return 'procedural';
  if (RECOMMEND_RE.test(t)) return 'recommendation';
  if (NOTED_RE.test(t) && !ACTION_CUE_RE.test(t)) return 'noted';
  return 'action';
}

const ACTOR_RE = /\b(?:Officers?|Director|Manager|Head|Chief|Executive|Members?|Councillors?|Cllr|Chair(?:man|person)?|Leader|Mayor|Clerk|Committee|Commission|Panel|Board|Cabinet|Council|Team|Service|Department|Lead|Advis[eo]r|Secretary|Solicitor|Governance|Scrutiny|Monitoring|Assistant|Deputy|Portfolio|Holder|Partnership|NHS|Police|Trust|Group|Coordinator|Co-ordinator|Commissioner)\b/;
const PERSON_RE = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$/;
const SUBJECT_RE = /^(?:That\s+|For\s+|ACTIONS?\s*[:–-]\s*|(?:To\s+)?(?:Agrees?|Requests?|Asks?)\s+that\s+)?((?:the\s+|The\s+)?(?:[A-Z][\w&'’.-]*|officers?\b)(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&|the|in|to)){0,12}?)\s+(?:be\s+(?:requested|asked|instructed|invited|authorised|authorized|delegated)\s+to\b|(?:to|will|would|shall|should|undertook\s+to|undertakes\s+to|agreed\s+to|is\s+to|are\s+to)\s+(?!be\b)|(?:circulates?|provides?|sends?|brings?|shares?|writes?|arranges?|reports?|prepares?|produces?|investigates?|reviews?|contacts?|liaises?|updates?|follows?|considers?|looks?|undertook|undertakes)\b)/;
const DELEGATE_RE = /\bdelegated?\s+(?:authority\s+)?to\s+((?:the\s+)?[A-Z][\w&'’ -]{2,80}?)(?=,|\s+(?:in\s+consultation|to\b|the\s+authority|for\b))/;
const BY_RE = /\bbe\s+(?:brought|provided|circulated|sent|presented|submitted|prepared|produced|shared|reported|undertaken|arranged)\b.{0,80}?\b(?:by|from)\s+((?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|&)){0,8})/;

function isActor(s: string): boolean {
  return ACTOR_RE.test(s) || /^officers?$/i.test(s) || PERSON_RE.test(s);
}

export function ownerOf(text: string): string | null {
  const t = text.length > 1000 ? text.slice(0, 1000) : text;
  const subj = SUBJECT_RE.exec(t);
  if (subj && subj[1]) {
    const s = subj[1].trim().replace(/[,;]$/, '');
    // "The Committee NOTED the update …": a resolution's verb inside the words is no subject.
    const hasVerb = /\b(?:NOTED|AGREED|RESOLVED|RECOMMENDED|ENDORSED|APPROVED|noted|agreed|resolved|recommended|endorsed|approved)\b/.test(s);
    if (isActor(s) && !hasVerb && !/^(?:It|This|There|These|Those|Information|Members of the public)\b/.test(s)) return s.replace(/^The\s+/, 'the ');
  }
  const del = DELEGATE_RE.exec(t);
  if (del && del[1] && isActor(del[1])) return del[1].trim();
  const by = BY_RE.exec(t);
  if (by && by[1] && isActor(by[1])) return by[1].trim();
  return null;
}

const NUM_WORD = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|twenty-one|twenty-eight|thirty)';
const DUE_BY_RE = new RegExp(`\\b(?:by|before|no\\s+later\\s+than|until|in\\s+time\\s+for|on\\s+or\\s+before)\\s+(?:the\\s+)?((?:end\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH_WORD}(?:,?\\s+\\d{4})?|\\d{1,2}\\/\\d{1,2}\\/\\d{4})(?![\\w/])`, 'i');
const DUE_MEETING_DATE_RE = new RegExp(`\\bmeeting\\b[^.;]{0,60}?\\b(?:on|taking\\s+place\\s+on|to\\s+be\\s+held\\s+on|scheduled\\s+for|of)\\s+((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)${MONTH_WORD},?\\s+\\d{4})`, 'i');
/** "the next meeting" → "next meeting"; "at subsequent Parish Council meeting", "the next Parish Council meeting" keep the body's name. */
const NEXT_MEETING_RE = /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+|\b(?:at|to|until|for|before)\s+)(?:(next|subsequent)\s+((?:[A-Z][\w'’-]*\s+){1,4})|next\s+(?:scheduled\s+|available\s+|ordinary\s+)?)meeting\b/;
/** Welsh "y cyfarfod nesaf", "gyfarfod cyffredin nesaf" (the next (ordinary) meeting). */
const WELSH_NEXT_MEETING_RE = /\b(?:c|g|ngh|ch)yfarfod\s+(?:cyffredin\s+)?nesaf\b/i;
const DEFERRED_RE = /\bdeferred\b|\bg?ohirio\b/i;
/** Welsh: "tan gyfarfod cyffredin nesaf y Pwyllgor ar 21 Hydref 2021" (until the next ordinary meeting … on 21 October 2021). */
const WELSH_MEETING_DATE_RE = new RegExp(`\\b(?:c|g|ngh|ch)yfarfod\\b[^.;]{0,80}?\\bar\\s+(\\d{1,2}\\s+${MONTH_WORD},?\\s+\\d{4})`, 'i');
const FUTURE_MEETING_RE = /\b(?:a|the)\s+future\s+meeting\b/i;
const PERIODIC_RE = /\b(?:\d{1,2}|two|three|four|six|twelve)[ -]monthly\b|\b(?:quarterly|annually|bi-annually|every\s+(?:\d{1,2}|two|three|six|twelve)\s+months)\b/i;
const FOR_MONTH_RE = new RegExp(`\\b(?:for|in|during)\\s+((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_WORD}(?:\\s+\\d{4})?)(?![\\w/])`, 'i');
const WITHIN_RE = new RegExp(`\\b(?:within|in)\\s+(?:the\\s+next\\s+)?(${NUM_WORD}\\s+(?:working\\s+|calendar\\s+|clear\\s+)?(?:days?|weeks?|months?|years?)|a\\s+fortnight)(?:['’]s?\\s+time)?\\b`, 'i');

/** Due date as written: ISO when an absolute date is given, else the phrase ("next meeting", "within 28 days", "January"); resolveDue makes relative ones absolute. */
export function dueOf(text: string, kind: DecisionKind): string | null {
  const t = text.length > 1500 ? text.slice(0, 1500) : text;
  // Only an action, or a deferral to a later meeting, is due: "leave of absence until October" is not.
  if (kind !== 'action' && !DEFERRED_RE.test(t)) return null;
  const by = DUE_BY_RE.exec(t);
  if (by && by[1]) {
    const d = findDate(by[1]);
    return d ? d.iso : by[1].trim().replace(/\s+/g, ' ');
  }
  const md = DUE_MEETING_DATE_RE.exec(t) ?? WELSH_MEETING_DATE_RE.exec(t);
  if (md && md[1]) {
    const d = findDate(md[1]);
    if (d) return d.iso;
  }
  if (WELSH_NEXT_MEETING_RE.test(t)) return 'next meeting';
  const next = NEXT_MEETING_RE.exec(t);
  if (next) return next[1] ? `${next[1].toLowerCase()} ${next[2] ?? ''}meeting` : 'next meeting';
  const periodic = PERIODIC_RE.exec(t);
  if (periodic) return periodic[0];
  const forMonth = FOR_MONTH_RE.exec(t);
  if (forMonth && forMonth[1] && !/\bmay\b/.test(forMonth[1])) return findDate(forMonth[1])?.iso ?? forMonth[1];
  const within = WITHIN_RE.exec(t);
  if (within) return within[0].trim();
  if (FUTURE_MEETING_RE.test(t)) return 'a future meeting';
  return null;
}
