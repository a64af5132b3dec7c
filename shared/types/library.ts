/** Library view models returned by the API. Plain data: no Node or DOM types. */
import type { DecisionKind, DocumentFormat, InterestNature } from './minutes';

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
  committees: CommitteeSummary[];
}

export interface LibraryOverview {
  councils: CouncilSummary[];
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
  council: { id: number; name: string | null };
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
}

export interface DeclarationView {
  id: number;
  member: string;
  item: string | null;
  subject: string;
  nature: InterestNature;
  withdrew: boolean;
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
}

export interface SourceView {
  fileName: string;
  sha256: string;
  inputKind: string;
  parserVersion: number;
  importedAt: string;
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
  council: { id: number; name: string | null };
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  venue: string | null;
  /** When the council marked the meeting cancelled (council sync); it is kept with the member's notes. */
  cancelledAt?: string | null;
  apologies: string[];
  /** Everyone the minutes list: present, in attendance, apologies, absent. */
  attendance: AttendeeView[];
  declarations: DeclarationView[];
  items: ItemView[];
  /** Decisions the minutes did not tie to an item. */
  otherDecisions: DecisionView[];
  sources: SourceView[];
}

export type ImportStatus = 'imported' | 'updated' | 'unchanged' | 'failed';

export interface ImportOutcome {
  fileName: string;
  status: ImportStatus;
  /** The meeting the file created or updated; null when it failed. */
  meetingId: number | null;
  /** One line for the user: what happened, or why it failed. */
  message: string;
}
