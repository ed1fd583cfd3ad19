import { describe, expect, it } from 'vitest';
import { canLink } from '../../../shared/rules/permissions';
import {
  decideLink,
  type AddressedItem,
  type CounterpartyItems,
  type LinkableItem,
  type LinkDecision,
  type LinkDecisionInput,
} from '../../../shared/rules/linkDecision';
import { applyLinkDecision, copyLink, manualLinkPatch, manualUnlinkPatch } from '../../../shared/rules/linkPatches';
import { assignThread } from '../../../shared/rules/threading';
import { DAY, T0, thread } from './builders';

const NOW = T0 + 1000;
const deal = (id: string, overrides: Partial<LinkableItem> = {}): LinkableItem => ({
  kind: 'deal',
  id,
  status: 'open',
  createdAt: T0 - 10 * DAY,
  ...overrides,
});
const jane = { id: 'p-jane', name: 'Jane Roe' };
const bob = { id: 'p-bob', name: 'Bob Poe' };
const eve = { id: 'p-eve', name: 'Eve Moe' };

function input(overrides: Partial<LinkDecisionInput> = {}): LinkDecisionInput {
  return {
    mode: 'automatic',
    thread: { firstDate: T0 },
    addressedItems: [],
    counterpartyItems: [],
    now: NOW,
    ...overrides,
  };
}
const addressed = (id: string, token: string, overrides: Partial<AddressedItem> = {}): AddressedItem => ({
  kind: 'deal',
  id,
  status: 'open',
  token,
  ...overrides,
});
const soleOpen = (itemId: string, person: { id: string; name: string }, kind: LinkableItem['kind'] = 'deal'): LinkDecision => ({
  kind: 'link',
  link: { kind, itemId, reason: { kind: 'sole-open-item', personId: person.id, personName: person.name }, at: NOW },
});
const manualLink = { kind: 'deal' as const, itemId: 'd-x', reason: { kind: 'manual' as const }, at: T0 - DAY };
const autoLink = {
  kind: 'deal' as const,
  itemId: 'd-old',
  reason: { kind: 'sole-open-item' as const, personId: 'p-jane', personName: 'Jane Roe' },
  at: T0 - DAY,
};

describe('R1 item addresses in the link decision', () => {
  it('R1.4 mail to an item address is linked to that item even when automatic linking is off', () => {
    expect(decideLink(input({ mode: 'manual', addressedItems: [addressed('d1', 'd-aaaa')] }))).toEqual({
      kind: 'link',
      link: { kind: 'deal', itemId: 'd1', reason: { kind: 'item-address', token: 'd-aaaa' }, at: NOW },
    });
  });

  it('R1.4 the item address wins over the counterparties\' open items', () => {
    const decision = decideLink(
      input({ addressedItems: [addressed('l1', 'l-bbbb', { kind: 'lead' })], counterpartyItems: [{ person: jane, items: [deal('d9')] }] }),
    );
    expect(decision).toEqual({
      kind: 'link',
      link: { kind: 'lead', itemId: 'l1', reason: { kind: 'item-address', token: 'l-bbbb' }, at: NOW },
    });
  });

  it('R1.4 the same item addressed twice is one item', () => {
    expect(decideLink(input({ addressedItems: [addressed('d1', 'd-aaaa'), addressed('d1', 'd-aaaa')] }))).toMatchObject({
      kind: 'link',
      link: { itemId: 'd1' },
    });
  });

  it('R1.4 an item address of a won deal still links (addressing it is explicit); of a deleted one it does not', () => {
    expect(decideLink(input({ addressedItems: [addressed('d1', 'd-aaaa', { status: 'won' })] }))).toMatchObject({
      kind: 'link',
      link: { itemId: 'd1' },
    });
    expect(
      decideLink(input({ addressedItems: [addressed('d1', 'd-aaaa', { status: 'deleted' })], counterpartyItems: [{ person: jane, items: [deal('d2')] }] })),
    ).toEqual(soleOpen('d2', jane));
  });

  it('R1.5 several item addresses: linked to none of them, all offered', () => {
    expect(
      decideLink(
        input({
          addressedItems: [addressed('d1', 'd-aaaa'), addressed('l1', 'l-bbbb', { kind: 'lead' })],
          counterpartyItems: [{ person: jane, items: [deal('d9')] }],
        }),
      ),
    ).toEqual({
      kind: 'candidates',
      candidates: [
        { kind: 'deal', itemId: 'd1' },
        { kind: 'lead', itemId: 'l1' },
      ],
      because: 'several-item-addresses',
    });
  });
});

