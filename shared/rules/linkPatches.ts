/**
 * What a link decision or a user's link action changes on a thread, as a patch for the store's
 * `update`. Keeping these next to the rules keeps R4.8 (one link, candidates cleared), R4.11
 * (manual choices stick) and R5.3 (sharing on link) in one place instead of in every view.
 * A property set to `undefined` is meant to be removed (Dexie's `update` does so).
 */
import type { ItemRef, Thread, ThreadLink } from '../domain/crm';
import type { LinkDecision } from './linkDecision';
import { visibilityAfterLink } from './visibility';

export type LinkPatch = Partial<Pick<Thread, 'link' | 'candidates' | 'manualUnlink' | 'visibility'>>;

type Sharing = Pick<Thread, 'visibility' | 'shareOnLink'>;

function linkedPatch(thread: Sharing, link: ThreadLink): LinkPatch {
  return { link, candidates: [], visibility: visibilityAfterLink(thread) };
}

/** The patch for an automatic decision (`decideLink`); empty when nothing changes. */
export function applyLinkDecision(thread: Sharing, decision: LinkDecision): LinkPatch {
  switch (decision.kind) {
    case 'link':
      return linkedPatch(thread, decision.link);
    case 'candidates':
      return { candidates: decision.candidates };
    case 'unchanged':
      return {};
  }
}

/**
 * R4.10 / R4.11 the user links a thread by hand (any status: R4.5 allows a closed deal). The
 * new link replaces any previous one (R4.8) and the "manually unlinked" mark goes away.
 */
export function manualLinkPatch(thread: Sharing, item: ItemRef, now: number): LinkPatch {
  return {
    ...linkedPatch(thread, { kind: item.kind, itemId: item.itemId, reason: { kind: 'manual' }, at: now }),
    manualUnlink: false,
  };
}

/** R4.10 / R4.11 the user unlinks: automatic linking leaves the thread alone from then on. */
export function manualUnlinkPatch(): LinkPatch {
  return { link: undefined, candidates: [], manualUnlink: true };
}

/**
 * R4.9 the link of a copy of a thread ("copy to another item"): the store duplicates the thread's
 * messages under a new thread and gives it this link; the original keeps its own.
 */
export function copyLink(fromThreadId: string, item: ItemRef, now: number): ThreadLink {
  return { kind: item.kind, itemId: item.itemId, reason: { kind: 'copy', fromThreadId }, at: now };
}
