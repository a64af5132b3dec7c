/** Errors the store raises with a message fit to show the user as it is. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly backupPath: string | null = null,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
