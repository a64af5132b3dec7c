/**
 * The only way Scrutineer talks to a council: https GET over node:https, polite and bounded.
 * - Certificates are always verified (Node's defaults). The one trust extension is an explicit
 *   extra CA (`ca`, or the file named by SCRUTINEER_EXTRA_CA_FILE), added to Node's own roots;
 *   rejectUnauthorized is never touched.
 * - One request at a time per council (a queue per site, shared by every run in this process),
 *   a short pause between requests, a clear User-Agent, a keep-alive connection.
 * - Timeouts (idle and whole-request), a size cap applied while reading (after decompression),
 *   retries with exponential backoff on dropped connections and 5xx, Retry-After honoured.
 * - Redirects are followed only to https.
 */
import fs from 'node:fs';
import https from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import tls from 'node:tls';
import zlib from 'node:zlib';
import { version } from '../../package.json';
import { SyncError } from './errors';

export const USER_AGENT = `Scrutineer/${version} (offline papers reader for councillors; +see README "Council sync")`;

export interface ClientOptions {
  /** Extra certificate authorities to trust besides Node's bundled roots (PEM). Tests and the preview harness only. */
  ca?: string | Buffer | Array<string | Buffer>;
  userAgent?: string;
  /** No data for this long: give up on the attempt. */
  idleTimeoutMs?: number;
  /** The whole attempt, connection to last byte. */
  deadlineMs?: number;
  /** Further attempts after a dropped connection, a timeout or a 5xx. */
  retries?: number;
  backoffBaseMs?: number;
  /** Retry-After longer than this is not waited for: the run reports the council busy instead. */
  maxRetryAfterMs?: number;
  /** Pause between two requests to the same council. */
  minIntervalMs?: number;
  signal?: AbortSignal;
  /** Told about every attempt (tests count them; progress shows them). */
  onAttempt?: (url: string) => void;
}

export interface Conditional {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchResult {
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const DEFAULTS = {
  idleTimeoutMs: 30_000,
  deadlineMs: 180_000,
  retries: 3,
  backoffBaseMs: 2_000,
  maxRetryAfterMs: 10 * 60_000,
  minIntervalMs: 500,
};

const CERT_CODES = /CERT|SELF_SIGNED|UNABLE_TO_(?:VERIFY|GET_ISSUER)|ALTNAME|ERR_TLS|SSL|HOSTNAME_MISMATCH/i;

/** The extra CA named by SCRUTINEER_EXTRA_CA_FILE, if any (tests and the preview harness use it for the stand-in). */
export function extraCaFromEnv(env: NodeJS.ProcessEnv = process.env): Buffer | undefined {
  const file = env.SCRUTINEER_EXTRA_CA_FILE;
  if (!file) return undefined;
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new SyncError('certificate', `The extra certificate authority file ${file} (SCRUTINEER_EXTRA_CA_FILE) could not be read: ${(error as Error).message}`);
  }
}

/** One request at a time per key, in order of arrival. */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  lastFinishedAt = 0;
  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }
}

