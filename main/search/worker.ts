/**
 * Searches off the thread that serves the app (issue 17): a worker thread with its own read-only
 * connection to the same store runs each statement of a search plan (search.ts), so a slow query
 * never holds up another API call. Between statements the plan checks a time budget (an answer
 * marked partial when it runs out) and whether a newer query from the same channel has arrived
 * (the older one then stops and answers as cancelled).
 *
 * A statement cannot be interrupted inside SQLite (better-sqlite3 has no sqlite3_interrupt), so the
 * query syntax keeps each statement bounded (no 1- or 2-letter prefixes, few terms) and a worker
 * that still overruns by far is abandoned: the caller gets a partial answer at once and the next
 * search starts a fresh worker.
 *
 * The worker's code is plain JavaScript passed as a string (no file to copy into the build, no
 * TypeScript loader needed in tests); the SQL and all decisions stay in search.ts.
 */
import { Worker } from 'node:worker_threads';
import type { SearchResults } from '../../shared/types/papers';
import type { Store } from '../store/database';
import { type SearchPlan, type SearchRequest, searchPlan } from './search';

/** Answers within about this long, complete or marked partial. */
export const SEARCH_BUDGET_MS = 2000;
/** A single statement still running this long after the budget: the worker is abandoned. */
const ABANDON_AFTER_MS = 1000;
/** An idle worker (and its connection) is closed after this long. */
const IDLE_MS = 60_000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
if (workerData.key) {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma('key = "x\\'' + workerData.key + '\\'"');
  db.pragma('temp_store = MEMORY');
}
db.pragma('busy_timeout = 5000');
db.pragma('query_only = 1');
const statements = new Map();
parentPort.on('message', ({ id, sql, params }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size > 200) statements.clear();
      statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(params) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

type Pending = { resolve: (rows: unknown[]) => void; reject: (error: Error) => void };

class Connection {
  readonly worker: Worker;
  private nextId = 0;
  private pending = new Map<number, Pending>();
  dead = false;

  constructor(file: string, key: string | null) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, key, driver: require.resolve('better-sqlite3-multiple-ciphers') } });
    this.worker.on('message', (message: { id: number; rows?: unknown[]; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!waiting) return;
      if (message.error !== undefined) waiting.reject(new Error(message.error));
      else waiting.resolve(message.rows ?? []);
    });
    const fail = (error: Error) => {
      this.dead = true;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', () => fail(new Error('The search worker stopped.')));
    // After the listeners (adding one refs the worker again): an idle worker never keeps the process alive.
    this.worker.unref();
  }

  run(sql: string, params: Record<string, unknown>): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, sql, params });
    });
  }

  close(): Promise<number> {
    this.dead = true;
    return this.worker.terminate();
  }
}

export class SearchCancelled extends Error {}

/** One per store: searches run one at a time on its worker, each with a time budget. */
export class SearchWorker {
  private connection: Connection | null = null;
  private db: Store['db'] | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private latest = new Map<string, number>();
  private generation = 0;
  private idle: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Store,
    private readonly options: { budgetMs?: number } = {},
  ) {}

  /** Runs a search; a newer search on the same `channel` makes this one answer at once as partial (cancelled). */
  search(request: SearchRequest, channel?: string): Promise<SearchResults> {
    const mine = ++this.generation;
    if (channel) this.latest.set(channel, mine);
    const superseded = () => channel !== undefined && this.latest.get(channel) !== mine;
    const run = this.queue.then(() => this.execute(request, superseded));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private connect(): Connection {
    // A restored backup reopens the store (store.db changes): the worker follows it.
    if (this.connection && (this.connection.dead || this.db !== this.store.db)) {
      void this.connection.close();
      this.connection = null;
    }
    if (!this.connection) {
      this.db = this.store.db;
      this.connection = new Connection(this.store.db.name, this.store.key ? this.store.key.toString('hex') : null);
    }
    return this.connection;
  }

  private async execute(request: SearchRequest, superseded: () => boolean): Promise<SearchResults> {
    if (this.idle) clearTimeout(this.idle);
    const budgetMs = this.options.budgetMs ?? SEARCH_BUDGET_MS;
    const deadline = performance.now() + budgetMs;
    const plan: SearchPlan = searchPlan(request, { expired: () => superseded() || performance.now() > deadline });
    try {
      let next = plan.next();
      while (!next.done) {
        if (superseded()) throw new SearchCancelled();
        const connection = this.connect();
        const step = next.value;
        const rows = await this.withinBudget(connection, connection.run(step.sql, step.params), deadline + ABANDON_AFTER_MS);
        next = plan.next(rows);
      }
      return next.value;
    } catch (error) {
      if (error instanceof SearchCancelled || error instanceof StatementOverran) {
        const parsed = searchPlan({ ...request, query: '' }).next().value as SearchResults;
        return { ...parsed, query: request.query, partial: true, totalExact: false, nextOffset: null, offset: request.offset ?? 0 };
      }
      throw error;
    } finally {
      this.idle = setTimeout(() => void this.close(), IDLE_MS);
      this.idle.unref();
    }
  }

  /** A statement that is still running long after the budget: the worker is left to finish and closed; the next search gets a new one. */
  private withinBudget(connection: Connection, rows: Promise<unknown[]>, until: number): Promise<unknown[]> {
    const wait = Math.max(0, until - performance.now());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.connection === connection) this.connection = null;
        void connection.close();
        reject(new StatementOverran());
      }, wait);
      rows.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    const connection = this.connection;
    this.connection = null;
    if (connection) await connection.close();
  }
}

class StatementOverran extends Error {}
