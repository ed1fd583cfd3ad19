import { describe, expect, it } from 'vitest';
import { resolveOwner, type OwnerDecision, type OwnerInput } from '../../../shared/rules/capture/owner';

const own = { primary: 'sam@seller.example', verified: ['sam.alt@seller.example'], pending: ['sam.new@seller.example'] };
const customer = 'john.doe@acme.com';

type Row = [name: string, input: Omit<OwnerInput, 'own'>, expected: OwnerDecision];

const rows: Row[] = [
  [
    'R3.3 accepts mail the primary address sent as outgoing',
    { sourceKind: 'dropbox', sender: 'sam@seller.example', author: 'sam@seller.example' },
    { kind: 'accepted', owner: 'sam@seller.example', direction: 'outgoing' },
  ],
  [
    'R3.3 accepts a verified alternate address, compared case-insensitively',
    { sourceKind: 'dropbox', sender: 'Sam.Alt@Seller.Example', author: 'Sam.Alt@Seller.Example' },
    { kind: 'accepted', owner: 'sam.alt@seller.example', direction: 'outgoing' },
  ],
  [
    'R3.3 rejects an unknown sender as unknown-owner, naming the sender',
    { sourceKind: 'dropbox', sender: 'mallory@evil.example', author: 'mallory@evil.example' },
    { kind: 'rejected', reason: 'unknown-owner', detail: 'mallory@evil.example' },
  ],
  [
    'R3.3 rejects mail without a sender as unknown-owner',
    { sourceKind: 'dropbox', sender: undefined, author: undefined },
    { kind: 'rejected', reason: 'unknown-owner', detail: 'no sender address' },
  ],
  [
    'R3.8 holds mail from a pending alternate as owner-pending',
    { sourceKind: 'dropbox', sender: 'sam.new@seller.example', author: 'sam.new@seller.example' },
    { kind: 'rejected', reason: 'owner-pending', detail: 'sam.new@seller.example' },
  ],
  [
    'R3.2 a reply the owner forwarded is incoming, owned by the forwarder',
    { sourceKind: 'dropbox', sender: 'sam.alt@seller.example', author: customer },
    { kind: 'accepted', owner: 'sam.alt@seller.example', direction: 'incoming' },
  ],
  [
    'R3.3 a forward by a stranger is rejected even though the author is a customer',
    { sourceKind: 'dropbox', sender: 'mallory@evil.example', author: customer },
    { kind: 'rejected', reason: 'unknown-owner', detail: 'mallory@evil.example' },
  ],
  [
    'R3.8 a forward by a pending alternate is held',
    { sourceKind: 'dropbox', sender: 'sam.new@seller.example', author: customer },
    { kind: 'rejected', reason: 'owner-pending', detail: 'sam.new@seller.example' },
  ],
  [
    'R4.9 the owner forwarding their own mail again stays outgoing',
    { sourceKind: 'dropbox', sender: 'sam@seller.example', author: 'sam.alt@seller.example' },
    { kind: 'accepted', owner: 'sam@seller.example', direction: 'outgoing' },
  ],
  [
    'R7 synced mail from an own address is outgoing, owned by that address',
    { sourceKind: 'sync', sender: 'sam.alt@seller.example', author: 'sam.alt@seller.example' },
    { kind: 'accepted', owner: 'sam.alt@seller.example', direction: 'outgoing' },
  ],
  [
    'R7.4 synced mail from a customer is incoming and owned by the account',
    { sourceKind: 'sync', sender: customer, author: customer },
    { kind: 'accepted', owner: 'sam@seller.example', direction: 'incoming' },
  ],
  [
    'R7 synced mail from a pending alternate is not ours yet: incoming, never rejected',
    { sourceKind: 'sync', sender: 'sam.new@seller.example', author: 'sam.new@seller.example' },
    { kind: 'accepted', owner: 'sam@seller.example', direction: 'incoming' },
  ],
];

describe('resolveOwner', () => {
  it.each(rows)('%s', (_name, input, expected) => {
    expect(resolveOwner({ ...input, own })).toEqual(expected);
  });
});
