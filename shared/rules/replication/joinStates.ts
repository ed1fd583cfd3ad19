/**
 * R8.3 the join of two replicated states: what a replica knows after learning everything the
 * other knows. Used to restore from several snapshots (each device's newest, or the parts of one)
 * and by the tests as the definition of convergence. Commutative, associative, idempotent.
 */
import { joinEntities } from './entities';
import { maxClock, minClock, newer } from './registers';
import type { ReplicatedState } from './state';
import { joinThreads } from './threads';

function joinMaps<T>(a: Record<string, T>, b: Record<string, T>, join: (x: T, y: T) => T): Record<string, T> {
  const out = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    out[key] = mine === undefined ? value : join(mine, value);
  }
  return out;
}

const later = (x: string, y: string) => maxClock(x, y) ?? x;
const earlier = (x: string, y: string) => minClock(x, y) ?? x;

export function joinStates(a: ReplicatedState, b: ReplicatedState): ReplicatedState {
  return {
    items: joinMaps(a.items, b.items, joinEntities),
    persons: joinMaps(a.persons, b.persons, joinEntities),
    organizations: joinMaps(a.organizations, b.organizations, joinEntities),
    threads: joinMaps(a.threads, b.threads, joinThreads),
    messages: joinMaps(a.messages, b.messages, earlier),
    settings: {
      ...withValue('linkingMode', newer(a.settings.linkingMode, b.settings.linkingMode)),
      ...withValue('sharingDefault', newer(a.settings.sharingDefault, b.settings.sharingDefault)),
    },
    frontier: joinMaps(a.frontier, b.frontier, later),
  };
}

function withValue<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
