/**
 * R8.3 rows from the replicated state (view.ts says what it means): items, persons and
 * organizations created, edited or removed; threads linked (R4.11: the manual decision outranks
 * the automatic ones), unlinked, shared or made private (R5.4), copied (R4.9), deleted (R3.7);
 * deleted messages removed with a tombstone; the CRM settings. A row is written only when it
 * changes, so applying the same state again writes nothing. A reference that waits (an item not
 * created yet, mail not captured yet) leaves the row as it is.
 */
import { DealSchema, LeadSchema, OrganizationSchema, PersonSchema, ProjectSchema, type ItemKind, type Visibility } from '../../../../shared/domain/crm';
import { decodeClock } from '../../../../shared/rules/replication/hlc';
import { parseItemKey, type ItemKey, type PersonKey, type ThreadKey } from '../../../../shared/rules/replication/keys';
import type { LinkValue } from '../../../../shared/rules/replication/operations';
import { canonicalJson, type Reg } from '../../../../shared/rules/replication/registers';
import type { ReplicatedState, ThreadState } from '../../../../shared/rules/replication/state';
import { copyAlive, joinThreadStates } from '../../../../shared/rules/replication/threads';
import { effectiveLink, itemPresence, organizationPresence, personPresence } from '../../../../shared/rules/replication/view';
import { manualUnlinkPatch } from '../../../../shared/rules/linkPatches';
import { makePrivatePatch, visibilityAfterLink } from '../../../../shared/rules/visibility';
import { nameKeys } from '../../db/derivedFields';
import type { ItemRow, MessageRow, ThreadRow } from '../../db/records';
import { recomputed, removeMessages } from '../actions/deletion';
import { writeCopy } from '../actions/copyThread';
import type { StoreContext } from '../context';
import { putItem, unlinkThreadsOf } from '../items/itemActions';
import { bringThreadsToOrganization, removeOrganizationRow, removePersonRow } from '../items/personActions';
import { getItemRow } from '../queries/access';
import { setSetting } from '../settings';
import { patchThread } from '../threads/threadRows';
import { itemRefOf, keysOfThread, localReason, personRowId } from './localKeys';
import { sameRow } from './settle';
import { splitStateKey } from './stateRows';

export interface View {
  state: ReplicatedState;
  /** the local threads each thread key names */
  threadsOfKey: Map<ThreadKey, string[]>;
  /** every key of each of those local threads */
  keysOfLocal: Map<string, ThreadKey[]>;
}

const ROW_SCHEMAS = { deal: DealSchema, lead: LeadSchema, project: ProjectSchema };

function presentPerson(state: ReplicatedState, key: PersonKey | null | undefined): string | undefined {
  return key && personPresence(state, key) === 'alive' ? personRowId(key) : undefined;
}

function presentOrganization(state: ReplicatedState, key: string | null | undefined): string | undefined {
  return key && organizationPresence(state, key) === 'alive' ? key : undefined;
}

async function materializeItem(ctx: StoreContext, state: ReplicatedState, key: ItemKey): Promise<void> {
  const { kind, itemId } = parseItemKey(key);
  const entity = state.items[key];
  const row = await getItemRow(ctx.db, { kind, itemId });
  const presence = itemPresence(state, key);
  if (presence === 'unknown' || entity === undefined) return;
  if (presence === 'deleted') {
    if (!row) return;
    await unlinkThreadsOf(ctx, { kind, itemId });
    await ctx.db.table(`${kind}s`).delete(itemId);
    return;
  }
  const origin = entity.origin?.value;
  const f = entity.fields;
  if (!origin || !f.title || !f.status) return;
  const personId = presentPerson(state, f.personKey?.value);
  const organizationId = presentOrganization(state, f.organizationKey?.value);
  const candidate: Record<string, unknown> = {
    id: itemId,
    kind,
    title: f.title.value,
    status: f.status.value,
    ownerId: origin.ownerId,
    createdAt: origin.createdAt,
    updatedAt: row?.updatedAt ?? origin.createdAt,
    ...(origin.token === undefined ? {} : { token: origin.token }),
    ...(personId === undefined ? {} : { personId }),
    ...(organizationId === undefined ? {} : { organizationId }),
  };
  if (kind === 'deal') {
    for (const field of ['value', 'currency', 'stage'] as const) {
      const value = f[field]?.value;
      if (value !== null && value !== undefined) candidate[field] = value;
    }
  }
  const parsed = ROW_SCHEMAS[kind as ItemKind].safeParse(candidate);
  if (!parsed.success) return;
  const next = { ...parsed.data, nameKeys: nameKeys(parsed.data.title) } as ItemRow;
  if (sameRow(row, next)) return;
  await putItem(ctx, row ? { ...next, updatedAt: ctx.clock() } : next);
}

