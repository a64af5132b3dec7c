/**
 * The minutes contract: what the minutes parser produces for one meeting, and what
 * `parse-minutes FILE --json` prints. Absent facts are null or empty; nothing is invented.
 * No Node or DOM imports here: both the main process and the renderer read these types.
 */

export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'other';

export interface ListedDocument {
  title: string;
  format: DocumentFormat;
  sizeKb: number | null;
}

export interface MinutesItem {
  /** As printed, without a trailing dot ("109", "CYPE/24/45"); null on a single-item page. */
  number: string | null;
  /** Clean title, with no "pdf icon PDF 128 KB" residue. */
  title: string;
  /** Private business: Part B / Part 2, Schedule 12A, restricted. */
  exempt: boolean;
  /** Only the start of the minutes was on the page ("view the full minutes text for item 113"). */
  truncated: boolean;
  documents: ListedDocument[];
  agendaText: string;
  minutesText: string;
  /**
   * How much of the item's decisions were read (main/minutes/decisions-state.ts): 'read', 'partial' (another sentence
   * words a decision that was not read), 'unread' (decision wording, none read), 'none' (no decision worded or read).
   * Absent where it was not checked (an agenda, the web service's XML, a file parsed before the check existed).
   */
  decisionsState?: ItemDecisionsState;
}

export type ItemDecisionsState = 'read' | 'partial' | 'unread' | 'none';

/**
 * The kind of interest, as the minutes word it, mapped honestly to the regime in force:
 * - England since July 2012 (Localism Act 2011 codes): 'disclosable-pecuniary', 'other-registrable',
 *   'non-registrable'; some local codes say 'non-pecuniary'.
 * - England before July 2012, Wales (personol / sy'n rhagfarnu) and Northern Ireland: 'personal', and
 *   'prejudicial' for a personal and prejudicial interest.
 * - Scotland (Councillors' Code of Conduct): 'financial', 'non-financial'.
 * - 'unspecified' when the wording does not say, never a guess (a 2009 interest is never a DPI).
 */
export type InterestNature =
  | 'disclosable-pecuniary'
  | 'other-registrable'
  | 'non-registrable'
  | 'non-pecuniary'
  | 'personal'
  | 'prejudicial'
  | 'financial'
  | 'non-financial'
  | 'unspecified';

/** The words for each nature, in the app and in every export (one list, so they never drift apart). */
export const INTEREST_NATURE_LABEL: Record<InterestNature, string> = {
  'disclosable-pecuniary': 'Disclosable pecuniary interest',
  'other-registrable': 'Other registrable interest',
  'non-registrable': 'Non-registrable interest',
  'non-pecuniary': 'Non-pecuniary interest',
  personal: 'Personal interest',
  prejudicial: 'Personal and prejudicial interest',
  financial: 'Financial interest',
  'non-financial': 'Non-financial interest',
  unspecified: 'Interest (nature not stated)',
};

export interface Declaration {
  /** Without "Councillor", "Cllr" or "Co-opted Member"; keeps "Dr". */
  member: string;
  /** The item the interest was declared on, if stated. */
  item: string | null;
  /** What the interest is. */
  subject: string;
  nature: InterestNature;
  /** Left the room / took no part. */
  withdrew: boolean;
  /** The passage of the minutes this was read from, as printed (so the member can check it). */
  passage?: string;
}

/**
 * What the minutes say about declarations of interest: 'declared' (some were read), 'none-declared'
 * (the minutes say none were), 'unread' (a declarations section has text that names members but
 * nothing could be read from it: the app says so instead of "none"), 'absent' (the page has no
 * declarations section, e.g. a cut excerpt or a single item).
 */
export type DeclarationsState = 'declared' | 'none-declared' | 'unread' | 'absent';

/**
 * How much of the minutes' attendance was read: 'read' (every list found was read, or the minutes say there were no
 * apologies), 'partial' (a list has names that were not read: the app says the list may be incomplete), 'unread' (a
 * list names people and none were read), 'absent' (no list on the page).
 */
export type AttendanceState = 'read' | 'partial' | 'unread' | 'absent';

