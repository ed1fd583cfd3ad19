/**
 * R8.3 the merge of one thread's replicated state (by key, keys.ts): the manual and the automatic
 * link decision, the visibility set by hand (R5.4), the origin of a copy (R4.9) and the delete
 * (R3.7). Joins, like entities.ts: the result depends only on which operations arrived.
 *
 * A delete drops registers older than itself, so a thread that comes back under the same key — a
 * new reply to a deleted conversation is new mail and is kept (tombstones.ts) — starts without the
 * old link or sharing choice. The Message-IDs the delete names stay deleted for good.
 */
import type { Visibility } from '../../domain/crm';
import type { ClockString } from './hlc';
import type { LinkValue } from './operations';
import { maxClock, newer, type Reg } from './registers';
import type { CopyOrigin, ThreadState } from './state';

type Slot = 'manual' | 'automatic' | 'visibility';
const SLOTS: readonly Slot[] = ['manual', 'automatic', 'visibility'];

function tidy(thread: ThreadState): ThreadState {
  const next: ThreadState = {};
  const deleted = thread.deleted;
  for (const slot of SLOTS) {
    const r = thread[slot];
    if (r !== undefined && (deleted === undefined || r.clock > deleted.clock)) (next as Record<Slot, unknown>)[slot] = r;
  }
  if (thread.copy !== undefined) next.copy = thread.copy;
  if (deleted !== undefined) next.deleted = deleted;
  return next;
}

export function decideLink(thread: ThreadState, value: LinkValue, clock: ClockString): ThreadState {
  const slot = value.manual ? 'manual' : 'automatic';
  return tidy({ ...thread, [slot]: newer(thread[slot], { value, clock }) });
}

export function setVisibility(thread: ThreadState, visibility: Visibility, clock: ClockString): ThreadState {
  return tidy({ ...thread, visibility: newer(thread.visibility, { value: visibility, clock }) });
}

/** R4.9 a copy is born linked by hand to its item, with reason "copy". */
export function makeCopy(thread: ThreadState, origin: CopyOrigin, clock: ClockString): ThreadState {
  const link: LinkValue = { item: origin.item, manual: true, reason: { kind: 'copy', fromThreadKey: origin.from } };
  const copy: Reg<CopyOrigin> | undefined = newer(thread.copy, { value: origin, clock });
  return decideLink({ ...thread, copy }, link, clock);
}

function sortedUnion(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

export function deleteThread(thread: ThreadState, ids: readonly string[], clock: ClockString): ThreadState {
  const deleted = { clock: maxClock(thread.deleted?.clock, clock) ?? clock, ids: sortedUnion(thread.deleted?.ids ?? [], ids) };
  return tidy({ ...thread, deleted });
}

export function joinThreads(a: ThreadState, b: ThreadState): ThreadState {
  const joined: ThreadState = {
    manual: newer(a.manual, b.manual),
    automatic: newer(a.automatic, b.automatic),
    visibility: newer(a.visibility, b.visibility),
    copy: newer(a.copy, b.copy),
  };
  if (a.deleted !== undefined || b.deleted !== undefined) {
    joined.deleted = {
      clock: maxClock(a.deleted?.clock, b.deleted?.clock) ?? '',
      ids: sortedUnion(a.deleted?.ids ?? [], b.deleted?.ids ?? []),
    };
  }
  return tidy(joined);
}

/**
 * The state of one local thread that several keys name (its messages' Message-IDs, keys.ts): the
 * join of their states, so a decision made under any of them counts, the newest winning.
 */
export function joinThreadStates(states: readonly ThreadState[]): ThreadState {
  return states.reduce<ThreadState>((acc, s) => joinThreads(acc, s), {});
}

/** A copy exists when it was made and not deleted since. */
export function copyAlive(thread: ThreadState): boolean {
  return thread.copy !== undefined && (thread.deleted === undefined || thread.copy.clock > thread.deleted.clock);
}
