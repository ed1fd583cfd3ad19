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
