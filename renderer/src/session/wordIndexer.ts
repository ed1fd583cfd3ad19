/**
 * Runs the store's word indexer (store/words) when capture is quiet: a capture batch and an
 * indexer step would queue behind each other on the same IndexedDB tables, and new mail should
 * reach the inbox first. `kick()` after every batch; once no batch came for `quietMs` and no
 * source is catching up (`busy`), steps run one after another until nothing waits, and a new
 * batch pauses them again. The timer alone was not enough: during a first sync batches come
 * every few hundred milliseconds, an indexer step started in a pause and the next batch's
 * transaction waited behind it (measured: 14% of a cold mirror's time).
 */
import type { CrmStore } from '../store';

export interface WordIndexer {
  kick(): void;
  dispose(): void;
}

export interface WordIndexerOptions {
  quietMs?: number;
  /** true while capture is catching up with a mailbox (more batches are on their way) */
  busy?: () => boolean;
}

export function startWordIndexer(store: Pick<CrmStore, 'indexPendingWords'>, options: WordIndexerOptions = {}): WordIndexer {
  const { quietMs = 300, busy = () => false } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKick = 0;
  let running = false;
  let disposed = false;

  const quiet = (): boolean => Date.now() - lastKick >= quietMs && !busy();

  async function run(): Promise<void> {
    if (running || disposed) return;
    running = true;
    try {
      while (!disposed && quiet()) {
        if ((await store.indexPendingWords()) === 0) return;
      }
      // capture spoke meanwhile: wait for quiet again
      schedule();
    } catch {
      // handled: e.g. a full disk: the rows stay pending and the next kick tries again; search still
      // reads the newest pending messages directly
    } finally {
      running = false;
    }
  }

  function schedule(): void {
    if (disposed) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, quietMs);
  }

  // messages left waiting by an earlier run of the app
  schedule();
  return {
    kick() {
      lastKick = Date.now();
      schedule();
    },
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
