/**
 * Which status changes a deal, lead or project offers in each status (R4.5): deals are won,
 * lost, deleted or reopened; leads archived, converted into a deal or reopened; projects closed
 * or reopened. Leads and projects are removed when deleted; a deal keeps its row as "deleted".
 */
import type { ItemKind } from '../../../../shared/domain/crm';

export type StatusActionKey = 'won' | 'lost' | 'archive' | 'convert' | 'close' | 'reopen' | 'delete';

export interface StatusAction {
  key: StatusActionKey;
  /** the status it sets; absent for convert and delete, which do more */
  status?: string;
  /** the main choice of the row */
  primary?: boolean;
}

const WON: StatusAction = { key: 'won', status: 'won', primary: true };
const LOST: StatusAction = { key: 'lost', status: 'lost' };
const REOPEN: StatusAction = { key: 'reopen', status: 'open' };
const DELETE: StatusAction = { key: 'delete' };

export function statusActions(kind: ItemKind, status: string): StatusAction[] {
  switch (kind) {
    case 'deal':
      if (status === 'open') return [WON, LOST, DELETE];
      if (status === 'deleted') return [REOPEN];
      return [REOPEN, DELETE];
    case 'lead':
      if (status === 'open') return [{ key: 'convert', primary: true }, { key: 'archive', status: 'archived' }, DELETE];
      if (status === 'archived') return [REOPEN, DELETE];
      return [DELETE];
    case 'project':
      if (status === 'open') return [{ key: 'close', status: 'closed', primary: true }, DELETE];
      return [REOPEN, DELETE];
  }
}
