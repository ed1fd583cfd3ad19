/** Retry and Remove of one outbox entry; a refusal (e.g. it is being sent right now) is kept to be said. */
import { useState } from 'react';
import { api } from '../../api/api';
import { reloadOutbox } from './outboxFeed';

export type ActionProblem = 'not-found' | 'busy' | 'wrong-state' | 'not-own-address' | 'core-error';

export function useEntryAction(id: string) {
  const [busy, setBusy] = useState<'retry' | 'remove' | undefined>();
  const [problem, setProblem] = useState<ActionProblem | undefined>();

  async function run(name: 'retry' | 'remove'): Promise<void> {
    setBusy(name);
    setProblem(undefined);
    try {
      const answer = name === 'retry' ? await api().invoke('outbox:retry', { id }) : await api().invoke('outbox:remove', { id });
      if ('refused' in answer) {
        setProblem(answer.refused);
        reloadOutbox();
      }
    } catch {
      setProblem('core-error');
    } finally {
      setBusy(undefined);
    }
  }

  return { busy, problem, run };
}
