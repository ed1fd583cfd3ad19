/**
 * R8.3 one change of the replicated state, inside the caller's transaction: the entities it
 * touches are read from `replicaState`, changed (operations folded in, a snapshot part joined),
 * written back; then the rows the user sees follow (materialize.ts) and the list of references
 * that wait (`replicaWaiting`) is rewritten for every entity looked at.
 *
 * The device's own operations change state only: the action that recorded them has written its
 * rows already. What waited for something that just arrived — an item's create, a person, the
 * mail of a thread (`arrived`, after capture) — is shown in the same transaction, and so is
 * mail captured to the address of an item that had not arrived yet (waitingTokens.ts).
 */
import { canonicalJson } from '../../../../shared/rules/replication/registers';
import { emptyState, type ReplicatedState } from '../../../../shared/rules/replication/state';
import type { ThreadKey } from '../../../../shared/rules/replication/keys';
import { findWaiting } from '../../../../shared/rules/replication/waiting';
import type { StoreContext } from '../context';
import { keysOfThread, localThreadIds } from './localKeys';
import { materialize, type View } from './materialize';
import { linkMailThatWaited } from './waitingTokens';
import { changedKeys, loadInto, loadState, saveRows, setValue, splitStateKey, stateKey, valueOf } from './stateRows';

export interface SettleInput {
  /** state row keys the change may touch */
  touched: Iterable<string>;
  change?: (state: ReplicatedState) => ReplicatedState;
  /** write the rows of what changed: false for the device's own operations */
  materialize: boolean;
  /** state keys of things that arrived outside the state (a thread's mail): what waited for them shows */
  arrived?: Iterable<string>;
}

const ENTITY_TYPES = new Set(['item', 'person', 'organization', 'thread', 'message', 'setting']);

function isEntity(rowKey: string): boolean {
  return ENTITY_TYPES.has(splitStateKey(rowKey).type);
}

/** The entities that waited for one of `keys`. */
async function wokenBy(ctx: StoreContext, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0 || (await ctx.db.replicaWaiting.count()) === 0) return [];
  const rows = await Promise.all(keys.map((k) => ctx.db.replicaWaiting.where('missing').equals(k).toArray()));
  return [...new Set(rows.flat().map((r) => r.from))];
}

/** Keys of items, persons and organizations an entity of the view names. */
function referencesOf(view: ReplicatedState): string[] {
  const refs: string[] = [];
  for (const thread of Object.values(view.threads)) {
    for (const reg of [thread.manual, thread.automatic]) if (reg?.value.item) refs.push(stateKey('item', reg.value.item));
    if (thread.copy) refs.push(stateKey('item', thread.copy.value.item));
  }
  for (const item of Object.values(view.items)) {
    const person = item.fields.personKey?.value;
    const organization = item.fields.organizationKey?.value;
    if (person) refs.push(stateKey('person', person));
    if (organization) refs.push(stateKey('organization', organization));
  }
  for (const person of Object.values(view.persons)) {
    const organization = person.fields.organizationKey?.value;
    if (organization) refs.push(stateKey('organization', organization));
  }
  return refs;
}

/** The state around `entities`, with the local threads their thread keys name and every key of those. */
async function buildView(ctx: StoreContext, after: ReplicatedState, touched: ReadonlySet<string>, entities: ReadonlySet<string>): Promise<View> {
  const state = emptyState();
  for (const key of touched) {
    const value = valueOf(after, key);
    if (value !== undefined) setValue(state, key, value);
  }
  await loadInto(ctx.db, state, entities);
  const threadKeys = new Set<ThreadKey>();
  for (const rowKey of entities) {
    const { type, key } = splitStateKey(rowKey);
    if (type !== 'thread') continue;
    threadKeys.add(key);
    const from = state.threads[key]?.copy?.value.from;
    if (from) threadKeys.add(from);
  }
  const threadsOfKey = new Map<ThreadKey, string[]>();
  const keysOfLocal = new Map<string, ThreadKey[]>();
  for (const key of threadKeys) {
    const ids = await localThreadIds(ctx.db, key);
    threadsOfKey.set(key, ids);
    for (const id of ids) {
      if (keysOfLocal.has(id)) continue;
      const row = await ctx.db.threads.get(id);
      if (row) keysOfLocal.set(id, await keysOfThread(ctx.db, row));
    }
  }
  await loadInto(ctx.db, state, [...keysOfLocal.values()].flat().map((k) => stateKey('thread', k)));
  await loadInto(ctx.db, state, referencesOf(state));
  // one more round: a person or organization an item named by a loaded link names
  await loadInto(ctx.db, state, referencesOf(state));
  return { state, threadsOfKey, keysOfLocal };
}

async function rewriteWaiting(ctx: StoreContext, view: View, entities: ReadonlySet<string>): Promise<void> {
  const local = { hasThread: (key: ThreadKey) => (view.threadsOfKey.get(key)?.length ?? 0) > 0 };
  const rows = findWaiting(view.state, local)
    .map((w) => ({ from: stateKey(w.from.type, w.from.key), missing: stateKey(w.missing.type, w.missing.key) }))
    .filter((w) => entities.has(w.from))
    .map((w) => ({ id: `${w.from}|${w.missing}`, ...w }));
  const stale = await ctx.db.replicaWaiting.where('from').anyOf([...entities]).primaryKeys();
  const keep = new Set(rows.map((r) => r.id));
  await ctx.db.replicaWaiting.bulkDelete(stale.filter((id) => !keep.has(id)));
  const had = new Set(stale);
  await ctx.db.replicaWaiting.bulkPut(rows.filter((r) => !had.has(r.id)));
}

export async function settle(ctx: StoreContext, input: SettleInput): Promise<void> {
  const touched = new Set(input.touched);
  const before = await loadState(ctx.db, touched);
  const after = input.change ? input.change(before) : before;
  const changed = changedKeys(before, after, touched);
  await saveRows(ctx.db, after, changed);

  const changedEntities = changed.filter(isEntity);
  const woken = await wokenBy(ctx, [...changedEntities, ...(input.arrived ?? [])]);
  const shown = new Set([...(input.materialize ? changedEntities : []), ...woken]);
  const entities = new Set([...[...touched].filter(isEntity), ...shown]);
  if (entities.size === 0) return;
  const view = await buildView(ctx, after, touched, entities);
  if (shown.size > 0) await materialize(ctx, view, [...shown]);
  await rewriteWaiting(ctx, view, entities);
  // other devices' items only: a device's own new item has a token no mail can have named yet
  if (input.materialize) await linkMailThatWaited(ctx, after, changedEntities);
}

/** Rows changed when their JSON did (ignoring `updatedAt`, which says when this device wrote it). */
export function sameRow(a: object | undefined, b: object): boolean {
  if (a === undefined) return false;
  const { updatedAt: _a, ...x } = a as { updatedAt?: number };
  const { updatedAt: _b, ...y } = b as { updatedAt?: number };
  return canonicalJson(x) === canonicalJson(y);
}
