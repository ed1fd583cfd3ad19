/**
 * The one error class for failures a user can meet: a code from the table (failureCodes.ts),
 * English words for logs, and the parameters the user's words need (e.g. attemptsLeft).
 */
import { CoreFailureCodeSchema, FailureCodeSchema, type FailureCode, type FailureParams, type FailureShape } from './failureCodes';

export class Failure extends Error {
  override readonly name = 'Failure';
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly params?: FailureParams,
  ) {
    super(message);
  }
}

export function failure(code: FailureCode, message: string, params?: FailureParams): Failure {
  return new Failure(code, message, params);
}

/** A Failure, also one made by another copy of this module (a test harness, another bundle). */
export function isFailure(error: unknown): error is Failure {
  if (error instanceof Failure) return true;
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; code?: unknown };
  return e.name === 'Failure' && FailureCodeSchema.safeParse(e.code).success;
}

/** A Failure that is an answer (e.g. 'outbox-busy'), not the core failing to give one ('internal', …). */
export function isRefusal(error: unknown): error is Failure {
  return isFailure(error) && !CoreFailureCodeSchema.safeParse(error.code).success;
}

export function fromShape(shape: FailureShape): Failure {
  return new Failure(shape.code, shape.message, shape.params);
}

/** the shape that crosses IPC (FailureSchema) */
export function shapeOf(f: Failure): FailureShape {
  return f.params === undefined ? { code: f.code, message: f.message } : { code: f.code, message: f.message, params: f.params };
}
