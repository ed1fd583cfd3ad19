/** A record list (people or organizations), live: found by name or address, with a summary of each one's mail. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCrmStore } from '../../session/sessionContext';
import type { NamedRecord, RecordKind, RecordListRow } from './recordKind';

/** How many records one page shows; the search field narrows it down. */
export const RECORD_LIST_PAGE = 200;

export function useRecordList<R extends NamedRecord, Extra>(kind: RecordKind<R, Extra>, query: string): RecordListRow<R, Extra>[] | undefined {
  const store = useCrmStore();
  const q = query.trim();
  return useLiveQuery(() => kind.findRows(store, q, RECORD_LIST_PAGE), [store, kind, q]);
}
