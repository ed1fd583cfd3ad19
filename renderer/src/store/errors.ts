/**
 * The store's refusals are Failures (shared/failures) with the codes 'invalid' (the input does not
 * fit the schema), 'not-found' (no such row, or one the viewer may not see: R5.1 does not tell the
 * two apart) and 'forbidden' (the viewer may see it but not do this, R4.12). Anything else (an
 * IndexedDB failure) is a bug or a broken disk and is left as it is.
 */
import { failure, type Failure } from '../../../shared/failures/failure';

export function notFound(what: string, id: string): Failure {
  return failure('not-found', `${what} ${id} does not exist or is not visible to you`);
}

export function invalid(message: string): Failure {
  return failure('invalid', message);
}

/** the name of `err` or of what it wraps (Dexie's `inner`, a standard `cause`), a few levels down */
function namesOf(err: unknown): string[] {
  const names: string[] = [];
  let current: unknown = err;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

/**
 * R8.2: why a capture batch did not commit, as the user is told. IndexedDB reports a full disk
 * (or the browser's quota for the origin) as a QuotaExceededError, which Dexie passes on under
 * its own name or wraps in the AbortError of the transaction it ended.
 */
export function commitFailureCode(err: unknown): 'storage-full' | 'store-failed' {
  return namesOf(err).includes('QuotaExceededError') ? 'storage-full' : 'store-failed';
}
