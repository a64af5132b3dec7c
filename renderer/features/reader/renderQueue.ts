/**
 * The order pages are drawn in. Drawing every page in view at once makes them all wait on the one
 * pdf.js worker and share the main thread, so the page being read appears last as often as first.
 * Jobs wait here and run one (or `concurrency`) at a time, lowest priority number first: the page
 * being read, then its text layer, then the pages either side, nearest first. A job whose page has
 * left the view before its turn is dropped without any work done for it.
 */
export interface QueuedJob {
  /** Moves the job in the queue (no effect once it has started). */
  setPriority(priority: number): void;
  /** Takes the job out of the queue if it has not started; a running job is stopped by its owner. */
  cancel(): void;
}

interface Job {
  priority: number;
  order: number;
  run: () => Promise<unknown>;
}

export class RenderQueue {
  readonly #waiting = new Set<Job>();
  #running = 0;
  #order = 0;
  #pumpScheduled = false;

  /** onIdle runs each time the last job in hand finishes and none is waiting. */
  constructor(
    private readonly onIdle: () => void = () => undefined,
    private readonly concurrency = 1,
  ) {}

  get waiting(): number {
    return this.#waiting.size;
  }

  schedule(priority: number, run: () => Promise<unknown>): QueuedJob {
    const job: Job = { priority, order: this.#order++, run };
    this.#waiting.add(job);
    this.#schedulePump();
    return {
      setPriority: (next) => {
        job.priority = next;
      },
      cancel: () => {
        this.#waiting.delete(job);
      },
    };
  }

  /** Waits a microtask, so every page mounted in the same commit is queued before one is picked. */
  #schedulePump(): void {
    if (this.#pumpScheduled) return;
    this.#pumpScheduled = true;
    queueMicrotask(() => {
      this.#pumpScheduled = false;
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#running < this.concurrency && this.#waiting.size > 0) {
      let next: Job | null = null;
      for (const job of this.#waiting) {
        if (!next || job.priority < next.priority || (job.priority === next.priority && job.order < next.order)) next = job;
      }
      if (!next) return;
      this.#waiting.delete(next);
      this.#running++;
      const done = () => {
        this.#running--;
        if (this.#running === 0 && this.#waiting.size === 0) this.onIdle();
        else this.#schedulePump();
      };
      let running: Promise<unknown>;
      try {
        running = next.run();
      } catch (error) {
        running = Promise.reject(error);
      }
      running.then(done, done);
    }
  }
}
