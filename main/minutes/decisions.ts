import { isStandardHeadingLine } from './standard-headings';
import type { Decision } from '../../shared/types/minutes';
import type { Block } from './blocks';
import { LABEL_RE, lineStartsOf, SECTION_RE, TERMINAL_RE } from './blocks';
import { classifyDecision, dueOf, isActor, ownerOf } from './classify';
import { splitSentences } from './sentences';
import { passageOf } from './declaration-lines';
import { initialsTaskOwner, midSentenceTask, splitAtGivenNameTask, splitAtSecondTask, namedTaskOwner, NO_ACTION_RE, ownerOnly, PARAGRAPH_RE, proseActionIsModal, proseActionOwner, statusOf } from './decision-extras';
import { splitInlinePoints } from './inline-points';
import type { ActionRow } from './action-table';
import { readActionTable } from './action-table';
import { findDate } from './dates';
import { isGivenName } from './given-names';

/**
 * Label convention: the printed marker without brackets or trailing dot/parenthesis:
 * "1)" → "1", "(a)" → "a", "(ii)" → "ii", "1." → "1". Unlabelled decisions have label null.
 */
/**
 * "(unanimously)", "(nem. con.)", "(by 7 votes to 2)", "(7:7 and on the Chair's casting vote)", "(8 for, 2 against)":
 * how a resolution was carried, printed after it.
 */
const VOTE = String.raw`(?:\s*\((?:unanimously|nem\.?\s*con\.?|by\s+(?:a\s+)?(?:majority|\d{1,3}\s+votes?)[^)]{0,40}|\d{1,3}\s*(?::|[–—-]|votes?\s+to|for\b)\s*\d{0,3}[^)]{0,60}|on\s+the\s+(?:Chair|Chairman|Mayor)['’]?s?\s+casting\s+vote)\))?`;
/** After "it was resolved" in a sentence: "to:", "that:", ":", "–", or " to …" / " that …" running on; the resolution is captured. */
// ("IT WAS RESOLVED THAT THE CLERK EMAIL …": a resolution typed in capitals.)
const RESOLUTION_TAIL = String.raw`(?:\s+(?:to|that)\s*:\s*|\s*:\s*|\s*[–—-]\s*|\s+(?=to\s|that\s|To\s|That\s|TO\s|THAT\s))(.+)$`;
const HEAD_ONLY_RE = new RegExp(String.raw`^(?:It\s+was\s+|The\s+(?:[\w-]+\s+){0,5}?(?:Committee|Commission|Panel|Board|Cabinet|Council|Sub-Committee|Forum)\s+(?=(?:UNANIMOUSLY\s+)?[A-Z]{4,}\b))?(?:RESOLVED|AGREED|Resolved|Agreed|RECOMMENDED|Recommended|DECISION|DECISIONS|Decision|PENDERFYNWYD|CYTUNWYD)(?:\s+(?:unanimously|accordingly))?${VOTE}\s*(?:[:–—-]+\s*)?(?:(?:that|to)\s*[:–—-]?\s*)?$`);
const HEAD_INLINE_RE = new RegExp(String.raw`^(?:It\s+was\s+(?:further\s+)?|(?:The\s+)?(?:[\w-]+\s+){0,5}?(?:Committee|Commission|Panel|Board|Cabinet|Council|Sub-Committee)\s+)?(?:UNANIMOUSLY\s+|Unanimously\s+)?(?:RESOLVED|AGREED|Resolved|Agreed|RECOMMENDED|PENDERFYNWYD|CYTUNWYD|Penderfynwyd|Cytunwyd)(?:\s+(?:unanimously|accordingly|yn\s+unfrydol))?${VOTE}\s*(?:[:–—-]+\s*|\s+(?=that\b|That\b|to\b|To\b|\(|(?<=(?:WYD|wyd)\s+)\S))(.+)$`);
/**
 * "It was resolved to: …", "On being proposed by the Mayor, seconded by Councillor X, it was resolved
 * unanimously to: …", "It was agreed that …", "Cllr A MOVED, Cllr B SECONDED and it was RESOLVED to: …", "It was
 * resolved, proposed and seconded that …": the resolution in lower case, after an optional clause saying how it was
 * moved or voted.
 */
// ("After discussions it was Resolved to terminate …": no article before the discussion, the verb with a capital; "In the
// absence of the Chairman it was proposed and agreed that …", "Following the election of Chairman it was proposed, seconded
// and resolved by vote of the council that …": the occasion first, and the vote named.)
const IT_WAS_RE = new RegExp(String.raw`^(?:(?:Cllrs?|Councillors?)\.?\s+[^.;:]{2,80}?\s+(?:MOVED|moved|PROPOSED|proposed)\b[^.;:]{0,120}?\s+and\s+|(?:On|Upon)\s+(?:being\s+)?(?:proposed|moved|a\s+vote|the\s+vote|being\s+put\s+to\s+the\s+vote)\b[^.;:]{0,200}?,\s+|(?:Having\s+been|Being)\s+(?:proposed|moved|put\s+to\s+the\s+vote)\b[^.;:]{0,200}?,\s+|(?:Following|After)\s+(?:(?:a|the|further|some)\s+)?(?:[\w-]+\s+){0,2}?(?:vote|discussions?|debate)\b[^.;:]{0,80}?,?\s+|(?:Following\s+the\s+(?:election|appointment)\s+of|In\s+the\s+absence\s+of)\s+(?:(?!\b(?:said|reported|explained|advised|informed|stated|that)\b)[^.;:]){2,100}?,?\s+)?(?:[Ii]t|IT)\s+(?:was|WAS)\s+(?:(?:proposed|moved)(?:,?\s+(?:and\s+)?seconded)?,?\s+and\s+|(?:agreed|AGREED)\s+and\s+(?=resolved|RESOLVED))?(?:therefore\s+|then\s+|further\s+|also\s+)?(?:unanimously\s+|UNANIMOUSLY\s+)?(?:resolved|agreed|decided|RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided)(?:\s+(?:unanimously|accordingly|by\s+(?:a\s+)?majority|by\s+(?:a\s+)?(?:vote|show\s+of\s+hands)(?:\s+of\s+(?:the\s+)?(?:[Cc]ouncil|[Cc]ommittee|[Bb]oard|[Mm]embers|[Mm]eeting))?))?(?:,?\s+(?:proposed|moved)(?:,?\s+and)?\s+seconded,?)?${RESOLUTION_TAIL}`);
/**
 * "Councillor A proposed," / "Seconded by Councillor B and resolved," / "“That the minutes … be adopted.”": how the
 * motion was moved ends its line, and the resolution is the paragraph under it.
 */
const MOVED_THEN_RESOLVED_RE = /^(?:[^.;:]{0,120}\b)?(?:[Ss]econded|[Pp]roposed|[Mm]oved)\b[^.;:]{0,120}?\s+and\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed|RESOLVED|AGREED)\s*[,:–—-]?$/;
/** "After discussion, Councillor A proposed, Seconded by Councillor B and resolved, “That the minutes … be adopted.”" */
const SECONDED_QUOTED_RE = /(?:^|,\s+)(?:(?:Councillors?|Cllrs?)\.?\s+[^.;:,]{2,60}?\s+(?:proposed|moved),?\s+)?(?:and\s+)?[Ss]econded\s+by\s+[^.;:]{2,80}?\s+and\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed|RESOLVED|AGREED),?\s*[“"‘]((?:That|that|To|to)\s.+?)[”"’]?$/;
/**
 * Parish minutes: "Proposed by Cllr A, seconded by Cllr B and RESOLVED to accept the quotation."; "SECONDED by Councillor
 * B RESOLVED - That the Minutes … are adopted" (the proposer on the line before).
 */
