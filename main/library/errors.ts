import { ScrutineerError } from '../errors';

/** A file could not be imported; the message is one line fit for the user. */
export class ImportError extends ScrutineerError {
  constructor(message: string) {
    super('unsupported-file', message);
  }
}

/** A correction the member asked for cannot be made as asked (it would merge two meetings silently, …); the message says why. */
export class CorrectionError extends ScrutineerError {
  constructor(message: string) {
    super('invalid-input', message);
  }
}