async function materializePerson(ctx: StoreContext, state: ReplicatedState, key: PersonKey): Promise<void> {
  const id = personRowId(key);
  const entity = state.persons[key];
  const row = await ctx.db.persons.get(id);
  const presence = personPresence(state, key);
  if (presence === 'unknown' || entity === undefined) return;
  if (presence === 'deleted') {
    if (row) await removePersonRow(ctx, id);
    return;
  }
  const origin = entity.origin?.value;
  const f = entity.fields;
  if (!origin || !f.name || !f.emails) return;
  const organizationId = presentOrganization(state, f.organizationKey?.value);
  const parsed = PersonSchema.safeParse({
    id,
    name: f.name.value,
    emails: f.emails.value,
    ownerId: origin.ownerId,
    createdAt: origin.createdAt,
    updatedAt: row?.updatedAt ?? origin.createdAt,
    ...(organizationId === undefined ? {} : { organizationId }),
  });
  if (!parsed.success) return;
  const next = { ...parsed.data, nameKeys: nameKeys(parsed.data.name) };
  if (sameRow(row, next)) return;
  await ctx.db.persons.put(row ? { ...next, updatedAt: ctx.clock() } : next);
  // R4.3 beyond, as on the device where the person joined: their threads come along
  if (row && next.organizationId !== undefined && row.organizationId !== next.organizationId) await bringThreadsToOrganization(ctx, id, next.organizationId);
}

async function materializeOrganization(ctx: StoreContext, state: ReplicatedState, key: string): Promise<void> {
  const entity = state.organizations[key];
  const row = await ctx.db.organizations.get(key);
  const presence = organizationPresence(state, key);
  if (presence === 'unknown' || entity === undefined) return;
  if (presence === 'deleted') {
    if (row) await removeOrganizationRow(ctx, key);
    return;
  }
  const origin = entity.origin?.value;
  const name = entity.fields.name?.value;
  const domains = entity.fields.domains?.value ?? [];
  if (!origin || !name) return;
  const parsed = OrganizationSchema.safeParse({ id: key, name, ...(domains.length > 0 ? { domains } : {}), ownerId: origin.ownerId, createdAt: origin.createdAt, updatedAt: row?.updatedAt ?? origin.createdAt });
  if (!parsed.success) return;
  const next = { ...parsed.data, nameKeys: nameKeys(name) };
  if (sameRow(row, next)) return;
  await ctx.db.organizations.put(row ? { ...next, updatedAt: ctx.clock() } : next);
}

async function materializeSetting(ctx: StoreContext, state: ReplicatedState, name: string): Promise<void> {
  if (name === 'linkingMode' && state.settings.linkingMode) {
    const value = state.settings.linkingMode.value;
    if ((await ctx.db.settings.get(name))?.value !== value) await setSetting(ctx.db, 'linkingMode', value);
  } else if (name === 'sharingDefault' && state.settings.sharingDefault) {
    const value = state.settings.sharingDefault.value;
    if ((await ctx.db.settings.get(name))?.value !== value) await setSetting(ctx.db, 'sharingDefault', value);
  }
}