const PROPOSED_RESOLVED_RE = new RegExp(String.raw`^(?:It\s+was\s+)?(?:Proposed|proposed|PROPOSED|Moved|moved|SECONDED|Seconded)\s+(?:by\s+)?[^.;:]{2,120}?(?:,\s*|\s+and\s+|\s+(?=RESOLVED|AGREED))(?:(?:seconded|SECONDED)\s+(?:by\s+)?[^.;:]{2,80}?(?:,\s*|\s+and\s+|\s+(?=RESOLVED|AGREED)))?(?:it\s+was\s+)?(?:unanimously\s+|UNANIMOUSLY\s+)?(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed)(?:\s+(?:unanimously|by\s+(?:a\s+)?majority))?${RESOLUTION_TAIL}`);
/** "Cllr Coles proposed and Cllr Root seconded, and all councillors voted in favour, that the Minutes … be accepted". */
const MEMBER_PROPOSED_THAT_RE = /^(?:Cllrs?\.?|Councillors?)\s+[^.;:]{2,60}?\s+(?:proposed|moved)\b(?:\s+and\s+(?:Cllr\.?|Councillor)\s+[^.;:]{2,60}?\s+seconded)?(?:,?\s+and\s+(?:all\s+)?(?:councillors|members)\s+(?:voted|were)\s+in\s+favour)?,\s+(that\s+.{10,})$/i;
const NOTE_THE_FOLLOWING_RE = /\bnote[sd]?\s+the\s+following\b[^.;]{0,60}:\s*$/i;
/** The words before an inline list of points that only lead in to them ("that the Committee:", "to:"). */
const LEAD_IN_RE = /^(?:(?:that|to)\s+)?(?:the\s+(?:[\w'’-]+\s+){0,4}?(?:Committee|Commission|Panel|Board|Cabinet|Council|Sub-Committee|Forum|Executive|Authority)\s*)?(?:(?:resolved|agreed|recommends?|would|will)\s*)?(?:to|that)?\s*[:–—-]?$/i;
/** "ACTION: …", "Action point – …": a line, sentence or list entry's label for what is to be done (or who does it). */
// "Action SH", "Action CB, NT, JH", "Action ALL" on a line of their own: the owners after the word, without a colon.
const ACTION_LINE_RE = /^(?:ACTIONS?|Action(?:\s+point)?)(?:\s*[:–—-]\s*|\s+(?=(?:\p{Lu}{2,4}|All)(?:\s*(?:,|&|and)\s*\p{Lu}{2,4})*\.?$))(\S.*)$/u;
const MINUTE_CODE_LEAD_RE = /^\d{1,4}\/\d{2}(?:[-–]\d{1,2})?\s+(?=(?:RESOLVED|AGREED|Resolved|Agreed)\b)/;
const STOP_RE = /^(?:REASONS?\s+FOR\s+(?:THE\s+)?DECISION|Reasons?\s+for\s+(?:the\s+)?decision|\(?The\s+meeting\s+(?:ended|closed|concluded)|Alternative\s+options?|ALTERNATIVE\s+OPTIONS?)/;
/** ModernGov's section labels run into one line of a copied table: "… Additional documents: Minutes: …". */
const INLINE_SECTION_LABELS_RE = /\sAdditional\s+documents:\s*(?:\S.{0,400}?\s)?Minutes:\s/;
const TO_VERB_RE = /^To\s+(?:note|agree|approve|confirm|endorse|recommend|request|accept|receive|delegate|submit|refer|defer|adopt|appoint|elect|ask|thank|support|keep|add|invite|circulate|share|provide|bring|arrange)\b/;
const MOVED_RE = /^It\s+was\s+(?:moved|proposed)\s+by\s+.{2,200}?\s+(?:and\s+seconded\s+by\s+.{2,200}?\s+)?that\s+(.{5,})$/i;
// ("All members were in favour", "Members were all in favour": the vote in a sentence of its own.)
const CARRIED_RE = /\b(?:carried|in favour of the motion|motion was (?:agreed|approved|passed)|was agreed|passed|(?:was|were)\s+(?:duly\s+)?elected|unopposed|unanimous(?:ly)?|all\s+in\s+favour|all\s+(?:members|councillors)\s+(?:present\s+)?(?:were\s+)?in\s+favour|(?:members|councillors)\s+(?:\w+\s+){0,5}?were\s+all\s+in\s+favour)\b/i;
/**
 * "It was moved by Councillor A, seconded by Councillor B and / The minutes … be confirmed …": the "RESOLVED that"
 * between them (bold on the page) lost in copying; the resolution follows "and" with a capital and says "be …ed".
 */
const MOVED_AND_RE = /^It\s+was\s+(?:moved|proposed)\s+by\s+[^.;:]{2,120}?,?\s+(?:and\s+)?seconded\s+by\s+[^.;:]{2,80}?\s+and\s+(\p{Lu}.{4,})$/u;
/**
 * "Chair: Phyl Meyer proposed by C Hampton seconded S Millar", "Secretary Mr G King nominated by Mrs R Young and seconded
 * by …"; under the office's own heading, "Mrs I Plunkett nominated by D Keenan and seconded by Mrs E Stormonth and was
 * duly elected".
 */
const OFFICE_BEARER_RE = /^(?:(?:Vice|Deputy)[-\s]?)?(?:Chair(?:man|person|woman)?|Convener|Secretary|Minute\s+Secretary|Treasurer|President|Vice[-\s]?President)\s*[:–—-]?\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:\p{Lu}\.?\s+){0,2}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:was\s+)?(?:proposed|nominated)\s+by\s+[^.;]{2,60}?,?\s+(?:and\s+)?seconded\b|^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:\p{Lu}\.?\s+){0,2}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:was\s+)?(?:proposed|nominated)\s+by\s+[^.;]{2,60}?,?\s+(?:and\s+)?seconded\s+by\s+[^.;]{2,60}?\s+(?:and\s+)?(?:was\s+)?(?:duly\s+|unanimously\s+)?elected\b/u;
/** "Cllr A proposed and Cllr B seconded the resolution that …": a motion with its proposer and seconder before it. */
const SECONDED_RESOLUTION_RE = /^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[^.;:]{1,60}?\s+proposed\s+and\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[^.;:]{1,60}?\s+seconded\s+(?:the\s+)?(?:resolution|motion|proposal)\s*:?\s*((?:that|That)\s+\S.{4,})$/u;
/** "It was agreed the details should be e-mailed …": an agreement whose clause has no "that", a subject then "should"/"would". */
const AGREED_BARE_CLAUSE_RE = /^(?:(?:Following|After)\s+[^,;:]{2,80},?\s+)?(?:It|it)\s+was\s+(?:unanimously\s+|also\s+|further\s+)?(?:agreed|resolved|decided|AGREED|RESOLVED)\s+(?!(?:that|to|by|unanimously|with|in|at|on|as|and|upon|for|not|from|after|before|following|without|subject)\b)((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Aa]ll|[Ee]ach|[Aa]ny|(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}\S*|\p{Lu}\p{Ll}+)\b[^.;:]{1,150}?\s(?:should|would|will|shall|must|could|is\s+to|are\s+to)\s+\S.{2,})$/u;
/** "The following payments were approved", "Accounts for payment were agreed": the payments authorised. */
const PAYMENTS_APPROVED_RE = /^(?:The\s+following\s+(?:payments|accounts|invoices|cheques|items\s+of\s+expenditure)|(?:All\s+)?(?:Payments|Accounts\s+for\s+payment))\s+(?:were|was)\s+(?:duly\s+|unanimously\s+)?(?:approved|agreed|authorised|authorized)\b/i;
/** Parish minutes: "Cllr A proposed that B be co-opted, Cllr C seconded, unanimous approval." */
// ("Cllr A proposed and Cllr B seconded that £100 be made available …": the seconder after "and" too.)
const PROPOSED_RE = /^(?:Cllr|Councillor)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+proposed(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:Cllr|Councillor)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+seconded,?)?\s+(?:that\s+)?(.{5,300}?)(?:,\s*(?:and\s+)?(?:seconded\s+by\s+)?(?:Cllr|Councillor)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+seconded)?\b.*)?\.?$/;
/** "Action Plan Meeting Minutes held on … were read out and the following points noted", "The minutes of the Sub-Committee were received and noted". */
// ("The minutes of the additional meeting held on 5th November were received.": another meeting's minutes, received.)
const MINUTES_NOTED_RE = /^(?:(?:Following|After|Subject\s+to)\b[^,]{2,80},\s+)?(?:The\s+)?(?:[\w'’-]+\s+){0,5}?minutes?\s+(?:of|held|from)\b.{0,200}?\b(?:were|was)\s+(?:(?:read(?:\s+out)?\s+and\s+(?:the\s+following\s+(?:points?\s+)?)?|(?:received|submitted)\s+and\s+)?noted\b|received\.?$)/i;
/** "The Chair noted that the following were attending the meeting as substitutes …": a record of the substitutions. */
const SUBSTITUTES_NOTED_RE = /^(?:The\s+)?(?:Chair(?:man|person)?|Convener|Mayor)\s+(?:noted|reported|announced|confirmed)\s+that\s+.{0,80}?\bas\s+substitutes?\b/i;
/** "The minutes … were agreed as a true record": also "These were agreed …" under a "Minutes" heading. */
const RECORD_PRONOUN_RE = /^(?:These|They)\s+((?:were|was)\s+(?:duly\s+|then\s+)?(?:agreed|approved|confirmed|accepted|signed|adopted)\s+as\s+an?\s+(?:true|correct|accurate|fair)\s+record\b.*)$/i;
/** "it was agreed by Members for Cllr X to sign …": the action is "Cllr X to sign …". */
// ("It was agreed for Cllr Mrs Jones to purchase flowers …": a member's title, then her style.)
const AGREED_FOR_RE = /\b[Ii]t\s+was\s+(?:agreed|resolved|AGREED|RESOLVED)\s+(?:by\s+[^,;]{2,60}?\s+)?for\s+((?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\.?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|the\s+(?:Clerk|Chair(?:man|person)?|Vice[- ]Chair(?:man)?|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}))\s+to\s+(\S.{3,})$/;
const RECOMMENDED_THAT_RE = /^It\s+was\s+(?:unanimously\s+|therefore\s+|further\s+|also\s+)?(?:recommended|RECOMMENDED)\s+(that\s+\S.{8,})$/;
/** A thing (not the next meeting), then "to be" and what is to be done to it, in the sentence's first words. */
const NOTE_FORM_TO_BE_RE =
  /^(?!(?:The\s+)?(?:next|following|annual|extraordinary)\s+(?:\w+\s+)?meeting\b|(?:It|This|That|There|He|She|They|We|It's)\b)\p{Lu}[\p{L}'’/&-]*(?:\s+[\p{L}'’/&-]+){0,6}?(?:\s*[–—-])?\s+to\s+be\s+(?:sent|deferred|put|added|placed|checked|circulated|investigated|arranged|ordered|purchased|chased|contacted|obtained|raised|referred|forwarded|published|displayed|repaired|replaced|removed|cleared|erected|installed|booked|paid|renewed|carried\s+forward|brought\s+back|included|reviewed|written|emailed|e-mailed|posted|organised|organized|costed|cut|trimmed|cleaned|painted|fixed|inspected|reported)\b/u;
// (Not someone's account: "The Clerk reported that the bench was to be repaired.")
const ACCOUNT_BEFORE_TO_BE_RE = /^(?:(?!\bto\s+be\b).)*?\b(?:was|were|is|are|reported|said|stated|explained|advised|that|would|will|had|has|have|needs?|needed)\s(?:(?!\bto\s+be\b).)*?\bto\s+be\b|^(?:(?!\bto\s+be\b).)*?\b(?:was|were|is|are)\s+to\s+be\b/i;
/** The Chair changing the order of business: "The Chairman said he would move forward on the agenda the items …". */
const ORDER_RE = /^(?:The\s+)?(?:Chair(?:man|person)?|Mayor|Convener|Provost)\s+(?:said|announced|advised|indicated|proposed|agreed)?\s*(?:that\s+)?(?:(?:he|she|they)\s+)?(?:would\s+|to\s+)?(?:move|vary|change|alter|bring)\b.{0,60}?\b(?:forward\s+on\s+the\s+agenda|order\s+of\s+(?:the\s+)?(?:business|agenda|items))/i;
/** Welsh: "Cytunodd gyda swyddogion i ohirio'r adroddiad …" (agreed with officers to defer the report …), "Cytunwyd i …". */
const WELSH_AGREED_RE = /^(?:Cytunodd|Cytunwyd|Penderfynwyd)\b(?:\s+(?:y|yr|gyda|â|ag|gan)\s+[^,.;]{1,60}?)?\s+(i\s+\S.{3,})$/i;
const PROPOSER_SECONDER_RE = /(\b(?:Proposer|Proposed)\s*[:–—-]\s*(?:(?:Cllr|Councillor)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:Seconder|Seconded)\s*[:–—-]\s*(?:(?:Cllr|Councillor)\.?\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+(?=\p{Lu})/gu;
/** "Proposed by Cllr. A and seconded by Cllr. T. Knight [to pay …] – agreed.": a parish minute's record of a vote. */
const SECONDED_AGREED_RE = /^(?:It\s+was\s+)?Proposed\s+by\s+[^;]{2,80}?\s+(?:and\s+)?seconded\s+by\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}\.\s*|\p{Lu}\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(to\s+\p{Ll}.{3,}?))?\s*[–—-]\s*(?:agreed|carried|approved|unanimously(?:\s+agreed)?|all\s+in\s+favour)\.?$/iu;
const LOST_RE = /\b(?:lost|fell|defeated|not carried|was rejected)\b/i;
// "The minutes … were proposed as a correct record by Cllr A and seconded by Cllr B": approved, as moved. ("The minutes
// … to be submitted and signed." is the agenda's wording, not a decision.)
// ("There being no further amendments the minutes were duly confirmed and signed.": no comma after the clause.)
// ("The minutes of the last meeting were, on a motion proposed by Cllr Abel and seconded by Cllr Brown, approved and signed",
// "… had been circulated and were also taken as read and adopted": the motion between the verbs, and "also".)
// ("February's minutes were accepted, proposed by Ellanne and seconded by Mary.": the month's minutes.)
const PROSE_MINUTES_RE = /^(?:(?:Following|After|Subject\s+to)\b[^.]{2,200}?,\s+|There\s+being\s+no\s+(?:further\s+|other\s+)?(?:amendments?|corrections?|changes|alterations)\b[^.,]{0,40}?,?\s+)?(?:The\s+|the\s+|These\s+|Those\s+)?(?:(?:[Bb]oth|[Aa]ll)\s+(?:sets\s+of\s+|the\s+)?)?(?:[A-Za-z]+['’]s\s+)?(?:decisions\s+and\s+)?minutes?(?:\s+(?:and|&)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?minutes)?(?:\s+(?:of|from|for)\s+.{0,300}?)?(?:,\s*as\s+(?:amended|corrected|circulated|presented|printed)\s*,|\s+having\s+been\s+(?:circulated|distributed)(?:\s+(?:previously|in\s+advance))?)?\s+(?:had\s+been\s+(?:circulated|distributed)(?:\s+in\s+advance)?\s+and\s+)?(?:were|was|(?<!\bto\s)be)(?:,?\s+on\s+(?:a\s+)?(?:motion|proposal)\s+(?:proposed\s+|moved\s+)?by\s+[^;]{2,120}?,\s+|\s+)(?:duly\s+|then\s+|unanimously\s+|formally\s+|also\s+)?(?:(?:taken\s+as\s+read|held\s+as\s+read|read|received|submitted|considered|corrected)(?:\s+by\s+the\s+(?:meeting|committee|council|board|members))?(?:\s+and|,)\s+)?(?:agreed|approved|confirmed|accepted|signed|adopted|ratified|taken\s+as\s+(?:an?\s+)?(?:true|correct|accurate|fair)(?:\s+and\s+(?:true|correct|accurate|fair))?\s+record|(?:proposed|moved)\s+as\s+an?\s+(?:true|correct|accurate)\s+record|(?:proposed|moved)(?:\s+as\s+(?:an?\s+)?(?:true|correct|accurate)(?:\s+record)?)?\s+(?:for\s+approval\s+)?by\s+[^.;]{2,80}?,?\s+(?:and\s+)?seconded)\b/i;
// "Minutes approved without further amendment.", "Minutes of the March meeting agreed and signed as a true record.": the
// minutes approved in note form, with no "were"; the sentence is no more than that.
/**
 * The minutes approved in note form or by a vote recorded on them: "Adoption of the minutes proposed by X, seconded by Y
 * and unanimously approved.", "Minutes of previous meeting proposed by X, seconded by Y", "Minutes agreed from previous
 * meeting on 29 January 2025 …", "Cllr R ran through the minutes of the meeting and these were agreed.".
 */
const MINUTES_MOTION_RE = /^(?:(?:Adoption|Approval|Acceptance|Confirmation|Signing)\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?minutes\b(?:[^.;]|(?<=\b(?:Cllrs?|Coun|Mr|Mrs|Ms|Dr))\.){0,120}?\b(?:proposed|moved)\b(?:[^.;]|(?<=\b(?:Cllrs?|Coun|Mr|Mrs|Ms|Dr))\.){0,120}?\bseconded\b|(?:The\s+)?minutes\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting\b[^.;]{0,60}?\b(?:proposed|moved)\s+(?:by\s+)?[^.;]{2,60}?,?\s+(?:and\s+)?seconded\b|Minutes\s+(?:agreed|approved|accepted|adopted|confirmed)\s+(?:from|of)\s+(?:the\s+)?(?:previous|last)\s+meeting\b)|\bminutes\b[^.;]{0,160}?\band\s+(?:these|they)\s+were\s+(?:duly\s+)?(?:agreed|approved|signed|accepted|adopted)\b/i;
/** "Standing Orders were suspended at 7.04pm to allow …", "The Chair suspended Standing Orders …", "Standing Orders reinstated at 7.06pm.": the meeting's procedure. */
const STANDING_ORDERS_RE = /^(?:(?:The\s+)?(?:Chair(?:man|person)?|Mayor|Council|Committee|meeting|Members)\s+(?:then\s+)?(?:suspended|reinstated|re-instated)\s+(?:the\s+)?Standing\s+Orders?|(?:The\s+)?Standing\s+Orders?\s+(?:(?:were|was)\s+)?(?:duly\s+)?(?:suspended|reinstated|re-instated|resumed))\b/i;
/** "Apologies accepted.", "Apologies noted and accepted.": apologies accepted in note form. */
const APOLOGIES_NOTE_RE = /^Apologies\s+(?:were\s+)?(?:noted\s+and\s+|received\s+and\s+)?accepted\.?$/i;
const NOTE_FORM_MINUTES_RE = /^(?:The\s+)?minutes(?:\s+(?:of|from)\s+[^.;]{3,120}?)?\s+(?:duly\s+)?(?:approved|agreed|accepted|adopted|confirmed)(?:\s+(?:and|&)\s+(?:signed|adopted|approved))?(?:\s+as\s+(?:an?\s+)?(?:true|correct|accurate)(?:\s+and\s+accurate)?\s+record)?(?:\s+without\s+(?:any\s+)?(?:further\s+)?(?:amendments?|changes?|alterations?|corrections?)|\s+subject\s+to\s+[^.;]{3,120}|\s+as\s+(?:read|circulated|presented))?\.?$/i;
// "The report was noted.", "Progress on delivery of agreed actions was noted." (not "It was noted.").
/** "The Chair signed the minutes of the previous meeting … as a true record.": the minutes confirmed, in prose. */
// "The Chair was authorised to sign the minutes of the meetings held on 22nd and 24th January as correct records.": the same.
// ("Cabinet authorised the Leader to sign, as a correct record, the Minutes of the meeting held on 26 July 2018": the body
// authorising its chair.)
const SIGNED_MINUTES_RE = /^(?:(?:The\s+)?(?:Cabinet|Council|Committee|Board|Panel|Sub-Committee|Members)\s+authori[sz]ed\s+the\s+(?:Chair(?:man|person|woman)?|Leader|Mayor|Convener|Provost)\s+to\s+sign\b.{0,60}?\bminutes?\b|(?:The\s+)?(?:Chair(?:man|person|woman)?|Mayor|Convener|Provost|Presiding\s+Member)\s+(?:(?:then\s+|duly\s+)?signed\s+the\s+minutes?\b.{0,240}?\b(?:true|correct|accurate)\s+records?\b|was\s+(?:authorised|authorized)\s+to\s+sign\s+the\s+minutes?\b))/i;
const PROSE_NOTED_RE = /^(?!(?:It|This|That|He|She|They|There)\b)(?:The\s+)?(?!meeting\b)[A-Z][\w'’ &,()-]{2,80}?\s+(?:was|were)\s+(?:duly\s+|formally\s+)?(?:noted|NOTED|noted\s+and\s+received|received\s+and\s+noted)(?:\s+by\s+the\s+(?:meeting|committee|council|board|members))?\.?$/;
/** "The new prices were unanimously agreed.": a proposal agreed, in one short sentence. */
// "… were approved without further comment.", "It was adopted without amendment." (the report of the heading before it).
// "Standing Orders were approved without change.", "2017/2018 Annual Report (attached) was approved by the Council.",
// "Dispensation for Cllr K Williams was agreed due to on-going health issues.": a thing named without "The" as well.
const PROSE_AGREED_RE = /^(?:The\s+(?!meeting\b|minutes?\b)[\w'’ &,()-]{2,80}?|It|(?!(?:It|This|That|These|Those|He|She|They|There|We|I|Councillors?|Cllrs?|Members?|Mr|Mrs|Ms|Miss|Dr|Minutes?|Apologies|Nothing|No|None|All|Some|Any|Everything|Each|What|Which|Who|If|When|As|Once|Although|Since|While|On|Upon|After|Following|Having|Being|Put)\b)[A-Z0-9][\w'’ &,()/-]{2,80}?)\s+(?:was|were)\s+(?:duly\s+|formally\s+|unanimously\s+)?(?:(?:reviewed|considered|updated|amended)\s+and\s+)?(?:agreed|approved|adopted|accepted|ratified|endorsed)(?:\s+unanimously|\s+as\s+an?\s+(?:true|correct|accurate|fair)\s+reflection\b[^.;:]{0,80}|\s+by\s+(?:the\s+)?(?:full\s+)?(?:Council|Committee|Board|Panel|Cabinet|members|councillors|all(?:\s+(?:members|councillors|present))?)|\s+without\s+(?:any\s+)?(?:further\s+)?(?:comment|amendment|change|alteration|discussion|dissent|objection)s?|\s+as\s+(?:presented|circulated|submitted)|\s+(?:due\s+to|subject\s+to|until)\s+[^.;:]{3,120})?\.?$/i;
/** The body that decides, at a sentence's start: "The Committee", "Members", "The Planning Sub-Committee". */
const BODY_SUBJECT = String.raw`^(?:The\s+|This\s+)?(?:[A-Za-z&'’-]+\s+){0,5}?(?:Committee|Commission|Panel|Board|Cabinet|Council|Sub-Committee|Forum|Members|[Cc]ouncillors|meeting)\s+`;
// ("Members reviewed and approved the minute of the meeting on 21 August": what the body did before it decided.)
const BODY_VERB_RE = new RegExp(String.raw`${BODY_SUBJECT}(?:also\s+|further\s+|unanimously\s+|then\s+|therefore\s+)?(?:(?:reviewed|considered|discussed|read)\s+and\s+)?(agreed|resolved|decided|confirmed|recommended|recommends|endorsed|approved|noted|requested|received|supported|accepted|elected|appointed|co-opted|chose)\b(.*)$`, 'i');
/** "The Council considered the quotes and agreed to appoint …": the body weighs the matter, then resolves on it. */
const BODY_WEIGHED_THEN_RE = new RegExp(String.raw`${BODY_SUBJECT}(?:then\s+|also\s+)?(?:discussed|considered|reviewed|debated|examined|reconsidered|heard)\b[^.;:]{2,200}?\s+and\s+(?:unanimously\s+)?(?:resolved|agreed|decided)\s+((?:not\s+)?(?:to|that)\s+\S.{3,})$`, 'i');
/** The words BODY_VERB_RE needs, in a lower-cased sentence. */
const BODY_VERB_HINT_RE = /agreed|resolved|decided|confirmed|recommend|endorsed|approved|noted|requested|received|supported|accepted|elected|appointed|co-opted|chose/;
// ("Craig has undertaken to provide audited accounts": the perfect tense is the same undertaking.)
const UNDERTOOK_RE = /^(.{3,150}?)\s+(?:undert(?:ook|akes)|ha(?:s|ve)\s+undertaken)\s+to\s+(.{3,})$/;

type Style = 'num' | 'alpha' | 'roman';
interface Point {
  label: string | null;
  style: Style | null;
  text: string;
}

function labelOf(text: string, current: Style | null = null): { label: string; style: Style; rest: string } | null {
  const m = LABEL_RE.exec(text);
  if (!m) return null;
  const label = (m[1] ?? m[2] ?? '').trim();
  if (!label) return null;
  // "(i)" opens a roman list unless it continues a lettered one (… (h), (i)).
  const roman = /^[ivxlc]{2,}$/i.test(label) || (/^[ivx]$/i.test(label) && (current === 'roman' || (current === null && /^i$/i.test(label))));
  const style: Style = /^\d+$/.test(label) ? 'num' : roman ? 'roman' : 'alpha';
  return { label, style, rest: text.slice(m[0].length).trim() };
}

/** Words in title case and nothing else, with no verb or full stop: "Payment of Cheques", "Budget Monitoring, Accounts & Budgets". */
const SUBHEADING_ONLY_RE = /^(?=.*\p{Ll})(?!(?:That|To|Agreed|Approved|Resolved|Noted|Accepted|Carried|Deferred|Rejected)\b)\p{Lu}[\p{L}'’-]*,?(?:\s+(?:\p{Lu}[\p{L}'’-]*,?|&|and|of|for|the|to|in|on))*$/u;
const VOTE_THEN_RESOLVED_RE = /^It\s+was\s+(?:proposed|moved)\s+by\s+[^;]{2,80}?,?\s+(?:and\s+)?seconded\s+by\s+[^;]{2,80}?,?\s+(?:and\s+)?(?:unanimously\s+)?(?:RESOLVED|resolved|AGREED|agreed)\s*[:,]?\s+(?=that\b|to\b)/i;

/**
 * The vote that carried a decision, which is how and not what was decided (the passage keeps it): after a dash ("… were
 * adopted – Proposed, Grace Weir and Seconded, Craig Crawford", "… signed – proposed J.Waterson seconded P.French"), or
 * before "RESOLVED" ("It was proposed by Cllr. Dorman, seconded by Cllr. Dyer and RESOLVED that the Minutes …").
 */
export function withoutVote(text: string): string {
  // ("It was proposed by Cllr A and seconded by Cllr B that the minutes be signed as a true record": what was moved.)
  // ("… that the minutes be accepted as a true record and all agreed.": the assent after the motion is the vote too.)
  return text
    .replace(/(?<=\S{3})\s+[–—-]\s*(?:proposed|moved)\b,?\s+(?:by\s+)?[^;]{2,120}?\bseconded\b[^;]{2,80}$/i, '')
    .replace(VOTE_THEN_RESOLVED_RE, '')
    .replace(MOVED_THAT_LEAD_RE, '')
    .replace(/^(That\s.{10,}?)(?:,?\s+and\s+all\s+(?:members\s+|councillors\s+)?(?:agreed|were\s+in\s+favour)|,\s*all\s+in\s+favour)\.?$/i, '$1');
}

// ("It was proposed by Mr. Dudley and seconded by Mr. Moran that …": a title's full stop is not a sentence's end.)
// ("It was resolved on a motion by Mr P.H.C Davies, seconded by Mr G Jug, that the minutes …": the same, worded another way.)
const NAMED_BY = String.raw`(?:[^.;]|(?<=\b(?:Mr|Mrs|Ms|Dr|Cllr|Coun|Prof|Rev|St|\p{Lu}))\.)`;
const PROPOSED_SECONDED_THAT_RE = new RegExp(String.raw`^(?:(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+${NAMED_BY}{1,40}?\s+proposed\s*,?\s+)?and\s+|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+${NAMED_BY}{1,40}?\s+proposed\s*,?\s+(?:and\s+)?)(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+${NAMED_BY}{1,40}?\s+seconded\s+(?=that\s+\S)`, 'iu');
const MOVED_THAT_LEAD_RE = new RegExp(String.raw`^It\s+was\s+(?:(?:proposed|moved)\s+by|(?:resolved|agreed)\s+on\s+(?:a\s+)?(?:motion|proposal)\s+(?:by|from))\s+${NAMED_BY}{2,120}?,?\s+(?:and\s+)?seconded\s+by\s+${NAMED_BY}{2,80}?,?\s+(?=that\s+\S)`, 'iu');

function finishText(t: string): string {
  // "To accept Cllr A's apologies. Proposed by Cllr B, seconded by Cllr C and approved unanimously.": the vote that
  // carried it is how, not what, was decided (the passage keeps it).
  let s = withoutVote(t.replace(/\s+/g, ' ').trim().replace(/(?<=\S{3})\.\s+(?:Proposed|Seconded|Moved)\s+by\s+[^.]{2,160}?(?:\.|$)\s*$/, ''));
  // ("… to hear the public. (Unanimous)": how it was carried, said after it.)
  s = s.replace(/(?<=\S)\s*\((?:unanimous(?:ly)?|carried(?:\s+unanimously)?|nem\.?\s*con\.?)\)\.?$/i, '');
  // ("… to co-opt Ann Bell as a community councillor. (TB nominated, SH seconded)": who moved it, in brackets after it.)
  s = s.replace(/(?<=\S)\s*\((?=[^()]*\b(?:nominated|proposed|seconded|moved)\b)[^()]{2,80}\)\.?$/i, '');
  s = s.replace(/(?:[;,]\s*|\s+|^)(?:and|or)$/i, '').replace(/[;,]$/, '').trim();
  // "Cllr. Stacey proposed and Cllr. Ellis seconded that the minutes be agreed": who moved it is how, not what.
  s = s.replace(PROPOSED_SECONDED_THAT_RE, '');
  // "… to be obtained) d." / "… to Rights of Way. iii) Flood Warden.": the next lettered or numbered point's label (and
  // its heading), run on after the task.
  // (Never "a": the first point's letter never follows, and "… will install a" is a sentence the copy cut short.)
  s = s.replace(/(?<=\S{3})(?:\)?\s+[b-h]\.?|\.\s+(?:[ivx]{1,4}|[a-h])\)\s+\p{Lu}[\p{L} ’'-]{2,40}\.?)$/u, '').trim();
  if (/^that\s/.test(s)) s = `T${s.slice(1)}`;
  if (/^to\s/.test(s)) s = `T${s.slice(1)}`;
  return s;
}

/** Collects decision points starting at blocks[start]; returns points and the index after the last used block. */
function collectPoints(blocks: readonly Block[], start: number, first: string | null): { points: Point[]; next: number } {
  const points: Point[] = [];
  let firstStyle: Style | null = null;
  /** Sub-points of an unlabelled "…as follows:" point, appended to it rather than listed. */
  let absorbStyle: Style | null = null;
  const add = (text: string, bulletOrNested: boolean) => {
    const last = points[points.length - 1];
    if (last && bulletOrNested) last.text = `${last.text} ${text}`;
  };
  /** Points printed inside one paragraph ("A Note … B Confirm …"): each becomes a point. */
  const pushInline = (raw: string): boolean => {
    const sp = splitInlinePoints(raw);
    if (!sp || !LEAD_IN_RE.test(sp.lead)) return false;
    for (const p of sp.points) {
      const lab = labelOf(`(${p.label}) x`, firstStyle);
      const style = lab ? lab.style : 'alpha';
      firstStyle = firstStyle ?? style;
      points.push({ label: p.label, style, text: p.text });
    }
    return true;
  };
  const startPoint = (raw: string) => {
    if (pushInline(raw)) return;
    const lab = labelOf(raw, firstStyle);
    if (lab) {
      firstStyle = firstStyle ?? lab.style;
      points.push({ label: lab.label, style: lab.style, text: lab.rest });
    } else points.push({ label: null, style: null, text: raw });
  };
  if (first) startPoint(first);
  let j = start;
  for (; j < blocks.length; j++) {
    const b = blocks[j];
    if (!b) break;
    const t = b.text;
    if (SECTION_RE.test(t) || STOP_RE.test(t) || HEAD_ONLY_RE.test(t) || HEAD_INLINE_RE.test(t) || IT_WAS_RE.test(t) || ACTION_LINE_RE.test(t)) break;
    const lab: ReturnType<typeof labelOf> = b.bullet ? null : labelOf(t, firstStyle);
    const last = points[points.length - 1];
    if (lab) {
      if (last && absorbStyle !== null && lab.style === absorbStyle) {
        add(`(${lab.label}) ${lab.rest}`, true);
        continue;
      }
      if (!last && pushInline(t)) continue;
      // "RESOLVED that the report be noted." then "(c) County Council Member Report": a finished resolution, then the
      // item's next lettered sub-heading; a list of points starts at its first letter or number.
      if (last && last.style === null && points.length === 1 && !/[:–—-]$/.test(last.text.trim()) && /[.!]$/.test(last.text.trim()) && !/^(?:a|i|1|A|I)$/.test(lab.label)) break;
      // ("… be APPROVED as a true record." then "1. Apologies–Councillor D. Sergeant", "1. Declarations of Interest - None":
      // the next items' headings, their numbers lost to one "1.", not points of the resolution.)
      if (isStandardHeadingLine(lab.rest)) break;
      if (!last || firstStyle === null || lab.style === firstStyle) {
        if (!last || firstStyle === null) firstStyle = lab.style;
        if (last && last.style === null && firstStyle !== null && points.length > 0 && last.text.endsWith(':')) {
          add(`(${lab.label}) ${lab.rest}`, true);
          absorbStyle = lab.style;
          firstStyle = null;
          continue;
        }
        points.push({ label: lab.label, style: lab.style, text: lab.rest });
      } else add(`(${lab.label}) ${lab.rest}`, true);
      continue;
    }
    if (b.bullet) {
      // "RESOLVED: AE will liaise with …." then "**PCSO Ellis left the meeting": a finished resolution, then the minutes.
      if (last && last.style === null && points.length === 1 && /[.!]$/.test(last.text.trim())) break;
      if (last && (last.text.endsWith(':') || last.style !== null)) add(`• ${t}`, true);
      else if (!last || last.style === null) points.push({ label: null, style: null, text: t });
      continue;
    }
    if (!last) {
      points.push({ label: null, style: null, text: t });
      continue;
    }
    if (/[:]$/.test(last.text) || /^[a-z]/.test(t)) {
      add(t, true);
      continue;
    }
    if (firstStyle === null && (/^That\s/.test(t) || TO_VERB_RE.test(t))) {
      // "To receive any apologies." over "Apologies were received from …": the next item's agenda wording.
      const after = blocks[j + 1];
      // "RESOLVED That the Minutes … were approved." then "To receive announcements from the Chair …" over "The Chair paid
      // tribute to …, who had …": after a finished resolution, the next item's wording over its minute.
      const nextItemWording = TO_VERB_RE.test(t) && t.length <= 200 && /[.]$/.test(last.text.trim()) && !!after && !after.bullet && !TO_VERB_RE.test(after.text) && !/^That\s/.test(after.text) && /\b(?:was|were|had|has)\b/.test(after.text.slice(0, 300));
      const wording = nextItemWording || (TO_VERB_RE.test(t) && t.length <= 200 && !!after && !after.bullet && (HEAD_ONLY_RE.test(after.text) || HEAD_INLINE_RE.test(after.text) || /^(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:was|were|had\s+been|has\s+been)\b/u.test(after.text)));
      if (wording) break;
      points.push({ label: null, style: null, text: t });
      continue;
    }
    break;
  }
  return { points: points.filter((p) => p.text.trim().length > 0), next: j };
}

/** A decision as printed: its kind read from the wording, an action's owner and due date from the text. */
function makeDecision(item: string | null, label: string | null, raw: string, source: string = raw): Decision {
  return decisionOf(item, label, raw, source, null, null);
}

/** A sentence as decided, its kind and owner those of its resolving clause ("… and resolved to add a clause", not "reviewed the policy"). */
function decidedByClause(item: string | null, text: string, source: string, clause: string): Decision {
  const kind = classifyDecision(clause);
  return decisionOf(item, null, text, source, kind, kind === 'action' ? ownerOf(clause) : null);
}

/** A decision whose kind the minutes' layout decides; only an action keeps an owner and due date. */
function decisionOf(item: string | null, label: string | null, raw: string, source: string, given: Decision['kind'] | null, owner: string | null): Decision {
  // ModernGov prints a resolution twice (the "Decision:" panel and the "Minutes:"): it is read once, and copied.
  const key = raw.length + source.length > 4000 ? null : [item, label, raw, source, given, owner].join('\u0000');
  const known = key === null ? undefined : DECISION_CACHE.get(key);
  if (known) return { ...known };
  const d = readDecision(item, label, raw, source, given, owner);
  if (key !== null) {
    if (DECISION_CACHE.size >= 2000) DECISION_CACHE.clear();
    DECISION_CACHE.set(key, { ...d });
  }
  return d;
}

const DECISION_CACHE = new Map<string, Decision>();

/**
 * "… be published in the parish magazine JR": an action column's initials run onto the end of the task when the page
 * was copied; they name who is to do it. Not an acronym the sentence needs ("… write to the NHS", "… with BT").
 */
const TRAILING_INITIALS_RE = /^(.{12,}?\p{Ll})[.,]?\s+(\p{Lu}{2,3}(?:\s*\/\s*\p{Lu}{2,3}){0,2})$/u;
const BEFORE_ACRONYM_RE = /\b(?:the|to|with|by|of|for|from|and|at|on|in|via|per|a|an|our|their)$/i;

function readDecision(item: string | null, label: string | null, raw: string, source: string, given: Decision['kind'] | null, owner: string | null): Decision {
  const finished = statusOf(finishText(raw));
  const initials = owner === null ? TRAILING_INITIALS_RE.exec(finished.text) : null;
  const tailOwner = initials?.[1] && initials[2] && !BEFORE_ACRONYM_RE.test(initials[1]) && (given ?? classifyDecision(initials[1])) === 'action' ? initials : null;
  const text = tailOwner?.[1] ?? finished.text;
  const status = finished.status;
  owner = tailOwner?.[2]?.replace(/\s+/g, '') ?? owner;
  const kind = given ?? classifyDecision(text);
  const action = kind === 'action';
  const d: Decision = { item, label, text, kind, owner: action ? owner ?? ownerOf(text) : null, due: action || given === null ? dueOf(text, kind) : null, passage: passageOf(source) };
  if (status) d.status = status;
  return d;
}

/** A decision the minutes' layout marks as an action, with the owner they name (else the one its text names). */
function action(item: string | null, raw: string, owner: string | null, source: string): Decision {
  return decisionOf(item, null, withoutAsideTail(raw), source, 'action', owner);
}

// ("Cllr Abel agreed to prepare a plan, reminding the Council that the repairs were overdue.": what the member said as
// they took the task on is an aside, not the task.)
const ASIDE_TAIL_RE = /(?<=\S{3}),\s+(?:reminding|noting|adding|explaining|pointing\s+out|stating|commenting|observing)\s+(?:(?:the\s+)?(?:Council|Committee|Board|members|councillors|meeting|everyone|all)\s+)?that\b.*$/is;
function withoutAsideTail(raw: string): string {
  const cut = raw.replace(ASIDE_TAIL_RE, '');
  return cut === raw ? raw : `${cut.replace(/[,;\s]+$/, '')}.`;
}

/** A decision of a kind fixed by where it stands (a noting, a procedural record, a recommendation): no owner, no due date. */
function ofKind(d: Decision, kind: Decision['kind']): Decision {
  d.kind = kind;
  d.owner = null;
  d.due = null;
  return d;
}

/** "ACTION: NB to chase BT", "ACTION: JL & PB to …", "ACTION: Clerk to write …": who the label's task names, or null. */
// ("ACTION - AJ will create new committee email account": "will" after the label gives the task as surely as "to".)
const INITIALS_OWNER_RE = /^(\p{Lu}{2,4}(?:\s*(?:,|&|\/|and)\s*\p{Lu}{2,4})*)\s+(?:to|will)\s+\p{Ll}/u;
function labelOwner(labelText: string): string | null {
  const t = labelText.trim();
  return INITIALS_OWNER_RE.exec(t)?.[1] ?? proseActionOwner(t);
}

/**
 * "… The Clerk will report it to Highways. ACTION: Clerk", "ACTION: To write to the school": an action label after a
 * line or sentence. One naming only who acts gives the decision read just before it that owner (or makes the sentence
 * before it an action); one saying what is to be done is an action itself.
 */
function applyActionLabel(out: Decision[], item: string | null, labelText: string, labelSource: string, before: string, beforeWasRead: (last: Decision) => boolean): void {
  if (NO_ACTION_RE.test(labelText.trim())) return;
  const owner = ownerOnly(labelText);
  if (!owner) {
    out.push(action(item, labelText, labelOwner(labelText), labelSource));
    return;
  }
  const last = out[out.length - 1];
  if (last && beforeWasRead(last)) {
    last.kind = 'action';
    last.owner = owner;
    last.due = last.due ?? dueOf(last.text, 'action');
  } else if (before) out.push(action(item, before, owner, `${before} ${labelSource}`));
}

/** One row of an action log table: the owner and due date come from their own columns. */
function tableAction(item: string | null, row: ActionRow): Decision {
  const text = finishText(row.text);
  const dueCell = row.due ? findDate(row.due)?.iso ?? row.due.replace(/^by\s+(?:the\s+)?/i, '') : null;
  const owner = row.owner ? ownerOnly(row.owner) ?? row.owner : null;
  const status = row.status
    ? /\b(?:complete[d]?|done|closed|actioned|discharged)\b/i.test(row.status)
      ? 'done'
      : /\b(?:on-?going|in\s+progress|in\s+hand|under\s?way|started)\b/i.test(row.status)
        ? 'in-progress'
        : null
    : null;
  const d: Decision = { item, label: row.label, text, kind: 'action', owner, due: dueCell ?? dueOf(text, 'action'), passage: passageOf(row.text) };
  if (status) d.status = status;
  return d;
}

/** The passage a list of points was read from: its blocks, as printed (trimmed once, not per point). */
const sourceOf = (blocks: readonly Block[], from: number, to: number): string => {
  let out = '';
  for (let k = from; k < Math.max(to, from + 1) && out.length < 2000; k++) out += `${out ? ' ' : ''}${blocks[k]?.text ?? ''}`;
  return passageOf(out);
};

function startsHeaderlessList(t: string): boolean {
  const lab = labelOf(t);
  const body = lab ? lab.rest : t;
  return /^That\s+\S+(?:\s+\S+){2,}/.test(body) || (TO_VERB_RE.test(body) && body.split(/\s+/).length <= 80);
}

/** Decisions in one item's minutes: AGREED/RESOLVED lists, ACTION lines, headerless "That …" lists, and prose. */
export function findDecisions(blocks: readonly Block[], item: string | null): Decision[] {
  return dedupe(decisionsIn(blocks, item));
}

/** A decision's label after a sentence's full stop, its space lost or not: "Poppies.Resolved: to order …". */
const INNER_DECISION_LABEL_RE = /(?<=\p{Ll}{2}[.!?])\s*(?=(?:Resolved|RESOLVED|Agreed|AGREED|Decided|DECIDED)\s*:\s+\S)/u;

/**
 * "7. Remembrance Day Poppies.Resolved: to order 10 poppies …", "Noted: that a complaint had been received … Resolved:
 * Michael Griffiths to investigate.": a decision labelled mid-paragraph is read as a paragraph of its own, as it would be
 * on a line of its own.
 */
function atInnerDecisionLabels(b: Block): Block[] {
  if (b.text.length > 6000 || !INNER_DECISION_LABEL_RE.test(b.text)) return [b];
  const [first, ...rest] = b.text.split(INNER_DECISION_LABEL_RE);
  return [{ ...b, text: first ?? '' }, ...rest.map((text) => ({ ...b, text, bullet: false }))].filter((x) => x.text.trim());
}

/**
 * "(ii) While the Panel supported the campaign, it was agreed to write to the Minister …": a resolution after a
 * list label or a clause that sets the scene (while, although, following, having, given, in view of).
 */
const CLAUSE_THEN_AGREED_RE =
  /^(?:\(([ivx]{1,4}|[a-h]|\d{1,2})\)\s+)?((?:While|Whilst|Although|Though|Following|After|Having|Given|In\s+view\s+of)\b[^.;:]{3,300}?,?\s+|(?:On|Upon|With|As)\s+(?:the|this|that|a)\b[^.;:]{3,200}?,\s+)?it\s+was\s+(?:therefore\s+|also\s+|further\s+)?(?:unanimously\s+)?(?:agreed|resolved|AGREED|RESOLVED)\s+((?:that|to)\s+.{5,})$/;

/** "…, and after some discussion it was AGREED that …": a formal resolution (its word in capitals) mid-sentence. */
// ("Recruitment was discussed and RESOLVED that Cllr Dale and Clerk should prepare a poster …": the same after "and".)
const MID_SENTENCE_RESOLUTION_RE = /(?:\bit\s+was\s+|\sand\s+)(?:unanimously\s+|UNANIMOUSLY\s+)?(?:AGREED|RESOLVED)\s+((?:that|to)\s+.{5,})$/;

/** A second resolution run into the line before it (lines typed without full stops, joined in copying). */
const RUN_ON_RESOLUTION_RE =
  /(?<=[\p{Ll})]|[^\d.]\d{1,4})\s+(?=It\s+was\s+(?:(?:proposed|moved)(?:,?\s+(?:and\s+)?seconded)?,?\s+and\s+|therefore\s+|further\s+|also\s+)?(?:unanimously\s+|UNANIMOUSLY\s+)?(?:resolved|agreed|RESOLVED|AGREED)\b)/u;

/**
 * "It was agreed that Cllr A be Chair It was agreed that Cllr B be Vice-Chair": parish minutes typed a resolution a
 * line without full stops, joined into one paragraph. Each "It was … agreed/resolved" starts a block of its own.
 */
/** "… circulated with agenda. RESOLVED That all Councillors …": a resolution in capitals after a sentence of the minute. */
// ("… for the ensuing year. RESOLVED 7.2 That Mr A be re-appointed …": the resolution's first paragraph number after it.)
// ("… shared with councillors. Agreed to purchase election leaflets.", "Payments for authorisation: Resolved to pay: …": the
// same in title case, "to" or "that" after it, after a sentence or a lead-in's colon.)
const CAPS_RESOLUTION_AFTER_RE = /(?<=[.!?])\s+(?=(?:RESOLVED|AGREED)\b(?:\s*[:–—-]|\s+(?:that|That|to|To)\b|\s+\d{1,3}\.\d{1,2}\s+(?:That|To)\b))|(?<=\p{Ll}{2}[.!?:])\s+(?=(?:Agreed|Resolved)\s+(?:that|to)\s+\p{Ll})/u;

function splitRunOnResolutions(blocks: readonly Block[]): readonly Block[] {
  let out: Block[] | null = null;
  blocks.forEach((b, k) => {
    const long = b.text.length > 3000;
    const itWas = !long && b.text.indexOf('t was ', 3) >= 0 && b.text.slice(1).search(RUN_ON_RESOLUTION_RE) >= 0;
    const caps = !long && !b.bullet && /(?:RESOLVED|AGREED|Agreed\s+t|Resolved\s+t)/.test(b.text.slice(1)) && CAPS_RESOLUTION_AFTER_RE.test(b.text);
    if (!itWas && !caps) {
      out?.push(b);
      return;
    }
    out = out ?? blocks.slice(0, k);
    const parts = b.text.split(new RegExp(itWas ? RUN_ON_RESOLUTION_RE.source : CAPS_RESOLUTION_AFTER_RE.source, 'gu'));
    for (const text of parts) if (text.trim()) out.push({ ...b, text: text.trim() });
  });
  return out ?? blocks;
}

/**
 * "The following accounts were approved for payment:" / "b) The Parish Council agreed the following grants:" over a line for
 * each ("A Jones – Clerk's expenses – £37.50"): one decision, its list joined with semicolons, the letter its label.
 */
const PAYMENTS_LEAD_RE = /^(?:\(?([a-h])[.)]\s+)?(\p{Lu}[^.;:]{0,80}?\b(?:approved|agreed|authori[sz]ed|resolved\s+to\s+(?:pay|approve|make))\b[^.;:]{0,60}?\bthe\s+following\s+(?:[\w'’-]+\s+){0,2}?(?:accounts|payments|invoices|cheques|grants|donations|bills)\b[^.;:]{0,40}|(?:\p{Lu}[^.;:]{0,20}?\s)?[Tt]he\s+following\s+(?:[\w'’-]+\s+){0,2}?(?:accounts|payments|invoices|cheques|grants|donations|bills)\s+(?:were|was)\s+(?:duly\s+)?(?:approved|agreed|authori[sz]ed|paid)\b[^.;:]{0,40}):\s*$/u;
const PAYMENT_LINE_RE = /^(?!\(?[a-h][.)]\s)[^:]{3,200}?(?:£\s?\d[\d,]*(?:\.\d{2})?\b[^:]{0,80}|\s[–—-]\s[^:]{1,40})$/;
/** A block's source lines ("… – £1,200" and "Church – Grant …" joined in copying), each a line of the list. */
function sourceLines(b: Block): string[] {
  const starts = [0, ...lineStartsOf(b), b.text.length];
  return starts.slice(1).map((end, k) => b.text.slice(starts[k], end).trim()).filter(Boolean);
}
function paymentsList(blocks: readonly Block[], i: number): { label: string | null; text: string; next: number } | null {
  const lead = PAYMENTS_LEAD_RE.exec(blocks[i]?.text.trim() ?? '');
  if (!lead?.[2]) return null;
  const lines: string[] = [];
  let next = i + 1;
  for (; next < blocks.length && lines.length < 30; next++) {
    const b = blocks[next];
    const own = b && !b.bullet ? sourceLines(b) : [];
    if (own.length === 0 || !own.every((x) => PAYMENT_LINE_RE.test(x)) || !PAYMENT_LINE_RE.test(own[0] ?? '') || !/£\s?\d/.test(b?.text ?? '')) break;
    lines.push(...own.map((x) => x.replace(/[.;,]$/, '')));
  }
  return lines.length > 0 ? { label: lead[1] ?? null, text: `${lead[2].trim()}: ${lines.join('; ')}`, next } : null;
}

/**
 * "RESOLVED" over (or followed by) "7.2 That Mr A be re-appointed … 7.3 That Dr B be re-appointed …": each paragraph of
 * the resolution numbered as the minute's own paragraphs are, the number its label. Null when the block opens no such list.
 */
const DECIMAL_HEAD_RE = /^(?:RESOLVED|AGREED)\s*[:–—-]?(?:\s+(?=\d)|$)/;
const DECIMAL_POINT_RE = /^(\d{1,3})\.(\d{1,2})\s+((?:That|To)\s.{5,})$/s;
const DECIMAL_SPLIT_RE = /\s+(?=\d{1,3}\.\d{1,2}\s+(?:That|To)\s)/;
function decimalResolutions(blocks: readonly Block[], i: number): { points: { label: string; text: string }[]; next: number } | null {
  const head = DECIMAL_HEAD_RE.exec(blocks[i]?.text.trim() ?? '');
  if (!head) return null;
  const rest = (blocks[i]?.text.trim() ?? '').slice(head[0].length).trim();
  const texts: string[] = rest ? [rest] : [];
  let next = i + 1;
  if (!rest) {
    while (next < blocks.length && !blocks[next]?.bullet && DECIMAL_POINT_RE.test(blocks[next]?.text.trim() ?? '')) texts.push(blocks[next++]?.text.trim() ?? '');
  }
  const points: { label: string; text: string }[] = [];
  let major: string | null = null;
  for (const part of texts.flatMap((x) => x.split(DECIMAL_SPLIT_RE))) {
    const m = DECIMAL_POINT_RE.exec(part.trim());
    if (!m?.[1] || !m[3] || (major !== null && m[1] !== major)) break;
    major = m[1];
    points.push({ label: `${m[1]}.${m[2]}`, text: m[3].trim() });
  }
  return points.length > 0 ? { points, next: Math.max(next, i + 1) } : null;
}

/** "It was moved by A, seconded by B and" closing its block: the resolution printed in the next block belongs to it. */
const MOVED_AND_OPEN_RE = /^It\s+was\s+(?:moved|proposed)\s+by\s+.{2,200}\s+and$/;

function joinMovedAnd(blocks: readonly Block[]): readonly Block[] {
  if (!blocks.some((b) => MOVED_AND_OPEN_RE.test(b.text))) return blocks;
  const out: Block[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    const next = blocks[k + 1];
    if (!b.bullet && next && !next.bullet && MOVED_AND_OPEN_RE.test(b.text) && /^\p{Lu}/u.test(next.text)) {
      out.push({ ...b, text: `${b.text} ${next.text}` });
      k++;
    } else out.push(b);
  }
  return out;
}

const APPOINTMENTS_LEAD_RE = /\b(?:made|agreed|approved|confirmed)\s+the\s+(?:undernoted|under-noted|following)\s+(?:appointments?|nominations?)\s*[:–—-]*$/i;
const BODY_AT_END_RE = /(?:,|\band)\s+(?:the\s+)?(?:Council|Committee|Cabinet|Board|Panel|Sub-Committee|Commission)\s*:?$/;
const LETTERED_POINT_RE = /^(?:\(([a-h])\)|([a-h])[.)])\s+(\S.{3,})$/;

/** Lettered points, each a resolution ("the X be adopted", "the Y be authorised to …"), from `from` on. */
function letteredResolutions(blocks: readonly Block[], from: number): { points: { label: string; text: string }[]; next: number } | null {
  const points: { label: string; text: string }[] = [];
  let k = from;
  for (; k < blocks.length; k++) {
    const m = LETTERED_POINT_RE.exec(blocks[k]?.text.trim() ?? '');
    const label = m?.[1] ?? m?.[2];
    if (!m || !label || !m[3] || !/\bbe\s+\p{Ll}+/u.test(m[3])) break;
    points.push({ label, text: m[3] });
  }
  return points.length > 0 ? { points, next: k } : null;
}

/** findDecisions before repeats are dropped. */
/**
 * "Action: The Council RESOLVED to accept Cllr A's apologies.": a council that labels every resolution "Action"; what
 * follows the label is a resolution, read as one (its kind from its words), not a task.
 */
function resolutionsUnderActionLabels(blocks: readonly Block[]): readonly Block[] {
  return blocks.map((b) => {
    const act = b.bullet ? null : ACTION_LINE_RE.exec(b.text);
    return act?.[1] && (HEAD_INLINE_RE.test(act[1]) || IT_WAS_RE.test(act[1])) ? { ...b, text: act[1] } : b;
  });
}

/** A sentence of the minute's account: someone, then what they said or did, not what was decided. */
/**
 * "1. To receive and note apologies for absence. Apologies had been received from Cllr Dale.", "1. Declarations of
 * interest. Cllr Mott declared …": an item's heading or agenda wording, then its minute, numbered as a list point where the
 * page lost its item numbers. What follows the heading is the minute, read as prose; null for a point that is a resolution.
 */
function minuteAfterWording(text: string): string | null {
  const sentences = splitSentences(text);
  const first = sentences[0]?.trim() ?? '';
  if (sentences.length < 2 || first.length > 160) return null;
  const heading = isStandardHeadingLine(first.replace(/[.:]$/, '')) || /^To\s+(?:receive|note|consider)\b/.test(first);
  return heading ? sentences.slice(1).join(' ') : null;
}
/** A point whose first sentence tells the minute and a later one resolves: "The Council received … . … it was RESOLVED to …". */
function holdsOwnResolution(text: string): boolean {
  if (/^(?:That|To|that|to)\s/.test(text)) return false;
  return splitSentences(text).slice(1).some((x) => /\bit\s+was\s+(?:unanimously\s+|UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|resolved|agreed)\s+(?:that|to)\s/i.test(x));
}
const RECEIVE_WORDING_RE = /^To\s+(?:receive|consider|hear)\b[^:;]{3,200}?[.]?$/;
/** "Variation of Order of Business – agreed that the hall lease be taken first": the minute opens in lower case. */
const LOWER_HEAD_RE = /^(?:agreed|resolved)\s+((?:that|to)\s+\S.{8,})$/s;
const ACCOUNT_SENTENCE_RE = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’.-]+){0,9}?\s+(?<!\bbe\s)(?:spoke|said|reported|explained|thanked|asked|advised|stated|informed|gave|presented|welcomed|outlined|updated|queried|raised|expressed)\b/u;

function decisionsIn(given: readonly Block[], item: string | null): Decision[] {
  const blocks = joinMovedAnd(splitRunOnResolutions(resolutionsUnderActionLabels(given.flatMap(atInnerDecisionLabels))));
  const out: Decision[] = [];
  /** The paragraph number a "DECISION" heading took from the paragraph above, for the resolution after it. */
  let pending: string | null = null;
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    if (!b) break;
    const para = b.bullet ? null : PARAGRAPH_RE.exec(b.text);
    // "135/19-20 RESOLVED that, …": the minute's reference before its resolution, not a label of the decision.
    const t = para ? b.text.slice(para[0].length) : b.text.replace(MINUTE_CODE_LEAD_RE, '');
    const paraLabel: string | null = para?.[1] ?? pending ?? null;
    pending = null;
    // "… and following a vote, Council" over "a. the revised Constitution … be adopted" / "b. the Monitoring Officer be
    // authorised to …": the resolution's verb lost in copying, its lettered points still each a decision.
    const lettered = !b.bullet && BODY_AT_END_RE.test(t) ? letteredResolutions(blocks, i + 1) : null;
    if (lettered) {
      for (const p of lettered.points) out.push(makeDecision(item, p.label, p.text, passageOf(`${t} ${p.label}. ${p.text}`)));
      i = lettered.next;
      continue;
    }
    // "… the Council made the undernoted appointments:-" over "(a) Dundee Trust - Councillor Rendall": each appointment.
    if (!b.bullet && APPOINTMENTS_LEAD_RE.test(t)) {
      let k = i + 1;
      const found: Decision[] = [];
      for (; k < blocks.length; k++) {
        const m = /^\(([a-z])\)\s+(\S.{3,300})$/.exec(blocks[k]?.text.trim() ?? '');
        if (!m?.[1] || !m[2] || !/\s[–—-]\s/.test(m[2])) break;
        found.push(decisionOf(item, m[1], m[2], passageOf(`${t} (${m[1]}) ${m[2]}`), 'procedural', null));
      }
      if (found.length > 0) {
        out.push(...found);
        i = k;
        continue;
      }
    }
    const table = b.bullet ? null : readActionTable(blocks, i);
    if (table) {
      for (const row of table.rows) out.push(tableAction(item, row));
      i = Math.max(table.next, i + 1);
      continue;
    }
    const listed = b.bullet ? null : paymentsList(blocks, i);
    if (listed) {
      out.push(makeDecision(item, listed.label, listed.text, sourceOf(blocks, i, listed.next)));
      i = listed.next;
      continue;
    }
    const decimal = b.bullet ? null : decimalResolutions(blocks, i);
    if (decimal) {
      const source = sourceOf(blocks, i, decimal.next);
      for (const p of decimal.points) out.push(makeDecision(item, p.label, p.text, source));
      i = decimal.next;
      continue;
    }
    if (!b.bullet && (HEAD_ONLY_RE.test(t) || (t.length < 400 && /(?:resolved|agreed|RESOLVED|AGREED)\s*[,:–—-]?$/.test(t) && MOVED_THEN_RESOLVED_RE.test(t)))) {
      // Scottish minutes: "1.2 The Convener read out a letter …" then "DECISION" and "NOTED." or "AGREED that …".
      const before = /^DECISIONS?$/i.test(t.trim()) ? numberedParagraph(blocks[i - 1]) : null;
      const collected = collectPoints(blocks, i + 1, null);
      const next = collected.next;
      // "DECISION / The Committee agreed:- / (a) … (b) …": the line before the points only leads in to them.
      const points = collected.points.length > 1 ? collected.points.filter((p) => !BODY_LEAD_IN_RE.test(p.text.trim())) : collected.points;
      const source = sourceOf(blocks, i, next);
      const recommended = RECOMMENDED_HEAD_RE.test(t);
      const label: string | null = paraLabel ?? before?.label ?? null;
      if (points.length === 0) pending = label;
      for (const p of points) {
        const noted = NOTED_ONLY_RE.test(p.text.trim()) ? notedSubject(blocks[i - 1], before) : null;
        const pointLabel = p.label ?? (points.length === 1 ? label : null);
        out.push(recommend(noted ? decisionOf(item, pointLabel, noted, source, 'noted', null) : makeDecision(item, pointLabel, p.text, source), recommended));
      }
      i = Math.max(next, i + 1);
      continue;
    }
    // "… was declared to be CARRIED." / "that Councillor A be elected Chairman of the Council for 2022/23.": a ModernGov
    // resolution whose "RESOLVED" label (a cell of its own) was lost in the copy, left in lower case on its own line.
    const prevText = blocks[i - 1]?.text.trim() ?? '';
    if (!b.bullet && t.length < 800 && ORPHAN_RESOLUTION_RE.test(t.trim()) && (i === 0 || TERMINAL_RE.test(prevText) || /[”"]$/.test(prevText))) {
      out.push(makeDecision(item, paraLabel, t.trim()));
      i++;
      continue;
    }
    // "July Police report as circulated to councillors by e-mail. NOTED": what was noted, the word after it in capitals.
    const notedTail = t.length < 600 ? NOTED_TAIL_RE.exec(t.trim()) : null;
    if (notedTail?.[1] && !/\b(?:RESOLVED|AGREED|ACTION)\b/.test(notedTail[1])) {
      out.push(decisionOf(item, paraLabel, t.trim(), passageOf(t), 'noted', null));
      i++;
      continue;
    }
    // "NOTED: that the paper had been issued with the agenda." — a noting under its own label.
    const notedHead = b.bullet ? null : NOTED_HEAD_RE.exec(t);
    if (notedHead && notedHead[1]) {
      out.push(decisionOf(item, paraLabel, notedHead[1], passageOf(t), 'noted', null));
      i++;
      continue;
    }
    // ("- Agreed that payments of Accounts … are approved": a bullet that is itself a resolution.)
    const inline = b.bullet && !/^(?:Agreed|Resolved|AGREED|RESOLVED)\s+(?:that|to)\b/.test(t) ? null : (HEAD_INLINE_RE.exec(t) ?? IT_WAS_RE.exec(t) ?? PROPOSED_RESOLVED_RE.exec(t) ?? MEMBER_PROPOSED_THAT_RE.exec(t) ?? SECONDED_QUOTED_RE.exec(t) ?? LOWER_HEAD_RE.exec(t));
    if (inline && inline[1]) {
      const recommended = RECOMMENDED_HEAD_RE.test(t);
      // "RESOLVED that the Committee:" only leads in to the lettered points: "(a) notes …" is the first decision.
      const leadIn = /^(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:Committee|Commission|Panel|Board|Cabinet|Council|Sub-Committee|Forum|Executive)\s*[:–—-]?$/i.test(inline[1].trim());
      // Welsh resolutions read on in lower case ("PENDERFYNWYD bod …"): the decision starts with a capital.
      const first = /^(?:PENDERFYNWYD|CYTUNWYD|Penderfynwyd|Cytunwyd)\b/.test(t) ? inline[1].trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : inline[1].trim();
      // A bullet that is a resolution is one decision: the bullets after it are the minute's other points.
      const collected = b.bullet ? { points: [{ label: null, text: first }], next: i + 1 } : collectPoints(blocks, i + 1, leadIn ? null : first);
      const next = collected.next;
      // "RESOLVED that council note the following updates:" over "· Crime 479/484 …" / "· ASB 207 calls …": what is noted,
      // one noting, not decisions of their own (each was read as an action).
      const noting = NOTE_THE_FOLLOWING_RE.test(first) && collected.points.length > 1;
      const points = noting ? [{ label: null, text: `${collected.points.map((p) => p.text.replace(/[.;]$/, '')).join('; ')}.` }] : collected.points;
      const source = sourceOf(blocks, i, next);
      // "Agreed that a meeting … be arranged. Clerk to arrange a meeting during August …": a task given to someone in
      // the sentence after the resolution is an action of its own, with its owner.
      // "It was resolved to authorise the payments. ACTION: Clerk to make payments.": the label's task is the same.
      const tasks: string[] = [];
      const only = points.length === 1 ? points[0] : undefined;
      if (only && only.text === first && first.length < 1500) {
        // "Resolved: that standing orders be suspended. Tony Jordan the Chairman of the Bequest spoke about …": the
        // minute's account goes on after the resolution; it is no part of it.
        const sentences = splitSentences(first);
        const told = sentences.findIndex((x, n) => n > 0 && ACCOUNT_SENTENCE_RE.test(x) && !/^(?:That|To|And|Further|Also|It|This|These|Subject)\b/.test(x));
        const parts = told > 0 ? sentences.slice(0, told) : sentences;
        if (told > 0) only.text = parts.join(' ');
        const k = parts.findIndex((x, n) => n > 0 && ((proseActionOwner(x) !== null && !proseActionIsModal(x)) || ACTION_LINE_RE.test(x)));
        if (k > 0) {
          only.text = parts.slice(0, k).join(' ');
          tasks.push(...parts.slice(k).filter((x) => proseActionOwner(x) !== null || ACTION_LINE_RE.test(x)));
        }
      }
      for (const p of points) {
        // "It was RESOLVED to go into closed session." then "a. The Council received a report … it was RESOLVED to accept
        // the second offer.": a later point that is the minute of its own matter, its resolution inside it.
        if (p !== points[0] && holdsOwnResolution(p.text)) out.push(...decisionsIn([{ text: p.text, bullet: false }], item).map((d) => ({ ...d, label: d.label ?? p.label })));
        else out.push(recommend(makeDecision(item, p.label ?? (points.length === 1 ? paraLabel : null), p.text, source), recommended));
      }
      const resolution = out[out.length - 1];
      for (const task of tasks) {
        const label = ACTION_LINE_RE.exec(task);
        if (label?.[1]) applyActionLabel(out, item, label[1], source, '', (last) => last === resolution);
        else out.push(action(item, task, proseActionOwner(task) ?? '', source));
      }
      i = Math.max(next, i + 1);
      continue;
    }
    // The scene-setting clause may open a later sentence of the paragraph ("Mr M said … . Following a lengthy discussion
    // it was AGREED that …").
    // "…, and after some discussion it was AGREED that …": the resolution's word in capitals, mid-sentence.
    const clauses: { label: string | null; text: string }[] = b.bullet || (!t.includes('t was ') && !/\sand\s+(?:UNANIMOUSLY\s+)?(?:AGREED|RESOLVED)\s/.test(t)) ? [] : splitSentences(t).flatMap((x, k) => {
      const c = CLAUSE_THEN_AGREED_RE.exec(x);
      if (c && c[3] && (c[1] || c[2]) && (k === 0 || c[2])) return [{ label: c[1] ?? null, text: c[3] }];
      const inside = MID_SENTENCE_RESOLUTION_RE.exec(x);
      if (!inside?.[1] || inside.index === 0) return [];
      // ("It was proposed by A, seconded by B and RESOLVED that …": a motion and its vote, read as such elsewhere.)
      if (!/^it\s/i.test(inside[0]) && /\b(?:proposed|seconded|moved)\b/i.test(x.slice(0, inside.index))) return [];
      // "Ms Hunt was elected as Chair (proposed …, seconded …) and it was AGREED to suspend …": the election is a decision too.
      const before = x.slice(0, inside.index).replace(/,?\s+and\s*$/, '').trim();
      const elected = ELECTED_RE.test(before) ? [{ label: null, text: before }] : [];
      return [...elected, { label: null, text: inside[1] }];
    });
    if (clauses.length > 0) {
      const letter = letteredParagraph(t)?.label ?? null;
      for (const clause of clauses) out.push(makeDecision(item, clause.label ?? paraLabel ?? letter, clause.text, passageOf(t)));
      i++;
      continue;
    }
    const act = ACTION_LINE_RE.exec(t);
    if (act && act[1]) {
      // "ACTION: Councillor X" on its own line: what is to be done is the last sentence of the paragraph before.
      const prev = i > 0 ? blocks[i - 1]?.text ?? '' : '';
      const prevPassage = passageOf(prev);
      applyActionLabel(out, item, act[1], t, splitSentences(prev).pop() ?? '', (last) => !!last.passage && prevPassage.includes(last.passage.slice(0, 80)));
      i++;
      continue;
    }
    // A copied ModernGov table row keeps the agenda's wording before its "Additional documents: Minutes:" labels:
    // "To approve the accuracy of the minutes … Additional documents: Minutes: …" asks; it records no decision.
    // "To receive a report from the Chairman" over "• Footpaths – The Chairman reported …": the agenda's wording over the
    // report's points; each point is read for itself (an "It was agreed that …" in it is a decision), none is one by being there.
    if (!b.bullet && blocks[i + 1]?.bullet && RECEIVE_WORDING_RE.test(t.trim()) && splitSentences(t).length === 1) {
      i++;
      continue;
    }
    if (!b.bullet && startsHeaderlessList(t) && !INLINE_SECTION_LABELS_RE.test(t)) {
      const { points, next } = collectPoints(blocks, i, null);
      // "The report recommended that: 1. That Cabinet approve … 2. That officers …": the report's
      // proposals, quoted before the body decides on them, are not decisions.
      // A bare "Recommendations" heading quotes the report when the body then resolves on them.
      const prevText = i > 0 ? (blocks[i - 1]?.text ?? '') : '';
      // "Issue" over "To appoint a representative to …": the report's statement of the question, not its answer.
      const quoted = /^(?:Issue|Issues|Purpose(?:\s+of\s+(?:the\s+)?report)?|Background|Summary|Introduction)$/i.test(prevText.trim()) || REPORT_LEAD_RE.test(prevText) || (RECOMMENDATIONS_HEADING_RE.test(prevText) && blocks.slice(next, next + 12).some((x) => !x.bullet && (HEAD_ONLY_RE.test(x.text) || HEAD_INLINE_RE.test(x.text) || IT_WAS_RE.test(x.text))));
      // "To receive apologies for absence." then "Apologies were received from …" (or "RESOLVED that …"): the agenda's
      // wording of the item, printed before its minute, not a resolution (a page with no "Minutes:" label keeps both).
      const after = blocks[next];
      const resolvedAfter = !!after && !after.bullet && (HEAD_ONLY_RE.test(after.text) || HEAD_INLINE_RE.test(after.text));
      // (Anywhere in the item when the page's headings were not found and its items run together, if it is one short sentence.)
      const agendaWording = (i === 0 || (t.length <= 200 && splitSentences(t).length === 1)) && TO_VERB_RE.test(t) && points.length === 1 && !!after && !after.bullet && !startsHeaderlessList(after.text) && (resolvedAfter || /\b(?:was|were|had\s+been|has\s+been)\b/.test(after.text));
      // "To receive announcements … by the Mayor, Leader …" over "4.1 By the Mayor:": without a resolution's label, a lone
      // "To receive" / "To consider" sentence is the agenda's wording of what follows.
      const receiveWording = points.length === 1 && t.length <= 300 && splitSentences(t).length === 1 && /^To\s+(?:receive|consider)\b/.test(t) && !!after && !after.bullet && !startsHeaderlessList(after.text);
      if (quoted || agendaWording || receiveWording) {
        i = Math.max(next, i + 1);
        continue;
      }
      const source = sourceOf(blocks, i, next);
      // "That the Clerk’s Report be accepted. Councillor Dodd would speak to the tenants …": a resolution printed without
      // its label is its first sentence; what the minutes go on to say is read as the minutes' own sentences.
      const only = points.length === 1 && points[0]?.label === null && /^That\s/.test(points[0]?.text ?? '') ? splitSentences(points[0]?.text ?? '') : [];
      if (only.length >= 2 && /^\p{Lu}/u.test(only[1] ?? '')) {
        out.push(makeDecision(item, null, only[0] ?? '', source));
        out.push(...proseDecisions(only.slice(1).join(' '), item));
        i = Math.max(next, i + 1);
        continue;
      }
      for (const p of points) {
        const minute = minuteAfterWording(p.text);
        if (minute !== null) out.push(...proseDecisions(minute, item));
        else out.push(makeDecision(item, p.label, p.text, source));
      }
      i = Math.max(next, i + 1);
      continue;
    }
    if (b.bullet) {
      // "- Clerk to place agenda item for next month …", "- Cllr Hames to arrange meeting …": a bullet read as prose
      // when it has no "Action:" label.
      const labelled = bulletActions(t, item);
      out.push(...(labelled.length > 0 ? labelled : proseDecisions(t, item)));
      i++;
      continue;
    }
    // A parish council's comment on a planning application is its recommendation to the planning authority.
    const comment = PLANNING_COMMENT_RE.exec(t);
    if (comment && comment[1]) {
      out.push(decisionOf(item, numberedParagraph(blocks[i - 1])?.label ?? null, comment[1], t, 'recommendation', null));
      i++;
      continue;
    }
    // "The Committee resolved:-" over "to note the declarations of interest.": the resolution is the paragraph below.
    const below = blocks[i + 1];
    if (BODY_LEAD_IN_RE.test(t.trim()) && below && !below.bullet && /^(?:to|that)\s+\S/i.test(below.text.trim())) {
      out.push(makeDecision(item, paraLabel, below.text.trim(), sourceOf(blocks, i, i + 2)));
      i += 2;
      continue;
    }
    // "The Joint Board agreed:-" over "(i) to note that …", "(ii) to approve …": each point is a decision.
    if (below && BODY_LEAD_IN_RE.test(t.trim()) && /^\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s+(?:to|that)\s/i.test(below.text.trim())) {
      const collected = collectPoints(blocks, i + 1, null);
      if (collected.points.length > 0 && collected.points.every((p) => /^(?:to|that)\s/i.test(p.text.trim()))) {
        const source = sourceOf(blocks, i, collected.next);
        for (const p of collected.points) out.push(makeDecision(item, p.label, p.text, source));
        i = Math.max(collected.next, i + 1);
        continue;
      }
    }
    // "The Management Committee agreed to" over "1) Note that the Internal Audit review took place …", "2) Note the content
    // of the report": the lead-in's "to" carries into each point, which opens with its verb.
    if (below && BODY_AGREED_TO_RE.test(t.trim()) && POINT_VERB_RE.test(below.text.trim())) {
      const collected = collectPoints(blocks, i + 1, null);
      if (collected.points.length > 0 && collected.points.every((p) => POINT_VERB_RE.test(`${p.label}) ${p.text.trim()}`))) {
        const source = sourceOf(blocks, i, collected.next);
        for (const p of collected.points) out.push(makeDecision(item, p.label, p.text, source));
        i = Math.max(collected.next, i + 1);
        continue;
      }
    }
    // "49.1 The Chair noted that …": decisions in a numbered paragraph carry its number.
    // ("a. Mr Ian Dale was proposed … and co-opted as a Councillor." / "b. … was discussed and RESOLVED that …": a lettered
    // paragraph of the minute, its letter the label.)
    const numbered = numberedParagraph(b) ?? letteredParagraph(t);
    // (The vote may be the next paragraph: "It was proposed by … that …" over "All members were in favour".)
    const found = proseDecisions(numbered ? numbered.text : t, item, below && !below.bullet ? below.text : '');
    if (numbered) for (const d of found) d.label = d.label ?? numbered.label;
    out.push(...found);
    i++;
  }
  // A resolution cut off by the copy ("RESOLVED that the Committee") says nothing yet.
  // ("1.Payment of Cheques" over "That authority be given for payment …": a sub-heading among the points, not one of them.)
  return out.filter((d) => !(/^That\s/.test(d.text) && d.text.split(/\s+/).length <= 4 && !/[.!?]$/.test(d.text)) && !(SUBHEADING_ONLY_RE.test(d.text) && d.text.split(/\s+/).length >= 2));
}

const ORPHAN_RESOLUTION_RE = /^that\s+(?:the\s+|Councillor\s+|Cllr\.?\s+)?\S.{5,}?\bbe\s+(?:\w+ed|elected|appointed|noted|made|given|taken|held|sent|set)\b/;

/** "The Committee agreed:-", "Members resolved that:": words that only lead in to lettered points. */
const BODY_LEAD_IN_RE = /^(?:The\s+)?(?:[\w'’-]+\s+){0,4}?(?:Committee|Commission|Panel|Board|Cabinet|Council|Sub-Committee|Forum|Members|Executive|Authority)\s+(?:(?:then|also|further|unanimously)\s+)?(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED)(?:\s+(?:to|that))?\s*[:–—-]+$/;
/** "The Management Committee agreed to", "Members resolved to": a lead-in whose "to" each point below goes on from. */
const BODY_AGREED_TO_RE = /^(?:The\s+)?(?:[\w'’-]+\s+){0,4}?(?:Committee|Commission|Panel|Board|Cabinet|Council|Sub-Committee|Forum|Members|Executive|Authority|Group|Partnership|Trustees)\s+(?:(?:then|also|further|unanimously)\s+)?(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED)\s+to$/;
/** A point that opens with the verb that goes on from such a lead-in: "1) Note that …", "(b) Approve the budget". */
const POINT_VERB_RE = /^\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s+(?:to\s+)?(?:note|agree|approve|confirm|endorse|recommend|request|accept|receive|delegate|submit|refer|defer|adopt|appoint|elect|ask|thank|support|write|arrange|consider|review|seek|instruct|authorise|authorize|invite|establish|continue|grant|allocate|award|agree)\b/i;
/** The line before a report's own proposals: "The report recommended that:", "The recommendations in the report were:", "Members were asked to:". */
const REPORT_LEAD_RE = /^(?:The\s+)?(?:[\w'’-]+\s+){0,4}?(?:report|officers?|recommendations?|Director|Portfolio\s+Holder|Cabinet\s+Member)\b[^.:]{0,80}?\b(?:recommended|recommends|proposed|proposes|were|was|asked\s+to|invited\s+to|set\s+out|included)(?:\s+(?:that|to|as\s+follows))?\s*[:–—-]+\s*$|^(?:Members|The\s+(?:Committee|Panel|Board|Cabinet|Council))\s+(?:were|was|is|are)\s+(?:asked|invited|recommended)\s+to\s*[:–—-]+\s*$/i;
/** A sentence giving someone's account: what follows in "would"/"will" is still their account. */
// ("… tree-following a discussion it was agreed that …", "… – it was agreed that …", "…, it was resolved to …".)
// ("The Newsletter had been produced and it was agreed that Cllrs Robson and Dawson would arrange delivery …": after "and".)
const MID_SENTENCE_AGREED_RE = /(?:\s[–—-]\s*|(?<=\p{Ll})-(?=\p{Ll})|,\s+|\s(?=(?:following|after)\s)|(?<=\p{Ll})\s+and\s+(?=it\s+was\s))(?:(?:following|after)\s+(?:a\s+|some\s+|further\s+|the\s+)?(?:short\s+|brief\s+|lengthy\s+|full\s+)?discussion,?\s+)?(?:(?:as|since)\s+[^,.;:–—]{3,80}?,?\s+)?(it\s+was\s+(?:(?:therefore|then|also|further|unanimously)\s+)*(?:agreed|resolved|decided)\s+(?:that|to)\s+\S.{8,})$/u;
/** What comes before a resolution told mid-sentence when it is someone's account, or a report of what was agreed before. */
const REPORTED_BEFORE_RE = /\b(?:said|asked|queried|wondered|questioned|explained|advised|reported|informed|stated|confirmed|told|indicated|felt|thought|believed|understood|noted|recalled|reminded)\b[^.;]*$|\b(?:if|whether|when|once|unless|because)\s*[,–—-]?\s*$/i;
const REPORTING_RE = /\b(?:said|explained|advised|reported|informed|introduced|presented|outlined|highlighted|stated|added|confirmed|responded|replied|told|indicated|commented|updated|described|summarised|summarized)\b/i;
/** "Recommendations", "Officer Recommendations:", "Recommendations of the report": a heading over the report's proposals. */
const RECOMMENDATIONS_HEADING_RE = /^(?:(?:Officer|Officers['’]|Report)(?:['’]s)?\s+)?Recommendations?(?:\s+(?:of|in|from)\s+the\s+(?:report|officers?|Director)(?:['’]s)?)?\s*:?$/i;
/**
 * "15/00881/FUL Milton Ernest Lower School, Thurleigh Road: No objections.", "WNS/2022/0673/MAF, Land off Beech Lane, 58
 * dwellings: PC strongly objects.", "T/00753/13/TPO: Prune back six branches … No objection": an application (its reference
 * or the word) and the council's view of it at the end: the council's recommendation to the planning authority.
 */
const PLANNING_REF_RE = /\b(?:[A-Z]{1,6}\/)?\d{2,6}\/\d{2,6}(?:\/[A-Z]{2,8})?\b|\b[A-Z]\/\d{3,6}\/\d{2}\/[A-Z]{2,4}\b|\b(?:planning\s+)?application\b|\bConservation\s+Area\b|\bTPO\b/i;
const PLANNING_VIEW_END_RE = /(?:[:–—-]\s*|[.,;]\s+|\s)((?:(?:The\s+)?(?:Parish|Town|Community)\s+Council\s+(?:had|has|have|raised|raises)\s+)?no\s+objections?(?:\s+(?:to\s+(?:this|the)\s+(?:application|proposal)|(?:was|were)\s+raised))?|(?:(?:The\s+)?(?:PC|TC|Parish\s+Council|Town\s+Council|Council)\s+(?:strongly\s+)?(?:supports?|objects?)(?:\s+to\s+(?:this|the)\s+(?:application|proposal))?))\s*\.?$/i;
const PLANNING_COMMENT_RE = /^(?:(?:The\s+)?(?:Parish|Town|Community|City)\s+Council(?:['’]s)?|PC|TC|CC)\s+(?:comments?|response|observations?)\s*[:–—-]\s*(\S.{5,})$/i;
/** "RECOMMENDED – That …", "It was RECOMMENDED to Council that …": what the body recommends to another. */
const RECOMMENDED_HEAD_RE = /^(?:It\s+was\s+|The\s+(?:[\w-]+\s+){0,5}?(?:Committee|Commission|Panel|Board|Sub-Committee)\s+)?(?:UNANIMOUSLY\s+|Unanimously\s+)?(?:RECOMMENDED|Recommended|RECOMMENDATIONS?)\b/;

/** A resolution under a "RECOMMENDED" heading is a recommendation, unless it only approves minutes or the like. */
function recommend(d: Decision, recommended: boolean): Decision {
  return recommended && d.kind !== 'procedural' ? ofKind(d, 'recommendation') : d;
}

const NOMINATED_RE = /^(?!(?:It|This|That|There|What|Which)\b)(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+was\s+(?:nominated|proposed)\s+(?:as\s+[^,;]{2,40}?\s+)?by\s+[^;]{2,80}?\s+(?:and\s+)?seconded\s+by\s+\S/u;
/** "Councillor A Smith was elected Chairman for the ensuing year.", "Mr B Jones was co-opted to the Council." */
// ("John Hume was proposed and elected as Chair of the Council", "… was proposed, seconded and elected as Vice Chair".)
// ("Mr Ian Dale was proposed by Cllr Mott and seconded by Cllr Bell and unanimously co-opted as a Councillor": who moved it.)
// "There were no other nominations and Cllr A was …", "Councillor B, Stockton-on-Tees Borough Council, was elected …".
// ("On a vote being taken Tony Farrant was elected as Chair by 5 votes to 2": the vote that carried it, then the election;
// "Following advice from the Clerk, A and B were accepted as members": the advice it followed.)
const ELECTED_LEAD_RE = /^(?:All\s+(?:were\s+)?(?:agreed|in\s+favour)|It\s+was\s+(?:unanimously\s+)?agreed|Agreed|(?:On|Following|After)\s+(?:a|the)\s+(?:vote|ballot|show\s+of\s+hands)(?:\s+being\s+taken)?|(?:Following|After)\s+(?:advice|guidance|discussion|a\s+discussion|consideration)\b[^,.;]{0,60}(?=,))\s*(?:,\s*|\s+and\s+|\s+(?=[A-Z]))/i;
/** "There were no other nominations and …", "As no other nominations were received, …". */
const NO_OTHER_NOMINATIONS = String.raw`(?:(?:As\s+there|There)\s+(?:were|was)\s+no\s+(?:other\s+|further\s+)?(?:nominations?|proposals?)(?:\s+for\s+(?:the\s+)?(?:position\s+of\s+)?(?:Vice[- ]?)?Chair(?:man|person)?)?,?\s+(?:and\s+)?)`;
const AS_NO_NOMINATIONS = String.raw`(?:As\s+no\s+(?:other\s+|further\s+)?(?:nominations?|proposals?)\s+(?:were|was)\s+(?:given|received|made|put\s+forward),?\s+)`;
const ELECTED_NAME = String.raw`(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}`;
// ("The Clerk, Lesley Hay, was confirmed as …", "David Harding and Alistair Sutherland were appointed as …".)
const ELECTED_WHO = String.raw`${ELECTED_NAME}(?:,\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|upon|on|the|and)){0,6},?)?(?:\s+(?:and|&)\s+${ELECTED_NAME})?`;
// ("… stood for position of Chair of Council and was elected unopposed", "… was unanimously voted in and duly appointed as …".)
const ELECTED_VERB = String.raw`(?:(?:stood\s+for\s+(?:the\s+)?(?:position|post|role|office)\s+of\s+[^.;]{2,50}?\s+and\s+)?(?:was|were|is|be)\s+(?:duly\s+|unanimously\s+|formally\s+)?(?:proposed(?:\s+by\s+[^.;]{2,60}?)?(?:,?\s+(?:and\s+)?seconded(?:\s+by\s+[^.;]{2,60}?)?)?,?\s+and\s+(?:duly\s+|unanimously\s+)?)?(?:voted\s+in\s+and\s+(?:duly\s+)?)?(?:(?:re-?)?elected|appointed|co-opted|confirmed|accepted|voted(?:\s+in)?)|(?:duly\s+)?became)`;
const ELECTED_OFFICE = String.raw`(?:unopposed|[Cc]hair(?:man|person)?|[Vv]ice[- ][Cc]hair(?:man|person)?|[Mm]ayor|[Dd]eputy\s+[Mm]ayor|Leader|Deputy\s+Leader|[Cc]onvener|[Vv]ice[- ][Cc]onvener|Provost|(?:a\s+)?(?:Parish|Town|Community)\s+Councillor|(?:a\s+)?(?:[Cc]o-opted\s+)?[Cc]ouncillors?|(?:a\s+)?(?:new\s+)?members?|(?:the\s+)?(?:[Pp]arish|[Tt]own|[Cc]ommunity)\s+[Cc]ouncil|Council|(?:[A-Z][\w'’&-]*\s+){1,5}(?:Committee|Sub-Committee|Working\s+(?:Group|Party)|Panel|Group)|Responsible\s+Financ(?:e|ial)\s+Officer|RFO|Proper\s+Officer|Treasurer|Secretary|Trustees?|(?:[\w'’-]+\s+){0,4}[Rr]epresentatives?)`;
const ELECTED_RE = new RegExp(String.raw`^(${NO_OTHER_NOMINATIONS})?${AS_NO_NOMINATIONS}?${ELECTED_WHO}\s+${ELECTED_VERB}\s+(?:to\s+serve\s+)?(?:(?:as|to(?:\s+the\s+(?:position|office|role)\s+of)?|onto|on\s+to)\s+)?(?:the\s+)?${ELECTED_OFFICE}\b`);

const NOTED_ONLY_RE = /^(?:NOTED|Noted)\.?$/;
/** "… as circulated to councillors by e-mail. NOTED": a sentence, then the word in capitals closing the paragraph. */
const NOTED_TAIL_RE = /^(\p{Lu}[^]{8,500}?[.!]?)\s+[–—-]?\s*NOTED\.?$/u;
/** "NOTED: that …", "NOTED – the update …": what is noted after the label (a colon or dash, not a sentence "Noted that …"). */
const NOTED_HEAD_RE = /^(?:NOTED|Noted)\s*[:–—-]\s*(\S.{3,})$/;
// "29.1/21 The minutes …", "28/21.1 There were …": the minute's number with the year and the paragraph's.
const NUMBERED_PARA_RE = /^(\d{1,3}\.\d{1,2}(?:\/\d{2})?|\d{1,4}\/\d{2}\.\d{1,2})\.?\s+(\S.{10,})$/;

/** "1.2 The Convener read out a letter …": a paragraph numbered within its item. */
const LETTERED_PARA_RE = /^\(?([a-h])[.)]\s+(?=\p{Lu})(\S.{10,})$/su;
function letteredParagraph(t: string): { label: string; text: string } | null {
  const m = LETTERED_PARA_RE.exec(t);
  return m?.[1] && m[2] ? { label: m[1], text: m[2] } : null;
}

function numberedParagraph(b: Block | undefined): { label: string; text: string } | null {
  if (!b || b.bullet) return null;
  const m = NUMBERED_PARA_RE.exec(b.text);
  if (!m || !m[1] || !m[2] || HEAD_INLINE_RE.test(m[2]) || HEAD_ONLY_RE.test(m[2])) return null;
  return { label: m[1], text: m[2] };
}

/** What a bare "NOTED." decision notes: the paragraph printed above its heading. */
function notedSubject(prev: Block | undefined, numbered: { text: string } | null): string | null {
  if (numbered) return numbered.text;
  if (!prev || prev.bullet || prev.text.length < 40 || HEAD_ONLY_RE.test(prev.text) || HEAD_INLINE_RE.test(prev.text)) return null;
  return prev.text;
}

/** A list entry that ends with what is to be done: "… Action: To be put on the village notice board." */
function bulletActions(text: string, item: string | null): Decision[] {
  if (text.length > 5000 || !/\bAction(?:s|\s+point)?\s*[:–—-]/i.test(text)) return [];
  const out: Decision[] = [];
  for (const s of splitSentences(text).slice(1)) {
    const m = ACTION_LINE_RE.exec(s);
    if (m && m[1] && !ownerOnly(m[1]) && !NO_ACTION_RE.test(m[1].trim())) out.push(action(item, m[1], labelOwner(m[1]), s));
  }
  return out;
}

const PASSIVE_TASK_RE = /^(?:The\s+|A\s+|An\s+)?[A-Z][\w'’ ,&-]{1,80}?\s+to\s+be\s+(?:circulated|sent|forwarded|emailed|e-mailed|drafted|prepared|written|arranged|organised|organized|ordered|obtained|chased|contacted|investigated|checked|reported|updated|posted|published|displayed|purchased|booked|raised|requested|sought|followed\s+up)\s+by\s+((?:Cllr|Councillor|Coun)\.?\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?|(?:the\s+|The\s+)?(?:Clerk|Chair(?:man|person)?|Vice[- ]Chair(?:man)?|Treasurer|RFO|Secretary))\b/;

/**
 * "The Chairman said that Mr Cole was unwell and Council agreed to write to him.": the body's decision is a clause of its
 * own after "and", read as a sentence; what came before it (often someone's account) is left as it was.
 */
const BODY_CLAUSE_RE = /,?\s+and\s+(?=(?:the\s+)?(?:(?:Parish|Town|Community|City)\s+)?(?:Council|Committee|Board|Panel|Members|members|Councillors|councillors)\s+(?:then\s+|also\s+|unanimously\s+)?(?:agreed|resolved|decided)\s+(?:to|that)\s)/;
function splitBodyClause(s: string): string[] {
  const m = s.length < 1200 ? BODY_CLAUSE_RE.exec(s) : null;
  if (!m || m.index < 12) return [s];
  const rest = s.slice(m.index + m[0].length);
  return [s.slice(0, m.index).trim() + '.', rest.charAt(0).toUpperCase() + rest.slice(1)];
}

const APOLOGIES_TAKEN_RE = /(?<=^|\s)(?:(?:All\s+)?apolog(?:y|ies)\b[^.;]{0,200}?\b(?:were|was|had\s+been)\s+(?:received\s+(?:and|&)\s+)?(?:duly\s+)?(?:accepted|approved|noted)\b|(?:received\s+and\s+)?accepted\s+(?:the\s+)?apolog(?:y|ies)\b|(?:all\s+)?reasons?\s+for\s+(?:absence|non-attendance)\s+(?:were|was)\s+(?:duly\s+)?(?:accepted|approved)\b)/i;
/** "Apologies … were to be accepted at the next meeting", "if apologies were accepted": not now. */
const APOLOGIES_NOT_NOW_RE = /\b(?:if|when|unless|whether)\b[^.;]{0,60}\bapolog|\bnot\s+(?:been\s+)?(?:accepted|approved)\b|\bto\s+be\s+(?:accepted|approved|noted)\b/i;
// ("Apologies accepted from Ann Bell": note form, with no "were".)
const APOLOGIES_ACCEPTED_RE = /^(?:The\s+)?apolog(?:y|ies)\b(?:\s+for\s+absence)?\s+(?:were|was|had\s+been)\s+(?:received\s+(?:and|&)\s+)?(?:accepted|approved)\b|^apolog(?:y|ies)(?:\s+for\s+absence)?\s+(?:received\s+(?:and|&)\s+)?(?:accepted|approved)\s+(?:from|for)\s+\S|^(?:The\s+)?apolog(?:y|ies)\b.{0,300}?\band\s+(?:the\s+)?(?:reasons?\s+(?:were|was)\s+)?(?:reasons?\s+)?(?:accepted|approved)\b/i;
const NAMED_AGREED_TO_RE = /^(?!(?:The|This|That|These|Cllrs?|Councillors?|Coun|Mr|Mrs|Ms|Miss|Dr|County|District|Borough|Parish|Town|City|Members|Officers)\b)((?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)\s+(?:agreed|offered|volunteered|undertook)\s+to\s+(?!be\b)\p{Ll}/u;

const INLINE_LETTER_RE = /\s\(?[a-h]\)\s+\p{Lu}/u;
const INLINE_LETTER_SPLIT_RE = /(?<=[^\d\s])\s+(?=\(?[a-h]\)\s+\p{Lu})/u;

/** "IT WAS AGREED.", "It was agreed by all present.", "This was unanimously agreed.": an agreement that says nothing of what. */
const ALL_AGREED_RE = /^(?:All\s+(?:present\s+)?(?:were\s+)?agreed|(?:It\s+was\s+)?(?:AGREED|[Aa]greed)\s+by\s+all(?:\s+(?:members|councillors))?(?:\s+present)?)\s+(?:that|to)\s+\S.{8,}/;
const MEMBER_TOOK_ON_RE = /(?:,\s*|\s)and\s+(?=(?:Cllrs?|Councillors?)\.?\s+(?:\p{Lu}\.?\s+){0,2}\p{Lu}[\p{L}'’-]+\s+(?:agreed|offered|undertook|volunteered)\s+to\s)/u;
/** "This was agreed by the committee.", "That was approved unanimously.": an agreement to what the sentence before it put forward. */
const THIS_WAS_AGREED = String.raw`(?:This|That)\s+was\s+(?:duly\s+|then\s+|unanimously\s+)?(?:agreed|approved|carried|accepted|supported)(?:\s+(?:unanimously|by\s+(?:all|the|a)\b[^.;]{0,40}))?\.?$`;
const THIS_WAS_AGREED_RE = new RegExp(`^${THIS_WAS_AGREED}`, 'i');
const THIS_WAS_AGREED_AFTER_BRACKET_RE = new RegExp(String.raw`[)\]]\s+${THIS_WAS_AGREED}`);
/**
 * The kind of what a member put forward and the meeting agreed: the kind of its proposal, read without "BG recommended that"
 * (a member's recommendation the meeting agreed is the meeting's decision, not a recommendation to another body).
 */
function agreedProposalKind(sentence: string): Decision['kind'] {
  const m = PUT_FORWARD_THEN_RE.exec(sentence);
  return classifyDecision(m?.[1] ?? sentence);
}
/** A sentence that puts something forward for the meeting to agree. */
const PUT_FORWARD = String.raw`\b(?:suggested|recommended|proposed|requested|asked\s+(?:for\s+)?(?:permission|approval|agreement)|sought\s+(?:permission|approval|agreement))`;
const PUT_FORWARD_RE = new RegExp(String.raw`${PUT_FORWARD}\b`, 'i');
const PUT_FORWARD_THEN_RE = new RegExp(String.raw`${PUT_FORWARD}\s+(?:that\s+|to\s+)?(\S.*)$`, 'i');
const BARE_AGREEMENT_RE = /^(?:It|This|That)\s+was\s+(?:duly\s+|then\s+|unanimously\s+)?(?:agreed|approved|carried|resolved)(?:\s+(?:unanimously|by\s+all(?:\s+(?:members|councillors))?(?:\s+present)?|by\s+(?:a\s+)?majority))?\.?$/i;
/** "Cllr Cox PROPOSED Cllr Hill remains Chairman; Cllr McGinn seconded", "Cllr Wilson suggested that …", "It was proposed by … that …". */
const PROPOSAL_RE = /(?:^|\s|(?<=\p{Ll}))(?:PROPOSED|proposed|suggested|moved|MOVED)\s+(?:by\s+(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[^,;.]{2,40}?\s+)?((?:that\s+)?\S.{7,400}?)(?:\s*[;,]\s*(?:and\s+)?(?:seconded\s+by\b|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[^,;.]{2,40}?\s+seconded\b).*)?\.?$/u;
/**
 * The proposal a bare agreement carries: the nearest of the sentences before it that proposes something (its words, from
 * after "proposed" to before who seconded it), with that sentence; null when none of them does.
 */
function carriedProposal(before: readonly string[]): { sentence: string; text: string } | null {
  for (let j = before.length - 1; j >= 0; j--) {
    const sentence = before[j] as string;
    if (BARE_AGREEMENT_RE.test(sentence)) return null;
    // ("… tenant.Cllr CoxPROPOSED Cllr Hill …": a copy that lost its spaces.)
    const m = /(?:proposed|suggested|moved)\b/i.test(sentence) ? PROPOSAL_RE.exec(sentence) : null;
    if (!m?.[1] || /^(?:and|,)/.test(m[1])) continue;
    const text = m[1].replace(/[.;,\s]+$/, '');
    return { sentence, text: text.charAt(0).toUpperCase() + text.slice(1) + '.' };
  }
  return null;
}

/**
 * "The minutes were approved. Proposed TB, Seconded SH.": the minutes approved, and the sentence after it that says only
 * who proposed and seconded it; the approval keeps it, as printed (the passage holds both).
 */
const VOTE_ONLY_RE = /^(?:Proposed|Prop\.?|Moved)\s*(?:by\s*)?[:–—-]?\s*[^.;:]{1,60}?,?\s+(?:and\s+)?Seconded\s*(?:by\s*)?[:–—-]?\s*[^.;:]{1,60}\.?$/i;
function withVoteAfter(d: Decision, after: string, paragraph: string): Decision {
  const vote = after.trim();
  if (!VOTE_ONLY_RE.test(vote) || !paragraph.includes(vote)) return d;
  const text = `${d.text}${/[.!?]$/.test(d.text) ? '' : '.'} ${vote}`;
  return { ...d, text, passage: passageOf(`${d.passage ?? d.text} ${vote}`) };
}

function proseDecisions(text: string, item: string | null, next = ''): Decision[] {
  const out: Decision[] = [];
  if (text.length > 20000) return out;
  // "… approved without further comment. Proposer – Carol Duncan Seconder – Aline Haggart Members approved …": a vote's
  // record typed without a full stop ends its sentence all the same.
  const voted = /Seconde[rd]\s*[:–—-]/.test(text) ? text.replace(PROPOSER_SECONDER_RE, '$1. ') : text;
  // "Discussion ensued; it was agreed that …": the agreement after a semicolon is a sentence of its own.
  // "Ms Hunt was elected as Chair (proposed Prof Thompson, seconded Mr Parker) and it was AGREED to suspend …": the
  // election, then a second decision.
  const sentences = splitSentences(voted)
    .flatMap((s) => (s.includes(';') || s.includes(') and it was') ? s.split(/(?:;|(?<=\)))\s+(?:and\s+)?(?=it\s+was\s+(?:further\s+|also\s+)?(?:agreed|resolved)\b)/i) : [s]))
    .flatMap(splitBodyClause)
    .flatMap(splitAtSecondTask)
    .flatMap(splitAtGivenNameTask)
    // ("Alice added that she was keen to brief the Council and Cllr. Baker agreed to liaise after the meeting on this.": the
    // member who took the task on, after someone's account, is a sentence of their own.)
    .flatMap((s) => (/\band\s+(?:Cllrs?|Councillors?)\b/.test(s) ? s.split(MEMBER_TOOK_ON_RE) : [s]))
    // "c) Charity Commission Annual Return. Clerk to respond d) East Anglian Ambulance – …": correspondence listed a), b),
    // c) in one paragraph; a task ends where the next letter opens (not "item 8 b) …": a reference).
    .flatMap((s) => (INLINE_LETTER_RE.test(s) ? s.split(INLINE_LETTER_SPLIT_RE) : [s]));
  sentences.forEach((s, k) => {
    if (s.length > 1200) return;
    if (/^It\s+was\s+noted\b/i.test(s)) return;
    // Most sentences hold none of the words the shapes below need: each costly pattern runs only where its words are.
    const low = s.toLowerCase();
    // "The minute of meeting of this Committee …" (Scotland) as well as "The minutes of …".
    const minutes = low.includes('minute');
    const agreed = low.includes('agreed') || low.includes('resolved') || low.includes('decided');
    if (minutes && low.includes('sign') && SIGNED_MINUTES_RE.test(s)) {
      out.push(decisionOf(item, null, s, s, 'procedural', null));
      return;
    }
    if ((low.includes('standing order') && STANDING_ORDERS_RE.test(s)) || APOLOGIES_NOTE_RE.test(s)) {
      out.push(decisionOf(item, null, s, s, 'procedural', null));
      return;
    }
    if (minutes && MINUTES_MOTION_RE.test(s) && !PROSE_MINUTES_RE.test(s) && !NOTE_FORM_MINUTES_RE.test(s) && !/\b(?:not|deferred|postponed)\b/i.test(s)) {
      out.push(decisionOf(item, null, s, s, 'procedural', null));
      return;
    }
    if ((minutes && (PROSE_MINUTES_RE.test(s) || NOTE_FORM_MINUTES_RE.test(s))) || (low.includes('noted') && PROSE_NOTED_RE.test(s))) {
      // "… signed accordingly : they were signed by …": what follows a spaced colon is detail.
      // ("The minutes … were proposed by Cllr A and seconded by Cllr B": approving the record, whoever moved it.)
      const approval = minutes && /\b(?:proposed|moved)\s+(?:as\s+(?:an?\s+)?(?:true|correct|accurate)(?:\s+record)?\s+)?(?:for\s+approval\s+)?by\b/i.test(s) && /\bseconded\b/i.test(s);
      const d = approval ? decisionOf(item, null, s, s, 'procedural', null) : makeDecision(item, null, s.replace(/\s+:\s+[a-z].*$/, ''));
      out.push(minutes && d.kind === 'procedural' ? withVoteAfter(d, sentences[k + 1] ?? '', voted) : d);
      return;
    }
    // "Proposed by Cllr. Jenkins and seconded by Cllr. T. Knight to pay 5 cheques – agreed." is the decision; "Proposed
    // by Cllr. Kirby and seconded by Cllr. T. Knight – agreed." agrees to what the sentence before it says.
    const seconded = low.includes('seconded') ? SECONDED_AGREED_RE.exec(s) : null;
    if (seconded) {
      const before = sentences[k - 1] ?? '';
      if (seconded[1]) out.push(makeDecision(item, null, s.replace(/\s*[–—-]\s*(?:agreed|carried|approved|unanimously(?:\s+agreed)?|all\s+in\s+favour)\.?$/i, '.'), s));
      else if (before.length >= 20 && !SECONDED_AGREED_RE.test(before) && !out.some((d) => d.passage === passageOf(before))) {
        // "The minutes of the … meeting were considered for accuracy and approval.": the minutes approved, as proposed.
        const minutes = /\bminutes?\b/i.test(before) && /\b(?:approv\w*|accura\w*|correct|true\s+record)\b/i.test(before);
        out.push(minutes ? decisionOf(item, null, before, `${before} ${s}`, 'procedural', null) : makeDecision(item, null, before, `${before} ${s}`));
      }
      return;
    }
    // "There was submitted and noted Report No 51/09 by the Director …" (Scotland).
    // ("It was moved to note the report.": the motion to note, carried.)
    if (/^There\s+(?:was|were)\s+submitted\s+and\s+noted\b/i.test(s) || /^It\s+was\s+(?:moved|proposed)\s+(?:and\s+seconded\s+)?to\s+note\s+the\s+\S/i.test(s)) {
      out.push(decisionOf(item, null, s, s, 'noted', null));
      return;
    }
    if (minutes && MINUTES_NOTED_RE.test(s)) {
      out.push(decisionOf(item, null, s, s, 'noted', null));
      return;
    }
    // "BG suggested that the cash reserve be increased from £500 to £2,000. This was agreed by the committee.", "He … asked
    // for permission to purchase two more at about £60. This was agreed.": what was put forward, agreed in the next sentence;
    // the two as printed.
    const before = sentences[k - 1] ?? '';
    if (THIS_WAS_AGREED_RE.test(s) && PUT_FORWARD_RE.test(before) && before.length <= 600 && !out.some((d) => d.passage === passageOf(before))) {
      const text = `${before}${/[.!?]$/.test(before) ? '' : '.'} ${s}`;
      out.push(decisionOf(item, null, text, text, agreedProposalKind(before), null));
      return;
    }
    // ("… quarterly rather than monthly (except in exceptional circumstances) This was agreed by the committee.": the two run
    // together where the full stop was lost after a bracket.)
    if (low.includes('this was') && PUT_FORWARD_RE.test(s) && THIS_WAS_AGREED_AFTER_BRACKET_RE.test(s)) {
      out.push(decisionOf(item, null, s, s, agreedProposalKind(s.replace(THIS_WAS_AGREED_AFTER_BRACKET_RE, ')')), null));
      return;
    }
    if (/agreed|approved|adopted|accepted|ratified|endorsed/.test(low) && PROSE_AGREED_RE.test(s)) {
      // "Cllr Cox PROPOSED Cllr Hill remains Chairman; Cllr McGinn seconded. IT WAS AGREED.": a bare agreement carries
      // the proposal before it, which is what was decided; where that proposal was read already, the agreement adds nothing.
      const carried = BARE_AGREEMENT_RE.test(s) ? carriedProposal(sentences.slice(Math.max(0, k - 3), k)) : null;
      if (carried && out.some((d) => d.passage === passageOf(carried.sentence))) return;
      if (carried?.text) {
        out.push(makeDecision(item, null, carried.text, `${carried.sentence} ${s}`));
        return;
      }
      out.push(makeDecision(item, null, s));
      return;
    }
    // "Cllr West was nominated by Cllr Kettle and seconded by Cllr Woodman": an election's motion, recorded as moved.
    // (When the election itself is told after it — "… was unanimously voted as Chairman", "RESOLVED: That … be elected" —
    // that is the decision, and the nomination only its motion.)
    // ("… seconded by Cllr B and unanimously co-opted as a Councillor": the election told in the same sentence is read below.)
    if (low.includes('seconded') && NOMINATED_RE.test(s) && !/\band\s+(?:duly\s+|unanimously\s+)?(?:re-?)?(?:elected|appointed|co-opted)\b/i.test(s)) {
      if (!/\b(?:elected|appointed|voted|co-opted|RESOLVED|resolved|agreed|AGREED)\b/.test(`${sentences.slice(k + 1).join(' ')} ${next}`)) out.push(decisionOf(item, null, s, s, 'procedural', null));
      return;
    }
    // A record of the substitutions; an election recorded in prose, unless the motion for it was already read
    // ("It was proposed … that X be appointed"); a change to the order of business.
    // ("All agreed and Cllr Mr T Seddon was elected chairman.": the agreement that carried it, then the election.)
    const electedLead = ELECTED_LEAD_RE.exec(s);
    // ("The Parish Council then followed its co-option procedure; Mr Geary was unanimously voted in …": the election is the
    // clause after the semicolon.)
    const afterSemicolon = s.includes('; ') ? s.slice(s.lastIndexOf('; ') + 2) : '';
    const electedText = electedLead && ELECTED_RE.test(s.slice(electedLead[0].length)) ? s.slice(electedLead[0].length) : afterSemicolon && ELECTED_RE.test(afterSemicolon) ? afterSemicolon : s;
    if (
      (low.includes('substitute') && SUBSTITUTES_NOTED_RE.test(s)) ||
      ((low.includes('elected') || low.includes('appointed') || low.includes('co-opted') || low.includes('voted') || low.includes('became') || low.includes('confirmed') || low.includes('accepted')) && ELECTED_RE.test(electedText) && !out.some((d) => d.kind === 'procedural' && /\b(?:elect|appoint|co-opt)/i.test(d.text)))
    ) {
      const lead = ELECTED_RE.exec(electedText)?.[1] ?? '';
      // ("… elected as Chair of the Council; a Declaration of Acceptance of Office was completed": the election alone.)
      const said = electedText.slice(lead.length).replace(/;\s+(?:a|an|the|he|she|they|it)\s+[^;]*$/i, '');
      out.push(decisionOf(item, null, said.charAt(0).toUpperCase() + said.slice(1), s, 'procedural', null));
      return;
    }
    const pronoun = low.includes('record') ? RECORD_PRONOUN_RE.exec(s) : null;
    if (pronoun && pronoun[1]) {
      out.push(makeDecision(item, null, `The minutes ${pronoun[1]}`, s));
      return;
    }
    if ((low.includes('agenda') || low.includes('order')) && ORDER_RE.test(s)) {
      out.push(decisionOf(item, null, s, s, 'procedural', null));
      return;
    }
    // "Apologies for absence were received and accepted from County Cllr Morse", "… and the reasons accepted": accepting
    // apologies is the meeting's (procedural) decision; apologies only received are not.
    if (low.includes('apolog') && APOLOGIES_ACCEPTED_RE.test(s)) {
      out.push(decisionOf(item, null, s, s, 'procedural', null));
      return;
    }
    // "Apologies were received from Cllr Winship and were accepted by the Council.", "Apologies from Councillors Hobbs and
    // Bone were accepted", "Following completion of the attendance book apologies were received and accepted from …",
    // "Received and accepted apologies for absence from Cllr Bemand", "All reasons for absence were accepted and noted":
    // the apologies accepted, the decision from its own words (a lead-in clause before them is not part of it).
    const accepted = (low.includes('apolog') || low.includes('absence')) && !APOLOGIES_NOT_NOW_RE.test(s) ? APOLOGIES_TAKEN_RE.exec(s) : null;
    if (accepted && accepted.index <= 80) {
      // ("Councillors Hobbs and Bone sent their apologies, which were accepted.": the sentence whole, its subject the members.)
      const from = /\b(?:sent|gave|tendered|offered)\s+(?:their|his|her)\s*$/i.test(s.slice(0, accepted.index)) ? s : s.slice(accepted.index);
      out.push(decisionOf(item, null, from.charAt(0).toUpperCase() + from.slice(1), s, 'procedural', null));
      return;
    }
    // "Laurence Gunner agreed to approach Jim Kelman …": a member named in full taking on a task.
    const named = low.includes(' to ') ? NAMED_AGREED_TO_RE.exec(s) : null;
    if (named?.[1] && isActor(named[1])) {
      out.push(action(item, s, named[1], s));
      return;
    }
    // "All agreed that Ann Bell be invited to the next meeting.", "AGREED by all present to ask Tom Hart to carry out the audit.":
    // the meeting's assent, who agreed first; the sentence as printed.
    if (low.includes('agreed') && ALL_AGREED_RE.test(s)) {
      out.push(makeDecision(item, null, s));
      return;
    }
    const bv = BODY_VERB_HINT_RE.test(low) ? BODY_VERB_RE.exec(s) : null;
    if (bv && bv[1]) {
      const verb = bv[1].toLowerCase();
      const rest = bv[2] ?? '';
      // "The Board resolved:" with nothing after it: the lead-in of a resolution below (or cut off), never one itself.
      if (/^\s*[:–—-]*\s*$/.test(rest)) return;
      if (verb === 'received' && !/^\s+(?:the\s+)?(?:information|update)\b|^\s+and\s+noted\b/i.test(rest)) return;
      if (verb === 'requested' && !/^\s+that\b/i.test(rest)) return;
      // "Members elected Councillors A, B and C onto the …": who was elected follows; "… were elected" is no decision here.
      if ((verb === 'elected' || verb === 'appointed' || verb === 'co-opted') && !/^\s+(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}/u.test(rest)) return;
      // ("The Commission chose Colin Beattie as Chair": an election in other words; nothing else the body chose is read so.)
      if (verb === 'chose' && !/^\s+[^.;]{2,60}?\s+as\s+(?:its\s+|the\s+)?(?:(?:Vice|Deputy)[-\s]?)?(?:Chair(?:man|person|woman)?|Convener|Mayor|Secretary|Treasurer)\b/.test(rest)) return;
      // "The Committee confirmed the minutes …" records a decision; "The Committee confirmed that it had read …" only reports.
      // ("Members confirmed 1st September 2020 minutes as a true record": the meeting's date before "minutes".)
      if (verb === 'confirmed' && !/^\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?minutes\b/i.test(rest)) return;
      // "The Committee decided to exclude the public …", "Members decided that …": a decision, kept as printed.
      // ("The Committee decided: that the minutes be approved …": Scottish minutes print a colon.)
      if (verb === 'decided' && !/^\s*:?-?\s*(?:not\s+)?(?:to|that)\s/i.test(rest)) return;
      // "The Council noted the following declarations of interest", "The Committee noted the following transparency
      // statements:-" (Scottish minutes): the record that follows is not a decision.
      if (verb === 'noted' && /^\s+(?:that\s+)?(?:the\s+following\s+)?(?:declarations?|apologies|substitut|interests?|transparency\s+statements?)\b|^\s+the\s+following\s*:?\s*$/i.test(rest)) return;
      // "The meeting noted that there were no other declarations from group leaders": a record of the declarations.
      if (verb === 'noted' && /^\s+that\s+there\s+(?:were|was)\s+no\s+(?:other\s+|further\s+)?(?:declarations?|interests?|apologies)\b/i.test(rest)) return;
      // "The Leader of the Council noted …": a person speaking, not the Council deciding.
      if (/\bof\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?Council$/i.test(s.slice(0, s.length - rest.length - bv[1].length).trim())) return;
      // "The Committee resolved to agree the minutes …" records the resolution "To agree the minutes …".
      const resolvedTo = verb === 'resolved' || (verb === 'decided' && /^\s*:/.test(rest)) ? /^\s*[:–—-]*\s*(to|that)\s+(\S.*)$/i.exec(rest) : null;
      out.push(makeDecision(item, null, resolvedTo && resolvedTo[1] && resolvedTo[2] ? `${resolvedTo[1]} ${resolvedTo[2]}` : s, s));
      return;
    }
    // "The committee reviewed the grant application policy and resolved to add a clause …": the body's resolution after what
    // it first did with the matter; the sentence as printed, its kind and owner the resolution's (what it weighed, "the
    // report", is no noting).
    const weighedThen = /\band\s+(?:unanimously\s+)?(?:resolved|agreed|decided)\s/i.test(s) ? BODY_WEIGHED_THEN_RE.exec(s) : null;
    if (weighedThen?.[1]) {
      const resolution = weighedThen[1].charAt(0).toUpperCase() + weighedThen[1].slice(1);
      // (As "The Committee resolved to …" is read: a resolution's own words are "To …"; an agreement stays as printed.)
      const text = /\band\s+(?:unanimously\s+)?resolved\s+(?:not\s+)?to\s/i.test(s) ? resolution : s;
      out.push(decidedByClause(item, text, s, resolution));
      return;
    }
    // "CC.06 – Elected Member Representation … – the Council agreed that the minute be amended …": the body's decision after
    // the dash that ends a reference to another minute.
    const afterDash = agreed ? /\s[–—]\s+(the\s+(?:Council|Committee|Board|Panel|Cabinet|Sub-Committee)\s+(?:agreed|resolved|decided)\s+(?:that|to)\s+.{5,})$/.exec(s) : null;
    if (afterDash?.[1] && !BODY_VERB_RE.test(s)) {
      out.push(makeDecision(item, null, afterDash[1].charAt(0).toUpperCase() + afterDash[1].slice(1), s));
      return;
    }
    // Welsh: "Cyflwynwyd a chadarnhawyd fel rhai cywir, gofnodion …" (presented and confirmed as correct).
    // "Derbyniwyd a chymeradwywyd bod cofnodion …" (received and approved that the minutes …).
    if (/^(?:(?:Cyflwynwyd|Derbyniwyd)\s+a\s+)?(?:chadarnhawyd|Cadarnhawyd|chymeradwywyd|Cymeradwywyd)\b/i.test(s)) {
      out.push(makeDecision(item, null, s));
      return;
    }
    // "Action: To be put on the village notice board." inside a paragraph.
    const inlineAction = ACTION_LINE_RE.exec(s);
    if (inlineAction && inlineAction[1]) {
      const prev = sentences[k - 1] ?? '';
      applyActionLabel(out, item, inlineAction[1], s, prev, (last) => !!prev && last.passage === passageOf(prev));
      return;
    }
    // "ACTION: NB to chase BT to remove the phone box. PB to chase grant for defibrillator.": the next task after an
    // action label, owned by the initials before "to".
    const initialsTask = /^(\p{Lu}{2,3})\s+to\s+\p{Ll}/u.exec(s);
    if (initialsTask?.[1] && /\bACTIONS?\s*:/.test(sentences[k - 1] ?? '')) {
      out.push(action(item, s, initialsTask[1], s));
      return;
    }
    // "CR to find more detail …", "EP will ask other CCs …": members by their initials given a task (not after someone's
    // account of what they will do: "NG said that …. NG will …" stays their account).
    const byInitials = /^\p{Lu}{2,3}(?:\s*(?:and|&|\/)\s*\p{Lu}{2,3})?\s+(?:to|is\s+to|are\s+to|will|(?:also\s+)?(?:agreed|offered|volunteered)\s+to)\s/u.test(s) ? initialsTaskOwner(s) : null;
    if (byInitials && !(byInitials.modal && k > 0 && REPORTING_RE.test(sentences[k - 1] ?? ''))) {
      out.push(action(item, s, byInitials.owner, s));
      return;
    }
    // "Shona to draft the invitation", "Peter will be contacting the landowner": a member by first name given a task
    // (not after someone's account of what they will do).
    const byName = /^\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)?\s+(?:to|is\s+to|will|would)\s/u.test(s) && !proseActionOwner(s) ? namedTaskOwner(s) : null;
    if (byName && !(byName.modal && k > 0 && REPORTING_RE.test(sentences[k - 1] ?? ''))) {
      out.push(action(item, s, byName.owner, s));
      return;
    }
    // "Officers to circulate …", "The Chair would write to …": an action recorded in prose.
    const proseOwner = proseActionOwner(s);
    // "The Director introduced the report. … Officers would report to Cabinet in October.": after a
    // speaker's account, "would"/"will" carries on the reported speech; it records no task given.
    if (proseOwner && proseActionIsModal(s) && k > 0 && REPORTING_RE.test(sentences[k - 1] ?? '')) return;
    if (proseOwner) {
      out.push(action(item, s, proseOwner, s));
      return;
    }
    // "It was recommended that the partnership submit a response …": the meeting's recommendation.
    const recommended = low.includes('recommended') ? RECOMMENDED_THAT_RE.exec(s) : null;
    if (recommended?.[1]) {
      out.push(decisionOf(item, null, recommended[1], s, 'recommendation', null));
      return;
    }
    // "Letter/email to be sent to James Verdin …", "Community Action Northumberland – to be deferred to next meeting.": a
    // decision in note form, what is to be done to something; its kind as its words say. ("Link to be circulated by
    // Councillor A …" names its owner, read below.)
    if (low.includes(' to be ') && NOTE_FORM_TO_BE_RE.test(s) && !ACCOUNT_BEFORE_TO_BE_RE.test(s) && !/\bto\s+be\s+\w+\s+by\s/i.test(s)) {
      out.push(makeDecision(item, null, s, s));
      return;
    }
    const agreedFor = agreed ? AGREED_FOR_RE.exec(s) : null;
    // "it was agreed for the Village Hall to be used for the fete" gives no one a task.
    if (agreedFor && agreedFor[1] && agreedFor[2] && isActor(agreedFor[1].replace(/^((?:Cllrs?|Councillors?)\.?\s+)(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/, '$1')) && !/^be\b/.test(agreedFor[2])) {
      const who = agreedFor[1];
      out.push(action(item, `${who} to ${agreedFor[2]}`, who.replace(/^(?:Cllrs?|Councillors?)\.?\s+/, '').replace(/^The\s+/, 'the '), s));
      return;
    }
    // "… had met the trustees. It was agreed that …" reports what was agreed elsewhere, before this meeting.
    const reported = agreed && k > 0 && /\bhad\s+(?:been\s+|not\s+)?\w+(?:ed|en|t|ne)\b/i.test(sentences[k - 1] ?? '');
    const itWas = !agreed || reported ? null : (IT_WAS_RE.exec(s) ?? PROPOSED_RESOLVED_RE.exec(s));
    if (itWas && itWas[1] && itWas[1].split(/\s+/).length >= 4) {
      out.push(makeDecision(item, null, itWas[1], s));
      return;
    }
    // "It was agreed the details should be e-mailed to the Clerk", "It was agreed Dick Latham, Paul Bragg and Melanie James
    // would review the quotes": the agreement without its "that"; the sentence as printed, its kind and owner the clause's.
    const bare = agreed && !reported && !itWas ? AGREED_BARE_CLAUSE_RE.exec(s) : null;
    if (bare?.[1]) {
      out.push(decidedByClause(item, s, s, bare[1]));
      return;
    }
    // "The following payments were approved: Clerk's salary £300, …": the payments authorised.
    // (Not "The following cheques were agreed for payment:-" over the list: the lead-in alone.)
    if (PAYMENTS_APPROVED_RE.test(s) && !/[:–—-]\s*-?\s*$/.test(s)) {
      out.push(makeDecision(item, null, s, s));
      return;
    }
    const welsh = WELSH_AGREED_RE.exec(s);
    if (welsh && welsh[1]) {
      out.push(makeDecision(item, null, `I${welsh[1].slice(1)}`, s));
      return;
    }
    const movedAnd = low.startsWith('it was ') ? MOVED_AND_RE.exec(s) : null;
    if (movedAnd?.[1] && /\bbe\s+(?:\w+ed|\w+en)\b/.test(movedAnd[1])) {
      out.push(makeDecision(item, null, movedAnd[1], s));
      return;
    }
    // "Secretary: Alexandra Hardie proposed by S Millar seconded by M Burdon": an office-bearer chosen by a vote.
    if ((low.includes('proposed by') || low.includes('nominated by')) && low.includes('seconded') && OFFICE_BEARER_RE.test(s)) {
      out.push(decisionOf(item, null, s, s, 'procedural', null));
      return;
    }
    // "Councillor Harmer proposed and Councillor Butler Stoney seconded the resolution that Councillor Cutbill is voted as
    // Chairman": the resolution as moved and seconded, in the minute's words.
    const secondedMotion = low.includes(' seconded the ') ? SECONDED_RESOLUTION_RE.exec(s) : null;
    if (secondedMotion?.[1]) {
      out.push(makeDecision(item, null, `T${secondedMotion[1].slice(1)}`, s));
      return;
    }
    const moved = (low.includes('moved') || low.includes('proposed')) ? (MOVED_RE.exec(s) ?? PROPOSED_RE.exec(s)) : null;
    // ("Cllr. Hale proposed and Cllr. Nunn seconded that …": a title's full stop is no sentence's end.)
    const printedThatAny = !!moved && (MOVED_RE.test(s) || /\bproposed\b[^.]{0,60}?\bthat\b/i.test(s.replace(/\b(Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\./g, '$1')));
    const carried = (CARRIED_RE.test(text) && !LOST_RE.test(text)) || (next.length < 300 && CARRIED_RE.test(next) && !LOST_RE.test(next));
    if (moved && moved[1] && (printedThatAny || /\b(?:be|is|are)\b/.test(moved[1])) && carried) {
      // "Cllr A proposed B is co-opted …" prints no "that": the proposal is kept as printed.
      // ("… that Mr Owen represent the Cefn Ward Seconded: Cllr. J. Jones All in favour": the seconder's label ends it.)
      const proposal = moved[1].replace(/\s+(?:Seconded|SECONDED|Seconder)(?:\s+by)?\s*[:–—-]?\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b).*$/s, '');
      out.push(makeDecision(item, null, printedThatAny ? `That ${proposal}` : proposal, s));
      return;
    }
    // "Pig Stye Lane – ownership of the diseased tree-following a discussion it was agreed that the Clerk contact Bennetts
    // …", "Highway letter sent – as there was no reply it was resolved that the Clerk send a reminder.": a resolution told
    // after the matter's name and a dash (or a clause of its own after a comma); the decision is the clause from "it was".
    // (Not someone's account of it: "he said it was agreed that …", nor what had been agreed before.)
    const mid = agreed && !reported && !itWas ? MID_SENTENCE_AGREED_RE.exec(s) : null;
    if (mid?.[1] && !REPORTED_BEFORE_RE.test(s.slice(0, mid.index + mid[0].length - mid[1].length).slice(-80))) {
      const clause = mid[1].charAt(0).toUpperCase() + mid[1].slice(1);
      // ("… sent their apologies, it was resolved to accept these": accepting apologies is the meeting's procedure.)
      const apologies = low.includes('apolog') && /\baccept/i.test(clause);
      out.push(apologies ? decisionOf(item, null, clause, s, 'procedural', null) : makeDecision(item, null, clause, s));
      return;
    }
    const under = s.includes('undert') ? UNDERTOOK_RE.exec(s) : null;
    if (under && under[1] && under[2]) {
      // "NOTE: (1) Councillor Callow, the Leader of the Council, undertook to …": the note's label and number are not
      // part of the task, and the post after the name only says who the person is.
      const lead = /^(?:(?:NOTE|Note)\s*:\s*)?(?:\(\d{1,2}\)\s+)?/.exec(under[1])?.[0] ?? '';
      const who = under[1].slice(lead.length);
      const named = /^((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?:the\s+)?[^,]{3,80},?$/.exec(who)?.[1];
      const owner = (named ?? who).replace(/^(?:In response,?\s+|Following .{0,80}?,\s*)/i, '').replace(/^The\s+/, 'the ').replace(/^(?:Councillor|Cllr\.?)\s+(?=[A-Z])/, (w) => (named ? '' : w));
      // "The Commissioner explained that the Chief Constable undertook to …" reports what someone else once undertook.
      // "She undertook to …": a pronoun names no one the reader can act on; the undertaking stays, with no owner.
      const pronoun = /^(?:he|she|they|it|officers?\s+present)$/i.test(owner.trim());
      // ("Lynne undertook to follow this up": a member by a given name alone, as community council minutes name them.)
      if (!pronoun && !isActor(named ?? owner) && !(/^\p{Lu}\p{Ll}+$/u.test(owner) && isGivenName(owner))) return;
      const text2 = finishText(s.slice(lead.length));
      out.push({ item, label: null, text: text2, kind: 'action', owner: pronoun ? null : owner, due: dueOf(text2, 'action') });
      return;
    }
    // "Link to be circulated by Councillor Chapman-Allen on new regulations.": a task in the passive, its owner after "by".
    const passive = /\bto\s+be\s+\w+\s+by\b/.test(s) ? PASSIVE_TASK_RE.exec(s) : null;
    if (passive?.[1]) {
      out.push(action(item, s, passive[1].replace(/^(?:Cllr|Councillor|Coun)\.?\s+/, '').replace(/^The\s+/, 'the '), s));
      return;
    }
    // ("… The Glen, Pamber Heath. No objection": the view a sentence of its own after the application's.)
    const prevSentence = sentences[k - 1] ?? '';
    if (/^no\s+objections?\.?$/i.test(s.trim()) && prevSentence.length <= 600 && PLANNING_REF_RE.test(prevSentence) && !out.some((d) => d.passage === passageOf(prevSentence))) {
      out.push(decisionOf(item, null, `${prevSentence} ${s}`, `${prevSentence} ${s}`, 'recommendation', null));
      return;
    }
    const view = s.length <= 600 && PLANNING_REF_RE.test(s) && /object|support/i.test(low) ? PLANNING_VIEW_END_RE.exec(s) : null;
    // (Not someone's account: "The Board heard that there had been no objections to the application.")
    if (view && view.index >= 10 && !/\b(?:whether|if|may|might|would|could)\b/i.test(s.slice(Math.max(0, view.index - 40), view.index)) && !/\b(?:there\s+(?:had|has|have)\s+been|there\s+(?:were|was|are|is)|heard|said|explained|reported|advised|noted|confirmed|informed|stated|received)\b[^.;:]*$/i.test(s.slice(0, view.index))) {
      out.push(decisionOf(item, null, s, s, 'recommendation', null));
      return;
    }
    // "(44) Wolverton field lease Clerk to copy …", "In respect of minute 8 b) the Clerk was instructed to contact …".
    const task = /[Cc]lerk|Chair|Officer|Chief|Treasurer|RFO|Convener|Secretary|Cllr|Councillor|Coun/.test(s) ? midSentenceTask(s) : null;
    if (task) out.push(action(item, task.text, task.owner.replace(/^(?:(?:County|Borough|District)\s+)?(?:Cllr|Councillor|Coun)\.?\s+/, ''), s));
  });
  return out;
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * One item's decisions from its "Decision:" panel and its "Minutes:" (ModernGov prints the
 * resolution in both). A copy cut off part-way ("C Note the named re") repeats the start of a
 * fuller point with the same label: only the fuller one is kept.
 */
export function findItemDecisions(decisionBlocks: readonly Block[], minutesBlocks: readonly Block[], item: string | null): Decision[] {
  // A page with only a "Decision:" panel has its minutes copied from it: the same blocks are read once.
  const same = decisionBlocks.length === minutesBlocks.length && decisionBlocks.every((b, k) => b === minutesBlocks[k]);
  const all = dedupe(same ? decisionsIn(minutesBlocks, item) : [...decisionsIn(decisionBlocks, item), ...decisionsIn(minutesBlocks, item)]);
  const squashed = all.map((d) => squash(d.text));
  // "… Councillor J Burnett was duly elected as Chair" and, below it, "RESOLVED: That Councillor J Burnett be elected
  // Chair": the account of the election and its resolution are one decision; the resolution is kept.
  const resolvedElections = all.filter((d) => /\bbe\s+(?:re-?)?(?:elected|appointed)\b/i.test(d.text));
  const told = (d: Decision) => {
    const m = /^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?((?:\p{Lu}[\w'’.-]*\s+){0,3}\p{Lu}[\w'’.-]*?)(?:,|\s+(?:was|were))/u.exec(d.text);
    const surname = m?.[1]?.split(/\s+/).pop();
    return !!surname && /\b(?:was|were)\s+(?:duly\s+|unanimously\s+|formally\s+)?(?:re-?)?(?:elected|appointed|voted)\b/i.test(d.text) && resolvedElections.some((r) => r !== d && r.text.includes(surname));
  };
  return all.filter((d, k) => {
    if (told(d)) return false;
    const mine = squashed[k] ?? '';
    if (/[.!?)]$/.test(d.text.trim()) || mine.length < 6) return true;
    return !all.some((o, j) => j !== k && o.label === d.label && o.text.length > d.text.length && (squashed[j] ?? '').startsWith(mine));
  });
}

function dedupe(ds: Decision[]): Decision[] {
  const seen = new Set<string>();
  const out: Decision[] = [];
  for (const d of ds) {
    const key = `${d.label ?? ''}|${d.text.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
