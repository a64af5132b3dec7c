/** Long imports the renderer can cancel, by the job id it chose. */
export class Jobs {
  private readonly running = new Map<string, AbortController>();
  /**
   * Jobs cancelled before they started: Cancel pressed while the file was still on its way to the import (a large file,
   * a busy machine). The import then starts already cancelled and keeps nothing. The newest few are remembered; ids
   * are fresh for every file, so one left behind here matches nothing.
   */
  private readonly cancelledEarly: string[] = [];

  start(jobId: string | undefined): AbortSignal | undefined {
    if (!jobId) return undefined;
    this.running.get(jobId)?.abort();
    const controller = new AbortController();
    const early = this.cancelledEarly.indexOf(jobId);
    if (early >= 0) {
      this.cancelledEarly.splice(early, 1);
      controller.abort();
    }
    this.running.set(jobId, controller);
    return controller.signal;
  }

  finish(jobId: string | undefined): void {
    if (jobId) this.running.delete(jobId);
  }

  /** True when a running import was stopped; a job not started yet is remembered and starts cancelled. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) {
      if (!this.cancelledEarly.includes(jobId)) this.cancelledEarly.push(jobId);
      if (this.cancelledEarly.length > 50) this.cancelledEarly.shift();
      return false;
    }
    controller.abort();
    this.running.delete(jobId);
    return true;
  }
}
