/**
 * A full garbage collection on demand, for tests that prove an object is no longer kept (a
 * WeakRef to it is cleared). V8's gc() is exposed at run time, so no test needs a node flag.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Whether `ref`'s target was collected. A WeakRef holds its target until the current job ends. */
export async function collected(ref: WeakRef<object>): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  return ref.deref() === undefined;
}
