/**
 * The envelope every IPC answer travels in, so transports never have to serialize Error objects:
 * a value, or a refusal in the one failure shape (shared/failures). The renderer's api() turns
 * a refusal back into a `Failure`.
 */
import type { FailureShape } from '../failures/failureCodes';

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: FailureShape };
