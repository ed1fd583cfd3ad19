/**
 * R8.3 the replicated state kept one row per entity (table `replicaState`), so a batch reads and
 * writes only the entities it touches. A row's key is the entity's kind and its shared key
 * (`item:deal:abc`, `thread:mid:<id>` …, see records.ts ReplicaStateRow); its value is that
 * entity's part of the ReplicatedState (shared/rules/replication/state.ts).
 */
import { canonicalJson } from '../../../../shared/rules/replication/registers';
import { emptyState, type ReplicatedState } from '../../../../shared/rules/replication/state';
import type { BlindcopyDb } from '../../db/database';

export type EntityType = 'item' | 'person' | 'organization' | 'thread' | 'message' | 'setting' | 'frontier';

const MAPS = { item: 'items', person: 'persons', organization: 'organizations', thread: 'threads', message: 'messages' } as const;

export function stateKey(type: EntityType, key: string): string {
  return `${type}:${key}`;
}

export function splitStateKey(rowKey: string): { type: EntityType; key: string } {
  const colon = rowKey.indexOf(':');
  return { type: rowKey.slice(0, colon) as EntityType, key: rowKey.slice(colon + 1) };
}

/** The value a state row holds for `rowKey`, undefined when the state has none. */
export function valueOf(state: ReplicatedState, rowKey: string): unknown {
  const { type, key } = splitStateKey(rowKey);
  if (type === 'setting') return (state.settings as Record<string, unknown>)[key];
  if (type === 'frontier') return state.frontier[key];
  return (state[MAPS[type]] as Record<string, unknown>)[key];
}

/** Put one row's value into a state (its maps are the caller's). */
export function setValue(state: ReplicatedState, rowKey: string, value: unknown): void {
  const { type, key } = splitStateKey(rowKey);
  if (type === 'setting') (state.settings as Record<string, unknown>)[key] = value;
  else if (type === 'frontier') state.frontier[key] = value as string;
  else (state[MAPS[type]] as Record<string, unknown>)[key] = value;
}

/** Every row key a state holds. */
export function rowKeysOf(state: ReplicatedState): string[] {
  const keys: string[] = [];
  for (const type of Object.keys(MAPS) as Array<keyof typeof MAPS>) {
    for (const key of Object.keys(state[MAPS[type]])) keys.push(stateKey(type, key));
  }
  for (const key of Object.keys(state.settings)) keys.push(stateKey('setting', key));
  for (const key of Object.keys(state.frontier)) keys.push(stateKey('frontier', key));
  return keys;
}

/** Load the rows of `rowKeys` (those not in `into` yet) into `into`. */
export async function loadInto(db: BlindcopyDb, into: ReplicatedState, rowKeys: Iterable<string>): Promise<void> {
  const wanted = [...new Set(rowKeys)].filter((k) => valueOf(into, k) === undefined);
  if (wanted.length === 0) return;
  const rows = await db.replicaState.bulkGet(wanted);
  for (const row of rows) if (row !== undefined) setValue(into, row.key, row.value);
}

export async function loadState(db: BlindcopyDb, rowKeys: Iterable<string>): Promise<ReplicatedState> {
  const state = emptyState();
  await loadInto(db, state, rowKeys);
  return state;
}

/** The keys among `rowKeys` whose value differs between the two states. */
export function changedKeys(before: ReplicatedState, after: ReplicatedState, rowKeys: Iterable<string>): string[] {
  return [...new Set(rowKeys)].filter((k) => {
    const a = valueOf(before, k);
    const b = valueOf(after, k);
    return b !== undefined && (a === undefined || canonicalJson(a) !== canonicalJson(b));
  });
}

export async function saveRows(db: BlindcopyDb, state: ReplicatedState, rowKeys: readonly string[]): Promise<void> {
  if (rowKeys.length === 0) return;
  await db.replicaState.bulkPut(rowKeys.map((key) => ({ key, value: valueOf(state, key) })));
}

/** The whole replicated state (snapshots): every row. */
export async function loadWholeState(db: BlindcopyDb): Promise<ReplicatedState> {
  const state = emptyState();
  await db.replicaState.each((row) => setValue(state, row.key, row.value));
  return state;
}
