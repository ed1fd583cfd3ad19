import { describe, expect, it } from 'vitest';
import { VisibilitySchema } from '../../../shared/domain/crm';
import { applyLinkDecision, manualLinkPatch } from '../../../shared/rules/linkPatches';
import { canView } from '../../../shared/rules/permissions';
import { defaultVisibility, makePrivatePatch, shareOnLinkFor, visibilityAfterLink } from '../../../shared/rules/visibility';
import { T0, thread } from './builders';

const owner = { userId: 'u-sam', isAdmin: false };
const admin = { userId: 'u-admin', isAdmin: true };
const colleague = { userId: 'u-kim', isAdmin: false };
const link = { kind: 'deal' as const, itemId: 'd1', reason: { kind: 'manual' as const }, at: T0 };

describe('R5 sharing and privacy', () => {
  it('R5.1 every thread is private or shared', () => {
    expect(VisibilitySchema.options).toEqual(['private', 'shared']);
    expect(VisibilitySchema.safeParse('team').success).toBe(false);
  });

  it.each([
    ['its owner sees it', owner, true],
    ['an admin does not', admin, false],
    ['a colleague who may see the item does not', colleague, false],
  ] as const)('R5.1 private, linked thread: %s', (_case, viewer, visible) => {
    expect(canView(viewer, thread({ ownerId: 'u-sam', visibility: 'private', link }), true)).toBe(visible);
  });

  it.each([
    ['a colleague who may see the item sees it', colleague, true, true],
    ['a colleague who may not see the item does not', colleague, false, false],
    ['an admin who may see the item sees it', admin, true, true],
    ['the owner sees it regardless', owner, false, true],
  ] as const)('R5.2 shared and linked: %s', (_case, viewer, itemVisible, visible) => {
    expect(canView(viewer, thread({ ownerId: 'u-sam', visibility: 'shared', link }), itemVisible)).toBe(visible);
  });

  it('R5.2 shared but not linked: nobody but the owner (there is no item to see it on)', () => {
    const t = thread({ ownerId: 'u-sam', visibility: 'shared' });
    expect(canView(colleague, t, true)).toBe(false);
    expect(canView(admin, t, true)).toBe(false);
    expect(canView(owner, t, false)).toBe(true);
  });

  it.each([
    ['share-linked, captured, linked at creation', 'share-linked', 'dropbox', true, 'shared'],
    ['share-linked, captured, not linked', 'share-linked', 'dropbox', false, 'private'],
    ['keep all private, linked', 'private', 'dropbox', true, 'private'],
    ['keep all private, not linked', 'private', 'dropbox', false, 'private'],
  ] as const)('R5.3 default for a new thread: %s → %s', (_case, sharing, sourceKind, linked, visibility) => {
    expect(defaultVisibility({ sharing, sourceKind, linked })).toBe(visibility);
  });

  it('R5.3 under "share my linked conversations" a thread linked later becomes shared', () => {
    const t = thread({ visibility: 'private', shareOnLink: shareOnLinkFor('share-linked', 'dropbox') });
    const decision = { kind: 'link' as const, link: { ...link, reason: { kind: 'sole-open-item' as const, personId: 'p', personName: 'P' } } };
    expect(applyLinkDecision(t, decision)).toEqual({ link: decision.link, candidates: [], visibility: 'shared' });
    expect(manualLinkPatch(t, { kind: 'deal', itemId: 'd1' }, T0).visibility).toBe('shared');
  });

  it('R5.3 changing the setting affects only mail captured afterwards', () => {
    // captured under "keep all private": remembers it, and stays private when linked after the change
    const before = thread({ visibility: 'private', shareOnLink: shareOnLinkFor('private', 'dropbox') });
    expect(visibilityAfterLink(before)).toBe('private');
    // captured under "share": stays share-on-link after the user switched to "keep all private"
    const earlier = thread({ visibility: 'private', shareOnLink: shareOnLinkFor('share-linked', 'dropbox') });
    expect(visibilityAfterLink(earlier)).toBe('shared');
  });

  it('R5.4 a thread can be made private again, and stays private when linked later', () => {
    const shared = thread({ visibility: 'shared', shareOnLink: true, link });
    const patch = makePrivatePatch();
    expect(patch).toEqual({ visibility: 'private', shareOnLink: false });
    const after = { ...shared, ...patch };
    expect(canView(colleague, after, true)).toBe(false);
    expect(manualLinkPatch(after, { kind: 'deal', itemId: 'd2' }, T0).visibility).toBe('private');
  });

  it('R5.4 many at once: the same patch for each selected thread', () => {
    const selected = [thread({ id: 'a', visibility: 'shared', shareOnLink: true }), thread({ id: 'b', visibility: 'shared' })];
    expect(selected.map((t) => ({ ...t, ...makePrivatePatch() }).visibility)).toEqual(['private', 'private']);
  });

  it('R7.3 synced mail is private by default, even under "share my linked conversations"', () => {
    expect(defaultVisibility({ sharing: 'share-linked', sourceKind: 'sync', linked: true })).toBe('private');
    expect(shareOnLinkFor('share-linked', 'sync')).toBe(false);
  });
});
