import { contract, isMethod } from '../../shared/contract';
import { type Result, fail, ok } from '../../shared/result';
import { ScrutineerError } from '../errors';
import { MinutesFormatError } from '../minutes';
import { PdfError } from '../papers/pdf-text';
import { SyncError } from '../sync/errors';
import { BackupError } from '../backup/backup-db';
import { StoreError, isDiskFull } from '../store/errors';
import type { Handlers } from './handlers';

/** Deeper than any real payload: refused before zod has to recurse that far. */
const MAX_PAYLOAD_DEPTH = 32;

/**
 * Payloads must be plain data, as JSON and structured clone produce: objects whose prototype is
 * Object.prototype (or null), arrays, byte arrays and primitives. A Date, Map, Error or class
 * instance is refused before zod sees it, because zod reads such an object's inherited properties
 * as if they had been sent (an Error passes its prototype's "name" as a name).
 */
function isPlainData(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (depth > MAX_PAYLOAD_DEPTH) return false;
  if (value instanceof Uint8Array) return true;
  if (Array.isArray(value)) return value.every((v) => isPlainData(v, depth + 1));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every((v) => isPlainData(v, depth + 1));
}

/**
 * The boundary every transport goes through (IPC, preview HTTP, tests): checks the method name,
 * validates the payload with the contract's zod schema and turns any failure into a typed error.
 * Stack traces go to the log, never to the caller.
 */
export async function dispatch(handlers: Handlers, method: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isMethod(method)) return fail('unknown-method', 'Unknown API method.');
  if (!isPlainData(payload)) return fail('invalid-input', `Invalid request for ${method}: send plain data only.`);
  const parsed = contract[method].input.safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return fail('invalid-input', `Invalid request for ${method}${where}: ${issue?.message ?? 'bad input'}.`);
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    // Errors the member can be shown (not found, a correction that cannot be made as asked, a file that cannot be imported…).
    if (error instanceof ScrutineerError) return fail(error.code, error.message);
    // A backup that cannot be used, a damaged library, a full disk: the message says what happened.
    if (error instanceof BackupError) return fail('unsupported-file', error.message);
    if (error instanceof StoreError) return fail('internal', error.message);
    if (isDiskFull(error)) return fail('internal', 'The disk is full, so this was not saved. Free some space and try again.');
    // A council's site could not be reached or read: the message says why, in words for the member.
    if (error instanceof SyncError) return fail(error.kind === 'bad-address' || error.kind === 'insecure' ? 'invalid-input' : 'unsupported-file', error.message);
    if (error instanceof MinutesFormatError || error instanceof PdfError) {
      return fail('unsupported-file', error.message);
    }
    console.error(`[api] ${method} failed:`, error);
    return fail('internal', 'Something went wrong inside Scrutineer; the details are in the log.');
  }
}
