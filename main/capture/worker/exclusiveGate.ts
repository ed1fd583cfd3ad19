/**
 * Lets a message be understood with no other beside it. A message that was being understood
 * when a capture worker died is run alone in the next one (engineWorker.ts), so that if it
 * kills that one too, it is the only one to blame (blame.ts) and innocent neighbours are not.
 */
export interface ExclusiveGate {
  /** waits for a turn; `alone` waits until nothing else runs and keeps others out meanwhile */
  enter(alone: boolean): Promise<() => void>;
}

export function createExclusiveGate(): ExclusiveGate {
  let running = 0;
  let exclusive = false;
  /** turns waiting, in order; each re-checks when anything leaves */
  let waiting: (() => void)[] = [];

  const wake = (): void => {
    const woken = waiting;
    waiting = [];
    for (const retry of woken) retry();
  };

  return {
    enter(alone) {
      return new Promise((resolve) => {
        const tryEnter = (): void => {
          if (exclusive || (alone && running > 0)) {
            waiting.push(tryEnter);
            return;
          }
          running += 1;
          if (alone) exclusive = true;
          let left = false;
          resolve(() => {
            if (left) return;
            left = true;
            running -= 1;
            if (alone) exclusive = false;
            wake();
          });
        };
        tryEnter();
      });
    },
  };
}
