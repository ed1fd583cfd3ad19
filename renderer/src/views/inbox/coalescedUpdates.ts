/**
 * Live query results on their way to React, coalesced while capture catches up with a mailbox.
 * A first sync commits a batch every few hundred milliseconds and each commit re-answers the
 * inbox's live queries; rendering the list for every one of them was the largest piece of the
 * renderer's work after the store's own (test/bench cold mirror, ~10% of its time). While
 * `busy()` the latest result per key is handed over at most once per `gapMs`; otherwise, and for
 * a key's first result (a page the user just scrolled to), at once. The last value per key wins.
 */
export interface CoalescedUpdates<K, V> {
  push(key: K, value: V): void;
  /** drops what waits and forgets which keys were answered (the list starts over) */
  reset(): void;
  dispose(): void;
}

export interface CoalesceOptions {
  gapMs: number;
  busy: () => boolean;
  now?: () => number;
}

export function coalesceUpdates<K, V>(apply: (updates: ReadonlyMap<K, V>) => void, options: CoalesceOptions): CoalescedUpdates<K, V> {
  const { gapMs, busy, now = () => Date.now() } = options;
  let pending = new Map<K, V>();
  const answered = new Set<K>();
  let lastFlush = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function clearTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function flush(): void {
    clearTimer();
    if (pending.size === 0) return;
    const updates = pending;
    pending = new Map();
    lastFlush = now();
    for (const key of updates.keys()) answered.add(key);
    apply(updates);
  }

  return {
    push(key, value) {
      pending.set(key, value);
      const wait = lastFlush + gapMs - now();
      if (!answered.has(key) || !busy() || wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
    reset() {
      clearTimer();
      pending = new Map();
      answered.clear();
      lastFlush = -Infinity;
    },
    dispose() {
      clearTimer();
      pending = new Map();
    },
  };
}
