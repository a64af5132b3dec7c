/**
 * The sync service one app (or CLI, or preview) holds: one run at a time, started on demand or by
 * the background schedule, cancellable, reporting progress. Electron-free.
 */
import type { SyncProgress, SyncReport, SyncStatus } from '../../shared/types/sync';
import type { Store } from '../store/database';
import { type ClientOptions, extraCaFromEnv } from './http';
import { type RunDeps, SyncRunner } from './run';
import { lastRun } from './store';

export interface SyncServiceOptions {
  client?: ClientOptions;
  now?: () => Date;
  onProgress?: (progress: SyncProgress) => void;
}

interface Running {
  jobId: string;
  startedAt: string;
  background: boolean;
  controller: AbortController;
  done: Promise<SyncReport>;
}

let jobCounter = 0;

export class SyncService {
  private running: Running | null = null;

  constructor(
    private readonly store: Store,
    private readonly options: SyncServiceOptions = {},
  ) {}

  /** Client options with the extra CA from SCRUTINEER_EXTRA_CA_FILE, read when a run starts (a missing file is reported then). */
  clientOptions(): ClientOptions {
    const ca = this.options.client?.ca ?? extraCaFromEnv();
    return { ...this.options.client, ...(ca ? { ca } : {}) };
  }

  /** Starts a run unless one is going; either way returns the running job. */
  start(request: { jobId?: string; siteId?: number; committeeId?: number; trigger: 'manual' | 'background' | 'cli' }): { jobId: string; alreadyRunning: boolean; done: Promise<SyncReport> } {
    if (this.running) return { jobId: this.running.jobId, alreadyRunning: true, done: this.running.done };
    const jobId = request.jobId ?? `sync-${Date.now().toString(36)}-${++jobCounter}`;
    const controller = new AbortController();
    const deps: RunDeps = { client: this.clientOptions(), now: this.options.now };
    const runner = new SyncRunner(this.store, deps);
    const done = runner
      .run({ jobId, trigger: request.trigger, siteId: request.siteId, committeeId: request.committeeId, signal: controller.signal, onProgress: this.options.onProgress })
      .finally(() => {
        if (this.running?.jobId === jobId) this.running = null;
      });
    this.running = { jobId, startedAt: new Date().toISOString(), background: request.trigger === 'background', controller, done };
    return { jobId, alreadyRunning: false, done };
  }

  cancel(jobId?: string): boolean {
    if (!this.running || (jobId && this.running.jobId !== jobId)) return false;
    this.running.controller.abort();
    return true;
  }

  status(): SyncStatus {
    const r = this.running;
    return { running: r ? { jobId: r.jobId, startedAt: r.startedAt, background: r.background } : null, lastRun: lastRun(this.store.db) };
  }

  /** Waits for the run in progress, if any (shutdown, tests). */
  async idle(): Promise<void> {
    await this.running?.done.catch(() => undefined);
  }
}
