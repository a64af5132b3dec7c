/** A file could not be imported; the message is one line fit for the user. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** A correction the member asked for cannot be made as asked (it would merge two meetings silently, …); the message says why. */
export class CorrectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorrectionError';
  }
}
