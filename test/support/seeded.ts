/**
 * Seeded randomness for tests and benchmarks: the same seed gives the same data in every run, so
 * a failing schedule can be replayed and two benchmark runs measure the same work. Pure (no
 * node:, no DOM): pages bundled for Chromium use it too. Not for anything secret.
 */

/** mulberry32: numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** xorshift32: repeatable "random" bytes, so ids and tokens are the same on every run. */
export function seededBytes(seed = 1): (length: number) => Uint8Array {
  let state = seed >>> 0 || 1;
  return (length) => {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      out[i] = state & 0xff;
    }
    return out;
  };
}
