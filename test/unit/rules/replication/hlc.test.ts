/** R8.3 the hybrid logical clock: order, local ticks, receiving, drift, the sortable encoding. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClockSchema,
  MAX_COUNTER,
  MAX_DRIFT_MS,
  clockReplica,
  compareClocks,
  decodeClock,
  encodeClock,
  isFarAhead,
  receive,
  tick,
  zeroClock,
  type Clock,
} from '../../../../shared/rules/replication/hlc';
import { newReplicaId, ReplicaIdSchema } from '../../../../shared/rules/replication/replicaId';

const NOW = Date.UTC(2025, 2, 1, 9, 0, 0);
const c = (wallMs: number, counter: number, replicaId = 'a'): Clock => ({ wallMs, counter, replicaId });
const clockArb = fc.record({
  wallMs: fc.integer({ min: 0, max: 2 ** 48 - 1 }),
  counter: fc.integer({ min: 0, max: MAX_COUNTER }),
  replicaId: fc.stringMatching(/^[0-9a-z]{1,12}$/),
});

describe('R8.3 hybrid logical clock', () => {
  it('R8.3 orders by wall time, then counter, then replica id', () => {
    expect(compareClocks(c(1, 9), c(2, 0))).toBe(-1);
    expect(compareClocks(c(2, 1), c(2, 0))).toBe(1);
    expect(compareClocks(c(2, 1, 'a'), c(2, 1, 'b'))).toBe(-1);
    expect(compareClocks(c(2, 1, 'b'), c(2, 1, 'b'))).toBe(0);
  });

  it('R8.3 a local tick follows the wall time and counts within one millisecond', () => {
    const first = tick(zeroClock('a'), NOW);
    expect(first).toEqual(c(NOW, 0));
    expect(tick(first, NOW)).toEqual(c(NOW, 1));
    expect(tick(c(NOW, 1), NOW + 5)).toEqual(c(NOW + 5, 0));
  });

  it('R8.3 a tick never goes back when the system clock does', () => {
    expect(tick(c(NOW, 3), NOW - 60_000)).toEqual(c(NOW, 4));
  });

  it('R8.3 a counter that would overflow moves to the next millisecond', () => {
    expect(tick(c(NOW, MAX_COUNTER), NOW)).toEqual(c(NOW + 1, 0));
  });

  it('R8.3 receiving gives a reading after both the local clock and the remote one', () => {
    expect(receive(c(NOW, 2, 'a'), c(NOW + 50, 7, 'b'), NOW)).toEqual(c(NOW + 50, 8, 'a'));
    expect(receive(c(NOW, 2, 'a'), c(NOW, 7, 'b'), NOW)).toEqual(c(NOW, 8, 'a'));
    expect(receive(c(NOW, 9, 'a'), c(NOW - 10, 7, 'b'), NOW)).toEqual(c(NOW, 10, 'a'));
    expect(receive(c(NOW - 5, 9, 'a'), c(NOW - 10, 7, 'b'), NOW)).toEqual(c(NOW, 0, 'a'));
  });

  it('R8.3 a remote clock more than a day ahead does not drag the local clock there', () => {
    const far = c(NOW + MAX_DRIFT_MS + 1, 0, 'b');
    expect(isFarAhead(far, NOW)).toBe(true);
    expect(receive(c(NOW, 2, 'a'), far, NOW)).toEqual(c(NOW, 3, 'a'));
    const near = c(NOW + MAX_DRIFT_MS, 0, 'b');
    expect(isFarAhead(near, NOW)).toBe(false);
    expect(receive(c(NOW, 2, 'a'), near, NOW)).toEqual(c(NOW + MAX_DRIFT_MS, 1, 'a'));
  });

  it('R8.3 tick and receive are strictly monotonic (property)', () => {
    fc.assert(
      fc.property(clockArb, clockArb, fc.integer({ min: 0, max: 2 ** 47 }), (local, remote, now) => {
        const ticked = tick(local, now);
        expect(compareClocks(ticked, local)).toBe(1);
        const received = receive(local, remote, now);
        expect(compareClocks(received, local)).toBe(1);
        if (!isFarAhead(remote, now)) expect(received.wallMs > remote.wallMs || (received.wallMs === remote.wallMs && received.counter > remote.counter)).toBe(true);
      }),
    );
  });

  it('R8.3 the encoding sorts as the clocks do and decodes to the same clock (property)', () => {
    fc.assert(
      fc.property(clockArb, clockArb, (a, b) => {
        const [x, y] = [encodeClock(a), encodeClock(b)];
        expect(Math.sign(x < y ? -1 : x > y ? 1 : 0)).toBe(compareClocks(a, b));
        expect(decodeClock(x)).toEqual(a);
        expect(clockReplica(x)).toBe(a.replicaId);
      }),
    );
  });

  it('R8.3 the encoding has a fixed width before the replica id', () => {
    expect(encodeClock(c(NOW, 42, 'k3m9'))).toBe(`${NOW.toString(16).padStart(12, '0')}-0000002a-k3m9`);
    expect(decodeClock('not a clock')).toBeUndefined();
    expect(decodeClock('0195a0b1c2d3-0000002a-UPPER')).toBeUndefined();
    expect(ClockSchema.safeParse(c(-1, 0)).success).toBe(false);
  });

  it('R8.3 a new replica id is 16 base32 characters from random bytes', () => {
    const id = newReplicaId(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(id).toMatch(/^[0-9a-z]{16}$/);
    expect(ReplicaIdSchema.safeParse(id).success).toBe(true);
    expect(() => newReplicaId(new Uint8Array(4))).toThrow();
  });
});
