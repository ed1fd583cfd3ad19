/**
 * Reports an error nobody else will see to main's log (`app:reportError`): where it happened, its
 * failure code (or its class name) and its message, cut short. Only the error's own words go: no
 * request, no record, no message text. Never throws, and never waits: a report is a side effect.
 */
import { isFailure } from '../../../shared/failures/failure';
import { REPORT_LIMITS } from '../../../shared/ipc/contract';
import { api } from './api';

function describe(error: unknown): { code: string; message: string } {
  if (isFailure(error)) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: error.name, message: error.message };
  return { code: typeof error, message: String(error) };
}

export function reportError(context: string, error: unknown): void {
  const { code, message } = describe(error);
  try {
    api()
      .invoke('app:reportError', {
        context: context.slice(0, REPORT_LIMITS.context),
        code: code.slice(0, REPORT_LIMITS.code),
        message: message.slice(0, REPORT_LIMITS.message),
      })
      // handled: a report that cannot be delivered (the core is gone) has nowhere else to go
      .catch(() => undefined);
  } catch {
    // handled: no core connected (api() throws): there is no log to report to
  }
}
