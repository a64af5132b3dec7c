/** Long imports the renderer can cancel, by the job id it chose. */
export class Jobs {
  private readonly running = new Map<string, AbortController>();

  start(jobId: string | undefined): AbortSignal | undefined {
    if (!jobId) return undefined;
    this.running.get(jobId)?.abort();
    const controller = new AbortController();
    this.running.set(jobId, controller);
    return controller.signal;
  }

  finish(jobId: string | undefined): void {
    if (jobId) this.running.delete(jobId);
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    this.running.delete(jobId);
    return true;
  }
}
