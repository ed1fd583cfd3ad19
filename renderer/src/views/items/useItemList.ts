/**
 * The rows of the deals / leads / projects list: each item with its person's and organization's
 * names and a summary of its mail, live from the store (visibility enforced there).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ItemKind } from '../../../../shared/domain/crm';
import { useCrmStore } from '../../session/sessionContext';
import type { ItemRow } from '../../db/records';
import { LIST_THREAD_CAP, mailSummary, type MailSummary } from './activity';

export interface ItemListRow extends MailSummary {
  item: ItemRow;
  personName?: string;
  organizationName?: string;
}

/** `status` undefined: every status. Undefined while loading. */
export function useItemList(kind: ItemKind, status: string | undefined): ItemListRow[] | undefined {
  const store = useCrmStore();
  return useLiveQuery(async () => {
    const items = await store.queries.items(kind, status === undefined ? {} : { status });
    return Promise.all(
      items.map(async (item): Promise<ItemListRow> => {
        const [threads, person, organization] = await Promise.all([
          store.queries.threadsOfItem({ kind: item.kind, itemId: item.id }, { limit: LIST_THREAD_CAP }),
          item.personId === undefined ? undefined : store.queries.person(item.personId),
          item.organizationId === undefined ? undefined : store.queries.organization(item.organizationId),
        ]);
        return { item, personName: person?.name, organizationName: organization?.name, ...mailSummary(threads, item.updatedAt) };
      }),
    );
  }, [store, kind, status]);
}
