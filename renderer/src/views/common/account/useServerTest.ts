/**
 * The state of one server's connection test. Only the latest run counts: an answer that comes
 * back after the user edited the server (reset) or started another test is dropped.
 */
import { useCallback, useRef, useState } from 'react';
import type { CertificateInfo, ConnectionFailureCode, ConnectionTestResult } from '../../../../../shared/ipc/connection';
import { reportError } from '../../../api/reportError';

export type ServerTestState =
  | { status: 'idle' }
  | { status: 'testing' }
  | { status: 'ok'; mailboxes: string[] }
  | { status: 'failed'; code: ConnectionFailureCode; serverText?: string; certificate?: CertificateInfo }
  /** the app core did not answer (not the mail server's fault) */
  | { status: 'core-error' };

export interface ServerTest {
  state: ServerTestState;
  /** resolves with the test's state, or undefined when an edit or a newer run made it stale */
  run(call: () => Promise<ConnectionTestResult>): Promise<ServerTestState | undefined>;
  reset(): void;
}

export function useServerTest(): ServerTest {
  const [state, setState] = useState<ServerTestState>({ status: 'idle' });
  const generation = useRef(0);

  const run = useCallback(async (call: () => Promise<ConnectionTestResult>) => {
    const mine = ++generation.current;
    setState({ status: 'testing' });
    let next: ServerTestState;
    try {
      const result = await call();
      next = result.ok ? { status: 'ok', mailboxes: result.mailboxes } : { status: 'failed', ...withoutOk(result) };
    } catch (err) {
      reportError('connection test', err);
      next = { status: 'core-error' };
    }
    if (mine !== generation.current) return undefined;
    setState(next);
    return next;
  }, []);

  const reset = useCallback(() => {
    generation.current++;
    setState({ status: 'idle' });
  }, []);

  return { state, run, reset };
}

function withoutOk(result: Extract<ConnectionTestResult, { ok: false }>) {
  const { ok: _ok, ...rest } = result;
  return rest;
}
