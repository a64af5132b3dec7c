/** Errors the store raises with a message fit to show the user as it is. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly backupPath: string | null = null,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/**
 * The database file failed its integrity check (or is not a database at all). The app offers the
 * newest backup (main/backup/recover.ts); backupPath names the newest file in the backups folder.
 */
export class StoreDamagedError extends StoreError {
  constructor(message: string, backupPath: string | null) {
    super(message, backupPath);
    this.name = 'StoreDamagedError';
  }
}

/** A full disk, whether SQLite found it (SQLITE_FULL) or the file system (ENOSPC, or a quota: EDQUOT). */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}
