/**
 * A Dexie live query that, while `busy()`, runs at most once per `gapMs`. During a first sync
 * capture commits a batch every few hundred milliseconds and every commit runs the inbox's page
 * queries again (each reads and deserializes its threads), though what they answer reaches
 * React at most once a second anyway (coalescedUpdates.ts). So after an answer while busy, the
 * query stops listening and starts again `gapMs` later, which runs it once with everything
 * committed meanwhile. A commit while not busy — the user acting, or capture done — starts it
 * again at once, so the user's own changes show without waiting. Not busy, it is a plain
 * liveQuery.
 */
import { Dexie, liveQuery, type Subscription } from 'dexie';

export interface ThrottleOptions {
  gapMs: number;
  busy: () => boolean;
}

export interface LiveObserver<T> {
  next(value: T): void;
  error(err: unknown): void;
}

export interface ThrottledLiveQuery<T> {
  subscribe(observer: LiveObserver<T>): { unsubscribe(): void };
}

export function throttledLiveQuery<T>(querier: () => Promise<T>, options: ThrottleOptions): ThrottledLiveQuery<T> {
  return {
    subscribe(observer) {
      let inner: Subscription | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let closed = false;
      const mutated = Dexie.on.storagemutated;

      function onCommit(): void {
        if (!options.busy()) start();
      }

      function stopWaiting(): void {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        mutated.unsubscribe(onCommit);
      }

      function pause(): void {
        inner?.unsubscribe();
        inner = undefined;
        timer = setTimeout(start, options.gapMs);
        mutated.subscribe(onCommit);
      }

      function start(): void {
        stopWaiting();
        if (closed || inner !== undefined) return;
        // Dexie answers after `subscribe` returned; should one come sooner, it pauses once set
        const current: { subscription?: Subscription; pauseWhenSet: boolean } = { pauseWhenSet: false };
        current.subscription = liveQuery(querier).subscribe({
          next: (value) => {
            if (closed) return;
            observer.next(value);
            if (!options.busy()) return;
            if (current.subscription) pause();
            else current.pauseWhenSet = true;
          },
          error: (err: unknown) => observer.error(err),
        });
        inner = current.subscription;
        if (current.pauseWhenSet) pause();
      }

      start();
      return {
        unsubscribe() {
          closed = true;
          stopWaiting();
          inner?.unsubscribe();
          inner = undefined;
        },
      };
    },
  };
}
