/**
 * R3.8 accepting refused mail. The Rejected list holds what the engine could tell from the
 * envelope, not the message, so accepting marks the row: the capture engine fetches those UIDs
 * again (`acceptedForRecapture`) and delivers them as captured, and the store then stores them
 * whatever their owner (owner-id.ts, `acceptedBy`) and removes the row. Confirming an alternate
 * address (R6.2) releases every message held for it the same way.
 */
import { normalizeAddress } from '../../../../shared/rules/emailAddress';
import type { RejectedRow } from '../../db/records';
import type { StoreContext } from '../context';
import { heldForOf } from '../capture/rejectedRows';
import { invalid, notFound } from '../errors';
import { getSetting, normalizeOwnAddresses, setSetting, type OwnAddresses } from '../settings';

function accepted(ctx: StoreContext, row: RejectedRow, now: number): RejectedRow {
  return { ...row, status: 'accepted', acceptedAt: now, acceptedBy: ctx.viewer.userId };
}

export async function acceptRejected(ctx: StoreContext, id: string): Promise<RejectedRow> {
  return ctx.db.transaction('rw', ctx.db.rejected, async () => {
    const row = await ctx.db.rejected.get(id);
    if (!row) throw notFound('rejected message', id);
    if (row.status === 'accepted') return row;
    const next = accepted(ctx, row, ctx.clock());
    await ctx.db.rejected.put(next);
    return next;
  });
}

/**
 * Accept every message held for `address` — 'owner-pending', and 'unknown-owner' from before the
 * address was added (R3.8) — and returns how many. Rows kept before unknown senders had a
 * `heldFor` are matched by their sender, so the held rows are read by status, not by `heldFor`.
 */
export async function releaseHeldFor(ctx: StoreContext, address: string): Promise<number> {
  const heldFor = normalizeAddress(address);
  return ctx.db.transaction('rw', ctx.db.rejected, async () => {
    const rows = await ctx.db.rejected
      .where('status')
      .equals('held')
      .filter((r) => (r.heldFor ?? heldForOf(r)) === heldFor)
      .toArray();
    const now = ctx.clock();
    await ctx.db.rejected.bulkPut(rows.map((r) => accepted(ctx, r, now)));
    return rows.length;
  });
}

/** R6.2 the alternate address is confirmed: it becomes verified and what waited for it is released. */
export async function confirmAlternateAddress(ctx: StoreContext, address: string): Promise<{ ownAddresses: OwnAddresses; released: number }> {
  const a = normalizeAddress(address);
  return ctx.db.transaction('rw', [ctx.db.settings, ctx.db.rejected], async () => {
    const own = await getSetting(ctx.db, 'ownAddresses');
    if (!own) throw invalid('set the account address first (R6.4)');
    const ownAddresses = normalizeOwnAddresses({ ...own, verified: [...own.verified, a], pending: own.pending.filter((p) => normalizeAddress(p) !== a) });
    await setSetting(ctx.db, 'ownAddresses', ownAddresses);
    return { ownAddresses, released: await releaseHeldFor(ctx, a) };
  });
}
