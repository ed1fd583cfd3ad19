/** The titles of the items some conversations are linked to, keyed `kind:id` (for "on deal X"). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCrmStore } from '../../session/sessionContext';
import type { ThreadRow } from '../../db/records';

export const linkKeyOf = (link: NonNullable<ThreadRow['link']>) => `${link.kind}:${link.itemId}`;

export function useLinkedTitles(threads: readonly ThreadRow[] | undefined): ReadonlyMap<string, string> {
  const store = useCrmStore();
  const links = [...new Map((threads ?? []).flatMap((t) => (t.link ? [[linkKeyOf(t.link), t.link] as const] : []))).values()];
  const key = links.map(linkKeyOf).sort().join(',');
  return (
    useLiveQuery(async () => {
      const found = await Promise.all(links.map(async (l) => [linkKeyOf(l), (await store.queries.item({ kind: l.kind, itemId: l.itemId }))?.title] as const));
      return new Map(found.filter((f): f is readonly [string, string] => f[1] !== undefined));
    }, [store, key]) ?? new Map<string, string>()
  );
}
