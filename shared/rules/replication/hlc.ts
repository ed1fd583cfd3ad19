/**
 * R8.3 the hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014) that orders
 * every CRM operation. A reading is (wall time in ms, counter, replica id): close to the real time
 * of the change, yet never behind anything the replica has already seen, so an edit made after
 * seeing another device's edit always sorts after it. The replica id makes the order total: two
 * replicas never produce equal readings, and ties never depend on delivery order.
 *
 * Encoded as a fixed-width string that sorts lexicographically in clock order
 * (`0195a0b1c2d3-0000002a-k3m9...`), so the store can index clocks and compare them as strings.
 *
 * Drift: a replica whose system clock is wrong may send readings far in the future. Adopting
 * them would drag every other device's clock there for good (each later local change would carry
 * the bad time). So `receive` ignores a remote reading more than MAX_DRIFT_MS ahead of the local
 * wall time: the local clock ticks as if it had not seen it. The remote operation itself is still
 * applied with its own clock — every replica must treat an operation alike to converge — so it
 * keeps winning its fields until real time passes it; `isFarAhead` lets the app warn about the
 * device with the wrong clock.
 */
import { z } from 'zod';
import { ReplicaIdSchema, type ReplicaId } from './replicaId';

/** 2^48 ms is the year 10889: twelve hex digits. */
const WALL_DIGITS = 12;
const MAX_WALL_MS = 2 ** 48 - 1;
/** Events within one millisecond, or while the wall time stands still (see `tick`). */
const COUNTER_DIGITS = 8;
export const MAX_COUNTER = 2 ** 32 - 1;
/** A remote reading further ahead than this does not move the local clock (see above). */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export const ClockSchema = z.object({
  wallMs: z.number().int().min(0).max(MAX_WALL_MS),
  counter: z.number().int().min(0).max(MAX_COUNTER),
  replicaId: ReplicaIdSchema,
});
export type Clock = z.infer<typeof ClockSchema>;

const ENCODED = /^([0-9a-f]{12})-([0-9a-f]{8})-([0-9a-z]{1,64})$/;
/** The encoded form; compares as a plain string in clock order. */
export const ClockStringSchema = z.string().regex(ENCODED, 'an encoded clock');
export type ClockString = z.infer<typeof ClockStringSchema>;

/** The clock of a replica that has seen nothing yet. */
export function zeroClock(replicaId: ReplicaId): Clock {
  return { wallMs: 0, counter: 0, replicaId };
}

/** Total order: wall time, then counter, then replica id. */
export function compareClocks(a: Clock, b: Clock): number {
  if (a.wallMs !== b.wallMs) return a.wallMs < b.wallMs ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  if (a.replicaId === b.replicaId) return 0;
  return a.replicaId < b.replicaId ? -1 : 1;
}

/** The counter overflows into the next millisecond, so the clock stays monotonic and encodable. */
function reading(wallMs: number, counter: number, replicaId: ReplicaId): Clock {
  return counter > MAX_COUNTER ? { wallMs: wallMs + 1, counter: 0, replicaId } : { wallMs, counter, replicaId };
}

/** A local event (a change the user or the capture made): strictly after everything seen. */
export function tick(local: Clock, nowMs: number): Clock {
  const wall = Math.max(local.wallMs, Math.floor(nowMs));
  return reading(wall, wall === local.wallMs ? local.counter + 1 : 0, local.replicaId);
}

/** True when `remote` is more than MAX_DRIFT_MS ahead of this replica's wall time. */
export function isFarAhead(remote: Clock, nowMs: number): boolean {
  return remote.wallMs > nowMs + MAX_DRIFT_MS;
}

/**
 * Receiving a remote reading (applying another replica's operation): the result is after both
 * the local clock and the remote reading — unless the remote is far ahead (see the file comment),
 * then it is a plain local tick.
 */
export function receive(local: Clock, remote: Clock, nowMs: number): Clock {
  if (isFarAhead(remote, nowMs)) return tick(local, nowMs);
  const now = Math.floor(nowMs);
  const wall = Math.max(local.wallMs, remote.wallMs, now);
  let counter = 0;
  if (wall === local.wallMs && wall === remote.wallMs) counter = Math.max(local.counter, remote.counter) + 1;
  else if (wall === local.wallMs) counter = local.counter + 1;
  else if (wall === remote.wallMs) counter = remote.counter + 1;
  return reading(wall, counter, local.replicaId);
}

export function encodeClock(clock: Clock): ClockString {
  const wall = clock.wallMs.toString(16).padStart(WALL_DIGITS, '0');
  const counter = clock.counter.toString(16).padStart(COUNTER_DIGITS, '0');
  return `${wall}-${counter}-${clock.replicaId}`;
}

/** Undefined for anything that is not an encoded clock. */
export function decodeClock(text: string): Clock | undefined {
  const match = ENCODED.exec(text);
  if (!match) return undefined;
  const [, wall = '', counter = '', replicaId = ''] = match;
  return { wallMs: parseInt(wall, 16), counter: parseInt(counter, 16), replicaId };
}

/** The replica that wrote an encoded clock. */
export function clockReplica(clock: ClockString): ReplicaId {
  return clock.slice(WALL_DIGITS + COUNTER_DIGITS + 2);
}
