/** shared/rules/permissions.ts itemVisibleTo: R5.2 "whoever may see the linked item". */
import { describe, expect, it } from 'vitest';
import { itemVisibleTo } from '../../../../shared/rules/permissions';

const owner = { userId: 'u-sam', isAdmin: false };
const colleague = { userId: 'u-kim', isAdmin: false };
const admin = { userId: 'u-admin', isAdmin: true };

describe('R5.2 item visibility', () => {
  it.each([
    ['an open deal: everyone', 'open', [true, true, true]],
    ['a won deal: everyone', 'won', [true, true, true]],
    ['a deleted deal: its owner and admins', 'deleted', [true, false, true]],
  ] as const)('R5.2 %s', (_case, status, [o, c, a]) => {
    const item = { ownerId: 'u-sam', status };
    expect([itemVisibleTo(owner, item), itemVisibleTo(colleague, item), itemVisibleTo(admin, item)]).toEqual([o, c, a]);
  });

  it('R5.2 an item that does not exist is seen by nobody', () => {
    expect(itemVisibleTo(owner, undefined)).toBe(false);
  });
});
