/**
 * R8.3 this device's replica id and hybrid logical clock, kept in the settings table. The id is
 * made once per database from the store's random source; the clock ticks once per recorded
 * operation and moves past what the device receives (hlc.ts), inside the transaction that
 * records or applies the operations, so no two operations of a replica ever share a clock.
 */
import { ClockSchema, compareClocks, decodeClock, isFarAhead, receive, tick, zeroClock, type Clock } from '../../../../shared/rules/replication/hlc';
import { REPLICA_ID_BYTES, ReplicaIdSchema, newReplicaId, type ReplicaId } from '../../../../shared/rules/replication/replicaId';
import type { StoreContext } from '../context';

export const REPLICA_ID_SETTING = 'replicaId';
export const REPLICA_CLOCK_SETTING = 'replicaClock';

/** The replica id, made (and stored) the first time it is asked for. */
export async function replicaIdOf(ctx: StoreContext): Promise<ReplicaId> {
  const row = await ctx.db.settings.get(REPLICA_ID_SETTING);
  const parsed = ReplicaIdSchema.safeParse(row?.value);
  if (parsed.success) return parsed.data;
  const id = newReplicaId(ctx.randomBytes(REPLICA_ID_BYTES));
  await ctx.db.settings.put({ key: REPLICA_ID_SETTING, value: id });
  return id;
}

async function storedClock(ctx: StoreContext): Promise<Clock> {
  const replicaId = await replicaIdOf(ctx);
  const parsed = ClockSchema.safeParse((await ctx.db.settings.get(REPLICA_CLOCK_SETTING))?.value);
  return parsed.success && parsed.data.replicaId === replicaId ? parsed.data : zeroClock(replicaId);
}

/** `n` fresh readings for `n` local operations, in order. */
export async function tickClocks(ctx: StoreContext, n: number): Promise<Clock[]> {
  let clock = await storedClock(ctx);
  const readings: Clock[] = [];
  for (let i = 0; i < n; i++) {
    clock = tick(clock, ctx.clock());
    readings.push(clock);
  }
  await ctx.db.settings.put({ key: REPLICA_CLOCK_SETTING, value: clock });
  return readings;
}

/**
 * The clock after seeing remote operations: later local operations sort after them. Only when the
 * newest remote reading is ahead of the local clock (and not far ahead, hlc.ts): applying the
 * same batch again must change nothing.
 */
export async function receiveClocks(ctx: StoreContext, remote: readonly string[]): Promise<void> {
  const newest = remote.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
  const decoded = newest === undefined ? undefined : decodeClock(newest);
  if (decoded === undefined) return;
  const local = await storedClock(ctx);
  const now = ctx.clock();
  if (compareClocks(decoded, local) <= 0 || isFarAhead(decoded, now)) return;
  const next = receive(local, decoded, now);
  await ctx.db.settings.put({ key: REPLICA_CLOCK_SETTING, value: next });
}
