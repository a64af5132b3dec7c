/** Why a request to a council's site failed; `kind` lets callers decide to retry, `message` is for the member. */
export type SyncErrorKind =
  | 'bad-address' // not a usable https site address
  | 'insecure' // http://, or a redirect to it
  | 'certificate' // TLS verification failed: never bypassed
  | 'network' // DNS, refused, reset, dropped
  | 'timeout'
  | 'http-status' // 4xx/5xx after retries
  | 'busy' // asked to wait longer than we are willing to
  | 'too-large'
  | 'html-page' // a web page (usually an error page) where XML was expected
  | 'not-moderngov'
  | 'malformed' // truncated or invalid XML
  | 'unsafe-xml' // XML that declares a DTD or entities: refused unread (ModernGov never sends one)
  | 'not-pdf'
  | 'cancelled';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'SyncError';
  }

  /** Worth trying again later (or now, after a pause): the server or the connection, not the data. */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'busy' || (this.kind === 'http-status' && (this.status ?? 0) >= 500);
  }
}
