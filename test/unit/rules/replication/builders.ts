/** Builders for the replication tests: operations at chosen clocks, named by what they do. */
import type { Clock } from '../../../../shared/rules/replication/hlc';
import { makeOp, type LinkValue, type Op, type OpBody } from '../../../../shared/rules/replication/operations';

export const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);

/** A clock `ms` milliseconds after T0 on `replica`. */
export function at(replica: string, ms: number, counter = 0): Clock {
  return { wallMs: T0 + ms, counter, replicaId: replica };
}

export function op(clock: Clock, body: OpBody): Op {
  return makeOp(clock, body);
}

export const createDeal = (key: string, title = 'Offer', extra: Record<string, unknown> = {}): OpBody => ({
  kind: 'item.create',
  key,
  payload: { ownerId: 'u1', createdAt: T0, token: `d-${key.slice(5)}`, fields: { title, status: 'open', ...extra } },
});
export const createProject = (key: string, title = 'Rollout'): OpBody => ({
  kind: 'item.create',
  key,
  payload: { ownerId: 'u1', createdAt: T0, fields: { title, status: 'open' } },
});
export const editItem = (key: string, fields: Record<string, unknown>): OpBody => ({ kind: 'item.edit', key, payload: { fields } });
export const itemStatus = (key: string, status: string): OpBody => ({ kind: 'item.status', key, payload: { status } });
export const deleteItem = (key: string): OpBody => ({ kind: 'item.delete', key, payload: {} });
export const createPerson = (key: string, name: string, emails: string[], organizationKey?: string): OpBody => ({
  kind: 'person.create',
  key,
  payload: { ownerId: 'u1', createdAt: T0, fields: { name, emails, ...(organizationKey ? { organizationKey } : {}) } },
});
export const editPerson = (key: string, fields: Record<string, unknown>): OpBody => ({ kind: 'person.edit', key, payload: { fields } });
export const deletePerson = (key: string): OpBody => ({ kind: 'person.delete', key, payload: {} });
export const createOrganization = (key: string, name: string): OpBody => ({
  kind: 'organization.create',
  key,
  payload: { ownerId: 'u1', createdAt: T0, fields: { name } },
});

export const manualLink = (item: string): LinkValue => ({ item, manual: true, reason: { kind: 'manual' } });
export const manualUnlink: LinkValue = { item: null, manual: true, reason: null };
export const autoLink = (item: string, token = 'd-x'): LinkValue => ({ item, manual: false, reason: { kind: 'item-address', token } });
export const link = (thread: string, value: LinkValue): OpBody => ({ kind: 'thread.link', key: thread, payload: value });
export const copyThread = (copy: string, from: string, item: string): OpBody => ({ kind: 'thread.copy', key: copy, payload: { from, item, ownerId: 'u1' } });
export const visibility = (thread: string, v: 'private' | 'shared'): OpBody => ({ kind: 'thread.visibility', key: thread, payload: { visibility: v } });
export const deleteThread = (thread: string, ids: string[]): OpBody => ({ kind: 'thread.delete', key: thread, payload: { ids } });
export const deleteMessage = (messageId: string): OpBody => ({ kind: 'message.delete', key: messageId, payload: {} });
export const setting = (name: 'linkingMode' | 'sharingDefault', value: string): OpBody => ({ kind: 'setting.set', key: name, payload: { value } });

/** Every order of a small list (tables prove order independence on each row). */
export function permutations<T>(list: readonly T[]): T[][] {
  if (list.length <= 1) return [[...list]];
  return list.flatMap((x, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [x, ...rest]));
}
