/**
 * Background sync: a first run shortly after start, then every few hours; sooner again after a run
 * that failed for want of a connection (the member may have come back online). Never blocks: each
 * run is asynchronous and only one runs at a time (the service's own rule). Electron-free, so the
 * desktop shell and the preview server use the same schedule.
 */
export interface SchedulerOptions {
  /** Starts a background run and resolves when it ends; resolves false when there was nothing to do. */
  run: () => Promise<{ ok: boolean } | null>;
  firstDelayMs?: number;
  intervalMs?: number;
  retryAfterFailureMs?: number;
  onError?: (error: unknown) => void;
}

export const SYNC_INTERVAL_MS = 4 * 3600_000;

export function startSyncScheduler(options: SchedulerOptions): { stop(): void } {
  const { firstDelayMs = 20_000, intervalMs = SYNC_INTERVAL_MS, retryAfterFailureMs = 30 * 60_000 } = options;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void tick(), ms);
    // A pending sync never keeps the process alive on its own.
    timer.unref();
  };
  const tick = async () => {
    let next = intervalMs;
    try {
      const result = await options.run();
      if (result && !result.ok) next = Math.min(intervalMs, retryAfterFailureMs);
    } catch (error) {
      options.onError?.(error);
      next = Math.min(intervalMs, retryAfterFailureMs);
    }
    schedule(next);
  };
  schedule(firstDelayMs);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/**
 * The schedule wired to the API's sync.run (as a background run that waits for its report). The
 * desktop shell and the preview server both call this after making their handlers;
 * SCRUTINEER_NO_BACKGROUND_SYNC=1 turns it off (tests, or a member who wants sync on demand only).
 */
export function scheduleBackgroundSync(
  runSync: (input: { background: true; wait: true }) => Promise<{ report: { status: string } | null }> | { report: { status: string } | null },
  env: NodeJS.ProcessEnv = process.env,
): { stop(): void } {
  if (env.SCRUTINEER_NO_BACKGROUND_SYNC === '1') return { stop: () => undefined };
  return startSyncScheduler({
    run: async () => {
      const { report } = await runSync({ background: true, wait: true });
      return report ? { ok: report.status === 'done' } : null;
    },
    onError: (error) => console.error('[sync] background run failed:', error),
  });
}