describe('R4 linking', () => {
  it('R4.4 automatic linking is a setting: in manual mode the sole open deal is not linked', () => {
    expect(decideLink(input({ mode: 'manual', counterpartyItems: [{ person: jane, items: [deal('d1')] }] }))).toEqual({
      kind: 'unchanged',
      because: 'manual-mode',
    });
  });

  it('R4.4 links to the sole open deal of the counterparties', () => {
    expect(decideLink(input({ counterpartyItems: [{ person: jane, items: [deal('d1')] }] }))).toEqual(soleOpen('d1', jane));
  });

  it('R4.4 the sole open item may be a lead or a project', () => {
    expect(decideLink(input({ counterpartyItems: [{ person: jane, items: [{ kind: 'project', id: 'pr1', status: 'open', createdAt: T0 - DAY }] }] }))).toEqual(
      soleOpen('pr1', jane, 'project'),
    );
  });

  it('R4.4 two open items of one counterparty: not linked, both offered', () => {
    expect(decideLink(input({ counterpartyItems: [{ person: jane, items: [deal('d1'), deal('d2')] }] }))).toEqual({
      kind: 'candidates',
      candidates: [
        { kind: 'deal', itemId: 'd1' },
        { kind: 'deal', itemId: 'd2' },
      ],
      because: 'several-open-items',
    });
  });

  it.each([['won'], ['lost'], ['deleted']] as const)('R4.5 a %s deal no longer receives mail automatically', (status) => {
    expect(decideLink(input({ counterpartyItems: [{ person: jane, items: [deal('d1', { status })] }] }))).toEqual({
      kind: 'unchanged',
      because: 'no-open-item',
    });
  });

  it('R4.5 only open items count: a won deal beside an open one leaves the open one sole', () => {
    expect(decideLink(input({ counterpartyItems: [{ person: jane, items: [deal('d-won', { status: 'won' }), deal('d1')] }] }))).toEqual(
      soleOpen('d1', jane),
    );
  });

  it('R4.5 a closed deal can still be linked by hand', () => {
    expect(manualLinkPatch({ visibility: 'private' }, { kind: 'deal', itemId: 'd-won' }, NOW)).toEqual({
      link: { kind: 'deal', itemId: 'd-won', reason: { kind: 'manual' }, at: NOW },
      candidates: [],
      manualUnlink: false,
      visibility: 'private',
    });
  });

  it('R4.6 not retroactive: a deal created after the thread started does not receive it', () => {
    const items = [deal('d-new', { createdAt: T0 + 1 })];
    expect(decideLink(input({ thread: { firstDate: T0 }, counterpartyItems: [{ person: jane, items }] }))).toEqual({
      kind: 'unchanged',
      because: 'no-open-item',
    });
  });

  it('R4.6 a deal created at or before the thread\'s first message does', () => {
    expect(decideLink(input({ thread: { firstDate: T0 }, counterpartyItems: [{ person: jane, items: [deal('d1', { createdAt: T0 })] }] }))).toEqual(
      soleOpen('d1', jane),
    );
  });

  it('R4.6 a later deal does not count against an older sole open deal', () => {
    const items = [deal('d-old'), deal('d-new', { createdAt: T0 + DAY })];
    expect(decideLink(input({ counterpartyItems: [{ person: jane, items }] }))).toEqual(soleOpen('d-old', jane));
  });

  it('R4.7 more than two participants: exactly one open item among them all is linked, naming its person', () => {
    const counterpartyItems: CounterpartyItems[] = [
      { person: jane, items: [] },
      { person: bob, items: [deal('d1', { status: 'lost' })] },
      { person: eve, items: [deal('d2')] },
    ];
    expect(decideLink(input({ counterpartyItems }))).toEqual(soleOpen('d2', eve));
  });

  it('R4.7 the same deal shared by two participants is one item', () => {
    const counterpartyItems = [
      { person: jane, items: [deal('d1')] },
      { person: bob, items: [deal('d1')] },
    ];
    expect(decideLink(input({ counterpartyItems }))).toEqual(soleOpen('d1', jane));
  });

  it('R4.7 none among them all: unlinked', () => {
    expect(decideLink(input({ counterpartyItems: [{ person: jane, items: [] }, { person: bob, items: [] }] }))).toEqual({
      kind: 'unchanged',
      because: 'no-open-item',
    });
  });

  it('R4.7 several among them: unlinked, those items offered for a one-click choice', () => {
    const counterpartyItems = [
      { person: jane, items: [deal('d1')] },
      { person: bob, items: [{ kind: 'lead' as const, id: 'l1', status: 'open' as const, createdAt: T0 - DAY }] },
    ];
    const decision = decideLink(input({ counterpartyItems }));
    expect(decision).toEqual({
      kind: 'candidates',
      candidates: [
        { kind: 'deal', itemId: 'd1' },
        { kind: 'lead', itemId: 'l1' },
      ],
      because: 'several-open-items',
    });
    expect(applyLinkDecision({ visibility: 'private' }, decision)).toEqual({
      candidates: [
        { kind: 'deal', itemId: 'd1' },
        { kind: 'lead', itemId: 'l1' },
      ],
    });
  });

  it('R4.8 a thread is linked to at most one item: a new link replaces the old one and clears the candidates', () => {
    const patch = manualLinkPatch({ visibility: 'private' }, { kind: 'lead', itemId: 'l2' }, NOW);
    expect(patch.link).toEqual({ kind: 'lead', itemId: 'l2', reason: { kind: 'manual' }, at: NOW });
    expect(patch.candidates).toEqual([]);
  });

  it('R4.8 every later message follows the thread\'s link, even when its counterparties have another sole open deal', () => {
    expect(decideLink(input({ thread: { firstDate: T0, link: autoLink }, counterpartyItems: [{ person: bob, items: [deal('d-other')] }] }))).toEqual({
      kind: 'unchanged',
      because: 'already-linked',
    });
  });

  it('R4.8 an item address on a later message does not move an already linked thread', () => {
    expect(decideLink(input({ thread: { firstDate: T0, link: autoLink }, addressedItems: [addressed('d-other', 'd-cccc')] }))).toEqual({
      kind: 'unchanged',
      because: 'already-linked',
    });
  });

  it('R4.8 a thread cannot be split: a reply joins its thread, whatever its subject or counterparties', () => {
    expect(
      assignThread(
        { ownerId: 'u', messageId: 'b@y', references: ['a@x'], subjectKey: 'other', date: T0, counterparties: ['x@y.com'] },
        [{ id: 't1', ownerId: 'u', subjectKey: 'offer', counterparties: ['jane@c.com'], firstDate: T0, lastDate: T0, refIds: ['a@x'] }],
      ),
    ).toMatchObject({ kind: 'join', threadId: 't1' });
  });

  it('R4.9 a copy of the thread is linked to a second item, naming the original', () => {
    expect(copyLink('t1', { kind: 'deal', itemId: 'd2' }, NOW)).toEqual({
      kind: 'deal',
      itemId: 'd2',
      reason: { kind: 'copy', fromThreadId: 't1' },
      at: NOW,
    });
  });

  it('R4.10 linking by hand records "by you"', () => {
    expect(manualLinkPatch(thread(), { kind: 'project', itemId: 'pr1' }, NOW).link?.reason).toEqual({ kind: 'manual' });
  });

  it('R4.10 unlinking by hand removes the link and the candidates', () => {
    expect(manualUnlinkPatch()).toEqual({ link: undefined, candidates: [], manualUnlink: true });
  });

  it('R4.11 a manual link is never undone by automatic linking', () => {
    expect(decideLink(input({ thread: { firstDate: T0, link: manualLink }, addressedItems: [addressed('d1', 'd-aaaa')] }))).toEqual({
      kind: 'unchanged',
      because: 'manual-choice',
    });
  });

  it('R4.11 a manual unlink is never undone by automatic linking, not even by an item address', () => {
    const t = { firstDate: T0, manualUnlink: true };
    expect(decideLink(input({ thread: t, counterpartyItems: [{ person: jane, items: [deal('d1')] }] }))).toEqual({
      kind: 'unchanged',
      because: 'manual-choice',
    });
    expect(decideLink(input({ thread: t, addressedItems: [addressed('d1', 'd-aaaa')] }))).toEqual({ kind: 'unchanged', because: 'manual-choice' });
  });

  it('R4.11 every link shows why it was made', () => {
    const byAddress = decideLink(input({ addressedItems: [addressed('d1', 'd-aaaa')] }));
    const bySole = decideLink(input({ counterpartyItems: [{ person: jane, items: [deal('d1')] }] }));
    const byHand = manualLinkPatch({ visibility: 'private' }, { kind: 'deal', itemId: 'd1' }, NOW);
    expect(byAddress.kind === 'link' && byAddress.link.reason).toEqual({ kind: 'item-address', token: 'd-aaaa' });
    expect(bySole.kind === 'link' && bySole.link.reason).toEqual({ kind: 'sole-open-item', personId: 'p-jane', personName: 'Jane Roe' });
    expect(byHand.link?.reason).toEqual({ kind: 'manual' });
  });

  it.each([
    ['the owner, private thread', true, { userId: 'u-sam', isAdmin: false }, 'private'],
    ['an admin, shared thread', true, { userId: 'u-admin', isAdmin: true }, 'shared'],
    ['an admin, private thread of someone else', false, { userId: 'u-admin', isAdmin: true }, 'private'],
    ['another user, shared thread', false, { userId: 'u-other', isAdmin: false }, 'shared'],
  ] as const)('R4.12 only the owner (and an admin) links or unlinks: %s → %s', (_who, allowed, user, visibility) => {
    expect(canLink(user, thread({ ownerId: 'u-sam', visibility }))).toBe(allowed);
  });
});
