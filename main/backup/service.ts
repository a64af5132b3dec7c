/**
 * The backups one running app offers: list, back up now, restore, and the automatic backup,
 * kept out of the way of imports. One BackupService per open store.
 */
import type { BackupSummary, RestoreOutcome } from '../../shared/types/backup';
import type { Store } from '../store/database';
import { BackupError, createBackup, listBackups } from './backups';
import { listBackupFiles } from './files';
import { restoreBackup } from './restore';

const HOUR = 60 * 60 * 1000;
/** An automatic backup is due when the newest automatic or manual one is older than this. */
export const AUTOMATIC_INTERVAL_MS = 24 * HOUR;

export interface ScheduleOptions {
  /** Wait after start before the first check, so the app opens first. */
  firstCheckMs?: number;
  everyMs?: number;
  /** How soon to look again when an import kept the backup waiting. */
  retryMs?: number;
  onError?: (error: unknown) => void;
}

export class BackupService {
  private importsRunning = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private restoring: Promise<unknown> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Backups and restores one at a time, in the order asked. */
  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  list(): BackupSummary[] {
    return listBackups(this.store.dataDir, this.store.key);
  }

  backupNow(): Promise<BackupSummary> {
    return this.serial(() => createBackup(this.store, 'manual', { now: this.clock() }));
  }

  restore(id: string): Promise<RestoreOutcome> {
    if (this.importsRunning > 0) return Promise.reject(new BackupError('An import is running. Restore the backup when it has finished.'));
    const running = this.serial(() => restoreBackup(this.store, id, { now: this.clock() }));
    this.restoring = running;
    void running.finally(() => {
      if (this.restoring === running) this.restoring = null;
    }).catch(() => undefined);
    return running;
  }

  /** Runs an import; it waits for a restore in progress, and automatic backups wait for it. */
  async trackImport<T>(run: () => Promise<T>): Promise<T> {
    while (this.restoring) await this.restoring.catch(() => undefined);
    this.importsRunning++;
    try {
      return await run();
    } finally {
      this.importsRunning--;
    }
  }

  get importing(): boolean {
    return this.importsRunning > 0;
  }

  isAutomaticDue(): boolean {
    const newest = listBackupFiles(this.store.dataDir).find((b) => b.kind === 'automatic' || b.kind === 'manual');
    return !newest || this.clock().getTime() - Date.parse(newest.createdAt) >= AUTOMATIC_INTERVAL_MS;
  }

  /** Takes the automatic backup if one is due and no import is running; null when it did not. */
  async automaticIfDue(): Promise<BackupSummary | null> {
    if (this.importing || !this.isAutomaticDue()) return null;
    return this.serial(() => (this.isAutomaticDue() ? createBackup(this.store, 'automatic', { now: this.clock() }) : Promise.resolve(null)));
  }

  /** Checks soon after start and then every hour (timers do not keep the process alive). */
  startSchedule(options: ScheduleOptions = {}): void {
    const { firstCheckMs = 30_000, everyMs = HOUR, retryMs = 60_000, onError = (e) => console.error('[backup] automatic backup failed:', e) } = options;
    const plan = (ms: number) => {
      this.stopSchedule();
      this.timer = setTimeout(() => {
        // The library was closed (the app is quitting): nothing more to back up, and no timer left behind.
        if (!this.store.db.open && !this.restoring) {
          this.timer = null;
          return;
        }
        void this.automaticIfDue().then(
          () => plan(this.importing ? retryMs : everyMs),
          (error: unknown) => {
            onError(error);
            plan(everyMs);
          },
        );
      }, ms);
      this.timer.unref();
    };
    plan(firstCheckMs);
  }

  stopSchedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
