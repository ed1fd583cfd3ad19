/**
 * R3.8 accept a refused message: the store marks it (an error here is the user's to see), then
 * the session hands every accepted message to main, which fetches it again at once. If main
 * cannot be reached now, the session hands them over at the next start of capture.
 */
import { useCrmStore, useSession } from '../../session/sessionContext';
import { useAsyncAction, type AsyncAction } from '../../components/useAsyncAction';
import type { RejectedRow } from '../../db/records';
import { reportError } from '../../api/reportError';

export function useAccept(id: string, onAccepted: (row: RejectedRow) => void): AsyncAction & { accept(): Promise<void> } {
  const session = useSession();
  const store = useCrmStore();
  const action = useAsyncAction();
  return {
    ...action,
    async accept() {
      const accepted = await action.run(() => store.acceptRejected(id));
      if (!accepted) return;
      onAccepted(accepted);
      // the store has it accepted; fetching it again can wait for the next sync, so only report
      await session.acceptRejected(id).catch((err: unknown) => reportError('accept rejected: recapture', err));
    },
  };
}
