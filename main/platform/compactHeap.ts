/**
 * Gives back the young generation main's start-up grew. Loading main's modules and building
 * its schemas keeps many objects alive, and V8 answers by growing the young generation to its
 * largest (two semi-spaces of 16 MB in Node 24); it never shrinks it while allocation goes on, so
 * both halves end up resident: about 30 MB of main's memory for a heap whose live young objects are
 * a few hundred kB. A collection made to reduce memory (the one V8 runs before it gives up
 * on memory) shrinks it back to 1 MB; what main allocates afterwards (batch headers, progress,
 * acks: short-lived) regrows it only to what that traffic needs. Main cannot be started with
 * V8 flags that bound it (Electron's main takes none from the app), so this is done once, when
 * the capture engine starts: the cold mirror's peak is what it lowers (measured: main's V8
 * heap 48 MB at the peak instead of 62). Costs the collections V8 runs to give back memory (two
 * of main's ~25 MB heap: 40–110 ms of main's thread on the loaded 2-core bench machine), once per
 * capture start.
 *
 * V8's gc() is exposed by a flag set at run time; the flag affects only contexts made after it,
 * so the function is taken from a fresh one and main's own global gets no gc.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type GcFunction = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let gc: GcFunction | undefined;

function exposedGc(): GcFunction | undefined {
  if (gc !== undefined) return gc;
  setFlagsFromString('--expose-gc');
  const found: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
  if (typeof found === 'function') gc = found as GcFunction;
  return gc;
}

/** Never throws: it only lowers a peak, so a runtime that refuses the flag or the call loses nothing else. */
export function compactHeap(): void {
  try {
    exposedGc()?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  } catch {
    // handled: without the collection main's heap stays as start-up left it (a higher peak, nothing else)
  }
}
