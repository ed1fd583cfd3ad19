/**
 * Errors the store throws on purpose, with a stable code the views turn into words. Anything
 * else (an IndexedDB failure) is a bug or a broken disk and is left as it is.
 */
export type StoreErrorCode =
  /** the input does not fit the schema (a batch over IPC, a form) */
  | 'invalid'
  /** no such row, or one the viewer may not see (the two are not told apart, R5.1) */
  | 'not-found'
  /** the viewer may see it but not do this (R4.12) */
  | 'forbidden';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function notFound(what: string, id: string): StoreError {
  return new StoreError('not-found', `${what} ${id} does not exist or is not visible to you`);
}
