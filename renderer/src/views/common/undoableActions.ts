/**
 * Unlink and delete with Undo (issue 20.6; state/undo.ts says how each is undone and why deletes
 * wait). Views call these instead of the store's unlink and delete.
 */
import { useTranslation } from 'react-i18next';
import type { ThreadRow } from '../../db/records';
import { useCrmStore } from '../../session/sessionContext';
import { hiddenKey, offerUndo } from '../../state/undo';

export { hiddenKey };

export type DeletableKind = 'deal' | 'lead' | 'project' | 'person' | 'organization' | 'thread' | 'message';

/** R4.10 unlink by hand, then Undo puts the same link back, reason and all (store.restoreLink). */
export function useUnlinkWithUndo(): (thread: ThreadRow, itemTitle?: string) => Promise<ThreadRow> {
  const { t } = useTranslation();
  const store = useCrmStore();
  return async (thread, itemTitle) => {
    const before = { link: thread.link, candidates: thread.candidates, manualUnlink: thread.manualUnlink };
    const next = await store.unlinkThread(thread.id);
    offerUndo({
      message: itemTitle ? t('common.undo.unlinked', { title: itemTitle }) : t('common.undo.unlinkedPlain'),
      undo: () => store.restoreLink(thread.id, before),
    });
    return next;
  };
}

/**
 * A delete that waits for the toast to end: the row is hidden from lists meanwhile and `remove`
 * runs then. Undo drops it, so nothing was ever written or replicated.
 */
export function useDeleteWithUndo(): (kind: DeletableKind, id: string, remove: () => Promise<unknown>, alsoHides?: readonly string[]) => void {
  const { t } = useTranslation();
  return (kind, id, remove, alsoHides = []) =>
    offerUndo({
      message: t(`common.undo.deleted.${kind}`),
      undo: () => Promise.resolve(),
      commit: remove,
      hides: [hiddenKey(kind, id), ...alsoHides],
    });
}
