/**
 * Seeded randomness for every generator of the benchmarks: the same seed gives the same corpus,
 * the same store and the same query keys in every run, so two runs measure the same work.
 * Pure (no node:, no DOM): the store page bundles it too.
 */

export { seededRandom } from '../../support/seeded';

export type Random = () => number;

/** A seed derived from a run seed and an index, so item n is the same whatever order items are made in. */
export function deriveSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** An integer in [min, max]. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Log-uniform in [min, max]: small sizes common, large ones rare, as mail sizes are. */
export function logUniform(random: Random, min: number, max: number): number {
  return Math.exp(Math.log(min) + random() * (Math.log(max) - Math.log(min)));
}

/** Log-normal with the given median and spread (σ of the logarithm), clipped to [min, max]. */
export function logNormal(random: Random, median: number, sigma: number, min: number, max: number): number {
  // Box-Muller; 1 - random() keeps the logarithm away from 0.
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.min(max, Math.max(min, median * Math.exp(sigma * z)));
}

/** An index drawn with probability proportional to `weights[i]`. */
export function weightedIndex(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** Fisher-Yates on a copy. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** Zipf-like popularity: rank r gets weight 1 / (r + 1)^s (a few customers write most mail). */
export function zipfWeights(count: number, s = 1): number[] {
  return Array.from({ length: count }, (_, r) => 1 / (r + 1) ** s);
}
