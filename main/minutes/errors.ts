/** The one error the minutes parser throws: the input is not council minutes at all. */
export class MinutesFormatError extends Error {
  constructor(reason: string) {
    super(`This file does not look like council minutes: ${reason}`);
    this.name = 'MinutesFormatError';
  }
}
