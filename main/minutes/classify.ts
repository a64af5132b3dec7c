import type { DecisionKind } from '../../shared/types/minutes';
import { findDate, MONTH_WORD } from './dates';

/**
 * Decision kinds, first match wins:
 * procedural — minutes approved as a correct record, exclusion of press and public, appointments, elections, substitutes, deferrals
 * recommendation — recommends to Cabinet/Executive/Council/a partner body, or refers something on for decision
 * noted — report/information noted or received, unless the same decision also asks for something to be done
 * action — everything else: someone must do something
 */
// ("… approved as an accurate reflection of current actions": an action tracker kept in order, as minutes are; "… were a true and accurate account of the meeting", "that Cllr B Andrews is made Mayor", "is added to the list of
// cheque signatories": the minutes confirmed, an office filled, a signatory named; "To approve the minute.": a Scottish
// board approves its previous meeting's minute, in the singular; "That Mrs Joan Jones represent the Ffrith Ward": a
// vacancy filled.)
// ("That the newly elected Chairman signed the Acceptance of Office", "that there were no apologies for absence; all
// present", "that the Minutes of the meeting of the Parish Council he[ld …]" cut off before its verb: the meeting's own
// business.)
const PROCEDURAL_RE = /correct record|^(?:that\s+)?(?:to\s+)?note[sd]?\s+(?:the\s+)?apologies\b|\bnotes\b.{0,100}?\b(?:true|accurate)\s+record\b|\bas\s+an?\s+(?:true|accurate|correct|fair)\s+reflection\s+of\b|\b(?:acceptance|approval|adoption|confirmation)\s+of\s+(?:the\s+)?(?:draft\s+)?minutes\b|\b(?:grant|granted|grants)\b.{0,30}\bdispensations?\b|\bdispensations?\b.{0,80}?\b(?:be|was|were)\s+(?:duly\s+)?(?:granted|approved)\b|\bminutes?\b.{0,200}?\b(?:true|accurate)\s+(?:and\s+accurate\s+)?record\b|\bacceptance\s+of\s+office\b|\b(?:there\s+were\s+)?no\s+apologies\b|^(?:that\s+)?the\s+minutes\s+of\s+the\s+(?:last\s+|previous\s+)?meeting\s+of\s+(?:the\s+)?(?:(?:Parish|Town|Community|City|Borough|District|County)\s+)?Council\b(?![^.;]{0,200}\breceived\b)|\b(?:true|accurate)\s+(?:and\s+accurate\s+)?account\s+of\s+the\s+meeting\b|\b(?:is|be)\s+made\s+(?:the\s+)?(?:(?:Deputy|Vice|Town|Lord)\s+)?(?:Mayor|Chair(?:man|person)?|Vice-Chair(?:man)?)\b|\bbe\s+(?:the\s+)?(?:(?:Deputy|Vice|Town|Lord|City)\s+){0,2}(?:Mayor|Chair(?:man|person|woman)?|Vice-Chair(?:man)?)\s+(?:of\s+[^.;]{2,60}?\s+)?for\s+the\s+(?:(?:municipal|civic|council|ensuing|coming|forthcoming)\s+)?year\b|\badded\s+to\s+(?:the\s+)?(?:list\s+of\s+)?(?:cheque\s+|bank\s+|authorised\s+)?signatories\b|\b(?:c|ch)adarnhawyd\b|\b(?:accept|approve)(?:s|d|ed)?\b.{0,60}\b(?:apologies|reasons?\s+for\s+(?:non-?\s?attendance|absence)|leave\s+of\s+absence)|\b(?:c|g|ch)ofnodion\b.{0,120}\bcywir\b|\bminutes?\b.{0,200}?\b(?:approved|confirmed|agreed|signed|accepted|adopted|ratified)\b|\b(?:approve|confirm|agree|sign|adopt|accept)s?\b.{0,40}\bminutes?\b(?!['’])|\b(?:approved|confirmed|agreed|signed|adopted|accepted)\s+(?!to\b)(?:[\w-]+\s+){0,3}?minutes\s+of\b|\b(?:approved|confirmed|signed|adopted)\s+the\s+(?:draft\s+)?minutes?\s+of\s+the\s+(?:(?:last|previous)\s+)?meeting\b|\b(?:approved|confirmed|signed|adopted|accepted)\s+the\s+(?:retrospective\s+)?(?:signing|signature|approval)\s+of\b.{0,80}\bminutes\b|(?:press|public)\s+(?:and\s+(?:the\s+)?(?:press|public)\s+)?be\s+(?:not\s+)?(?:excluded|asked\s+to\s+leave)|\bexclu(?:de|sion\s+of)\s+(?:the\s+)?(?:press|public)|\bbe\s+(?:re-?)?appointed\b|\bappointed\s+(?:as|to)\b|\b(?:be|was|were|is)\s+(?:re-?)?elected\b|\b(?:members|councillors|council|committee|board|panel)\s+(?:unanimously\s+)?(?:re-?)?elected\b[^.;]{0,80}?\bas\s+(?:the\s+)?(?:(?:Deputy|Vice)[-\s]?)?(?:Chair(?:man|person|woman)?|Mayor|Convener|Leader)\b|\bnominated\b|\bappointments?\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:committees?|sub-committees?|panels?|boards?|outside\s+bodies|bodies|officer)\b|\bco-opt|^(?:that\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[^.;]{2,60}?\s+represents?\s+the\s+[^.;]{2,60}?\s+(?:ward|council|parish)\b|\bsubstitut|\bapologies\b.{0,300}?\b(?:be|were|was|are|is)\s+(?:duly\s+)?(?:received|accepted|noted|approved)\b|\bdeferred\b|^(?:that\s+)?to\s+(?:re-?)?elect\b|\bto\s+defer\b|\bdefers?\s+(?:this|the)\s+(?:item|matter|decision|application)\b|\badjourn|\bg?ohirio\b|\border\s+of\s+(?:the\s+)?(?:business|agenda|items)\b|\bbe\s+(?:dealt\s+with|considered|taken)\s+(?:under|as|at|with)\s+(?:agenda\s+)?item\b|\bforward\s+on\s+the\s+agenda\b|\b(?:private|closed)\s+session\b|\bbe\s+dealt\s+with\s+in\s+(?:public|private)\b|^(?:that\s+)?the\s+minutes\s+of\s+the\s+(?:[\w-]+\s+){0,3}?meeting\s+held\s+on\s+[^.;]{3,40}$|\bstanding\s+orders?\s+be\s+suspended\b|\bsuspen(?:d|sion\s+of)\s+(?:(?:paragraph|para\.?|clause|section|rule)\s+[\d.()a-z]{1,8}\s+of\s+(?:the\s+)?)?standing\s+orders?\b|\bmeeting\s+be\s+extended\b|^(?:that\s+)?(?:the\s+)?(?:date\s+(?:and\s+time\s+)?of\s+the\s+)?next\s+(?:ordinary\s+|scheduled\s+)?meeting\s+(?:of\s+[^.;]{2,60}?\s+)?(?:will\s+|would\s+|shall\s+|to\s+)?(?:be\s+held|take\s+place|be\s+on|is\s+on|be\s+confirmed|be\s+agreed|be\s+fixed)\b/i;
const RECOMMEND_RE = /\brecommends?\s+(?:to|that)\b|^(?:that\s+)?(?:to\s+)?(?:support|object\s+to|oppose|raise\s+no\s+objections?\s+to)\s+(?:this|the)\s+(?:planning\s+)?application\b|\brecommend\s+(?:approval|refusal)\b|\brecommended\s+(?:to|that)\b|\bbe\s+recommended\b|\brecommendations?\s+(?:be\s+(?:made|submitted|forwarded|referred)\s+)?to\s+(?:the\s+)?(?:Cabinet|Executive|Council|Mayor|Leader|Government|Secretary|Board|NHS)|\bfor\s+(?:onward\s+)?consideration\s+by\s+(?:the\s+)?(?:Cabinet|Executive|full\s+Council|Council|Mayor)|\bbe\s+(?:referred|forwarded|submitted|reported)\s+(?:back\s+)?to\s+(?:the\s+)?(?:Cabinet|Executive|full\s+Council|Council|Mayor)\b/i;
const NOTED_RE = /^(?:that\s+)?(?:to\s+)?notes?\b|^(?:that\s+)?(?:the\s+)?[^.;]{0,150}?\b(?:be|is|was|were|are|being)\s+(?:duly\s+|formally\s+)?noted\b|^(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:report|update|presentation|minutes|information|briefing|statement|letter|report\s+and\s+appendices)\s+(?:be|is|was|were)\s+(?:duly\s+|formally\s+)?received\b|^(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:committee|commission|panel|board|cabinet|members?|council|forum)\s+(?:also\s+)?(?:notes?|noted|receive|received|receives|welcomed?|welcomes)\b|\breceived\s+(?:the\s+)?(?:information|update)\b/i;
const ACTION_CUE_RE = /\b(?:be|to\s+be|being)\s+(?:brought|circulated|sent|shared|provided|added|examined|updated|submitted|reported|considered|arranged|investigated|reviewed|prepared|produced|presented|sought|followed\s+up|explored|raised|written|included)\b|\b(?:bring|circulate|send|share|provide|report\s+back|arrange|investigate|prepare|produce|write\s+to|come\s+back|return\s+to|follow\s+up)\b|\bundert(?:ook|ake|akes)\b|\bfurther\s+(?:report|consideration|information|update)|\bfuture\s+(?:reports?|meeting)|\bmonthly\s+report|\bkeep\s+.{0,60}?\bupdated\b|\b(?:added|included)\s+(?:to|in)\s+the\s+(?:work\s+programme|forward\s+plan)|\bofficers?\s+(?:to|will|would|should)\b/i;

/** "Note the Members appointed …", "To note the minutes of the Sub-Committee …", "NOTED the report": noting, whatever is noted. */
const NOTE_VERB_RE = /^(?:that\s+)?(?:to\s+)?(?:notes?|noted|receive(?:\s+and\s+note)?)\b|^(?:i\s+)?nodi\b|^(?:bod|fod)\s+[^.;]{0,150}?\byn\s+cael\s+ei\s+(?:nodi|dderbyn)\b/i;
const MINUTES_APPROVED_RE = /correct record|true record|accurate record|\bminutes?\b.{0,200}?\b(?:approved|confirmed|signed|adopted|ratified)\b/i;

/**
 * "That the Committee notes that officers will report back in June", "Members noted that the Director
 * would retire": what is noted may speak of someone else's plans, but the body only notes. Unless a
 * second verb of its own follows ("… and asks officers to …"), the decision is noting.
 */
const NOTE_THAT_RE = /^(?:that\s+)?(?:(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:committee|commission|panel|board|cabinet|council|members?|forum|sub-committee|executive|authority|meeting)\s+(?:also\s+|further\s+)?)?(?:to\s+)?(?:notes?|noted|be\s+noted)\s+that\b/i;
const SECOND_VERB_RE = /(?:[;,]|\band\b)\s*(?:(?:to|that\s+it|it)\s+)?(?:also\s+)?(?:asks?|asked|requests?|requested|agrees?|agreed|instructs?|instructed|approves?|approved|authorises?|authorised|authorizes?|refers?|referred|recommends?|recommended|resolves?|resolved|invites?|invited|delegates?|delegated)\b|\(\s*b\s*\)|\bii\)/i;

const AGREED_TO_NOTE_RE = /^(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:committee|commission|panel|board|cabinet|council|members?|forum|sub-committee|executive|authority)\s+(?:unanimously\s+)?(?:agreed|resolved|decided)\s+to\s+note\b/i;
/**
 * "To appoint Councillor Gate as Vice-Chair of the Committee", "Cllr Hill remains Chairman for the ensuing year": an
 * appointment to an office of the body.
 */
const APPOINT_AS_RE = /^(?:that\s+)?to\s+(?:re-?)?appoint\s+[^.;]{2,80}?\s+as\s+(?:the\s+)?(?:vice[-\s]?)?(?:chair(?:man|person)?|convener)\b|\b(?:take\s+up\s+the\s+(?:position|role|office)\s+of|(?:continues?|remains?)\s+(?:as|in\s+the\s+(?:position|role|office)\s+of)|remains?(?=\s+(?:the\s+)?(?:vice[-\s]?)?(?:chair(?:man|person)?|convener)\b))\s+(?:the\s+)?(?:(?:vice[-\s]?)?(?:chair(?:man|person)?|convener)|mayor|secretary|treasurer|(?:[\w-]+\s+){0,3}representative)\b/i;

/**
 * "Standing Orders were approved without change", "To approve the terms of reference of two other committees", "The
 * Council approved the accounting statements on page 6 of the Annual Return": the council's own rules and its yearly
 * return, kept in order; procedure, not a task.
 */
const GOVERNANCE_RE = /\b(?:standing\s+orders|financial\s+regulations|terms\s+of\s+reference|scheme\s+of\s+delegation|governance\s+statements?|accounting\s+statements?)\b.{0,80}?\b(?:approved|adopted|re-?adopted|accepted|agreed|confirmed|ratified|reviewed)\b|\b(?:approv|adopt|accept|confirm|ratif|review)\w*\s+(?:of\s+)?(?:the\s+)?(?:(?:continuance|adoption|answer\s+[`'‘"“]?\w+[`'’"”]?\s+to\s+each)\s+of\s+(?:the\s+)?)?(?:existing\s+|revised\s+|updated\s+|council['’]s\s+)?(?:standing\s+orders|financial\s+regulations|terms\s+of\s+reference|scheme\s+of\s+delegation|governance\s+statements?|accounting\s+statements?)\b/i;

/**
 * "That the GMCA formally welcome Councillor Elise Wilson …", "… record their thanks to Councillor …", "… record its gratitude
 * to all staff …", "Councillor Ball be permitted to observe today's meeting": the body's courtesies and leave given at the
 * meeting, asking no one to do anything. (A message "be sent" is a task, and stays one.) "That Councillor X be invited to
 * stand for election as Mayor at the next Annual Meeting": the civic year's choice, the one invited no action's owner.
 */
const COURTESY_RE = /^(?:that\s+)?(?:the\s+)?(?:[\w'’&-]+\s+){0,8}?(?:formally\s+|warmly\s+)?(?:(?:welcomes?|welcomed)\s+(?:(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Dame)\.?\s+\p{Lu}|(?:the\s+)?new\s+(?:members?|councillors?|clerk|chief|director|officers?))|(?:place\s+on\s+)?records?\s+(?:its|their|the|our|his|her)\s+(?:(?:sincere|warm|grateful|deep|formal)\s+)?(?:thanks|gratitude|appreciation|condolences|sympathy|congratulations)\b)|\bbe\s+(?:permitted|allowed)\s+to\s+(?:observe|attend|speak|address|remain|sit|take\s+part)\b|\bbe\s+invited\s+to\s+(?:stand\s+for\s+election|accept\s+(?:the\s+)?(?:office|nomination))\s+as\s+(?:the\s+)?(?:(?:Deputy|Vice|Lord|Town)\s+)?(?:Mayor|Chair(?:man|person|woman)?|Provost|Leader)\b/iu;
/** "That item 8 … be considered in the absence of the public and press": how the meeting sits, as an exclusion is. */
const PRIVATE_SITTING_RE = /\bbe\s+(?:considered|dealt\s+with|taken|heard|discussed)\s+(?:in\s+the\s+absence\s+of\s+(?:the\s+)?(?:press|public)|in\s+(?:private|closed)(?:\s+session)?)\b/i;
/** "to move Point 6b to the start", "… moved item 12 forward": the order of the agenda changed, which is procedure. */
const MOVE_ITEM_RE = /\bmove[sd]?\s+(?:agenda\s+)?(?:point|item)s?\s+\d{1,3}[a-z]?\b/i;
/** "That Mrs A Lowe be Secretary of the Playing Field Committee": a named person given an office of the body. */
const BE_OFFICER_RE = /^(?:that\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[^.;]{2,60}?\s+be\s+(?:the\s+)?(?:(?:Vice|Deputy)[-\s]?)?(?:Chair(?:man|person|woman)?|Secretary|Treasurer|President|Convener)\b/i;
const NOTES_APPROVED_RE = /^(?:the\s+)?notes\s+(?:of|from)\s+(?:the\s+)?(?:previous|last)\s+meeting\b[^.;]{0,120}?\b(?:were|was)\s+(?:duly\s+)?(?:approved|agreed|confirmed|signed|adopted|accepted)\b/i;
/**
 * "That Mrs Springall chairs the meeting", "Cllr Hale to take the chair", "That Councillor Cutbill is voted as Chairman":
 * who presides, the meeting's procedure.
 */
const CHAIRS_MEETING_RE = /^(?:that\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[^.;]{2,60}?\s+(?:chairs?|chaired|(?:to|should|would|will)\s+(?:chair|take\s+the\s+chair))\s+(?:the|this|today['’]s)\s+meeting\b|\btake\s+the\s+chair\s+(?:for\s+(?:the|this)\s+meeting|in\s+the\s+absence\s+of)\b|\bchose\s+[^.;]{2,60}?\s+as\s+(?:its\s+|the\s+)?(?:(?:Vice|Deputy)[-\s]?)?(?:Chair(?:man|person|woman)?|Convener|Mayor|Secretary|Treasurer)\b|\b(?:is|be|was|were)\s+voted\s+(?:in\s+)?as\s+(?:the\s+)?(?:(?:Vice|Deputy)[-\s]?)?(?:Chair(?:man|person|woman)?|Mayor|Convener|Secretary|Treasurer)\b/i;
export function classifyDecision(text: string): DecisionKind {
  const t = text.length > 2000 ? text.slice(0, 2000) : text;
  // ("To note that there were no apologies": the apologies, a procedural record, however it is worded.)
  // ("To receive and accept apologies from Cllrs Hughes and Way": accepted, the verb before them.)
  // ("To note the apologies": the apologies recorded, noting them no noting of business.)
  const apologies = /\b(?:no\s+apologies|apologies\s+(?:for\s+absence\s+)?(?:were|be|had\s+been)\s+(?:received|accepted|noted)|(?:accept|approve|note)(?:s|d|ed)?\s+(?:the\s+)?apologies)\b/i.test(t);
  // ("Notes of previous meeting were agreed": a forum's minutes called notes, approved; "Notes" is no noting.)
  if (NOTES_APPROVED_RE.test(t)) return 'procedural';
  if (NOTE_VERB_RE.test(t) && !MINUTES_APPROVED_RE.test(t) && !RECOMMEND_RE.test(t) && !ACTION_CUE_RE.test(t) && !apologies) return 'noted';
  if (NOTE_THAT_RE.test(t) && !PROCEDURAL_RE.test(t) && !RECOMMEND_RE.test(t) && !SECOND_VERB_RE.test(t)) return 'noted';
  // "The Joint Board agreed to note the change in membership": noting, unless it goes on to do more.
  if (AGREED_TO_NOTE_RE.test(t) && !SECOND_VERB_RE.test(t) && !ACTION_CUE_RE.test(t)) return 'noted';
  if (PROCEDURAL_RE.test(t) || APPOINT_AS_RE.test(t) || BE_OFFICER_RE.test(t) || MOVE_ITEM_RE.test(t) || CHAIRS_MEETING_RE.test(t) || (GOVERNANCE_RE.test(t) && !RECOMMEND_RE.test(t))) return 'procedural';
  if ((COURTESY_RE.test(t) || PRIVATE_SITTING_RE.test(t)) && !RECOMMEND_RE.test(t) && (PRIVATE_SITTING_RE.test(t) || !ACTION_CUE_RE.test(t))) return 'procedural';
  if (RECOMMEND_RE.test(t)) return 'recommendation';
  if (NOTED_RE.test(t) && !ACTION_CUE_RE.test(t)) return 'noted';
  // "That the Minutes of the Audit Committee held on 1 February 2013 be received": another body's minutes, received.
  if (RECEIVED_MINUTES_RE.test(t) && !ACTION_CUE_RE.test(t)) return 'noted';
  // "That the Clerk’s Report be accepted", "That the report, and addendum report, of the Clerk be accepted": a report taken.
  if (REPORT_ACCEPTED_RE.test(t) && !ACTION_CUE_RE.test(t)) return 'noted';
  // "There were no Members’ Reports this month.": a record that nothing came, no decision to act.
  if (/^There\s+(?:were|was)\s+no\b/i.test(t)) return 'noted';
  return 'action';
}

const REPORT_ACCEPTED_RE = /^(?:that\s+)?(?:the\s+)?[^.;]{0,80}?\b(?:reports?|update|accounts|statement)\b[^.;]{0,80}?\s+be\s+(?:accepted|received|approved|adopted)\.?$/i;
const RECEIVED_MINUTES_RE = /^(?:that\s+)?(?:the\s+)?minutes\s+of\s+[^.;]{3,200}?\s+be\s+(?:received|noted)\b/i;

const ACTOR_RE = /\b(?:Officers?|Director|Manager|Head|Chief|Executive|Members?|Councillors?|Cllr|Chair(?:man|person)?|Leader|Mayor|Clerk|Committee|Commission|Panel|Board|Cabinet|Council|Team|Service|Department|Lead|Advis[eo]r|Secretary|Solicitor|Governance|Scrutiny|Monitoring|Assistant|Deputy|Portfolio|Holder|Partnership|NHS|Police|Trust|Group|Coordinator|Co-ordinator|Commissioner)\b/;
/** The last word of a body or post that can be given a task ("the Head of Planning" → "Head", "the Working Group" → "Group"). */
const ACTOR_HEAD_RE = /^(?:Officers?|Director|Manager|Head|Chief|Executive|Members?|Councillors?|Chair(?:man|person|woman)?|Vice-Chair(?:man)?|Leader|Mayor|Clerk|Committee|Sub-Committee|Commission|Panel|Board|Cabinet|Council|Team|Services?|Department|Directorate|Lead|Advis[eo]r|Secretary|Solicitor|Holder|Partnership|NHS|Police|Trust|Group|Coordinator|Co-ordinator|Commissioner|Constable|Superintendent|Inspector|Treasurer|Engineer|Surveyor|Warden|Agency|Authority|Convener|Provost|Minister|Administrator|Accountant|Auditor|Controller|Assistant|Deputy|Representative|Champion|Ombudsman|Registrar|Forum|Executive|Network|Staff|Consultant|Contractor|Partners?|Body|Bodies)$/;
/** A capitalised pair that names a thing or a place, not a person ("Council Tax", "Mill Lane"). */
const THING_RE = /\b(?:Tax|Lane|Road|Street|Way|Close|Avenue|Drive|Hall|Centre|Center|Park|Field|Green|Plan|Policy|Strategy|Budget|Fund|Scheme|Project|Report|Programme|Program|Contract|Accounts?|Charter|Precept|Rates?|Levy|Grant|Charges?|Order|Bill|Act|Review|Survey|Framework|Statement|Agreement|Route|Bridge|Library|School|Church|Pavilion|House|Court|Market|Square|Estate|Area|Zone|District|Ward|Day|Week|Year|Fair|Festival|Event|Garden|Gardens|Cemetery|Allotments?)$/;
const PERSON_RE = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$/;
const TITLED_RE = /^(?:Dr|Mr|Mrs|Ms|Miss|Cllrs?|Councillors?)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$/;
// ("That clerk to place an agenda item …", "That Cllr Abram could proceed to arrange …": a clerk in lower case, leave to act.)
const SUBJECT_RE = /^(?:That\s+|For\s+|ACTIONS?\s*[:–-]\s*|(?:To\s+)?(?:Agrees?|Requests?|Asks?)\s+that\s+)?((?:the\s+|The\s+)?(?:[A-Z][\w&'’.-]*|officers?\b|clerk\b)(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&|the|in|to)){0,12}?)\s+(?:be\s+(?:requested|asked|instructed|invited|authorised|authorized|delegated)\s+to\b|(?:to|will|would|shall|should|undertook\s+to|undertakes\s+to|agreed\s+to|is\s+to|are\s+to|could\s+proceed\s+to)\s+(?!be\b|like\b|wish\b|welcome\b|need\b|have\b|receive\b|note\b|expect\b|hope\b|want\b|benefit\b|prefer\b|remain\b|continue\s+to\s+be\b)|(?:circulates?|provides?|sends?|brings?|shares?|writes?|approach(?:es)?|arranges?|reports?|prepares?|produces?|investigates?|reviews?|contacts?|liaises?|updates?|follows?|considers?|looks?|undertook|undertakes|attends?|orders?|obtains?|seeks?|informs?|monitors?|chases?|speaks?|visits?)\b)/;
const DELEGATE_RE = /\bdelegated?\s+(?:authority\s+)?to\s+((?:the\s+)?[A-Z][\w&'’ -]{2,80}?)(?=,|\s+(?:in\s+consultation|to\b|the\s+authority|for\b))/;
const BY_RE = /\b(?:be|is|are)\s+(?:also\s+)?(?:[a-z]+ly\s+)?(?:brought|provided|circulated|sent|presented|submitted|prepared|produced|shared|reported|undertaken|arranged)\b.{0,80}?\b(?:by|from)\s+((?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|&)){0,8})/;
/** "(to) instruct the Executive Director of Education to report back …", "asks the Clerk to write …": the body gives the task to a named post. */
const INSTRUCT_RE = /^(?:[Tt]hat\s+)?(?:(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?(?:Committee|Commission|Panel|Board|Cabinet|Council|Sub-Committee|Forum)\s+)?(?:(?:also\s+|further\s+)?(?:agreed|resolved|decided)\s+)?(?:[Tt]o\s+)?(?:[Ii]nstructs?|[Rr]equests?|[Aa]sks?|[Dd]irects?)\s+((?:the\s+)?(?:[A-Z][\w&'’-]*|officers)(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|&)){0,8})\s+to\s+(?!be\b)[a-z]/;

/** "… notes the update and asks officers to report back …": a second verb of the resolution gives the task. */
const INSTRUCT_MID_RE = /(?:,|;|\band)\s+(?:to\s+)?(?:instructs?|requests?|asks?|directs?)\s+((?:the\s+)?(?:[A-Z][\w&'’-]*|officers)(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|&)){0,8})\s+to\s+(?!be\b)[a-z]|(?:,|;|\band)\s+(?:that\s+)?((?:the\s+)?(?:[A-Z][\w&'’-]*|officers)(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|&)){0,8})\s+be\s+(?:asked|requested|instructed)\s+to\s+(?!be\b)[a-z]/;
/** "The Committee requested that the Director report back …", "asked that officers circulate …": the request names who acts. */
const ASKED_THAT_RE = /\b(?:requested|asked|requests|asks)\s+that\s+((?:the\s+)?(?:[A-Z][\w&'’-]*|officers)(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|&)){0,8})\s+(?:should\s+|would\s+)?(?:report|circulate|provide|write|send|arrange|bring|prepare|investigate|review|contact|liaise|update|look\s+into|share|seek|explore|attend|present|produce|respond|consult|meet)\b/;

/**
 * A person, post or body that can be given a task: its head word (before "of"/"for", after "&"/"and")
 * names a post or body, or it is a titled name ("Cllr Smith", "Mr Hughes"), or a two- or three-word
 * personal name that does not end in a thing ("Chris Joyce", not "Council Tax" or "Mill Lane").
 */
export function isActor(phrase: string): boolean {
  const s = phrase.trim().replace(/^(?:the|The)\s+/, '');
  if (isPostOrBody(phrase)) return true;
  if (!s || s.split(/\s+/).length > 3 || /\b(?:that|said|says|explained|reported|advised|informed|stated|noted|confirmed|told)\b/.test(s)) return false;
  return PERSON_RE.test(s) && !THING_RE.test(s) && !ACTOR_RE.test(s);
}

/** A post or body ("the Head of Planning", "the Working Group", "Officers") or a titled name ("Cllr Smith"). */
function isPostOrBody(phrase: string): boolean {
  const s = phrase.trim().replace(/^(?:the|The)\s+/, '');
  if (!s || s.split(/\s+/).length > 10) return false;
  if (/^officers?$/i.test(s) || TITLED_RE.test(s)) return true;
  if (/\b(?:that|said|says|explained|reported|advised|informed|stated|noted|confirmed|told)\b/.test(s)) return false;
  const parts = s.split(/\s+(?:and|&)\s+|\s*,\s*/).filter(Boolean);
  return parts.every((p) => {
    const core = p.replace(/^(?:the|The)\s+/, '').split(/\s+(?:of|for|in|to)\s+/)[0] ?? '';
    const last = core.split(/\s+/).pop() ?? '';
    // ("that the clerk would update the councillors": a parish's posts printed in lower case.)
    return ACTOR_HEAD_RE.test(last) || TITLED_RE.test(core) || /^(?:clerk|chair(?:man|person)?|treasurer|secretary|officers?)$/.test(core);
  });
}

/** What follows a bare name when it is given a task: "(to|will|would) provide …", "circulates …". */
const TASK_AFTER_RE = /^\s*be\s+(?:asked|requested|instructed)\s+to\s+[a-z]|^\s*(?:(?:to|will|would|shall|should|agreed\s+to|undertook\s+to|undertakes\s+to|is\s+to|be\s+(?:asked|requested|instructed)\s+to)\s+)?(?:write|circulate|send|provide|arrange|report|investigate|contact|liaise|update|look|bring|share|ask|seek|confirm|follow|find|check|e-?mail|respond|raise|feed|organi[sz]e|invite|draft|prepare|review|meet|obtain|chase|request|notify|inform|forward|speak|publish|post|display|put|place|order|book|monitor|visit|inspect|get|add|remind|approach|clarify|explore|establish|circulates|provides|sends|shares|writes|arranges|reports|prepares|reviews|contacts|updates|attend|present|produce|draw|compile|collate|investigates|sign|pursue|progress|discuss|consider|set\s+up|take)\b/;

const IMPERATIVE_ACTOR_RE = /^(?:Authori[sz]e|Ask|Request|Instruct|Direct|Delegate\s+(?:authority\s+)?to)\s+((?:the\s+)?\p{Lu}[^.;:]{2,100}?)\s+to\s+\p{Ll}/u;

export function ownerOf(text: string): string | null {
  // "That the Director of Place, in consultation with the Portfolio Holder, be authorised to …": the aside names no owner.
  // "The Committee agreed that officers would report back …": the agreed clause names who acts.
  const t = (text.length > 1000 ? text.slice(0, 1000) : text)
    .replace(/,\s*(?:in|following|after)\s+consultation\s+with\s+[^,;]{2,120},/, '')
    .replace(/^(?:The\s+)?(?:[\w'’-]+\s+){0,5}?(?:Committee|Commission|Panel|Board|Cabinet|Council|Sub-Committee|Forum|Members|meeting)\s+(?:also\s+|further\s+|then\s+)?(?:agreed|resolved|decided)\s+that\s+/i, 'That ')
    // ("It was agreed that the Clerk contact Bennetts …": the same told impersonally.)
    .replace(/^It\s+was\s+(?:(?:therefore|then|also|further|unanimously)\s+)*(?:agreed|resolved|decided)\s+that\s+/i, 'That ');
  // "(2) Authorise the Deputy Chief Executive to approve the terms of the lease": an imperative point; the one authorised acts.
  const imperative = IMPERATIVE_ACTOR_RE.exec(t);
  if (imperative?.[1]) return isActor(imperative[1]) ? imperative[1].trim() : null;
  const ins = INSTRUCT_RE.exec(t);
  if (ins && ins[1] && isActor(ins[1])) return ins[1].trim().replace(/^The\s+/, 'the ');
  const subj = SUBJECT_RE.exec(t);
  if (subj && subj[1]) {
    const s = subj[1].trim().replace(/[,;]$/, '');
    // "The Committee NOTED the update …": a resolution's verb inside the words is no subject.
    const hasVerb = /\b(?:NOTED|AGREED|RESOLVED|RECOMMENDED|ENDORSED|APPROVED|noted|agreed|resolved|recommended|endorsed|approved)\b/.test(s);
    // A bare two- or three-word name ("Chris Joyce to share …") must be followed by a task, so that
    // "Christmas Lights to go up …" or "Village Green will host …" names no one.
    const bareName = !isPostOrBody(s) && isActor(s);
    const task = !bareName || TASK_AFTER_RE.test(subj[0].slice(subj[0].indexOf(subj[1]) + subj[1].length) + t.slice(subj.index + subj[0].length));
    // "The Council agreed to split the balance …": the body deciding names no one to act for it.
    const bodyAgreed = /^(?:the\s+)?(?:(?:Parish|Town|Community|City|Borough|District|County|Full)\s+)?(?:Council|Committee|Board|Panel|Cabinet|Sub-Committee|Commission|Forum|Members|Councillors)$/i.test(s) && /^\s*agreed\s+to\b/.test(subj[0].slice(subj[0].indexOf(subj[1]) + subj[1].length));
    if (isActor(s) && task && !hasVerb && !bodyAgreed && !/^(?:It|This|There|These|Those|Information|Members of the public)\b/.test(s)) return s.replace(/^The\s+/, 'the ');
  }
  const mid = INSTRUCT_MID_RE.exec(t);
  const midWho = mid ? (mid[1] ?? mid[2]) : undefined;
  if (midWho && isActor(midWho)) return midWho.trim().replace(/^The\s+/, 'the ');
  const asked = ASKED_THAT_RE.exec(t);
  if (asked && asked[1] && isActor(asked[1])) return asked[1].trim().replace(/^The\s+/, 'the ');
  const del = DELEGATE_RE.exec(t);
  if (del && del[1] && isActor(del[1])) return del[1].trim();
  const by = BY_RE.exec(t);
  if (by && by[1] && isActor(by[1])) return by[1].trim();
  return null;
}

const NUM_WORD = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|twenty-one|twenty-eight|thirty)';
const DUE_BY_RE = new RegExp(`\\b(?:by|before|no\\s+later\\s+than|in\\s+time\\s+for|on\\s+or\\s+before)\\s+(?:the\\s+)?((?:end\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH_WORD}(?:,?\\s+\\d{4})?|\\d{1,2}\\/\\d{1,2}\\/\\d{4})(?![\\w/])`, 'i');
/** "until" gives a due date only for a deferral ("deferred until March"): "the lease runs until March 2027" is a term, not a deadline. */
const DUE_UNTIL_RE = new RegExp(DUE_BY_RE.source.replace('(?:by|before|', '(?:until|by|before|'), 'i');
const DUE_MEETING_DATE_RE = new RegExp(`\\bmeeting\\b[^.;]{0,60}?\\b(?:on|taking\\s+place\\s+on|to\\s+be\\s+held\\s+on|scheduled\\s+for|of)\\s+((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)${MONTH_WORD},?\\s+\\d{4})`, 'i');
/** "the next meeting" → "next meeting"; "at subsequent Parish Council meeting", "the next Parish Council meeting" keep the body's name. */
// ("… at the next full council meeting", "the next monthly meeting": a parish's words for its meetings, in lower case.)
const NEXT_MEETING_RE = /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+|\b(?:at|to|until|for|before)\s+)(?:(next|subsequent)\s+((?:(?:[A-Z][\w'’-]*|full|monthly|ordinary|council|parish|town|community|board|committee|general|annual)\s+){1,4})|next\s+(?:scheduled\s+|available\s+|ordinary\s+)?)meeting\b/;
/** "ready for the February meeting", "deferred to the July meeting", "at the May Board meeting", "at the March 2021 meeting": a meeting named by its month. */
const MONTH_MEETING_RE = new RegExp(`\\b(?:for|at|to|until|before|by)\\s+the\\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?)\\s+((?:(?:[A-Z][\\w'’-]*|full|council|parish|town|board|committee)\\s+){0,3})meeting\\b`);
/** Welsh "y cyfarfod nesaf", "gyfarfod cyffredin nesaf" (the next (ordinary) meeting). */
const WELSH_NEXT_MEETING_RE = /\b(?:c|g|ngh|ch)yfarfod\s+(?:cyffredin\s+)?nesaf\b/i;
const DEFERRED_RE = /\bdeferred\b|\bg?ohirio\b/i;
/** Welsh: "tan gyfarfod cyffredin nesaf y Pwyllgor ar 21 Hydref 2021" (until the next ordinary meeting … on 21 October 2021). */
const WELSH_MEETING_DATE_RE = new RegExp(`\\b(?:c|g|ngh|ch)yfarfod\\b[^.;]{0,80}?\\bar\\s+(\\d{1,2}\\s+${MONTH_WORD},?\\s+\\d{4})`, 'i');
const FUTURE_MEETING_RE = /\b(?:a|the)\s+future\s+meeting\b/i;
/** "is reported", "are also reviewed": a present-tense passive just before a frequency. */
const STANDING_RE = /\b(?:is|are)\s+(?:also\s+)?[a-z]+ed\s+$/;
const PERIODIC_RE = /\b(?:\d{1,2}|two|three|four|six|twelve)[ -]monthly\b|\b(?:quarterly|annually|bi-annually|every\s+(?:\d{1,2}|two|three|six|twelve)\s+months)\b/i;
const FOR_MONTH_RE = new RegExp(`\\b(?:for|in|during)\\s+((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_WORD}(?:\\s+\\d{4})?)(?![\\w/])`, 'i');
const WITHIN_RE = new RegExp(`\\b(?:within|in)\\s+(?:the\\s+next\\s+)?(${NUM_WORD}\\s+(?:working\\s+|calendar\\s+|clear\\s+)?(?:days?|weeks?|months?|years?)|a\\s+fortnight)(?:['’]s?\\s+time)?\\b`, 'i');

/** Past participles that are not "-ed": "the grant paid in March", "the meeting held in January". */
const PAST_WORD_RE = /(?:[a-z]ed|held|met|made|paid|sent|given|taken|set|won|began|begun|spent|built|told|said|written|brought|bought|sold|known|seen|done|gone|shown|agreed)$/i;

/**
 * Whether the time phrase at `index` looks back, not forward: it sits in a clause that reports the past
 * ("which was approved in March", "had been agreed by 31 May"), in a relative clause describing a
 * thing ("the lease, which runs until …", "the contract that expires in June"), or right after a past
 * participle that is not "be …" ("the grant awarded in January", "the meeting held in May"; not "added for October").
 */
function looksBack(t: string, index: number): boolean {
  const before = t.slice(Math.max(0, index - 160), index);
  const clause = before.split(/[,;:()–—]/).pop() ?? before;
  // "It was agreed that the Clerk would respond by 25 April": the words after the last "that" are what was agreed.
  const own = clause.split(/\bthat\b/i).pop() ?? clause;
  // A past auxiliary in the last words before the phrase, not followed by a verb of what is to come
  // ("the concerns that were raised by residents be reported to Highways by 30 April" looks forward).
  const near = own.trim().split(/\s+/).slice(-6).map((w) => w.toLowerCase());
  const aux = Math.max(...['was', 'were', 'had', 'has', 'have', 'did'].map((w) => near.lastIndexOf(w)));
  const ahead = Math.max(...['be', 'to', 'will', 'would', 'should', 'shall'].map((w) => near.lastIndexOf(w)));
  if (aux >= 0 && aux > ahead) return true;
  if (/^\s*(?:which|who|whose|where)\b/i.test(clause) || /\bthat\s+(?:runs?|expires?|ends?|started|began|closes?|opened)\s*$/i.test(clause)) return true;
  // "the scheme, approved by Cabinet in March, …", "as agreed in January": a clause that opens with a past participle.
  const first = /^\s*(?:as\s+)?(\S+)/i.exec(clause)?.[1] ?? '';
  if (clause !== before && PAST_WORD_RE.test(first) && !/^(?:needed|required|asked|requested|proposed|scheduled|planned|intended)$/i.test(first)) return true;
  // "the payments for March", "the accounts for December": the period a record covers, not a deadline.
  if (/^for\b/i.test(t.slice(index, index + 4).trim()) && /\b(?:payments?|accounts?|invoices?|reconciliations?|salar(?:y|ies)|wages|figures|statements?|returns?|receipts|expenditure|income|period|month|quarter|minutes|newsletter|edition|rota|budget|precept|estimates|forecast|outturn)\s*$/i.test(before)) return true;
  // "for October" schedules ("added for October"); only "in/during <month>" after a participle reports the past.
  if (!/^(?:in|during)\b/i.test(t.slice(index, index + 8).trim())) return false;
  const words = clause.trim().split(/\s+/);
  const prev = words[words.length - 1] ?? '';
  const prev2 = (words[words.length - 2] ?? '').toLowerCase();
  return PAST_WORD_RE.test(prev) && !/^(?:be|being|to)$/.test(prev2) && !/^(?:needed|required|asked|requested|invited|expected|agreed|scheduled|planned|arranged|proposed|intended)$/i.test(prev);
}

/** "for June to September", "in April and May": a span of months is a period, not a deadline. */
const MONTH_SPAN_RE = new RegExp(`^\\s*(?:[-–—]|to|until|till|and|through)\\s+${MONTH_WORD}\\b`, 'i');

/** Global copies of the due-date patterns, compiled once. */
const GLOBAL_COPIES = new Map<RegExp, RegExp>();

/** The first match of `re` in `t` whose time phrase looks forward. */
function firstFuture(re: RegExp, t: string): RegExpExecArray | null {
  let g = GLOBAL_COPIES.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL_COPIES.set(re, g);
  }
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(t)) !== null) {
    if (!looksBack(t, m.index) && !MONTH_SPAN_RE.test(t.slice(m.index + m[0].length, m.index + m[0].length + 30))) return m;
    if (m[0].length === 0) g.lastIndex++;
  }
  return null;
}

/** Due date as written: ISO when an absolute date is given, else the phrase ("next meeting", "within 28 days", "January"); resolveDue makes relative ones absolute. */
export function dueOf(text: string, kind: DecisionKind): string | null {
  const t = text.length > 1500 ? text.slice(0, 1500) : text;
  // Only an action, or a deferral to a later meeting, is due: "leave of absence until October" is not.
  if (kind !== 'action' && !DEFERRED_RE.test(t)) return null;
  const by = firstFuture(DEFERRED_RE.test(t) ? DUE_UNTIL_RE : DUE_BY_RE, t);
  if (by && by[1]) {
    const d = findDate(by[1]);
    return d ? d.iso : by[1].trim().replace(/\s+/g, ' ');
  }
  const md = DUE_MEETING_DATE_RE.exec(t) ?? WELSH_MEETING_DATE_RE.exec(t);
  // "… of the meeting of the Full Council held on 10th July 2014": a meeting that has been, not one to report to.
  if (md && md[1] && !/\b(?:held|took\s+place)\s+on\s+[^.;]*$/i.test(md[0].slice(0, md[0].length - md[1].length))) {
    const d = findDate(md[1]);
    if (d) return d.iso;
  }
  if (WELSH_NEXT_MEETING_RE.test(t)) return 'next meeting';
  const next = NEXT_MEETING_RE.exec(t);
  if (next) return next[1] ? `${next[1].toLowerCase()} ${next[2] ?? ''}meeting` : 'next meeting';
  const monthMeeting = MONTH_MEETING_RE.exec(t);
  if (monthMeeting?.[1]) return `${monthMeeting[1]} ${monthMeeting[2] ?? ''}meeting`;
  const periodic = PERIODIC_RE.exec(t);
  // "… that the delivery of the Plan is reported annually": a standing arrangement, how often, with no date it falls due.
  if (periodic && !STANDING_RE.test(t.slice(Math.max(0, periodic.index - 60), periodic.index))) return periodic[0];
  const forMonth = firstFuture(FOR_MONTH_RE, t);
  if (forMonth && forMonth[1] && !/\bmay\b/.test(forMonth[1])) return findDate(forMonth[1])?.iso ?? forMonth[1];
  const within = firstFuture(WITHIN_RE, t);
  if (within) return within[0].trim();
  if (FUTURE_MEETING_RE.test(t)) return 'a future meeting';
  return dueInWords(t);
}

/**
 * "Ann will send a letter to all users this week.", "Early in 2021 Bob will raise it again.", "… invited to a meeting in
 * the Autumn.", "… award later in the year": a time the minutes give in words, kept as printed (a season by its name).
 */
const THIS_WEEK_RE = /\b(?:this|next)\s+week\b/i;
const PART_OF_YEAR_RE = /\b(?:early|late|later)\s+in\s+(?:the\s+)?(?:\d{4}|year|new\s+year)\b/i;
const SEASON_RE = /\bin\s+the\s+(spring|summer|autumn|winter)\b/i;
function dueInWords(t: string): string | null {
  const week = firstFuture(THIS_WEEK_RE, t);
  if (week) return week[0];
  const part = firstFuture(PART_OF_YEAR_RE, t);
  if (part) return part[0];
  const season = firstFuture(SEASON_RE, t);
  return season?.[1] ? season[1].charAt(0).toUpperCase() + season[1].slice(1).toLowerCase() : null;
}
