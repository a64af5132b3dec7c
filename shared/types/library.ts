/** Library view models returned by the API. Plain data: no Node or DOM types. */
import type { DecisionKind, DocumentFormat, InterestNature, ItemDecisionsState } from './minutes';

export interface CommitteeSummary {
  id: number;
  name: string;
  meetingCount: number;
  /** YYYY-MM-DD of the newest dated meeting, or null. */
  latestMeetingDate: string | null;
  /** The member sits on this committee ("my committees"). */
  mine: boolean;
}

export interface CouncilSummary {
  id: number;
  /** null when no imported page named the council. */
  name: string | null;
  /** Its web/e-mail domain, when a page gave one (a council known only by it shows as "Council at …"). */
  domain: string | null;
  committees: CommitteeSummary[];
}

export interface LibraryOverview {
  councils: CouncilSummary[];
  /** Meetings whose details could not be established from their files: a list to work through. */
  toCheck: MeetingToCheck[];
  /** Meetings in the bin (restorable for 30 days). */
  binCount: number;
}

export interface MeetingToCheck {
  id: number;
  /** "Cabinet, Tuesday, 4 March 2025 (Anytown Council)" with "not stated" for what is missing. */
  title: string;
  /** Why, in words: "no date stated". */
  reason: string;
  /** The file it came from. */
  fileName: string | null;
}

export interface BinEntry {
  meetingId: number;
  title: string;
  deletedAt: string;
  /** After this it is removed for good. */
  restoreUntil: string;
}

export interface MeetingSummary {
  id: number;
  date: string | null;
  startTime: string | null;
  venue: string | null;
  itemCount: number;
  decisionCount: number;
  /** When the council marked the meeting cancelled (council sync); it is kept with the member's notes. */
  cancelledAt?: string | null;
}

export interface CommitteeDetail {
  id: number;
  name: string;
  /** The member sits on this committee ("my committees"). */
  mine: boolean;
  council: { id: number; name: string | null; domain: string | null };
  meetings: MeetingSummary[];
}

export interface DocumentView {
  id: number;
  title: string;
  format: DocumentFormat;
  sizeKb: number | null;
}

export interface DecisionView {
  id: number;
  itemNumber: string | null;
  label: string | null;
  text: string;
  kind: DecisionKind;
  owner: string | null;
  due: string | null;
  /** The passage of the minutes it was read from (null for files read before passages were kept). */
  passage: string | null;
  /** Where the minutes mark it done or in progress. */
  status: 'done' | 'in-progress' | null;
}

export interface DeclarationView {
  id: number;
  member: string;
  item: string | null;
  subject: string;
  nature: InterestNature;
  withdrew: boolean;
  /**
   * The member's: added, corrected or checked by them. False: read from the minutes and not checked (the page says
   * "Not checked": the parser is not always right, and a declaration is a legal record).
   */
  memberSet: boolean;
  /** Checked by the member against the minutes and kept as read (memberSet is true too); false once they edit it. */
  checked: boolean;
  /** The passage of the minutes it was read from. */
  passage: string | null;
}

export interface ItemView {
  id: number;
  number: string | null;
  title: string;
  exempt: boolean;
  truncated: boolean;
  agendaText: string;
  minutesText: string;
  documents: DocumentView[];
  decisions: DecisionView[];
  /**
   * How much of the item's decisions Scrutineer read from its minutes: 'partial' or 'unread' when a sentence words a
   * decision it did not read (the page says so); 'read', 'none'; null when not known (no minutes, an older parse).
   * 'read' too once the member has dealt with every such sentence (added it to the tracker, or marked it as nothing to track).
   */
  decisionsState: ItemDecisionsState | null;
  /**
   * The sentences behind a 'partial' or 'unread' state that the member has not yet dealt with, as printed: each may
   * record a decision Scrutineer did not read. Empty otherwise.
   */
  possibleDecisions: string[];
}

export interface SourceView {
  fileName: string;
  sha256: string;
  inputKind: string;
  parserVersion: number;
  importedAt: string;
  /** A meeting's minutes, or its agenda before the minutes. */
  document: 'minutes' | 'agenda';
  /** 'applied': its content is shown; 'kept': stored as a version, not applied (it had less in it). */
  status: 'applied' | 'kept';
  /** What this file changed, or why it was not applied. */
  summary: string | null;
  /** This is the copy the meeting shows now. */
  current: boolean;
}

export interface AttendeeView {
  name: string;
  status: 'present' | 'apologies' | 'absent' | 'in-attendance';
  /** "Chair", "substitute for D Lee", "co-opted member", an officer's post; null when not stated. */
  role: string | null;
}

export interface MeetingDetail {
  id: number;
  committee: { id: number; name: string };
  council: { id: number; name: string | null; domain: string | null };
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  venue: string | null;
  /** When the council marked the meeting cancelled (council sync); it is kept with the member's notes. */
  cancelledAt?: string | null;
  /** Why the details need checking, in words ("no date stated"); null when the files stated them. */
  needsCheck: string | null;
  /** Details the member set (council, committee, date, startTime, endTime, venue): no import changes them. */
  memberFields: string[];
  apologies: string[];
  /** Everyone the minutes list: present, in attendance, apologies, absent. */
  attendance: AttendeeView[];
  /**
   * How much of the minutes' attendance was read: 'read', 'partial' (a list has names Scrutineer could not read: the
   * page says the list may be incomplete), 'unread' (a list names people and none were read), 'absent' (no list), or
   * null (not known: stored before this was recorded).
   */
  attendanceState: 'read' | 'partial' | 'unread' | 'absent' | null;
  /** People the minutes name with a title who are in no list read (ParsedMinutes.attendanceNamedElsewhere); empty when none or not known. */
  attendanceNamedElsewhere: string[];
  /** How much of the decisions worded before the first item was read (as ItemView.decisionsState); null when not known. */
  introDecisionsState: ItemDecisionsState | null;
  /** The sentences of the opening that may record a decision not read, not yet dealt with (as ItemView.possibleDecisions). */
  introPossibleDecisions: string[];
  declarations: DeclarationView[];
  /**
   * What the minutes say about declarations: 'declared', 'none-declared' (only when the minutes say so),
   * 'unread' (a section Scrutineer could not read: say so, never "none"), 'absent', or null (not known).
   */
  declarationsState: 'declared' | 'none-declared' | 'unread' | 'absent' | null;
  /**
   * Where declarations were read: passages of the minutes' declarations section that may record one no reader took, not
   * yet accounted for by a declaration on the meeting (the page says the list may be incomplete); empty when none.
   */
  declarationsNotRead: string[];
  items: ItemView[];
  /** Decisions the minutes did not tie to an item. */
  otherDecisions: DecisionView[];
  sources: SourceView[];
}

/** 'kept': stored as a version of the meeting's minutes but not applied (it had less in it than the copy shown). */
export type ImportStatus = 'imported' | 'updated' | 'unchanged' | 'kept' | 'failed';

export interface ImportOutcome {
  fileName: string;
  status: ImportStatus;
  /** The meeting the file created or updated; null when it failed. */
  meetingId: number | null;
  /** One line for the user: what happened, or why it failed. */
  message: string;
  /** The file could not be placed for certain (no date or committee stated): its meeting's details need checking. */
  needsCheck?: boolean;
  /** A revised paper: how many of the member's annotations moved to it and how many need attention. */
  annotations?: { moved: number; needAttention: number };
}
