/**
 * R8.3 last-writer-wins registers: a value with the clock of the operation that wrote it. Of two
 * registers the one with the newer clock wins. Clocks are encoded strings that sort in clock order
 * (hlc.ts), and two replicas never share one, so equal clocks mean the same operation delivered
 * twice; should two different values ever carry one clock (a corrupt or hand-made operation), the
 * value's canonical JSON decides, so even then the result does not depend on delivery order.
 */
import type { ClockString } from './hlc';

export interface Reg<T> {
  value: T;
  clock: ClockString;
}

/** JSON with object keys sorted: one text per value, whatever order its keys were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Does `a` beat `b`? */
export function beats<T>(a: Reg<T>, b: Reg<T>): boolean {
  if (a.clock !== b.clock) return a.clock > b.clock;
  return canonicalJson(a.value) > canonicalJson(b.value);
}

/** The winner of two registers, either of which may be missing. */
export function newer<T>(a: Reg<T> | undefined, b: Reg<T> | undefined): Reg<T> | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return beats(b, a) ? b : a;
}

export function maxClock(a: ClockString | undefined, b: ClockString | undefined): ClockString | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

export function minClock(a: ClockString | undefined, b: ClockString | undefined): ClockString | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}
