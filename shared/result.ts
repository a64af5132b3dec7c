/** Every API reply is a Result: the renderer never sees an exception or a stack trace. */
export type ErrorCode = 'invalid-input' | 'not-found' | 'unsupported-file' | 'forbidden' | 'unknown-method' | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
