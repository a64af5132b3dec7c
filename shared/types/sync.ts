/** Council sync (ModernGov web service) view models returned by the API. Plain data. */

export interface SyncCommitteeView {
  /** This committee on the council's site (not the library's committee id). */
  id: number;
  councilId: number;
  /** ModernGov's committee id (lCommitteeId). */
  remoteId: number;
  title: string;
  category: string | null;
  /** ModernGov marks committees that no longer meet as expired. */
  expired: boolean;
  followed: boolean;
  /** The member sits on it (the library's "my committees"). */
  mine: boolean;
  /** The library's committee, once followed or marked as mine. */
  libraryCommitteeId: number | null;
  meetingCount: number;
  lastSyncedAt: string | null;
  lastAttemptAt: string | null;
  /** One line for the member when the last attempt failed; null after a clean run. */
  lastError: string | null;
  /** What the last run brought: "2 new meetings, 1 changed document". */
  lastSummary: string | null;
}

export interface SyncCouncilView {
  id: number;
  name: string;
  /** https://host[/sub/path]: the folder holding mgWebService.asmx. */
  baseUrl: string;
  /** YYYY-MM-DD: meetings from this date on are fetched. */
  syncFrom: string;
  addedAt: string;
  committeesFetchedAt: string | null;
  lastError: string | null;
  committees: SyncCommitteeView[];
}

export interface SyncProgress {
  jobId: string;
  phase: 'start' | 'committee' | 'meeting' | 'done';
  committeeId: number | null;
  committeeTitle: string | null;
  /** Meetings done of the committee's total (or committees, for 'start' and 'done'). */
  done: number;
  total: number;
  message: string;
  /** Present when phase is 'done'. */
  report?: SyncReport;
}

export interface SyncCommitteeReport {
  committeeId: number;
  title: string;
  ok: boolean;
  meetingsNew: number;
  meetingsUpdated: number;
  meetingsUnchanged: number;
  meetingsCancelled: number;
  meetingsFailed: number;
  documentsNew: number;
  documentsChanged: number;
  documentsUnchanged: number;
  documentsSkipped: number;
  /** The member's annotations on changed documents: moved to the new version, or needing attention. */
  annotationsMoved: number;
  annotationsNeedingAttention: number;
  /** One line: what happened, or why it failed. */
  message: string;
}

export interface SyncReport {
  jobId: string;
  runId: number;
  status: 'done' | 'failed' | 'cancelled';
  startedAt: string;
  finishedAt: string;
  /** HTTP requests made to councils' sites (each attempt counts). */
  requests: number;
  committees: SyncCommitteeReport[];
  message: string;
}

export interface SyncStatus {
  running: { jobId: string; startedAt: string; background: boolean } | null;
  lastRun: { id: number; startedAt: string; finishedAt: string | null; status: string; message: string | null; requests: number } | null;
}
