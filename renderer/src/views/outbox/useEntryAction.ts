/** Retry and Remove of one outbox entry; why it did not work (e.g. it is being sent right now) is kept to be said. */
import { useState } from 'react';
import { isRefusal } from '../../../../shared/failures/failure';
import { api } from '../../api/api';
import { reloadOutbox } from './outboxFeed';

export function useEntryAction(id: string) {
  const [busy, setBusy] = useState<'retry' | 'remove' | undefined>();
  /** what the last action threw, for failureText; undefined after a success */
  const [problem, setProblem] = useState<unknown>();

  async function run(name: 'retry' | 'remove'): Promise<void> {
    setBusy(name);
    setProblem(undefined);
    try {
      if (name === 'retry') await api().invoke('outbox:retry', { id });
      else await api().invoke('outbox:remove', { id });
    } catch (err) {
      setProblem(err);
      // a refusal means the entry moved on: show where it is now
      if (isRefusal(err)) reloadOutbox();
    } finally {
      setBusy(undefined);
    }
  }

  return { busy, problem, run };
}