function wallMs(clock: string, fallback: number): number {
  return decodeClock(clock)?.wallMs ?? fallback;
}

/** The non-copy messages with these Message-IDs go (with their words and UID rows); their threads are recomputed. */
async function removeMail(ctx: StoreContext, messageIds: readonly string[]): Promise<void> {
  const found = await Promise.all(messageIds.map((id) => ctx.db.messages.where('messageId').equals(id).toArray()));
  const gone: MessageRow[] = found.flat().filter((m) => m.copyOf === undefined);
  if (gone.length === 0) return;
  await removeMessages(ctx, gone);
  for (const threadId of new Set(gone.map((m) => m.threadId))) {
    const thread = await ctx.db.threads.get(threadId);
    if (!thread) continue;
    const rest = await ctx.db.messages.where('[threadId+date]').between([threadId, -Infinity], [threadId, Infinity], true, true).toArray();
    const next = await recomputed(ctx, thread, rest);
    if (next) await ctx.db.threads.put(next);
    else await ctx.db.threads.delete(threadId);
  }
}

async function materializeMessageDelete(ctx: StoreContext, state: ReplicatedState, messageId: string): Promise<void> {
  const clock = state.messages[messageId];
  if (clock === undefined) return;
  const id = `replica:message:${messageId}`;
  if (!(await ctx.db.tombstones.get(id))) await ctx.db.tombstones.put({ id, kind: 'message', ids: [messageId], deletedAt: wallMs(clock, ctx.clock()) });
  await removeMail(ctx, [messageId]);
}

/** The decision `effectiveLink` chose, with its clock. */
function effectiveDecision(state: ReplicatedState, thread: ThreadState): Reg<LinkValue> | undefined {
  const value = effectiveLink(state, thread);
  if (value === undefined) return undefined;
  return thread.manual?.value === value ? thread.manual : thread.automatic;
}

function visibilityPatch(visibility: Visibility): Pick<ThreadRow, 'visibility' | 'shareOnLink'> {
  return visibility === 'private' ? makePrivatePatch() : { visibility: 'shared', shareOnLink: true };
}

async function linkedPatch(ctx: StoreContext, view: View, thread: ThreadRow, decision: Reg<LinkValue>): Promise<ThreadRow | undefined> {
  const { item, manual, reason } = decision.value;
  if (item === null) {
    if (manual) return thread.link === undefined && thread.manualUnlink === true ? thread : patchThread(thread, manualUnlinkPatch());
    return thread.link === undefined ? thread : patchThread(thread, { link: undefined });
  }
  if (itemPresence(view.state, item) !== 'alive') return undefined; // waits for the item (or it is gone)
  const ref = itemRefOf(item);
  const fromThreadId = reason?.kind === 'copy' ? view.threadsOfKey.get(reason.fromThreadKey)?.[0] : undefined;
  const local = localReason(reason, fromThreadId ?? thread.copyOf);
  const same =
    thread.link !== undefined &&
    thread.link.kind === ref.kind &&
    thread.link.itemId === ref.itemId &&
    canonicalJson(thread.link.reason) === canonicalJson(local) &&
    (!manual || thread.manualUnlink === false || thread.copyOf !== undefined);
  if (same) return thread;
  return patchThread(thread, {
    link: { ...ref, reason: local, at: wallMs(decision.clock, ctx.clock()) },
    candidates: [],
    visibility: visibilityAfterLink(thread),
    ...(manual && thread.copyOf === undefined ? { manualUnlink: false } : {}),
  });
}

