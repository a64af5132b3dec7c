/** The one error the minutes parser throws: the input is not council minutes at all. */
export class MinutesFormatError extends Error {
  constructor(reason: string) {
    super(`This file does not look like council minutes: ${reason}`);
    this.name = 'MinutesFormatError';
  }
}

/**
 * Text that is neither minutes nor an agenda (a guidance page, an index of minutes, a news item, a
 * README). The message is one sentence saying why, e.g. "This file does not look like council
 * minutes: it names no meeting and has no agenda items, so it is not an agenda either (it reads like
 * a guidance page)."
 */
export class NotMinutesError extends MinutesFormatError {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotMinutesError';
  }
}
