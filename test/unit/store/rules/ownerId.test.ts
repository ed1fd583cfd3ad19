/** shared/rules/ownerId.ts: R3.3 / R3.8 the user a captured message belongs to. */
import { describe, expect, it } from 'vitest';
import { ownerIdFor, type UserAddresses } from '../../../../shared/rules/ownerId';

const sam: UserAddresses = { userId: 'u-sam', primary: 'sam@acme.com', verified: ['sam@acme.org'], pending: ['sam@home.test'] };
const kim: UserAddresses = { userId: 'u-kim', primary: 'kim@acme.com', verified: [], pending: [] };

describe('R3.3 owner id', () => {
  it.each([
    ['the primary address', 'sam@acme.com', { kind: 'owner', userId: 'u-sam' }],
    ['a verified alternate, any case', '<SAM@acme.org>', { kind: 'owner', userId: 'u-sam' }],
    ['another user of the team', 'kim@acme.com', { kind: 'owner', userId: 'u-kim' }],
    ['a pending alternate: held for it (R3.8)', 'sam@home.test', { kind: 'held', reason: 'owner-pending', address: 'sam@home.test' }],
    ['nobody we know', 'eve@elsewhere.test', { kind: 'held', reason: 'unknown-owner', address: 'eve@elsewhere.test' }],
  ] as const)('R3.3 %s', (_case, address, decision) => {
    expect(ownerIdFor(address, [sam, kim])).toEqual(decision);
  });

  it('R3.8 a message accepted from the Rejected list belongs to whoever accepted it', () => {
    expect(ownerIdFor('eve@elsewhere.test', [sam], 'u-sam')).toEqual({ kind: 'owner', userId: 'u-sam' });
    // an address that is somebody's still names that somebody
    expect(ownerIdFor('kim@acme.com', [sam, kim], 'u-sam')).toEqual({ kind: 'owner', userId: 'u-kim' });
  });

  it('R3.3 with no addresses configured, nothing is accepted', () => {
    expect(ownerIdFor('sam@acme.com', [])).toMatchObject({ kind: 'held', reason: 'unknown-owner' });
  });
});
