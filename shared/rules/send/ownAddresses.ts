/**
 * R6.4 the list of the user's sender addresses as Settings shows it: the account's own address
 * first, always, as the primary; then the confirmed alternates (oldest confirmation first), then
 * those still pending (oldest first). An alternate that equals the primary is not listed twice.
 * The schema is what crosses IPC.
 */
import { z } from 'zod';
import { normalizeAddress } from '../emailAddress';

export const OwnAddressStatusSchema = z.enum(['primary', 'verified', 'pending']);
export type OwnAddressStatus = z.infer<typeof OwnAddressStatusSchema>;

export const OwnAddressViewSchema = z.object({
  address: z.string(),
  status: OwnAddressStatusSchema,
  addedAt: z.number().optional(),
  verifiedAt: z.number().optional(),
  /** pending: when the current link and code stop working */
  expiresAt: z.number().optional(),
  /** pending: when the last confirmation email went out */
  lastSentAt: z.number().optional(),
  /** pending: why the last confirmation email could not be sent (server's words) */
  sendError: z.string().optional(),
  /** pending: wrong codes still allowed before only the link (or a resend) helps */
  codeAttemptsLeft: z.number().int().nonnegative().optional(),
});
export type OwnAddressView = z.infer<typeof OwnAddressViewSchema>;

const RANK: Record<OwnAddressStatus, number> = { primary: 0, verified: 1, pending: 2 };

export function orderOwnAddresses(primary: string, alternates: readonly OwnAddressView[]): OwnAddressView[] {
  const primaryKey = normalizeAddress(primary);
  const rest = alternates
    .filter((a) => a.status !== 'primary' && normalizeAddress(a.address) !== primaryKey)
    .map((a, index) => ({ a, index }))
    .sort((x, y) => {
      const byStatus = RANK[x.a.status] - RANK[y.a.status];
      if (byStatus !== 0) return byStatus;
      const at = (v: OwnAddressView) => (v.status === 'verified' ? (v.verifiedAt ?? 0) : (v.addedAt ?? 0));
      return at(x.a) - at(y.a) || x.index - y.index;
    })
    .map(({ a }) => a);
  return [{ address: primaryKey, status: 'primary' }, ...rest];
}
