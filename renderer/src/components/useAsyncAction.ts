/**
 * Runs a user action for a view, one at a time: busy while it runs, what it threw (kept until the
 * next run or `reset`), and its result — undefined when it failed, so `if (await run(...))` reads
 * as "if it worked" for actions that answer with something.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface AsyncAction {
  busy: boolean;
  /** what the last run threw; undefined after a success */
  error: unknown;
  run<R>(action: () => R): Promise<Awaited<R> | undefined>;
  /** forget the last error (e.g. when the form it belongs to is closed) */
  reset(): void;
}

export function useAsyncAction(): AsyncAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const run = useCallback(async <R,>(action: () => R): Promise<Awaited<R> | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (err) {
      if (live.current) setError(err);
      return undefined;
    } finally {
      if (live.current) setBusy(false);
    }
  }, []);
  const reset = useCallback(() => setError(undefined), []);
  return { busy, error, run, reset };
}
