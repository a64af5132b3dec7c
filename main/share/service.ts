/**
 * The sharing service one app (or CLI, or preview) holds, like SyncService: one run at a time,
 * started on demand or by the background schedule, reporting progress, never blocking another call
 * (status, conflicts and the rest answer from SQLite while a run goes on). Electron-free.
 */
import type { ShareConflictView, ShareDatabaseView, ShareProgressView, ShareRunReportView, ShareStatusView } from '../../shared/types/share';
import { startSyncScheduler } from '../sync/scheduler';
import { annotationPlace } from '../annotations/sharing';
import type { Store } from '../store/database';
import { CommitteeShare, type CommitteeRefusal, type HeldBackEntry, type CommitteeRunOptions } from './committee';
import { ShareEngine, ShareError, type ShareProgress, checkServerUrl } from './engine';
import type { Sealer } from './vault';

export interface ShareServiceOptions {
  sealer?: Sealer;
  env?: NodeJS.ProcessEnv;
}

interface Running {
  jobId: string;
  startedAt: string;
  background: boolean;
  progress: ShareProgressView | null;
  done: Promise<ShareRunReportView>;
}

let jobCounter = 0;

const PHASE_WORDS: Record<ShareProgress['phase'], string> = {
  push: 'Preparing your changes',
  upload: 'Sending to the server',
  download: 'Receiving from the server',
  apply: 'Applying changes from your other devices',
  done: 'Finished',
};

/** One service per library (the CLI makes handlers per call; the replica may be opened once only). */
const services = new WeakMap<Store, ShareService>();

export class ShareService {
  private running: Running | null = null;
  private readonly engine: ShareEngine;
  /** Committees' shared action logs (committee.ts). */
  readonly committee: CommitteeShare;
  private listeners = new Set<(progress: ShareProgressView) => void>();

  static for(store: Store, options: ShareServiceOptions = {}): ShareService {
    let service = services.get(store);
    if (!service) {
      service = new ShareService(store, options);
      services.set(store, service);
    }
    return service;
  }

  constructor(
    private readonly store: Store,
    private readonly options: ShareServiceOptions = {},
  ) {
    this.engine = new ShareEngine(store, {
      sealer: options.sealer,
      env: options.env,
      onProgress: (p) => this.progress(p),
    });
    this.committee = new CommitteeShare(store, { sealer: options.sealer, env: options.env });
  }