const queues = new Map<string, SerialQueue>();
function queueFor(key: string): SerialQueue {
  let q = queues.get(key);
  if (!q) {
    q = new SerialQueue();
    queues.set(key, q);
  }
  return q;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new SyncError('cancelled', 'Sync was stopped.'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SyncError('cancelled', 'Sync was stopped.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return null;
  if (/^\s*\d+\s*$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function describeNetworkError(error: NodeJS.ErrnoException, host: string): SyncError {
  const code = error.code ?? '';
  if (CERT_CODES.test(code) || /certificate/i.test(error.message)) {
    return new SyncError(
      'certificate',
      `The site ${host} did not present a certificate Scrutineer can trust (${code || error.message}), so it was not contacted further. ` +
        'Papers over an unverified connection could have been altered on the way. If the site opens in your browser, your network may be intercepting secure connections.',
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new SyncError('network', `Could not find ${host}. Check the address, and that you are online.`);
  if (code === 'ECONNREFUSED') return new SyncError('network', `${host} refused the connection. The site may be down; sync will try again later.`);
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return new SyncError('network', `Could not reach ${host}: you may be offline. Everything already stored is still here.`);
  return new SyncError('network', `The connection to ${host} was dropped part-way (${code || error.message}). Sync will try again.`);
}

function decoderFor(encoding: string | undefined): NodeJS.ReadWriteStream | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

export interface GetOptions {
  accept: string;
  maxBytes: number;
  conditional?: Conditional;
  /** A short description for messages: "the list of committees", "“Report title”". */
  what: string;
}

/** A client for one council's site: all its requests share one queue and one keep-alive connection. */
export class CouncilClient {
  private readonly options: Required<Omit<ClientOptions, 'ca' | 'signal' | 'onAttempt' | 'userAgent'>> & ClientOptions;
  private readonly agent: https.Agent;
  private readonly queue: SerialQueue;
  readonly host: string;

  constructor(
    readonly base: string,
    options: ClientOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    const url = new URL(base);
    if (url.protocol !== 'https:') throw new SyncError('insecure', 'Scrutineer only connects to councils over https.');
    this.host = url.host;
    const extra = options.ca === undefined ? [] : Array.isArray(options.ca) ? options.ca : [options.ca];
    this.agent = new https.Agent({
      keepAlive: true,
      maxSockets: 1,
      // Adds to Node's roots rather than replacing them; verification itself is never switched off.
      ...(extra.length > 0 ? { ca: [...tls.rootCertificates, ...extra] } : {}),
    });
    this.queue = queueFor(base.toLowerCase());
  }

  close(): void {
    this.agent.destroy();
  }

  /** GET a path below the site (e.g. "mgWebService.asmx/GetCommittees?lDays=0"), queued, retried, capped. */
  get(pathAndQuery: string, options: GetOptions): Promise<FetchResult> {
    const url = `${this.base}/${pathAndQuery.replace(/^\/+/, '')}`;
    return this.queue.run(async () => {
      try {
        return await this.withRetries(url, options);
      } finally {
        this.queue.lastFinishedAt = Date.now();
      }
    });
  }

  private async withRetries(url: string, options: GetOptions): Promise<FetchResult> {
    const { retries, backoffBaseMs, maxRetryAfterMs, minIntervalMs, signal } = this.options;
    for (let attempt = 0; ; attempt++) {
      const gap = this.queue.lastFinishedAt + minIntervalMs - Date.now();
      if (gap > 0) await sleep(gap, signal);
      let failure: SyncError;
      try {
        const result = await this.followRedirects(url, options);
        if (result.status < 400 || result.status === 404) return result;
        const wait = retryAfterMs(result.headers['retry-after']);
        if ((result.status === 503 || result.status === 429) && wait !== null) {
          if (wait > maxRetryAfterMs) {
            throw new SyncError(
              'busy',
              `The council’s site asked Scrutineer to wait ${Math.ceil(wait / 60_000)} minutes before asking again (${result.status}). Sync will try later; nothing stored was changed.`,
              result.status,
            );
          }
          if (attempt >= retries) throw this.statusError(result.status, options.what);
          await sleep(wait, signal);
          continue;
        }
        failure = this.statusError(result.status, options.what);
      } catch (error) {
        if (!(error instanceof SyncError)) throw error;
        failure = error;
      }
      if (!failure.transient || failure.kind === 'busy' || attempt >= retries) throw failure;
      // Exponential backoff with a little jitter, so many members' apps do not retry in step.
      await sleep(backoffBaseMs * 2 ** attempt * (0.75 + Math.random() * 0.5), signal);
    }
  }

  private statusError(status: number, what: string): SyncError {
    if (status === 401 || status === 403) {
      return new SyncError('http-status', `The council’s site refused to give ${what} (${status}). It may be private or blocking automated requests.`, status);
    }
    if (status >= 500) return new SyncError('http-status', `The council’s site had an error while giving ${what} (${status}). Sync will try again later.`, status);
    return new SyncError('http-status', `The council’s site answered ${status} when asked for ${what}.`, status);
  }

  private async followRedirects(first: string, options: GetOptions): Promise<FetchResult> {
    let url = first;
    for (let hop = 0; hop <= 5; hop++) {
      const result = await this.attempt(url, options);
      if (![301, 302, 303, 307, 308].includes(result.status)) return result;
      const location = result.headers.location;
      if (!location) return result;
      const next = new URL(location, url);
      if (next.protocol !== 'https:') {
        throw new SyncError('insecure', `The council’s site sent Scrutineer to an insecure address (${next.protocol}//${next.host}); it was not followed.`);
      }
      url = next.toString();
    }
    throw new SyncError('http-status', `The council’s site redirected too many times while giving ${options.what}.`);
  }

  private attempt(url: string, options: GetOptions): Promise<FetchResult> {
    const { idleTimeoutMs, deadlineMs, signal } = this.options;
    this.options.onAttempt?.(url);
    const parsed = new URL(url);
    return new Promise<FetchResult>((resolve, reject) => {
      if (signal?.aborted) return reject(new SyncError('cancelled', 'Sync was stopped.'));
      let settled = false;
      const headers: Record<string, string> = {
        'User-Agent': this.options.userAgent ?? USER_AGENT,
        Accept: options.accept,
        'Accept-Encoding': 'gzip, deflate, br',
      };
      if (options.conditional?.etag) headers['If-None-Match'] = options.conditional.etag;
      if (options.conditional?.lastModified) headers['If-Modified-Since'] = options.conditional.lastModified;
      const req = https.request(parsed, { method: 'GET', agent: this.agent, headers, timeout: idleTimeoutMs });
      const deadline = setTimeout(() => fail(new SyncError('timeout', `The council’s site took longer than ${Math.round(deadlineMs / 1000)} seconds to send ${options.what}. Sync will try again later.`)), deadlineMs);
      const onAbort = () => fail(new SyncError('cancelled', 'Sync was stopped.'));
      signal?.addEventListener('abort', onAbort, { once: true });
      function done(): void {
        settled = true;
        clearTimeout(deadline);
        signal?.removeEventListener('abort', onAbort);
      }
      function fail(error: SyncError): void {
        if (settled) return;
        done();
        req.destroy();
        reject(error);
      }
      req.on('timeout', () =>
        fail(new SyncError('timeout', `The council’s site stopped answering for ${Math.round(idleTimeoutMs / 1000)} seconds while sending ${options.what}. Sync will try again later.`)),
      );
      req.on('error', (error: NodeJS.ErrnoException) => fail(describeNetworkError(error, parsed.host)));
      req.on('response', (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        const length = Number(res.headers['content-length'] ?? NaN);
        if (status === 200 && Number.isFinite(length) && length > options.maxBytes) {
          res.resume();
          return fail(tooLarge(options));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let raw = 0;
        const decoder = decoderFor(res.headers['content-encoding'] as string | undefined);
        const body: NodeJS.ReadableStream = decoder ? res.pipe(decoder) : res;
        res.on('data', (chunk: Buffer) => {
          raw += chunk.length;
        });
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) return fail(tooLarge(options));
          chunks.push(chunk);
        });
        const dropped = () => fail(new SyncError('network', `The connection to ${parsed.host} was dropped before all of ${options.what} arrived. Sync will try again.`));
        res.on('aborted', dropped);
        res.on('error', dropped);
        body.on('error', () => fail(new SyncError('malformed', `${capitalise(options.what)} arrived damaged (it could not be decompressed).`)));
        body.on('end', () => {
          if (settled) return;
          if (!res.complete || (Number.isFinite(length) && !decoder && raw < length)) return dropped();
          done();
          resolve({ url, status, headers: res.headers, body: Buffer.concat(chunks) });
        });
      });
      req.end();
    });
  }
}

function tooLarge(options: GetOptions): SyncError {
  const limit = options.maxBytes >= 1024 * 1024 ? `${Math.round(options.maxBytes / (1024 * 1024))} MB` : `${Math.max(1, Math.round(options.maxBytes / 1024))} KB`;
  return new SyncError('too-large', `${capitalise(options.what)} is larger than ${limit}, more than Scrutineer accepts; it was not downloaded.`);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
