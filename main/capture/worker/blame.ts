/**
 * Which messages a dead capture worker is blamed on. A message can kill the worker (out of
 * memory, a crash in a parser) or hang it; the engine would fetch it again from the store's
 * checkpoint and die again, for ever. So main remembers the messages being understood when a
 * worker died: in the next worker they are understood alone (one at a time), and one that is
 * in flight alone at a second death is quarantined: the next worker rejects it as unparseable
 * without understanding it, like any message whose understanding fails (R3: never dropped).
 * A death with nothing being understood blames no message (a network or engine fault).
 */
export interface Blame {
  understanding(key: string): void;
  understood(key: string): void;
  /** the worker died: charge what was in flight, and start the next worker's count afresh */
  died(): void;
  suspects(): string[];
  quarantined(): string[];
}

export function createBlame(): Blame {
  const inFlight = new Set<string>();
  /** deaths each message was in flight for */
  const deaths = new Map<string, number>();
  const quarantine = new Set<string>();
  return {
    understanding: (key) => inFlight.add(key),
    understood(key) {
      inFlight.delete(key);
      // Understood to the end: it was a neighbour's fault, not this message's.
      deaths.delete(key);
    },
    died() {
      const alone = inFlight.size === 1;
      for (const key of inFlight) {
        const count = (deaths.get(key) ?? 0) + 1;
        deaths.set(key, count);
        if (alone && count >= 2) quarantine.add(key);
      }
      inFlight.clear();
    },
    suspects: () => [...deaths.keys()].filter((key) => !quarantine.has(key)),
    quarantined: () => [...quarantine],
  };
}
