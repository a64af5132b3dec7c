import { contract, isMethod } from '../../shared/contract';
import { type Result, fail, ok } from '../../shared/result';
import { ImportError } from '../library/errors';
import { NotFoundError } from '../library/queries';
import { MinutesFormatError } from '../minutes';
import { PdfError } from '../papers/pdf-text';
import type { Handlers } from './handlers';

/**
 * The boundary every transport goes through (IPC, preview HTTP, tests): checks the method name,
 * validates the payload with the contract's zod schema and turns any failure into a typed error.
 * Stack traces go to the log, never to the caller.
 */
export async function dispatch(handlers: Handlers, method: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isMethod(method)) return fail('unknown-method', 'Unknown API method.');
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
    if (error instanceof NotFoundError) return fail('not-found', error.message);
    if (error instanceof ImportError || error instanceof MinutesFormatError || error instanceof PdfError) {
      return fail('unsupported-file', error.message);
    }
    console.error(`[api] ${method} failed:`, error);
    return fail('internal', 'Something went wrong inside Scrutineer; the details are in the log.');
  }
}