async function materializeThreadRow(ctx: StoreContext, view: View, thread: ThreadRow, keys: readonly ThreadKey[]): Promise<void> {
  const joined = joinThreadStates(keys.map((k) => view.state.threads[k]).filter((s): s is ThreadState => s !== undefined));
  const decision = effectiveDecision(view.state, joined);
  // Without a decision, or with one whose item is not here (waiting, or deleted), a link to an
  // item row that does not exist goes: deleteItem unlinks that way, so the row ends alike
  // whichever of the delete and the link (a copy's, say) this device materialized first.
  let next = decision ? await linkedPatch(ctx, view, thread, decision) : undefined;
  if (next === undefined) next = thread.link && !(await getItemRow(ctx.db, thread.link)) ? patchThread(thread, { link: undefined }) : thread;
  if (joined.visibility) {
    const patch = visibilityPatch(joined.visibility.value);
    if (next.visibility !== patch.visibility || (next.shareOnLink ?? false) !== patch.shareOnLink) next = patchThread(next, patch);
  }
  if (canonicalJson(next) !== canonicalJson(thread)) await ctx.db.threads.put(next);
}

async function materializeCopy(ctx: StoreContext, view: View, key: ThreadKey): Promise<void> {
  const state = view.state.threads[key];
  const copyId = key.slice('copy:'.length);
  const row = await ctx.db.threads.get(copyId);
  if (!state?.copy) return;
  if (!copyAlive(state)) {
    if (row) {
      await removeMessages(ctx, await ctx.db.messages.where('[threadId+date]').between([copyId, -Infinity], [copyId, Infinity], true, true).toArray());
      await ctx.db.threads.delete(copyId);
    }
    return;
  }
  if (!row) {
    const source = view.threadsOfKey.get(state.copy.value.from)?.[0];
    const sourceRow = source === undefined ? undefined : await ctx.db.threads.get(source);
    // Waits for its source thread and for its item's create. An item deleted since still gets
    // the copy (unlinked, below): the device that made it keeps it when it deletes the item.
    if (!sourceRow || itemPresence(view.state, state.copy.value.item) === 'unknown') return;
    await writeCopy(ctx, sourceRow, itemRefOf(state.copy.value.item), copyId, wallMs(state.copy.clock, ctx.clock()));
  }
  const copy = await ctx.db.threads.get(copyId);
  if (copy) await materializeThreadRow(ctx, view, copy, [key]);
}

async function materializeThreadKey(ctx: StoreContext, view: View, key: ThreadKey, done: Set<string>): Promise<void> {
  if (key.startsWith('copy:')) return materializeCopy(ctx, view, key);
  const deleted = view.state.threads[key]?.deleted;
  if (deleted) {
    const id = `replica:thread:${key}`;
    const stored = await ctx.db.tombstones.get(id);
    if (!stored || canonicalJson(stored.ids) !== canonicalJson(deleted.ids)) {
      await ctx.db.tombstones.put({ id, kind: 'thread', ids: deleted.ids, deletedAt: wallMs(deleted.clock, ctx.clock()) });
    }
    await removeMail(ctx, deleted.ids);
  }
  for (const threadId of view.threadsOfKey.get(key) ?? []) {
    if (done.has(threadId)) continue;
    done.add(threadId);
    const thread = await ctx.db.threads.get(threadId);
    if (!thread) continue;
    const keys = view.keysOfLocal.get(threadId) ?? (await keysOfThread(ctx.db, thread));
    await materializeThreadRow(ctx, view, thread, keys);
  }
}

const ORDER = ['setting', 'organization', 'person', 'item', 'message', 'thread'];

/** Rows for the entities of `rowKeys` (state keys), references before what names them. */
export async function materialize(ctx: StoreContext, view: View, rowKeys: readonly string[]): Promise<void> {
  const sorted = rowKeys.map(splitStateKey).sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
  const done = new Set<string>();
  for (const { type, key } of sorted) {
    switch (type) {
      case 'setting':
        await materializeSetting(ctx, view.state, key);
        break;
      case 'organization':
        await materializeOrganization(ctx, view.state, key);
        break;
      case 'person':
        await materializePerson(ctx, view.state, key);
        break;
      case 'item':
        await materializeItem(ctx, view.state, key);
        break;
      case 'message':
        await materializeMessageDelete(ctx, view.state, key);
        break;
      case 'thread':
        await materializeThreadKey(ctx, view, key, done);
        break;
      default:
        break;
    }
  }
}
