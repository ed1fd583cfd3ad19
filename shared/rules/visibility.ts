/**
 * R5.2 / R5.3 / R7.3 the visibility of a thread.
 * - Under "share my linked conversations" a thread captured through the drop box is shared as
 *   soon as it is linked: at creation if the link decision linked it, else when it gets linked
 *   later (automatically or by hand). The setting is remembered on the thread (`shareOnLink`), so
 *   changing it affects only mail captured afterwards (R5.3).
 * - Under "keep all private", and always for a thread started by synced mail (R7.3), it is private.
 * - Made private by hand (R5.4) it stays private, even when linked again later.
 * - A message joining an existing thread never changes its visibility.
 */
import type { SharingDefault, Thread, Visibility } from '../domain/crm';
import type { SourceKind } from '../domain/mail';

/** `Thread.shareOnLink` of a new thread. */
export function shareOnLinkFor(sharing: SharingDefault, sourceKind: SourceKind): boolean {
  return sharing === 'share-linked' && sourceKind === 'dropbox';
}

/** The visibility of a new thread; `linked`: the link decision for its first message linked it. */
export function defaultVisibility(input: { sharing: SharingDefault; sourceKind: SourceKind; linked: boolean }): Visibility {
  return shareOnLinkFor(input.sharing, input.sourceKind) && input.linked ? 'shared' : 'private';
}

/** The visibility of a thread that has just been linked. */
export function visibilityAfterLink(thread: Pick<Thread, 'visibility' | 'shareOnLink'>): Visibility {
  return thread.shareOnLink === true ? 'shared' : thread.visibility;
}

/** R5.4 make a thread private again: for one thread or for each of a selection. */
export function makePrivatePatch(): Pick<Thread, 'visibility' | 'shareOnLink'> {
  return { visibility: 'private', shareOnLink: false };
}
