/**
 * The Rejected list as the view shows it: the store's rows, newest first, plus the rows accepted
 * here that the store has since dropped because the message was captured (R3.8) — so the user
 * sees what became of them instead of a row that silently disappears.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { useCrmStore } from '../../session/sessionContext';
import type { RejectedRow } from '../../db/records';

export interface ShownRejected {
  row: RejectedRow;
  /** accepted here and already captured: no longer in the store */
  captured: boolean;
}

export function useRejectedRows(): { rows: ShownRejected[] | undefined; remember(row: RejectedRow): void } {
  const store = useCrmStore();
  const live = useLiveQuery(() => store.queries.rejected(), [store]);
  const [acceptedHere, setAcceptedHere] = useState<ReadonlyMap<string, RejectedRow>>(new Map());
  const remember = useCallback((row: RejectedRow) => setAcceptedHere((m) => new Map(m).set(row.id, row)), []);
  if (live === undefined) return { rows: undefined, remember };
  const present = new Set(live.map((r) => r.id));
  const gone = [...acceptedHere.values()].filter((r) => !present.has(r.id)).map((row) => ({ row, captured: true }));
  const rows = [...live.map((row) => ({ row, captured: false })), ...gone].sort((a, b) => b.row.rejectedAt - a.row.rejectedAt || (a.row.id < b.row.id ? 1 : -1));
  return { rows, remember };
}
