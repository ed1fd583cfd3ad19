/**
 * Conversations to link to an item (R4.10): the inbox's newest when nothing is typed, else the
 * search's answers; without those already on this item; each with the item it is on now.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ItemRef } from '../../../../shared/domain/crm';
import { useCrmStore } from '../../session/sessionContext';
import type { ThreadRow } from '../../db/records';

export interface LinkCandidate {
  thread: ThreadRow;
  /** the title of the item it is linked to now */
  linkedTo?: string;
}

const RECENT = 12;
const FOUND = 20;

export function useLinkCandidates(item: ItemRef, query: string): LinkCandidate[] | undefined {
  const store = useCrmStore();
  const q = query.trim();
  return useLiveQuery(async () => {
    const threads = q === '' ? (await store.queries.inboxPage({ limit: RECENT })).threads : await store.queries.search({ query: q, limit: FOUND });
    const others = threads.filter((t) => !(t.link?.kind === item.kind && t.link.itemId === item.itemId));
    return Promise.all(
      others.map(async (thread): Promise<LinkCandidate> => {
        const linked = thread.link ? await store.queries.item({ kind: thread.link.kind, itemId: thread.link.itemId }) : undefined;
        return linked ? { thread, linkedTo: linked.title } : { thread };
      }),
    );
  }, [store, q, item.kind, item.itemId]);
}
