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
