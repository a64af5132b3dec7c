/**
 * The one error base class of the domain modules: an error the member can be shown, with a code the
 * API boundary (main/api/dispatch.ts) turns into `{ ok: false, error: { code, message } }`. Every other
 * error is a bug: logged, and answered with a generic message.
 */
import type { ErrorCode } from '../shared/result';

export class ScrutineerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The thing asked for is not in the library. */
export class NotFoundError extends ScrutineerError {
  constructor(message: string) {
    super('not-found', message);
  }
}
