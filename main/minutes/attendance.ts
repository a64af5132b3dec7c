/**
 * Attendance: who was present, who sent apologies, who was absent, and who attended without being a
 * member of the committee (officers, cabinet members, witnesses). Read from the labelled lists that
 * printed minutes carry ("PRESENT:", "Those attending:", "Sederunt:", "Yn bresennol:", "Also in
 * attendance:", "Officers:", "Apologies:", "Absent:", "Substitutes:", "In the Chair:"), also when
 * copying ran several lists into one line or a whole council's names into one paragraph; from "The
 * following were in attendance …" lists inside an item; and from sentences: apologies (with
 * substitutes in brackets, "X attended in his absence"), substitutions ("X attended as substitute for
 * Y"), absences, late arrivals and early leavers (they were there), "X in the Chair".
 */
import { columnSortedNames } from './column-names';
import { bodyNameRun } from './body-name-run';
import { initialledBulletNames, initialledRegister } from './initialled-register';
import { givenNameRun, isPostBeforeRun, namePostRun } from './given-name-run';
import { isGivenName } from './given-names';
import { withCouplesApart } from './couples';
import { withoutNameInitials } from './name-initials';
import { initialsColumnRun, type ColumnPerson } from './initials-column';
import { capitals, initialsRun } from './initials-run';
import { slashCellLines } from './slash-cells';
import { pipeTableRegister, type PipeTableReaders } from './pipe-table-register';
import { nameCommaPostRun } from './name-comma-post-run';
import type { Block } from './blocks';
import { findDate } from './dates';
import { AFTER_ESQ_RE, HONORARY_ALDERMEN_RE, initialsOf, isBusinessWordName, isOrganisation, MEMBER_TITLE_RE, NAME_TOKENS, ONE_PERSON_LINE, semicolonPeopleParts, splitInitialledRun, stripMemberTitle, titleCaseCapitals, withStopsBeforePeople } from './names';
import { splitSentences } from './sentences';

export type AttendanceStatus = 'present' | 'apologies' | 'absent' | 'in-attendance';

export interface Attendee {
  /** Without "Councillor", "Cllr" or "Co-opted Member"; keeps "Dr", "Mrs". */
  name: string;
  status: AttendanceStatus;
  /** "Chair", "Vice-Chair", "substitute for X", "co-opted member", or the post of someone in attendance. */
  role: string | null;
}

type LabelKind = AttendanceStatus | 'co-opted' | 'substitutes' | 'chair';

// ("Representing The Highland Council:" over "Mr L Fraser;Mr J Gray": a joint board's members, under the council each sits for.)
const PRESENT_LABEL =
  'Attendance(?=\\s*:\\s*$)|Participating(?=\\s*:)|Participants(?=\\s*:\\s*(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\\.?\\s+)?[A-Z])|Representing\\s+(?:the\\s+|The\\s+)?[A-Z][^:]{2,80}?|Attendees|(?:Those\\s+)?Present\\s+were|The\\s+following\\s+(?:(?:Members|Councillors)\\s+)?(?:were|was)\\s+present|Present\\s+at\\s+(?:the\\s+)?(?:start\\s+of\\s+(?:the\\s+)?)?Meeting(?:\\s+were)?|Other\\s+(?:Members|Councillors)\\s+present|(?:PRESENT|Present)\\s+(?:Councillors|Members)|PRESENT|Members?\\s+(?:present|in\\s+attendance|attending)|(?:Members|Councillors)\\s+and\\s+Officers\\s+present|(?:(?:Parish|Town|Community|City|County|Borough|District)\\s+)?Councillors?\\s+(?:present|attending)|Committee\\s+members?(?:\\s+present)?|(?:Board|Panel|Forum|Trust|Authority)\\s+Members(?=\\s*:)|(?!(?:Other|Co-opted|Independent|Non|Substitute|Reserve|Visiting|Ex|Lay|Associate)\\b)(?:[A-Z][a-z]+\\s+){1,3}(?:Members|Commissioners|Trustees|Governors|Directors)(?=\\s*:\\s*$)|(?:Board|Trustees|Directors|Governors)(?=\\s*:\\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s+)?[A-Z][a-z]+\\s+[A-Z][a-z-]+\\s*[,(])|(?:Board|Panel|Cabinet|Council|Sub-Committee)\\s+members?\\s+present|Members\\s+of\\s+(?:the\\s+)?(?:Committee|Sub-Committee|Panel|Board|Council|Cabinet|Commission|Executive)\\s+present|Present(?:\\s*\\/\\s*Yn\\s+bresennol)?|Yn\\s+bresennol(?:\\s*\\/\\s*Present)?|Presennol|Councillors|C?Cllrs(?=\\s*:)|Cynghorwyr(?:\\s*\\/\\s*Councillors)?|Those\\s+(?:present|attending|in\\s+attendance)|(?:Members\\s+)?Present\\s*(?:\\(\\s*(?:in\\s+person|virtually|remotely|online|in\\s+the\\s+chamber|via\\s+\\w+)\\s*\\)|(?:in\\s+person|virtually|remotely|online|in\\s+the\\s+chamber|via\\s+\\w+|by\\s+(?:video|telephone|phone|zoom|teams|remote)(?:\\s+(?:link|conference|call))?))|(?:Members\\s+)?Attended\\s+by|Sederunt|Members(?=\\s*:\\s*(?:Cllrs?|Councillors?)\\b)|(?:Other\\s+)?Members(?=\\s*:\\s*(?:(?:Councillors|Cllrs)\\s*:\\s*)?$)|Attendance(?=\\s*:\\s*(?:Cllrs?|Councillors?)\\.?\\s)';
const IN_ATTENDANCE_LABEL =
  // "Members attending in accordance with Standing Orders 8 and 25:-": members who are not on the body.
  // ("… K Swindells Shropshire Councillor: J Barrow Clerk: C Warner": another council's member, under a label of their own.)
  '(?!(?:Parish|Town|Community|City|Other|The|Co-opted|Elected|Independent|Chair(?:man|woman|person)?|Vice|Deputy|Mayor|Members?|Councillors?)\\b)[A-Z][a-z]{3,}\\s+(?:(?:County|District|Borough|Unitary)\\s+)?Councillor(?=\\s*:)|Other\\s+(?:Members|Councillors)\\s+in\\s+attendance|By\\s+invitation|(?:Members|Councillors)\\s+(?:also\\s+)?attending\\s+(?:in\\s+accordance\\s+with|under)\\s+[^:]{2,80}|Also\\s+(?:in\\s+attendance|present|attending)|(?:Executive|Senior\\s+Management|Leadership|Management)\\s+Team(?:\\s+in\\s+attendance)?|Secretariat(?=\\s*:)|In\\s+attendance(?:\\s+also|\\s+were|\\s+(?:by|via)\\s+(?:video|telephone|phone|zoom|teams|remote)(?:\\s+(?:link|conference|call))?)?|Attending|(?:Supporting\\s+)?Officers?(?:\\s+(?:in\\s+attendance|present|attending))?|Staff(?:\\s+(?:in\\s+attendance|present|attending))?(?=\\s*:)|Officers?\\s*\\/\\s*others?|(?:Council\\s+|[A-Z]{2,6}\\s+)?Officials(?:\\s+(?:present|in\\s+attendance))?|Visitors(?:\\s+present)?|Guests(?:\\s+present)?|Observers?(?=\\s*:)|Public\\s+present(?=\\s*:)|(?:College|School|Senior|Executive)\\s+Management(?=\\s*:)|Other\\s+attendees|Non-members|Others\\s+(?:present|in\\s+attendance)|Others(?=\\s*:\\s*(?:Mr|Mrs|Ms|Miss|Dr)?\\.?\\s*[A-Z][a-z]+\\s+[A-Z][a-z])|Witnesses|Swyddogion(?:\\s*\\/\\s*Officers)?|Hefyd\\s+yn\\s+bresennol';
const COOPTED_LABEL = 'Co-opted\\s+members?(?:\\s+present)?|Independent\\s+members?';
// ("Appologies": the word mistyped, as hand-typed minutes often have it.)
const APOLOGIES_LABEL = '(?:Councillors?[\'’]?s?\\s+|Members?[\'’]?s?\\s+)?Ap?polog(?:ies|y)(?:\\s+for\\s+absence)?(?:\\s+(?:were\\s+)?received(?:\\s+from)?)?|Ymddiheuriadau';
const ABSENT_LABEL = 'Absent\\s+without\\s+apolog(?:y|ies)|Absent|(?:Members|Councillors)\\s+(?:absent|not\\s+present)|Not\\s+present';
const SUBSTITUTES_LABEL = 'Substitutes?(?:\\s+members?)?(?:\\s+present)?';
/** "In the Chair: Councillor A Smith", "Vice-Chair: Councillor B Jones": one person, with that role. */
const CHAIR_LABEL = 'In\\s+the\\s+Chair|Presiding\\s+(?:Chair(?:man|woman|person)?|Member)|Presiding|(?:(?:Vice|Deputy)[-\\s]?)?Chair(?:man|woman|person)?|(?:Vice[-\\s]?)?Convener|Cadeirydd|Is-?Gadeirydd|Cathaoirleach|Leas-?\\s?Chathaoirleach';
/** A block that opens an attendance list: the label (after an optional minute number) and what follows it on the same line. */
const LABEL_RE = new RegExp(
  // ("06.01Present: …": the minute's number run onto the label; "Present; Cllrs. R. Gore …": a semicolon for its colon;
  // "58/20). Present were:-": a coded number; "1151 PRESENT – …": a running number in the thousands.)
  `^(?:\\d{1,4}(?:[.:/]\\d{1,2})?(?:[.)]{0,2}\\s+|(?=[A-Z])))?(?:(${PRESENT_LABEL})|(${IN_ATTENDANCE_LABEL})|(${COOPTED_LABEL})|(${APOLOGIES_LABEL})|(${ABSENT_LABEL})|(${SUBSTITUTES_LABEL})|(${CHAIR_LABEL}))\\s*(?::|;(?=\\s)|[–—-]\\s|\\t|\\|)\\s*(?:\\|\\s*)?(.*?)(?:\\s*\\|)?$`,
  'i',
);
/**
 * A label printed without its colon, the names straight after it: "Other Members Present P J Bateson J Campbell",
 * "Officers Present J A Dunn (Chief Executive)", "Presiding P McLean". Only these forms, and only before a name.
 * ("In Attendance Councillor Ward (Chair), Councillor Marshall …": members by title and surname, the label's line run into
 * the list's.)
 */
const NO_COLON_LABEL_RE =
  /^(?:Other\s+)?(Members\s+[Pp]resent|Councillors\s+[Pp]resent|Officers\s+[Pp]resent|Also\s+[Pp]resent|In\s+[Aa]ttendance|Presiding|PRESENT|Present|APOLOGIES|Apologies|ABSENT|Absent|Chair(?=\s+The\s+(?:Deputy\s+)?(?:Lord\s+)?(?:Mayor|Provost)\b))\s+(?=(?:(?:The\s+)?(?:Deputy\s+)?(?:Lord\s+)?(?:Mayor|Provost),?\s+)?(?:(?:(?:County|City|Borough|District|Town|Parish)\s+)?(?:Councillors?|Cllrs?|Cllr['’]s|Alderm[ae]n|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z](?:\.\s*|\s+)(?:[A-Z](?:\.\s*|\s+)){0,2}|[A-Z]{2,3}\s+)[A-Z][\p{Ll}'’]|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}|(?:(?:Councillors|Cllrs)\.?\s+)?\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+,\s+\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+,|(?:Councillor|Cllr)\.?\s+\p{Lu}[\p{Ll}'’-]+\s*(?:\([^()]{2,30}\)\s*)?,\s+(?:Councillor|Cllr)\.?\s+\p{Lu}|(?:The\s+)?(?:Deputy\s+)?(?:Lord\s+)?(?:Mayor|Provost)\s+\((?:Councillor|Cllr)\.?\s+\p{Lu})/u;

const COUNTED_PRESENT_RE = /^(?:Present|PRESENT|Members\s+present)\s*\(\d{1,3}\)\s*:?\s*(?=(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\p{Lu})/u;
const CHAIR_FIRST_PRESENT_RE = /^(?:Present|PRESENT)\s+(?:(?:Vice|Deputy)[-\s]?)?Chair(?:man|woman|person)?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?\p{Lu}[^,]{1,40},\s/u;

/** The attendance label opening a block, with or without its colon. */
const THOSE_PRESENT_ITEM_RE = /^\d{1,3}[./):]?\s+(?:Those|Members|Councillors)\s+present\s*[:–—-]?\s+(?=(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s*\p{Lu})/iu;

const BARE_LABEL_LINE_RE = /^(?:Present|(?:Board|Committee|Panel|Council)\s+Members|Members\s+Present|In\s+Attendance|Also\s+(?:Present|in\s+Attendance)|Officers\s+(?:Present|in\s+Attendance))$/i;

/** "62/1213 Present Councillors, Mr T Barrett, …": the members' title set off by a comma before the first styled name. */
const PRESENT_TITLE_COMMA_RE = /^((?:\S*\d\S*\s+)?(?:Present|PRESENT|Members\s+[Pp]resent)\s+(?:Councillors|Cllrs|COUNCILLORS))\s*,\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+\p{Lu})/u;

const GROUP_COLON_RE = /^((?:\p{Lu}[\p{L}'’&-]*(?:\/\p{Lu}[\p{L}'’&-]*)?\s+){0,3}(?:\p{Lu}\p{Ll}+\/)?)(Officers|Members|Councillors|Parish|District|Other|Others|Staff|Representatives)\s*:\s+(?=(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}{1,3}\s+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/u;

/** A group's label inside a register's run, after a bracket or a surname: "… (Softley) Parish: M Burns …". */
const INNER_GROUP_RE = /(?<=\)\s|\p{Ll}\s)(?:\p{Lu}[\p{L}'’&-]*(?:\/\p{Lu}[\p{L}'’&-]*)?\s+){0,2}(?:Officers|Members|Councillors|Parish|District|Other|Others|Staff|Representatives)\s*:\s/gu;

function labelOf(text: string): RegExpExecArray | null {
  // ("62/1213 Present": a minute's number with the council year in full after its slash, before the label.)
  // ("1. In attendance Malcolm McGregor (MMcG) Chair …": an item's number before the label, its colon left out.)
  const t00 = (text.length > 8000 ? text.slice(0, 8000) : text).replace(/^\d{1,4}\/\d{4}\s+(?=\p{Lu})/u, '').replace(/^\d{1,2}\.\s+(?=(?:In\s+attendance|Present|Attendees)\s+\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+\s+\()/iu, '');
  const t01 = PRESENT_TITLE_COMMA_RE.test(t00) ? t00.replace(PRESENT_TITLE_COMMA_RE, '$1 ') : t00;
  // ("MEMBERS PRESENT. Brian Johns - Chair, …": a full stop for the label's colon.)
  const t0 = /^(?:MEMBERS\s+PRESENT|Members\s+present|PRESENT|Present|GUESTS|Guests|APOLOGIES|Apologies)\.\s+\p{Lu}/u.test(t01) ? t01.replace(/\.\s+/, ': ') : t01;
  // "In attendance were District Councillor Thornton, the clerk and several members of the public.": the label in a sentence.
  // ("Present were Wendy Cheesman, Chair; Tony Graveling; …": the members' label in a sentence the same way.)
  const t = /^(?:Also\s+)?in\s+attendance\s+(?:were|was)\s+\S/i.test(t0)
    ? t0.replace(/^(?:Also\s+)?in\s+attendance\s+(?:were|was)\s+/i, 'In attendance: ')
    : /^(?:Those\s+)?present\s+(?:were|was)\s+(?:(?:Councillors?|Cllrs?)\.?\s+)?\p{Lu}/iu.test(t0)
      ? t0.replace(/^(?:Those\s+)?present\s+(?:were|was)\s+/i, 'Present: ')
      : // "1. Those present Cllr E.Henderson (Chair), Cllr J. Donald, …": a numbered item headed by the label, its list on the
        // same line.
        THOSE_PRESENT_ITEM_RE.test(t0)
        ? t0.replace(THOSE_PRESENT_ITEM_RE, 'Present: ')
        : // "Present (7) Cllrs Derrick Baker, …": how many came, in brackets after the label.
          COUNTED_PRESENT_RE.test(t0)
          ? t0.replace(COUNTED_PRESENT_RE, 'Present: ')
          : // "Present Chairman Mr David Hook, Vice Chairman Mr Richard Delf, Mrs Liz Allen, …": the chair first, by office.
            CHAIR_FIRST_PRESENT_RE.test(t0)
            ? t0.replace(/^(?:Present|PRESENT)\s+/, 'Present: ')
            : t0;
  // "Present: Bill Abram" / "Chris Lennon" / … / "Parish Clerk David Maughan": names in full one to a line, run together
  // when the lines were joined; read in pairs, a clerk's post before the last name.
  const colonRun = /^(Present|PRESENT|Members\s+[Pp]resent|Councillors\s+[Pp]resent):\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u.exec(t);
  if (colonRun && !/[,;]/.test(t)) {
    const whole = t.slice(colonRun[0].length);
    const clerkAt = whole.search(/\s(?:(?:Parish|Town|Assistant|Deputy)\s+)?Clerk(?:\s+and\s+RFO)?\s+\p{Lu}\p{Ll}+\s+\S+$|\sRFO\s+\p{Lu}\p{Ll}+\s+\S+$/u);
    const after = clerkAt > 0 ? whole.slice(0, clerkAt) : whole;
    const run = pairedNameRun(after);
    // (The clerk's entry is read as any entry is: "Parish Clerk David Maughan", the post before the name.)
    const tail = run ? `${after.slice(run.end)}${clerkAt > 0 ? whole.slice(clerkAt) : ''}`.trim() : '';
    if (run && run.list.split(', ').length >= 3 && (!tail || clerkAt > 0)) return LABEL_RE.exec(`${colonRun[1]}: ${run.list}${tail ? `, ${tail}` : ''}`);
  }
  const m = LABEL_RE.exec(t);
  if (m) return m;
  // "Teesdale District Officers: S Reay Deputy Chief Executive …", "Teesdale District/Parish: PM Charlton (Cockfield) …",
  // "Other: K Tuck (Durham Constabulary) …": the groups of a register under "Present:", each a label of its own.
  const group = GROUP_COLON_RE.exec(t);
  if (group?.[2]) return LABEL_RE.exec(`${/^(?:Officers|Staff|Other|Others)$/i.test(group[2]) ? 'In attendance' : 'Present'}: ${t.slice(group[0].length)}`);
  // "In Attendance Council Officers Mr S Harris, Chief Executive Mr S Ogg …": the label and its group's word, no colon.
  const officersGroup = /^In\s+Attendance\s+(?:Council\s+|Board\s+)?Officers\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu})/iu.exec(t);
  if (officersGroup) return LABEL_RE.exec(`In attendance: ${t.slice(officersGroup[0].length)}`);
  // "Board Members" / "In Attendance" alone on a line over the people, one to a line: the label without its colon.
  if (t.length < 40 && BARE_LABEL_LINE_RE.test(t.trim())) return LABEL_RE.exec(`${t.trim()}:`);
  // "In Attendance for Board Meeting", "Joined the meeting" alone on a line over the people: those in attendance.
  if (t.length < 60 && /^(?:In\s+Attendance\s+for\s+(?:the\s+)?(?:(?:Board|Committee|Council|Panel)\s+)?(?:Meeting|Items?\s+[\d.,\s&and-]{1,20})|Joined\s+the\s+meeting)\s*:?$/i.test(t.trim())) return LABEL_RE.exec('In attendance:');
  // "PRESENT Mr Alex A MacDonald (Convener) Mr Angus Campbell (Leader) Mr Keith Dodson …": each name after its style.
  const styled = PAIRED_NO_COLON_RE.exec(t);
  if (styled?.[1] && HONORIFIC_RUN_RE.test(t.slice(styled[0].length).trim())) return LABEL_RE.exec(`${styled[1]}: ${t.slice(styled[0].length)}`);
  const paired = PAIRED_NO_COLON_RE.exec(t);
  if (paired?.[1]) {
    // "PRESENT Jane Rook Amir Shah Lee Dunn": names in full, two words each, read in pairs when that is all there is.
    const run = pairedNameRun(t.slice(paired[0].length));
    if (run && run.list.split(', ').length >= 3 && !t.slice(paired[0].length + run.end).trim()) return LABEL_RE.exec(`${paired[1]}: ${run.list}`);
  }
  // "Officers Present Ann Lyle Head of Planning Tom Bray Democratic Services Officer …": officers each before their post,
  // the label without its colon; read only when the whole rest is such a run (nameThenPostRun).
  const officers = /^(Officers\s+[Pp]resent|Officers\s+in\s+[Aa]ttendance|In\s+[Aa]ttendance)\s+(?=\p{Lu}\p{Ll})/u.exec(t);
  // ("In attendance Richard Parry Chief Executive … Yetunde Salami Assistant Company Secretary (minuting) Action 14/077
  // CHAIRMAN’S WELCOME …": the run, then the minutes run on from a minute's number; the run is read up to it.)
  const numberAt = officers?.[1] ? t.slice(officers[0].length).search(/\s(?:Action\s+)?\d{1,4}[./]\d{1,4}\s+\p{Lu}{3,}/u) : -1;
  const cutRun = numberAt > 0 && officers ? t.slice(officers[0].length, officers[0].length + numberAt).trim() : '';
  if (officers?.[1] && cutRun && nameThenPostRun(cutRun)) return LABEL_RE.exec(`${officers[1]}: ${cutRun}`);
  if (officers?.[1] && nameThenPostRun(t.slice(officers[0].length).trim())) return LABEL_RE.exec(`${officers[1]}: ${t.slice(officers[0].length)}`);
  // ("In attendance Malcolm McGregor (MMcG) Chair Peter Jeary (PJ)Treasurer …": people by their initials, no colon.)
  const initialledHead = /^(In\s+attendance|Present|Attendees)\s+(?=\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+\s+\()/iu.exec(t);
  if (initialledHead?.[1] && (initialledRegister(t.slice(initialledHead[0].length))?.length ?? 0) >= 3) return LABEL_RE.exec(`${initialledHead[1]}: ${t.slice(initialledHead[0].length)}`);
  if (!NO_COLON_LABEL_RE.test(t)) return null;
  // Without a colon the names must show where each ends: commas or brackets, all in initials, or one name.
  const rest = t.replace(NO_COLON_LABEL_RE, '');
  if (!/[,(]/.test(rest) && !INITIALS_NAMES_ONLY_RE.test(rest) && rest.split(/\s+/).length > 4) return null;
  return LABEL_RE.exec(t.replace(NO_COLON_LABEL_RE, '$1: '));
}

/** A label without its colon before a name in full ("PRESENT Jane Rook …"): the list is read only if it pairs up. */
const PAIRED_NO_COLON_RE = /^(Members\s+[Pp]resent|MEMBERS\s+PRESENT|Councillors\s+[Pp]resent|PRESENT|Present|Apologies|APOLOGIES|In\s+Attendance|IN\s+ATTENDANCE)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;

const CHAIR_LINE_RE = /^((?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[^()]{2,40}?)\s*\((?:Chair(?:man|person|woman)?\s*[–—-]\s*)?in\s+the\s+chair\)\.?$/i;

/** A heading for people from other bodies, their lines below it. */
const BODIES_HEADING_RE = /^(?:Representatives?|Officers?|Others?)\s+(?:from|of)\s+(?:the\s+)?(?:Other\s+)?(?:Bodies|Organisations|Agencies|Partners|Partner\s+Organisations)\s+in\s+Attendance$/i;
/** "DoE Planning Service: Ms Sandra Adams, Planning Officer": the body, then the person with a title and the post. */
const BODY_PERSON_LINE_RE = /^[A-Z][^:]{1,60}:\s*((?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s.{2,120})$/;

/** "Locum Clerk: Deborah White", "Clerk to the Council: Mrs A Brown": the clerk, by post, in attendance. */
// "Clerk - Mrs A Wilkes": the same with a dash.
const CLERK_LABEL_RE = /^((?:(?:Locum|Deputy|Assistant|Acting|Parish|Town)\s+)?Clerk(?:\s+to\s+the\s+(?:Parish\s+|Town\s+)?Council)?|Minute[-\s]?taker|Responsible\s+Financial\s+Officer)\s*(?::|\s[–—-])\s*(\S.{2,60})$/i;

const BARE_HEADING_RE = /^(?:attendees|attendance|members|presenoldeb|attendance\s*\/\s*presenoldeb)\s*:?$/i;
const ITEM_LIST_RE = /\b(?:the\s+following\s+(?:were|was)\s+(?:in\s+attendance|present)|in\s+attendance\s+for\s+this\s+item\s+(?:were|was))\b[^:]{0,60}:\s*(.*)$/i;

const SUBSTITUTE_LIST_RE = /\bthe\s+following\s+(?:were|was)\s+(?:attending|present|in\s+attendance)\b[^:]{0,60}?\bas\s+substitutes?\b[^:]{0,80}:\s*(.*)$/i;

const COOPTED_TITLE_RE = /^(?:Independent\s+)?Co-opted\s+Members?\s+/i;
const HONORIFIC_RE = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lady|Lord|Revd|Rev|Canon|Father)\.?\s/;
const VERB_RE = /\b(?:was|were|is|are|had|has|have|declared|noted|agreed|resolved|received|asked|said|presented|attended|left|joined|will|would|advised|explained|reported|reminded|welcomed|thanked|informed|stated|outlined)\b/gi;

/** A verb that makes a list a sentence: in lower case or in capitals, never a name ("Will Dawson"). */
function hasVerb(t: string): boolean {
  for (const m of t.matchAll(VERB_RE)) {
    if (/^\p{Lu}\p{Ll}/u.test(m[0])) continue;
    // ("MR. L. FITZPATRICK, HEAD OF IS SUPPORT": "IS" after "OF" is a department's letters, not the verb.)
    if (m[0] === 'IS' && /\bOF\s+$/.test(t.slice(Math.max(0, (m.index ?? 0) - 4), m.index))) continue;
    return true;
  }
  return false;
}
/** Words that begin a post rather than a name: "Councillor Pryor Executive Member for …". */
const ROLE_START_RE = /^(?:Executive|Non-Executive|Non-executive|Cabinet|Member|Members|Leader|Deputy|Depute|Director|Head|Chief|Officer|Manager|Portfolio|Assistant|Lead|Chair|Vice|Corporate|Strategic|Service|Senior|Principal|Interim|Acting|Clerk|Solicitor|Monitoring|Democratic|Scrutiny|Programme|Project|Team|Group|Commissioner|Representative)$/;
/** Words that end a post: "Democratic Services Officer", "Chief Executive". */
// ("TownClerk RFO": the town clerk and Responsible Financial Officer, the words run together.)
const ROLE_END_RE = /^(?:Executive|Director|Officer|Manager|Clerk|Solicitor|Secretary|Treasurer|Administrator|Adviser|Advisor|Lead|Coordinator|Co-ordinator|Commissioner|Translator|Interpreter|RFO)$|^\p{Lu}\p{Ll}+(?:Clerk|Officer|Manager|Treasurer)$/u;
/** Posts that are one or two capitalised words, so look like names: "Mayor", "Lord Provost". */
const CIVIC_POST_RE = /^(?:(?:Deputy|Depute|Lord|Lady|Civic|Vice[-\s]?)\s*)?(?:Mayor|Mayoress|Chair(?:man|woman|person)?|Leader(?:\s+of\s+the\s+Council)?|Provost|Convener|Sheriff|Cadeirydd|Maer|Is-?Gadeirydd|Cathaoirleach|Leas-?\s?Chathaoirleach)$/i;
/** "Jane Smith", "J Smith", "J. A. Smith" – a whole name and nothing else. */
const INITIALS_OR_FULL_NAME_RE = /^(?:[A-Z](?:\.\s*|\s+)){0,3}[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}$/u;
const TRAILING_CHAIR_RE = /^(.{2,60}?)\s+((?:Vice[-\s]?)?Chair(?:man|woman|person)?|(?:Vice[-\s]?)?Convener|Cadeirydd|Is-?Gadeirydd|Cathaoirleach|Leas-?\s?Chathaoirleach)$/i;
const POST_NOMINAL_RE = /^(?:MBE|OBE|CBE|KBE|DBE|BEM|JP|DL|QC|KC|MP|MSP|MS|AM|MEP|FRS|RN|Hon)\.?$/;
/** The words an Irish surname opens with, before a name that may begin "h" or "n" in lower case ("Ó hEára", "Ní hAodha"). */
const IRISH_PREFIX_RE = /^(?:Ó|O|Ní|Nic|Mac|Mhic|Uí|Ua)$/;
const NAME_PARTICLE_RE = /^(?:de|van|von|da|di|le|la|ap|ab|ferch|al|bin|el|du|der|den|y)$/;
/** A bracket that says when or how someone attended, not what they are: "(arrived at 8.15pm)", "(19:10)", "(via Teams)". */
const ATTENDANCE_NOTE_RE =
  /^(?:arrived|arriving|arrival|left|leaving|joined|joining|departed|from\s+(?:item|minute|min\b|the\s+start|\d)|until|up\s+to|to\s+(?:item|minute)|to\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b|hrs?\b)|for\s+(?:part|items?|minutes?|the\s+(?:start|end|first|second|remainder))|items?\s+\d|minutes?\s+\d|part\b|via\b|by\s+(?:video|phone|telephone|teams|zoom|remote)|remote|virtual|on-?line|in[-\s]?person|attended\b|attending\b|present\s+(?:for|from|until|at)|late\b|\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|hrs?)?\b)/i;
/** Initials and a surname, then a post: "Mr D Iley Admin/Finance Officer". */
const INITIALS_NAME_THEN_POST_RE = /^((?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+)?(?:[A-Z](?:\.\s*|\s+)){1,3}[A-Z][\p{L}'’-]+)\s+([A-Z][^()]{2,120})$/u;

function normaliseRole(raw: string): string | null {
  const r = raw.replace(/\s+/g, ' ').replace(/^[,;:–—-]\s*/, '').replace(/[.;,]+$/, '').trim();
  if (!r) return null;
  if (ATTENDANCE_NOTE_RE.test(r)) return null;
  // Bilingual "(Cadeirydd / Chair)": either side that names the chair.
  const sides = r.split(/\s+\/\s+/);
  if (sides.length === 2) {
    for (const side of sides) {
      const n = normaliseRole(side);
      if (n === 'Chair' || n === 'Vice-Chair') return n;
    }
  }
  if (/^in\s+the\s+chair$/i.test(r)) return 'Chair';
  // "(The Mayor)", "(The Deputy Mayor)": the office, without its article.
  if (/^the\s+/i.test(r) && CIVIC_POST_RE.test(r.slice(4).trim())) return normaliseRole(r.slice(4));
  // "Mr Barker (Ch)", "Mr Hirst (VCh)": the offices shortened.
  if (/^Ch$/.test(r)) return 'Chair';
  if (/^V\.?\s?-?Ch$/.test(r)) return 'Vice-Chair';
  // "CLERK: Alana Davies": the post in capitals as a label, written as a post.
  if (/^CLERK$/.test(r)) return 'Clerk';
  // ("Meeting Chairman", "Chairman for the meeting": the chair of this meeting.)
  if (/^(?:the\s+)?(?:meeting\s+|presiding\s+)?(?:chair(?:man|woman|person)?|cadeirydd)(?:\s+(?:in\s+the\s+chair|presiding|for\s+(?:the|this)\s+meeting))?$/i.test(r)) return 'Chair';
  // ("Cathaoirleach", "Leas-Chathaoirleach": the chair and vice-chair of an Irish council, as the labels write them.)
  if (/^(?:an\s+)?cathaoirleach$/i.test(r)) return 'Chair';
  if (/^leas-?\s?chathaoirleach$/i.test(r)) return 'Vice-Chair';
  // "S.Sunderland (Presiding)": the member in the chair.
  if (/^presiding(?:\s+member)?$/i.test(r)) return 'Chair';
  // "T Parry (Vice)": the vice-chair, the office's second word left out.
  // ("Vice – Chairman", "Vice- Chair": the hyphen spaced or a dash.)
  if (/^(?:the\s+)?vice(?:\s*[-–—]?\s*chair(?:man|woman|person)?)?$|^is-?gadeirydd$/i.test(r)) return 'Vice-Chair';
  const sub = /^(?:as\s+)?(?:a\s+)?(?:substitute|sub|substituting|deputising|deputy)\s+(?:member\s+)?(?:for|on\s+behalf\s+of)\s+(.{2,80})$/i.exec(r);
  if (sub && sub[1]) return `substitute for ${stripMemberTitle(sub[1])}`;
  if (/^(?:substitute|sub)(?:\s+member)?$/i.test(r)) return 'substitute';
  // "(for Councillor D Lee)": a titled name after "for" is whom they replaced.
  const forMember = /^for\s+((?:(?:County|City|Borough|District|Town|Parish)\s+)?(?:Councillor|Cllr\.?|Alderman)\s+.{2,60})$/i.exec(r);
  if (forMember && forMember[1]) return `substitute for ${stripMemberTitle(forMember[1])}`;
  if (/^co-opted(?:\s+member)?$/i.test(r)) return 'co-opted member';
  if (/^(?:committee\s+member|member|members)$/i.test(r)) return null;
  // ("Council Chair", "Chairman of the Council", "Town Council Vice Chair": the body's chair, in its own words.)
  const bodyChair = /^(?:(?:Town|Parish|Community|City|Borough|District|County)\s+)?(?:Council|Committee|Board|Panel|Forum)\s+((?:Vice[-\s]?)?Chair(?:man|woman|person)?)$|^((?:Vice[-\s]?)?Chair(?:man|woman|person)?)\s+of\s+(?:the\s+)?(?:(?:Town|Parish|Community)\s+)?(?:Council|Committee|Board|Panel|Forum)$/i.exec(r);
  const chairWord = bodyChair?.[1] ?? bodyChair?.[2];
  if (chairWord) return /^vice/i.test(chairWord) ? 'Vice-Chair' : 'Chair';
  return r;
}

/** True when `s` reads as a personal name: capitalised tokens, initials, honorifics, particles. */
function isName(s: string): boolean {
  if (!s || s.length > 60 || /\d/.test(s)) return false;
  const tokens = s.split(/\s+/);
  if (tokens.length > 6) return false;
  let capitals = 0;
  for (const [k, t] of tokens.entries()) {
    if (NAME_PARTICLE_RE.test(t)) continue;
    // ("Gearóid Ó hEára", "Úna Ní hAodha": an Irish surname's prefix, then its first letter after an "h" in lower case.)
    if (IRISH_PREFIX_RE.test(tokens[k - 1] ?? '') && /^[hnt]-?\p{Lu}[\p{L}'’-]*$/u.test(t)) {
      capitals++;
      continue;
    }
    if (!/^[A-Z\u00c0-\u024f][\p{L}'’.-]*$/u.test(t)) return false;
    capitals++;
  }
  if (capitals === 0) return false;
  // "MBE" after a comma is an honour, not a person.
  if (tokens.every((t) => POST_NOMINAL_RE.test(t))) return false;
  // A post without a name: "Chief Executive", "Democratic Services Officer"; "Staff present: The Clerk, and Assistant.": a
  // post of one word.
  if (tokens.length >= 2 && !HONORIFIC_RE.test(s) && (ROLE_START_RE.test(tokens[0] ?? '') || ROLE_END_RE.test(tokens[tokens.length - 1] ?? ''))) return false;
  if (tokens.length === 1 && (ROLE_END_RE.test(s) || /^(?:Assistant|Deputy|Chair(?:man|woman|person)?|Mayor|Staff|Minute-?taker)$/i.test(s))) return false;
  if (isOrganisation(s)) return false;
  // "Non-Executive" from "Non-Executive Director": a word of a post, never a name.
  if (!HONORIFIC_RE.test(s) && tokens.some((t) => /^(?:Non-Executive|Executive|Interim|Co-opted|Co-Opted)$/.test(t))) return false;
  // "Northern Ireland", "South Eastern" (a body's name split from its person), "Trust Roisin": places and bodies.
  // ("J England", "Councillor P Wales": a surname after initials is a person's; "N Ireland" is the place.)
  const initialsSurname = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:\p{Lu}\.?\s+){1,3}(?:England|Wales|Scotland|Ireland)$/u.test(s) && !/^N\.?\s+Ireland$/.test(s);
  if ((!initialsSurname && tokens.some((t) => /^(?:Ireland|Scotland|Wales|England|Britain|Kingdom)$/.test(t))) || /^(?:Northern|Southern|Eastern|Western|Trust|Service|Board|Authority|Police|Council)$/.test(tokens[0] ?? '')) return false;
  // "City" from "City and District Council" split at "and": a kind of council, not a surname.
  if (/^(?:City|County|Borough|District|Town|Parish|Community|Council|Authority)$/.test(s)) return false;
  // "Elected Members", "Appointed Members": a group's label in the list, not a person.
  if (tokens.length >= 2 && /^(?:Members|Councillors|Officers|Representatives|Residents|Parishioners)$/.test(tokens[tokens.length - 1] ?? '')) return false;
  // "County Councillor", "District Councillor", "Parish Clerk": an office alone (its holder's name lost in the copy).
  if (/^(?:(?:County|District|Borough|Town|Parish|City|Community|Ward)\s+)(?:Councillors?|Clerk)$/i.test(s)) return false;
  // "CHAIRMAN", "COUNCILLORS": a label or an office in capitals, not a person.
  if (/^(?:chair(?:man|woman|person)?|vice[-\s]?chair(?:man|woman|person)?|mayor|deputy\s+mayor|councillors?|cllrs?\.?|cynghorwyr|members?|clerk|present|apologies|absent)$/i.test(s)) return false;
  // "Kathryn Charles Ben Hughes Sara Wharmby": five words or more in full, no style or initial, are several people.
  if (!HONORIFIC_RE.test(s) && tokens.filter((t) => !NAME_PARTICLE_RE.test(t) && !/\./.test(t) && t.length > 1).length >= 5) return false;
  // ("ITEM I" from "ITEM I – Welcome": an item's heading in capitals under the list.)
  // ("A Apologies", "B Minutes of the Previous Meeting": an item's letter before a standard heading.)
  if (tokens.length >= 2 && /^(?:Apologies|Declarations?|Minutes|Matters|Welcome|Introductions?)$/.test(tokens[1] ?? '')) return false;
  return !/^(?:The|This|That|There|Apologies|Declarations?|Minutes|Item|ITEM|Officers?|Members?|None|Nil|All|Also|Present|Absent|Chair|Vice)\b/.test(s);
}

/** Splits on commas, semicolons, "|", " and " and " & " that are outside brackets. */
/**
 * A list whose entries are "Name Post" split by semicolons ("Ms A Donaghy Chief Executive; Mrs K Hargan Director of
 * Development and Community Planning;"): only the semicolons part them, since a post may hold "and" or a comma.
 */
const SEMICOLON_ENTRY_RE = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Councillor|Cllr|Ald|Alderman)\.?\s+)?(?:[A-Z](?:\.\s*|\s+)){1,3}[A-Z][\p{L}'’-]+\s+\S/u;

/** The offices a register keeps as a role; a body a member comes from ("British Canoeing", "DNPA Member") is none. */
const KEPT_OFFICE_RE = /^(?:\p{Lu}{2,6}\s+)?((?:(?:Deputy|Depute|Vice)[\s-]+)?(?:Chair(?:man|woman|person)?|Convener|Mayor|Provost)|Clerk|(?:Chief|Executive)\s+\p{L}.*|.*\b(?:Officer|Director|Manager|Secretary|Treasurer))$/u;

/**
 * "Present: Bill Hitch, DNPA Chairman; …" (semicolonPeopleParts): each entry becomes the person, with the office in
 * brackets where it is one. Null where the parts do not read that way, or read as officers and their posts.
 */
function semicolonNameCommaEntries(parts: readonly string[]): string[] | null {
  const read = semicolonPeopleParts(parts);
  if (!read || read.some((m) => m?.[1] && !isName(m[1]))) return null;
  // ("E. Murray, Chief Executive; C. Kirk, Corporate Director (Educational Services); …": officers and their posts, which
  // the list's own reading pairs; this reading is for members named with the bodies they come from.)
  const posts = read.filter((m) => m?.[2] && (KEPT_OFFICE_RE.test(m[2].trim()) || /\b(?:Director|Executive|Head|Manager|Officer|Leader|Solicitor|Adviser|Advisor|Assistant)\b/.test(m[2]))).length;
  if (posts * 2 >= parts.length) return null;
  return parts.map((p, k) => {
    const m = read[k];
    if (!m?.[1] || !m[2]) return p;
    const office = KEPT_OFFICE_RE.exec(m[2].trim().replace(/[.,]$/, ''));
    return office?.[1] ? `${m[1]} (${office[1]})` : m[1];
  });
}

function splitOutsideBrackets(s: string): string[] {
  if (s.includes(';')) {
    const bySemicolon = splitOutside(s, (t, i) => (t[i] === ';' ? 1 : 0));
    const commaEntries = semicolonNameCommaEntries(bySemicolon.filter((p) => p.trim()));
    if (commaEntries) return commaEntries;
    const entries = bySemicolon.filter((p) => SEMICOLON_ENTRY_RE.test(p));
    // One part may be something else (a page number copied in); none may be a comma-separated list of its own.
    // "E Guthrie (Director); N Gardiner, M Cairns and M Scott (Tactran); …": a part that is itself a list of names.
    const nameGroup = (p: string): string[] | null => {
      const names = splitOutside(p, listSeparatorAt);
      return names.length >= 2 && names.every((n) => isName(stripMemberTitle(n.replace(/\s*\([^()]*\)$/, '')))) ? names : null;
    };
    if (entries.length >= 2 && entries.length >= bySemicolon.length - 1 && bySemicolon.every((p) => !/,.*,/.test(p) || nameGroup(p))) {
      return bySemicolon.flatMap((p) => {
        const names = nameGroup(p);
        if (!names) return [p];
        // The group's bracket names the body they all come from ("(Dundee City Council)", "(Tactran)"), not one post.
        const shared = /\s*\(([^()]{2,80})\)$/.exec(names[names.length - 1] ?? '');
        const body = shared?.[1] && !CIVIC_POST_RE.test(shared[1]) && !/\bchair|convener|vice/i.test(shared[1]) ? shared[0] : '';
        return body ? names.map((n, k) => (k === names.length - 1 ? n : `${n}${body}`)) : names;
      });
    }
  }
  return splitOutside(s, listSeparatorAt);
}

const TIER_BEFORE_RE = /\b(?:County|District|Borough|Town|Parish|City)$/;
const TIER_AFTER_RE = /^(?:County|District|Borough|Town|Parish|City)\s+Councillors?\b/;
/** How many characters a list separator at i takes (",", ";", "|", " and ", " & "), or 0. */
function listSeparatorAt(s: string, i: number): number {
  const c = s[i];
  if (c === ',' || c === ';' || c === '|') return 1;
  // ("County and District Councillor Glover": one member's two offices, not two entries.)
  if (c === ' ' && s[i + 4] === ' ' && s.slice(i + 1, i + 4).toLowerCase() === 'and') return TIER_BEFORE_RE.test(s.slice(Math.max(0, i - 9), i)) && TIER_AFTER_RE.test(s.slice(i + 5, i + 40)) ? 0 : 5;
  if (c === ' ' && s[i + 1] === '&' && s[i + 2] === ' ') return 3;
  return 0;
}

/** `s` cut at each separator outside brackets; `separatorAt` says how many characters one at i takes (0: none there). */
function splitOutside(s: string, separatorAt: (s: string, i: number) => number): string[] {
  const parts: string[] = [];
  const unclosed = unclosedBrackets(s);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if ((c === '(' || c === '[') && !unclosed.has(i)) depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth !== 0) continue;
    const separator = separatorAt(s, i);
    if (separator === 0) continue;
    parts.push(s.slice(start, i));
    start = i + separator;
    i = start - 1;
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * Brackets a copy left open: "Cllr P Todd (Canterbury City Council and Cllr R Turpin (Medway Council)". A bracket that
 * another opens inside before it closes, or that never closes, holds nothing: were it counted, the rest of the list
 * would be one entry and every name in it lost.
 */
function unclosedBrackets(s: string): Set<number> {
  const out = new Set<number>();
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '[') {
      if (open >= 0) out.add(open);
      open = i;
    } else if ((c === ')' || c === ']') && open >= 0) open = -1;
  }
  if (open >= 0) out.add(open);
  return out;
}

/** One list entry: "Councillor A Smith (Chair)", "K Grant – Head of Housing", "Co-opted Member E Green". */
export function parseEntry(raw: string, commaRole = false): { name: string; role: string | null } | null {
  // A list is read more than once (is it a list? does it run on? then its entries): each entry is parsed once.
  if (raw.length > 300) return readEntry(raw, commaRole);
  const key = `${commaRole ? 1 : 0}${raw}`;
  let hit = ENTRY_CACHE.get(key);
  if (hit === undefined) {
    if (ENTRY_CACHE.size >= 4000) ENTRY_CACHE.clear();
    hit = readEntry(raw, commaRole);
    ENTRY_CACHE.set(key, hit);
  }
  return hit ? { ...hit } : null;
}

const ENTRY_CACHE = new Map<string, { name: string; role: string | null } | null>();

const CHAIR_ROLE_RE = /^(?:(?:Vice|Deputy|Acting)[-\s]?)?(?:Chair|Chairman|Chairperson|Chairwoman|Convener|Mayor)$/i;
const GROUP_BEFORE_DASH_RE = /^((?:The\s+)?\p{Lu}[\p{L}'’]+(?:\s+\p{Lu}[\p{L}'’]+){0,2})\s+[–—]\s+(?=\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu})/u;
/** "(in the Chair)" closing an entry that has another bracket too: "The Mayor (Councillor A Smith) (in the Chair)". */
const CLOSING_CHAIR_RE = /^(.*\))\s*\((?:in\s+the\s+chair|presiding)\)$/i;
/**
 * "The Right Worshipful the Mayor Councillor A Smith", "The Chairman Councillor B Jones", "Vice Chairman Mr Richard Delf": a
 * civic post or the chair, then the titled member or the person by their style.
 */
const POST_THEN_MEMBER_RE =
  /^(?:the\s+)?(?:right\s+)?(?:worshipful\s+)?(?:the\s+)?((?:deputy\s+|lord\s+)?(?:town\s+|city\s+)?mayor|(?:lord\s+)?provost|(?:vice[-\s]?)?chair(?:man|woman|person)?|(?:vice[-\s]?)?convener),?\s+((?:Councillor|Cllr\.?|Alderman|Alderwoman|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)\s+.{2,60})$/i;

/**
 * "Sergeant A Dunstan – Saltash Police", "PCSO Abi Land": a police rank is an office, not part of the name, and goes to
 * the role. Styles of address (Mr, Mrs, Dr, Rev, Canon) stay with the name, as the page prints them.
 */
const RANK_RE = /^((?:Police\s+)?Sergeant|Sgt|(?:Detective\s+)?(?:Chief\s+)?(?:Superintendent|Inspector)|(?:(?:Ch|Chief|Det)\.?\s+)?(?:Insp|Supt)|PCSO|PSCO|PCO|PC|Police\s+Constable|(?:Area|Group|Station|Watch|Crew)\s+Manager|Squadron\s+Leader|Wing\s+Commander|Flight\s+Lieutenant|Lieutenant(?:\s+Colonel)?|Colonel|Major|Captain|Commander)\.?(?:\s+\d{2,6}(?=\s))?\s+(?=\p{Lu})/u;

/** "Provost Margaret BRISLEY (in the Chair)", "Deputy Mayor Cllr A Smith": a civic office before the name is a role. */
const CIVIC_BEFORE_NAME_RE = /^((?:(?:Deputy|Depute|Lord)\s+){0,2}(?:Provost|Mayor))\s+(?=(?:(?:Councillor|Cllr)\.?\s+)?\p{Lu}(?:[\p{Ll}'’]|\.?\s))(?!of\b)/u;

/** "T Bond (Terry)", "M.J Fletcher (Mike)": the forename the initial stands for, in brackets after the name, not a post (one word, not a post's word). */
function withoutForenameRole(e: { name: string; role: string | null } | null): { name: string; role: string | null } | null {
  if (!e?.role || !/^\p{Lu}\p{Ll}{2,}$/u.test(e.role.trim())) return e;
  const initial = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu})(?:\.|\s|\.?\p{Lu}\.?\s)/u.exec(e.name.trim());
  // ("A Houghton (Tony)", "E. Unsworth (Liz)": a short form, four letters at most, need not start with the initial's letter;
  // a longer word that does not is a place the member stands for, "N Hay (Eskvale)".)
  const word = e.role.trim();
  const forename = !!initial?.[1] && (word.startsWith(initial[1]) || word.length <= 4);
  return forename && !ROLE_WORD_RE.test(word) ? { name: e.name, role: null } : e;
}
const ROLE_WORD_RE = /^(?:Chair(?:man|woman|person)?|Vice-?Chair(?:man|woman|person)?|Clerk|Mayor|Treasurer|Secretary|Convener|Provost|Leader|Member|Minutes|Observer|Substitute|Speaker|Trustee|Manager|Director|Officer|Planning|Police|Press|Public|Inspector|Sergeant|Sgt|Constable|Superintendent|Councillor|Alderman|Warden|Auditor|Solicitor|Engineer|Surveyor|Accountant|Administrator|Co-?ordinator|Advis[eo]r|Consultant|Representative|Vicar|Rector|Reverend|Headteacher|Head|President|Deputy|Governor|Guest|Visitor|Reporter|Presenter|Speaker|Volunteer|Resident|Parishioner|Architect|Developer|Agent|Applicant|Objector|Supporter|Chief|Executive|Commissioner|Minute-?taker)$/;

function readEntry(given: string, commaRole: boolean): { name: string; role: string | null } | null {
  return withoutTrailingInitials(withoutInitialsRole(withoutForenameRole(readEntryRaw(given, commaRole))));
}

/** The initials the minutes use after a name, dropped from an entry's name (names.ts). */
function withoutTrailingInitials(e: { name: string; role: string | null } | null): { name: string; role: string | null } | null {
  return e ? { ...e, name: withoutNameInitials(e.name) } : e;
}

/** "Sharon Smart - SS", "David MacDougall - DMac": the initials the minutes use for a person are no post. */
function withoutInitialsRole(e: { name: string; role: string | null } | null): { name: string; role: string | null } | null {
  if (!e?.role || !/^\p{Lu}[\p{L}]{0,4}$/u.test(e.role) || !/^\p{Lu}{2}/u.test(e.role)) return e;
  const bare = e.name.replace(/^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)+/, '');
  const nameCapitals = capitals(bare);
  const roleCapitals = capitals(e.role);
  return nameCapitals === roleCapitals || nameCapitals.startsWith(roleCapitals) ? { ...e, role: null } : e;
}

const STYLED_PERSON = String.raw`(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}\.?\s+){0,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+`;
const POST_THEN_STYLED_RE = new RegExp(String.raw`^(?:the\s+)?((?:[\p{Lu}][\p{L}&'’-]*\s+){1,6}?)(${STYLED_PERSON})$`, 'u');
/** Words that make what stands before a styled name a post: "Chief", "Officer", a body's letters ("IFCO"). */
const POST_WORDS_RE = /\b(?:Chief|Officer|Director|Manager|Executive|Clerk|Head|Deputy|Secretary|Treasurer|Inspector|Adviser|Advisor|Engineer|Surveyor|Solicitor|Administrator|Coordinator|Co-ordinator)\b|\b(?!(?:AND|THE|ALSO|WITH|FROM|PLUS|FOR|WERE|WAS)\b)\p{Lu}{3,6}\b/u;
const STYLED_FROM_BODY_RE = new RegExp(String.raw`^(${STYLED_PERSON})\s+from\s+(?:the\s+)?\p{Lu}[\p{L}&'’ -]{1,60}$`, 'u');

function readEntryRaw(given: string, commaRole: boolean): { name: string; role: string | null } | null {
  // "Cllr P Todd (Canterbury City Council": a bracket the copy never closed is closed at the entry's end.
  const raw = given.includes('(') && (given.match(/\(/g) ?? []).length > (given.match(/\)/g) ?? []).length ? `${given.trimEnd()})` : given;
  // "Brennus Place – Howard Walshaw (Brennus Representative)": the place (or group) a list's people are printed under,
  // then the first of them; the person is after the dash.
  const group = GROUP_BEFORE_DASH_RE.exec(raw.trim());
  if (group?.[1] && !isGivenName(group[1].replace(/^The\s+/, '').split(/\s+/)[0] ?? '') && isGivenName(raw.trim().slice(group[0].length).split(/\s+/)[0] ?? '')) {
    const e = readEntryInner(raw.trim().slice(group[0].length), commaRole);
    // ("Parish Clerk – Lynda Wilcox": a post before the dash is the person's.)
    const post = ROLE_END_RE.test(group[1].split(/\s+/).pop() ?? '') ? (normaliseRole(group[1]) ?? group[1]) : null;
    if (e && isName(e.name)) return { name: e.name, role: e.role ?? post };
  }
  // "Chief IFCO Mr A B Browne", "the Chief Executive Officer Mr M H Hardy": a post (perhaps with the body's letters) before
  // the person by their style; "Mr R Blackhurst from Seafish": the body they come from after, no post.
  const postFirst = /\s(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/.test(raw) ? POST_THEN_STYLED_RE.exec(raw.trim()) : null;
  if (postFirst?.[1] && postFirst[2] && POST_WORDS_RE.test(postFirst[1]) && !/^(?:Cllrs?|Councillors?|The\s+Mayor|Mayor|Chair)/i.test(postFirst[1])) return { name: postFirst[2], role: postFirst[1].trim() };
  const fromBody = / from /.test(raw) ? STYLED_FROM_BODY_RE.exec(raw.trim()) : null;
  if (fromBody?.[1]) return { name: fromBody[1], role: null };
  const civic = CIVIC_BEFORE_NAME_RE.exec(raw.trim());
  if (civic?.[1]) {
    const e = readEntryInner(raw.trim().slice(civic[0].length), commaRole);
    if (e && isName(e.name)) return { name: e.name, role: e.role ?? civic[1] };
  }
  const ranked = RANK_RE.exec(raw.trim());
  if (ranked?.[1]) {
    const e = readEntryInner(raw.trim().slice(ranked[0].length), commaRole);
    // "PCSO 4425 S Dufton": the officer's number goes with the rank.
    const rank = ranked[0].trim().replace(/\.$/, '');
    if (e && isName(e.name)) return { name: e.name, role: e.role ? `${rank} ${e.role}` : rank };
  }
  // "Parish Clerk Joanne Carr": the post before the name, as a rank is.
  const clerk = CLERK_BEFORE_NAME_RE.exec(raw.trim());
  if (clerk?.[1]) {
    const e = readEntryInner(raw.trim().slice(clerk[0].length), commaRole);
    if (e && isName(e.name) && !e.role) return { name: e.name, role: normaliseRole(clerk[1]) ?? clerk[1] };
  }
  // "Administrator F Tate": an officer's post of one word before a name in initials.
  const office = OFFICE_BEFORE_INITIALS_RE.exec(raw.trim());
  if (office?.[1]) {
    const e = readEntryInner(raw.trim().slice(office[0].length), commaRole);
    if (e && isName(e.name) && !e.role) return { name: e.name, role: office[1] };
  }
  // "WDC Councillors Eyre": another council's letters and its members' title before a surname.
  const body = BODY_LETTERS_MEMBER_RE.exec(raw.trim());
  if (body?.[1] && body[2] && isName(body[2])) return { name: body[2], role: `${body[1]} Councillor` };
  // "DCllr Lucille Hagues", "Dist Cllr A Brown": a district member's title run together. ("CCllr" is a county
  // councillor in England and a community councillor in Scotland: its title is dropped, no post guessed.)
  const tier = TIER_PREFIX_RE.exec(raw.trim());
  if (tier) {
    const e = readEntryInner(raw.trim().slice(tier[0].length), commaRole);
    // ("Cty. Cllr. R Gilbert": a county member's title shortened the same way.)
    if (e && isName(e.name)) return { name: e.name, role: e.role ?? (/^Cty/i.test(tier[0]) ? 'County Councillor' : 'District Councillor') };
  }
  // "RFO Kate Asbury", "WSCC Rob Carver": a post's or a body's letters (three or more: "AD Nutt" is initials) before a
  // name in full (a given name and a surname, so "JR Smith", initials printed together, stays a name; and no body's
  // word: "BBC Radio Kent" is no one).
  const letters = LETTERS_BEFORE_FULL_NAME_RE.exec(raw.trim());
  if (letters?.[1] && !POST_NOMINAL_RE.test(letters[1])) {
    const e = readEntryInner(raw.trim().slice(letters[0].length), commaRole);
    if (e && isName(e.name) && !e.name.split(/\s+/).some((w) => POST_VOCAB_RE.test(w) || ORG_WORD_RE.test(w))) {
      // (In a list of "name, post" pairs the letters end the post before: "Chief Officer, CHC Jayne Thornhill, Deputy …".)
      return { name: e.name, role: e.role ?? (commaRole ? null : letters[1]) };
    }
  }
  // "the Clerk (Sue Bottoms)": the post, then who holds it in brackets.
  const held = POST_HELD_BY_RE.exec(raw.trim());
  if (held?.[1] && held[2] && isName(stripMemberTitle(held[2]))) return { name: held[2].trim(), role: normaliseRole(held[1]) ?? held[1] };
  // "MsL Keys": a style run into the initial after it.
  const glued = GLUED_STYLE_RE.exec(raw.trim());
  if (glued?.[1] && glued[2]) return readEntryInner(`${glued[1]} ${glued[2]}`, commaRole);
  return readEntryInner(raw, commaRole);
}

/** Words of a body's name, never a person's: "BBC Radio Kent" is no one. */
const ORG_WORD_RE = /^(?:Radio|News|Council|Police|Trust|Group|Society|Association|Club|Ltd|Limited|Partnership|Forum|Network|Foundation|Centre|Center|Team|Services?|England|Wales|Scotland|Ireland)$/;
const TIER_PREFIX_RE = /^(?:DCllr|Dist\.?\s+Cllr|D\.?\s+Cllr|Cty\.?\s+Cllr)\.?\s+(?=\p{Lu})/u;
const LETTERS_BEFORE_FULL_NAME_RE = /^(\p{Lu}{3,5})\s+(?=(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’])/u;
const POST_HELD_BY_RE = /^(?:the\s+)?((?:(?:Parish|Town|Deputy|Assistant|Locum)\s+)?Clerk(?:\s*(?:\/|and|&)\s*RFO)?|RFO|Treasurer|Secretary|Minute[-\s]?taker)\s*\(((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[^()]{3,40})\)[.;]?$/iu;
const GLUED_STYLE_RE = /^(Mrs|Miss|Mr|Ms|Dr)(\p{Lu}\.?\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)$/u;

const OFFICE_BEFORE_INITIALS_RE = /^(Administrator|Treasurer|Secretary|Minute[-\s]?taker|RFO)\s+(?=(?:\p{Lu}\.?\s*){1,3}\s(?:Mc|Mac|O['’])?\p{Lu}\p{Ll})/u;
const BODY_LETTERS_MEMBER_RE = /^(\p{Lu}{2,5})\s+(?:Councillors?|Cllrs?)\.?\s+((?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)$/u;

// ("and the Clerk Allison Ward": with "the" before the post; "CBPC Clerk N Mayglothling": the council's initials.)
const CLERK_BEFORE_NAME_RE = /^(?:the\s+|[A-Z]{2,5}\s+(?=Clerk\s))?((?:(?:Parish|Town|Community\s+Council|Locum|Deputy|Assistant|Acting)\s+)?Clerk(?:\s+(?:and|&)\s+(?:RFO|Responsible\s+Financial\s+Officer))?)\s+(?=(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{Ll}.]?)(?!(?:to|of|and)\b)/u;

function readEntryInner(given: string, commaRole: boolean): { name: string; role: string | null } | null {
  // "Councillor M Champion from point mentioned", "Cllr A Brown from item 6": when someone came is no part of the name.
  const raw = / (?:from|until|after) (?:point|item|minute)s?\b/i.test(given) ? given.replace(/\s+(?:from|until|after)\s+(?:point|item|minute)s?\b(?:\s+\S+){0,3}\s*$/i, '') : given;
  // "Councillor Allan Knox in the Chair": the chair, without brackets.
  const bareChair = /^(.{3,80}?)\s+in\s+the\s+Chair[;,.]?$/i.exec(raw.trim());
  if (bareChair?.[1] && !/[()]/.test(bareChair[1])) {
    const e = readEntryInner(bareChair[1], commaRole);
    if (e) return { name: e.name, role: 'Chair' };
  }
  const closingChair = CLOSING_CHAIR_RE.exec(raw.trim());
  if (closingChair && closingChair[1]) {
    const e = readEntryCore(closingChair[1], commaRole);
    return e ? { name: e.name, role: 'Chair' } : null;
  }
  const postFirst = POST_THEN_MEMBER_RE.exec(raw.replace(/\s+/g, ' ').trim());
  if (postFirst && postFirst[1] && postFirst[2]) {
    const name = stripMemberTitle(postFirst[2]);
    if (isName(name)) {
      const post = postFirst[1].replace(/\s+/g, ' ').toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
      return { name, role: normaliseRole(post) };
    }
  }
  return readEntryCore(raw, commaRole);
}

/** A name in initials, then a body or a heading in capitals run on after it (see readEntryCore). */
const NAME_THEN_BODY_RE = /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(?:\p{Lu}\.?\s+){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Police|Items?|Council|Authority|Trust|Service|Board|Partnership)|(?:\p{Lu}{2,}\s+){0,3}\p{Lu}{3,})$/u;

const POST_THEN_SHORT_BRACKET_RE = /^(.{2,60}?\s[–—-]\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:of|and|&|\p{Lu}[\p{L}'’-]*)){1,6})\s*\(\p{Lu}[\p{L}]{1,7}\)$/u;

const SHORTHAND_BRACKET_RE = /\s*\((\p{Lu}[\p{Lu}'’]{1,4})\)/gu;
const BARE_SHORTHAND_RE = /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+){1,2})\s+(\p{Lu}{2,4})(?:\s+(.+))?$/u;
/** True when `initials` ("KM", "IO’D") end with the initials of the surname before them ("Morris", "O’Donoghue"). */
function shorthandOf(before: string, initials: string): boolean {
  const surname = before.trim().split(/\s+/).pop() ?? '';
  if (!/^\p{Lu}/u.test(surname)) return false;
  const own = surname.replace(/['’]/g, '').replace(/[^\p{Lu}]/gu, '');
  const given = initials.replace(/['’]/g, '');
  return own.length > 0 && given.length > own.length && given.endsWith(own);
}

/** "Sec Sue Grant (SG)", "Treasurer John Ferguson", "Vice chair Jimmy Mensdorf": an office printed before the name. */
// ("Chairman M Noble (MN)", "Vice-Chairman C Sanderson": or the name in initials.)
const OFFICE_BEFORE_FULL_NAME_RE = /^(Sec|Secretary|Treasurer|Chair(?:man|person|woman)?|Vice[-\s]?[Cc]hair(?:man|person|woman)?|Minute[-\s]?[Ss]ecretary)\s+(?=(?:(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+|(?:\p{Lu}\.?\s*){1,3})\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+(?:\s*\([^()]{1,30}\))?$)/u;

const JOINED_BY_RE = /\s*\((?:(?:by|via|on)\s+(?:vc|video(?:[-\s]?(?:link|conference|call))?|zoom|teams|microsoft\s+teams|skype|tele(?:phone|conference)|phone|webex)|remotely|virtually|online)\)/gi;
const BOARD_POST_TAIL_RE = /^(\p{Lu}[\p{Ll}'’-]+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+)\s+((?:Board|Trust|Independent|Non-Executive)\s+(?:Member|Secretary|Director|Trustee))$/u;
function readEntryCore(raw: string, commaRole: boolean): { name: string; role: string | null } | null {
  // ("Mr J Mackay (by vc)", "Cllr A Smith (via Zoom)": how they joined is no role.)
  let s = raw.replace(/^[•·*-]\s*/, '').replace(/\s+/g, ' ').replace(/[.;]+$/, '').replace(JOINED_BY_RE, '').trim();
  if (!s || s.length > 200) return null;
  const officeFirst = OFFICE_BEFORE_FULL_NAME_RE.exec(s);
  if (officeFirst?.[1]) {
    const rest = readEntryCore(s.slice(officeFirst[0].length), commaRole);
    const office = officeFirst[1] === 'Sec' ? 'Secretary' : officeFirst[1];
    if (rest && isName(rest.name)) return { name: rest.name, role: rest.role ?? normaliseRole(office) };
  }
  // "Morris (KM)(Chairman)", "O’Donoghue (IO’D)": the minutes' shorthand for the member (initials ending in the surname's),
  // not a role; a post in a bracket after it still is.
  s = s.replace(SHORTHAND_BRACKET_RE, (all: string, initials: string, offset: number) => (shorthandOf(s.slice(0, offset), initials) ? '' : all));
  // "Tom Ireland TI", "Dean Ruddle DR County Councillor": the same shorthand printed bare after a name in full, only when
  // it is exactly the name's initials (so "Helen Beal HB" loses "HB", "John Smith MBE" keeps its honour).
  // A post after the shorthand is put in brackets, where a post after a name is read.
  s = s.replace(BARE_SHORTHAND_RE, (all: string, before: string, initials: string, post?: string) =>
    initialsOf(stripMemberTitle(before)) !== initials ? all : !post ? before : post.startsWith('(') ? `${before} ${post}` : `${before} (${post.trim()})`,
  );
  // "GMCA – Chief Executive Eamonn Boylan GMCA - Deputy Chief Executive …": a body's letters before a dash, and more
  // dashes after, are a run of several people, never one person called "GMCA".
  if (/^\p{Lu}{2,6}\s+[–—-]\s/u.test(s) && /\s[–—-]\s.*\s[–—-]\s/.test(s)) return null;
  // "Mr McLachlan – Chief Executive (CEO)", "Mrs O'Driscoll – Board Secretary (Minutes)": after a post in words, one short
  // word in brackets only shortens it or says what they did there; the post is the role.
  s = s.replace(POST_THEN_SHORT_BRACKET_RE, '$1');
  let role: string | null = null;
  let coopted = false;
  if (COOPTED_TITLE_RE.test(s)) {
    coopted = true;
    s = s.replace(COOPTED_TITLE_RE, '');
  }
  // "KCC Cllr Marsh", "CCC Councillor Taylor": a member of another council, named by its initials.
  const otherCouncil = /^(\p{Lu}{2,5})\s+(?:Cllr|Councillor)\.?\s+(\p{Lu}.{1,60})$/u.exec(s);
  if (otherCouncil && otherCouncil[1] && otherCouncil[2] && !/[()]/.test(otherCouncil[2])) {
    const name = stripMemberTitle(otherCouncil[2]);
    if (isName(name)) return { name, role: `${otherCouncil[1]} Councillor` };
  }
  s = s.replace(MEMBER_TITLE_RE, '');
  // Every bracket: "(Chair)", "( Vice-chair)", "(arrived at 8.15pm)"; the first that names a role wins.
  // "The Mayor (Councillor A Smith)": the post outside the bracket, the person inside.
  const swapped = /^(?:the\s+)?([^()]{3,60}?)\s*\(([^()]{2,80})\)$/i.exec(s);
  if (swapped && swapped[1] && swapped[2]) {
    const name = stripMemberTitle(swapped[2]);
    const post = swapped[1].trim();
    const titled = MEMBER_TITLE_RE.test(swapped[2]) || HONORIFIC_RE.test(swapped[2]);
    // "Director of Finance (Jane Smith)": a post, then the person holding it. ("Strategic Director (Place)": one word is the
    // post's department, no one's name.)
    const postFirst = !titled && /\s(?:of|for)\s|^(?:Chief|Head|Director|Deputy|Assistant|Democratic|Monitoring|Legal|Finance|Strategic|Corporate|Senior|Principal)\b/.test(post) && INITIALS_OR_FULL_NAME_RE.test(swapped[2].trim()) && /\S\s+\S/.test(swapped[2].trim());
    if ((titled || postFirst) && isName(name) && (CIVIC_POST_RE.test(post) || !isName(stripMemberTitle(post))) && !hasVerb(post)) return { name, role: normaliseRole(post) };
  }
  const parens = /^(.*?)\s*\(([^()]{1,120})\)\s*(.*)$/;
  for (let k = 0, p = parens.exec(s); p && k < 4; k++, p = parens.exec(s)) {
    const rest = `${p[1] ?? ''} ${p[3] ?? ''}`.replace(/\s+/g, ' ').trim();
    // "Glyn Charlton (GC)": the initials the minutes go on to use for the member, not a role.
    const initials = /^\p{Lu}{2,4}$/u.test((p[2] ?? '').trim()) && initialsOf(stripMemberTitle(rest)) === (p[2] ?? '').trim();
    if (!initials) role = role ?? normaliseRole(p[2] ?? '');
    s = rest;
  }
  const dash = /^(.{2,60}?)\s+[–—-]\s+(.{2,150})$/.exec(s);
  if (dash && dash[1] && dash[2]) {
    role = role ?? normaliseRole(dash[2]);
    s = dash[1];
  } else if (commaRole) {
    const comma = /^([^,]{2,60}?),\s*(.{2,150})$/.exec(s);
    if (comma && comma[1] && comma[2] && isName(stripMemberTitle(comma[1]))) {
      role = role ?? normaliseRole(comma[2]);
      s = comma[1];
    }
  }
  s = stripMemberTitle(s);
  // "Cllr Ashcroft in attendance": the list's own words after the name.
  s = s.replace(/\s+in\s+attendance$/i, '');
  // "Cllr Kendrick LCC", "Cllr Hill SKDC": the letters of the council the member also sits on, after the name, are their seat.
  const seat = /^((?:(?:\p{Lu}\.?\s+){0,3}|\p{Lu}[\p{Ll}'’-]+\s+)?(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}{1,4}C{1,2})$/u.exec(s);
  if (seat?.[1] && seat[2] && seat[2].length >= 3 && isName(seat[1])) return { name: seat[1], role: role ?? seat[2] };
  // "Ms L Steward Kent Police", "Mrs A Taylor Unrestricted Items": a body, or the next heading, run on after a name in
  // initials; the name ends at its surname.
  const runOnBody = NAME_THEN_BODY_RE.exec(s);
  // ("Z Khan MBE": an honour after the name is part of it.)
  if (runOnBody?.[1] && !s.slice(runOnBody[1].length).trim().split(/\s+/).every((w) => POST_NOMINAL_RE.test(w))) s = runOnBody[1];
  // "Mrs L Hunter Committee Administration Manager": initials and a surname, then words ending in a post.
  const namePost = INITIALS_NAME_THEN_POST_RE.exec(s);
  if (namePost?.[1] && namePost[2] && namePost[2].split(' ').length >= 2 && ROLE_END_RE.test(namePost[2].split(' ').pop() ?? '') && isName(namePost[1])) {
    return { name: namePost[1], role: role ?? normaliseRole(namePost[2]) };
  }
  // "A Smith Chair" (a table's columns run together): the last word is the role.
  const trailing = TRAILING_CHAIR_RE.exec(s);
  if (trailing && trailing[1] && trailing[2] && isName(trailing[1])) {
    role = role ?? normaliseRole(trailing[2]);
    s = trailing[1];
  }
  // "Patricia Haren Board Member": a board's member in full, then their place on it.
  const boardPost = BOARD_POST_TAIL_RE.exec(s);
  if (boardPost?.[1] && boardPost[2] && isName(boardPost[1]) && isGivenName(boardPost[1].split(' ')[0] ?? '')) return { name: boardPost[1], role: role ?? boardPost[2] };
  if (!isName(s)) {
    // "Pryor Executive Member for Economy" → name, then the post.
    const tokens = s.split(' ');
    const k = tokens.findIndex((t, i) => i > 0 && ROLE_START_RE.test(t));
    if (k > 0 && !ROLE_START_RE.test(tokens[0] ?? '') && !NOT_NAME_WORD_RE.test(tokens[0] ?? '')) {
      const name = tokens.slice(0, k).join(' ');
      if (isName(name)) return { name, role: role ?? normaliseRole(tokens.slice(k).join(' ')) };
    }
    // "Mr D Iley Admin/Finance Officer": initials and one surname, then the post.
    const ip = INITIALS_NAME_THEN_POST_RE.exec(s);
    if (ip && ip[1] && ip[2] && isName(ip[1]) && !isName(ip[2]) && !/^(?:[A-Z](?:\.\s*|\s+))+[A-Z]/.test(ip[2])) {
      // "R Henry Stevenage Borough Council Mayor D Thorn": a body and the next person run on, not a post.
      if (/\b(?:Council|Authority)\s+\S/.test(ip[2])) return { name: ip[1], role };
      return { name: ip[1], role: role ?? normaliseRole(ip[2]) };
    }
    return null;
  }
  if (coopted && role === null) role = 'co-opted member';
  return { name: s, role };
}

/** A post on its own in a list, after the name it belongs to: "Mrs A Brown, Parish Clerk, Mr C Dee". */
function isPost(s: string): boolean {
  if (s.length > 120 || hasVerb(s) || /\d/.test(s)) return false;
  if (!/^[A-Z]/.test(s) || s.split(/\s+/).length > 12) return false;
  return !MEMBER_TITLE_RE.test(s) && !HONORIFIC_RE.test(s);
}

/** "Jo Cole of Westby Wildlife Trust", "Mr A Bell from WWT": a person in full, then the body they come from. */
const PERSON_OF_BODY_RE = /^((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}[\p{Ll}'’-]+|(?:\p{Lu}\.?\s*){1,3})\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)\s+(?:of|from|representing)\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|and|&)){0,6}\.?$/u;
/** "… from Police Scotland", "… of Eastby Parish Council": where the people in the paragraph come from. */
const FROM_BODY_TAIL_RE = /\s+(?:from|of|representing)\s+((?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|and|&)){0,6})\s*\.?$/u;

/**
 * Paragraphs after the members under a bare "Present" label, up to three, each only names (a rank or style allowed, and
 * where they come from at the end): the others who attended. The first paragraph that is not such ends them.
 */
function othersUnderPresent(blocks: readonly Block[], from: number): { entries: { name: string; role: string | null; member?: boolean }[]; end: number } {
  const entries: { name: string; role: string | null; member?: boolean }[] = [];
  let k = from;
  for (; k < blocks.length && k < from + 3; k++) {
    const b = blocks[k];
    const raw = b && !b.bullet ? b.text.trim() : '';
    // ("Parish Clerk: Jo Cole Responsible Finance Officer: Ray Dunn (RD)": the officers, each post a label before them.)
    const posted = raw && raw.length <= 400 ? postLabelledList(raw) : null;
    if (posted) {
      for (const e of parseNameList(posted, true)) entries.push({ name: e.name, role: e.role });
      continue;
    }
    if (!raw || raw.length > 400 || /\d/.test(raw) || labelOf(raw) || BARE_LIST_LABEL_RE.test(raw) || hasVerb(raw.replace(/\([^()]*\)/g, ''))) break;
    const from_ = FROM_BODY_TAIL_RE.exec(raw);
    const text = (from_ ? raw.slice(0, from_.index) : raw).replace(/\.$/, '');
    const read = parseNameList(text, true);
    const parts = splitOutsideBrackets(text).flatMap((p) => p.split(/\s+(?:and|&)\s+/));
    // (Each a name of two words at least: "Welcome" on a line of its own is the next heading.)
    if (read.length === 0 || read.length < parts.length || !read.every((e) => isName(e.name) && /\S\s+\S/.test(e.name))) break;
    // ("Councillor Ellen Forbes (in the Chair)" on a line of its own under "Present": a member, not a visitor.)
    const member = /^(?:Councillors?|Cllrs?)\.?\s+\p{Lu}/u.test(text);
    for (const e of read) entries.push({ name: e.name, role: e.role ?? (from_?.[1] ? from_[1].replace(/^the\s+/i, '') : null), ...(member ? { member } : {}) });
  }
  return { entries, end: entries.length > 0 ? k : from };
}

/** "Strategic Director of Regeneration and Development", "Scrutiny and Performance Improvement Officer": a post alone. */
const POST_LINE_RE = /^(?:(?:\p{Lu}[\p{L}'’-]*|and|of|&|the|for)\s+){0,8}?(?:Officer|Director(?:\s+of\s+(?:\p{Lu}[\p{L}'’-]*|and|&)(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|&)){0,5})?|Manager|Executive|Clerk|Solicitor|Secretary|Treasurer|Engineer|Adviser|Advisor|Accountant|Administrator|Head\s+of\s+\p{Lu}[\p{L} &'’-]{2,60})$/u;
/** "Democratic Services Officer (M Mallon)": a post, the holder in brackets. */
const POST_THEN_BRACKETED_NAME_RE = /^(\p{Lu}[\p{L} &'’-]{2,80}?)\s*\(((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s+){0,3}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\)$/u;

/**
 * Lines under an "In Attendance:" label that opens with a post alone: each line a post (no one named, skipped), a post
 * with its holder in brackets, or a styled person with a comma and their post or body. Two lines at least, one person
 * read; the first line that is none of these ends the list.
 */
function postAndPersonLines(blocks: readonly Block[], from: number): { entries: { name: string; role: string | null }[]; end: number } | null {
  const entries: { name: string; role: string | null }[] = [];
  let k = from;
  for (; k < blocks.length && k < from + 40; k++) {
    const b = blocks[k];
    const t = b && !b.bullet ? b.text.trim().replace(/\.$/, '') : '';
    if (!t || t.length > 160 || labelOf(t) || hasVerb(t)) break;
    const bracketed = POST_THEN_BRACKETED_NAME_RE.exec(t);
    if (bracketed?.[1] && bracketed[2] && POST_LINE_RE.test(bracketed[1].trim()) && isName(bracketed[2])) {
      entries.push({ name: bracketed[2], role: bracketed[1].trim() });
      continue;
    }
    if (POST_LINE_RE.test(t) && !HONORIFIC_RE.test(t)) continue;
    const styled = HONORIFIC_RE.test(t) && /^[^,]{4,40},\s*\S/.test(t) ? parseEntry(t, true) : null;
    if (styled && HONORIFIC_RE.test(`${styled.name} `) && isName(styled.name)) {
      entries.push({ name: styled.name, role: styled.role });
      continue;
    }
    break;
  }
  return entries.length > 0 && k - from >= 2 ? { entries, end: k } : null;
}

/** A council or authority's own name, ending the entry: "Broxbourne Borough Council", "Herts Police Authority". */
const AUTHORITY_RE = /\b(?:Council|Authority|Constabulary)$/;

const BODY_WORD_RE = /Council|Authority|Trust|Service|Commissioner|Police|Board|Partnership|Association/;
/** A body's name, then a person's initials and surname: "Hertfordshire Police Authority G Miles". */
const BODY_THEN_PERSON_RE =
  /^(.{0,80}?\b(?:Council|Authority|Trust|Service|Commissioner|Police|Board|Partnership|Association)(?:\s*\([^()]{2,40}\))?)\s+((?:(?:Cty|County)\s+)?(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+){0,2}(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?(?:\s*\([^()]{2,40}\))?)$/u;

/** A list that is only a council's name: "Lisburn & Castlereagh City Council". */
/** "North Lanarkshire Council", "Scottish Prison Service", "Strathclyde Police", "Crown Office and Procurator Fiscal’s Service": a body's name alone on a line. */
const BODY_HEAD_LINE_RE = /^(?:the\s+)?\p{Lu}[\p{L}'’&.() -]{1,80}?\s(?:Council|Service|Police|Authority|Board|Government|Partnership|Trust|Scotland|Executive|Agency|Commission)(?:\s+\(\p{Lu}{2,8}\))?$/u;
const COUNCIL_ONLY_RE = /^(?:the\s+)?\p{Lu}[\p{L}'’&. -]{1,80}?\s(?:(?:City|County|Borough|District|Town|Parish|Community)\s+)?Council\.?$/u;

/** Full-word name tokens: "Steve", "Tyerman" (not initials, honorifics or particles). */
const isWordName = (t: string) => /^[A-Z][a-z\u00e0-\u024f'’-]{1,}$/.test(t) && !HONORIFIC_RE.test(`${t} `);

/**
 * A name list: "Councillor A Smith (Chair), Councillors B Jones, C Patel (substitute for Councillor D Lee) and Co-opted Member E Green".
 * In a list of people "in attendance" a part that is not a name is the post of the person before it.
 */
/** "The Mayor, Councillor G Duddy", "Deputy Mayor, Councillor Y Boyle": the civic post, then its holder's title and name. */
// "The Worshipful the Mayor, G. Bhamra, …": the holder may also be printed without a title, in initials and a surname.
// "the Deputy Leader, Councillor Samuel Adeyemi Cole": a leader's post too, and a holder with two given names.
const POST_BEFORE_HOLDER_RE = /(^|,\s*)((?:The\s+|THE\s+)?(?:(?:Right\s+)?Worshipful\s+the\s+)?(?:Deputy\s+|Lord\s+|Depute\s+|DEPUTY\s+|LORD\s+|DEPUTE\s+)*(?:Mayor|Provost|Convener|Leader|MAYOR|PROVOST|CONVENER|LEADER))\s*(?:,|\s[-–—])\s+((?:(?:County|City|Borough)\s+)?(?:Councillor|Cllr|Alderman)\.?\s+(?:(?:\p{Lu}\.?\s*){1,3}\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+|(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+|(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}[\p{L}'’-]+(?=\s*(?:,|$)))|(?:Mrs\.?\s+|Mr\.?\s+|Ms\.?\s+|Dr\.?\s+)?(?:\p{Lu}\.\s*){1,3}(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}[\p{L}'’-]+(?=\s*(?:,|\s+and\s|$)))/gu;
/** "DEPUTY MAYOR" → "Deputy Mayor": a post printed in capitals, written as the minutes would in a sentence. */
function titleCasePost(post: string): string {
  return /\p{Ll}/u.test(post) ? post : post.toLowerCase().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

/** "C. Motley and P. Nutting (Deputy Leaders)": one post in the plural after two names is each one's post. */
const SHARED_POST_RE = /([^,;()]{2,60}?)\s+(?:and|&)\s+([^,;()]{2,60}?)\s*\(((?:[A-Z][\w-]*\s+){0,3}(?:Leader|Chair|Vice-Chair|Member|Officer|Director|Mayor|Convener|Representative|Observer|Adviser|Advisor))s\)/g;

// "Chief Executive - J Dixon Director of Operations – G Girvan …": officers each given as a post, a dash and a
// name in initials, one after another with no separator. Read as a run only when the pairs cover the whole list.
const POST_DASH_NAME_RE = /(\p{Lu}[\p{L}&,'’ ]{2,90}?)\s+[-–—]\s+((?:[A-Z]\.?\s+){1,3}(?:Mc|Mac|O['’])?[A-Z][\p{Ll}'’]+(?:-[A-Z][\p{Ll}'’]+)?)(?=\s+\p{Lu}|\s*[.;]?\s*$)/gu;

function postDashNameRun(list: string): { name: string; role: string | null }[] | null {
  if (!/[-–—]/.test(list) || list.length > 3000) return null;
  const pairs = [...list.matchAll(POST_DASH_NAME_RE)];
  if (pairs.length < 3) return null;
  const covered = pairs.reduce((n, m) => n + m[0].length, 0);
  if (covered < list.replace(/\s+$/, '').length - pairs.length * 2 - 2) return null;
  return pairs.map((m) => ({ name: m[2]!.trim(), role: normaliseRole(m[1]!.trim()) ?? m[1]!.trim() }));
}

// "Mr A Bloggs, Director of Housing, NIHE Ms C Dee, Area Manager, NIHE": guests each given as a courtesy title and
// name, a comma and their post (and body), the next one starting straight after the body with no separator.
// "Mr C McKenna, Chairman Mr H McCaughey, Chief Executive": the name may be given with initials.
// ("Mr Archie K Campbell, CnES", "Chief Inspector Gordon Macleod, Northern Constabulary": a middle initial; a police rank.)
// ("Mr A Corry Finn, Executive Director …": a surname of two words after initials, a comma closing it.)
const HONORIFIC_NAME = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|Revd?|Sir|Dame|(?:Chief\s+)?(?:Inspector|Superintendent)|Sergeant)\.?\s+(?:\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+){1,2}|(?:\p{Lu}\.?\s+){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+(?!(?:Chair(?:man|woman|person)?|Clerk|Treasurer|Secretary|Director|Officer|Manager|Executive|Member|Councillor|Head|Chief)\b)\p{Lu}\p{Ll}[\p{Ll}'’]+(?=,))?)`;
const HONORIFIC_RUN_SPLIT_RE = new RegExp(String.raw`(?<=[\p{L})])(?<!\bChief)\s+(?=${HONORIFIC_NAME},\s)`, 'gu');
const HONORIFIC_NAME_POST_RE = new RegExp(String.raw`^(${HONORIFIC_NAME}),\s+(\p{Lu}[^;]{2,120}?)[,.;]?$`, 'u');

function honorificPostRun(list: string): { name: string; role: string | null }[] | null {
  if (list.length > 3000 || !/,/.test(list)) return null;
  const parts = list.split(HONORIFIC_RUN_SPLIT_RE);
  // Two will do when both posts are offices: "Mrs C J Earley, Town Clerk Mrs R P Dudley, Assistant Clerk".
  const twoOffices = parts.length === 2 && parts.every((p) => POST_WORD_END_RE.test(p.trim().replace(/[.,;]$/, '')));
  if (parts.length < 3 && !twoOffices) return null;
  // "… Mr Robin Clarke, HIE MINUTES Minute of Meeting 1 The Minute …": the next heading, in capitals, run onto the list.
  const last = parts[parts.length - 1] ?? '';
  const runOn = /^(.{4,120}?)\s+\p{Lu}{4,}\s+\p{Lu}/u.exec(last);
  if (runOn?.[1] && !HONORIFIC_NAME_POST_RE.test(last.trim()) && HONORIFIC_NAME_POST_RE.test(runOn[1])) parts[parts.length - 1] = runOn[1];
  const entries = parts.map((p) => HONORIFIC_NAME_POST_RE.exec(p.trim()));
  if (entries.some((m) => !m)) return null;
  // A post holding another titled person ("Council Cllr Mrs A Brewster, City Council"): the split missed a name.
  if (entries.some((m) => /(?<![\w-])(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}/u.test(m![2]!))) return null;
  return entries.map((m) => {
    // "Senior Manager, Community Stroke Team (For item 128/14)": when they attended is no part of the post.
    const post = m![2]!.replace(/\s*\((?:for|during)\s+(?:agenda\s+)?(?:items?|minutes?)\b[^()]*\)$/i, '').trim();
    // "The Highland Council Member (Chair)": the chair's role in brackets is the role.
    const bracket = /\(([^()]{2,30})\)$/.exec(post)?.[1];
    const chair = bracket ? normaliseRole(bracket) : null;
    const name = /^(?:Cllr|Councillor)\b/.test(m![1]!) ? stripMemberTitle(m![1]!) : m![1]!;
    return { name, role: chair === 'Chair' || chair === 'Vice-Chair' ? chair : (normaliseRole(post) ?? post) };
  });
}

// "Ronnie Hinds", or with initials "A Russell", "D J Gillies".
/** "Officers on the dias", "Other Officers attending or observing from the gallery …", "Other people attending". */
const OFFICERS_SUBHEAD_RE = /^(?:(?:Other\s+)?Officers?(?:\s+(?:on|in|at|attending|present|observing)\b[^:]{0,80})?|Other\s+(?:people|persons|attendees|officers)\s+(?:attending|present|in\s+attendance)\b[^:]{0,60})$/i;
const FULL_NAME = String.raw`(?:(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}|(?:\p{Lu}\.?\s+){1,3})(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+`;
const NAME_COMMA_POST_RE = new RegExp(String.raw`^(${FULL_NAME}),\s+(\p{Lu}.{2,160})$`, 'u');
const AND_BEFORE_NAME_RE = new RegExp(String.raw`\s+and\s+(?=${FULL_NAME},\s)`, 'u');
/** "K Graham, Head of Corporate Governance, J Lynch, Head of Property Services": the next person after a comma. */
const COMMA_BEFORE_NAME_RE = new RegExp(String.raw`,\s+(?=(?:\p{Lu}\.?\s+){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+,\s)`, 'u');

/**
 * "Ronnie Hinds, Chief Executive; Michael Enston, Executive Director (…); Iain Grant, Committee Manager and Steve
 * Thompson, Committee Administrator, Law & Administration Service; …": officers in full with their posts, one to a
 * semicolon (two joined by "and"). Null unless three parts in four at least read that way.
 */
/** Splits before each person; "OD and Workforce Planning Manager, …" (a post, not a person) stays with the part before it. */
function splitAtNames(part: string, re: RegExp, joiner: string): string[] {
  const out: string[] = [];
  for (const piece of part.split(re)) {
    const name = piece.split(',')[0]?.trim() ?? '';
    const last = out.length - 1;
    if (last >= 0 && !isName(name)) out[last] = `${out[last]}${joiner}${piece}`;
    else out.push(piece);
  }
  return out;
}

/**
 * "Amanda Mugford, Town Clerk; Melanie Negus, Administrative Assistant; Cornwall Councillors Viv Lewis, Harry Blakely and
 * Paul White; Community Network Manager Charlotte Chadwick; one member of the public …": entries between semicolons,
 * each a name and its post (either way round) or a body's councillors; the public and press are no one. Null unless
 * two or more entries give a post and every entry reads as one of these.
 */
function mixedSemicolonEntries(list: string): { name: string; role: string | null }[] | null {
  if (!list.includes(';') || list.length > 2000) return null;
  const out: { name: string; role: string | null }[] = [];
  let posted = 0;
  for (const raw of list.replace(/\.$/, '').split(/\s*;\s*/)) {
    const p = raw.replace(/^(?:and|&)\s+/i, '').trim();
    if (!p || PUBLIC_PRESS_RE.test(p)) continue;
    const after = NAME_COMMA_POST_RE.exec(p);
    if (after?.[1] && after[2] && isName(after[1]) && !/,/.test(after[2])) {
      out.push({ name: after[1], role: after[2].trim() });
      posted++;
      continue;
    }
    const before = POST_FIRST_RE.exec(p);
    if (before?.[1] && before[2] && isName(before[2])) {
      out.push({ name: before[2], role: before[1] });
      posted++;
      continue;
    }
    const group = BODY_COUNCILLORS_RE.exec(p);
    if (group?.[1] && group[2]) {
      const names = group[2].split(/\s*,\s*|\s+(?:and|&)\s+/).map((n) => n.trim()).filter(Boolean);
      if (names.length === 0 || !names.every(isName)) return null;
      for (const name of names) out.push({ name, role: `${group[1]} Councillor` });
      continue;
    }
    return null;
  }
  return posted >= 2 ? out : null;
}
const PUBLIC_PRESS_RE = /^(?:one|two|three|four|five|\d{1,3}|several|a\s+number\s+of|no)\s+(?:members?\s+of\s+(?:the\s+)?(?:public|press)|residents?|visitors?)\b/i;
const POST_FIRST_RE = /^((?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Manager|Officer|Director|Clerk|Secretary|Treasurer|Administrator|Assistant|Adviser|Advisor|Engineer|Surveyor|Inspector|Sergeant|Constable|Warden|Coordinator|Co-ordinator))\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u;
const BODY_COUNCILLORS_RE = /^((?:County|Borough|District|City|Town|Parish|\p{Lu}\p{Ll}+)(?:\s+(?:County|Borough|District|City))?)\s+Councillors\s+(\p{Lu}.{2,300})$/u;

function namePostSemicolonRun(list: string): { name: string; role: string | null }[] | null {
  if (!list.includes(';')) return null;
  const parts = splitOutside(list.replace(/\.$/, ''), (t, i) => (t[i] === ';' ? 1 : 0))
    .map((p) => p.replace(/^(?:and|&)\s+/i, '').trim())
    .flatMap((p) => splitAtNames(p, AND_BEFORE_NAME_RE, ' and '))
    .flatMap((p) => splitAtNames(p, COMMA_BEFORE_NAME_RE, ', '));
  const out: { name: string; role: string | null }[] = [];
  for (const p of parts) {
    const m = NAME_COMMA_POST_RE.exec(p);
    // "Strategic Procurement Manager (both Chief Executive’s)": whose department, said for several at once.
    if (m?.[1] && m[2] && isName(m[1])) out.push({ name: m[1], role: m[2].replace(/[.,;]$/, '').replace(/\s*\((?:both|all|each)\s[^()]*\)$/i, '').trim() });
  }
  return out.length >= 3 && out.length >= parts.length - 1 ? out : null;
}

/** "the clerk A. Brown": a post in lower case, then the person (initial first, or after Mr/Mrs/Ms/Dr). */
const POST_BEFORE_NAME_RE = /^(?:and\s+)?the\s+((?:(?:assistant|deputy|acting|locum|responsible\s+financial|finance|planning|democratic\s+services|committee)\s+(?:to\s+the\s+)?)?(?:town\s+|parish\s+)?(?:clerk|officer|secretary|treasurer|minute[-\s]taker|administrator))\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}.{1,60})$/u;

/** "J Shedwick (Vice-Chair)", "Z Khan MBE", "County Councillor D Smith": one person in initials alone on a line. */
const NAME_ALONE_LINE_RE = /^(?:(?:(?:County\s+)?Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s*){1,3}\s\p{Lu}[\p{Ll}'’-]*[\p{L}'’-]*(?:\s+(?:MBE|OBE|CBE|BEM|JP|DL))?(?:\s*\([^()]{2,30}\))?$/u;

/** A degree or qualification where a name should start ("LLB", "BA The Deputy Mayor", "Pg Cert Ed"). */
const DEGREE_START_RE = /^(?:BA|BSc|BEd|MA|MSc|MEd|LLB|LLM|PhD|MBA|MPhil|DipEd|DASE|CPLS|Pg\s+Cert|PGCE|FCA|ACA|CPFA|Hons)\b/;

/** A slash between one name and the next ("Hale/Elisabeth", "(Chair)/Janice"), three or more times in the list. */
const SLASH_BETWEEN_NAMES_RE = /(?<=[\p{Ll})])\s*\/\s*(?=\p{Lu}\p{Ll})/gu;
const slashedList = (t: string) => t.length < 5000 && t.includes('/') && (t.match(SLASH_BETWEEN_NAMES_RE) ?? []).length >= 3;

/** "County Councillor M Brookes. Borough Councillor M Cooper.": a full stop after a surname, then the next person's title. */
// ("The Mayor (Councillor Trotter) in the Chair. Councillors Anthony Alton, …": the chair's sentence, then the members.)
const SENTENCE_THEN_TITLE_RE = /(?:(?<=\p{Ll}{2})(?<!\b(?:Cllrs?|Coun|Couns))|(?<=\(in the Chair\)))\.\s+(?=(?:(?:County|Borough|District|Town|Parish|City)\s+(?:and\s+(?:County|Borough|District|Town|Parish|City)\s+)?)?(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu})/u;

/** "K Nicholas. J Harvey": a full stop typed for a comma between a surname and the next person's initials. */
const SENTENCE_THEN_INITIALS_RE = /(?<=(?:^|\s)(?:\p{Lu}\.?\s+){1,3}\p{Lu}\p{Ll}+)\.\s+(?=(?:\p{Lu}\.?\s+){1,3}\p{Lu}\p{Ll}+(?:\s*$|\s*\())/u;

/**
 * "… and Wheale. Borough Councillors, Mrs M France and C France.": members of another council under their office in the
 * plural, a sentence after the members' own list; each is given the office, as "Borough Councillor Mrs M France" would
 * be. (A list that opens with "County Councillors" is the council's own members, under their title.)
 */
const OFFICE_GROUP_RE = /((?<=\p{L}{2}|\))[.;]\s+)((?:County|Borough|District|City|Town|Parish|Unitary)\s+Councillors)\s*[,:–-]?\s+([^.;:()]{3,3000}?)(?=\s*(?:[.;]\s|[.;]?$))/gu;

function officeGroup(_: string, lead: string, group: string, names: string): string {
  const office = group.replace(/s$/, '');
  const each = names.split(/,\s+|\s+(?:and|&)\s+/).filter((n) => /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}/u.test(n));
  return each.length === 0 ? `${lead}${group} ${names}` : `, ${each.map((n) => `${office} ${n}`).join(', ')}`;
}

const POST_THEN_NAME_DASH_RE = /(?<=\s[–—-]\s+[^,;–—]{0,60}\b(?:Clerk|Officer|Manager|Director|Executive|Secretary|Treasurer|Administrator|Assistant|Adviser|Advisor|Solicitor|RFO))\s+(?=(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{Ll}'’]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\s+[–—-]\s)/gu;

/**
 * "Jim Boyle, Chief Accountant, Corporate Services Peter Broadfoot, Solicitor to the Council Keith Yates, Chief
 * Executive": officers, each a first name and surname, a comma and the post, the next name run on after the post.
 */
const FULL_NAME_COMMA_RE = /(?:^|\s)(\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}[\p{L}'’-]*),\s/gu;

function fullNamePostRun(list: string): { name: string; role: string | null }[] | null {
  if (list.length > 5000 || list.includes(';')) return null;
  const found = [...list.matchAll(FULL_NAME_COMMA_RE)].filter((m) => (m[1] ?? '').split(/\s+/).every((w) => !NOT_NAME_WORD_RE.test(w) && !ROLE_START_RE.test(w) && !ROLE_END_RE.test(w) && !NOT_GIVEN_NAME_RE.test(w) && !POST_WORD_END_RE.test(w)));
  if (found.length < 3 || found[0]?.index !== 0) return null;
  const out: { name: string; role: string | null }[] = [];
  found.forEach((m, k) => {
    const start = (m.index ?? 0) + m[0].length;
    const post = list.slice(start, found[k + 1]?.index ?? list.length).trim().replace(/[.,]$/, '');
    out.push({ name: m[1] ?? '', role: post ? normaliseRole(post) : null });
  });
  return out.every((e) => e.role && e.role.length <= 160 && !hasVerb(e.role) && !looksLikeNameOnly(e.role)) ? out : null;
}

/** "Tom Bray" where a post was looked for: two or three name words, none of them a post's ("Fire Officer" is a post). */
function looksLikeNameOnly(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => FULL_NAME_WORD_RE.test(w) && !POST_VOCAB_RE.test(w) && !ROLE_END_RE.test(w) && !ROLE_WORD_RE.test(w));
}

/**
 * "Mrs A Leitch, Chief Executive Mr A McCrorie, Depute Chief Executive (Resources) Mr D Small, Director of …": officers
 * each after a style of address, then a comma and their post, nothing between one officer's post and the next officer.
 * True when it starts so, four or more are there, and every post is a short phrase with no verb.
 */
function styledNamePostRun(list: string): boolean {
  if (list.length > 5000 || list.includes(';')) return false;
  const found = [...list.matchAll(STYLED_NAME_COMMA_RE)];
  if (found.length < 4 || found[0]?.index !== 0) return false;
  return found.every((m, k) => {
    const post = list.slice((m.index ?? 0) + m[0].length, found[k + 1]?.index ?? list.length).trim();
    return post.length >= 3 && post.length <= 160 && !hasVerb(post);
  });
}
const STYLED_NAME_COMMA_RE = /(?<=^|\s)(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}\.?\s+){0,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+,\s+/gu;

/** Words of officers' posts: "Chief Executive", "Planning, Economic Development and Regulatory Services Manager". */
const POST_VOCAB_RE = /^(?:Chief|Counsel|Executive|Operation|Transportation|Building|Control|Corporate|Director|Directorate|Planning|Economic|Economy|Development|Regulatory|Services?|Manager|Head|Democratic|Principal|Senior|Policy|Officer|Environmental|Environment|Health|Commercial|Team|Leader|Legal|Finance|Financial|Assistant|Deputy|Depute|Strategic|Strategy|Housing|Committee|Administrator|Administration|Clerk|Solicitor|Monitoring|Engineer|Engineering|Technical|Project|Programme|Community|Communities|Public|Customer|Governance|Resources|Operations|Operational|Lead|Adviser|Advisor|Support|Coordinator|Co-ordinator|Interim|Acting|Partnership|Neighbourhood|Neighbourhoods|Regeneration|Property|Estates|Leisure|Culture|Cultural|Waste|Transport|Highways|Education|Children|Adult|Adults|Social|Care|Scrutiny|Member|Members|Secretary|Treasurer|Accountant|Audit|Auditor|Risk|Performance|Information|Digital|Communications|Marketing|Business|Plans|Delivery|Safety|Licensing|Enforcement|Specialist|Consultant|Analyst|Inspector|Superintendent|Sergeant|Constable|Commissioner|Representative)$/;
const NAME_WORD_RE = /^(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;

/**
 * "Mr R Deakin Elected Verderer Mr J F Kitcher MBE Elected Verderer The Hon Mr R Montagu Forestry Commission Appointed
 * Verderer Mrs P Thorne DEFRA Appointed Verderer": a table of people and posts flattened with nothing between the cells,
 * every person after a style of address. Each person is the style, one to three initials or a first name, and one
 * surname (and any honours after it); what runs to the next style is their post. Read only when the list opens with a
 * style, has no comma or semicolon, holds two people or more, and at least two of them have a post with no verb in it.
 */
// ("Dr William Peace Sir John Ramsden Mr Trevor Woolley": a knight's style among the others.)
/** The styles a person's name is printed after, and a styled name: "Mr M Young", "Sir John Ramsden". */
const PERSONAL_STYLE = '(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)';
const STYLED_NAME = String.raw`${PERSONAL_STYLE}\.?\s+(?:(?:\p{Lu}\.?\s+){1,3}|\p{Lu}\p{Ll}+\s+)(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const STYLE_IN_RUN_RE = new RegExp(String.raw`(?<!\bThe\s+Hon\.?)\s+(?=(?:The\s+Hon\.?\s+)?${PERSONAL_STYLE}\.?\s+\p{Lu})`, 'u');
const STYLED_PERSON_RE = new RegExp(String.raw`^((?:The\s+Hon\.?\s+)?${STYLED_NAME}(?:\s+(?:MBE|OBE|CBE|BEM|JP|DL|QC|KC))*)(?:\s+(.+))?$`, 'u');

// ("Mr M Young, Chair Mr D Cameron Mr C Grant …": a comma straight after a person's surname, before their post.)
const STYLED_COMMA_RE = new RegExp(String.raw`(${STYLED_NAME}),\s+(?=\p{Lu})`, 'gu');

function styledNameThenPostRun(list: string): { name: string; role: string | null }[] | null {
  const text = list.trim().replace(/[.]$/, '').replace(STYLED_COMMA_RE, '$1 ');
  // ("Sir Muir Russell Chairman of Trustees Prof Beverley Glover Trustee …": a knight first.)
  if (text.length > 3000 || /[,;]/.test(text) || !new RegExp(`^(?:The\\s+Hon\\.?\\s+)?${PERSONAL_STYLE}\\.?\\s`).test(text)) return null;
  // ("Ms P S Angove F Morris C S McClary Mrs S Olds": people in initials and surname, some styled; no posts.)
  if (INITIALS_NAMES_ONLY_RE.test(text)) return null;
  const pieces = text.split(STYLE_IN_RUN_RE);
  if (pieces.length < 2) return null;
  const out: { name: string; role: string | null }[] = [];
  let posted = 0;
  for (const piece of pieces) {
    const m = STYLED_PERSON_RE.exec(piece.trim());
    if (!m?.[1]) return null;
    // "Mr A Hill and" would be two people joined; a post holding a verb is a sentence.
    const post = m[2]?.replace(/\s*&\s*$/, '').trim() ?? '';
    // (A post in brackets, or one holding a member's title, "Mr A Hanna Ald A Hatch", is another reader's shape.)
    if (post && (hasVerb(post) || /^(?:and|&)\b/i.test(post) || post.length > 120 || /[():]/.test(post) || /\b(?:Ald|Alderman|Cllr|Councillor|Coun)\b/.test(post))) return null;
    if (post) posted++;
    out.push({ name: m[1], role: post ? (normaliseRole(post) ?? post) : null });
  }
  // (One post among four people or more will do: "Mr M Young Chair Mr D Cameron Mr C Grant Miss H Ousta".)
  return posted >= 2 || (posted === 1 && out.length >= 4) ? out : null;
}

/**
 * "Dean Langton Chief Executive Philip Mousdale Corporate Director Neil Watson Planning, Economic Development and
 * Regulatory Services Manager …": officers each a first name and surname, then their post, nothing between the people
 * (a table's two columns run together). A person is two name words that are no post's words; everything to the next
 * person is the post. Read only when the list opens with a person, three or more are found, and every post has a post's
 * word in it.
 */
function nameThenPostRun(list: string): { name: string; role: string | null }[] | null {
  if (list.length > 3000 || /;/.test(list)) return null;
  const words = list.split(/\s+/);
  const isNameWord = (w: string | undefined) => !!w && NAME_WORD_RE.test(w) && !POST_VOCAB_RE.test(w) && !NOT_NAME_WORD_RE.test(w) && !NOT_GIVEN_NAME_RE.test(w);
  // ("S Reay Deputy Chief Executive P Graham Planning Policy Manager …": a person by initials and surname.)
  const isInitials = (w: string | undefined) => !!w && /^\p{Lu}{1,3}$/u.test(w);
  const starts: number[] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    if (!(isNameWord(words[k]) || isInitials(words[k])) || !isNameWord(words[k + 1])) continue;
    // The word before a person ends a post ("… Chief Executive Philip …", "… (Development Plans and Policy) Craig …"), or
    // a body after a post ("… Chief Inspector, Northern Constabulary Colin Gilmour …"), before a known given name.
    const bodyBefore = isGivenName(words[k] ?? '') && /^\p{Lu}[\p{L}'’]+$/u.test(words[k - 1] ?? '') && !NOT_GIVEN_NAME_RE.test(words[k - 1] ?? '');
    if (k > 0 && !(POST_VOCAB_RE.test(words[k - 1]?.replace(/[,)]$/, '') ?? '') || /\)$/.test(words[k - 1] ?? '') || bodyBefore)) continue;
    // ("Chief Inspector, Northern Constabulary": after a post's comma, the body the post is of, unless a given name opens it.)
    if (k > 0 && /,$/.test(words[k - 1] ?? '') && !isGivenName(words[k] ?? '')) continue;
    starts.push(k);
    k++;
  }
  if (starts.length < 3 || starts[0] !== 0) return null;
  const out: { name: string; role: string | null }[] = [];
  for (let n = 0; n < starts.length; n++) {
    const at = starts[n] as number;
    const post = words.slice(at + 2, starts[n + 1] ?? words.length).join(' ').replace(/[.,;]$/, '').trim();
    const name = `${words[at]} ${words[at + 1]}`;
    // ("… Community Representative John Edwards": the last person may be printed without a post.)
    if (!post && n === starts.length - 1 && n > 0 && isName(name)) {
      out.push({ name, role: null });
      continue;
    }
    // (A post holding a styled person, "… Mr. M Bloomfield, Chief Executive …", is another shape: bodies and their people.)
    if (!post || !post.split(/[\s,()]+/).some((w) => POST_VOCAB_RE.test(w)) || /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}/u.test(post)) return null;
    if (!isName(name)) return null;
    out.push({ name, role: post });
  }
  return out;
}

const APOSTROPHE_PLURAL_RE = /^(Cllr|Councillor)['’]s(?=\s+(?:\p{Lu}\.?\s+){1,3}\p{Lu}\p{Ll})/u;
const PRESENT_LABEL_RE = /^\s*(?:Members\s+)?Present\b/i;
const OFFICE_BEFORE_STYLED_RE = /,\s*(Chair(?:man|woman|person)?|Vice[- ]Chair(?:man|woman|person)?|(?:Deputy\s+)?Mayor|Clerk)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[^,;]*$)/giu;

const CHAIRED_BY_TAIL_RE = /\.\s+(?:The\s+)?[Mm]eeting\s+(?:was\s+)?chaired\s+by\s+((?:(?:Cllr|Councillor)\.?\s+)?(?:\p{Lu}\.?\s+){0,3}\p{Lu}[\p{L}'’-]+)\.?\s*$/u;

export function parseNameList(given: string, postsFollowNames = false): { name: string; role: string | null; officer?: boolean }[] {
  // "… N Margiotta, W Dargie. Meeting chaired by J Carr.": the sentence after the list names its chair.
  const chairedBy = given.includes('haired by') ? CHAIRED_BY_TAIL_RE.exec(given) : null;
  if (chairedBy?.[1]) {
    const chair = stripMemberTitle(chairedBy[1].trim());
    return parseNameList(given.slice(0, chairedBy.index), postsFollowNames).map((e) => (e.name === chair && !e.role ? { ...e, role: 'Chair' } : e));
  }
  // "W. Grey, R. Frame, L. Darby. Item Summary and Action …": a list of names in initials ends at the full stop after its
  // last surname; what follows is the page's next sentence.
  const ended = withCouplesApart(given.includes('. ') ? endOfInitialledList(given) : given);
  // "David Moore (DM) leave of absence": a reason in lower case after the initials the minutes use, no part of the entry.
  const givenList = ended.includes('(') ? ended.replace(/(\(\p{Lu}{2,4}\))\s+\p{Ll}[\p{Ll}\s'’-]{2,40}?(?=\s*(?:[,;]|$))/gu, '$1') : ended;
  // "A. CARTER G. L. EVANS MRS S.M.PENRY", "KATHRYN CHARLES BEN HUGHES": a list printed all in capitals is read as if in
  // title case (where names and posts begin is the same), and each name is then given back as printed.
  if (givenList.length < 5000 && !/\p{Ll}/u.test(givenList) && (givenList.match(/\p{Lu}{2,}/gu) ?? []).length >= 2) {
    const titled = titleCaseCapitals(givenList);
    let from = 0;
    return parseNameListCore(titled, postsFollowNames).map((e) => {
      const at = titled.indexOf(e.name, from);
      if (at < 0) return e;
      from = at + e.name.length;
      const roleAt = e.role ? titled.indexOf(e.role, at) : -1;
      // (An office the reader named in its own words, "Chair" for "CHAIRMAN", stays in those words.)
      return { ...e, name: givenList.slice(at, at + e.name.length), role: e.role && roleAt >= 0 && !/^(?:Chair|Vice-Chair)$/.test(e.role) ? givenList.slice(roleAt, roleAt + e.role.length) : e.role };
    });
  }
  return parseNameListCore(givenList, postsFollowNames);
}

const IN_INITIALS_RE = /^\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.\s?){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+\s*$/u;
const INITIALLED_THEN_SENTENCE_RE = /^(\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.\s?){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)\.\s+\p{Lu}\S*\s+\S/u;
function endOfInitialledList(list: string): string {
  const parts = list.split(',');
  // The first entry that runs on past its full stop, after two or more names in initials.
  const at = parts.findIndex((p) => !IN_INITIALS_RE.test(p));
  const m = at >= 2 ? INITIALLED_THEN_SENTENCE_RE.exec(parts[at] ?? '') : null;
  return m?.[1] ? [...parts.slice(0, at), m[1]].join(',') : list;
}

const TITLE_IN_RUN_RE = /\s+(?=(?:Councillor|Cllr\.?|(?:City\s+)?Mayor)\s+\p{Lu}\p{Ll})/u;
/**
 * "Bolton Councillor David Greenhalgh Manchester Councillor Richard Leese Oldham Councillor Sean Fielding": a two-column
 * table ("Council" | "Member") flattened, each member's council printed before their title. With no commas, three
 * titled members or more, and every member's name followed by one to three capitalised words (the next one's council),
 * each member is the title's first two words; what the table printed before the first title is not read. Null when the
 * list is not so.
 */
function placeTitledRun(list: string): { name: string; role: string | null }[] | null {
  if (list.length > 3000 || /[,;]/.test(list)) return null;
  const pieces = list.trim().split(TITLE_IN_RUN_RE).slice(1);
  if (pieces.length < 3) return null;
  const out: { name: string; role: string | null }[] = [];
  let placed = 0;
  for (const [k, piece] of pieces.entries()) {
    const words = piece.replace(/^(?:Councillor|Cllr\.?|(?:City\s+)?Mayor)\s+/, '').split(/\s+/);
    // ("Trafford Councillor Wigan Councillor …": a cell left empty, the title over no name; nothing to read.)
    if (words.length < 2) continue;
    const name = words.slice(0, 2);
    const rest = words.slice(2);
    if (!name.every((w) => NAME_WORD_RE.test(w))) return null;
    // The next member's council: capitalised words only ("Manchester", "Salford City"); the last member has none.
    if (rest.length > 0) {
      if (k === pieces.length - 1 || rest.length > 3 || !rest.every((w) => /^\p{Lu}[\p{L}'’&-]*$/u.test(w))) return null;
      placed++;
    }
    out.push({ name: name.join(' '), role: null });
  }
  return placed >= 2 && placed >= out.length - 1 ? out : null;
}

/**
 * "Councillor M Goode Ashby and Fenwick Borough Council Alderman R Gibb (Chair) Ards and North Down Borough Council
 * Councillor Gavin Walsh Newry, Mourne & Down District Council": a table of members and the councils they sit for,
 * flattened, each council printed after its member. Each member is the title's initials and surname (or first name and
 * surname), an office in brackets their role; the council is no role. Three or more, and every council's name ends so.
 */
const TITLED_MEMBER_COUNCIL_RE = /^(?:Councillor|Cllr\.?|Alderman|Ald\.?)\s+((?:\p{Lu}{1,2}\.?\s+){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?:\s*\(([^()]{2,30})\))?\s+(\p{Lu}[\p{L}'’&,\s-]{2,80}?\b(?:Council|Authority))$/u;

function titledMemberCouncilRun(list: string): { name: string; role: string | null }[] | null {
  // ("… District Council Members’": the next label's first word, "Members’ Apologies:", left on the list.)
  const text = list.trim().replace(/[.]$/, '').replace(/\s+(?:Members|Officers)['’]$/, '');
  if (text.length > 3000 || /;/.test(text) || !/^(?:Councillor|Cllr|Alderman|Ald)\b/.test(text)) return null;
  const pieces = text.split(/\s+(?=(?:Councillor|Cllr\.?|Alderman|Ald\.?)\s+\p{Lu})/u);
  if (pieces.length < 3) return null;
  const out: { name: string; role: string | null }[] = [];
  for (const piece of pieces) {
    const m = TITLED_MEMBER_COUNCIL_RE.exec(piece.trim());
    if (!m?.[1] || !m[3]) return null;
    out.push({ name: m[1], role: m[2] ? normaliseRole(m[2]) : null });
  }
  return out;
}

/**
 * "GMCA – Chief Executive Eamonn Boylan GMCA - Deputy Chief Executive Andrew Lightfoot GMCA – Monitoring Officer Liz
 * Treacy": officers in a flattened table, each after their body's letters and a dash, the post in words then the name.
 * Two at least, and every one so (the post's every word a post's word); null otherwise.
 */
function bodyPostNameRun(list: string): { name: string; role: string | null }[] | null {
  if (list.length > 3000 || !/^\p{Lu}{2,6}\s+[–—-]\s/u.test(list.trim())) return null;
  const pieces = list.trim().split(/\s+(?=\p{Lu}{2,6}\s+[–—-]\s)/u);
  if (pieces.length < 2) return null;
  const out: { name: string; role: string | null }[] = [];
  for (const piece of pieces) {
    const m = /^\p{Lu}{2,6}\s+[–—-]\s+(.+)$/u.exec(piece);
    const words = m?.[1]?.trim().split(/\s+/) ?? [];
    const name = words.slice(-2);
    const post = words.slice(0, -2);
    if (name.length < 2 || post.length === 0 || !name.every((w) => NAME_WORD_RE.test(w) && !POST_VOCAB_RE.test(w))) return null;
    if (!post.every((w) => POST_VOCAB_RE.test(w) || /^(?:of|and|&|the|for|to)$/i.test(w))) return null;
    out.push({ name: name.join(' '), role: post.join(' ') });
  }
  return out;
}

const LATE_EARLY_NOTE_RE = /\.\s+(?:Late\s+Arrivals?|Early\s+Departures?|Arrived\s+Late|Left\s+Early)\s*:.*$/is;
const STOP_BETWEEN_SURNAMES_RE = /(?<=(?:^|,\s*)(?!(?:Mrs|Miss|Revd|Cllr|Coun|Prof|Sir|Dame)\.)\p{Lu}[\p{Ll}'’-]{2,})\.\s+(?=\p{Lu}[\p{Ll}'’-]{2,}\s*,)/gu;

/** The lines from `from` on that read as one register of name, initials and post, a person or two to a line, and where they end. */
function initialsColumnLines(blocks: readonly Block[], from: number): { people: ColumnPerson[]; end: number } | null {
  const people: ColumnPerson[] = [];
  let k = from;
  for (; k < blocks.length && k < from + 60; k++) {
    const b = blocks[k];
    if (!b || b.bullet || labelOf(b.text)) break;
    // (A block may hold two lines the page's reader joined.)
    const some = b.text.length <= 400 ? initialsColumnRun(b.text, 1) : null;
    if (!some) break;
    people.push(...some);
  }
  return people.length >= 3 ? { people, end: k } : null;
}

/** "Dr Avi Bell AB Clinical Chair Richard Chance RCp …" (initials-column.ts): the whole list such a register, or null. */
function initialsColumnEntries(list: string): { name: string; role: string | null }[] | null {
  const run = initialsColumnRun(list);
  return run ? run.map((p) => ({ name: p.name, role: p.post ? (normaliseRole(p.post) ?? p.post) : null })) : null;
}

/** "Ann Lyle (AL) – Chair Tom Bray (TB) – Treasurer …" (initials-run.ts): the whole list such a run, or null. */
/** "George Walker (GW) SHR Chair Siobhan White (SW) SHR Board Member": people by their initials (see initialledRegister). */
function initialledEntries(list: string): { name: string; role: string | null }[] | null {
  const run = list.includes('(') ? initialledRegister(list) : null;
  if (!run) return null;
  // ("SHR Chair": the body's letters before the chair's office; the office is the role.)
  return run.map((e) => ({ name: e.name, role: e.post ? (normaliseRole(e.post.replace(/^\p{Lu}{2,6}\s+(?=(?:Vice[-\s]?)?Chair)/u, '')) ?? e.post) : null }));
}

/** "Graeme Forrester, Argyll and Bute Council Rona Gold, …": people and their bodies run together (see bodyNameRun). */
function bodyRunEntries(list: string): { name: string; role: string | null }[] | null {
  const run = list.includes(',') ? bodyNameRun(list) : null;
  if (!run) return null;
  const out: { name: string; role: string | null }[] = [];
  for (const e of run) {
    const entry = parseEntry(e.person);
    if (!entry) return null;
    out.push({ name: entry.name, role: entry.role ?? e.body });
  }
  return out;
}

/** "Alun Davies AM, Cabinet Secretary (Chair) Rachel Maycock, Special Adviser …": people and posts run together (see nameCommaPostRun). */
function nameCommaPostEntries(list: string): { name: string; role: string | null }[] | null {
  const run = list.length > 200 ? nameCommaPostRun(list) : null;
  if (!run) return null;
  const out: { name: string; role: string | null }[] = [];
  for (const e of run) {
    const entry = parseEntry(e.name);
    if (!entry) return null;
    // ("Chief Superintendent Tony Brown, Police Liaison Unit": the rank before the name and the post after it, both.)
    out.push({ name: entry.name, role: [entry.role, e.post].filter(Boolean).join(', ') || null });
  }
  return out;
}

function wholeInitialsRun(list: string): { name: string; role: string | null }[] | null {
  const run = list.includes('(') ? initialsRun(list, 2) : null;
  return run && run.end === list.length ? run.people.map((p) => ({ name: p.name, role: p.post ? normaliseRole(p.post) : null })) : null;
}

const CHAIR_BEFORE_TITLED_RE = /(^|[,;]\s*)((?:Vice[-\s]?)?Chair(?:man|woman|person)?)\s+((?:Councillor|Cllr)\.?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s*){0,3}\p{Lu}[\p{Ll}'’-]+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)?)(?=\s*(?:[,;.]|\s(?:and|&)\s|$))/gu;
function parseNameListCore(givenList: string, postsFollowNames: boolean): { name: string; role: string | null; officer?: boolean }[] {
  // "Chief Executive; Director of Corporate Services; Head of Operations and Estates; …": posts without names, no people.
  if (postsOnly(givenList)) return [];
  const placed = placeTitledRun(givenList) ?? bodyPostNameRun(givenList) ?? titledMemberCouncilRun(givenList);
  if (placed) return placed;
  // "Mrs. A.F. Tarrant*": a footnote's mark after a name ("*Part meeting" below the list), not part of it.
  // "CllrMrsCHardy": a title, a style, an initial and a surname that lost their spaces.
  // ("Cllr MrsCHardy": the title's space put back by the page's reader, the rest still run together.)
  const respaced0 = /Cllr\s?(?:Mrs|Mr|Ms|Miss|Dr)?\p{Lu}\p{Lu}\p{Ll}/u.test(givenList) ? givenList.replace(/\bCllr\s?(Mrs|Mr|Ms|Miss|Dr)?(\p{Lu})(\p{Lu}\p{Ll}+)\b/gu, (_m, style: string | undefined, initial: string, surname: string) => `Cllr ${style ? `${style} ` : ''}${initial} ${surname}`) : givenList;
  // "Jo Cole [Chair]": a post in square brackets, as in round ones. "J. TrentandCllrs S. Yale", "(MP) &Cllr. A Kemble": the
  // joining word's spaces lost before a member's title.
  // ("C Cllr. Paula Dolphin", "D. Cllr Smith": a councillor of another council, in short; whether county, Cornwall or
  // community is not said, so only the title is kept, no office guessed.)
  // ("Dist.Cllr. N.Butters", "Dist Cllr N Butters", "Cty. Cllr. R Gilbert": the district's or county's member, their office
  // shortened; written out, so the office is read as the role and the title is not taken for a name.)
  const tiered0 = /\b(?:Dist|Cty)\.?\s*Cllr\b/.test(respaced0) ? respaced0.replace(/\b(Dist|Cty)\.?\s*Cllr\.?\s*(?=\p{Lu})/gu, (_m, tier: string) => `${tier === 'Dist' ? 'District' : 'County'} Councillor `) : respaced0;
  // ("District Councillor Cllr. P Morris and County Councillor Cllr. T Smith": the office, then the member's title again.)
  const tiered = /Councillor\s+(?:Cllr|Councillor)\b/.test(tiered0) ? tiered0.replace(/\b((?:County|District|Borough|City|Unitary|Town|Parish|Ward)\s+Councillor)\s+(?:Cllr|Councillor)\.?\s+(?=\p{Lu})/gu, '$1 ') : tiered0;
  let countied = /(?:^|[\s,])[CD](?:\.\s?|\s)Cllrs?\b/.test(tiered) ? tiered.replace(/(?<=^|[\s,])[CD](?:\.\s?|\s)(?=Cllrs?\b)/g, '') : tiered;
  // ("… Councillor Mrs S Williams County Councillor J W Thomas": another council's member after the last of a run of
  // titled members, their office starting a new entry.)
  if (/\p{Ll}\s+(?:County|District|Borough|City|Town|Community)\s+Councillor\s/u.test(countied) && /\b(?:Councillor|Cllr)\b.*\b(?:Councillor|Cllr)\b/.test(countied)) countied = countied.replace(/(?<=\p{Ll})(?<!\b(?:and|or|with|by|from|to|the))\s+(?=(?:County|District|Borough|City|Town|Community)\s+Councillor\s+\p{Lu})/gu, ', ');
  // ("DAR Forster () KJ Hodgson (Gainford)": a bracket left empty by the copy says nothing.)
  if (countied.includes('()')) countied = countied.replace(/\s*\(\s*\)/g, '');
  const squared = countied.includes('[') ? countied.replace(/(?<=\p{L})\s*\[([^[\]\d]{2,40})\]/gu, ' ($1)') : countied;
  const rejoined = /(?:\p{Ll}and|&)(?:Cllrs?|Councillors?)\b/u.test(squared) ? squared.replace(/(?<=\p{Ll})and(?=(?:Cllrs?|Councillors?)\b)/gu, ' and ').replace(/&(?=(?:Cllrs?|Councillors?)\b)/g, '& ') : squared;
  const starred0 = rejoined.includes('*') ? rejoined.replace(/(?<=\p{L})\*+(?=\s*(?:[,;.]|\s(?:and|&)\s|$))/gu, '') : rejoined;
  // "The Mayor (Councillor Sylvia Emmott) in the Chair; Councillors …": the chair said after the name, without brackets.
  // ("The Mayor, Councillor P McGrath in the Chair": the same after a name.)
  // ("The Chairman (Councillor C Richardson) presiding:": the same in another word.)
  // ("M H Thomas (Town Mayor) in the Chair R Williams J Martin …": the chair's words after their post, the run of names
  // going on; the post in brackets says who they are.)
  const starred1 = /\)\s+in\s+the\s+Chair\s+\p{Lu}/u.test(starred0) ? starred0.replace(/\)\s+in\s+the\s+Chair\s+(?=(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s+){1,3}\p{Lu}\p{Ll})/gu, ') ') : starred0;
  const starred = /\s(?:in\s+the\s+\W?chair|presiding)\b/i.test(starred1) ? starred1.replace(/(?<=\)|,\s*(?:Councillor|Cllr)\.?\s+[^,;()]{2,40})\s+(?:in\s+the\s+[`'‘]?Chair(?:man|person)?|presiding)\b(?=\s*(?:[,;.:]|$))/giu, ' (in the Chair)') : starred1;
  // "… Willis and Willoughby. Late Arrivals: None. Early Departures: Councillor Goss at 7.00 pm.": who came late or left
  // early is a note after the list (read on its own), not more of it; "Bayliss. Beer," a full stop typed for a comma.
  // ("N K Dunn Esq A Eve Esq": "Esq" ends each name, as the cue reader reads it; "… S Walsh Honorary Aldermen D Batten":
  // a second group of the same list; "J Turnbull andA Willis": the space lost after "and".)
  const noted = withStopsBeforePeople(starred).replace(LATE_EARLY_NOTE_RE, '.').replace(STOP_BETWEEN_SURNAMES_RE, ', ').replace(AFTER_ESQ_RE, ', ').replace(HONORARY_ALDERMEN_RE, ', ').replace(/(?<=\s)and(?=\p{Lu}[\s.])/gu, 'and ');
  const starredList00 = noted.trim() ? noted : starred;
  // ("Chairman Cllr Peter Slocombe, Cllrs J Tanner, …", "…, Vice Chairman Councillor A Bell, …": the chair's office printed
  // before the titled member who holds it, inside the list; it is that member's, not the one before the comma.)
  const starredList0 = /Chair/.test(starredList00) ? starredList00.replace(CHAIR_BEFORE_TITLED_RE, (_m, lead: string, post: string, member: string) => `${lead}${member} (${post})`) : starredList00;
  // "Moira Saunders- Town Clerk Sarah Scourfield – Assistant Town Clerk": a dash lost its space, and each post runs into
  // the next name; the dash is given its space and a comma put after each post.
  // ("John Roberts (Cyngor ) a Huw Jones (Clerc)": the Welsh "and" after a bracket, before the last name.)
  const welshAnd = starredList0.includes(') a ') ? starredList0.replace(/(?<=\))\s+a\s+(?=\p{Lu})/gu, ', ') : starredList0;
  // ("… Smith, and Tabiner- Crush.": a double surname's hyphen that kept a space after it, the surname's last word ending
  // the entry; a post after a dash is read below.)
  // ("Carole Robertson- Treasurer": a post after the dash is the post, not the surname's second part.)
  const starredList = /\p{Ll}-\s/u.test(welshAnd) ? welshAnd.replace(/(?<=\s\p{Lu}\p{Ll}+)-\s+(?!(?:Chair(?:man|woman|person)?|Treasurer|Secretary|Clerk|President|Convener|Mayor)\b)(?=\p{Lu}\p{Ll}+(?:[.,;)]|$))/gu, '-') : welshAnd;
  const rawList = /[-–—]\s/.test(starredList) ? starredList.replace(/(?<=\p{Ll})-\s+(?=(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Clerk|Officer|Manager|Director|Executive|Secretary|Treasurer|Administrator|Chair(?:man|person)?|Mayor|RFO)\b)/gu, ' – ').replace(POST_THEN_NAME_DASH_RE, ', ') : starredList;
  const run = initialledEntries(rawList.trim()) ?? bodyRunEntries(rawList.trim()) ?? nameCommaPostEntries(rawList.trim()) ?? wholeInitialsRun(rawList.trim()) ?? initialsColumnEntries(rawList.trim()) ?? postDashNameRun(rawList.trim()) ?? honorificPostRun(rawList.trim()) ?? styledNameThenPostRun(rawList.trim()) ?? (postsFollowNames ? (namePostSemicolonRun(rawList.trim()) ?? mixedSemicolonEntries(rawList.trim()) ?? fullNamePostRun(rawList.trim()) ?? nameThenPostRun(rawList.trim())) : nameThenPostRun(rawList.trim()));
  if (run) return run;
  const shared0 = rawList.length < 5000 && /s\)/.test(rawList) ? rawList.replace(SHARED_POST_RE, (_, a: string, b: string, post: string) => `${a} (${post}), ${b} (${post})`) : rawList;
  const shared = shared0.length < 5000 && /Councillors/.test(shared0) ? shared0.replace(OFFICE_GROUP_RE, officeGroup) : shared0;
  // "Deputy Mayor, Councillor Y Boyle": a civic post printed before its holder is the holder's role.
  // "THE MAYOR - Councillor Abid. THE DEPUTY MAYOR - Councillor Wates. COUNCILLORS - Ashraf, Bailey, …": the same, each
  // office a sentence of its own, then the members under their title.
  const sentenced = /(?:MAYOR|Mayor)\s+[-–—]\s/.test(shared) ? shared.replace(/\.\s+(?=(?:THE\s+|The\s+)?(?:(?:DEPUTY|Deputy|LORD|Lord)\s+)*(?:MAYOR|Mayor)\s+[-–—]\s|(?:COUNCILLORS|Councillors)\s+[-–—]\s)/g, ', ').replace(/(?:^|(?<=,\s))(?:COUNCILLORS|Councillors)\s+[-–—]\s+/g, 'Councillors ') : shared;
  const posted = sentenced.length < 5000 && /(?:Mayor|Provost|Convener|Leader|MAYOR|PROVOST|CONVENER|LEADER)\s*(?:,|\s[-–—])/.test(sentenced) ? sentenced.replace(POST_BEFORE_HOLDER_RE, (_, lead: string, post: string, holder: string) => `${lead}${holder} (${titleCasePost(post.replace(/^the\s+(?:(?:right\s+)?worshipful\s+the\s+)?/i, ''))})`) : sentenced;
  // "Chris Bruce (Chair)/Janice Hale/Elisabeth Wilson": names between slashes.
  const list = slashedList(posted) ? posted.replace(SLASH_BETWEEN_NAMES_RE, ', ') : posted;
  const out: { name: string; role: string | null; officer?: boolean }[] = [];
  // "In attendance: Lisburn & Castlereagh City Council": a council's name (its officers listed by post below), not people.
  if (COUNCIL_ONLY_RE.test(list.trim())) return out;
  const titledList = postsFollowNames && list.length < 5000 && (list.match(/\b(?:Mr|Mrs|Ms|Miss|Dr|Sergeant|Superintendent|Inspector|Constable|PCSO|Manager)\.?\s+\p{Lu}\.?\s/gu) ?? []).length >= 2;
  let coopted = false;
  let prevTaken = false;
  // A table copied without its cell breaks: "J Bugg, Hertfordshire Police Authority G Miles, Broxbourne Borough Council":
  // the body one person represents runs into the next person's name.
  const parts = splitOutsideBrackets(list).flatMap((part) => {
    const m = BODY_WORD_RE.test(part) ? BODY_THEN_PERSON_RE.exec(part) : null;
    return m && m[1] && m[2] ? [m[1], m[2]] : [part];
  }).flatMap((part) => part.split(SENTENCE_THEN_TITLE_RE)).flatMap((part) => part.split(SENTENCE_THEN_INITIALS_RE)).flatMap(splitUnseparatedNames);
  for (const part of parts) {
    let p = part;
    // "County Councillor M Brookes": the office is the role.
    const office = splitOffice(p);
    // "Co-opted Members: A and B" – the title carries over to the following names.
    if (COOPTED_TITLE_RE.test(`${p} `) && p.split(/\s+/).length <= 2) {
      coopted = true;
      continue;
    }
    if (/^(?:Councillors?|Cllrs?\.?|Alderm[ae]n)\s*:?$/i.test(p)) continue;
    if (COOPTED_TITLE_RE.test(p)) coopted = true;
    else if (MEMBER_TITLE_RE.test(p)) coopted = false;
    p = p.replace(/^(?:and|&)\s+/i, '');
    // "Appointed Members. N. Botting Esq.": the label of the group before, then the next person.
    p = p.replace(/^(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Members|Councillors|Officers)(?:[.:]\s+(?=\p{Lu})|\.?$)/u, '');
    // ("… Rudolf Stravens Supporters: Dave Cope, …": the next group's word and colon before its first person.)
    p = p.replace(/^(?:Supporters|Volunteers|Trustees|Members|Directors|Governors)\s*:\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u, '');
    if (!p) {
      prevTaken = false;
      continue;
    }
    const last = out[out.length - 1];
    // "Ald R Cherry, MBE": an honour after the comma is part of the name before it, as printed.
    if (last && prevTaken && POST_NOMINAL_RE.test(p) && !last.name.endsWith(p)) {
      last.name = `${last.name} ${p.replace(/\.$/, '')}`;
      continue;
    }
    // "Mr P M Hill, OBE (Chairman) (Kent County Council)": the honour, then the brackets that belong to the name before.
    const honourThen = last && prevTaken ? /^(\S+?)\.?\s*((?:\([^()]{1,80}\)\s*)+)$/.exec(p) : null;
    if (last && honourThen?.[1] && honourThen[2] && POST_NOMINAL_RE.test(honourThen[1])) {
      last.name = `${last.name} ${honourThen[1]}`;
      last.role = last.role ?? parseEntry(`${last.name} ${honourThen[2]}`)?.role ?? null;
      continue;
    }
    // "Councillor Curley, Provost; Councillor Robertson, Depute Provost": a civic office after the name is its role.
    if (last && prevTaken && CIVIC_POST_RE.test(p.replace(/[.;]$/, '').trim())) {
      last.role = last.role ?? normaliseRole(p.replace(/[.;]$/, '').trim());
      prevTaken = false;
      continue;
    }
    // "the clerk A. Brown", "the assistant to the clerk Mrs J. Thorne": an officer named after their post.
    const postFirst = p.length < 120 ? POST_BEFORE_NAME_RE.exec(p) : null;
    const officer = postFirst?.[1] && postFirst[2] ? parseEntry(postFirst[2]) : null;
    if (postFirst?.[1] && officer && officer.role === null && /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\.?\s/u.test(postFirst[2] ?? '')) {
      const post = postFirst[1].replace(/\s+/g, ' ');
      out.push({ name: officer.name, role: post.charAt(0).toUpperCase() + post.slice(1).replace(/\b(clerk|council)\b/g, (w) => w.charAt(0).toUpperCase() + w.slice(1)), officer: true });
      prevTaken = true;
      continue;
    }
    // "Westby District Councillor Jo Cole": the office (with its district's name) is the role, as above.
    // "Jo Cole of Westby Wildlife Trust": the body a person comes from is not their role.
    const fromBody = !office && p.length < 120 ? PERSON_OF_BODY_RE.exec(p.trim()) : null;
    const e = office && office.office.split(' ').length > 2 ? parseEntry(`Councillor ${office.rest}`) : fromBody?.[1] && isName(fromBody[1]) ? { name: fromBody[1], role: null } : parseEntry(p);
    if (!e || (postsFollowNames && isOrganisation(e.name))) {
      // "Mrs A Brown, Parish Clerk" – the post of the person just named.
      // "J Bugg, Hertfordshire Police Authority": the body a person comes from is not their role.
      const bare = /^\(([^()]{2,80})\)$/.exec(p);
      if (bare && bare[1]) p = bare[1];
      // "Mr D Budd, (The Mayor)": a civic office in brackets of its own is the office of the person before.
      const civic = bare?.[1] ? normaliseRole(bare[1]) : null;
      // ("Nick Walker, Convenor Betty McGowan …": a post cut from the front of a run of names, see givenNameRun.)
      if (civic && last && prevTaken && last.role === null && (CIVIC_POST_RE.test(civic) || isPostBeforeRun(bare?.[1] ?? ''))) {
        last.role = civic;
        prevTaken = false;
        continue;
      }
      // "R G Hannam, Borough Council (Chairman)": the body's name, then the role of the person before it.
      const bodyRole = /\b(?:Council|Authority)\s*\(([^()]{2,40})\)$/.exec(p);
      const chairRole = bodyRole && bodyRole[1] ? normaliseRole(bodyRole[1]) : null;
      if (last && prevTaken && last.role === null && (chairRole === 'Chair' || chairRole === 'Vice-Chair')) last.role = chairRole;
      // "Clerk to the Council", "Leader of the Council" are posts; "Broxbourne Borough Council" is a body.
      const post = !AUTHORITY_RE.test(p) || /^[A-Z][\w -]{1,40}?\s(?:to|of)\s+the\s+(?:Parish\s+|Town\s+|City\s+|County\s+)?Council$/.test(p);
      if (last && prevTaken && last.role === null && isPost(p) && post) {
        const role = normaliseRole(p);
        if (role && (postsFollowNames || role === 'Chair' || role === 'Vice-Chair')) last.role = role;
      }
      prevTaken = false;
      continue;
    }
    // Officers listed with their posts: a bare word or a department left over from a post split at "&" or "and"
    // ("Director of Finance & Resources", "OD and Workforce Planning Manager") is not a person.
    if (postsFollowNames && !HONORIFIC_RE.test(p) && !/\b(?:Cllrs?|Councillors?|Ald|Alderm[ae]n)\b/.test(p) && (POST_WORD_END_RE.test(e.name) || /^[A-Z]{2,5}$/.test(e.name))) {
      // "Mrs P J Waterfield, Clerk": a post after the person just named is theirs.
      if (last && prevTaken && last.role === null && POST_WORD_END_RE.test(e.name) && isPost(p)) last.role = normaliseRole(p) ?? p;
      prevTaken = false;
      continue;
    }
    // "Service Manager, Community Learning & Development, …, Mr I Hanley (Community Safety)": where the people in a list of
    // officers have their titles, a part without a title or an initial is a post or a department.
    // ("… Borough Councillor McMurdo, the Clerk (Sue Bottoms)": a post with its holder in brackets is a person.)
    if (titledList && !HONORIFIC_RE.test(p) && !RANK_RE.test(p) && !/\b(?:Cllrs?|Councillors?|Ald|Alderm[ae]n)\b/.test(p) && !/(?:^|\s)\p{Lu}\.?(?:\s|$)/u.test(p) && !POST_HELD_BY_RE.test(p.trim())) {
      prevTaken = false;
      continue;
    }
    // "BA (Hons) The Deputy Mayor", "LLB": degrees printed after the name before, and an office, are no person.
    if (DEGREE_START_RE.test(e.name)) {
      prevTaken = false;
      continue;
    }
    prevTaken = true;
    if (coopted && e.role === null) e.role = 'co-opted member';
    if (office && e.role === null) e.role = office.office;
    if (e.role !== null && /^(?:Hons|Hon)$/i.test(e.role)) e.role = null;
    // "Cllr. T. Knight Parish Clerk/RFO Mrs. Georgina Bassett": the clerk and her post, after the last member without a
    // separator, read as the post's holder.
    const postThenPerson = e.role ? POST_THEN_PERSON_RE.exec(e.role) : null;
    if (postThenPerson?.[1] && postThenPerson[2] && CLERK_ROLE_RE.test(postThenPerson[1])) {
      out.push({ ...e, role: null });
      out.push({ name: postThenPerson[2].replace(/[.,;]$/, ''), role: normaliseRole(postThenPerson[1]) ?? postThenPerson[1], officer: true });
      continue;
    }
    out.push(e);
  }
  return splitRunTogetherNames(out.flatMap(personInRole));
}

/**
 * "Mr. M Bloomfield, Chief Executive Mr. B McNeill, Director of Operations": a post run into the next person, who starts
 * at their courtesy title. The post ends there; the next person takes what follows as theirs.
 */
const STYLED_PERSON_IN_ROLE_RE = /^(.{3,}?)\s+((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}\.?\s+){0,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)(?:,\s*(.{2,}))?$/u;
function personInRole(e: { name: string; role: string | null; officer?: boolean }): { name: string; role: string | null; officer?: boolean }[] {
  const m = e.role && e.role.length < 200 ? STYLED_PERSON_IN_ROLE_RE.exec(e.role) : null;
  if (!m?.[1] || !m[2] || !isName(m[2])) return [e];
  return [{ ...e, role: m[1].replace(/[,;]$/, '').trim() }, ...personInRole({ name: m[2], role: m[3]?.trim() ?? null, ...(e.officer ? { officer: true } : {}) })];
}

const POST_THEN_PERSON_RE = /^(\p{Lu}[\p{L}/&' -]{2,60}?)\s+((?:Mrs|Mr|Ms|Miss|Dr)\.?\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.?)(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\.?)$/u;

/** One name in initials: "P J Bateson", "Mrs E A Forde", "Miss K A Lagan". */
// ("JE Coston", "RLE Waters": initials printed together, without stops or spaces.)
// ("Ms O’Donoghue": a style and a surname alone, among them, before the next in initials or at the end; not "Mr
// Alasdair A MacRae", a first name after the style.)
const INITIALS_NAME_SOURCE = "(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+(?=(?:O['’]\\p{Lu}|[A-Z])[\\p{L}'’-]+(?:\\s+[A-Z]{2,3}\\s+[A-Z]|$))|(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?(?:(?:[A-Z](?:\\.\\s*|\\s+)){1,3}|[A-Z]{2,3}\\s+(?!(?:Cllrs?|Councillors?|Coun|Mrs?|Ms|Miss|Dr)\\b)))[A-Z][\\p{Ll}'’]+(?:[A-Z][\\p{Ll}'’]+)?(?:-[A-Z][\\p{Ll}'’]+)?";
const INITIALS_NAMES_ONLY_RE = new RegExp(`^${INITIALS_NAME_SOURCE}(?:\\s+${INITIALS_NAME_SOURCE})+$`, 'u');
const INITIALS_NAME_GLOBAL_RE = new RegExp(INITIALS_NAME_SOURCE, 'gu');
/** "G Mallon", "Mrs F Donnelly": one person in initials and a surname, nothing else. */
const LONE_INITIALLED_NAME_RE = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s+){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+$/u;
/** "Name (Post) Name (Post)": after a bracket, the next person in a list copied without its separators. */
// "Michael Duncan (SIC) Ana Arnett (SIC)": or a name in full, two capitalised words, a bracket after it.
// ("County Cllr Ireland (from minute 18/5) District Cllrs N Bundy and …": another council's members after the bracket.)
// ("Ann Lyle (Leader) Tom Bray MBE (Deputy Leader)": an honour between the name and its bracket.)
const AFTER_BRACKET_NEXT_NAME_RE = /(?<=\))\s+(?=(?:(?:County|District|Borough|Town|Parish|City)\s+(?:Councillors?|Cllrs?)\.?\s+\p{Lu})|(?:(?:Councillor|Cllr|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z](?:\.\s*|\s+)(?:[A-Z](?:\.\s*|\s+)){0,2}|[A-Z]{2,3}\s+)[A-Z][\p{Ll}'’]|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+(?:\s+(?:MBE|OBE|CBE|BEM|JP|DL))?\s*\()/u;

const AFTER_BRACKET_NEXT_NAME_GLOBAL_RE = new RegExp(AFTER_BRACKET_NEXT_NAME_RE.source, 'gu');

/**
 * "Ann LyleTom Bray (Secretary)": two people in full whose space was lost where a line ended, the first one's surname
 * glued to the second one's given name. (A surname of five letters or more before the join: "MacDonald", "FitzRoy",
 * "DeVito" keep their capitals.)
 */
const GLUED_NAMES_RE = /^(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}{4,})(\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+(?:\s*\([^()]{1,60}\))?)$/u;

/**
 * A list part holding several people with nothing between them, as PDF text gives a table's column:
 * "P J Bateson J Campbell Mrs E A Forde" (every one in initials and a surname, so where each ends is
 * certain), "J J Tohill (Director of Finance) W J Glendinning (Director of Building Control)".
 * "(Chief Executive) J J Tohill": a bracket first is the post of the person before the comma.
 */
function splitUnseparatedNames(part: string): string[] {
  const glued = GLUED_NAMES_RE.exec(part.trim());
  if (glued?.[1] && glued[2]) return [glued[1], glued[2]];
  // "Councillors: Shehryar Ahmad-Wallana Janet Duncan Carol Melvin …": a register in columns, flattened.
  const unlabelled = part.replace(/^(?:Councillors|Cllrs|Members)\s*:?\s+/, '');
  const columned = part.length > 60 && !/[,;()]/.test(part) ? columnSortedNames(unlabelled) : null;
  if (columned) return columned;
  const initialled = splitInitialledRun(unlabelled);
  if (initialled) return initialled;
  // "Mike Brooker Ruth Hall Madeleine Havard …": a board's members in full, in no order, cut at their given names.
  const given = !/[,;]/.test(part) ? givenNameRun(unlabelled) : null;
  if (given) return given;
  // "Mike Cantlay Chair Angus Campbell Deputy Chair Kate Broughton Member …": each person in full, then their post.
  const posted = !/[,;]/.test(part) && part.length <= 2000 ? namePostRun(unlabelled) : null;
  if (posted) return posted;
  // A whole council run together, each member after their own title, may pass 600 characters.
  if (part.length > 600 && !(part.length <= 8000 && titledRun(part)) && !(part.length <= 4000 && (HONORIFIC_RUN_RE.test(part.trim()) || longStyledRun(part)))) return [part];
  if (/\S\s+(?:Cllrs?|Councillors?|Ald|Alderman|Aldermen)\.?\s+\p{Lu}/u.test(part)) return splitBeforeTitles(part).flatMap(splitTitledBeforeStyle).flatMap(titledGivenNameRun).flatMap(splitUnseparatedNamesOnce);
  return titledGivenNameRun(part).flatMap(splitUnseparatedNamesOnce);
}

/** "Cllr Jim McColm Alan Wykes Fraser Wilson": a member after their title, then people in full with no title (see givenNameRun). */
function titledGivenNameRun(part: string): string[] {
  const m = /^((?:Cllrs?|Councillors?)\.?\s+)(\p{Lu}[^,;]*)$/u.exec(part.trim());
  const names = m?.[1] && m[2] && m[2].split(/\s+/).length >= 4 ? givenNameRun(m[2]) : null;
  return m?.[1] && names?.[0] && !names[0].startsWith('(') ? [`${m[1]}${names[0]}`, ...names.slice(1)] : [part];
}

/**
 * "Cllr. Iris Hawkins Mrs. J. Adamson (Clerk)": after a member's title and a name of two or more words, a style of address
 * starts the next person ("Cllr Mrs M Blackler", the style straight after the title, is one person).
 */
function splitTitledBeforeStyle(part: string): string[] {
  const m = /^((?:Cllrs?|Councillors?|Ald|Alderman)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{Ll}'’-]+)\s+((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}.*)$/u.exec(part.trim());
  return m?.[1] && m[2] ? [m[1], m[2]] : [part];
}

/** "Councillor T Birt Councillor P Cole …": eight or more members, each part after its own title and short. */
// (The last may run on into the next group: "… Councillor M Lapsa Honorary Alderman: Mrs H Fitzpatrick Mr J Gazey".)
function titledRun(t: string): boolean {
  const parts = splitBeforeTitles(t);
  const short = (p: string) => MEMBER_TITLE_RE.test(p) && p.length <= 60;
  return parts.length >= 8 && parts.slice(0, -1).every(short) && MEMBER_TITLE_RE.test(parts[parts.length - 1] ?? '');
}

/** Words before "Cllr" that make it part of the same phrase: "Cty Cllr X", "substitute for Cllr Y". */
const TITLE_JOINS_RE = /^(?:Cty|County|City|Borough|District|Town|Parish|Unitary|Community|Mayor|Provost|for|of|by|and|with|to|from|the|&)$/i;

/** "Mr I Dale Co-opted member Cllr R Smith", "Ald S Hanna Ald S McDonald": a member's title after other words starts the next person. */
function splitBeforeTitles(part: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /\s+(?=(?:Cllrs?|Councillors?|Ald|Alderman|Aldermen)\.?\s+\p{Lu})/gu;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const before = part.slice(start, m.index);
    // "(substitute for Cllr Y)": a title inside brackets belongs to the entry it is in.
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
    const word = before.split(/\s+/).pop() ?? '';
    // "KCC Cllr Marsh": a council's initials before the title belong to the member.
    // ("Neil BENNY Councillor Alistair BERRILL": a surname in capitals after a first name is the name's end.)
    // ("Ward Councillor Bruce Baker": the ward's member, when "Ward" is all there is before the title; else a surname.)
    // ("Cllr S K Barr – Town Mayor Cllr D Burt": a post after a dash is the member's before it, "Mayor" its last word.)
    const dashPost = /\s[–—]\s[^–—()]{2,60}$/.test(before) && /\b(?:Cllr|Councillor)\.?\s+\S/.test(before);
    if (!before.trim() || (TITLE_JOINS_RE.test(word) && !dashPost) || before.trim() === 'Ward' || (/^\p{Lu}{2,5}$/u.test(word) && !POST_NOMINAL_RE.test(word) && before.trim() === word)) continue;
    // "Cllr Mrs M Blackler A Cllr A Blount": a register's mark ("A", absent) printed before the next member is not part
    // of this member's name.
    out.push(before.trim().replace(/(?<=\p{Ll}|\))\s+A$/u, ''));
    start = m.index + m[0].length;
  }
  out.push(part.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * "Mrs C Irvine Ms H Moncrieff Mr A Sinclair Mr H Harrop Michael Duncan": people in initials after their honorifics,
 * nothing between them. Each honorific starts a person, and so does a name in full after an initialled surname.
 */
/** "Mr Alex A MacDonald (Convener) Mr Angus Campbell (Leader) Mr Keith Dodson …": every name after its own style, no commas. */
const RUN_PIECE = String.raw`(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s+\([^()]{2,40}\))?`;
/** "… Mr Peter Carlin Catherine Macdonald": the last of a run, a styled name and then one without its style. */
const RUN_LAST_TWO = String.raw`((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}\p{Ll}+\s+(?:Mc|Mac)?\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(\p{Lu}\p{Ll}+\s+(?:Mc|Mac)?\p{Lu}\p{Ll}[\p{L}'’-]*)`;
const RUN_LAST_TWO_RE = new RegExp(`^${RUN_LAST_TWO}$`, 'u');
const HONORIFIC_RUN_RE = new RegExp(`^(?:${RUN_PIECE}\\s*){3,}(?:${RUN_LAST_TWO})?$`, 'u');
const BEFORE_HONORIFIC_RE = /\s+(?<!\b(?:and|&)\s+)(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu})/u;

/** A whole council run together ("Mr J Askew Mrs A H Kendall … Mr D J T Kemp"): a style every few words, no comma. */
function longStyledRun(part: string): boolean {
  if (part.length > 4000 || part.includes(',')) return false;
  const styles = part.match(/(?:^|\s)(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}/gu)?.length ?? 0;
  return styles >= 10 && styles * 5 >= part.split(/\s+/).length;
}

/**
 * "Prof I Mercer - Chairman Mr J Cooper Mr D Powell Mr L Branfield – Deputy Chair …": every person after a style of
 * address, a post after a dash, nothing between the people. Each style starts a person; read so only when the part
 * opens with a style, has three or more, and every piece reads as a person.
 */
const STYLE_START_RE = /\s+(?<!\b(?:and|&)\s+)(?=(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Revd|Rev)\.?\s+\p{Lu})/gu;
function styledRunPieces(part: string): string[] | null {
  const t = part.trim();
  if (t.length > 4000 || /[,;]/.test(t) || !/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Revd|Rev)\.?\s+\p{Lu}/u.test(t)) return null;
  const pieces = t.split(STYLE_START_RE).map((p) => p.replace(/\s[-–—](?=\p{Lu})/u, ' – ').trim());
  if (pieces.length < 3) return null;
  return pieces.every((p) => parseEntry(p) !== null) ? pieces : null;
}

function splitBeforeHonorifics(part: string): string[] {
  // ("Mr. M. Allen Rev. M. Davies Mr. A. Gomme": a style other than Mr/Mrs/Ms/Miss/Dr anywhere in the run.)
  const styled = /[-–—]/.test(part) || /(?:^|\s)(?:Prof|Professor|Sir|Dame|Revd|Rev)\b/.test(part.trim()) ? styledRunPieces(part) : null;
  if (styled) return styled;
  if (part.length <= 4000 && !part.includes(',') && HONORIFIC_RUN_RE.test(part.trim())) {
    return part
      .trim()
      .split(new RegExp(BEFORE_HONORIFIC_RE.source, 'gu'))
      .flatMap((p) => {
        const two = RUN_LAST_TWO_RE.exec(p);
        return two?.[1] && two[2] ? [two[1], two[2]] : [p];
      });
  }
  if ((part.length > 600 && !longStyledRun(part)) || (part.match(/(?:^|\s)(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}/gu) ?? []).length < 2 || !INITIALLED_HONORIFIC_RE.test(part)) return [part];
  return part
    .split(/\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}(?:\.?\s))/u)
    .flatMap((p) => {
      const m = /^((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+.*)$/u.exec(p);
      return m?.[1] && m[2] ? [m[1], m[2]] : [p];
    });
}
/** Every honorific in the part followed by initials: "Mrs C Irvine Ms H Moncrieff". */
const INITIALLED_HONORIFIC_RE = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+|$)){2}/u;

/** "Stephen Rodham J Shallcross": a name in full, then one in initials, their comma lost. */
const NOT_GIVEN_NAME_RE = /^(?:County|Borough|District|Town|Parish|City|Community|Group|Station|Watch|Area|Crew|Police|Fire|Scottish|Welsh|National|Regional|Local|Senior|Principal|Alderman|Alderwoman|Provost|Bailie|Sergeant|Inspector|Constable|Superintendent|Rev|Revd|Canon|Father|Sister|Lady|Lord|Sir|Dame)$/;
const INITIALS_THEN_STYLED_RE = /^(?!Y\s+Cynghor)((?:(?:Cllr|Councillor)\.?\s+)?(?:\p{Lu}\.?\s+){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)\s+((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}\.?\s+){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+(?:\s*\([^()]{2,60}\))?)$/u;
const FULL_THEN_INITIALS_RE = /^(\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)\s+((?:\p{Lu}\.?\s+){1,2}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)$/u;

function splitUnseparatedNamesOnce(part: string): string[] {
  // "M Stephenson Miss L White (Clerk to the Council)": a member in initials, then an officer after her courtesy title.
  const thenStyled = INITIALS_THEN_STYLED_RE.exec(part.trim());
  if (thenStyled?.[1] && thenStyled[2]) return [thenStyled[1], thenStyled[2]];
  const fullThenInitials = FULL_THEN_INITIALS_RE.exec(part.trim());
  const words = fullThenInitials?.[1]?.split(/\s+/) ?? [];
  if (fullThenInitials?.[1] && fullThenInitials[2] && words.every((w) => !NOT_NAME_WORD_RE.test(w) && !ROLE_START_RE.test(w) && !ROLE_END_RE.test(w) && !TITLE_JOINS_RE.test(w) && !NOT_GIVEN_NAME_RE.test(w))) {
    return [fullThenInitials[1], fullThenInitials[2]];
  }
  // "Forde (7.08pm) Gildernew" in a list of surnames: the bracket closed one entry, its comma lost.
  const surnames = part.includes(')') ? /^(\p{Lu}[\p{L}'’-]+\s*\([^()]{1,30}\))\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(part.trim()) : null;
  if (surnames?.[1] && surnames[2]) return [surnames[1], surnames[2]];
  const pieces = (part.includes(')') ? part.split(new RegExp(AFTER_BRACKET_NEXT_NAME_RE.source, 'gu')) : [part]).flatMap(splitBeforeHonorifics);
  return pieces.flatMap((p) => {
    const lead = /^(\([^()]{2,80}\))\s+(\S.*)$/.exec(p);
    if (lead && lead[1] && lead[2]) return [lead[1], lead[2]];
    // "Y Cynghorwyr Mrs B. Burns": the title ("Y" is not an initial) stays with the first name.
    const title = MEMBER_TITLE_RE.exec(p)?.[0] ?? '';
    // "Mrs C Elattar P J Bateson (joined the meeting at 7.32 pm)": names in initials before a bracket that is the last one's.
    const bracketed = p.includes('(') ? /^([^()]+?)\s+(\([^()]{1,80}\))$/.exec(p.slice(title.length)) : null;
    if (bracketed?.[1] && bracketed[2] && INITIALS_NAMES_ONLY_RE.test(bracketed[1])) {
      const run = bracketed[1].match(INITIALS_NAME_GLOBAL_RE) ?? [bracketed[1]];
      return run.map((n, k) => `${k === 0 ? title : ''}${n}${k === run.length - 1 ? ` ${bracketed[2]}` : ''}`);
    }
    const names = p.slice(title.length);
    if (p.includes('(') || !INITIALS_NAMES_ONLY_RE.test(names)) return [p];
    return (names.match(INITIALS_NAME_GLOBAL_RE) ?? [names]).map((n, k) => (k === 0 ? title + n : n));
  });
}

/**
 * "Hannah Walker, Chris Raynor, Steve Tyerman David Gilmour, Keith Robson": a comma lost in copying.
 * When the other entries are all "First Last", an entry of four full words is two people.
 */
function splitRunTogetherNames(list: { name: string; role: string | null }[]): { name: string; role: string | null }[] {
  if (list.length < 4) return list;
  const twoWords = list.filter((e) => {
    const t = e.name.split(' ');
    return t.length === 2 && t.every(isWordName);
  }).length;
  const out: { name: string; role: string | null }[] = [];
  for (const e of list) {
    const t = e.name.split(' ');
    if (t.length === 4 && t.every(isWordName) && twoWords >= 3 && twoWords >= (list.length - 1) * 0.75) {
      out.push({ name: `${t[0]} ${t[1]}`, role: null }, { name: `${t[2]} ${t[3]}`, role: e.role });
    } else out.push(e);
  }
  return out;
}

/** Words a post begins with, strong enough to tell "Mary Nash Director of Public Health" from a heading. */
const STRONG_POST_START_RE = /^(?:Director|Head|Chief|Clerk|Solicitor|Cabinet|Portfolio|Executive|Assistant|Deputy|Depute|Democratic|Monitoring|Strategic|Corporate|Senior|Principal|Interim|Acting|Leader|Service|Programme|Project|Committee|Scrutiny|Governance|Finance|Legal)$/;
const INITIALS_RE = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+)?(?:[A-Z](?:\.\s*|\s+))+[A-Z]/;

/** "E Green Director of Place", "Mary Nash Head of Legal" (a table's columns run together): one person and their post. */
function isNameThenPost(t: string): boolean {
  if (t.length > 150) return false;
  const e = parseEntry(t);
  if (!e || !e.role) return false;
  const tokens = e.name.split(' ');
  return INITIALS_RE.test(e.name) || HONORIFIC_RE.test(e.name) || (tokens.length >= 2 && tokens.length <= 3 && STRONG_POST_START_RE.test(e.role.split(' ')[0] ?? ''));
}

/** A long block that is a bare name list: "Mr G Adam, Mr B Allan, Mrs J Barclay, …" (a whole council). */
function isLongNameList(t: string): boolean {
  if (t.length > 8000) return false;
  if (titledRun(t)) return true;
  // "Fiona Lees, Chief Executive; Graham Short, Executive Director of …; …": a person and their post to each part.
  if (t.includes(';') && namePostSemicolonRun(t)) return true;
  const parts = splitOutsideBrackets(t);
  if (parts.length < 8) return false;
  const names = parts.filter((p) => parseEntry(p) !== null).length;
  return names >= parts.length * 0.9;
}

const LAST_AND_RE = /\s(?:and|&)\s+(?=\S)/g;
const TITLE_WORDS_RE = /^(?:(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)+/;

/**
 * A list of names that runs on into prose ("A, B, C and D Prayers Prayers were led by …"): the list up to its last
 * name, which has as many words as the names before it mostly have. Null unless at least three names come before the
 * last "and", nearly all of them read as names, and what follows the last name starts with a capital.
 */
function listBeforeProse(t: string): string | null {
  VERB_RE.lastIndex = 0;
  const verb = VERB_RE.exec(t);
  VERB_RE.lastIndex = 0;
  if (!verb) return null;
  let and = -1;
  for (const m of t.slice(0, verb.index).matchAll(LAST_AND_RE)) and = m.index ?? and;
  if (and < 0) return null;
  const before = t.slice(0, and);
  const parts = splitOutsideBrackets(before);
  const names = parts.map((p) => parseEntry(p.replace(TITLE_WORDS_RE, '').trim())).filter((e) => e !== null);
  if (parts.length < 3 || names.length < parts.length * 0.9) return null;
  const sizes = names.map((e) => e.name.replace(HONORIFIC_RE, '').split(/\s+/).length);
  const usual = sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)] ?? 2;
  const after = t.slice(and).replace(/^\s(?:and|&)\s+/, '');
  const title = TITLE_WORDS_RE.exec(after)?.[0] ?? '';
  const words = after.slice(title.length).split(/\s+/);
  if (words.length <= usual || !words.slice(0, usual).every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return null;
  let name = words.slice(0, usual).join(' ');
  let restWords = words.slice(usual);
  // "… and Emily Sanger (Deputy Mayor) Prayers …": a post in brackets stays with its name.
  const bracket = /^\([^()]{1,60}\)/.exec(restWords.join(' '));
  if (bracket) {
    name = `${name} ${bracket[0]}`;
    restWords = restWords.join(' ').slice(bracket[0].length).trim().split(/\s+/);
  }
  if (!/^\p{Lu}/u.test(restWords[0] ?? '')) return null;
  return `${before} and ${title}${name}`;
}

const POST_ONLY_RE = /^(?:the\s+)?(?:Joint\s+)?(?:Chief|Director|Head|Deputy|Depute|Assistant|Corporate|Democratic|Senior|Principal|Interim|Acting|Strategic|Service|Team|Group|Committee|Executive|Monitoring|Finance|Legal|Policy|Planning|Programme|Project|Communications)\b[^,()]*$/;

/** Three or more parts between semicolons, most of them a post alone ("Head of Finance"), none a person. */
function postsOnly(list: string): boolean {
  const semicolons = list.includes(';');
  // "Chief Executive, Corporate Director of Children & Young People, … and Head of Legal Services": between commas,
  // every part must be a post ("&" inside a post is not a list's "and").
  const parts = (semicolons ? list.split(';') : list.split(/,\s*|\s+and\s+(?=(?:the\s+)?\p{Lu})/u)).map((p) => p.trim().replace(/\.$/, '')).filter(Boolean);
  if (parts.length < 3) return false;
  const posts = parts.filter((p) => POST_ONLY_RE.test(p) && !HONORIFIC_RE.test(p) && !MEMBER_TITLE_RE.test(p)).length;
  return semicolons ? posts * 10 >= parts.length * 6 : posts === parts.length;
}

/** A block that continues a list: names with titles or posts, no verbs, no numbers. */
const ONE_FULL_NAME_LINE_RE = /^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2}(?:\s*\((?:from|until|left|arrived)\b[^()]{1,30}\))?$/u;

/**
 * "Argyll and Bute Council: Jon Belton, Assistant Manager." / "East Dunbartonshire Council: John Fleming, …": a joint
 * body's officers under the council each comes from, the council a label before them; the label is no one.
 */
const BODY_LABEL_RE = /^(?:(?:[A-Z][\w&'’-]*|and|of|the)\s+){1,6}(?:Council|Authority|Board|Partnership|Trust)\s*:\s+(?=(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu})/u;
const withoutBodyLabel = (t: string): string => (t.includes(':') ? t.replace(BODY_LABEL_RE, '') : t);

/** "M Braithwaite, J Brittain, M Freeman and D Worthington.": three people or more in initials and surname, and nothing else, as "In attendance: …"; else null. */
function initialledOfficers(text: string): string | null {
  const t = text.trim().replace(/\.$/, '');
  if (t.length > 600 || labelOf(t) || hasVerb(t)) return null;
  const parts = t.split(/\s*,\s*|\s+and\s+|\s+&\s+/);
  return parts.length >= 3 && parts.every((p) => LONE_INITIALLED_NAME_RE.test(p)) ? `In attendance: ${t}` : null;
}

/** " – Mayor and Chairman", " – Deputy Mayor": the chair's or a civic office after a dash, ending a member's line. */
const DASHED_CHAIR_OFFICE_RE = /\s+[–—-]\s+((?:(?:Deputy|Vice|Town)\s+)?(?:Mayor|Chair(?:man|woman|person)?)(?:\s+and\s+(?:Vice[-\s]?)?Chair(?:man|woman|person)?)?)$/;

/** "The Mayor (in the chair)": the chair by office alone, no one named; the list goes on past it. */
const UNNAMED_CHAIR_RE = /^(?:The\s+)?(?:(?:Deputy|Lord|Town|City)\s+)?(?:Mayor|Chair(?:man|woman|person)?|Provost|Convener)\s*\((?:in\s+the\s+chair|presiding)\)$/i;

/** "Mrs P M Allan, M Greenway, G A Robson": what follows the first comma is more people, not a post. */
function namesAfterComma(line: string): boolean {
  const after = line.slice(line.indexOf(',') + 1).trim();
  const first = /^[^\s,]+/.exec(after)?.[0] ?? '';
  if (ROLE_WORD_RE.test(first) || POST_VOCAB_RE.test(first) || CIVIC_POST_RE.test(first) || ROLE_END_RE.test(first)) return false;
  return /^(?:(?:\p{Lu}\.?\s*){1,3}\s(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+|(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)\s*(?:,|$)/u.test(after) || isGivenName(first);
}

/** The line under a bare chair's label that names the chair: a member's title, a style, or a name in full alone. */
function chairBelow(t: string): boolean {
  return MEMBER_TITLE_RE.test(t) || HONORIFIC_RE.test(t) || (ONE_FULL_NAME_LINE_RE.test(t.trim()) && isName(t.trim()));
}

function continuesList(b: Block): boolean {
  const t = b.text;
  if (BARE_LABEL_LINE_RE.test(t.trim())) return false;
  if (UNNAMED_CHAIR_RE.test(t.trim())) return true;
  if (t.includes(':') && BODY_LABEL_RE.test(t) && t.length < 600) return continuesList({ ...b, text: withoutBodyLabel(t) });
  // "PRESENT: Councillors: J England" over "P Hickman" / "J Olliff-Cooper" / "A Rostand – Mayor and Chairman": a member in
  // initials and surname to a line (a column of the register), perhaps with an office after a dash.
  if (t.length <= 80 && LONE_INITIALLED_NAME_RE.test(t.trim().replace(DASHED_CHAIR_OFFICE_RE, '').replace(/(?<=\p{Ll})-(?=\p{Lu})/gu, ''))) return true;
  // "Cllrs." alone on its line between the chair and the members: the title over the names below it.
  if (/^(?:Cllrs?|Councillors?|Cynghorwyr)\s*[.:]?$/i.test(t.trim())) return true;
  // "Hilary Singleton" / "Ida Fisher" / "William Leathem (from 2.30pm)": one person in full to a line, nothing else.
  // ("Honorary Warden": a post's words, no person.)
  if (ONE_FULL_NAME_LINE_RE.test(t.trim()) && isName(t.trim().replace(/\s*\((?:from|until|left|arrived)\b[^()]*\)$/i, '')) && !isBusinessWordName(t.trim()) && !t.trim().split(/\s+/).some((w) => ROLE_WORD_RE.test(w) || POST_VOCAB_RE.test(w) || ROLE_END_RE.test(w))) return true;
  // "Attending: E. Howat, Chief Executive; …" under the members present: a list of its own, whatever its shape.
  if (labelOf(t)) return false;
  // "In Attendance Town Clerk and Chief Executive, …": another list's label, printed without its colon.
  if (/^(?:In\s+Attendance|Also\s+(?:Present|in\s+Attendance)|Apolog(?:y|ies)|Absent|Officers(?:\s+(?:Present|in\s+Attendance))?|Present)\s/i.test(t)) return false;
  if (t.length < 3000 && t.includes(';') && namePostSemicolonRun(t)) return true;
  // "Ms C Tullo, Director, Policy, The Archives Mr S Abraham, Records Manager, The Archives …": guests each styled, a
  // comma and their post, the next one straight after (honorificPostRun), on the line under the list's first.
  if (t.length < 3000 && t.includes(',') && HONORIFIC_RE.test(t) && honorificPostRun(t)) return true;
  // "Manchester Councillor Angeliki Stogia Rochdale Councillor Janet Emsley …": a flattened "Council | Member" table.
  if (t.length < 3000 && placeTitledRun(t)) return true;
  // ("Wendy Ingle ADP Coordinator Suzanne Macall Development Officer …": people in full, each followed by their post.)
  if (t.length < 3000 && !/;/.test(t) && nameThenPostRun(t)) return true;
  // "Ann Lyle Tom Bray Jo Cole …" under the members' first line: a register in columns, flattened (column-names.ts).
  if (t.length < 4000 && !/[,;()]/.test(t) && columnSortedNames(t)) return true;
  // ("Present: John Starling (Chairman) Brian Blythe (Vice-Chairman)" over "Jon Cook Jean Sallows Tony Woodley": more
  // members in full, two or three to the line, each with a known given name.)
  // (Only a short line: a long run of names in no register's order is not cut into people by guess.)
  if (t.length <= 80 && t.split(/\s+/).length <= 9 && !/[,;()]/.test(t) && (givenNameRun(t)?.length ?? 0) >= 2 && !hasVerb(t)) return true;
  if (t.length > 600 && !isLongNameList(t)) return false;
  if (hasVerb(t.replace(/\([^()]*\)/g, ''))) return false;
  // ("Ms Alison Boyd, Board Secretary, NHS 24": a body's name may hold a number.)
  if (/\d/.test(t.replace(/\([^()]*\)/g, '')) && !(t.length <= 200 && HONORIFIC_POST_ENTRY_RE.test(t.trim()) && !/\d{1,2}[.:]\d{2}|\d{4}/.test(t))) return false;
  if (labelOf(t)) return false;
  // "Councillor May, Convener, in the Chair.": who chaired, read on its own.
  if (t.length < 120 && (PRESIDED_RE.test(t.trim()) || IN_THE_CHAIR_RE.test(t.trim()))) return false;
  // ("HM Smith RT Summerfield LC Twinn RLE Waters": the list's second line, every one in initials and a surname.)
  const hasTitle =
    MEMBER_TITLE_RE.test(t) || COOPTED_TITLE_RE.test(t) || HONORIFIC_RE.test(t) || /\([^()]+\)|\s[–—]\s/.test(t) || /,/.test(t) || isNameThenPost(t) || (t.length <= 300 && INITIALS_NAMES_ONLY_RE.test(t.trim()));
  if (!hasTitle) return false;
  // "Mrs M Quinn, Assistant Chief Executive and Head of Corporate Services": an officer and her post, one to a line.
  if (t.length <= 200 && HONORIFIC_POST_ENTRY_RE.test(t.trim())) return true;
  // "Nicola Bailey, Director of Adult and Community Services": the same with a name in full, the post opening with its word.
  if (fullNameCommaPost(t)) return true;
  if (fullNameThenDescriptors(t)) return true;
  // Most of the line must be names: "Opened with a prayer by Councillor A Smith, MBE" is not a list.
  const parts = splitOutsideBrackets(t).length;
  return parseNameList(t).length * 2 >= parts;
}

/** "Nicola Bailey, Director of Adult and Community Services": a name in full, one comma, a post opening with a post's word. */
function fullNameCommaPost(t: string): boolean {
  const m = t.length <= 160 ? /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+){1,2},\s+(\p{Lu}\p{Ll}+)\b[^,;()]{0,100}$/u.exec(t.trim()) : null;
  return !!m?.[1] && STRONG_POST_START_RE.test(m[1]);
}

/**
 * "Kevin Bryant, Cornwall Council, Head of Direct Services", "Colette Beckham, Cornwall AONB Partnership Manager": a name
 * in full, then after commas the body they come from and their post, none of it another person: one person to the line.
 */
/** The label of a list of officers: "Supporting Officers", "Officers in attendance", "Staff present". */
const OFFICERS_LABEL_RE = /^(?:Supporting\s+)?(?:Officers?|Staff)\b/i;

function fullNameThenDescriptors(t: string): boolean {
  if (t.length > 160 || /[;()]/.test(t)) return false;
  const [first, ...rest] = t.trim().split(/\s*,\s*/);
  if (!first || rest.length < 1 || rest.length > 3 || !ONE_FULL_NAME_LINE_RE.test(first) || !isName(first)) return false;
  return rest.every((p) => /^\p{Lu}/u.test(p) && !/\s(?:and|&)\s/.test(p) && parseNameList(p).length === 0);
}

/** "Jane Smith, Director of Housing" (one top-level comma, no "and", the second part not another member). */
function isSingleEntry(line: string): boolean {
  // (An "and" inside the post is the post's: "Nicola Bailey, Director of Adult and Community Services".)
  if (fullNameCommaPost(line) || fullNameThenDescriptors(line)) return true;
  // "HM Smart RT Sumner LC Tweed": three people in initials and surnames, not one person of six words.
  if (line.length <= 300 && INITIALS_NAMES_ONLY_RE.test(line.trim())) return false;
  // "Councillor T Birt Councillor P Cole …": members run together, each after their own title.
  if (line.length <= 8000 && splitBeforeTitles(line).filter((p) => MEMBER_TITLE_RE.test(p)).length >= 2) return false;
  // "Mr. G. Evans   Mr. G. Davies": two names in a row of a table, each after its style.
  if (line.length <= 600 && splitBeforeHonorifics(line.trim()).length >= 2) return false;
  // "Suzie Thomas (Town Clerk) Jayne Howes (Assistant Town Clerk)": a bracket, then the next person.
  if (line.length <= 600 && line.includes(')') && line.split(AFTER_BRACKET_NEXT_NAME_GLOBAL_RE).length >= 2) return false;
  const parts = splitOutsideBrackets(line);
  if (parts.length > 2 || /\s(?:and|&)\s/.test(line.replace(/\([^()]*\)/g, ''))) return false;
  if (parts.length === 1) return true;
  // "Councillors Mrs E Wyn, G.H. Parri," – a list that runs on.
  if (/,\s*$/.test(line)) return false;
  const first = parts[0] ?? '';
  // "N. Slater, M. Davies .": a full stop set apart ends the list, not the name.
  const second = (parts[1] ?? '').replace(/\s+\.$/, '').trim();
  if (INITIALS_RE.test(second) && isName(second)) return false;
  // "Dr A Singh (Medical Director), P Hall (Scrutiny Officer)" is two people.
  if (/\(|\s[–—]\s/.test(first) || /^[^(]{2,60}\([^()]+\)$/.test(second)) return false;
  return !MEMBER_TITLE_RE.test(second) && !COOPTED_TITLE_RE.test(second) && !HONORIFIC_RE.test(second);
}

/**
 * Three or more bullets, or lines, each a member after their title and nothing else ("• Cllr Mrs K Plant", "• Cllr B
 * Andrews (Mayor)"), straight under the meeting's heading: the members present, their label left out.
 */
/** A minute's number alone, a numbered heading, a decision's label: the business has begun. */
const BUSINESS_STARTED_RE = /^(?:\d{1,4}[.)]?|\d{1,4}[.)]?\s+\p{Lu}.*|(?:RESOLVED|AGREED|Minutes)\s*:.*)$/u;

function titledBulletRun(blocks: readonly Block[], from: number): { attendees: Attendee[]; end: number } | null {
  const read: Attendee[] = [];
  const bullets = !!blocks[from]?.bullet;
  // (Lines, not bullets, only before the business: "Councillor Mark Ingle" / "Councillor Ann Grove" under minute 290's
  // table of reserves are no register.)
  if (!bullets && blocks.slice(0, from).some((b) => BUSINESS_STARTED_RE.test(b.text.trim()))) return null;
  let k = from;
  for (; k < blocks.length && !!blocks[k]?.bullet === bullets; k++) {
    const t = (blocks[k]?.text ?? '').trim().replace(/\.$/, '');
    // "Sarah Willcox (Clerk)" after the members, one to a line: the clerk, in attendance; the list ends there.
    const clerk = !bullets && read.length >= 3 ? /^([^()]{3,40}?)\s*\(((?:(?:Parish|Town|Assistant|Deputy)\s+)?Clerk(?:\s+(?:and|&)\s+RFO)?|RFO)\)$/i.exec(t) : null;
    if (clerk?.[1] && clerk[2] && isName(clerk[1].trim())) {
      read.push({ name: clerk[1].trim(), status: 'in-attendance', role: normaliseRole(clerk[2]) ?? clerk[2] });
      k++;
      break;
    }
    // ("Cllr I Kilby – Chairman Cllr M Cosgrove" / "Cllr B Frost Cllr K Black": a grid of two columns, a member to a cell.)
    const cells = !bullets && t.length <= 140 ? t.split(/\s+(?=(?:Cllr|Councillor)\.?\s+\p{Lu})/u) : [t];
    // (Lines one to a line end at the first that is no member's: "Linda Dykes – Town Clerk" under the grid.)
    // (Four at least: three titled lines under a heading can be anything.)
    if (!bullets && read.length >= 4 && !MEMBER_TITLE_RE.test(cells[0] ?? '')) break;
    if (cells.length > 3 || !cells.every((c) => MEMBER_TITLE_RE.test(c))) return null;
    for (const cell of cells) {
      // ("Cllr M/s S Vaughan": a style typed with a slash; "Cllr E Rowe (from 7.20pm)": when they came is not the entry.)
      const c = cell.trim().replace(/\s*\((?:from|until|left|arrived)\b[^()]{1,30}\)$/i, '');
      const e = c.length <= 70 && !hasVerb(c) ? parseEntry(c.replace(/\bM\/s\b/, 'Ms')) : null;
      if (!e || (e.role !== null && !CIVIC_POST_RE.test(e.role) && e.role !== 'Chair' && e.role !== 'Vice-Chair' && !/^ex[- ]officio$/i.test(e.role))) return null;
      // (The name is kept as printed.)
      read.push({ name: /\bM\/s\b/.test(c) ? e.name.replace(/^Ms\b/, 'M/s') : e.name, status: 'present', role: e.role });
    }
  }
  return read.length >= (bullets ? 3 : 4) ? { attendees: read, end: k } : null;
}

/** "Councillor A Smith for Councillor B Jones", "A Smith (substitute for B Jones)", "A Smith substituting for B Jones". */
/** An officer in initials after a courtesy title: "Mrs M Eves", where the post before it ends. */
const HONORIFIC_INITIALS_START_RE = /\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z](?:\.\s*|\s+)){1,3}(?:Mc|Mac|O['’])?[A-Z][\p{Ll}'’-]+,\s)/gu;
// ("Ms Alison Boyd, Board Secretary, NHS 24": the given name in full.)
const HONORIFIC_POST_ENTRY_RE = new RegExp(String.raw`^${PERSONAL_STYLE}\.?\s+(?:(?:[A-Z](?:\.\s*|\s+)){1,3}|\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.?\s+)?)(?:Mc|Mac|O['’])?[A-Z][\p{Ll}'’-]+,\s+\p{Lu}[^,]*(?:,\s+\p{Lu}[^,]*)*$`, 'u');

/**
 * Officers copied without separators between them: "(Officials) Mrs M Eves, Chief Executive Mr C Fenn, Director
 * of Enterprise, Regeneration & Tourism Miss S Gale, Democratic Services Manager (Acting)". Each person is a
 * courtesy title, initials and a surname, then a comma and the post up to the next such person; read only when
 * every piece has that shape.
 */
function honorificPostEntries(line: string): { name: string; role: string | null }[] | null {
  if (line.length > 1500) return null;
  const body = line.replace(/^\([A-Za-z ]{2,30}\)\s+/, '').replace(/\.$/, '');
  const pieces = body.split(HONORIFIC_INITIALS_START_RE).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 1 || !pieces.every((p) => HONORIFIC_POST_ENTRY_RE.test(p))) return null;
  // "Mr A Smith, Mr B Jones": two people, not a person and a post.
  if (pieces.some((p) => /^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b/.test(p.slice(p.indexOf(',') + 1).trim()))) return null;
  // ("Mr J Jarvis, Chief Executive, The Record Office Ms C Tull, Director, …": the next person run on after a post.)
  if (pieces.some((p) => /\s(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+\p{Lu}/u.test(p.slice(p.indexOf(',') + 1)))) return null;
  const out: { name: string; role: string | null }[] = [];
  for (const p of pieces) {
    const comma = p.indexOf(',');
    const post = p.slice(comma + 1).trim();
    // ("Chairman, NHS 24": the chair's office, then the body it is held in; the office is the role.)
    const office = /^((?:Vice[-\s]?)?Chair(?:man|woman|person)?),\s+\p{Lu}[^,]{1,60}$/u.exec(post)?.[1];
    out.push({ name: p.slice(0, comma).trim(), role: normaliseRole(office ?? post) });
  }
  return out;
}

function parseSubstituteEntry(raw: string): { name: string; role: string | null } | null {
  const s = raw.replace(/^[•·*-]\s*/, '').replace(/\s+/g, ' ').replace(/[.;]+$/, '').trim();
  if (!s || s.length > 200) return null;
  const m = /^(.{2,80}?)\s+\(?(?:(?:as\s+(?:a\s+)?)?substitute\s+for|substituting\s+for|in\s+place\s+of|for)\s+(.{2,80}?)\)?$/i.exec(s);
  if (m && m[1] && m[2]) {
    const name = stripMemberTitle(m[1]);
    const forName = stripMemberTitle(m[2]);
    if (isName(name) && isName(forName)) return { name, role: `substitute for ${forName}` };
    return null;
  }
  const e = parseEntry(s);
  return e ? { name: e.name, role: e.role ?? 'substitute' } : null;
}

function statusOf(m: RegExpExecArray): LabelKind {
  if (m[1]) return 'present';
  if (m[2]) return 'in-attendance';
  if (m[3]) return 'co-opted';
  if (m[4]) return 'apologies';
  if (m[5]) return 'absent';
  if (m[6]) return 'substitutes';
  return 'chair';
}

export interface AttendanceLists {
  attendees: Attendee[];
  /** Block indices used by the lists (never items). */
  used: Set<number>;
  /** A register left someone out on purpose (a name with no mark the legend explains): the lists are not the whole. */
  incomplete: boolean;
}

/** Labelled attendance lists anywhere in the blocks given (callers pass the meeting's blocks). */
/** The last word of a department or post, not of a person's name. */
const POST_WORD_END_RE = /\b(?:Planning|Resources|Services|Development|Finance|Commissioning|Governance|Management|Infrastructure|Environment|Policy|Communications|Regeneration|Housing|Education|Health|Care|Safety|Support|Operations|Strategy|Performance|Procurement|Manager|Officer|Director|Executive|Administrator|Adviser|Advisor|Clerk|Solicitor)$/;

const PRESIDED_RE = /^((?:Councillor|Cllr\.?|Bailie|Provost)\s+[\p{Lu}][\p{L}'’. -]{1,40}?),\s*(?:the\s+)?(?:Depute\s+|Vice[-\s]?)?(?:Convener|Chair(?:man|person)?|Provost|Leader),?\s+(?:presided|in\s+the\s+[Cc]hair)\.?$/u;
/** A list's heading on a line of its own, without a colon: "In Attendance", "Present". */
// "MEMBERS OF THE CABINET" over the list of them (a county's printed minutes).
/** A table's group heading between its names: "BAILIES", "COUNCILLORS", "Members". */
const TABLE_GROUP_RE = /^(?:\p{Lu}{4,}|Councillors|Members|Bailies|Aldermen|Officers)$/u;

/**
 * Names one to a line under an empty label, each line one person (with a post in brackets or after a comma, or a
 * civic office before the name), cells' pipes and group headings passed over. Null unless three or more are read and
 * the run ends at a line that is no name (a sentence, a heading, another label).
 */
/** "Graham Bell-North West Dumfries", "Rob Davidson (Depute Leader)-Abbey", "Ian Carruthers - Annandale South": a member and their ward. */
const WARD_SUFFIX_RE = /^(\p{Lu}[\p{L}'’. ]{1,40}?(?:\s*\([^()]{2,40}\))?)\s*[-–]\s*(\p{Lu}[\p{L}'’. ]{1,50})$/u;
const NOT_WARD_RE = /\b(?:Officer|Director|Manager|Clerk|Chief|Head|Executive|Secretary|Adviser|Advisor|Solicitor|Treasurer|Chair|Leader|Mayor|Council|Police|Service|Inspector|Lawyer|Accountant|Planner|Engineer|Assistant|Member)\b/;

/**
 * Lines that each end in a ward after a dash are a roll of members and wards when most lines of the run do (one
 * double-barrelled surname alone does not make a ward column): the ward is dropped.
 */
function wardColumn(blocks: readonly Block[], from: number): boolean {
  let lines = 0;
  let wards = 0;
  for (let k = from; k < blocks.length && k < from + 120; k++) {
    const t = blocks[k]?.text.trim() ?? '';
    if (!t) continue;
    if (t.length > 90 || labelOf(t)) break;
    const m = WARD_SUFFIX_RE.exec(t);
    if (m?.[2] && !NOT_WARD_RE.test(m[2])) wards++;
    // Past the roll: a line that is not a name (a table heading, a numbered item) ends it.
    else if (/\d/.test(t) || hasVerb(t) || t.split(/\s+/).length > 5 || !/^\p{Lu}/u.test(t) || /^[^\p{Ll}]+$/u.test(t)) break;
    lines++;
  }
  return wards >= 3 && wards * 10 >= lines * 6;
}

function namesOnePerLine(blocks: readonly Block[], from: number): { entries: { name: string; role: string | null; officer?: boolean }[]; end: number } | null {
  const entries: { name: string; role: string | null; officer?: boolean }[] = [];
  const wards = wardColumn(blocks, from);
  let k = from;
  for (; k < blocks.length && k < from + 120; k++) {
    const b = blocks[k];
    if (!b) break;
    const line = b.text.replace(/\s*\|\s*$/, '').trim();
    const ward = wards ? WARD_SUFFIX_RE.exec(line) : null;
    // ("Paula McClintock, Head of Finance (Items 10, 11 and 12)": the items they came for are not the entry.)
    const t = (ward?.[1] && ward[2] && !NOT_WARD_RE.test(ward[2]) ? ward[1].trim() : line).replace(/\s*\((?:for\s+)?(?:Agenda\s+)?Items?\s+[\d.,\sand&-]{1,30}\)$/i, '');
    if (t === '' || t === '|') continue;
    if (TABLE_GROUP_RE.test(t)) continue;
    // ("No Members of the Public", "No press": a line saying who was not there ends the list.)
    if (/^(?:No|None|Nil)\b/i.test(t)) break;
    // ("A Rostand – Mayor and Chairman": a member in initials and surname, the office after a dash.)
    const office = t.length <= 80 ? DASHED_CHAIR_OFFICE_RE.exec(t) : null;
    const officed = office?.[1] ? t.slice(0, office.index) : '';
    if (office?.[1] && LONE_INITIALLED_NAME_RE.test(officed)) {
      entries.push({ name: officed, role: normaliseRole(office[1]) ?? office[1] });
      continue;
    }
    // ("Edwin Potts MLA, Speaker (Chairperson)", "Tara Cole, Director of Legal, Governance and Research Services": a person
    // in full, then their post after a comma.)
    // (Not "Councillors Pinnock, Quarrie, Rudd,": a list of names is no post.)
    const posted = t.length <= 160 && !hasVerb(t) && !/\d/.test(t) && NAME_COMMA_POST_LINE_RE.test(t) && parseNameList(t.slice(t.indexOf(',') + 1)).length < 2 ? parseEntry(t, true) : null;
    if (posted && posted.role && isName(posted.name.replace(/\s+(?:MLA|MSP|MS|MP|AM|MBE|OBE|CBE)(?:\s+(?:MLA|MSP|MS|MP|AM))?$/, ''))) {
      entries.push({ ...posted, name: stripMemberTitle(posted.name) });
      continue;
    }
    if (t.length > 70 || hasVerb(t) || labelOf(t) || /\d/.test(t) || splitOutsideBrackets(t).length > 1) break;
    const one = parseNameList(t);
    // ("Ann LyleTom Bray": two lines run together, the space between them lost; both people are there.)
    const people = GLUED_NAMES_RE.test(t) ? 2 : 1;
    if (one.length !== people || !one[0] || one.some((e) => e.name.split(/\s+/).length > 5)) break;
    entries.push(...one.map((e) => ({ ...e, name: stripMemberTitle(e.name) })));
  }
  // "Councillor Xena Dion (Mayor)" and the other office holders one to a line, then the rest of the members in a
  // paragraph or two of "Councillor Adams, Councillor Ms Atkinson, …": the same list goes on.
  for (let c = 0; entries.length >= 3 && c < 4 && k < blocks.length; c++, k++) {
    const t = blocks[k]?.text.trim().replace(/[.,]$/, '') ?? '';
    if (t.length > 3000 || !MEMBER_TITLE_RE.test(t) || labelOf(t) || hasVerb(t.replace(/\([^()]*\)/g, ''))) break;
    const more = parseNameList(t);
    if (more.length < 3 || more.length * 2 < splitOutsideBrackets(t).length) break;
    entries.push(...more.map((e) => ({ ...e, name: stripMemberTitle(e.name) })));
  }
  return entries.length >= 3 ? { entries, end: k } : null;
}

/** "Edwin Potts MLA, Speaker (Chairperson)", "David Murray, Chairperson of the Audit Committee": a full name, a comma, a post. */
const NAME_COMMA_POST_LINE_RE = /^(?!(?:Councillors?|Cllrs?|Members?|Messrs|Mr|Mrs|Ms|Miss|Dr)\b)\p{Lu}[\p{L}'’-]+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+){1,2}(?:\s+(?:MLA|MSP|MS|MP|AM|MBE|OBE|CBE)){0,2},\s+\p{Lu}[^;]{2,120}$/u;

const ROLL_GROUP_RE = /^(?:Councillors|Members|Aldermen|Bailies|BAILIES|COUNCILLORS)$/;

/**
 * Offices and groups under a bare "Present": "Mayor" over "Councillor A", "Councillors" over "B, C, D". Null unless an
 * office with its holder and a group with its list are both there, and every line is one or the other.
 */
function postedRoll(blocks: readonly Block[], from: number): { attendees: Attendee[]; end: number } | null {
  const out: Attendee[] = [];
  let k = from;
  let offices = 0;
  let groups = 0;
  while (k < blocks.length && k < from + 20) {
    const post = blocks[k]?.text.trim() ?? '';
    const next = blocks[k + 1]?.text.trim() ?? '';
    if (blocks[k]?.bullet || blocks[k + 1]?.bullet) break;
    if (CIVIC_POST_RE.test(post) && MEMBER_TITLE_RE.test(next) && next.length < 60) {
      const one = parseNameList(next);
      if (one.length !== 1 || !one[0]) break;
      out.push({ name: stripMemberTitle(one[0].name), status: 'present', role: normaliseRole(post) ?? post });
      offices++;
      k += 2;
      continue;
    }
    if (ROLL_GROUP_RE.test(post) && next && !hasVerb(next) && !labelOf(next)) {
      const list = parseNameList(next.replace(/\.$/, ''));
      if (list.length < 2 || list.length * 2 < splitOutsideBrackets(next).length) break;
      for (const e of list) out.push({ name: stripMemberTitle(e.name), status: 'present', role: e.role });
      groups++;
      k += 2;
      continue;
    }
    break;
  }
  return offices > 0 && groups > 0 ? { attendees: out, end: k } : null;
}

// ("Supporters: Dave Cope, Harry Gluck, …": a charity's supporters under its trustees, named without a title.)
const MEMBER_GROUP_RE = /^((?:\p{Lu}\p{Ll}+\s+){0,2}(?:Members|Assistants|Representatives|Advisers|Advisors|Observers|Deputies))\s*:\s*((?:Councillors?|Cllrs?)\.?\s+\p{Lu}.{1,300})$|^(Supporters|Volunteers)\s*:\s*(\p{Lu}\p{Ll}+\s+\p{Lu}.{1,300})$/u;

/** The texts of the run of bullets from `from`. */
function bulletRunTexts(blocks: readonly Block[], from: number): string[] {
  const out: string[] = [];
  for (let k = from; k < blocks.length && blocks[k]?.bullet && out.length < 80; k++) out.push(blocks[k]?.text ?? '');
  return out;
}

/** How a Markdown table's cells are read as people (pipe-table-register.ts). */
const PIPE_TABLE_READERS: PipeTableReaders = {
  entry: (cell) => {
    const e = cell.length <= 160 && !hasVerb(cell) ? parseEntry(cell, true) : null;
    const name = e ? stripMemberTitle(e.name) : '';
    return e && isName(name.replace(/^(?:Professor|Prof|Dr|Sir|Dame|Mr|Mrs|Ms|Miss)\.?\s+/, '')) ? { name, role: e.role } : null;
  },
  isName: (cell) => cell.length <= 60 && !hasVerb(cell) && isName(stripMemberTitle(cell).replace(/^(?:Professor|Prof|Dr|Sir|Dame|Mr|Mrs|Ms|Miss)\.?\s+/, '')),
};

/** A group's short heading between bullets of people: "Creative Industries", "Scottish Government", "Apologies". */
// ("Commission members": words after the first in lower case too.)
const GROUP_LINE_RE = /^(?:\p{Lu}[\p{L}'’&-]*)(?:\s+(?:[\p{L}'’&-]+|&)){0,4}$/u;
/** Business, never a group of people: "Declarations of Interest", "Minutes", "Items and actions". */
const BUSINESS_HEAD_RE = /\b(?:Declarations?|Interests?|Minutes|Matters|Business|Agenda|Items?|Actions?|Reports?|Welcome|Introductions?|Finance|Planning|Correspondence|Urgent|Exclusion)\b/i;

/** A group heading that says who its people are: in attendance rather than members, or the meeting's chairs. */
const ATTENDING_GROUP_RE = /^(?:Items?\s+\d{1,2}(?:\s*(?:,|and|&|to|-)\s*\d{1,2})*\s+only|Secretariat|Officers?|Officials|Staff|Guests|Visitors|Observers?|Advis[eo]rs|Presenters?|Speakers?|In\s+attendance|Also\s+(?:present|in\s+attendance))$/i;
const CHAIRS_GROUP_RE = /^((?:Co-?|Vice[-\s]|Deputy\s+)?Chair)(?:s|men|man|persons?|woman)?$/i;

/**
 * A group's short heading between bullets of people, and the status (and post) of the people under it; null when the
 * line is no such heading (business, a sentence, another list's own label).
 */
function groupOf(text: string, current: AttendanceStatus): { status: AttendanceStatus; role: string | null } | null {
  const line = text.trim();
  const head = line.replace(/:$/, '');
  if (!GROUP_LINE_RE.test(head) && !ATTENDING_GROUP_RE.test(head)) return null;
  if (/^apolog(?:y|ies)(?:\s+for\s+absence)?$/i.test(head)) return { status: 'apologies', role: null };
  if (/^absent$/i.test(head)) return { status: 'absent', role: null };
  if (ATTENDING_GROUP_RE.test(head)) return { status: 'in-attendance', role: null };
  const chairs = CHAIRS_GROUP_RE.exec(head);
  if (chairs?.[1]) return { status: 'present', role: chairs[1].replace(/^co-?/i, 'Co-').replace(/\s+/, '-') };
  // (Business is never a group; another list's label, "Commission members", "College Management:", gives its status.)
  if (hasVerb(head) || BUSINESS_HEAD_RE.test(head)) return null;
  const label = labelOf(line) ?? labelOf(`${head}:`);
  const kind = label ? statusOf(label) : null;
  if (label) return kind === 'present' || kind === 'in-attendance' || kind === 'apologies' || kind === 'absent' ? { status: kind, role: null } : null;
  return { status: current === 'apologies' ? 'present' : current, role: null };
}

/** A heading over bullets of people ("In Attendance", "Observing", "Apology", "Clerk"). */
// ("In attendance:" / "Guests:" / "College Management:": the label with its colon, over bullets of people; "Attendees and
// apologies" over the members, as gov.scot prints its boards' minutes.)
const BULLETED_LABEL_RE = /^(?:In\s+Attendance|Also\s+(?:in\s+Attendance|Present)|Attending|Observing|Present|Members\s+Present|Attendees(?:\s+and\s+apologies)?|Councillors\s+Present|Apolog(?:y|ies)(?:\s+for\s+Absence)?|Absent|Clerk|Officers(?:\s+(?:Present|in\s+Attendance))?|Guests|Visitors|Officials(?:\s+(?:in\s+Attendance|Present))?|(?:College|School|Senior|Executive)\s+Management(?:\s+Team)?)\s*:?$/i;
const REPRESENTING_HEAD_RE = /^(?:Councillors?|Members?|Names?)\s+Representing\s+(?=\p{Lu})/u;
const REPRESENTING_ROW_RE = /((?:\p{Lu}\p{Ll}?\.?\s+){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+)(\s*\([^()]{2,40}\))?\s+((?:\p{Lu}[\p{L}&'’-]*\s+){0,5}?(?:Council|Authority|Police|Board|Assembly|Government))(?=\s|$)/gu;

/** The names of a flattened "Councillor | Representing" table, as a list; null when the rows do not all read so. */
function representingList(text: string): string | null {
  const head = REPRESENTING_HEAD_RE.exec(text);
  if (!head || text.length > 5000) return null;
  const body = text.slice(head[0].length).trim();
  const rows = [...body.matchAll(REPRESENTING_ROW_RE)];
  if (rows.length < 2 || rows.map((r) => r[0]).join(' ').length < body.length - 5) return null;
  return rows.map((r) => `${r[1]}${r[2] ?? ''}`).join(', ');
}

/** "Members of the Health & Wellbeing Scrutiny Panel": a membership, with no word of attending. */
const MEMBERSHIP_HEAD_RE = /^(?:Members|Membership)\s+of\s+(?:the\s+)?(?!.*\b(?:present|attend|attending|in\s+attendance)\b)[^:]{3,100}$/i;
const MEMBERSHIP_END_RE = /^(?:Public\s+Items|Part\s+A|Agenda|Apolog|Present|Minutes|Standard\s+Items)\b/i;
/** "Members", "Staff Present": headings in words over a printed council's register. */
const WORD_HEAD_RE = /^(?:Members|Staff(?:\s+(?:Present|in\s+Attendance))?)$/i;
// ("153.Present.", "Apologies.": a minute's number run onto it, a full stop after it.)
// ("MEMBERS PRESENT VIA VIDEO LINK", "MEMBERS NOT PRESENT", "OFFICERS PRESENT VIA VIDEO LINK": how they attended, after the label.)
/** "G. Ventura, SHC Lanarkshire", "L. Brown, South Lanarkshire Council": an initial and a surname, a comma, then a body or post. */
const INITIALLED_POST_LINE_RE = /^((?:\p{Lu}\.\s?){1,3}\s?(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?),\s+(\p{Lu}[^,;()]{1,80}?)\.?$/u;

/** "The Mayor (Councillor Margaret Thompson)", "The Deputy Mayor (Cllr A Bell)": a civic head's line, the office then the member. */
const CIVIC_HEAD_LINE_RE = /^(?:The\s+)?(?:(?:Deputy|Lord|Vice)[-\s]+)?(?:Mayor|Chair(?:man|woman)?|Provost|Lord\s+Mayor|Civic\s+Head)\s*\((?:Councillor|Cllr)\.?\s+[^()]{3,60}\)$/;

/**
 * The block after a run of names in full, one to a line, from `from` (at least five lines, two in three of their first
 * names known as given names), else `from`.
 */
function plainNamesRun(blocks: readonly Block[], from: number): number {
  let k = from;
  let known = 0;
  for (; k < blocks.length && k < from + 120; k++) {
    const b = blocks[k];
    const m = b && !b.bullet ? PLAIN_PERSON_LINE_RE.exec(b.text.trim()) : null;
    if (!m?.[1] || m[2] || labelOf(b?.text ?? '') || !isName(m[1])) break;
    if (isGivenName(m[1].split(/\s+/)[0] ?? '')) known++;
  }
  return k - from >= 5 && known * 3 >= (k - from) * 2 ? k : from;
}

/** "Mark Isherwood MS (Chair)", "Fay Bowen (Clerk)", "Tom Giffard MS": a given name and surname, a post-nominal, a post in brackets. */
const PLAIN_PERSON_LINE_RE = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2}(?:\s+(?:MS|MP|MSP|AM|MLA|MBE|OBE|CBE))?)(?:\s+\(([^()]{2,80})\))?$/u;
const BARE_LIST_LABEL_RE = /^(?:\d{1,3}[.)]?\s*)?(?:In\s+Attendance|Also\s+in\s+Attendance|Attendance|Also\s+Present|Attending|Present|Members\s+Present|Officers\s+Present|Apologies(?:\s+for\s+Absence)?|Absent|(?:Members|Councillors)\s+(?:Not\s+Present|Absent)|Elected\s+Members|Councillors|Members\s+of\s+the\s+(?:Cabinet|Executive|Committee|Sub-Committee|Panel|Board|Commission|Senedd|Assembly|Parliament|Authority|Partnership)|Committee\s+Staff|Officials|Witnesses)(?:\s+(?:via|by)\s+(?:video(?:\s+(?:link|conference))?|Zoom|(?:Microsoft\s+)?Teams|tele?phone|remote\s+link)|\s+(?:remotely|virtually|online|in\s+person))?(?:\.|(?<=Senedd|Assembly|Parliament|Staff|Officials|Witnesses)\s*:)?$/i;

/** "Cllr L Prior – via Zoom 1 member of the press – via Zoom": how someone attended, and the public after them, are not the entry. */
function withoutHowAttended(t: string): string {
  return t
    .replace(/\s*[–—-]\s*(?:via|by|on)\s+(?:Zoom|(?:Microsoft\s+)?Teams|video(?:\s+link)?|tele?phone|Skype|Webex)\b/gi, '')
    .replace(/\s+\d{1,3}\s+members?\s+of\s+the\s+(?:press|public)\b.*$/i, '')
    .trim();
}

/** "Carol Beattie, Chief Executive, Stirling Council": an officer named in full, then their post (and body), one to a line. */
const UNTITLED_POST_LINE_RE = /^\p{Lu}\p{Ll}+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+){1,2},\s+\p{Lu}[^,;]{2,80}(?:,\s+[^,;]{2,80}){0,2}\.?$/u;
/** "Cllr Marian Swift, Darlington Borough Council": one titled member to a line, with a body or post after a comma. */
// "Mrs Ruth Clifford – Parish Clerk": the post after a dash.
const TITLED_ENTRY_LINE_RE = /^(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s+[^,;]{2,80}|\s+[–—]\s+[^,;–—]{2,80})?\.?$/u;

/** Header cells of a two-column attendance table flattened one cell to a line: "Members" / "Role". */
const NAME_HEAD_RE = /^(?:Members?|Names?|Attendees?)$/i;
const ROLE_HEAD_RE = /^(?:Role|Position|Post|Designation|Representing|Organisation|Title)$/i;
/** A name cell: "Trudy McLEAY", "Dr Jo Farrar (Vice Chairperson)". */
const NAME_CELL_RE = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Councillor|Cllr|Bailie)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}(?:\s*\([^()]{2,40}\))?$/u;
/** "Non-members in attendance at request of Chief Officer:-": the rows after it are in attendance. */
const IN_ATTENDANCE_ROWS_RE = /\bin\s+attendance\b.{0,80}:-?$/i;

/**
 * A Members / Role table flattened into alternating lines under "Present:": each name, then its role.
 * A line "… in attendance …:-" turns the rows after it to people in attendance.
 */
const APOLOGIES_SENTENCE_HEAD_RE = /^apolog(?:ies|y)\s+for\s+absence\s+(?:were|was)\s+(?:submitted|received|intimated|tendered|given)\s+(?:on\s+behalf\s+of|from)\s*:?-?$/i;

function flattenedAttendanceTable(blocks: readonly Block[], from: number, status: AttendanceStatus): { attendees: Attendee[]; end: number } | null {
  if (!NAME_HEAD_RE.test(blocks[from]?.text.trim() ?? '') || !ROLE_HEAD_RE.test(blocks[from + 1]?.text.trim() ?? '')) return null;
  const attendees: Attendee[] = [];
  let current = status;
  let k = from + 2;
  while (k < blocks.length) {
    const text = blocks[k]?.text.trim() ?? '';
    if (IN_ATTENDANCE_ROWS_RE.test(text) && text.length < 120) {
      current = 'in-attendance';
      k++;
      continue;
    }
    if (!NAME_CELL_RE.test(text) || hasVerb(text)) break;
    // "II DECLARATION OF INTEREST": the next item's heading ends the table.
    if (/^(?:[IVXL]{1,6}|\d{1,3})\.?\s+\p{Lu}{2,}/u.test(text) && text === text.toUpperCase()) break;
    const entry = parseEntry(text);
    const roleCell = blocks[k + 1]?.text.trim() ?? '';
    // The cells alternate, so a role that reads like a name ("Chief Officer") is still the role.
    if (!entry || !roleCell || roleCell.length > 120 || /[.!?]$/.test(roleCell) || IN_ATTENDANCE_ROWS_RE.test(roleCell) || labelOf(roleCell)) break;
    attendees.push({ name: entry.name, status: current, role: entry.role ?? roleCell });
    k += 2;
  }
  return attendees.length >= 2 ? { attendees, end: k } : null;
}

/** "P  Peter Crew (Chairman)", "A  Reyna Knight": a key letter before each member, the key printed below ("P: Present"). */
const KEYED_LINE_RE = /^([A-Z])\s+(\p{Lu}.{2,80})$/u;
const KEY_LEGEND_RE = /^([A-Z])\s*[:=–—-]\s*(Present|Apologies\b.*|Absent\b.*|Substitute\b.*)$/i;

function keyedAttendance(blocks: readonly Block[], from: number): { attendees: Attendee[]; end: number } | null {
  const rows: Array<{ key: string; entry: string }> = [];
  let k = from;
  for (; k < blocks.length; k++) {
    const m = KEYED_LINE_RE.exec(blocks[k]?.text.trim() ?? '');
    if (!m?.[1] || !m[2] || hasVerb(m[2].replace(/\([^()]*\)/g, ''))) break;
    rows.push({ key: m[1], entry: m[2] });
  }
  if (rows.length < 3) return null;
  // The key says what each letter means; without it the letters are not guessed.
  const legend = new Map<string, AttendanceStatus>();
  for (let j = k; j < Math.min(blocks.length, k + 6); j++) {
    const l = KEY_LEGEND_RE.exec(blocks[j]?.text.trim() ?? '');
    if (!l?.[1] || !l[2]) continue;
    legend.set(l[1], /^present/i.test(l[2]) || /^substitute/i.test(l[2]) ? 'present' : /^apologies/i.test(l[2]) ? 'apologies' : 'absent');
  }
  if (rows.some((r) => !legend.has(r.key))) return null;
  const attendees: Attendee[] = [];
  for (const r of rows) {
    const e = parseEntry(r.entry);
    const status = legend.get(r.key) as AttendanceStatus;
    if (e) attendees.push({ name: e.name, status, role: status === 'present' ? e.role : null });
  }
  return attendees.length >= 3 ? { attendees, end: k } : null;
}

/**
 * "* Denotes attendance" / "Ø Denotes apology for absence" over "* Cllr L Daniel …" / "Ø" / "Cllr N Viney": a register
 * whose marks the page explains first. A star is read as a bullet when the page is split into blocks, so a bulleted
 * legend line names the bullet's meaning. A name with no mark is not guessed.
 */
const MARK_LEGEND_RE = /^(?:(\S{1,2})\s+)?(?:denotes|indicates|means|=)\s+(attendance|attended|present|apolog\w*(?:\s+for\s+absence)?|absent|absence)\b.{0,40}$/i;

function legendStatus(word: string): AttendanceStatus {
  return /^(?:attend|present)/i.test(word) ? 'present' : /^apolog/i.test(word) ? 'apologies' : 'absent';
}

/** "Attendance", "Attendees", "Present", "Apologies", "In attendance" alone on a line, over an initialled roll. */
const ROLL_LABEL_RE = /^(Attendance|Attendees|Present|Apologies(?:\s+for\s+absence)?|In\s+attendance|Also\s+present)\s*:?$/i;
/** "John Campion (JC) Chair – Police & Crime Commissioner", "Rachael Thorold (minutes) – Secretary". */
const ROLL_ENTRY_RE = /^((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*\((?:\p{Lu}{2,4}|minutes|notes)\)\s*((?:Vice[-\s])?Chair(?:man|person)?)?\s*(?:[–—-]\s*(\S.{1,100}))?$/u;

function initialledRoll(blocks: readonly Block[], from: number): { attendees: Attendee[]; end: number } | null {
  const label = ROLL_LABEL_RE.exec(blocks[from]?.text.trim() ?? '');
  if (!label?.[1]) return null;
  const status: AttendanceStatus = /^apolog/i.test(label[1]) ? 'apologies' : /^(?:in|also)/i.test(label[1]) ? 'in-attendance' : 'present';
  const attendees: Attendee[] = [];
  let k = from + 1;
  for (; k < blocks.length && !blocks[k]!.bullet; k++) {
    const e = ROLL_ENTRY_RE.exec(blocks[k]!.text.trim());
    if (!e?.[1]) break;
    attendees.push({ name: e[1], status, role: e[2] ? normaliseRole(e[2]) : e[3] ? e[3].trim() : null });
  }
  // Two people at least, so that a heading over one line of prose is not read as a roll.
  return attendees.length >= 2 ? { attendees, end: k } : null;
}

function legendRegister(blocks: readonly Block[], from: number): { attendees: Attendee[]; end: number; unmarked: number } | null {
  const marks = new Map<string, AttendanceStatus>();
  let bullet: AttendanceStatus | null = null;
  let k = from;
  for (; k < blocks.length && k < from + 4; k++) {
    const b = blocks[k];
    // ("Denotes attendance Ø Denotes apology for absence": two legends on one line.)
    const parts = b ? b.text.trim().split(/\s+(?=\S{1,2}\s+(?:denotes|indicates|means)\b)/i) : [];
    const read = parts.map((part) => MARK_LEGEND_RE.exec(part));
    if (!b || read.length === 0 || read.some((m) => !m?.[2])) break;
    for (const m of read) {
      if (m?.[1] && m[2]) marks.set(m[1], legendStatus(m[2]));
      else if (m?.[2] && b.bullet && m === read[0]) bullet = legendStatus(m[2]);
      else return null;
    }
  }
  if (k === from || (marks.size === 0 && !bullet)) return null;
  const attendees: Attendee[] = [];
  const pending: AttendanceStatus[] = [];
  let unmarked = 0;
  for (; k < blocks.length && k < from + 150; k++) {
    const b = blocks[k];
    if (!b) break;
    const text = b.text.trim();
    // "Ø" or "* *" on a line of its own: marks for the names that follow, in order.
    const alone = text.split(/\s+/);
    if (!b.bullet && alone.every((t) => marks.has(t))) {
      for (const t of alone) pending.push(marks.get(t) as AttendanceStatus);
      continue;
    }
    const lead = /^(\S{1,2})\s+(\S.*)$/.exec(text);
    const leadMark = lead?.[1] && marks.has(lead[1]) ? lead[1] : null;
    const entryText = leadMark ? (lead?.[2] ?? '') : text;
    const e = entryText.length <= 100 && !hasVerb(entryText) ? parseEntry(entryText) : null;
    const name = e ? stripMemberTitle(e.name) : '';
    if (!e || !(MEMBER_TITLE_RE.test(entryText) || HONORIFIC_RE.test(entryText)) || !isName(name)) break;
    const status = leadMark ? (marks.get(leadMark) as AttendanceStatus) : b.bullet && bullet ? bullet : pending.shift() ?? null;
    if (status) attendees.push({ name, status, role: status === 'present' ? e.role : null });
    else unmarked++;
  }
  return attendees.length >= 3 ? { attendees, end: k, unmarked } : null;
}

const HONORIFIC_START = "(?:Professor|Prof|Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Councillor|Cllr)\\.?\\s+";
/** "Dr Jo Farrar / Non Executive Director": a person and their post in a table copied with " / " between the cells. */
const SLASH_ENTRY_RE = new RegExp(`^(${HONORIFIC_START}(?:Sir\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4})\\s+\\/\\s+(\\S.{1,100})$`, 'u');
/** Where the next entry starts, even glued to the last ("… Public Health WalesDr Carl Clowes / …"). */
const SLASH_NEXT_RE = new RegExp(`(?<=\\S)(?<!\\b(?:Professor|Prof|Dr|Mr|Mrs|Ms|Miss|Mx)\\.?\\s*)\\s*(?=${HONORIFIC_START}(?:Sir\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4}\\s+\\/\\s)`, 'gu');
const PART_PRESENT_RE = /^(?:present\s+(?:in|for)\s+part|in\s+attendance|also\s+(?:present|in\s+attendance))\s*:?$/i;

/** Entries "Name / Post" in a block, or null unless the whole block is such entries. */
function slashEntries(text: string): { name: string; role: string | null }[] | null {
  if (!text.includes(' / ') || text.length > 800) return null;
  const parts = text.split(SLASH_NEXT_RE).map((p) => p.trim()).filter(Boolean);
  const out: { name: string; role: string | null }[] = [];
  for (const part of parts) {
    const m = SLASH_ENTRY_RE.exec(part);
    if (!m?.[1] || !m[2]) return null;
    // "Chair, Public Health Wales": the role, then the body it is held in.
    const first = m[2].split(',')[0] ?? '';
    const role = (/^(?:Vice[-\s]?)?Chair(?:man|woman|person)?$/i.test(first.trim()) ? normaliseRole(first) : null) ?? normaliseRole(m[2]) ?? m[2];
    out.push({ name: m[1].replace(/^(?:Councillor|Cllr)\.?\s+/, ''), role });
  }
  return out;
}

/** A list of "Name / Post" lines with no heading above it (the Present heading lost in copying): present, then in attendance after "Present in part:". */
function slashAttendance(blocks: readonly Block[], from: number): { attendees: Attendee[]; end: number } | null {
  const attendees: Attendee[] = [];
  let status: AttendanceStatus = 'present';
  let k = from;
  for (; k < blocks.length; k++) {
    const text = blocks[k]?.text.trim() ?? '';
    if (PART_PRESENT_RE.test(text) && attendees.length > 0) {
      status = 'in-attendance';
      continue;
    }
    const entries = slashEntries(text);
    if (!entries) break;
    for (const e of entries) attendees.push({ name: e.name, status, role: e.role });
  }
  return attendees.length >= 3 ? { attendees, end: k } : null;
}

/**
 * "… and Wilson Officers in" / "Attendance:": a label wrapped over two lines in PDF text, its first words run onto the
 * list before it. The words go back to the label, so the list ends at its last name.
 */
const TITLED_CONTINUATION_RE = /^Councillor\s+(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{L}'’-]+/u;

/**
 * "Present:" / "Durham County Councillors:" / "Councillors D Bell, J Bell …" / "Darlington Borough Councillors:" / "Councillors
 * B Jones …" / "Independent Standards Members:" / "Mr J Dykes": the members under the label in groups, each under its own
 * heading. The groups' lists are one list, under the label.
 */
const GROUP_HEADING_LINE_RE = /^(?:\p{Lu}[\p{L}'’&-]*\s+){1,5}(?:Councillors|Members|Representatives|Aldermen)\s*:$/u;

function joinGroupedLists(out: Block[], k: number): void {
  const label = (out[k] as Block).text.trim();
  if (!/^(?:Present|PRESENT|Members\s+present|In\s+attendance|Also\s+present)\s*:?$/i.test(label) || !GROUP_HEADING_LINE_RE.test(out[k + 1]?.text.trim() ?? '')) return;
  const lists: string[] = [];
  let j = k + 1;
  while (j + 1 < out.length && GROUP_HEADING_LINE_RE.test(out[j]?.text.trim() ?? '') && !out[j + 1]?.bullet && !GROUP_HEADING_LINE_RE.test(out[j + 1]?.text.trim() ?? '') && !labelOf(out[j + 1]?.text ?? '') && (out[j + 1]?.text.length ?? 0) < 1500 && !hasVerb(out[j + 1]?.text ?? '')) {
    lists.push((out[j + 1] as Block).text.trim().replace(/[.;]$/, ''));
    out[j] = { ...(out[j] as Block), text: '' };
    out[j + 1] = { ...(out[j + 1] as Block), text: '' };
    j += 2;
  }
  if (lists.length > 0) out[k] = { ...(out[k] as Block), text: `${label.replace(/:?$/, ':')} ${lists.join(', ')}` };
}

/** A members' list with its title and no label: "Cllrs B Austin, D Bretherton, …", "Present: Councillors …". */
const MEMBERS_LIST_START_RE = /^(?:(?:Members\s+)?Present\s*[:–—-]\s*)?(?:Cllrs|Councillors|Cllr['’]s)\.?\s+(?:\p{Lu}\.?\s+){1,3}\p{Lu}/u;
/** "C Pinnells, Acting Town Clerk": a person in initials and surname, a comma, then a post ending in a post's word. */
const OFFICER_LINE_RE = /^((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.?\s+){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+),\s+((?:[\p{Lu}&][\p{L}&'’-]*\s+|(?:of|and|for|the|to)\s+){0,6}(?:Clerk|Officer|Manager|Director|Secretary|Treasurer|Administrator|Adviser|Advisor|Engineer|Surveyor|Planner|Accountant|Assistant|Executive|Warden|Co-?ordinator|RFO))\.?$/u;

function rejoinWrappedLabels(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  for (let k = 0; k + 1 < out.length; k++) {
    joinGroupedLists(out, k);
    const next = out[k + 1] as Block;
    // "Cllrs B Austin, D Bretherton, …" / "C Pinnells, Acting Town Clerk" / "G Markland, Neighbourhood Plan Continuity
    // Officer" / …: under the members' list, two or more lines each a person and their post after a comma, no label: the
    // officers in attendance.
    if (k < 40 && MEMBERS_LIST_START_RE.test((out[k] as Block).text) && (out[k] as Block).text.includes(',')) {
      let j = k + 1;
      while (j < out.length && j - k <= 12 && !(out[j] as Block).bullet && OFFICER_LINE_RE.test((out[j] as Block).text.trim())) j++;
      if (j - k - 1 >= 2) {
        const officers = out.slice(k + 1, j).map((b) => b.text.trim().replace(OFFICER_LINE_RE, '$1 ($2)'));
        out[k + 1] = { ...next, text: `In attendance: ${officers.join(', ')}` };
        for (let m = k + 2; m < j; m++) out[m] = { ...(out[m] as Block), text: '' };
        k = j - 1;
        continue;
      }
    }
    // "APOLOGY" / "FOR ABSENCE:" (a label wrapped in a narrow column).
    if (/^apolog(?:y|ies)$/i.test((out[k] as Block).text.trim()) && /^for\s+absence\s*:/i.test(next.text)) {
      const label = (out[k] as Block).text.trim();
      out[k] = { ...(out[k] as Block), text: '' };
      out[k + 1] = { ...next, text: `${label} ${next.text}` };
      continue;
    }
    // "At the Council Meeting held … in the Council Chamber, the following members were present: – Cllr. M. Tysoe, Town
    // Mayor": the heading's sentence ends in the list's label; its list follows.
    const following = /\bthe\s+following\s+(?:members|councillors)\s+(?:were\s+)?present\s*:?\s*[–—-]?\s*/i.exec((out[k] as Block).text);
    if (following && following.index < 600 && !labelOf((out[k] as Block).text)) {
      const rest = (out[k] as Block).text.slice(following.index + following[0].length);
      out[k] = { ...(out[k] as Block), text: rest ? `Present: ${rest}` : 'Present:' };
    }
    // "1/ Members present" / "Chairman Councillor Graham Penter, Councillor Lawrence Peters, …": a numbered item headed
    // by the label, its list the paragraph under it.
    if (/^\d{1,3}[./):]?\s+(?:Members\s+present|(?:Those\s+)?present|Councillors\s+present|Attendance|Attendees)\.?$/i.test((out[k] as Block).text.trim()) && /^(?:(?:Chair(?:man|person)?|Vice[-\s]Chair(?:man)?)\s+)?(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}/u.test(next.text) && !labelOf(next.text)) {
      // ("Chairman Councillor Graham Penter, …": the chair's office before the first member is that member's role.)
      const chaired = next.text.replace(/^(Chair(?:man|person)?|Vice[-\s]Chair(?:man)?)\s+((?:Councillor|Cllr)\.?\s+[^,;()]{2,60}?)(?=\s*(?:,|;|\s+and\s|$))/, '$2 ($1)');
      out[k + 1] = { ...next, text: `Present: ${chaired}` };
      continue;
    }
    // "Attendance Details" / "Bloundele, (Chair), Arundale, Biswas, …" (a ModernGov printout): the members present are the
    // list straight under the heading, with no label of their own.
    if (/^Attendance\s+Details$/i.test((out[k] as Block).text.trim()) && !labelOf(next.text) && (next.text.match(/,/g)?.length ?? 0) >= 3 && !hasVerb(next.text)) {
      out[k + 1] = { ...next, text: `Present: ${next.text}` };
      // A second such list under it (the officers, their label lost too) is not read as more members present: names and
      // nothing else ("M Braithwaite, J Brittain, M Freeman … and D Worthington.") are those in attendance; else it goes.
      const after = out[k + 2];
      if (after && !labelOf(after.text) && (after.text.match(/,/g)?.length ?? 0) >= 2 && !hasVerb(after.text)) out[k + 2] = { ...after, text: initialledOfficers(after.text) ?? '' };
      continue;
    }
    // "Attendance Details" / "Councillor S Clarke (…), Councillor K Dixon (…) and Councillor C Rooney (…)." / "M Braithwaite,
    // J Brittain, … and D Worthington.": the members by title, then the officers in initials, their label lost.
    const officersAfter = /^Attendance\s+Details$/i.test((out[k] as Block).text.trim()) && MEMBER_TITLE_RE.test(next.text) && out[k + 2] ? initialledOfficers((out[k + 2] as Block).text) : null;
    if (officersAfter) {
      out[k + 2] = { ...(out[k + 2] as Block), text: officersAfter };
      continue;
    }
    // "Present: Cllrs: Chris Bruce (Chair)/Janice Hale/Janette" / "Macdonald/Barbara Wyllie and Cris Thacker": a list of
    // names between slashes, broken across two lines.
    const here = (out[k] as Block).text;
    if (slashedList(here) && /\p{Lu}[\p{Ll}'’-]+$/u.test(here) && /^\p{Lu}[\p{L}'’-]+\s*\/\s*\p{Lu}/u.test(next.text) && labelOf(here)) {
      out[k] = { ...(out[k] as Block), text: `${here} ${next.text}` };
      out[k + 1] = { ...next, text: '' };
      continue;
    }
    // "Councillors Salter (Chairman), Tapper, … – Council" / "Councillor J Potter (Alrewas Parish Council) Councillor J
    // Altham (…) …": the present list goes on in a second block, each member after a title (a forum's members from
    // other councils).
    const listed = labelOf(here) !== null || (k > 0 && /\b(?:PRESENT|Present)\s*:?$/.test((out[k - 1] as Block).text));
    if (listed && /^(?:Councillors|Cllrs)\s+\p{Lu}/u.test(here) && TITLED_CONTINUATION_RE.test(next.text) && (next.text.match(/\bCouncillor\s+\p{Lu}/gu)?.length ?? 0) >= 3 && !/\.\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(next.text)) {
      out[k] = { ...(out[k] as Block), text: `${here.replace(/\s+[–—-]\s+Council$/, '')}, ${next.text}` };
      out[k + 1] = { ...next, text: '' };
      continue;
    }
    if (!/^attendance\s*:/i.test(next.text)) continue;
    const m = /^(.*\S)\s+((?:Officers?|Others?|Also|Members?)\s+in)$/i.exec((out[k] as Block).text);
    if (!m?.[1] || !m[2]) continue;
    out[k] = { ...(out[k] as Block), text: m[1] };
    out[k + 1] = { ...next, text: `${m[2]} ${next.text}` };
  }
  return out;
}

/** "Penny Dale-Rook (PDR)": a name in full words (no initials, no title), then its own initials in brackets. */
const INITIALLED_ENTRY_RE = /^(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2})\s*\((\p{Lu}{2,4})\)$/u;

/**
 * A list with no label, every entry a name in full followed by its own initials ("Jane Rook (JR), Amir Shah (AS),
 * Lee Dunn (LD)"): at least three, each bracket exactly the initials of the name before it. Null otherwise.
 */
function unlabelledInitialledList(text: string): string[] | null {
  if (!text.includes('(')) return null;
  const parts = splitOutsideBrackets(text.trim().replace(/\.$/, '')).map((p) => p.replace(/^(?:and|&)\s+/i, '').trim());
  if (parts.length < 3) return null;
  const names: string[] = [];
  for (const p of parts) {
    const m = INITIALLED_ENTRY_RE.exec(p);
    if (!m || !m[1] || m[2] !== initialsOf(m[1]) || isOrganisation(m[1])) return null;
    names.push(m[1]);
  }
  return names;
}

/** "Tim Pogson (TP, Chair)", "Daniel Fisher": a name in full words, and what the minutes say of the person in brackets. */
const FULL_NAME_ENTRY_RE = /^(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2})(?:\s*\(([^()]{1,60})\))?$/u;

/**
 * A list with no label at the top of the minutes, every entry a name in full ("Tim Pogson (TP, Chair), Bob Hodgart (BH),
 * Sakshika Raghav (minute), Daniel Fisher, …"): five at least, each a name, nothing else. The initials in a bracket are
 * the minutes' shorthand for the person; what else it says is their role. Null otherwise.
 */
function unlabelledFullNameList(text: string): { name: string; role: string | null }[] | null {
  // "Present Robert Rae, Ian Clarkson, …": a list with its label is read as labelled.
  if (labelOf(text) || /^(?:Present|PRESENT|Apologies|APOLOGIES|Absent|ABSENT|Attending|In\s+attendance|Members|Councillors)\b/.test(text)) return null;
  if (text.length > 1500 || !text.includes(',') || /\d/.test(text.replace(/\([^()]*\)/g, '')) || hasVerb(text.replace(/\([^()]*\)/g, ''))) return null;
  const parts = splitOutsideBrackets(text.trim().replace(/\.$/, '')).map((p) => p.replace(/^(?:and|&)\s+/i, '').trim());
  if (parts.length < 5) return null;
  const out: { name: string; role: string | null }[] = [];
  for (const p of parts) {
    const m = FULL_NAME_ENTRY_RE.exec(p);
    if (!m?.[1] || isOrganisation(m[1]) || ROLE_START_RE.test(m[1].split(/\s+/)[0] ?? '')) return null;
    const said = (m[2] ?? '').split(',').map((w) => w.trim()).filter((w) => w && !/^\p{Lu}{2,4}$/u.test(w)).join(', ');
    out.push({ name: m[1], role: said ? (normaliseRole(said) ?? said) : null });
  }
  return out;
}

/**
 * "Paul E Loveluck, President (in the Chair); Elisabeth Elias, Vice President; Iolo ap Gwynn; … Arabella Smith, Head of
 * Policy and Planning and Tony Lloyd, Head of Administration.": a list with no label at the top of the minutes, each
 * person in full, perhaps with a post after a comma, one to a semicolon; six at least, nothing else. Null otherwise.
 */
const SEMICOLON_PERSON_RE = new RegExp(
  String.raw`^(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+\p{Lu}\.?)?(?:\s+(?:ap|de|van|von|le|la|du))?(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2})(?:,\s+(\p{Lu}[^;()]{2,80}?))?(?:\s*\(([^()]{2,40})\))?$`,
  'u',
);
function unlabelledSemicolonList(text: string): { name: string; role: string | null }[] | null {
  if (text.length > 3000 || (text.match(/;/g) ?? []).length < 5 || labelOf(text)) return null;
  const outsideBrackets = text.replace(/\([^()]*\)/g, '');
  if (/\d/.test(outsideBrackets) || hasVerb(outsideBrackets)) return null;
  const parts = text
    .trim()
    .replace(/\.$/, '')
    .split(/\s*;\s*/)
    // ("… Head of Policy and Planning and Tony Lloyd, Head of Administration": the last two joined by "and".)
    .flatMap((p) => p.split(/\s+and\s+(?=\p{Lu}[\p{Ll}'’]+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+,)/u))
    .filter(Boolean);
  const out: { name: string; role: string | null }[] = [];
  for (const p of parts) {
    const m = SEMICOLON_PERSON_RE.exec(p);
    if (!m?.[1] || isOrganisation(m[1]) || ROLE_START_RE.test(m[1].split(/\s+/)[0] ?? '')) return null;
    const chair = m[3] && /^in\s+the\s+chair$/i.test(m[3].trim()) ? 'Chair' : null;
    const post = m[2]?.trim() ?? null;
    out.push({ name: m[1], role: chair ?? (post ? (normaliseRole(post) ?? post) : null) });
  }
  return out.length >= 6 ? out : null;
}

/** One member with their title, and perhaps their office in brackets: "Mr. A. Griffith (Chairman)", "Cllr Mrs L Ruth". */
const TITLED_MEMBER_RE = /^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.\s?){0,3}(?:\p{Lu}\.?\s+){0,3}\p{Lu}[\p{Ll}'’-]+(?:[-\s]\p{Lu}[\p{Ll}'’-]+)?(?:\s*\([^()]{2,40}\))?$/u;

/**
 * A list with no label at the top of the minutes, every entry a member with their title ("Mr. A. Griffith (Chairman), Mr.
 * W. Moran, Mrs. A. Maguire, …"): four at least, nothing else. Null otherwise.
 */
function unlabelledTitledList(text: string): { name: string; role: string | null }[] | null {
  if (labelOf(text) || !text.includes(',') || hasVerb(text.replace(/\([^()]*\)/g, ''))) return null;
  const parts = splitOutsideBrackets(text.trim().replace(/\.$/, '')).map((p) => p.replace(/^(?:and|&)\s+/i, '').trim());
  if (parts.length < 4 || !parts.every((p) => TITLED_MEMBER_RE.test(p))) return null;
  const out = parts.map((p) => parseEntry(p, false));
  return out.every((e) => e !== null) ? (out as { name: string; role: string | null }[]) : null;
}

/** The same, one member to a line ("Cllr Vaughan (Chairman)" / "Cllr Wiles" / …): four lines at least. */
function unlabelledTitledLines(blocks: readonly Block[], from: number): { attendees: Attendee[]; end: number } | null {
  const attendees: Attendee[] = [];
  let k = from;
  for (; k < blocks.length && k < from + 40; k++) {
    const t = blocks[k]?.text.trim().replace(/\.$/, '') ?? '';
    const e = !blocks[k]?.bullet && t.length <= 80 && TITLED_MEMBER_RE.test(t) ? parseEntry(t, false) : null;
    if (!e) break;
    attendees.push({ name: e.name, status: 'present', role: e.role });
  }
  return attendees.length >= 4 ? { attendees, end: k } : null;
}

const ONE_PERSON_LINE_RE = new RegExp(`^${ONE_PERSON_LINE}`, 'u');
/** A post that marks an officer, not a member: "Clerk", "… Officer", "… Manager". */
const OFFICER_POST_RE = /\b(?:Clerk|Officer|Manager|Secretary|Administrator|Adviser|Advisor|Co-?ordinator|Minute\s+Taker)\b/i;
const NON_MEMBER_POST_RE = /\b(?:Clerk|Officer|Manager|Administrator|Adviser|Advisor|Minute\s+Taker)\b/i;

/**
 * "Ann Lyle (AL, Chair and Hall Trustee)", "Tom Bray (TB)": a name in full, then in brackets its own initials (their
 * capitals the name's) and perhaps a post; as [line, name, post] like ONE_PERSON_LINE_RE's match, or null.
 */
function initialledPostLine(text: string): [string, string, string] | null {
  const m = FULL_NAME_ENTRY_RE.exec(text.replace(/\.$/, ''));
  const said = m?.[2] ? /^(\p{Lu}[\p{L}-]{1,5})(?:,\s*(\p{Lu}[^,]{1,60}))?$/u.exec(m[2].trim()) : null;
  if (!m?.[1] || !said?.[1] || said[1].replace(/[^\p{Lu}]/gu, '') !== m[1].replace(/[^\p{Lu}]/gu, '')) return null;
  // ("Chair and Hall Trustee": the office held on this body first, another body's after it.)
  const office = /^((?:Vice[-\s]?)?Chair(?:man|woman|person)?|Secretary|Treasurer)\s+(?:and|&)\s+\S/.exec(said[2] ?? '');
  return [text, m[1], office?.[1] ?? said[2] ?? ''];
}

/**
 * Members listed one a line straight under the heading, with no "Present" caption ("Patrick Ford, Chair" / "Claire Pike,
 * Vice Chair" / "David Cole" / …, then the officers): four lines at least, each a name in full and perhaps its post after
 * a comma, and nothing else. Officers by their post are in attendance; the rest present. Null otherwise.
 */
function unlabelledRegisterLines(blocks: readonly Block[], from: number): { attendees: Attendee[]; end: number } | null {
  const attendees: Attendee[] = [];
  let k = from;
  for (; k < blocks.length && k < from + 40; k++) {
    const b = blocks[k];
    const text = b && !b.bullet && b.text.length <= 120 ? b.text.trim() : '';
    const plain = text ? ONE_PERSON_LINE_RE.exec(text) : null;
    // (A committee's secretary or treasurer, named with their initials, is one of its members; "Member" is no post.)
    const bracketed = text && !plain ? initialledPostLine(text) : null;
    const m = plain ?? bracketed;
    if (!m?.[1] || isOrganisation(m[1]) || ROLE_START_RE.test(m[1].split(/\s+/)[0] ?? '')) break;
    const post = m[2]?.trim() || null;
    const role = post ? (bracketed ? normaliseRole(post) : (normaliseRole(post) ?? post)) : null;
    const officer = post && (bracketed ? NON_MEMBER_POST_RE : OFFICER_POST_RE).test(post);
    attendees.push({ name: m[1], status: officer ? 'in-attendance' : 'present', role });
  }
  return attendees.length >= 4 ? { attendees, end: k } : null;
}

const REPRESENTING_RE = /^Representing\s+(?:the\s+)?\p{Lu}.{2,80}$/u;

/**
 * A joint board's members listed under the council each represents: "Representing Angus Council" over "Councillor A
 * Councillor B", and so on. Every group a run of titled members; null unless two groups at least read that way.
 */
function representingGroups(blocks: readonly Block[], from: number): { attendees: Attendee[]; end: number } | null {
  const attendees: Attendee[] = [];
  let k = from;
  let groups = 0;
  while (k + 1 < blocks.length && REPRESENTING_RE.test(blocks[k]?.text.trim() ?? '')) {
    const list = blocks[k + 1];
    if (!list || list.bullet || list.text.length > 1500 || hasVerb(list.text)) break;
    const parts = splitBeforeTitles(list.text);
    if (!parts.every((p) => MEMBER_TITLE_RE.test(p) || /^Bailie\s/.test(p))) break;
    const entries = parseNameList(list.text);
    if (entries.length < parts.length) break;
    for (const e of entries) attendees.push({ name: e.name, status: 'present', role: e.role });
    groups++;
    k += 2;
  }
  return groups >= 2 ? { attendees, end: k } : null;
}

/** "(Clerk)", "(Parish Clerk)", "(Clerk & RFO)" after a name: the officer, not a member. */
const CLERK_ROLE_RE = /^(?:(?:Parish|Town|Community|Locum|Acting|Deputy|Assistant)\s+)?Clerk(?:\s+to\s+(?:the\s+)?(?:Parish\s+|Town\s+|Community\s+)?Council)?(?:\s*(?:&|and|\/)\s*(?:RFO|Responsible\s+Financial\s+Officer))?$/i;

/**
 * Posts that are never a member's: the clerk or another officer, the press, a member of the public, the minute taker, a
 * body's secretary or engineer ("Joint Secretary to the Forum", "Clerk/Engineer to the Board"). A bare "Secretary" or
 * "Treasurer" is often a community council's own office-bearer, so is not among them.
 */
const NON_MEMBER_ROLE_RE = /^(?:(?:Parish|Town|Community|Locum|Acting|Deputy|Assistant|Interim)\s+)?(?:Clerk\b.*|Proper\s+Officer|(?:[\p{L}&,/-]+\s+){0,4}Officer|Press|(?:\p{Lu}[\p{L}&]*\s+)?Reporter|(?:a\s+)?Members?\s+of\s+(?:the\s+)?[Pp]ublic|Public|Minute[-\s]?taker|(?:Joint\s+)?(?:Secretary|Engineer|Solicitor)\s+to\s+the\s+.+|(?:Clerk|Engineer)\s*\/\s*.+)$/u;

/** People listed among those present whose post says they are not members: in attendance (their post kept). */
export function officersInAttendance(attendance: Attendee[]): void {
  // ("Chief Officer" of a joint board sits on it: a chief's or a member's post stays with the members.)
  for (const a of attendance) if (a.status === 'present' && a.role && NON_MEMBER_ROLE_RE.test(a.role.trim()) && !/\b(?:Chief|Executive|Member(?!s?\s+of\s+(?:the\s+)?[Pp]ublic)|Nominated)\b/.test(a.role)) a.status = 'in-attendance';
}

/**
 * Of what a bracket or a title gave an apology, only an office is kept ("Chair", "County Councillor", "Clerk"); a reason
 * ("illness", "work commitments") or anything else is not a role.
 */
function officeOnly(role: string | null): string | null {
  if (!role) return null;
  return OFFICE_WORD_RE.test(role) && role.split(/\s+/).length <= 8 ? role : null;
}
const OFFICE_WORD_RE = /\b(?:Councillor|Clerk|Officer|Mayor|Mayoress|Treasurer|Secretary|Executive|Director|Manager|Chair(?:man|woman|person)?|Vice-Chair|Convener|Provost|Leader|Commissioner|Superintendent|Inspector|Sergeant|Constable)\b/;

/** Someone listed among those present who is the council's officer ("the clerk A. Brown", "Mrs K Hughes (Clerk)"): in attendance. */
function presentOrOfficer(e: { role: string | null; officer?: boolean }): AttendanceStatus {
  return e.officer || (e.role !== null && CLERK_ROLE_RE.test(e.role)) ? 'in-attendance' : 'present';
}

/** "County Councillor Mr A Wyn": the office (kept as the role) and the person. One pattern for every list that prints it. */
const OFFICE_KIND = '(?:County|Borough|District|Town|Parish|City|Ward)';
// ("County Cllr R Chesterton, District Cllr C Adcock": the title shortened; the office is given in full.)
// ("Westby Vale District Councillor Jo Cole": the district's name before the office.)
// ("County and District Councillor Glover": both offices, the role as printed.)
const OFFICE_PREFIX_RE = new RegExp(`^((?:\\p{Lu}[\\p{Ll}'’-]+\\s+){0,3}${OFFICE_KIND}(?:\\s+and\\s+${OFFICE_KIND})?)\\s+(?:Council(?:l)?or|Cllr\\.?)\\s+(.{3,60})$`, 'u');
const splitOffice = (s: string) => {
  const m = OFFICE_PREFIX_RE.exec(s.trim());
  return m?.[1] && m[2] ? { office: `${m[1]} Councillor`, rest: m[2] } : null;
};

const CODE_KEY_RE = /\b([A-Z])\s*=\s*(present|apolog(?:y|ies)|absent|non[-\s]attendance|not\s+present|in\s+attendance)\b/gi;
const CODED_ENTRY_RE = new RegExp(String.raw`((?:${OFFICE_KIND}\s+Councillor|Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+(?:\p{Lu}{1,3}\.?\s+|\p{Lu}[\p{Ll}'’-]+\s+)?\p{Lu}[\p{L}'’-]+)(?:\s+\(([^()]{2,40})\))?\s+([A-Z])(?:\s+\(([^()]{2,30})\))?(?=\s|$)`, 'gu');

/** A register whose people are each marked with a letter its key explains ("P = present, A = apology"); null otherwise. */
function codedRegister(text: string): Attendee[] | null {
  const key = new Map<string, AttendanceStatus>();
  for (const k of text.matchAll(CODE_KEY_RE)) {
    const word = (k[2] ?? '').toLowerCase();
    key.set(k[1] ?? '', /^present|^in\s/.test(word) ? (word.startsWith('in') ? 'in-attendance' : 'present') : /^apolog/.test(word) ? 'apologies' : 'absent');
  }
  if (key.size < 2) return null;
  const legendAt = text.search(CODE_KEY_RE);
  const body = text.slice(0, legendAt);
  const out: Attendee[] = [];
  for (const m of body.matchAll(CODED_ENTRY_RE)) {
    const status = key.get(m[3] ?? '');
    if (!status || !m[1]) continue;
    const office = splitOffice(m[1]);
    const name = office?.rest ?? (/^(?:Councillor|Cllr\.?)\s/.test(m[1]) ? stripMemberTitle(m[1]) : m[1]);
    const role = office?.office ?? (m[2] ? normaliseRole(m[2]) : null);
    out.push({ name, status, role });
  }
  // Nearly every person in the register read, or none.
  const people = (body.match(/\b(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\b/g) ?? []).length;
  return out.length >= 3 && out.length >= people - 1 ? out : null;
}

/**
 * A register marked P before every member and nothing else ("P Cllr. D. Adams P Cllr. P. Goodwin …"): all present. Any
 * other mark (A, X, Ab), whose meaning only a key would give, and the register is left unread.
 */
function presentMarkedRegister(text: string): Attendee[] | null {
  const parts = text.trim().split(/(?:^|\s+)P\s+(?=(?:Cllr\.?|Councillor)\s)/).filter((p) => p.trim() !== '');
  if (parts.length < 4) return null;
  const out: Attendee[] = [];
  for (const part of parts) {
    const one = parseNameList(part.trim().replace(/[.,;]$/, ''));
    if (one.length !== 1 || !one[0] || /\s[A-Z]{1,2}$/.test(part.trim())) return null;
    out.push({ name: stripMemberTitle(one[0].name), status: 'present', role: one[0].role });
  }
  return out;
}

/** "Councillor J Abbott Yes Councillor G Maclure Apologies … Councillor R Mitchell From 7.25pm": a register's mark after each name. */
const YES_NO_ENTRY_RE = /(?:Councillor|Cllr\.?)\s+((?:(?:Mrs|Mr|Ms|Miss|Dr|Lady|Lord|Sir)\.?\s+)?(?:\p{Lu}\.?\s+){0,3}(?:(?:van|de|von|le|du)\s+)?(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’–-]+(?:\s*[–-]\s*\p{Lu}[\p{L}'’-]+)?)(\s*\((?:Chairman|Chair|Vice[- ]Chairman|Vice[- ]Chair)\))?\s+(Yes|No|Apologies|Apology|From\s+\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?|Until\s+\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?)(?=\s|$)/gu;

/**
 * A table of members and whether they came, copied into one line: "Councillors Present Councillor J Abbott Yes Councillor
 * G Maclure Apologies …". "Yes" or a time of arrival is present, "Apologies" sent apologies, "No" was absent. Read only when
 * five entries or more are marked and the marks cover the line.
 */
function yesNoRegister(text: string): Attendee[] | null {
  if (text.length > 20000 || !/\s(?:Yes|Apologies)\s/.test(text)) return null;
  const entries = [...text.matchAll(YES_NO_ENTRY_RE)];
  if (entries.length < 5) return null;
  const covered = entries.reduce((n, m) => n + m[0].length, 0);
  const from = entries[0]?.index ?? 0;
  const last = entries[entries.length - 1];
  const to = (last?.index ?? 0) + (last?.[0].length ?? 0);
  if (covered < (to - from) * 0.8) return null;
  return entries.map((m) => {
    const mark = (m[3] ?? '').toLowerCase();
    const status: AttendanceStatus = mark.startsWith('apolog') ? 'apologies' : mark === 'no' ? 'absent' : 'present';
    return { name: (m[1] ?? '').replace(/\s*[–-]\s*/g, '-').trim(), status, role: m[2] && status !== 'apologies' ? normaliseRole(m[2].trim().slice(1, -1)) : null };
  });
}

/**
 * "Councillors Ann Lyle [Chair], Tom Bray and Jo Cole, together with the Clerk, Amy Abbot.": the list's end names the
 * officer who came with the members, after their post; there in attendance, not as a member.
 */
const TOGETHER_TAIL_RE = /^(.{3,}?),?\s+together\s+with\s+the\s+((?:(?:Parish|Town|Community\s+Council|Deputy|Assistant|Locum)\s+)?Clerk|Secretary|Treasurer|Minute[-\s]?taker|Responsible\s+Financial\s+Officer|RFO)\s*,\s*(\p{Lu}[^,;()]{2,40}?)\.?$/u;
function togetherWithOfficer(text: string, kind: AttendanceStatus): { text: string; extra: Attendee[] } | null {
  const m = TOGETHER_TAIL_RE.exec(text);
  const one = m?.[3] ? parseNameList(m[3]) : [];
  if (!m?.[1] || !m[2] || one.length !== 1 || !one[0] || one[0].role) return null;
  return { text: m[1], extra: [{ name: one[0].name, status: kind === 'present' ? 'in-attendance' : kind, role: m[2] }] };
}

/** The end of a list: ". Also: County Councillor Mr A Wyn". */
const ALSO_TAIL_RE = /^(.{3,}?)\.\s+Also\s*:\s*(\S.{2,200}?)\.?$/;

/**
 * "Mr A (Chair), Mr B & Mr J Foulkes (Clerk). Also: County Councillor Mr A Wyn": the people after "Also:" are not
 * members of the body; present, they are in attendance (apologies stay apologies), each with the office printed.
 */
function alsoTail(text: string, kind: AttendanceStatus): { text: string; extra: Attendee[] } {
  const together = text.length < 1500 ? togetherWithOfficer(text, kind) : null;
  if (together) return together;
  const also = text.length < 1500 ? ALSO_TAIL_RE.exec(text) : null;
  if (!also?.[1] || !also[2]) return { text, extra: [] };
  const extra: Attendee[] = [];
  for (const part of splitOutsideBrackets(also[2])) {
    const office = splitOffice(part);
    const one = parseNameList(office?.rest ?? part);
    if (one.length !== 1 || !one[0]) return { text, extra: [] };
    extra.push({ name: one[0].name, status: kind === 'present' ? 'in-attendance' : kind, role: office?.office ?? one[0].role });
  }
  return { text: also[1], extra };
}

/** A post printed as a label inside the members' list: "Chairperson:", "Vice Chairperson:", "Clerk to the Council:". */
const POST_LABEL_RE = /(?:^|\s)((?:(?:Vice|Deputy)[-\s]?)?Chair(?:man|person|woman)?|(?:Deputy\s+)?Mayor|(?:Parish\s+|Town\s+)?Clerk(?:\s+to\s+the\s+(?:Parish\s+|Town\s+|Community\s+)?Council)?|Responsible\s+Financ(?:e|ial)\s+Officer|RFO|Treasurer|Secretary|Councillors|Cllrs|Members)\s*:\s*/g;

/**
 * "Chairperson: Ann Lyle Vice Chairperson: Tom Bray Councillors: Jo Cole, Ray Dunn Clerk to the Council: Kim Lowe
 * No: Agenda Items …" (the list after "Present:"): each post a label before its holder, the members under theirs. Given
 * back as "Ann Lyle (Chairperson), Tom Bray (Vice Chairperson), Jo Cole, Ray Dunn, Kim Lowe (Clerk to the Council)".
 * A post's holder must be one person; members the reader cannot tell apart (names run together) are left out, not
 * guessed. The last holder's name ends at a word before a colon (the page's next label). Null unless the list starts
 * with such a label and holds two of them.
 */
function postLabelledList(rest: string): string | null {
  const labels = [...rest.matchAll(POST_LABEL_RE)];
  if (labels.length < 2 || labels[0]?.index !== 0) return null;
  const out: string[] = [];
  for (const [k, m] of labels.entries()) {
    const post = (m[1] ?? '').replace(/\s+/g, ' ');
    const from = (m.index ?? 0) + m[0].length;
    let value = rest.slice(from, labels[k + 1]?.index ?? rest.length).trim();
    // ("Kim Lowe No: Agenda Items: Action 1": the last holder, the table after the list run on.)
    if (k === labels.length - 1) value = value.replace(/\s+\p{Lu}[\p{L}]*\s*:.*$/su, '').replace(/\s+\d.*$/s, '');
    if (!value || hasVerb(value) || /\d/.test(value)) return null;
    const entries = parseNameList(value.replace(/[.,;]$/, ''));
    const parts = splitOutsideBrackets(value).length;
    const clean = entries.length >= parts && entries.every((e) => e.name.split(/\s+/).length <= 4 && !e.role);
    if (/^(?:Councillors|Cllrs|Members)$/.test(post)) {
      if (clean) out.push(...entries.map((e) => e.name));
      continue;
    }
    if (entries.length !== 1 || !clean || !entries[0]) return null;
    out.push(`${entries[0].name} (${post})`);
  }
  return out.length >= 2 ? out.join(', ') : null;
}

/** "Ex officio:" (or "Ex-officio Members:") inside the members' list, the rest of the list after it. */
const EX_OFFICIO_RE = /,?\s+Ex[-\s]officio(?:\s+(?:Members?|Councillors?))?\s*:\s*(\S.*)$/i;

/**
 * "Present: A Bell C Dunn Ex officio: Cllr E Fox Cllr G Hay": members who sit by their office, under a label of their own
 * at the end of the list. They were present, "Ex officio" their role. Unchanged unless every part after the label is a
 * person with no post of their own.
 */
function exOfficioGroup(text: string): string {
  const m = EX_OFFICIO_RE.exec(text);
  const group = m?.[1]?.trim().replace(/\.$/, '');
  if (!m || !group || group.length > 300 || hasVerb(group)) return text;
  const entries = parseNameList(group);
  if (entries.length === 0 || entries.length < splitOutsideBrackets(group).length || entries.some((e) => e.role)) return text;
  return `${text.slice(0, m.index)}, ${entries.map((e) => `${e.name} (Ex officio)`).join(', ')}`;
}

export function findAttendanceLists(allBlocks: readonly Block[], limit = 400): AttendanceLists {
  const attendees: Attendee[] = [];
  /** Indices in `attendees` of titled members listed under a bare "In attendance:" label. */
  const attendingMembers = new Set<number>();
  /** Each label read, in order, with the first of its entries in attendees. */
  const lists: { kind: LabelKind; label: string; start: number }[] = [];
  const usedParts = new Set<number>();
  const { blocks: listed, origin, unread } = splitRunTogetherLists(rejoinWrappedLabels(allBlocks.slice(0, limit)));
  // ("PRESENT: MRS V TALLOWIN, CHAIRMAN MR L BEALES MR S K MOODY …": the office after the comma is the first name's, the
  // next styled name starts the next entry; only where the rest is a run of names without commas, as "Mr C Kenning,
  // Chairman Mr H Lowry, Chief Executive …" pairs each name with the post after it.)
  // ("Cllr’s G Baylis (Chair), J Cridland, …": the plural written with an apostrophe, before names in initials.)
  const blocks = listed.map((b) => {
    const grouped = PRESENT_LABEL_RE.test(b.text) && /officio\b/i.test(b.text) ? exOfficioGroup(b.text) : b.text;
    const styled = PRESENT_LABEL_RE.test(grouped) && grouped.includes(',') ? grouped.replace(OFFICE_BEFORE_STYLED_RE, ' ($1), ') : grouped;
    const text = /^(?:Cllr|Councillor)['’]s\s/.test(styled) ? styled.replace(APOSTROPHE_PLURAL_RE, '$1s') : styled;
    return text === b.text ? b : { ...b, text };
  });
  const used = { add: (k: number) => usedParts.add(k) };
  let incomplete = false;
  const n = blocks.length;
  for (let i = 0; i < n; i++) {
    const b = blocks[i];
    // "• Cllr Mrs C Branford" / "• Cllr M Harding" / … under the meeting's heading, no label above them: who was there.
    // ("Cllr Paul James (Chairman)" / "Cllr Joan Thomas" / … / "Sarah Willcox (Clerk)": the same, one to a line.)
    // (Under "Members in attendance", the legend and its register are read as one.)
    const legendAt = b && i < 80 && b.text.length < 80 ? [i, i + 1].find((j) => MARK_LEGEND_RE.test(blocks[j]?.text.trim() ?? '')) : undefined;
    const legend = legendAt !== undefined ? legendRegister(blocks, legendAt) : null;
    if (legend) {
      attendees.push(...legend.attendees);
      if (legend.unmarked > 0) incomplete = true;
      for (let k = i; k < legend.end; k++) used.add(k);
      i = legend.end - 1;
      continue;
    }
    // "Present Court Members | Court Members |" over "---|---|" over "Ann Lyle (Chair) | Tom Bray |": a Markdown table.
    const piped = b && i < 120 && b.text.includes('|') ? pipeTableRegister(blocks, i, PIPE_TABLE_READERS) : null;
    if (piped) {
      attendees.push(...piped.attendees);
      for (let k = i; k < piped.end; k++) used.add(k);
      i = piped.end - 1;
      continue;
    }
    // "Attendance" over "John Campion (JC) Chair – Police & Crime Commissioner" / "Gareth Boulton (GB) – Chief Executive
    // Officer" / …, then "Apologies" over the same: a board's notes, each person with their initials and post.
    const initialled = b && i < 80 && !b.bullet ? initialledRoll(blocks, i) : null;
    if (initialled) {
      attendees.push(...initialled.attendees);
      for (let k = i; k < initialled.end; k++) used.add(k);
      i = initialled.end - 1;
      continue;
    }
    const oneToALine = !!b && !b.bullet && b.text.length <= 140 && MEMBER_TITLE_RE.test(b.text.trim());
    // ("• Jonny Moran (JM) - Online - Transport Scotland" / "• John Andrew (JA) - Transport Scotland" / … at the top, no
    // label: the people present, by the initials the minutes go on to use.)
    const initialledBullets = b?.bullet && attendees.length === 0 && i < 30 && !blocks[i - 1]?.bullet ? initialledBulletNames(bulletRunTexts(blocks, i)) : null;
    if (initialledBullets) {
      for (const name of initialledBullets) attendees.push({ name, status: 'present', role: null });
      for (let k = i; k < i + initialledBullets.length; k++) used.add(k);
      i += initialledBullets.length - 1;
      continue;
    }
    const unlabelled = b && (b.bullet || oneToALine) && attendees.length === 0 && i < 30 && !blocks[i - 1]?.bullet ? titledBulletRun(blocks, i) : null;
    if (unlabelled) {
      attendees.push(...unlabelled.attendees);
      for (let k = i; k < unlabelled.end; k++) used.add(k);
      i = unlabelled.end - 1;
      continue;
    }
    // "• Members: Cllrs A, B" / "• Others: C, Translator" / "• Apologies for absence: Cllrs D": labelled lists as bullets.
    if (!b || (b.bullet && !labelOf(b.text))) continue;
    // "Members of the Health & Wellbeing Scrutiny Panel" / its members / "Substitutes:" / theirs: the body's membership
    // printed above its agenda (a CMIS page), not who came.
    if (i < 60 && MEMBERSHIP_HEAD_RE.test(b.text.trim())) {
      let k = i + 1;
      while (k < n && k <= i + 4 && !MEMBERSHIP_END_RE.test(blocks[k]?.text.trim() ?? '') && (blocks[k]?.text.length ?? 0) < 1500) k++;
      if (/^Substitutes?\s*:?/i.test(blocks[i + 2]?.text.trim() ?? '')) {
        for (let u = i; u < k; u++) used.add(u);
        i = k - 1;
        continue;
      }
    }
    // "Councillor Shaw, Convener, presided." (Scotland): the member in the chair.
    const presided = b.text.length < 120 ? PRESIDED_RE.exec(b.text.trim()) : null;
    if (presided?.[1]) {
      attendees.push({ name: stripMemberTitle(presided[1]), status: 'present', role: 'Chair' });
      used.add(i);
      continue;
    }
    // "Councillor M. Iqbal (Chairman – in the Chair)" on a line of its own, over the members' list: the chair.
    const chairLine = i < 30 && b.text.length < 100 ? CHAIR_LINE_RE.exec(b.text.trim()) : null;
    const chairEntry = chairLine?.[1] ? parseEntry(chairLine[1]) : null;
    if (chairEntry && isName(chairEntry.name)) {
      attendees.push({ name: chairEntry.name, status: 'present', role: 'Chair' });
      used.add(i);
      continue;
    }
    // "Present" over "Mayor" / "Councillor PN Gilchrist" / "Deputy Mayor" / "Councillor AER Jones" / "Councillors" /
    // "RL Abbey, C Blakeley, …": each office over its holder, then the members' list under its own heading.
    const roll = /^(?:Present|PRESENT|Members\s+Present)$/.test(b.text.trim()) ? postedRoll(blocks, i + 1) : null;
    if (roll) {
      attendees.push(...roll.attendees);
      for (let k = i; k < roll.end; k++) used.add(k);
      i = roll.end - 1;
      continue;
    }
    // "In Attendance" over bullets, one person to each: "• John Mundell, Interim Chief Executive." / "• Gavin Barr, … (for
    // Items 1 to 23).".
    // ("Attendees" over "Co-Chairs" over bullets: the list's first group heading straight under its label.)
    const groupFirst = !blocks[i + 1]?.bullet && !!blocks[i + 2]?.bullet && groupOf(blocks[i + 1]?.text ?? '', 'present') !== null;
    const bulletLabel = blocks[i + 1]?.bullet || (groupFirst && /^(?:Attendees|Attendance|Present|Those\s+present)\s*:?$/i.test(b.text.trim())) ? BULLETED_LABEL_RE.exec(b.text.trim()) : null;
    if (bulletLabel) {
      const kind: AttendanceStatus = /^attendees/i.test(bulletLabel[0]) ? 'present' : /apolog/i.test(bulletLabel[0]) ? 'apologies' : /absent/i.test(bulletLabel[0]) ? 'absent' : /present|members|councillors/i.test(bulletLabel[0]) ? 'present' : 'in-attendance';
      const clerk = /^clerk$/i.test(bulletLabel[0].trim());
      const read: Attendee[] = [];
      let k = i + 1;
      let status: AttendanceStatus = kind;
      let groupRole: string | null = null;
      for (; k < n && k <= i + 60; k++) {
        // ("Creative Industries" / "Scottish Government" between the bullets: the group the next people come from, a short
        // heading of its own over more bullets of people; "Apologies" among them turns the rest to apologies, "Secretariat"
        // or "Item 2 only" to people in attendance, "Co-Chairs" gives its people their post.)
        if (!blocks[k]?.bullet) {
          const group = blocks[k + 1]?.bullet && (read.length > 0 || k === i + 1) ? groupOf(blocks[k]?.text ?? '', status) : null;
          if (!group) break;
          status = group.status;
          groupRole = group.role;
          continue;
        }
        // parseEntry leaves out a bracket saying when someone attended ("(for Items 1 to 23)").
        const text = withoutHowAttended(blocks[k]?.text ?? '').replace(/\.$/, '');
        // ("• Mr P Mannion (Chief Operating Officer) The Clerk confirmed that the meeting was quorate.": the last bullet ran
        // on into the minutes' first sentence; the person is the part up to the bracket closing their post.)
        const ranOn = !blocks[k + 1]?.bullet ? /^([^()]{3,60}\([^()]{2,120}\))\s+\p{Lu}/u.exec(text) : null;
        const entry = ranOn?.[1] && (text.length >= 160 || hasVerb(text)) ? ranOn[1] : text;
        // ("• Gordon Wales, Chief Financial Officer" under "In Attendance": a name in full before the post's comma is the
        // person, whatever its words, when the bullet is nothing else.)
        const named = UNTITLED_POST_LINE_RE.test(entry) ? /^([^,]+),\s+(.+?)\.?$/.exec(entry) : null;
        const e = entry.length < 160 && !hasVerb(entry) ? (parseEntry(entry, true) ?? (named?.[1] && named[2] ? { name: named[1], role: named[2] } : null)) : null;
        if (!e) break;
        read.push({ name: stripMemberTitle(e.name), status, role: status === 'apologies' ? officeOnly(e.role) : clerk ? (e.role ?? 'Clerk') : (e.role ?? groupRole) });
      }
      // (A group heading read past, then no person under it: the list ended before the heading.)
      while (k > i + 1 && !blocks[k - 1]?.bullet) k--;
      // Every bullet under the heading a person: a bullet that is not one means these are not a list of people.
      if (read.length > 0 && !blocks[k]?.bullet) {
        attendees.push(...read);
        for (let u = i; u < k; u++) used.add(u);
        i = k - 1;
        continue;
      }
    }
    // "Members" over "Mrs L Baldry (Chairman)" and a run of styled names, the apologies after them; "Staff Present" over
    // "C Carre, J Connolly, …": a printed register headed in words. "Members" alone may head a committee's membership,
    // so it counts only where the apologies or the staff follow the names.
    const wordHead = i < 60 ? WORD_HEAD_RE.exec(b.text.trim()) : null;
    if (wordHead) {
      const kind: AttendanceStatus = /^staff/i.test(wordHead[0]) ? 'in-attendance' : 'present';
      const read: Attendee[] = [];
      let k = i + 1;
      for (; k < n && k <= i + 4; k++) {
        const line = blocks[k];
        const text = line && !line.bullet ? line.text.trim().replace(/\.$/, '') : '';
        if (!text || text.length > 3000 || labelOf(text) || hasVerb(text.replace(/\([^()]*\)/g, ''))) break;
        const entries = parseNameList(text, kind === 'in-attendance');
        if (entries.length === 0 || entries.length * 2 < splitOutsideBrackets(text).length) break;
        for (const e of entries) read.push({ name: e.name, status: kind === 'present' ? presentOrOfficer(e) : kind, role: e.role });
        if (kind === 'in-attendance') {
          k++;
          break;
        }
      }
      const after = blocks.slice(k, k + 2).map((x) => x.text.trim());
      const confirmed = kind === 'in-attendance' || after.some((t) => /^(?:Apolog(?:y|ies)\b|Staff(?:\s+(?:Present|in\s+Attendance))?$|(?:Also\s+)?In\s+Attendance\b|Officers\s+(?:Present|in\s+Attendance)\b)/i.test(t));
      if (read.length >= 2 && confirmed) {
        attendees.push(...read);
        for (let u = i; u < k; u++) used.add(u);
        i = k - 1;
        continue;
      }
    }
    // "In Attendance" as a heading of its own, the list in the block under it.
    // "44 APOLOGIES FOR ABSENCE" is an item, its minute read by the apologies reader; "APOLOGIES" alone heads a list.
    const under = blocks[i + 1];
    // ("APOLOGIES:" over "Councillors: Carolyn Cattermoul and Stephanie Hulley.": the label's colon, the members' title below.)
    const colonOverTitle = /:$/.test(b.text.trim()) && /^(?:Councillors|Cllrs|Members)\s*:\s*\p{Lu}/u.test(under?.text.trim() ?? '');
    const bareLabel = /^\d/.test(b.text.trim()) && /apolog|absent/i.test(b.text) ? null : BARE_LIST_LABEL_RE.exec(colonOverTitle ? b.text.trim().replace(/\s*:$/, '') : b.text.trim());
    // "APOLOGIES" over "Councillors: A. Horobin, J. Thompson-Hill": the heading says what the list is; "Councillors:" is a title.
    const underText0 = under ? under.text.replace(/^(?:Councillors|Cllrs|Members)\s*:\s*(?=\p{Lu})/u, '') : '';
    // "Councillor Representing S Frobisher (Chair) County Council A M Jones …": a two-column table flattened, each name
    // followed by the council the member comes from; the names alone are the list.
    // The table's head may be a line of its own, the rows in the block under it.
    const headAlone = /^(?:Councillors?|Members?|Names?)\s+Representing$/.test(underText0.trim()) && !!blocks[i + 2] && !blocks[i + 2]?.bullet;
    const represented = headAlone ? representingList(`${underText0.trim()} ${blocks[i + 2]?.text ?? ''}`) : representingList(underText0);
    const underText = represented ?? underText0;
    const headLine = headAlone && represented !== null;
    // ("Attendance" over "Category" / "Names": a table's heading row under it, not the list.)
    const tableHeadUnder = /^attendance$/i.test(bareLabel?.[0].replace(/^[\d.)\s]+/, '').trim() ?? '') && !/\s/.test(underText.trim());
    if (bareLabel && under && !under.bullet && underText.length < 1500 && !tableHeadUnder && !labelOf(underText) && !BARE_LIST_LABEL_RE.test(underText.trim())) {
      // ("Attendance" alone heads the members' list, as "Present" does.)
      const kind: AttendanceStatus = /^attendance$/i.test(bareLabel[0].replace(/^[\d.)\s]+/, '').trim()) ? 'present' : /attend|^also|^officers|staff|^officials|^witnesses/i.test(bareLabel[0].replace(/^[\d.)\s]+/, '')) ? 'in-attendance' : /apolog/i.test(bareLabel[0]) ? 'apologies' : /absent|not\s+present/i.test(bareLabel[0]) ? 'absent' : 'present';
      lists.push({ kind, label: bareLabel[0].replace(/^[\d.)\s]+/, '').replace(/\s*:?-?$/, ''), start: attendees.length });
      const tail = alsoTail(underText, kind);
      const entries = hasVerb(tail.text.replace(/\([^()]*\)/g, '')) ? [] : parseNameList(tail.text.replace(/\.$/, ''), kind === 'in-attendance');
      // "1. Present" over the list: a numbered minute; its list is read, the heading stays an item.
      const numberedLabel = /^\d/.test(b.text.trim());
      // "Elected Members" over "Cllr Marian Swift, Darlington Borough Council" / "Cllr Stuart Green, …": one to a line.
      const perLine: { name: string; role: string | null }[] = [];
      let last = i;
      // "Councillors" over "Zain Abbas" / "Sushila Abraham" / "Steph Archer" / …: a run of names in full, one to a line,
      // most of whose first names the lists know; the rest of the run are people too ("Zain", "Jaesung" unknown to them).
      const plainRun = plainNamesRun(blocks, i + 1);
      for (let k = i + 1; k < n && k <= i + 80; k++) {
        const line = blocks[k];
        const text = line ? withoutHowAttended(line.text.trim()) : '';
        // ("In attendance" alone under the members: the next list's label ends this one.)
        if (BARE_LABEL_LINE_RE.test(text)) break;
        // ("Pete Leonard, Strategic Director (Place), Clackmannanshire Council": the name before the comma, the post after it.)
        const untitled = line && !line.bullet && !TITLED_ENTRY_LINE_RE.test(text) && UNTITLED_POST_LINE_RE.test(text) && isGivenName(text.split(/\s+/)[0] ?? '') ? /^([^,]+),\s+(.+?)\.?$/.exec(text) : null;
        // ("G. Ventura, SHC Lanarkshire": the same with an initial for the first name.)
        const initialled = !untitled && line && !line.bullet && k > i + 1 && perLine.length >= 2 ? INITIALLED_POST_LINE_RE.exec(text) : null;
        if (initialled?.[1] && initialled[2]) {
          perLine.push({ name: initialled[1], role: initialled[2] });
          last = k;
          continue;
        }
        // ("George Walker (GW) SHR Chair", rows perhaps run together: people by their initials, see initialledRegister.)
        const byInitials = line && !line.bullet && text.includes('(') ? initialledEntries(text) : null;
        if (byInitials) {
          perLine.push(...byInitials);
          last = k;
          continue;
        }
        if (untitled?.[1] && untitled[2]) {
          perLine.push({ name: untitled[1], role: untitled[2] });
          last = k;
          continue;
        }
        // ("Tom Giffard MS", "Fay Bowen (Clerk)": a person in full, untitled, perhaps with a post-nominal or a post in brackets.)
        const plain = line && !line.bullet && !TITLED_ENTRY_LINE_RE.test(text) ? PLAIN_PERSON_LINE_RE.exec(text) : null;
        // (A first name the lists do not know, "Owain Davies (Second Clerk)", is taken with the post that shows it a person.)
        if (plain?.[1] && (isGivenName(plain[1].split(/\s+/)[0] ?? '') || !!plain[2] || /\s\p{Lu}{2,3}$/u.test(plain[1]) || k < plainRun)) {
          perLine.push({ name: plain[1], role: plain[2] ? (normaliseRole(plain[2]) ?? plain[2]) : null });
          last = k;
          continue;
        }
        const e = line && !line.bullet && TITLED_ENTRY_LINE_RE.test(text) ? parseEntry(text.replace(/\.$/, ''), true) : null;
        if (!e) break;
        // "Cllr Marian Swift, Darlington Borough Council": the body a member comes from is not a role.
        perLine.push({ name: e.name, role: e.role && (isOrganisation(e.role) || COUNCIL_ONLY_RE.test(e.role)) ? null : e.role });
        last = k;
      }
      // Three to a line at least, or two whose posts follow them ("Mrs R Clifford – Parish Clerk").
      if (perLine.length >= 3 || (perLine.length === 2 && perLine.every((e) => e.role !== null))) {
        // "The Mayor (Councillor Margaret Thompson)" / "The Deputy Mayor (…)" over "Councillors" and its names: the civic
        // heads on the lines above the label, present with their offices.
        if (kind === 'present') {
          let top = i;
          while (top > 0 && i - top < 4 && !usedParts.has(top - 1) && CIVIC_HEAD_LINE_RE.test(blocks[top - 1]?.text.trim() ?? '')) top--;
          for (let k = top; k < i; k++) {
            const e = parseEntry(blocks[k]?.text.trim() ?? '');
            if (!e) continue;
            attendees.push({ name: e.name, status: 'present', role: e.role });
            used.add(k);
          }
        }
        for (const e of perLine) attendees.push({ name: e.name, status: kind, role: kind === 'apologies' ? officeOnly(e.role) : e.role });
        for (let k = numberedLabel ? i + 1 : i; k <= last; k++) used.add(k);
        i = last;
        continue;
      }
      if (entries.length >= Math.min(2, splitOutsideBrackets(tail.text).length) && (kind === 'in-attendance' || entries.length * 2 >= splitOutsideBrackets(tail.text).length)) {
        // "1 In Attendance" over "Councillors S Hughes (SH) Chair, P March …": members, as below for "In attendance:".
        if (kind === 'in-attendance' && entries.length >= 3 && /^(?:\d{1,3}[.)]?\s+)?In\s+Attendance$/i.test(bareLabel[0]) && splitBeforeTitles(tail.text).every((p) => MEMBER_TITLE_RE.test(p))) {
          entries.forEach((e, k) => {
            if (!(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/.test(e.name) && e.role)) attendingMembers.add(attendees.length + k);
          });
        }
        for (const e of entries) attendees.push({ name: e.name, status: kind === 'present' ? presentOrOfficer(e) : kind, role: kind === 'apologies' ? officeOnly(e.role) : e.role });
        attendees.push(...tail.extra);
        if (!numberedLabel) used.add(i);
        used.add(i + 1);
        i++;
        if (headLine) {
          used.add(i + 1);
          i++;
        }
        // "Present" over the members, then "Sergeant Sharon Holme and PC Emma Fish from Police Scotland." and "Maggie
        // Johns, John McIvor and Patrick Wedder.": others under the same label, each paragraph names only; they attended.
        if (kind === 'present' && !headLine) {
          const others = othersUnderPresent(blocks, i + 1);
          for (const e of others.entries) attendees.push({ name: e.name, status: e.member ? presentOrOfficer(e) : 'in-attendance', role: e.role });
          for (let k = i + 1; k < others.end; k++) used.add(k);
          i = others.end - 1;
        }
        continue;
      }
    }
    // "Mr AC Rickards (Chairman) A Mr DR Peake P … P = present, A = apology, N = non-attendance": a register marked with
    // the letters its key explains.
    const coded = i < 60 && b.text.length < 3000 && b.text.includes('=') ? codedRegister(b.text) : null;
    if (coded) {
      attendees.push(...coded);
      used.add(i);
      continue;
    }
    // "Present: Councillors Present Councillor J Abbott Yes Councillor G Maclure Apologies …": a table of marks in one line.
    const yesNo = i < 60 && b.text.includes(' Yes ') ? yesNoRegister(b.text.slice(b.text.search(/Councillor|Cllr/))) : null;
    if (yesNo) {
      attendees.push(...yesNo);
      used.add(i);
      continue;
    }
    // "P Cllr. D. Adams P Cllr. P. Goodwin P Cllr. T. Bagguley …": a register whose every mark is P, with no key printed.
    const marked = i < 60 && /^P\s+(?:Cllr\.?|Councillor)\s/.test(b.text) ? presentMarkedRegister(b.text) : null;
    if (marked) {
      attendees.push(...marked);
      used.add(i);
      continue;
    }
    const slashed = i < 60 && attendees.length === 0 && b.text.includes(' / ') ? slashAttendance(blocks, i) : null;
    if (slashed) {
      attendees.push(...slashed.attendees);
      for (let k = i; k < slashed.end; k++) used.add(k);
      i = slashed.end - 1;
      continue;
    }
    const keyed = i < 120 && KEYED_LINE_RE.test(b.text.trim()) ? keyedAttendance(blocks, i) : null;
    if (keyed) {
      attendees.push(...keyed.attendees);
      for (let k = i; k < keyed.end; k++) used.add(k);
      i = keyed.end - 1;
      continue;
    }
    if (BARE_HEADING_RE.test(b.text) && i + 1 < n && LABEL_RE.test(blocks[i + 1]?.text ?? '')) {
      used.add(i);
      continue;
    }
    // "Officers on the dias" / "Nigel Aurelius, Assistant Chief Executive (Resources)" / "Delyth Harries, Monitoring
    // Officer": officers under a heading of their own, one to a line, each name in full before a comma and the post.
    if (b.text.length < 120 && OFFICERS_SUBHEAD_RE.test(b.text.trim())) {
      let j = i + 1;
      const read: Attendee[] = [];
      for (; j < n && j <= i + 30; j++) {
        const line = blocks[j];
        const m = line && !line.bullet && line.text.length < 200 ? NAME_COMMA_POST_RE.exec(line.text.trim().replace(/\.$/, '')) : null;
        if (!m?.[1] || !m[2] || hasVerb(m[2])) break;
        read.push({ name: m[1], status: 'in-attendance', role: normaliseRole(m[2]) });
      }
      if (read.length >= 2) {
        attendees.push(...read);
        for (let k = i; k < j; k++) used.add(k);
        i = j - 1;
        continue;
      }
    }
    if (b.text.length < 90 && /attendance$/i.test(b.text) && BODIES_HEADING_RE.test(b.text)) {
      // "Representatives from Other Bodies in Attendance" / "DoE Planning Service: Ms A Brown, Planning Officer".
      let j = i + 1;
      for (; j < n && j <= i + 10; j++) {
        const line = BODY_PERSON_LINE_RE.exec(blocks[j]?.text ?? '');
        const e = line && line[1] && !blocks[j]?.bullet ? parseEntry(line[1], true) : null;
        if (!e || !HONORIFIC_RE.test(e.name)) break;
        attendees.push({ name: e.name, status: 'in-attendance', role: e.role });
        used.add(j);
      }
      if (j > i + 1) {
        used.add(i);
        i = j - 1;
      }
      continue;
    }
    const clerk = b.text.length < 100 && /[:–—-]/.test(b.text) ? CLERK_LABEL_RE.exec(b.text.trim()) : null;
    if (clerk && clerk[1] && clerk[2]) {
      const one = parseNameList(clerk[2]);
      // "Clerk: Parish Clerk Joanne Carr": the post said twice.
      if (one.length === 1 && one[0] && (one[0].role === null || /\bClerk$/i.test(one[0].role))) {
        attendees.push({ name: one[0].name, status: 'in-attendance', role: one[0].role ?? normaliseRole(clerk[1]) ?? clerk[1].replace(/\s+/g, ' ') });
        used.add(i);
      }
      continue;
    }
    if (attendees.length === 0 && i < 12 && /^(?:Councillors?|Cllrs)\.?\s/.test(b.text)) {
      // "Councillors A. Brown, C. Dee, E. Fox." at the top of parish minutes: the members present, without a label.
      // "Councillor M Thomas (Mayor) Councillors G Davies, …": the chair first.
      const list = b.text.replace(/^(?:Councillors?|Cllrs)\.?\s+/, '').replace(/\.$/, '');
      const entries = hasVerb(list) || /\d/.test(list) ? [] : parseNameList(list);
      // A part may hold two names the reader split ("Thomas (Mayor) Councillors G Davies"); none may be left unread.
      if (entries.length >= 3 && entries.length >= splitOutsideBrackets(list).length) {
        for (const e of entries) attendees.push({ name: e.name, status: presentOrOfficer(e), role: e.role });
        used.add(i);
        continue;
      }
    }
    // "D O'Toole (Chair)" / "J Shedwick (Vice-Chair)" / "J Mein" / …: a ModernGov page's attendance table copied without
    // its heading, one member in initials to a line, five or more, straight after the meeting's heading.
    if (attendees.length === 0 && i > 0 && i < 12 && NAME_ALONE_LINE_RE.test(b.text.trim()) && !/^(?:\d{1,3}[.)]?\s+)?(?:apolog(?:y|ies)|absent)\b.{0,30}$/i.test(blocks[i - 1]?.text.trim() ?? '')) {
      let j = i;
      while (j < n && j < i + 120 && !blocks[j]?.bullet && NAME_ALONE_LINE_RE.test(blocks[j]?.text.trim() ?? '')) j++;
      if (j - i >= 5) {
        for (let k = i; k < j; k++) {
          const e = parseEntry((blocks[k] as Block).text.trim(), false);
          if (e) attendees.push({ name: e.name, status: presentOrOfficer(e), role: e.role });
          used.add(k);
        }
        i = j - 1;
        continue;
      }
    }
    // ("1. Apologies" over "Steve Gregory, Graham Cameron, …": those names sent apologies; the apologies reader has them.)
    const underApologies = /^(?:\d{1,3}[.)]?\s+)?(?:apolog(?:y|ies)|absent)\b.{0,30}$/i.test(blocks[i - 1]?.text.trim() ?? '');
    // "Minutes of the meeting held on …" / "at 6.30 pm …" over "Patrick Ford, Chair" / "Claire Pike, Vice Chair" / …: the
    // register printed without its caption, straight under the heading.
    const underHeading = attendees.length === 0 && i > 0 && i < 12 && !underApologies && findDate(blocks.slice(Math.max(0, i - 3), i).map((x) => x.text).join(' ')) !== null;
    const register = underHeading ? unlabelledRegisterLines(blocks, i) : null;
    if (register) {
      attendees.push(...register.attendees);
      for (let k = i; k < register.end; k++) used.add(k);
      i = register.end - 1;
      continue;
    }
    // (A list one to a semicolon may run longer: "Paul E Loveluck, President (in the Chair); Elisabeth Elias, …".)
    if (attendees.length === 0 && i > 0 && i < 12 && (b.text.length < 600 || (b.text.length < 3000 && (b.text.match(/;/g) ?? []).length >= 5)) && !underApologies) {
      // "Jane Rook (JR), Amir Shah (AS), Lee Dunn (LD)" at the top of parish minutes, without "Present:": the members
      // present, each named in full with the initials the minutes use for them.
      const initialled = unlabelledInitialledList(b.text);
      if (initialled) {
        for (const name of initialled) attendees.push({ name, status: 'present', role: null });
        used.add(i);
        continue;
      }
      // ("Ann Lyle (Chair) (AL) Tom Bray (TB) Jo Cole (JC)": the same without commas, the initials saying where each starts.)
      const run = b.text.includes('(') ? wholeInitialsRun(b.text.trim().replace(/\.$/, '')) : null;
      if (run) {
        for (const e of run) attendees.push({ name: e.name, status: 'present', role: e.role });
        used.add(i);
        continue;
      }
      const named = unlabelledFullNameList(b.text) ?? unlabelledSemicolonList(b.text);
      if (named) {
        for (const e of named) attendees.push({ name: e.name, status: 'present', role: e.role });
        used.add(i);
        continue;
      }
    }
    // "Mr. A. Griffith (Chairman), Mr. W. Moran, Mr. W. Kirkby, …" at the top of the minutes, or "Cllr Vaughan (Chairman)" /
    // "Cllr Wiles" / … one to a line under the heading, without "Present:": the members present, each with their title.
    // (Only straight under the heading, where its date is: a table's "Ordinary Member" / "Reserve Member" columns of titled
    // names further on are another reader's.)
    const topOfMinutes = i === 0 || (!/[:–—-]\s*$/.test(blocks[i - 1]?.text.trim() ?? '') && findDate(blocks.slice(Math.max(0, i - 3), i).map((x) => x.text).join(' ')) !== null);
    if (attendees.length === 0 && i < 12 && !underApologies && topOfMinutes) {
      const titled = b.text.length < 1200 ? unlabelledTitledList(b.text) : null;
      const lines = titled ? null : unlabelledTitledLines(blocks, i);
      if (titled) {
        for (const e of titled) attendees.push({ name: e.name, status: 'present', role: e.role });
        used.add(i);
        continue;
      }
      if (lines) {
        attendees.push(...lines.attendees);
        for (let k = i; k < lines.end; k++) used.add(k);
        i = lines.end - 1;
        continue;
      }
    }
    // "Apologies for absence were submitted on behalf of:-" over a Members / Role table.
    if (APOLOGIES_SENTENCE_HEAD_RE.test(b.text.trim())) {
      const table = flattenedAttendanceTable(blocks, i + 1, 'apologies');
      if (table) {
        attendees.push(...table.attendees.map((a) => ({ ...a, role: null })));
        for (let k = i; k < table.end; k++) used.add(k);
        i = table.end - 1;
        continue;
      }
    }
    const m = labelOf(b.text);
    // "Assistants:Councillors J Potts and M Richardson." / "Advisory Members:Councillors …": members in named groups,
    // under the members present, each with the group's name as their role.
    const groupHit = !m && attendees.some((a) => a.status === 'present') ? MEMBER_GROUP_RE.exec(b.text.trim()) : null;
    const group = groupHit ? [groupHit[0], groupHit[1] ?? groupHit[3], groupHit[2] ?? groupHit[4]] : null;
    if (group?.[1] && group[2] && !hasVerb(group[2])) {
      const entries = parseNameList(group[2].replace(/^(?:Councillors?|Cllrs?)\.?\s+/, '').replace(/\.$/, ''));
      if (entries.length > 0 && entries.length >= splitOutsideBrackets(group[2]).length) {
        const role = group[1].replace(/s$/, '');
        for (const e of entries) attendees.push({ name: stripMemberTitle(e.name), status: 'present', role });
        used.add(i);
        continue;
      }
    }
    if (!m) continue;
    // "45. Attended by: …" is a numbered minute: its list is read, but the block stays an item.
    const numbered = /^\d/.test(b.text);
    const mark = (k: number) => {
      if (!numbered) used.add(k);
    };
    // ("63/1213 Apologies were received from" over "Cllrs: Mr A Coley, …": the members' title as a label, under the
    // apologies' heading, lists who sent them; the apologies reader reads it, as it reads the item.)
    if (/^C?Cllrs$/i.test((m[1] ?? '').trim()) && /\bapolog/i.test(blocks[i - 1]?.text ?? '') && (blocks[i - 1]?.text.length ?? 99) < 80) continue;
    const kind = statusOf(m);
    lists.push({ kind, label: (m[2] ?? m[1] ?? '').trim(), start: attendees.length });
    // "Present:-" over the list: the dash is the label's. "Present:Councillors: A, B and the Clerk. There were no members
    // of the public.": a second label, and a sentence after the list.
    let rest = (m[8] ?? '')
      .trim()
      .replace(/^[-–](?:$|\s+)/, '')
      // ("Present: Councillors:-" over the names: the dash is the second label's.)
      .replace(/^(?:(?:Community|Parish|Town|County|Elected)\s+)?(?:Councillors|Cllrs|Members)\s*:(?:-\s*$)?\s*/, '')
      // "Nominated CCllrs Heser and Mcleish": how they come, not part of a name.
      .replace(/^(?:Nominated|Elected|Appointed|Prospective)\s+(?=(?:C?Cllrs?|Councillors?)\b)/, '')
      // "… Lynn Duke (Herald) plus three Members of the public": the public, not people named.
      .replace(/\s+(?:plus|and|with)\s+(?:\w+\s+)?(?:members?\s+of\s+the(?:\s+public)?|residents|parishioners)\b.*$/i, '')
      // "… Squadron Leader Jo Daniels 1 member of the public": a count of the public after the list.
      // "… 4 members of the public If not attached to these Minutes …": a sentence run on after the count goes too.
      // ("… J Storie 1 Resident APOLOGIES were received from …": residents counted the same way.)
      .replace(/,?\s+\d{1,3}\s+(?:members?\s+of\s+the\s+(?:public|press)|residents?|parishioners?|visitors?)\b(?:\s+\p{Lu}\p{Ll}*\s+\p{Ll}.*$)?/giu, '')
      // "Also Present: One Member of public": a count of the public, the whole list; no one named.
      .replace(/^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|\d{1,3})\s+(?:other\s+)?members?\s+of\s+(?:the\s+)?(?:public|press)\.?$/i, 'None')
      // "… Mrs M Vail (Clerk). Two members of the public were present.": the count in a sentence after the list.
      .replace(/\.\s+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|No|\d{1,3})\s+(?:other\s+)?members?\s+of\s+the\s+(?:public|press)\b.*$/i, '')
      // "… S. Venton   Parishioners: 2": a count of the public beside the list.
      .replace(/\s+(?:Parishioners|Members\s+of\s+(?:the\s+)?public|Public|Press|Residents)\s*:\s*\d{1,3}\.?$/i, '')
      // "Apologies: None 1 INTIMATIONS The Returning Officer …": a list that says no one ends there; the minutes run on.
      .replace(/^(?:None|NONE|Nil|NIL)\b(?:\s+(?:received|recorded|noted))?[.;,]?\s+(?:\d|\p{Lu}).*$/su, 'None')
      .replace(/\.\s+(?:Apologies|There|No|All|The\s+meeting|Members\s+of\s+the\s+public)\b[^:]*$/, '')
      // ("… W Owen Thomas The Clerk was also in attendance": the clerk, unnamed, said after the list in a sentence.)
      .replace(/[.,]?\s+The\s+(?:(?:Parish|Town|Community|Council)\s+)?Clerk\s+was\s+(?:also\s+)?(?:in\s+attendance|present)\.?$/i, '')
      // ("Attending: Argyll and Bute Council: Jon Belton, …": the council the first officers come from.)
      .replace(BODY_LABEL_RE, '');
    // "Parish Clerk – Lynda Wilcox. Ward Councillor John Hardwick. 9 local residents.": entries each closed by a full stop,
    // a few words each and no sentence among them; the residents counted, not named.
    if (/\.\s+(?:\p{Lu}|\d)/u.test(rest) && rest.length <= 400) {
      const pieces = rest.replace(/\.\s*$/, '').split(/(?<!\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Coun|St|\p{Lu}))\.\s+(?=\p{Lu}|\d)/u);
      if (pieces.length >= 2 && pieces.every((x) => x.trim().split(/\s+/).length <= 6 && !hasVerb(x))) {
        rest = pieces.filter((x) => !/^\d{1,3}\s+(?:\p{L}+\s+)?(?:residents?|members?|parishioners?|visitors?|people)\b/iu.test(x.trim())).join(', ');
      }
    }
    // "… Quinn, Wilson Officers Chief Executive (Acting) Director of …": the officers' label, its colon lost, ends the members.
    // ("… Chair of the Welsh Chief Officers Group. …": a body's name, not the label.)
    if (kind === 'present' && /\s(?:Officers|OFFICERS)\s+(?!(?:Group|Team|Board|Forum|Panel|Network|Association|Committee)\b)\p{Lu}/u.test(rest)) rest = rest.replace(/\s+(?:Officers|OFFICERS)(?:\s+(?:in\s+attendance|present))?\s+(?!(?:Group|Team|Board|Forum|Panel|Network|Association|Committee)\b)\p{Lu}.*$/u, '');
    // "D Mayo, Chairman Councillors: Clarke, Glasgow MBE, …": the chair, then the members under their own label.
    if (kind === 'present') rest = rest.replace(/^((?:\p{Lu}\.?\s+){0,3}\p{Lu}[\p{L}'’-]+),\s+(Chair(?:man|person|woman)?)\s+(?:Councillors|Members)\s*:\s*/u, '$1 ($2), ');
    // "Present: Chairperson: Ann Lyle Vice Chairperson: Tom Bray Councillors: … Clerk: Kim Lowe": each post a label.
    if (kind === 'present') rest = postLabelledList(rest) ?? rest;
    // "PRESENT: CHAIRMAN: CLLR. M. PROTHEROE COUNCILLORS: A. CARTER …": the chair under a label of their own, then the members.
    if (kind === 'present') rest = rest.replace(/^(Chair(?:man|person|woman)?|Mayor|Presiding(?:\s+Member)?)\s*:\s*((?:(?:Councillor|Cllr)\.?\s+)?[^:,;]{2,60}?)\s+(?:Councillors|Members)\s*:\s*/iu, '$2 ($1), ');
    // ("Participating: Chairman: Cllr Mr T R Batten" over "Councillors: …": the chair alone under the list's label.)
    if (kind === 'present') rest = rest.replace(/^(Chair(?:man|person|woman)?|Mayor|Presiding(?:\s+Member)?)\s*:\s*((?:(?:Councillor|Cllr)\.?\s+)?[^:,;()]{2,60})$/iu, '$2 ($1)');
    // "In attendance: Mrs G. Lawson (Clerk). Councillor D Jones in the Chair Min No. 71/08 …": the list ends at the first
    // full stop after a word or a bracket when the minutes run on after it.
    // "… Mrs G. Lawson (Clerk). Councillor D Jones in the Chair": who chaired, said after the list, is not another entry.
    if (rest.length > 40 && (hasVerb(rest.replace(/\([^()]*\)/g, '')) || /\.\s+(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s[^.]{2,60}\bin\s+the\s+Chair\.?$/i.test(rest))) {
      // (Not the full stop of a title: "Mrs. A. Isles (Legal and Licensing Services Manager)".)
      const stop = /(?<=\p{Ll}{2}|\))(?<!\b(?:Mrs|Miss|Cllr|Coun|Prof|Insp|Supt|Capt|Sgt|Rev|Revd))\.\s+(?=\p{Lu})/u.exec(rest);
      const before = stop ? rest.slice(0, stop.index) : '';
      if (before && !hasVerb(before.replace(/\([^()]*\)/g, '')) && parseNameList(before).length >= 1) rest = before;
    }
    // "Chairperson – Margaret Ponton" among the offices elected at an AGM, well into the minutes: no attendance label.
    if (kind === 'chair' && !/:/.test(b.text.slice(0, (m[7] ?? '').length + 3)) && attendees.some((a) => a.status === 'present')) continue;
    if (kind === 'chair') {
      // "In the Chair: Councillor A Smith" – exactly one person. "CHAIR: Councillor Curley (Provost) presided.": the same.
      // "In the Chair:" over "Councillor P McGinn": the person on the line under the label ("Chair:" over "Professor Arthur
      // Lucas", a style or a name in full the same).
      const below = !rest && blocks[i + 1] && !blocks[i + 1]?.bullet && (blocks[i + 1]?.text.length ?? 99) < 60 && chairBelow(blocks[i + 1]?.text ?? '') ? (blocks[i + 1]?.text ?? '') : '';
      if (below) {
        mark(i + 1);
        i++;
      }
      // "Chair The Mayor, Councillor G Duddy": the civic post before the holder's name.
      const who = (rest || below).replace(/\s+presided\.?$/i, '').replace(POST_BEFORE_HOLDER_RE, (_, lead: string, _post: string, holder: string) => `${lead}${holder}`);
      const one = parseNameList(who);
      // "In the Chair: Cllr Mrs A Wales, MBE, Mayor": an honour and a civic post after the one name.
      // ("Councillor B McCaig, South Lanarkshire Council": the council the chair sits for, after a comma.)
      const parts = splitOutsideBrackets(who).filter((p) => !POST_NOMINAL_RE.test(p.trim()) && !CIVIC_POST_RE.test(p.trim()) && !COUNCIL_ONLY_RE.test(p.trim()));
      if (one.length === 1 && one[0] && parts.length === 1) {
        const label = (m[7] ?? '').replace(/\s+/g, ' ');
        const role = /^(?:in the chair|presiding)$/i.test(label) ? 'Chair' : normaliseRole(label);
        attendees.push({ name: one[0].name, status: 'present', role });
        mark(i);
      }
      continue;
    }
    // "APOLOGIES: Cllr A, Argyll and Bute Council Ms B, NHS Highland MINUTES Minute of Meeting 1 The Minute … was
    // approved": a list run on into the next heading (a word in capitals, then the text) ends there.
    // ("… Keith Yates, Chief Executive SC91 DECLARATIONS OF INTEREST There were …": a coded heading in capitals.)
    // ("IN ATTENDANCE Mrs M Guinn, Executive Assistant Mr O Kell, Head of Communications 2/17/1 CHAIRMAN’S BUSINESS The
    // Chairman welcomed …": the first minute's coded number and heading in capitals run on after the list.)
    const codedAfter = rest && rest.length < 4000 && hasVerb(rest.replace(/\([^()]*\)/g, '')) ? /^(.{5,3000}?)\s+\d{1,4}(?:[./]\d{1,4}){1,3}\s+\p{Lu}{3,}[’'\p{Lu}]*\s/u.exec(rest) : null;
    // (Only when each person read is styled as the list styles them: "…, Acting Director of Public Health, PHA" is a post's body.)
    const codedList = codedAfter?.[1] && !hasVerb(codedAfter[1].replace(/\([^()]*\)/g, '')) ? parseNameList(codedAfter[1], kind === 'in-attendance') : [];
    if (codedAfter?.[1] && codedList.length >= 2 && codedList.every((e) => /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor)\.?\s/.test(e.name) || !HONORIFIC_RE.test(codedAfter[1] ?? ''))) rest = codedAfter[1];
    const headingAfter = rest.length < 4000 && hasVerb(rest.replace(/\([^()]*\)/g, '')) ? /^(.{10,2000}?)\s+(?:[A-Z]{1,4}\d{1,4}\s+)?\p{Lu}{4,}(?:\s+\p{Lu}{2,})*\s+\p{Lu}\p{Ll}/u.exec(rest) : null;
    if (headingAfter?.[1] && !hasVerb(headingAfter[1].replace(/\([^()]*\)/g, '')) && (honorificPostRun(headingAfter[1]) || (kind === 'in-attendance' && fullNamePostRun(headingAfter[1])))) rest = headingAfter[1];
    // "… Richard Theobald and Rodica Wheeler Prayers Prayers were led by …": a list whose lines were joined to the
    // heading and sentence after it ends with its last name.
    // ("Present: Ann Lyle (AL) – Chair Tom Bray (TB) – Treasurer … Jo Cole (JC) – Clerk 1. Welcome …": people with their
    // initials and posts, the minutes run on after the last post; two are enough, each name's capitals its initials'.)
    const initialledRun = rest && rest.includes('(') && hasVerb(rest.replace(/\([^()]*\)/g, '')) ? initialsRun(rest, 2) : null;
    if (initialledRun && initialledRun.end < rest.length) rest = rest.slice(0, initialledRun.end);
    const beforeProse = rest && rest.length < 3000 && hasVerb(rest.replace(/\([^()]*\)/g, '')) ? listBeforeProse(rest) : null;
    if (beforeProse) rest = beforeProse;
    // ("Apologies: Duncan Swale, Pam Cole, Mandy Kerr Minutes of previous meeting Proposed: …": the next item's standard
    // heading run on after the list's last name, in the same case as a name's words; the list ends with that name.)
    const standardAfter = rest && rest.length < 3000 ? /^(.{5,2000}?\p{Ll})\s+(?=(?:Minutes\s+of\s+(?:the\s+)?(?:previous|last)\s+[Mm]eeting|Matters\s+[Aa]rising|Declarations?\s+of\s+[Ii]nterest)\b)/u.exec(rest) : null;
    if (standardAfter?.[1] && !hasVerb(standardAfter[1].replace(/\([^()]*\)/g, '')) && parseNameList(standardAfter[1]).length >= splitOutsideBrackets(standardAfter[1]).length) rest = standardAfter[1];
    // "… Glasgow Life Dr B McConnell 1 Welcome The Chair welcomed everyone …": the first item, numbered 1, run on after the
    // list; the list ends there when nothing before it is a sentence.
    const itemOne = rest && rest.length < 8000 && hasVerb(rest.replace(/\([^()]*\)/g, '')) ? /\s1[.)]?\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u.exec(rest) : null;
    if (itemOne && itemOne.index > 20 && !hasVerb(rest.slice(0, itemOne.index).replace(/\([^()]*\)/g, ''))) rest = rest.slice(0, itemOne.index);
    // "Apologies: An apology was received from …" is a sentence, read by the apologies reader.
    if (rest && hasVerb(rest.replace(/\([^()]*\)/g, ''))) {
      if (kind === 'apologies') mark(i);
      // "Apologies for absence were submitted on behalf of:-" over a Members / Role table.
      const table = /:-?$/.test(rest) && kind === 'apologies' ? flattenedAttendanceTable(blocks, i + 1, 'apologies') : null;
      if (table) {
        attendees.push(...table.attendees.map((a) => ({ ...a, role: null })));
        for (let k = i; k < table.end; k++) mark(k);
        i = table.end - 1;
      }
      continue;
    }
    // ("PRESENT: Mr N Birch, Chairman Mrs E Way, Chief Executive …": a long list of members each styled and with a post.)
    if (rest.length > 600 && !isLongNameList(rest) && !(kind === 'in-attendance' && (fullNamePostRun(rest) || styledNamePostRun(rest))) && !(kind === 'present' && honorificPostRun(rest)) && !bodyNameRun(rest) && !nameCommaPostRun(rest)) continue;
    // "Present:" over "Dr Avi Bell AB Clinical Chair" / "Richard Chance RCp Chief Finance Officer" / …: a register of name,
    // initials and post, a person to a line (initials-column.ts).
    const columnKind = kind === 'present' || kind === 'in-attendance' || kind === 'apologies' ? kind : null;
    const column = !rest && columnKind ? initialsColumnLines(blocks, i + 1) : null;
    if (column && columnKind) {
      attendees.push(...column.people.map((p): Attendee => ({ name: p.name, status: columnKind, role: columnKind === 'apologies' ? null : p.post ? (normaliseRole(p.post) ?? p.post) : null })));
      for (let k = i; k < column.end; k++) mark(k);
      i = column.end - 1;
      continue;
    }
    const keyedBelow = !rest ? keyedAttendance(blocks, i + 1) : null;
    if (keyedBelow) {
      attendees.push(...keyedBelow.attendees);
      for (let k = i; k < keyedBelow.end; k++) mark(k);
      i = keyedBelow.end - 1;
      continue;
    }
    // "Present:-" over "Representing Angus Council" / "Councillor A Councillor B" / "Representing Dundee City Council" / …
    const groups = (!rest || /^[:-]+$/.test(rest)) && kind === 'present' ? representingGroups(blocks, i + 1) : null;
    if (groups) {
      attendees.push(...groups.attendees);
      for (let k = i; k < groups.end; k++) mark(k);
      i = groups.end - 1;
      continue;
    }
    const table = !rest || /^[:-]+$/.test(rest) ? flattenedAttendanceTable(blocks, i + 1, kind === 'co-opted' || kind === 'substitutes' ? 'present' : kind) : null;
    if (table) {
      attendees.push(...table.attendees);
      for (let k = i; k < table.end; k++) mark(k);
      i = table.end - 1;
      continue;
    }
    // "Present:-" over "Lord Provost Ian BORTHWICK" / "|" / "BAILIES" / "Willie SAWERS |" / …: a person to a line (a table's
    // cells), the table's group headings between them.
    const lineKind = kind === 'present' || kind === 'in-attendance' || kind === 'apologies' || kind === 'absent' ? kind : null;
    // The label's line may hold the first of them ("Present:- Lord Provost Ian BORTHWICK").
    const firstOnLabel = rest && rest.length < 70 && splitOutsideBrackets(rest).length === 1 && !hasVerb(rest) ? parseNameList(rest.replace(/\s*\|$/, '')) : [];
    // "Present:" over "Ann Lyle, Chairperson / Tom Bray, Member" / …: a table's rows, " / " between its cells (slash-cells.ts).
    const cells = lineKind && (!rest || /^[:-]+$/.test(rest)) ? slashCellLines(blocks, i + 1) : null;
    if (cells && lineKind) {
      for (const c of cells.people) {
        const e = { name: c.name, role: c.post ? normaliseRole(c.post) : null };
        attendees.push({ name: e.name, status: lineKind === 'present' ? presentOrOfficer(e) : lineKind, role: lineKind === 'apologies' ? officeOnly(e.role) : e.role });
      }
      for (let k = i; k < cells.end; k++) mark(k);
      i = cells.end - 1;
      continue;
    }
    const perLine = lineKind && (!rest || /^[:-]+$/.test(rest) || firstOnLabel.length === 1) ? namesOnePerLine(blocks, i + 1) : null;
    if (perLine && lineKind) {
      if (firstOnLabel.length === 1 && firstOnLabel[0]) perLine.entries.unshift({ ...firstOnLabel[0], name: stripMemberTitle(firstOnLabel[0].name) });
      for (const e of perLine.entries) attendees.push({ name: e.name, status: lineKind === 'present' ? presentOrOfficer(e) : lineKind, role: lineKind === 'apologies' ? officeOnly(e.role) : e.role });
      for (let k = i; k < perLine.end; k++) mark(k);
      i = perLine.end - 1;
      continue;
    }
    // "Councillors Present:" over "North Lanarkshire Council" over "B Chadha (Depute), T Lunny": the members under the
    // council each sits for, the council's name a line of its own and no one.
    const bodyHeadAt = (k: number) => !!blocks[k] && !blocks[k]?.bullet && BODY_HEAD_LINE_RE.test(blocks[k]?.text.trim() ?? '') && !labelOf(blocks[k]?.text ?? '') && !!blocks[k + 1] && !blocks[k + 1]?.bullet && !BODY_HEAD_LINE_RE.test(blocks[k + 1]?.text.trim() ?? '') && continuesList(blocks[k + 1] as Block);
    if (!rest && !(i + 1 < n && (continuesList(blocks[i + 1] as Block) || bodyHeadAt(i + 1)))) continue;
    // "… Mr J Foulkes (Clerk). Also: County Councillor Mr A Wyn": others after the members, each with their office.
    if (kind === 'present' || kind === 'apologies' || kind === 'in-attendance' || kind === 'absent') {
      const tail = alsoTail(rest, kind);
      rest = tail.text;
      attendees.push(...tail.extra);
    }
    const posts = kind === 'in-attendance';
    const parseList = (t: string) =>
      kind === 'substitutes' ? splitOutsideBrackets(t).flatMap((p) => parseSubstituteEntry(p) ?? []) : parseNameList(t, posts);
    const entries = rest ? parseList(kind === 'apologies' ? withoutPartialApologies(rest) : rest) : [];
    // "In Attendance: Strategic Director of Regeneration" / "Democratic Services Officer (M Mallon)" / "Mrs Helen Stoops, DRD
    // Planning Service": officers one to a line, some by post alone (no one to name), then people with their posts.
    const postLines = rest && entries.length === 0 && kind === 'in-attendance' && POST_LINE_RE.test(rest.trim()) ? postAndPersonLines(blocks, i + 1) : null;
    if (postLines) {
      for (const e of postLines.entries) attendees.push({ name: e.name, status: 'in-attendance', role: e.role });
      for (let k = i; k < postLines.end; k++) mark(k);
      i = postLines.end - 1;
      continue;
    }
    if (rest && entries.length === 0) {
      // "IN ATTENDANCE: Ballyvale City Council" then its officers by post, a name in brackets after some of them.
      const next = kind === 'in-attendance' && COUNCIL_ONLY_RE.test(rest) ? blocks[i + 1] : undefined;
      if (next && !next.bullet) {
        const named = namedPosts(next.text);
        if (named.length > 0) {
          mark(i);
          mark(i + 1);
          for (const e of named) attendees.push({ name: e.name, status: 'in-attendance', role: e.role });
          i++;
        }
      }
      continue;
    }
    mark(i);
    let j = i + 1;
    const more: string[] = [];
    // A line that ends with a comma or "and" runs on: "Councillors A Brown, B Carter,\nC Evans and D Gill".
    const runsOn = (k: number) => {
      const prev = more.length === 0 ? rest : (more[more.length - 1] ?? '');
      const t = blocks[k]?.text ?? '';
      // "HEALTH AND SAFETY ANNOUNCEMENTS" after a list ending on a comma is the next heading, not more names.
      const heading = /^(?=.*\p{Lu}{3})[^\p{Ll}]+$/u.test(t) && !/\b\p{Lu}\b|,/u.test(t);
      return (/(?:,|\band|&)$/.test(prev) && t.length <= 600 && !heading && !hasVerb(t) && !/\d/.test(t) && !labelOf(t) && parseNameList(t).length * 2 >= splitOutsideBrackets(t).length);
    };
    // "Mrs M H Black P Brannigan P Corrigan" / … / "G Mallon": a grid's last row may hold one name alone.
    const lastGridRow = (k: number) => {
      const prev = more.length === 0 ? rest : (more[more.length - 1] ?? '');
      return prev.length <= 300 && INITIALS_NAMES_ONLY_RE.test(prev.trim()) && LONE_INITIALLED_NAME_RE.test(blocks[k]?.text.trim() ?? '');
    };
    while (j < n && blocks[j] && !blocks[j]?.bullet && (bodyHeadAt(j) || continuesList(blocks[j] as Block) || runsOn(j) || lastGridRow(j))) {
      if (bodyHeadAt(j)) {
        // (The groups' lines stay apart when the list's lines are read as one run: "… Justice Board;" then "T McNulty, …".)
        const last = more.length - 1;
        if (last >= 0 && !/[;,.]$/.test(more[last] ?? '')) more[last] = `${more[last]};`;
        mark(j);
        j++;
        continue;
      }
      more.push((blocks[j] as Block).text);
      mark(j);
      j++;
    }
    // "… A Hyatt," over "K Tyrrell, Mrs M Vail (Clerk). Two members of the public were present.": the list's last line, a
    // sentence after it; the names are the list's, the sentence is not.
    const lastLine = more.length === 0 ? rest : (more[more.length - 1] ?? '');
    const tailed = j < n && blocks[j] && !blocks[j]?.bullet && /,$/.test(lastLine) ? LIST_THEN_SENTENCE_RE.exec((blocks[j] as Block).text) : null;
    if (tailed?.[1] && (continuesList({ ...(blocks[j] as Block), text: tailed[1] }) || (!hasVerb(tailed[1]) && parseNameList(tailed[1]).length * 2 >= splitOutsideBrackets(tailed[1]).length))) {
      more.push(`${tailed[1]}.`);
      mark(j);
      j++;
    }
    // "Name, Post; Name, Post; …" wrapped over several lines: read as the one list it is.
    const wrappedRun = posts && more.length > 0 ? namePostSemicolonRun([rest, ...more].filter(Boolean).join(' ')) : null;
    if (wrappedRun) {
      for (const e of wrappedRun) attendees.push({ name: e.name, status: 'in-attendance', role: e.role });
      i = j - 1;
      continue;
    }
    // One person per line ("Jane Smith, Director of Housing"): a single comma separates name and post.
    const onePerLine = more.length + (rest ? 1 : 0) >= 2 || (!rest && more.length === 1);
    // "Also Present: Mr R G Lewis, Clerk and Chief Executive" over more officers, one to a line: the post whole.
    const restOfficer = posts && rest && onePerLine ? honorificPostEntries(rest) : null;
    if (restOfficer) {
      entries.length = 0;
      entries.push(...restOfficer);
    } else if (rest && onePerLine && isSingleEntry(rest) && kind !== 'substitutes') {
      entries.length = 0;
      const e = parseEntry(rest, true);
      if (e) entries.push(e);
    }
    // "In attendance: Councillor A Councillor B …": every entry a titled member (the officials follow on their own line).
    const fromRest = entries.length;
    for (const given of more) {
      if (UNNAMED_CHAIR_RE.test(given.trim())) continue;
      const line = withoutBodyLabel(given);
      // ("Mr Bert Bruce, Employee Director, NHS 24" a line among the members the same: a styled person, then their post.)
      const officers = posts || (onePerLine && line.length <= 200 && HONORIFIC_POST_ENTRY_RE.test(line.trim()) && !namesAfterComma(line)) ? honorificPostEntries(line) : null;
      if (officers) {
        entries.push(...officers);
        continue;
      }
      const e0 = onePerLine && isSingleEntry(line) && kind !== 'substitutes' ? parseEntry(line, true) : null;
      // "Kemp, Lowe": a surname after the comma is the next person, not a post.
      const e = e0?.role && /^\p{Lu}[\p{Ll}'’-]+$/u.test(e0.role) && isName(e0.role) && !POST_VOCAB_RE.test(e0.role) && !ROLE_END_RE.test(e0.role) && !CIVIC_POST_RE.test(e0.role) ? null : e0;
      if (e) entries.push(e);
      else entries.push(...parseList(line));
    }
    // (The list may be on the lines under its label.)
    const membersOnly = kind === 'in-attendance' && /^in\s+attendance$/i.test((m[2] ?? '').trim()) && (rest ? fromRest : entries.length) >= 3 && splitBeforeTitles(rest || more.filter((l) => !hasVerb(l)).join(' ')).every((p) => MEMBER_TITLE_RE.test(p));
    // ("… Cllr M Stephenson Miss L White (Clerk to the Council)": the officer run on after the last member stays in attendance.)
    if (membersOnly) for (let k = 0; k < (rest ? fromRest : entries.length); k++) if (!(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/.test(entries[k]?.name ?? '') && entries[k]?.role)) attendingMembers.add(attendees.length + k);
    for (const e of entries) {
      const status: AttendanceStatus = kind === 'co-opted' || kind === 'substitutes' ? 'present' : kind === 'present' ? presentOrOfficer(e) : kind;
      const role = kind === 'co-opted' ? (e.role ?? 'co-opted member') : status === 'apologies' || status === 'absent' ? officeOnly(e.role) : e.role;
      attendees.push({ name: e.name, status, role });
    }
    i = j - 1;
  }
  // "In Attendance" over the partnership's members, then "Supporting Officers:" over the officers, and no list of those
  // present: the first list is the members present.
  const read = lists.map((l, k) => ({ ...l, end: lists[k + 1]?.start ?? attendees.length })).filter((l) => l.end > l.start);
  const officersAfter = read.findIndex((l, k) => k > 0 && l.kind === 'in-attendance' && OFFICERS_LABEL_RE.test(l.label));
  const membersList = officersAfter > 0 && !read.some((l) => l.kind === 'present') ? read.findIndex((l) => l.kind === 'in-attendance' && /^in\s+attendance$/i.test(l.label)) : -1;
  if (membersList >= 0 && membersList < officersAfter) for (let k = read[membersList]!.start; k < read[membersList]!.end; k++) attendingMembers.add(k);
  // With no list of members present (the chair aside), members listed "In attendance" are the members present.
  if (attendingMembers.size > 0 && !attendees.some((a) => a.status === 'present' && a.role !== 'Chair' && a.role !== 'Vice-Chair')) {
    for (const k of attendingMembers) {
      const a = attendees[k];
      if (a && a.status === 'in-attendance') a.status = 'present';
    }
  }
  return { attendees: withChairFolded(attendees), used: new Set([...usedParts].map((k) => origin[k] ?? k).filter((k) => !unread.has(k))), incomplete };
}

/**
 * "Councillor MAY, Convener, in the Chair." under "Present: Councillors DAVID MAY, …": the chair named by surname is
 * the one present member of that surname, who takes the role; with two of that surname, both entries stay.
 */
function withChairFolded(attendees: Attendee[]): Attendee[] {
  const out = [...attendees];
  for (const chair of attendees) {
    if (chair.status !== 'present' || !chair.role || /\s/.test(chair.name)) continue;
    // Only into a fuller name ("DAVID MAY"): two entries of the same one word are one person, kept as the lists gave them.
    const same = out.filter((a) => a !== chair && a.status === 'present' && /\s/.test(a.name) && (a.name.split(/\s+/).pop() ?? '').toLowerCase() === chair.name.toLowerCase());
    if (same.length !== 1 || !same[0]) continue;
    if (!same[0].role) same[0].role = chair.role;
    out.splice(out.indexOf(chair), 1);
  }
  return out;
}

/** A label inside a line, after the list before it: "… C Brown (Chair). Apologies: Councillor D White". */
/** A meeting's heading (held … on a date) and then, on the same line, the members' label with its colon. */
// ("Draft Minutes of Meeting held on 8th September 2015 at Portmoak School 1. Attendance: CCllrs: …": the list's item number
// and "Attendance" before its colon.)
const HEADING_THEN_LABEL_RE = /^(.{20,400}?\b(?:held|HELD|meeting|MEETING|Meeting)\b.{5,300}?)\s+(?=(?:1\.?\s+(?=Attendance\b))?(?:Present|PRESENT|Councillors|COUNCILLORS|Members\s+[Pp]resent|MEMBERS\s+PRESENT|Attendees|Attendance|ATTENDANCE|Participants)\s*:\s+\p{Lu}|PRESENT\s+(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+\p{Lu}\.?\s)/u;

const INNER_LABEL_RE = new RegExp(
  // "… J Pritchard (Chair) Clerk: C Mortimer In Attendance Mr Phillip Morris, …": the clerk's label, and "In Attendance"
  // before a titled name without its colon; "Clerk: C Warner Members of the Public: 12": a count's label ends the list.
  // ("… and Tony Wills. Presiding: Councillor Neil Holme Clerk: …": the chair's label after the list, as "In the Chair:".)
  `(?<=[\\s.;,)|])(?:(?:${PRESENT_LABEL.replace('|Councillors|', '|').replace('|C?Cllrs(?=\\s*:)|', '|')}|${IN_ATTENDANCE_LABEL}|${COOPTED_LABEL}|${APOLOGIES_LABEL}|${ABSENT_LABEL}|${SUBSTITUTES_LABEL}|In\\s+the\\s+Chair|Presiding|Clerk|Minute[-\\s]?taker|(?:Number\\s+of\\s+)?Members\\s+of\\s+(?:the\\s+)?(?:Public|Press)|Declarations?\\s+of\\s+(?:Members['’]?\\s+)?Interests?)\\s*:|In\\s+Attendance(?:\\s+(?:Council\\s+|Board\\s+)?Officers)?(?=\\s+(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\\.?\\s))`,
  'gi',
);

/**
 * Officers listed by post with nothing between the posts, a name in brackets after some: "Chief Executive Head
 * of Finance Head of Marketing (Mrs C Dunn) Committee Secretary". The post before a bracket starts at the last
 * word that opens a post ("Head", "Director", "Chief" …).
 */
function namedPosts(text: string): { name: string; role: string }[] {
  if (text.length > 1500 || !text.includes('(') || hasVerb(text.replace(/\([^()]*\)/g, ''))) return [];
  const out: { name: string; role: string }[] = [];
  const re = /\(((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[^()]{2,40})\)/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tokens = text.slice(from, m.index).trim().split(/\s+/);
    from = m.index + m[0].length;
    const name = (m[1] ?? '').trim();
    let k = tokens.length - 1;
    while (k >= 0 && !STRONG_POST_START_RE.test(tokens[k] ?? '')) k--;
    if (k < 0 || !isName(name)) continue;
    out.push({ name, role: tokens.slice(k).join(' ') });
  }
  return out;
}

/** "Cllr G Brown (Items 8-19)" in an apologies list: away for those items only, so there for the rest. */
const PARTIAL_APOLOGY_RE = /\(\s*(?:for\s+)?(?:items?|minutes?)\s+\d[^()]{0,30}\)\s*$/i;

function withoutPartialApologies(list: string): string {
  if (!/\(\s*(?:for\s+)?(?:items?|minutes?)\s+\d/i.test(list)) return list;
  return splitOutsideBrackets(list).flatMap(splitUnseparatedNames).filter((p) => !PARTIAL_APOLOGY_RE.test(p)).join(', ');
}

/**
 * "PRESENT:" (or "Present:") inside a header paragraph, after the meeting's name, date or times; "PRESENT" in capitals
 * without its colon only before a name in full ("… at 11.30am PRESENT Jane Rook Amir Shah …").
 */
// ("… Downpatrick In the Chair: Councillor M Murnin In attendance: …": the chair's label first.)
// ("… held by Zoom, on Tuesday 12th January 2021 at 7.30 pm. Attendance: Cllrs Hudson, …": "Attendance" before the members.)
const PRESENT_INSIDE_RE = /(?<=[\s)])(?:In\s+the\s+Chair\s*:\s*(?=(?:Councillor|Cllr|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu})|(?:PRESENT(?:\s+COUNCILLORS)?|Present(?:\s+Councillors|\s+at\s+(?:the\s+)?Meeting)?|(?:(?:Committee|Board|Panel|Council|Cabinet|Sub-Committee)\s+)?Members\s+(?:Present|present)|MEMBERS\s+PRESENT|Members\s+of\s+(?:the\s+)?(?:Cabinet|Committee|Sub-Committee|Panel|Board|Council|Commission|Executive)\s+present|(?:Council\s+)?Officials\s+Present|(?:Board|Panel|Forum|Trust|Authority)\s+Members|THE\s+FOLLOWING\s+WERE\s+PRESENT|[Tt]he\s+following\s+(?:(?:Members|Councillors)\s+)?were\s+present)\s*:(?:\s*[-–—])?\s*(?=\p{Lu})|Present\s+(?:Members\s+)?(?:[-–—]\s+)?(?=(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu})|Attendance\s*:\s*(?=(?:Cllrs?|Councillors?)\.?\s+\p{Lu})|PRESENT\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}|(?:\p{Lu}\.?\s+){1,3}\p{Lu}\p{Ll}+[\s,]|(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}))/u;

/** A name's word in full: "Jane", "McCafferty", "MacLennan", "O'Neill", "Parry-Jones" (not an initial). */
const FULL_NAME_WORD_RE = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
/** Words in a run of capitalised words that are not parts of a person's name. */
const NOT_NAME_WORD_RE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Rev|Revd|Councillors?|Cllrs?|Alderm[ae]n|Bailie|Present|Apologies|Absent|Attendance|Also|Officers?|Members?|Minutes|Item|Items|Agenda|Council|Committee|Board|Panel|Authority|Cabinet|Welcome|Chair(?:man)?|Convener|Convenor|Clerk|The|And|Of|For|Report|Reports|Plan|Update|Review|Strategy|Policy|Budget|Housing|Planning|Development|Services?|Annual|Day|Position|Public|Questions?|Matters|Arising|Business|Declarations?|Interests?|Meeting|Date|Next|Any|Other|Finance|Performance|Audit)$/;

/**
 * A list of people in full names of two words each with nothing between them, as a two-column table
 * gives it when flattened: "Jane Rook Amir Shah Lee Dunn (Convener) Ann Lee". Read in pairs, a bracket
 * after a pair being that person's role. At least two people; the run stops at the first word that is no
 * name's ("Welcome 1. The …"), and a word left over after the pairs, before a paragraph number, is the
 * next heading. Returns the list with commas between the people, and where in `text` the run ended; null
 * when the words cannot be paired (an odd count, a title or an initial among them).
 */
/** The next list's label straight after a run of names, without its colon. */
const NEXT_LABEL_RE = /^(?:In\s+attendance|Also\s+(?:present|in\s+attendance)|Officers(?:\s+(?:present|in\s+attendance))?|Apolog(?:y|ies)(?:\s+for\s+absence)?|Absent)\b/i;

export function pairedNameRun(text: string): { list: string; end: number } | null {
  const re = /\s*(\([^()]{2,40}\)|[^\s()]+)/gy;
  const people: string[] = [];
  let words: string[] = [];
  let end = 0;
  let lastPairEnd = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tok = m[1] ?? '';
    if (tok.startsWith('(')) {
      // A role belongs to a whole name: only straight after a pair.
      if (words.length !== 0 || people.length === 0) break;
      people[people.length - 1] += ` ${tok}`;
      lastPairEnd = re.lastIndex;
      continue;
    }
    // A comma or a full stop is a separator or a sentence: the run is only of bare words.
    if (!FULL_NAME_WORD_RE.test(tok) || NOT_NAME_WORD_RE.test(tok)) break;
    words.push(tok);
    end = re.lastIndex;
    if (words.length === 2) {
      people.push(words.join(' '));
      words = [];
      lastPairEnd = end;
    }
  }
  if (words.length === 1) {
    // "… Ross Watson Welcome 1. The Convener …": the odd word out is the heading of the next paragraph.
    // ("… Steve Shine In attendance Richard Parry …": or the next list's label, its colon left out.)
    const after = text.slice(end);
    if (!/^\s+\d{1,3}\.\s/.test(after) && !NEXT_LABEL_RE.test(text.slice(lastPairEnd).trim())) return null;
  }
  if (people.length < 2) return null;
  return { list: people.join(', '), end: lastPairEnd };
}

/**
 * A list with no separators between people: "Present: Jane Rook Amir Shah Lee Dunn" read in pairs, or a long run of
 * members in initials; the text after the run is returned apart. Other lists unchanged.
 */
function withNameRun(text: string): { text: string; rest: string } {
  const m = LABEL_RE.exec(text);
  const list = m?.[8];
  if (!m || !list || !(m[1] || m[2] || m[4])) return { text, rest: '' };
  const at = text.length - list.length;
  // "J. Airey A. M. Kay I. S. Barker … J. E. Yates -1- COUNCIL 15TH OCTOBER … 19 COUNCIL MINUTES …": a long run of
  // members in initials, the minutes run on after it; the run is the list.
  const initialled = list.length > 300 ? initialledNameRun(list) : null;
  if (initialled) return { text: `${text.slice(0, at)}${initialled.list}`, rest: list.slice(initialled.end).trim() };
  const run = pairedNameRun(list);
  // "Jane Rook Amir Shah, Lee Dunn": a list with separators after all, read as it is.
  if (!run || /^\s*(?:[,;&(]|and\s)/.test(list.slice(run.end))) return { text, rest: '' };
  return { text: `${text.slice(0, at)}${run.list}`, rest: list.slice(run.end).trim() };
}

/** One member in initials and a surname, their office in brackets after it ("M. M. Rainford (Deputy Mayor)"). */
const INITIALLED_PIECE_RE = new RegExp(`\\s*(${INITIALS_NAME_SOURCE}(?:\\s*\\([^()]{2,40}\\))?)`, 'uy');
/** "Alexander Roberts" among initialled members: a name in full, two words, with initialled members after it. */
const FULL_PIECE_RE = /\s*(\p{Lu}\p{Ll}+\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)(?=\s+(?:[A-Z]\.\s*){1,3}[A-Z][\p{Ll}'’])/uy;
/**
 * A run of members each in initials and a surname with nothing between them, the minutes run on after it: the
 * members, with commas, and where the run ends. Null unless ten or more are read and the run starts the list.
 */
function initialledNameRun(list: string): { list: string; end: number } | null {
  const names: string[] = [];
  // ("Present:- J. Airey …": the label's dash.)
  let at = /^\s*[-–—]?\s*/.exec(list)?.[0].length ?? 0;
  while (at < list.length && names.length < 400) {
    INITIALLED_PIECE_RE.lastIndex = at;
    const m = INITIALLED_PIECE_RE.exec(list);
    FULL_PIECE_RE.lastIndex = at;
    const full = m ? null : FULL_PIECE_RE.exec(list);
    const hit = m ?? full;
    if (!hit?.[1]) break;
    names.push(hit[1].trim());
    at = hit.index + hit[0].length;
  }
  return names.length >= 10 ? { list: names.join(', '), end: at } : null;
}

/** Where inner labels start (left to right, so "Also present:" is one label, not "present:" inside it). */
function innerLabelStarts(text: string, from: number): number[] {
  const starts: number[] = [];
  INNER_LABEL_RE.lastIndex = from;
  for (let m = INNER_LABEL_RE.exec(text); m; m = INNER_LABEL_RE.exec(text)) if (m.index > 0) starts.push(m.index);
  return starts;
}

/**
 * Lists flattened by copying run into one line: "Present: Councillors A, B Also present: C Apologies: D".
 * Each list becomes a block of its own; `origin` maps each back to the block it came from.
 */
// "Present: Chairman: Fraser Coates. Cllrs: Phil Hutchings, …": the chair's own label, then the members under theirs.
const CHAIR_FIRST_RE = /^((?:Members\s+)?Present\s*:-?\s*)(?:In\s+the\s+Chair|Chair(?:man|person|woman)?)\s*[:–—-]\s*([^.;:,]{3,60}?)[.;,]\s+(?:(?:Cllrs|Councillors|Members)\s*:\s*)?(?=\p{Lu})/iu;

const WELSH_LABEL_HINT_RE = /\b(?:GADEIRYDD|Cadeirydd|AELODAU|Aelodau|YMDDIHEURIADAU|Ymddiheuriadau|BRESENNOL|[Bb]resennol|Presennol|PRESENOLDEB|Cyng)\b/;

/** "GADEIRYDD/ CHAIR: R Llewellyn" → "CHAIR: R Llewellyn"; "Cyng/Cllrs: J Bayliss" → "Cllrs: J Bayliss". */
function englishLabels(text: string): string {
  return text
    .replace(/(?<=^|[\s:])(?:PRESENOLDEB|Presenoldeb|Presennol(?:\s+yn\s+y\s+Cyfarfod)?|(?:IS-|Is-)?(?:GADEIRYDD|Gadeirydd|CADEIRYDD|Cadeirydd)|AELODAU|Aelodau|YMDDIHEURIADAU|Ymddiheuriadau|(?:YN|Yn)\s+(?:BRESENNOL|[Bb]resennol)(?:\s+(?:HEFYD|hefyd))?)\s*\/\s*(?=\p{L})/gu, ' ')
    .replace(/\bCyng\s*\/\s*(?=Cllrs?\b)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const CHAIR_PAIR_RE = /((?:Present|PRESENT)[^:]{0,25}:\s*)(?:CHAIR|Chair(?:man|person)?)\s*:\s*((?:\p{Lu}\.?\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(DEPUTY|VICE|Deputy|Vice)[- ]?(?:CHAIR|Chair(?:man|person)?)\s*:\s*((?:\p{Lu}\.?\s+){0,3}\p{Lu}[\p{L}'’-]+)/u;

/** "Ratepayer Members:", "Appointed Members:", "Co-opted Members:": a group's label inside a list, a kind of member before it. */
// ("Present: Members: Councillor A … Honorary Alderman: Mrs B …": the members, then the honorary aldermen, both there.)
const GROUP_SUBLABEL = String.raw`(?:(?:Ratepayer|Appointed|Co-?opted|Elected|Independent|Lay|Associate|Voting|Non-voting|(?:Parish|Town|County|District|Borough|City|Community)(?:\s+Council)?)\s+Members|Honorary\s+Alderm[ae]n)\s*:`;
const GROUP_SUBLABEL_TEST_RE = new RegExp(GROUP_SUBLABEL, 'i');
const GROUP_SUBLABEL_START_RE = new RegExp(`^${GROUP_SUBLABEL}`, 'i');
const GROUP_SUBLABEL_RE = new RegExp(String.raw`\s*${GROUP_SUBLABEL}\s*`, 'gi');
/** "VSS Officers in Attendance:", "NIHE Officers present:": a body's letters (in capitals) before the officers' label. */
const BODY_LETTERS_OFFICERS_RE = /^\p{Lu}{2,6}\s+(Officers?(?:\s+(?:in\s+[Aa]ttendance|[Pp]resent|[Aa]ttending))?\s*:)/u;
/** "PRESENT: Board:", "Present: Members:", "Present: Trustees:": who the members are, said again after the list's label. */
const MEMBERS_WORD_AFTER_PRESENT_RE = /^((?:Members\s+)?(?:PRESENT|Present))\s*:\s*(?:Board(?:\s+Members)?|Members|Trustees|Directors|Governors|Councillors|Committee(?:\s+Members)?)\s*:\s*(?=\p{Lu})/u;
/** "Members Present: 5": a count of the members there, printed among the lists. */
const MEMBERS_COUNT_RE = /\s*Members\s+Present\s*:\s*\d{1,3}\b/gi;
/** "… and Unitt were present, as were A Thom (Clerk).": the sentence's verbs after a list of names, and who else was there. */
const LIST_WERE_PRESENT_RE = /\s+(?:were|was)\s+(?:also\s+)?present\b(?:,?\s+as\s+(?:were|was)\s+([^.;]{3,200}))?(?=[.;]|$)/;
const STYLE = String.raw`(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}`;
/** "Present Mr. W. Hughes …", "Members Present Cllr A Lowe …": a list's label in words (its colon may be lost), before a styled name. */
const STYLED_PRESENT_START_RE = new RegExp(String.raw`^(?:Present|PRESENT|Members\s+Present|MEMBERS\s+PRESENT)\s*:?\s+(?=${STYLE})`, 'u');
/** The next list's label in the same run, no colon, between one styled name and the next. */
const STYLED_INNER_LABEL_RE = new RegExp(String.raw`\s+(Apologies(?:\s+for\s+Absence)?|APOLOGIES(?:\s+FOR\s+ABSENCE)?|In\s+Attendance|IN\s+ATTENDANCE|Also\s+Present|ALSO\s+PRESENT|Absent|ABSENT)\s+(?=${STYLE})`, 'gu');
/** "Present Mr. W. Hughes … Apologies Mr. R. W. Hunter …": the labels in words, each given its colon. */
const withStyledLabels = (text: string): string => text.replace(/^((?:Members\s+|MEMBERS\s+)?(?:Present|PRESENT))\s*:?\s+/, '$1: ').replace(STYLED_INNER_LABEL_RE, ' $1: ');

/** "COUNCILLORS:": a bare label over members named by surname alone, in columns. */
const SURNAMES_LABEL_RE = /^(?:COUNCILLORS|Councillors|MEMBERS|Members)\s*:-?$/;
/** "Akers-Belcher Allison Atkinson", "Barker Brash R W Cook": one to four surnames, nothing between them, initials before some. */
const SURNAME_ROW_RE = /^(?:(?:\p{Lu}\s){0,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+|$)){1,4}$/u;

/** The rows of a surname register, as lists: each capitalised word a member, initials going with the surname after them. */
function surnameRows(blocks: readonly Block[]): Map<number, string> {
  const rows = new Map<number, string>();
  for (let k = 0; k < Math.min(blocks.length, 60); k++) {
    if (!SURNAMES_LABEL_RE.test(blocks[k]?.text.trim() ?? '')) continue;
    let j = k + 1;
    while (j < blocks.length && !blocks[j]!.bullet && SURNAME_ROW_RE.test(blocks[j]!.text.trim()) && !blocks[j]!.text.split(/\s+/).some((w) => NOT_NAME_WORD_RE.test(w))) j++;
    // Columns: most rows hold three surnames or more ("Ann Smith" / "Bob Jones-Lee", one to a line, are full names).
    const wide = blocks.slice(k + 1, j).filter((b) => b.text.split(/\s+/).filter((w) => !/^\p{Lu}$/u.test(w)).length >= 3).length;
    if (j - k - 1 < 3 || wide * 2 < j - k - 1) continue;
    for (let r = k + 1; r < j; r++) {
      const names: string[] = [];
      let initials: string[] = [];
      for (const t of blocks[r]!.text.trim().split(/\s+/)) {
        if (/^\p{Lu}$/u.test(t)) initials.push(t);
        else {
          names.push([...initials, t].join(' '));
          initials = [];
        }
      }
      rows.set(r, `${names.join(', ')}${r + 1 < j ? ',' : ''}`);
    }
  }
  return rows;
}

const ATTENDED_AS_RE = /,\s+attended\s+as\s+(?:the\s+)?((?:Vice[- ])?(?:Chair(?:man|person|woman)?|Mayor|Deputy\s+Mayor|Clerk|Treasurer|Secretary))(?:\s+and\s+[^,()]{2,40}?)?,/g;
const ALSO_ATTENDED_SENTENCE_RE = /\.\s+((?:The\s+)?\p{Lu}[^.]{2,300}?)\s+(?:were|was)\s+also\s+(?:in\s+attendance|present)\.?/u;
const STRAY_STOP_RE = /(?<=(?:^|[\s,:])(?:\p{Lu}\.\s?){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)\.\s+(?=(?:\p{Lu}\.\s?){1,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?\s*[,.])/gu;

/** A list's last line, then a sentence of its own: "K Tyrrell, Mrs M Vail (Clerk). Two members of the public were present." */
const LIST_THEN_SENTENCE_RE = /^(.{3,600}?\p{Ll}\)?)\.\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})/u;

const GLUED_LABEL_RE = /(?<=[.;,]\s{1,3})((?:Also\s+)?in\s+attendance|Also\s+present)(?=\p{Lu}(?:\.|\p{Ll}))/iu;
const GLUED_LABEL_GLOBAL_RE = new RegExp(GLUED_LABEL_RE.source, 'giu');

function splitRunTogetherLists(givenBlocks: readonly Block[]): { blocks: Block[]; origin: number[]; unread: Set<number> } {
  // ("COUNCILLORS:" over "Akers-Belcher Allison Atkinson": each surname its own entry.)
  const rows = surnameRows(givenBlocks);
  const blocks = rows.size === 0 ? givenBlocks : givenBlocks.map((b, k) => (rows.has(k) ? { ...b, text: rows.get(k)! } : b));
  const out: Block[] = [];
  const origin: number[] = [];
  /** Blocks with text after their lists (the minutes run on after the names): never wholly the lists'. */
  const unread = new Set<number>();
  /** The member's title of the last list label: what a ditto mark under it repeats. */
  let dittoTitle: string | null = null;
  blocks.forEach((given, k) => {
    // "GADEIRYDD/ CHAIR: R Llewellyn", "AELODAU/MEMBERS: Cyng/Cllrs: J Bayliss, …", "YN BRESENNOL /IN ATTENDANCE: …": Welsh
    // and English labels together; the English is read.
    const whole = /\/\s*(?:CHAIR|DEPUTY|VICE|MEMBERS|APOLOGIES|IN ATTENDANCE|ATTENDANCE|Present|Cllrs)\b/i.test(given.text) && WELSH_LABEL_HINT_RE.test(given.text) ? { ...given, text: englishLabels(given.text) } : given;
    // A ModernGov decision page's "Content:" field, with the lists inside it.
    let b = whole.text.startsWith('Content: ') && !whole.bullet ? { ...whole, text: whole.text.slice(9) } : whole;
    // "… and M. J. Orme. Also in attendanceL. Pym, Clerk": the next list's label run into its first name, the colon and
    // space lost; they are put back.
    if (!b.bullet && b.text.length < 8000 && LABEL_RE.test(b.text) && GLUED_LABEL_RE.test(b.text)) b = { ...b, text: b.text.replace(GLUED_LABEL_GLOBAL_RE, '$1: ') };
    // "In attendance: (Councillors) Councillor T Andrews … (Officials) Mr. L Hannaway, Chief Executive …": the list's own
    // headings in brackets; the councillors are the members present, the officials in attendance.
    if (!b.bullet && b.text.length < 8000 && /^In\s+attendance\s*:\s*\(\s*(?:Councillors|Members)\s*\)/i.test(b.text)) {
      b = { ...b, text: b.text.replace(/^In\s+attendance\s*:\s*\(\s*(?:Councillors|Members)\s*\)\s*/i, 'Present: ').replace(/\s+\(\s*(?:Officials|Officers)\s*\)\s+(?=\p{Lu})/u, ' Officers: ') };
    }
    // "MEMBERS Councillor Kevin Hughes (Chairman)* “ Linda Subacchi (Vice Chair )*": the label without its colon before a
    // titled member, ditto marks repeating the title; "*Absent" below says what the marks after names mean.
    if (!b.bullet && b.text.length < 3000 && /^MEMBERS\s+(?:Councillor|Cllr)\.?\s+\p{Lu}/u.test(b.text)) b = { ...b, text: b.text.replace(/^MEMBERS\s+/, 'Members: ') };
    // "PRESENT:Cllr Mrs S. Mills(Chair)" over "“ E.J. Breeze" / "“ Mrs J. Crisp": each ditto mark repeats "Cllr".
    // "Councillor M Lynch (The Mayor)   Councillor L Henson" over '"  M Bayes   "  B Humfrey' / …, no label above: the
    // roll of members at the head of old printed minutes, a ditto mark for each title under the first. Those named were
    // present (the apologies follow as an item of their own).
    if (k < 40 && !b.bullet && b.text.length < 200 && /^(?:Councillor|Cllr)\.?\s+\p{Lu}/u.test(b.text) && !LABEL_RE.test(b.text) && /^[“"”〃]\s+\p{Lu}/u.test(blocks[k + 1]?.text ?? '') && /^[“"”〃]\s+\p{Lu}/u.test(blocks[k + 2]?.text ?? '')) {
      b = { ...b, text: `Present: ${b.text}` };
    }
    const titled = /^[^:]{2,40}:\s*((?:Cllrs?|Councillors?)\.?)\s/.exec(b.text);
    // (A ditto mark inside the label's own line repeats the title too.)
    if (titled?.[1] && LABEL_RE.test(b.text) && /\s[“"”〃]\s+\p{Lu}/u.test(b.text)) b = { ...b, text: b.text.replace(/\s[“"”〃]\s+(?=\p{Lu})/gu, ` ${titled[1].replace(/s$/, '')} `) };
    if (titled?.[1] && LABEL_RE.test(b.text)) dittoTitle = titled[1].replace(/s$/, '');
    // ('"  E Hales      D Whyte': a second column whose ditto mark the copy lost; a new initial after a surname is the next member.)
    else if (dittoTitle && /^[“"”〃]\s+\S/.test(b.text)) b = { ...b, text: b.text.replace(/(^|\s)[“"”〃]\s+(?=\S)/g, `$1${dittoTitle} `).replace(/(?<=\s\p{Lu}\.?\s+\p{Lu}[\p{Ll}'’-]+)\s+(?=\p{Lu}\.?\s+\p{Lu}\p{Ll})/gu, `, ${dittoTitle} `) };
    else dittoTitle = null;
    // "… “ Graham Wynn* “ Phillip Wynn *Absent The meeting was also attended by …": a mark after a name that the key says
    // is absence. Those marked were not there (the apologies record them); the key and what follows end the list.
    if (dittoTitle && !b.bullet && /\s\*\s*Absent\b/.test(b.text)) b = { ...b, text: b.text.replace(/\s\*\s*Absent\b.*$/s, '') };
    // "PRESENT The Mayor (…) in the Chair; Councillors …. APOLOGIES Councillors …. OFFICERS Liz Richardson (Town Clerk) …":
    // labels in capitals without their colons, each after the last list's full stop.
    if (!b.bullet && b.text.length < 8000 && /^PRESENT\s+(?!:)/.test(b.text) && NO_COLON_LABEL_RE.test(b.text)) {
      b = { ...b, text: b.text.replace(/^PRESENT\s+/, 'PRESENT: ').replace(/(?<=[.;]\s{1,3})(APOLOGIES(?:\s+FOR\s+ABSENCE)?|OFFICERS(?:\s+PRESENT)?|IN\s+ATTENDANCE|ALSO\s+PRESENT|ABSENT)\s+(?=\p{Lu})/gu, '$1: ') };
    }
    // "Present at Meeting: CHAIR: R Llewellyn DEPUTY CHAIR: G Thomas": the chair and deputy under labels of their own,
    // no punctuation between.
    if (!b.bullet && b.text.length < 8000 && /\b(?:CHAIR|Chair)\s*:/.test(b.text)) b = { ...b, text: b.text.replace(CHAIR_PAIR_RE, (_m, lead: string, chair: string, kind: string, deputy: string) => `${lead}${chair} (Chair), ${deputy} (${/^vice/i.test(kind) ? 'Vice-Chair' : 'Deputy Chair'})`) };
    // "PRESENT: In the Chair: Alderman A Robinson. Aldermen …": the chair, under a label of its own, first in the list.
    if (!b.bullet && CHAIR_FIRST_RE.test(b.text)) b = { ...b, text: b.text.replace(CHAIR_FIRST_RE, '$1$2 (Chair), ') };
    // "Apologies: N. Bishop Rowe, A. Butcher. A. Rigg, D. Smith": a full stop typed for a comma between two members in
    // initials and surnames; the list goes on.
    // (The same in a list's second line: "J. Jenkinson, M. Wilson. Apologies: N. Bishop Rowe, A. Butcher. A. Rigg".)
    // ("APOLOGIES , Cllrs:- Tracy Williams, …": a comma typed where the label's colon goes, before the members' title.)
    if (!b.bullet && /^(?:APOLOGIES|Apologies|PRESENT|Present)\s*,\s*(?:Cllrs|Councillors)\s*:/.test(b.text)) b = { ...b, text: b.text.replace(/^(APOLOGIES|Apologies|PRESENT|Present)\s*,\s*/, '$1: ') };
    const wrapped = !b.bullet && b.text.length < 3000 && /,\s*$/.test(blocks[k - 1]?.text ?? '') && LABEL_RE.test(blocks[k - 1]?.text ?? '');
    if (!b.bullet && b.text.length < 8000 && (wrapped || LABEL_RE.test(b.text)) && STRAY_STOP_RE.test(b.text)) b = { ...b, text: b.text.replace(STRAY_STOP_RE, ', ') };
    // A header printed as one run-on paragraph: "ORDINARY COUNCIL MEETING 31 JULY 2002 (7.15pm) PRESENT: …".
    // ("Title of Meeting: Board Meeting Date of Meeting: 14 May 2014 Board Members: Mike Brooker …": a board's own label.)
    const inside = wrapped || b.bullet || b.text.length > 8000 || (!b.text.includes('resent') && !b.text.includes('RESENT') && !b.text.includes('the Chair:') && !b.text.includes('Attendance:') && !b.text.includes('Members:')) ? null : PRESENT_INSIDE_RE.exec(b.text.slice(0, 1500));
    if (inside && inside.index > 0 && !LABEL_RE.test(b.text.slice(0, 8000))) {
      out.push({ ...b, text: b.text.slice(0, inside.index).trim() });
      origin.push(k);
      // "PRESENT Jane Rook …" without its colon: given one, as the lists read it.
      b = { ...b, text: inside[0].includes(':') ? b.text.slice(inside.index) : `PRESENT: ${b.text.slice(inside.index + inside[0].length)}` };
    }
    // "Present Mr. W. Hughes (Vice-Chairman) Mr. J. Duncan Apologies Mr. R. W. Hunter In Attendance Cllr. A. Hughson": labels
    // in words without their colons, each before a member's style; the lists are read as labelled.
    // (Not a register's marks: "Councillor G Mabey Apologies Councillor Mrs J Allen Yes …".)
    if (!b.bullet && b.text.length < 8000 && STYLED_PRESENT_START_RE.test(b.text) && !(b.text.includes(' Yes ') && yesNoRegister(b.text))) b = { ...b, text: withStyledLabels(b.text) };
    // "PRESENT: Board: Jolyon Harrison (Chair), … Staff: John Gilham (D&PD)": the body's members under a word of their own
    // straight after the label; that word is no name (the staff's label after them is read as any inner label is).
    if (!b.bullet && b.text.length < 8000 && MEMBERS_WORD_AFTER_PRESENT_RE.test(b.text)) b = { ...b, text: b.text.replace(MEMBERS_WORD_AFTER_PRESENT_RE, '$1: ') };
    // "VSS Officers in Attendance:": the body's letters before the officers' label.
    if (!b.bullet && BODY_LETTERS_OFFICERS_RE.test(b.text)) b = { ...b, text: b.text.replace(BODY_LETTERS_OFFICERS_RE, '$1') };
    // "PRESENT: Ratepayer Members: Mr Barker (Ch) Mr Cowling Appointed Members: Co-opted Members: Members Present: 5": the
    // members' groups under the list's label (some empty) and their count are not names; the people under them are one list.
    if (!b.bullet && b.text.length < 8000 && GROUP_SUBLABEL_TEST_RE.test(b.text) && (LABEL_RE.test(b.text) || GROUP_SUBLABEL_START_RE.test(b.text))) {
      const cut = b.text.replace(MEMBERS_COUNT_RE, '').replace(GROUP_SUBLABEL_RE, ', ').replace(/:\s*,\s*/, ': ').replace(/^\s*,\s*/, '').replace(/(?:\s*,)+\s*$/, '').replace(/(?:\s*,){2,}/g, ',');
      b = { ...b, text: cut.trim() };
    }
    // "Present: Cllrs A (Chair), B and C were present, as were D (Clerk).": the list in a sentence; its verbs are not names.
    if (!b.bullet && b.text.length < 8000 && /^(?:Members\s+)?Present\s*[:–—-]/i.test(b.text)) b = { ...b, text: b.text.replace(LIST_WERE_PRESENT_RE, (_m, rest: string | undefined) => (rest ? `, ${rest}` : '')) };
    // "Cllrs Hudson, attended as Chairman and District Cllr, Cllr Albon, …": the post a member attended in, in words; and
    // "… West & McDaniel. The Clerk, County Cllr Wilby and 2 members of the public were also in attendance.": the list
    // of those who attended without being members, said in a sentence after the members'.
    if (!b.bullet && b.text.length < 3000 && LABEL_RE.test(b.text) && /\battended\s+as\b|\s(?:were|was)\s+also\s+(?:in\s+attendance|present)\b/.test(b.text)) {
      b = { ...b, text: b.text.replace(ATTENDED_AS_RE, ' ($1),').replace(ALSO_ATTENDED_SENTENCE_RE, '. In attendance: $1.') };
    }
    // "MINUTES OF A MEETING OF X TOWN COUNCIL HELD … ON THURSDAY 21ST JANUARY 2016 AT 7.15 PM Councillors: M H Thomas …":
    // the page's heading run into the members' label; the heading is cut off so the list is read from its label.
    const headed = k < 12 && !b.bullet && b.text.length < 8000 && !LABEL_RE.test(b.text) ? HEADING_THEN_LABEL_RE.exec(b.text) : null;
    if (headed?.[1] && findDate(headed[1])) {
      out.push({ ...b, text: headed[1].trim() });
      origin.push(k);
      b = { ...b, text: b.text.slice(headed[1].length).trim() };
      // ("… held on Thursday, 2 February 2017 … PRESENT Mr N Birch, Chairman Mrs E Way, … IN ATTENDANCE Mrs M Guinn, …": the
      // label without its colon before a styled person, read as the block's own opening label would be.)
      if (b.text.length < 8000 && STYLED_PRESENT_START_RE.test(b.text)) b = { ...b, text: withStyledLabels(b.text) };
    }
    const first = LABEL_RE.exec(b.text.length > 8000 ? b.text.slice(0, 8000) : b.text);
    // (A list's second line holds the next list's label: the line is cut there too, its first part the list's.)
    // ("Teesdale District/Parish: PM Charlton (Cockfield) … Parish: M Burns (Middleton) … Other: K Tuck (Police) …": a
    // register's groups run together, each group's label a cut.)
    const lead = !b.bullet && b.text.length < 8000 ? GROUP_COLON_RE.exec(b.text) : null;
    const grouped = lead ? [...b.text.matchAll(INNER_GROUP_RE)].map((g) => g.index ?? 0).filter((at) => at >= lead[0].length) : [];
    // ("… John Edwards In Attendance:" over "Wendy Ingle ADP Coordinator … Apologies: Emelin Cole …": the list under a label
    // that ends the line before, the next list's label inside it.)
    const underLabel = !b.bullet && b.text.length < 3000 && /\b(?:In\s+Attendance|Also\s+Present|Present|Attendees)\s*:\s*$/i.test(blocks[k - 1]?.text ?? '');
    const starts = grouped.length > 0 ? grouped : (wrapped || underLabel) && !first ? innerLabelStarts(b.text, 0) : b.bullet || !first || b.text.length > 8000 ? [] : innerLabelStarts(b.text, first[8] ? b.text.lastIndexOf(first[8]) : b.text.length);
    if (starts.length === 0) {
      const paired = first ? withNameRun(b.text) : { text: b.text, rest: '' };
      out.push({ ...b, text: paired.text });
      origin.push(k);
      if (paired.rest) {
        out.push({ ...b, text: paired.rest });
        origin.push(k);
        unread.add(k);
      }
      return;
    }
    const cuts = [0, ...starts, b.text.length];
    for (let c = 0; c + 1 < cuts.length; c++) {
      const part = b.text.slice(cuts[c], cuts[c + 1]);
      const t = part.trim().replace(/[.;,]$/, '');
      if (!t) continue;
      // A list of names without separators, read in pairs; what follows the last pair is not the list's.
      const paired = withNameRun(t);
      out.push({ ...b, text: paired.text });
      origin.push(k);
      if (paired.rest) {
        out.push({ ...b, text: paired.rest });
        origin.push(k);
        unread.add(k);
      }
    }
  });
  return { blocks: out, origin, unread };
}

const ITEM_ATTENDEE_RE = /^Items?\s+\d{1,3}(?:\.\d{1,3})?(?:\s*(?:to|and|&|[-–])\s*\d{1,3}(?:\.\d{1,3})?)?\s*:\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sergeant|Sgt|Inspector|(?:Cllr|Councillor)\.?)\s)/;
/** Every line "Item N: people", read as a list whose posts follow the names; null when a line is not so. */
function attendeesForItems(text: string): Attendee[] | null {
  const lines = text.split(/\s*\n\s*|\s+(?=Items?\s+\d{1,3}(?:\.\d{1,3})?(?:\s*(?:to|and|&|[-–])\s*\d{1,3}(?:\.\d{1,3})?)?\s*:\s)/).filter((l) => l.trim());
  const out: Attendee[] = [];
  for (const line of lines) {
    if (!ITEM_ATTENDEE_RE.test(line.trim()) || hasVerb(line)) return null;
    const people = line.trim().replace(ITEM_ATTENDEE_RE, '').replace(/[.;]$/, '');
    // "Mr N Hassard, Solicitor for the Applicant and Ms K Cleaver, Applicant": two people, each with a post.
    for (const part of people.split(/\s+and\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)/)) {
      const e = parseEntry(part.trim(), true);
      if (!e) return null;
      out.push({ name: stripMemberTitle(e.name), status: 'in-attendance', role: e.role });
    }
  }
  return out.length > 0 ? out : null;
}

/**
 * "The following were in attendance for this item:" followed by a list (inline or as bullets), and
 * "The following were attending the meeting as substitutes:" followed by "A for B" lines.
 */
export function findItemAttendance(blocks: readonly Block[]): Attendee[] {
  const out: Attendee[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || b.text.length > 1500) continue;
    // "Item 7.2: Ms J Nicolson, Solicitor for the Applicant" / "Items 9.4 to 9.9: Mrs L Murray, …": those who came for
    // an item, each after its number; in attendance, their post their role.
    const forItems = ITEM_ATTENDEE_RE.test(b.text) ? attendeesForItems(b.text) : null;
    if (forItems) {
      out.push(...forItems);
      continue;
    }
    // "Ordinary Member" / "Reserve Member" over the table's rows, a name to a cell: each reserve sat for the member
    // beside them (whose own absence the table does not say).
    if (/^(?:Ordinary|Committee)\s+Members?$/i.test(b.text.trim()) && /^(?:Reserve|Substitute)\s+Members?$/i.test(blocks[i + 1]?.text.trim() ?? '')) {
      let j = i + 2;
      for (; j + 1 < blocks.length; j += 2) {
        const ordinary = blocks[j];
        const reserve = blocks[j + 1];
        if (!ordinary || !reserve || !MEMBER_TITLE_RE.test(ordinary.text) || !MEMBER_TITLE_RE.test(reserve.text) || ordinary.text.length > 60 || reserve.text.length > 60) break;
        const who = parseEntry(reserve.text.trim());
        if (!who) break;
        out.push({ name: who.name, status: 'present', role: `substitute for ${stripMemberTitle(ordinary.text.trim())}` });
      }
      i = j - 1;
      continue;
    }
    const sub = SUBSTITUTE_LIST_RE.exec(b.text);
    if (sub) {
      const rest = (sub[1] ?? '').trim();
      const lines = rest ? [rest] : [];
      for (let j = i + 1; j < blocks.length && j <= i + 30; j++) {
        // A flattened copy runs the next numbered paragraph on: "Ms A Smith for Dr Jones 49.2 The Chair …".
        const whole = (blocks[j] as Block).text;
        const t = whole.split(/\s(?=\d{1,3}\.\d{1,3}\s)/)[0] ?? '';
        if (t.length > 200 || !/\b(?:for|in\s+place\s+of)\b/i.test(t) || hasVerb(t) || /\d/.test(t)) break;
        lines.push(t);
        if (t !== whole) break;
      }
      for (const line of lines) {
        for (const p of splitOutsideBrackets(line)) {
          const e = parseSubstituteEntry(p);
          if (e) out.push({ name: e.name, status: 'present', role: e.role });
        }
      }
      continue;
    }
    const m = ITEM_LIST_RE.exec(b.text);
    if (!m) continue;
    const rest = (m[1] ?? '').trim();
    const entries: { name: string; role: string | null }[] = [];
    if (rest) entries.push(...parseNameList(rest, true));
    for (let j = i + 1; j < blocks.length && blocks[j]?.bullet; j++) {
      const e = parseEntry((blocks[j] as Block).text, true);
      if (e) entries.push(e);
    }
    for (const e of entries) out.push({ name: e.name, status: 'in-attendance', role: e.role });
  }
  return out;
}

const NAME_CAPTURE = "((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,4})";
const TITLE = '(?:(?:County\\s+|City\\s+|Borough\\s+|Parish\\s+|Town\\s+)?Councillors?|Cllrs?\\.?|Alderm[ae]n|Co-opted\\s+Members?)';
const SUBSTITUTE_GLOBAL_RE = new RegExp(
  `${TITLE}\\s+${NAME_CAPTURE}\\s+(?:had\\s+been\\s+appointed\\s+as|was\\s+appointed\\s+as|attended\\s+as|was\\s+present\\s+as|was\\s+in\\s+attendance\\s+as|acted\\s+as|substituted|(?:was\\s+)?substituting|attended\\s+in\\s+place\\s+of)\\s*(?:an?\\s+|the\\s+)?(?:substitute\\s+)?(?:member\\s+)?(?:for|in\\s+place\\s+of)\\s+${TITLE}\\s+${NAME_CAPTURE}`,
  'gu',
);
/** "… from Councillor A Smith, with Councillor B Jones substituting": the second name came for the first. */
const TRAILING_SUBSTITUTE_RE = new RegExp(
  `${TITLE}\\s+${NAME_CAPTURE},?\\s+(?:with\\s+|and\\s+)?${TITLE}\\s+${NAME_CAPTURE}\\s+(?:substituting|substituted|deputising|(?:attending|attended)\\s+as\\s+(?:a\\s+|the\\s+|their\\s+|his\\s+|her\\s+)?substitute)\\b`,
  'u',
);
/** "Councillor Jon Collins, for whom Councillor Malcolm Wood was substitute;": under "Apologies … from:". */
const FOR_WHOM_RE = new RegExp(`^${TITLE}\\s+${NAME_CAPTURE},?\\s+for\\s+whom\\s+${TITLE}\\s+${NAME_CAPTURE}\\s+(?:was|attended\\s+as|acted\\s+as)\\s+(?:a\\s+|the\\s+)?substitute\\b`, 'u');
/** "Councillor B Jones attended as a substitute." (for whom is not said). */
const BARE_SUBSTITUTE_RE = new RegExp(
  `^${TITLE}\\s+${NAME_CAPTURE}\\s+(?:attended|was\\s+present|was\\s+in\\s+attendance)\\s+as\\s+(?:a\\s+|the\\s+)?substitute(?:\\s+member)?\\s*\\.?$`,
  'u',
);
/** "Councillor A Smith, who was substituted by Councillor B Jones". */
const SUBSTITUTED_BY_RE = new RegExp(
  `${TITLE}\\s+${NAME_CAPTURE},?\\s+(?:who\\s+)?(?:was|were|had\\s+been)\\s+(?:substituted|replaced)\\s+by\\s+${TITLE}\\s+${NAME_CAPTURE}`,
  'u',
);
const ABSENT_RE = new RegExp(`${TITLE}\\s+${NAME_CAPTURE}\\s+(?:was|were)\\s+(?:also\\s+)?absent\\b`, 'u');
/** A list of titled names: "Councillors A Curtis and I Kemp", "Cllr Smith, Cllr Jones and Cllr Brown". */
const NAMED_LIST = `${TITLE}\\s+(${NAME_TOKENS}(?:\\s*(?:,|\\band\\b|&)\\s*(?:${TITLE}\\s+)?${NAME_TOKENS}){0,8})`;
/** Someone who was there for part of the meeting: "Councillor X arrived at 7.15pm", "Councillors A and B were delayed". */
const ARRIVED_RE = new RegExp(
  `(?:^|[.;]\\s+|\\b(?:that|and|when)\\s+)${NAMED_LIST}\\s+(?:had\\s+)?(?:also\\s+)?(?:arrived\\b|(?:joined|entered)\\s+the\\s+meeting\\b|left\\s+the\\s+meeting\\b|(?:was|were)\\s+delayed\\b)`,
);
/** "Councillors E White and F Black were present", "Councillor G Grey was also in attendance". */
const WERE_PRESENT_RE = new RegExp(`(?:^|[.;]\\s+)${NAMED_LIST}\\s+(?:was|were)\\s+(?:also\\s+)?(present|in\\s+attendance)\\b`);
/** Apologies for lateness or for leaving: those people were there. */
const LATENESS_FROM_RE = /\b(?:apolog(?:y|ies)\s+(?:(?:were|was|had\s+been)\s+(?:also\s+)?(?:received|given|tendered|made|noted|reported)\s+)?)?for\s+(?:lateness|late\s+arrival|arriving\s+late|leaving\s+early)\s+(?:(?:were|was|had\s+been)\s+(?:also\s+)?(?:received|given|tendered|made|noted|reported)\s+)?(?:from|on\s+behalf\s+of|by)\s+(.{2,300})$/i;
const LATENESS_SENT_RE = new RegExp(
  `${NAMED_LIST}\\s+(?:had\\s+)?(?:sent|gave|tendered|submitted|offered)\\s+(?:his\\s+|her\\s+|their\\s+)?apolog\\w*\\s+for\\s+(?:lateness|late\\s+arrival|arriving\\s+late|being\\s+late|leaving\\s+early|having\\s+to\\s+leave|needing\\s+to\\s+leave|leaving)`,
);
/** "Apologies … from Mr D Blacklock (Ms H Horne attended as substitute)": the bracket names who came instead. */
const BRACKET_SUB_RES: RegExp[] = [
  new RegExp(`^(?:${TITLE}\\s+)?(${NAME_TOKENS})\\s+(?:[–—-]\\s*)?(?:(?:attended|attending|was\\s+present|present)\\s+)?(?:as\\s+(?:a\\s+|the\\s+)?)?(?:substitute|substituting|substituted|deputising|deputised)\\b`),
  new RegExp(`^(?:substitute|substituted\\s+by|sub|represented\\s+by|deputy)\\s*[:–-]?\\s*(?:${TITLE}\\s+)?(${NAME_TOKENS})$`, 'i'),
];
const BRACKET_DEPUTY_RE = new RegExp(
  `^(?:${TITLE}\\s+)?(${NAME_TOKENS})(?:,\\s*([^,()]{2,80}?))?,?\\s+attended\\s+(?:in\\s+(?:his|her|their)\\s+(?:absence|place|stead)|on\\s+(?:his|her|their)\\s+behalf)$`,
);

export interface SentenceAttendance {
  /** `for` is empty when the minutes do not say whom the substitute replaced. */
  substitutes: { name: string; for: string }[];
  absent: string[];
  /** People the minutes show were there: arrived late, left early, apologised for lateness. */
  present: string[];
  /** Someone who attended in a member's place with their post ("Mr D Walker, Medical Director attended in his absence"). */
  inAttendance: { name: string; role: string | null }[];
}

const cleanName = (n: string) => stripMemberTitle(n.replace(/\s+/g, ' '));

/** The titled names in a list: "Councillors A Curtis and I Kemp" → ["A Curtis", "I Kemp"]. */
function namesOf(list: string): string[] {
  return splitOutsideBrackets(list.replace(/\([^()]*\)/g, ' '))
    .map((p) => cleanName(p.replace(/^(?:and|&)\s+/i, '')))
    .filter((n) => isName(n));
}

/** Substitutes named in brackets inside an apologies sentence. */
function bracketSubstitutes(sentence: string, out: SentenceAttendance): void {
  const re = /([^,;()]{2,80}?)\s*\(([^()]{3,200})\)/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const before = (m[1] ?? '').replace(/^.*[:–—]\s*/, '').replace(/^.*\b(?:from|by|of)\s+/i, '').split(/\s+(?:and|&)\s+/).pop() ?? '';
    const forName = cleanName(before);
    const inside = (m[2] ?? '').replace(/\s+/g, ' ').trim();
    if (!isName(forName)) continue;
    let done = false;
    for (const r of BRACKET_SUB_RES) {
      const s = r.exec(inside);
      if (s && s[1] && isName(cleanName(s[1]))) {
        out.substitutes.push({ name: cleanName(s[1]), for: forName });
        done = true;
        break;
      }
    }
    if (done) continue;
    const d = BRACKET_DEPUTY_RE.exec(inside);
    if (d && d[1] && isName(cleanName(d[1]))) out.inAttendance.push({ name: cleanName(d[1]), role: d[2] ? normaliseRole(d[2]) : null });
  }
}

/** Blocks worth reading sentence by sentence for attendance. */
const SENTENCE_HINT_RE = /substitut|in place of|absent|apolog|arrived|joined the meeting|entered the meeting|left the meeting|delayed|attended in|(?:was|were) (?:also )?(?:present|in attendance)|chaired the|(?:present|in attendance) (?:were|was)|chaired by/i;
/** "Also present were: Cllrs. Ken Boundy, Julie Phipps and Richard Savage.": the label in a sentence, after others. */
const PRESENT_WERE_LIST_RE = /^(?:Also\s+)?(present|in\s+attendance)\s+(?:were|was)\s*:?-?\s+((?:(?:Cllrs?|Councillors?)\.?\s+)?\p{Lu}.{2,600})$/iu;
/** "The meeting was chaired by Jonathan Hobbs, Parish Council Chairman, who welcomed everyone.": the chair by name. */
const CHAIRED_BY_RE = /\bThe\s+meeting\s+was\s+chaired\s+by\s+((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*(?:,|\.|$|\s(?:who|and)\b))/u;
/** A sentence that is people in full and nothing else ("PCSO Chris Krolik, Martin Wilson and Susan Joyner."), or null. */
function namesOnly(sentence: string): string[] | null {
  const t = sentence.trim().replace(/[.;]$/, '');
  if (!t || t.length > 800 || hasVerb(t)) return null;
  const parts = splitOutsideBrackets(t.replace(/\([^()]*\)/g, ' ')).map((p) => p.replace(/^(?:and|&)\s+/i, '').trim());
  const names = namesOf(t).map((n) => n.replace(/^(?:PCSO|PC|Sgt|Sergeant|Inspector|Insp)\.?\s+(?=\p{Lu})/u, ''));
  return parts.length >= 2 && names.length === parts.length ? names : null;
}
const CHAIRED_WITH_RE = /^(?:\d{1,2}\.\s+)?((?:Cllr\.?|Councillor)\s+(?:\p{Lu}\.?\s+){0,2}\p{Lu}[\p{Ll}'’-]+)\s+chaired\s+the\s+(?:[\w-]+\s+){0,3}meeting\b[^.]{0,80}?\bwith\s+((?:Cllrs?\.?|Councillors)\s+.{3,400}?)\s+(?:attending|present|in\s+attendance)\.?$/iu;

/** Substitutions, absences and late arrivals stated in sentences. */
export function findAttendanceSentences(text: string): SentenceAttendance {
  const out: SentenceAttendance = { substitutes: [], absent: [], present: [], inAttendance: [] };
  if (!SENTENCE_HINT_RE.test(text)) return out;
  const sentences = splitSentences(text);
  for (const [at, s] of sentences.entries()) {
    if (s.length > 800) continue;
    // "… who welcomed everyone. Also present were: Cllrs. A, B and C. PCSO D, E and F.": the list, and the sentences of
    // names alone that carry it on.
    const presentWere = PRESENT_WERE_LIST_RE.exec(s.trim());
    const listed = presentWere?.[2] ? namesOnly(presentWere[2].replace(/^(?:Cllrs?|Councillors?)\.?\s+/i, '')) : null;
    if (presentWere?.[1] && listed) {
      const more: string[] = [];
      for (let k = at + 1; k < sentences.length; k++) {
        const next = namesOnly(sentences[k] ?? '');
        if (!next) break;
        more.push(...next);
      }
      const all = [...listed, ...more];
      if (/attendance/i.test(presentWere[1])) out.inAttendance.push(...all.map((name) => ({ name, role: null })));
      else out.present.push(...all);
    }
    const chairedBy = /chaired by/i.test(s) ? CHAIRED_BY_RE.exec(s.trim()) : null;
    if (chairedBy?.[1] && isName(cleanName(chairedBy[1]))) out.present.push(cleanName(chairedBy[1]));
    if (/substitut|in place of/i.test(s)) {
      // "… with Councillor A substituting for Councillor B and Councillor C substituting for Councillor D": each one.
      for (const m of s.matchAll(SUBSTITUTE_GLOBAL_RE)) if (m[1] && m[2]) out.substitutes.push({ name: stripMemberTitle(m[1]), for: stripMemberTitle(m[2]) });
      const by = SUBSTITUTED_BY_RE.exec(s);
      if (by && by[1] && by[2]) out.substitutes.push({ name: stripMemberTitle(by[2]), for: stripMemberTitle(by[1]) });
      const tr = TRAILING_SUBSTITUTE_RE.exec(s);
      if (tr && tr[1] && tr[2]) out.substitutes.push({ name: stripMemberTitle(tr[2]), for: stripMemberTitle(tr[1]) });
      const forWhom = FOR_WHOM_RE.exec(s.trim());
      if (forWhom?.[1] && forWhom[2]) out.substitutes.push({ name: stripMemberTitle(forWhom[2]), for: stripMemberTitle(forWhom[1]) });
      const bare = BARE_SUBSTITUTE_RE.exec(s.trim());
      if (bare && bare[1]) out.substitutes.push({ name: stripMemberTitle(bare[1]), for: '' });
    }
    if (/\babsent\b/i.test(s)) {
      const a = ABSENT_RE.exec(s);
      if (a && a[1]) out.absent.push(stripMemberTitle(a[1]));
    }
    if (/apolog/i.test(s)) {
      if (s.includes('(')) bracketSubstitutes(s, out);
      const late = LATENESS_FROM_RE.exec(s);
      if (late && late[1]) out.present.push(...namesOf(late[1].replace(/[.;]\s*$/, '').replace(/\s*(?:,\s*)?\b(?:who|due\s+to|as\s+(?:he|she|they))\b.*$/i, '')));
      const ls = LATENESS_SENT_RE.exec(s);
      if (ls && ls[1]) out.present.push(...namesOf(ls[1]));
    }
    if (/\b(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\b/i.test(s)) {
      const wp = WERE_PRESENT_RE.exec(s);
      if (wp && wp[1]) {
        const names = namesOf(wp[1]);
        if (/attendance/i.test(wp[2] ?? '')) out.inAttendance.push(...names.map((name) => ({ name, role: null })));
        else out.present.push(...names);
      }
    }
    // "Cllr. Osborne chaired the monthly meeting which was held on Zoom with Cllrs. P Chapman, C Smith, County Cllr. Nicky
    // Chopak and one member of the public attending.": the chair and the members there, another council's in attendance.
    const chaired = /\bchaired\b/i.test(s) ? CHAIRED_WITH_RE.exec(s.trim()) : null;
    if (chaired?.[1] && chaired[2]) {
      out.present.push(stripMemberTitle(chaired[1]));
      for (const part of splitOutsideBrackets(chaired[2].replace(/^(?:Cllrs?\.?|Councillors)\s+/i, '').replace(/\s+and\s+(?:one|two|three|four|five|several|\d{1,2})\s+members?\s+of\s+the\s+(?:public|press)$/i, ''))) {
        const other = /^(?:County|District|Borough|Unitary)\s+(?:Cllr\.?|Councillor)\s+/i.exec(part.replace(/^(?:and|&)\s+/i, ''));
        const name = cleanName(part.replace(/^(?:and|&)\s+/i, ''));
        if (!isName(name)) continue;
        if (other) out.inAttendance.push({ name, role: other[0].trim().split(/\s+/)[0] + ' Councillor' });
        else out.present.push(name);
      }
    }
    if (/arrived|joined the meeting|entered the meeting|left the meeting|delayed/i.test(s)) {
      // "[Councillor Pat Agar entered the meeting at 10.03am]": the bracket is the clerk's note.
      const ar = ARRIVED_RE.exec(s.replace(/^\[|\]\.?$/g, ''));
      if (ar && ar[1]) out.present.push(...namesOf(ar[1]));
    }
  }
  return out;
}

/** "Mr B Lobban in the Chair", "(Councillor A Smith in the Chair)": who chaired the meeting. */
// ("Mr A Bell presiding" on a line of its own under the list: the same.)
const IN_THE_CHAIR_RE = new RegExp(`^\\(?(?:${TITLE}\\s+)?(${NAME_TOKENS})\\s+(?:(?:was\\s+)?in\\s+the\\s+chair|presiding)\\)?\\.?$`, 'i');

/** "The Vice Chairman T. Heaford acted as Chairman": who chaired in the chair's absence. */
const ACTED_AS_CHAIR_RE = new RegExp(
  `^(?:The\\s+)?(?:Vice[-\\s]?Chair(?:man|woman|person)?,?\\s+)?(?:${TITLE}\\s+)?(${NAME_TOKENS}),?\\s+(?:acted\\s+as|took\\s+the\\s+chair\\s+as)\\s+(?:the\\s+)?Chair(?:man|woman|person)?(?:\\s+for\\s+(?:the|this)\\s+meeting)?\\.?$`,
);

function chairOf(blocks: readonly Block[]): string | null {
  for (const b of blocks.slice(0, 200)) {
    if (b.text.length > 120) continue;
    const m = IN_THE_CHAIR_RE.exec(b.text.trim()) ?? (b.text.includes('acted as') || b.text.includes('chair as') ? ACTED_AS_CHAIR_RE.exec(b.text.trim()) : null);
    if (m && m[1]) {
      const n = cleanName(m[1]);
      return isName(n) ? n : null;
    }
  }
  return null;
}

const key = (name: string) => name.toLowerCase().replace(/[^a-z\u00c0-\u024f]+/g, '');

/** Merges attendance facts: the first mention wins, later ones fill in a missing role. */
export function mergeAttendance(lists: readonly Attendee[][]): Attendee[] {
  const out: Attendee[] = [];
  const byKey = new Map<string, Attendee>();
  for (const list of lists) {
    for (const a of list) {
      const k = `${key(a.name)}|${a.status}`;
      // Listed "absent", and the minutes record their apologies: absent with apologies, one entry.
      const absentToo = a.status === 'apologies' ? byKey.get(`${key(a.name)}|absent`) : undefined;
      if (absentToo) {
        absentToo.status = 'apologies';
        byKey.delete(`${key(a.name)}|absent`);
        byKey.set(k, absentToo);
        continue;
      }
      if (a.status === 'absent' && byKey.has(`${key(a.name)}|apologies`)) continue;
      // (Present and in attendance are one person there: the first list to name them says how.)
      const prev = byKey.get(k) ?? (a.status === 'present' ? byKey.get(`${key(a.name)}|in-attendance`) : a.status === 'in-attendance' ? byKey.get(`${key(a.name)}|present`) : undefined);
      if (prev) {
        if (!prev.role && a.role) prev.role = a.role;
        continue;
      }
      const copy = { ...a };
      byKey.set(k, copy);
      out.push(copy);
    }
  }
  return out;
}

/** Applies "X attended as substitute for Y" to the present list (adding X when the list did not name them). */
export function applySubstitutes(list: Attendee[], subs: readonly { name: string; for: string }[]): void {
  for (const s of subs) {
    const role = s.for ? `substitute for ${s.for}` : 'substitute';
    const found = list.find((a) => a.status === 'present' && key(a.name) === key(s.name));
    if (found) {
      if (!found.role) found.role = role;
    } else {
      list.push({ name: s.name, status: 'present', role });
    }
  }
}

/**
 * Everything the minutes say about who was there: the labelled lists, "in attendance for this item"
 * lists, apologies, and what sentences add (substitutes, absences, late arrivals, who was in the Chair).
 */
/** "The following substitutions were noted:", "Substitutions:": a heading over one substitution to a line. */
const SUBSTITUTIONS_HEAD_RE = /\bsubstitut(?:ions?|es)\b[^.:]{0,80}:-?$/i;
/** "Councillor Jo Cole for Councillor Ray Dunn": who came, for whom. */
const SUBSTITUTION_LINE_RE = new RegExp(`^${TITLE}\\s+${NAME_CAPTURE}\\s+for\\s+${TITLE}\\s+${NAME_CAPTURE}\\.?$`, 'u');

/**
 * "The following substitutions were noted:" over "Councillor Jo Cole for Councillor Ray Dunn" / …: each line a member
 * who came in place of another, who was not there.
 */
function substitutionLines(blocks: readonly Block[]): { name: string; for: string }[] {
  const out: { name: string; for: string }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!SUBSTITUTIONS_HEAD_RE.test(blocks[i]?.text.trim() ?? '')) continue;
    for (let k = i + 1; k < blocks.length && k <= i + 20; k++) {
      const m = SUBSTITUTION_LINE_RE.exec(blocks[k]?.text.trim() ?? '');
      if (!m?.[1] || !m[2]) break;
      out.push({ name: stripMemberTitle(m[1]), for: stripMemberTitle(m[2]) });
    }
  }
  return out;
}

export function assembleAttendance(blocks: readonly Block[], listed: readonly Attendee[], apologies: readonly string[]): Attendee[] {
  const found: SentenceAttendance = { substitutes: [], absent: [], present: [], inAttendance: [] };
  const lines = substitutionLines(blocks);
  found.substitutes.push(...lines);
  // (The member substituted for was not there; an apology from them, if recorded, says more.)
  found.absent.push(...lines.map((l) => l.for));
  for (const b of blocks) {
    if (!SENTENCE_HINT_RE.test(b.text)) continue;
    const f = findAttendanceSentences(b.text);
    found.substitutes.push(...f.substitutes);
    found.absent.push(...f.absent);
    found.present.push(...f.present);
    found.inAttendance.push(...f.inAttendance);
  }
  const attendance = mergeAttendance([
    [...listed],
    findItemAttendance(blocks),
    apologies.filter((name) => !listedApology(listed, name)).map((name): Attendee => ({ name, status: 'apologies', role: null })),
    found.absent.map((name): Attendee => ({ name, status: 'absent', role: null })),
  ]);
  for (const a of found.inAttendance) {
    if (attendance.some((x) => key(x.name) === key(a.name) && x.status !== 'apologies')) continue;
    attendance.push({ name: a.name, status: 'in-attendance', role: a.role });
  }
  applySubstitutes(attendance, found.substitutes);
  // "In Attendance: Mr G Page (Chair), Mr G Martin, Mrs A Pascoe, Mr M Hickman (Clerk), Mr I Franklin (Parishioner)" and no
  // list of those present: the one list names the members too. Those with no post, or the chair's, are the members present;
  // the clerk and the others keep their posts, in attendance.
  if (!attendance.some((a) => a.status === 'present')) {
    const attending = attendance.filter((a) => a.status === 'in-attendance');
    const members = attending.filter((a) => a.role === null || CHAIR_ROLE_RE.test(a.role));
    if (members.length >= 2 && members.length < attending.length) for (const a of members) a.status = 'present';
  }
  // "Councillor J Altham (Alrewas Parish Council)": the council a member comes from is not their role at this meeting.
  // ("Councillor Tariq Hussain - Bradford Council", "… - Kirklees MBC", "… - City of Wakefield MDC": the same, however the
  // council is written.)
  for (const a of attendance) if (a.status === 'present' && a.role && ((/\b(?:Parish|Town|Community|District|Borough|County|City)\s+Council$/.test(a.role) && isOrganisation(a.role)) || /^\p{Lu}[\p{L}'’ -]{2,40}\s(?:Council|MBC|MDC)$/u.test(a.role)) && !/\b(?:Clerk|Officer|Leader|Mayor|Chair\w*|Member|Representative)\b/i.test(a.role)) a.role = null;
  // Late arrivals and early leavers were there: add them unless the lists already name them.
  for (const name of found.present) {
    // A list that gives a surname only ("McCabe") names the same member as "Peter McCabe" arrived late.
    const surname = key(name.split(' ').pop() ?? '');
    // "Councillor J Feely entered the meeting" / "Maguire arrived": "John Feely" and "Tommy Maguire" in the list.
    const first = name.includes(' ') ? name.split(' ')[0]?.replace(/\.$/, '') ?? '' : '';
    const sameListed = (a: Attendee) => {
      if (key(a.name) === key(name) || (!a.name.includes(' ') && key(a.name) === surname)) return true;
      if (key(a.name.split(' ').pop() ?? '') !== surname) return false;
      return first === '' || (first.length <= 2 && a.name.split(' ')[0]?.startsWith(first.charAt(0)) === true);
    };
    if (attendance.some((a) => sameListed(a) && a.status !== 'apologies')) continue;
    attendance.push({ name, status: 'present', role: null });
  }
  const chair = chairOf(blocks);
  if (chair && !attendance.some((a) => a.role === 'Chair')) {
    // ("Mr A Bell presiding" under "Present: A Bell, …": the same person, with or without the style.)
    const p = attendance.find((a) => a.status === 'present' && key(a.name.replace(STYLE_RE, '')) === key(chair.replace(STYLE_RE, '')));
    if (p) p.role = 'Chair';
    else if (attendance.some((a) => a.status === 'present')) attendance.push({ name: chair, status: 'present', role: 'Chair' });
  }
  return attendance;
}

const STYLE_RE = /^(Mr|Mrs|Ms|Miss|Dr)\.?\s+/i;

/**
 * "Ø Cllr D Field" in the register, then "An apology for absence was received from Cllr Field": the one member of that
 * surname the lists already give as sending apologies is the same apology, not a second person.
 */
function listedApology(listed: readonly Attendee[], apology: string): boolean {
  return listed.filter((a) => a.status === 'apologies' && couldBe(a.name, apology)).length === 1;
}

/**
 * "Cllr Mrs A Noskwith (Chair) … A Cllr A Blount …" above "Apologies for absence were received from Cllr Blount and Cllr
 * Mrs Uren": a membership register printed as the present list, its absentees marked. A member the minutes record as
 * sending apologies was not there: the one listed entry that is that member (same surname, same style, initials that
 * agree) becomes an apology, under the fuller name the register gives. Where two entries could be that member, nothing
 * changes.
 */
export function registerApologies(attendees: Attendee[], apologies: readonly string[]): string[] {
  const found = apologies.map((apology) => ({ apology, entry: registerEntry(attendees, apology) }));
  // One such member could be a namesake ("Alderman Fielding" sent apologies, "Councillor M Fielding" came); two or more
  // mean the list is the register.
  if (found.filter((f) => f.entry).length < 2) return [...apologies];
  return found.map(({ apology, entry }) => {
    if (!entry) return apology;
    entry.status = 'apologies';
    entry.role = null;
    return entry.name;
  });
}

/**
 * Whether a listed name can be the member an apology names: the same surname, the same style where the apology gives
 * one, and first names or initials that agree ("D Field" for "Field" or "Cllr D Field"; "Ralph Cook" is not "Richard Cook").
 */
function couldBe(listedName: string, apology: string): boolean {
  const style = STYLE_RE.exec(apology)?.[1]?.toLowerCase() ?? null;
  const rest = apology.replace(STYLE_RE, '').trim().split(/\s+/);
  const surname = (rest.pop() ?? '').toLowerCase();
  if (!surname) return false;
  const aStyle = STYLE_RE.exec(listedName)?.[1]?.toLowerCase() ?? null;
  const aRest = listedName.replace(STYLE_RE, '').trim().split(/\s+/);
  if ((aRest.pop() ?? '').toLowerCase() !== surname) return false;
  if (style && aStyle !== style) return false;
  // Where both give a first name in full, the names must be the same.
  const fullWord = (w: string | undefined) => !!w && /^\p{Lu}\p{Ll}[\p{Ll}'’-]+$/u.test(w);
  if (rest.some((w, k) => fullWord(w) && fullWord(aRest[k]) && w.toLowerCase() !== aRest[k]?.toLowerCase())) return false;
  return rest.every((w, k) => aRest[k]?.charAt(0).toLowerCase() === w.charAt(0).toLowerCase());
}

function registerEntry(attendees: Attendee[], apology: string): Attendee | undefined {
  const matches = attendees.filter((a) => a.status === 'present' && a.role !== 'Chair' && couldBe(a.name, apology));
  const only = matches.length === 1 ? matches[0] : undefined;
  return only && only.name.length > apology.length ? only : undefined;
}

/**
 * "Apologies for absence were received from the Deputy Mayor, Councillor Daniel King and Councillors …": a civic post
 * before an absent member's name is that member's office, kept with the apology.
 */
const SEAT_KIND = '(?:County|District|Borough|City|Unitary|Ward|Town)';
const APOLOGY_POST = String.raw`((?:Deputy\s+|Lord\s+|Depute\s+)?(?:Mayor|Leader(?:\s+of\s+the\s+Council)?|Chair(?:man|person|woman)?|Vice[-\s]Chair(?:man|person)?|Provost|Convener))`;
export function applyApologyRoles(attendance: Attendee[], texts: readonly string[], body: string | null = null): void {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const a of attendance) {
    if (a.status !== 'apologies' || a.role || a.name.length > 60) continue;
    const re = new RegExp(String.raw`\bthe\s+${APOLOGY_POST}\s*,?\s+(?:Councillor|Cllr)\.?\s+${escape(a.name)}\b`, 'i');
    // ("… apologies from Councillors P. Critchard (vice chairman), R. Henley …": the office in brackets after the name.)
    const after = new RegExp(String.raw`\b${escape(a.name)}\s*\(${APOLOGY_POST}\)`, 'i');
    // ("Apologies received from County Councillor D Bradford", "… Mrs C Y Viney (county councillor)": a member of another
    // council, by the council's kind.)
    const seat = new RegExp(String.raw`\b(${SEAT_KIND}\s+Councillor)s?\s*:?\s+${escape(a.name)}\b|\b${escape(a.name)}\s*\((${SEAT_KIND}\s+councillor)\)`, 'i');
    for (const t of texts) {
      const seated = t.length < 5000 ? seat.exec(t) : null;
      // (Not in a county council's own minutes: "apologies from County Councillors L Fitzpatrick, …" names its members by
      // their own office. Nor where the meeting's body is not known.)
      const kind = /^(\S+)/.exec(seated?.[1] ?? seated?.[2] ?? '')?.[1]?.toLowerCase() ?? '';
      if (seated && body && !new RegExp(`\\b${kind}\\b`, 'i').test(body)) {
        a.role = (seated[1] ?? seated[2] ?? '').replace(/\s+/g, ' ').toLowerCase().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
        break;
      }
      const m = t.length < 5000 ? (re.exec(t) ?? after.exec(t)) : null;
      if (m?.[1]) {
        a.role = normaliseRole(m[1].replace(/\s+/g, ' ')) ?? titleCasePost(m[1].replace(/\s+/g, ' '));
        break;
      }
    }
  }
}


/** A person's name and nothing else (no post, body, label or office alone): for readers of lists outside this file. */
export const isPersonName = (s: string): boolean => isName(s);
