/**
 * R8.3 snapshots: the whole replicated state with its clocks, so a new device restores from it
 * plus the operations written after it, and so old operations can be expunged.
 *
 * `state.frontier` is what a snapshot covers: per replica the newest clock it includes. A replica
 * applies its own operations in clock order, so a snapshot covers *every* operation of its writer
 * up to that clock — and only those may be expunged by the writer (`ownCovered`). For other
 * replicas the frontier is a high-water mark, not a promise (their operations may have arrived
 * out of order), so a device never expunges another replica's operations, and a restoring device
 * joins every snapshot in the folder (each replica's newest) and then applies every operation
 * still there: re-applying a covered one changes nothing.
 *
 * A big CRM does not fit one message, so a snapshot is split into parts of whole entities. Every
 * part is a state of its own (with the full frontier), and the join of the parts is the snapshot:
 * parts can be applied in any order; a snapshot counts as complete when all its parts arrived.
 */
import { z } from 'zod';
import { ClockStringSchema, type ClockString } from './hlc';
import { joinStates } from './joinStates';
import type { Op } from './operations';
import { ReplicaIdSchema, type ReplicaId } from './replicaId';
import { ReplicatedStateSchema, emptyState, type ReplicatedState } from './state';

export const SNAPSHOT_VERSION = 1;

export const SnapshotPartSchema = z.object({
  v: z.literal(SNAPSHOT_VERSION),
  replica: ReplicaIdSchema,
  /** the writer's clock when it made the snapshot: names the snapshot, orders a replica's snapshots */
  id: ClockStringSchema,
  part: z.number().int().min(1),
  parts: z.number().int().min(1).max(100_000),
  state: ReplicatedStateSchema,
});
export interface SnapshotPart {
  v: typeof SNAPSHOT_VERSION;
  replica: ReplicaId;
  id: ClockString;
  part: number;
  parts: number;
  state: ReplicatedState;
}

/** Entities per part: about 1-2 MB of JSON, well under servers' APPEND limits. */
export const DEFAULT_ENTITIES_PER_PART = 5000;

type MapName = 'items' | 'persons' | 'organizations' | 'threads' | 'messages';
const MAPS: readonly MapName[] = ['items', 'persons', 'organizations', 'threads', 'messages'];

/** The state cut into parts of at most `perPart` entities; settings and frontier in every part. */
export function makeSnapshot(state: ReplicatedState, replica: ReplicaId, id: ClockString, perPart = DEFAULT_ENTITIES_PER_PART): SnapshotPart[] {
  const fresh = (): ReplicatedState => ({ ...emptyState(), settings: { ...state.settings }, frontier: { ...state.frontier } });
  const states: ReplicatedState[] = [];
  let current = fresh();
  let count = 0;
  for (const map of MAPS) {
    for (const [key, value] of Object.entries(state[map])) {
      if (count === perPart) {
        states.push(current);
        current = fresh();
        count = 0;
      }
      (current[map] as Record<string, unknown>)[key] = value;
      count++;
    }
  }
  states.push(current);
  return states.map((s, i) => ({ v: SNAPSHOT_VERSION, replica, id, part: i + 1, parts: states.length, state: s }));
}

/** Did this snapshot include the operation? Exact for the writer's own operations only (see above). */
export function covers(frontier: Readonly<Record<string, ClockString>>, op: Pick<Op, 'replica' | 'clock'>): boolean {
  const high = frontier[op.replica];
  return high !== undefined && op.clock <= high;
}

/** The operations a snapshot's writer may expunge after the grace period: its own, covered. */
export function ownCovered<O extends Pick<Op, 'replica' | 'clock'>>(snapshot: Pick<SnapshotPart, 'replica' | 'state'>, ops: readonly O[]): O[] {
  return ops.filter((op) => op.replica === snapshot.replica && covers(snapshot.state.frontier, op));
}

export type Restored = { complete: true; state: ReplicatedState } | { complete: false; missingParts: number[] };

/** One snapshot from its parts (any order, duplicates harmless); incomplete while a part is missing. */
export function assembleSnapshot(parts: readonly SnapshotPart[]): Restored {
  const first = parts[0];
  if (first === undefined) return { complete: false, missingParts: [] };
  const mine = parts.filter((p) => p.replica === first.replica && p.id === first.id && p.parts === first.parts);
  const have = new Set(mine.map((p) => p.part));
  const missingParts = Array.from({ length: first.parts }, (_, i) => i + 1).filter((n) => !have.has(n));
  if (missingParts.length > 0) return { complete: false, missingParts };
  return { complete: true, state: mine.reduce((acc, p) => joinStates(acc, p.state), emptyState()) };
}
