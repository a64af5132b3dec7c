/** Sharing a member's work between their devices through a CouchDB server (main/share). */

export interface ShareDatabaseView {
  /** 'member' (the member's own, end-to-end encrypted). */
  name: string;
  serverUrl: string;
  dbName: string;
  user: string;
  connectedAt: string;
  lastSyncedAt: string | null;
  lastAttemptAt: string | null;
  /** Why the last run failed, in words; null when it succeeded. */
  lastError: string | null;
  lastSummary: string | null;
  /** Records changed here and not yet sent. */
  waiting: number;
  /** Notes and actions waiting for papers or meetings not on this device. */
  notHere: number;
  /** Notes with two versions to merge. */
  conflicts: number;
  /** A committee's shared action log ('committee:<id>'): the committee here. */
  committeeId?: number;
  /** A committee's log: what the server's _security makes this user (the server decides). */
  role?: 'chair' | 'officer' | 'member';
  /** A committee's log: entries from exempt items waiting, not sent unless the member chooses. */
  heldBack?: number;
  /** A committee's log: changes the server refused, kept for the member to see. */
  refused?: number;
  /** A committee's log: entries added by hand here that only the chair may add: they stay on this device. */
  localOnly?: number;
  /** A committee's log: entries with edits made here that this user's role cannot make; they stay on this device. */
  keptBack?: number;
  /** Why such edits stay here, in words ("your role cannot change …"). */
  keptReason?: string;
  /** A committee's log: entries the chair removed from it (kept here, marked dropped). */
  withdrawn?: number;
}

/** A change the committee's server refused (validate_doc_update), with what was tried. */
export interface ShareRefusalView {
  id: number;
  database: string;
  entryId: number | null;
  what: string;
  attempted: Record<string, unknown>;
  reason: string;
  refusedAt: string;
}

/** An entry of a committee's log from an exempt (confidential) item. */
export interface ShareHeldBackView {
  entryId: number;
  what: string;
  meetingDate: string | null;
  /** The member chose to send it to the committee's database. */
  chosen: boolean;
  /** It has changes not yet sent. */
  waiting: boolean;
}

export interface ShareProgressView {
  jobId: string;
  database: string;
  phase: 'push' | 'upload' | 'download' | 'apply' | 'done';
  done: number;
  message: string;
}

export interface ShareRunReportView {
  database: string;
  ok: boolean;
  pushed: number;
  pulled: number;
  applied: number;
  notHere: number;
  conflicts: number;
  message: string;
  /** Committee logs: changes the server refused, and entries from exempt items held back. */
  refused?: number;
  heldBack?: number;
  /** With committee logs connected: each database's own report (the fields above add them up). */
  reports?: ShareRunReportView[];
}

export interface ShareStatusView {
  connected: boolean;
  running: { jobId: string; startedAt: string; background: boolean; progress: ShareProgressView | null } | null;
  databases: ShareDatabaseView[];
}

export interface ShareConflictView {
  docId: string;
  annotationId: number | null;
  /** The version shown now (the later edit). */
  current: string;
  /** Versions written at the same time on another device. */
  others: Array<{ clock: string; text: string }>;
  /** Where the note is, for the member to recognise it. */
  where: string | null;
}
