/**
 * Plain email-address helpers shared by the rules. Addresses are compared lower-case everywhere
 * (the domain is case-insensitive by RFC 5321; local parts are in practice, and the capture
 * engine already lower-cases them), so every rule runs its inputs through `normalizeAddress`.
 */

/** Lower-case, without surrounding whitespace or angle brackets. */
export function normalizeAddress(address: string): string {
  return address.trim().replace(/^<|>$/g, '').toLowerCase();
}

/** Local part and domain of an address, split at the last "@"; undefined when there is none. */
export function splitAddress(address: string): { local: string; domain: string } | undefined {
  const normalized = normalizeAddress(address);
  const at = normalized.lastIndexOf('@');
  if (at <= 0 || at === normalized.length - 1) return undefined;
  return { local: normalized.slice(0, at), domain: normalized.slice(at + 1) };
}

/**
 * The shape the CRM accepts for a person's (or an alternate) address: something, "@", something,
 * no whitespace. Deliberately loose (a typed address is the user's to know); the account's own
 * address is checked stricter, by AccountConfigSchema, because it logs in and sends.
 */
export const ADDRESS_SHAPE = /^[^\s@]+@[^\s@]+$/;

/** Whether typed text (surrounding whitespace aside) has the shape of an address. */
export function looksLikeAddress(text: string): boolean {
  return ADDRESS_SHAPE.test(text.trim());
}
