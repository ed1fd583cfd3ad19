/** The five item views and what each kind of item may be: statuses, open or closed (R4.5). */
import { DealStatusSchema, LeadStatusSchema, ProjectStatusSchema, type ItemKind } from '../../../../shared/domain/crm';
import type { StatusTone } from '../../components/StatusBadge';
import type { MessageKey } from '../../i18n/keys';

export type ItemsViewKind = 'deals' | 'leads' | 'projects' | 'persons' | 'organizations';
export type ItemListKind = Extract<ItemsViewKind, 'deals' | 'leads' | 'projects'>;

export const ITEM_KIND_OF: Record<ItemListKind, ItemKind> = { deals: 'deal', leads: 'lead', projects: 'project' };
export const LIST_OF_KIND: Record<ItemKind, ItemListKind> = { deal: 'deals', lead: 'leads', project: 'projects' };

export function isItemListKind(kind: ItemsViewKind): kind is ItemListKind {
  return kind === 'deals' || kind === 'leads' || kind === 'projects';
}

export const STATUSES: Record<ItemKind, readonly string[]> = {
  deal: DealStatusSchema.options,
  lead: LeadStatusSchema.options,
  project: ProjectStatusSchema.options,
};

/** R4.5: only open items receive new mail automatically. */
export function isOpen(item: { status: string }): boolean {
  return item.status === 'open';
}

const TONES: Record<string, StatusTone> = {
  open: 'neutral',
  won: 'ok',
  converted: 'ok',
  lost: 'warning',
  deleted: 'error',
  archived: 'neutral',
  closed: 'neutral',
};

export function statusTone(status: string): StatusTone {
  return TONES[status] ?? 'neutral';
}

/** Deals and leads have an item address (R1.3); projects do not. */
export function hasItemAddress(kind: ItemKind): kind is 'deal' | 'lead' {
  return kind === 'deal' || kind === 'lead';
}

/**
 * The translation key of an item's status (or of the notice of a closed one). The status comes
 * from the item's own schema, so the key exists for its kind; test/unit/i18n checks every
 * kind's statuses have one.
 */
export function statusKey(kind: ItemKind, status: string): MessageKey {
  return `items.status.${kind}.${status}` as MessageKey;
}
export function closedKey(kind: ItemKind, status: string): MessageKey {
  return `items.closed.${kind}.${status}` as MessageKey;
}