export type DecisionKind = 'noted' | 'procedural' | 'recommendation' | 'action';

export interface Decision {
  item: string | null;
  /** "a)", "1" as printed. */
  label: string | null;
  /** Self-contained: what was decided. */
  text: string;
  kind: DecisionKind;
  /** Who must act, for actions. */
  owner: string | null;
  /** "YYYY-MM-DD" when dated, else as written ("next meeting"). */
  due: string | null;
  /** Where the minutes mark an action's progress (an action log's "COMPLETED", "Done", "Ongoing"). */
  status?: 'done' | 'in-progress' | null;
  /** The passage of the minutes this was read from, as printed. */
  passage?: string;
}

/** What the file is: the record of a meeting held ('minutes'), or the business of a meeting before it is minuted ('agenda'). */
export type MinutesDocumentKind = 'minutes' | 'agenda';

export interface ParsedMinutes {
  /**
   * 'minutes': the file records what happened (Minutes:/RESOLVED/Present:/apologies received…).
   * 'agenda': a meeting's header and business with nothing minuted yet; then decisions,
   * declarations and apologies are always empty and items carry only their agenda text.
   */
  document: MinutesDocumentKind;
  /**
   * The council (or combined authority, police and crime panel…) as the file names it in its
   * header, first line or page title ("Leicester City Council", "Cyngor Sir Ynys Môn"). Null when
   * the file does not name it; never inferred from a domain or from names deep in the body text.
   */
  council: string | null;
  /**
   * The publishing council's web domain, lower-case and without service sub-domains
   * ("westsuffolk.gov.uk", "rbwm.moderngov.co.uk"): from the page's own address when the file
   * carries one, else from an e-mail address in the header/contact lines. Webmail and reserved
   * example domains are ignored. Null when neither is present.
   */
  councilDomain: string | null;
  /**
   * The http(s) address the file was saved from (canonical link, og:url, <base href>, the browser's
   * "saved from url=" comment, or a copied first/last line that is only a URL), without its fragment.
   */
  sourceAddress: string | null;
  /**
   * The ModernGov meeting id: the MId/MeetingId of a whole-meeting page address
   * (ieListDocuments.aspx, CeListDocuments.aspx, mgMeetingAttendance.aspx…), or <meetingid> of a
   * GetMeeting XML response. Null for item and issue pages, and when no address is known.
   */
  remoteMeetingId: string | null;
  committee: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** HH:MM, 24-hour */
  startTime: string | null;
  endTime: string | null;
  venue: string | null;
  /** Names without "Councillor" / "Cllr". */
  apologies: string[];
  items: MinutesItem[];
  declarations: Declaration[];
  /** What the minutes say about declarations (see DeclarationsState); optional until every path states it. */
  declarationsState?: DeclarationsState;
  /** How much of the attendance was read (see AttendanceState); optional until every path states it. */
  attendanceState?: AttendanceState;
  /**
   * People the minutes name with a title ("proposed by Cllr Burbage", "Councillor A. Bailes declared …") who are in no
   * list read, as printed: they may have been at the meeting, so the page names them beside the lists it read. Never added
   * to the attendance (a councillor named in a report may not have been there), and never a change to attendanceState,
   * which says what the lists themselves held. Absent where not checked.
   */
  attendanceNamedElsewhere?: string[];
  /**
   * Where declarations were read: passages of the declarations section that may record a declaration no reader took
   * ("… Steven Norris as a Board Member of …" after a page break), as printed. The page says the list may be incomplete
   * and shows them. Absent when every such passage was read.
   */
  declarationsNotRead?: string[];
  /**
   * How much of the decisions worded before the first item was read (an election, the last minutes approved, on a page
   * whose first heading comes later): as MinutesItem.decisionsState; absent where not checked (an agenda, the XML).
   */
  introDecisionsState?: ItemDecisionsState;
  /**
   * The sentences behind an introDecisionsState of 'partial' or 'unread', as the member is shown them to judge (a vote
   * alone after the sentence it belongs to); absent otherwise.
   */
  introDecisionSentences?: string[];
  decisions: Decision[];
}
