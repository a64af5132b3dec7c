/** Backups of the store, as the API returns them. Plain data: no Node or DOM types. */

/**
 * automatic: taken by the scheduler (at most one a day); manual: "Back up now"; safety: taken just
 * before a restore replaced the library; before-upgrade: the copy set aside before a schema migration.
 */
export type BackupKind = 'automatic' | 'manual' | 'safety' | 'before-upgrade';

/** What a backup holds, read from the backup file itself. */
export interface BackupPreview {
  schemaVersion: number;
  committees: number;
  meetings: number;
  documents: number;
  annotations: number;
  interests: number;
  actions: number;
  /** The newest dated meeting in the backup. */
  newestMeeting: { date: string; committeeName: string } | null;
  /** Stored files (PDFs, imported minutes) the backup refers to. */
  files: number;
}

export interface BackupSummary {
  /** The backup's name in the store's backups folder (no path, no extension). */
  id: string;
  kind: BackupKind;
  /** ISO timestamp of when the backup was taken. */
  createdAt: string;
  sizeBytes: number;
  /** null when the file could not be read; `problem` says why. */
  preview: BackupPreview | null;
  problem: string | null;
}

export interface RestoreOutcome {
  restored: BackupSummary;
  /** The copy of the library as it was just before the restore (null when it was too damaged to copy). */
  safetyBackup: BackupSummary | null;
  /** Stored files the backup refers to that were found neither in the backup nor in the library. */
  missingFiles: number;
}

/** The state the app started in: normally 'ok'; 'damaged' when the library file failed its check. */
export type StartupState =
  | { state: 'ok' }
  | { state: 'damaged'; message: string; newestBackup: BackupSummary | null };