  /** Listens to progress; returns the function that stops listening. */
  onProgress(listener: (progress: ShareProgressView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private progress(p: ShareProgress): void {
    const r = this.running;
    if (!r) return;
    const view: ShareProgressView = { jobId: r.jobId, database: p.database, phase: p.phase, done: p.done, message: p.phase === 'done' ? 'Finished.' : `${PHASE_WORDS[p.phase]}… (${p.done})` };
    r.progress = view;
    if (p.phase !== 'done') for (const l of this.listeners) l(view);
  }

  private get env(): NodeJS.ProcessEnv {
    return this.options.env ?? process.env;
  }

  connected(): boolean {
    return this.engine.status().length > 0 || this.committee.committees().length > 0;
  }

  /** Connects a committee's shared action log (committee.ts). */
  async connectCommittee(input: { url: string; user: string; password?: string; committeeId: number; dbName?: string }): Promise<ShareDatabaseView> {
    checkServerUrl(input.url);
    await this.idle();
    return this.committee.connect(input);
  }

  async disconnectCommittee(committeeId: number): Promise<void> {
    await this.idle();
    this.committee.disconnect(committeeId);
  }

  heldBack(committeeId: number): HeldBackEntry[] {
    return this.committee.heldBack(committeeId);
  }

  chooseExempt(entryId: number, send: boolean): void {
    this.committee.chooseExempt(entryId, send);
  }

  refusals(): CommitteeRefusal[] {
    return this.committee.refusals();
  }

  dismissRefusal(id: number): void {
    this.committee.dismissRefusal(id);
  }

  /** The member's own database (if connected), then each committee's log (or only the one asked for). */
  private async runAll(request: CommitteeRunOptions & { committeeId?: number }): Promise<ShareRunReportView> {
    const reports: ShareRunReportView[] = [];
    if (request.committeeId === undefined && this.engine.status().length > 0) reports.push(await this.engine.run());
    const committees = request.committeeId === undefined ? this.committee.committees() : [request.committeeId];
    for (const id of committees) reports.push(await this.committee.run(id, { includeExempt: request.includeExempt }));
    if (reports.length === 1 && request.committeeId === undefined && reports[0]?.database === 'member') return reports[0];
    const sum = (f: (r: ShareRunReportView) => number | undefined) => reports.reduce((n, r) => n + (f(r) ?? 0), 0);
    return {
      database: reports.map((r) => r.database).join(', '),
      ok: reports.every((r) => r.ok),
      pushed: sum((r) => r.pushed),
      pulled: sum((r) => r.pulled),
      applied: sum((r) => r.applied),
      notHere: sum((r) => r.notHere),
      conflicts: sum((r) => r.conflicts),
      refused: sum((r) => r.refused),
      heldBack: sum((r) => r.heldBack),
      message: reports.map((r) => `${r.database === 'member' ? 'your own work' : `committee ${r.database.slice('committee:'.length)}'s action log`}: ${r.message}`).join('; '),
      reports,
    };
  }

  async connect(input: { url: string; user: string; password?: string; passphrase: string }): Promise<ShareDatabaseView> {
    checkServerUrl(input.url);
    await this.idle();
    const password = input.password || this.env.SCRUTINEER_SHARE_PASSWORD || this.engine.storedPassword();
    if (!password) throw new ShareError('Give the password for the sharing server (or set SCRUTINEER_SHARE_PASSWORD).');
    return this.engine.connect({ url: input.url, user: input.user, password, passphrase: input.passphrase });
  }

  /** Starts a run unless one is going; either way returns the running job. Null when sharing is not connected and this is a background run. */
  start(request: { background?: boolean; committeeId?: number; includeExempt?: boolean }): { jobId: string; alreadyRunning: boolean; done: Promise<ShareRunReportView> } | null {
    if (this.running) return { jobId: this.running.jobId, alreadyRunning: true, done: this.running.done };
    if (!this.connected()) {
      if (request.background) return null;
      throw new ShareError('Sharing is not connected on this device: connect first.');
    }
    const jobId = `share-${Date.now().toString(36)}-${++jobCounter}`;
    const running: Running = { jobId, startedAt: new Date().toISOString(), background: Boolean(request.background), progress: null, done: Promise.resolve(null as never) };
    this.running = running;
    running.done = (async () => {
      // Let the caller have its reply (and the job id) before the first progress event.
      await new Promise((resolve) => setImmediate(resolve));
      return this.runAll({ committeeId: request.committeeId, includeExempt: request.includeExempt });
    })()
      .catch((error: unknown): ShareRunReportView => ({
        database: 'member', ok: false, pushed: 0, pulled: 0, applied: 0, notHere: 0, conflicts: 0, message: (error as Error)?.message ?? String(error),
      }))
      .then((report) => {
        if (this.running?.jobId === jobId) this.running = null;
        const done: ShareProgressView = { jobId, database: report.database, phase: 'done', done: report.applied, message: report.ok ? `Shared: ${report.message}.` : `Sharing failed: ${report.message}` };
        for (const l of this.listeners) l(done);
        return report;
      });
    return { jobId, alreadyRunning: false, done: running.done };
  }

  status(): ShareStatusView {
    const r = this.running;
    const databases = [...this.engine.status(), ...this.committee.status()];
    return {
      connected: databases.length > 0,
      running: r ? { jobId: r.jobId, startedAt: r.startedAt, background: r.background, progress: r.progress } : null,
      databases,
    };
  }

  /** Stops all sharing on this device: the member's own database and every committee's log. */
  async disconnect(): Promise<void> {
    await this.idle();
    this.committee.disconnectAll();
    await this.engine.disconnect();
  }

  conflicts(): ShareConflictView[] {
    return this.engine.conflicts().map((c) => ({ ...c, where: c.annotationId === null ? null : this.where(c.annotationId) }));
  }

  private where(annotationId: number): string | null {
    return annotationPlace(this.store.db, annotationId);
  }

  resolveConflict(docId: string, text: string): void {
    this.engine.resolveConflict(docId, text);
  }

  /** Waits for the run in progress, if any (connect, disconnect, shutdown, tests). */
  async idle(): Promise<void> {
    await this.running?.done.catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.idle();
    await this.engine.close();
    services.delete(this.store);
  }
}

/** Closes the library's sharing service, if it has one (before the library itself is closed). */
export async function closeShareService(store: Store): Promise<void> {
  await services.get(store)?.close();
}

export const SHARE_INTERVAL_MINUTES = 15;

/**
 * The schedule wired to the API's share.run (a background run that waits for its report): soon
 * after start, then every SCRUTINEER_SHARE_INTERVAL_MINUTES (15); SCRUTINEER_NO_BACKGROUND_SHARE=1
 * turns it off. Each run is asynchronous and one at a time, so it never holds up another call.
 */
export function scheduleBackgroundShare(
  runShare: (input: { background: true; wait: true }) => Promise<{ report: { ok: boolean } | null }> | { report: { ok: boolean } | null },
  env: NodeJS.ProcessEnv = process.env,
): { stop(): void } {
  if (env.SCRUTINEER_NO_BACKGROUND_SHARE === '1') return { stop: () => undefined };
  const minutes = Number(env.SCRUTINEER_SHARE_INTERVAL_MINUTES) > 0 ? Number(env.SCRUTINEER_SHARE_INTERVAL_MINUTES) : SHARE_INTERVAL_MINUTES;
  return startSyncScheduler({
    run: async () => (await runShare({ background: true, wait: true })).report,
    firstDelayMs: 5_000,
    intervalMs: minutes * 60_000,
    retryAfterFailureMs: Math.min(minutes, 5) * 60_000,
    onError: (error) => console.error('[share] background run failed:', error),
  });
}
