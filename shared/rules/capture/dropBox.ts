/**
 * R1.4 / R1.5: which item addresses a captured message reached, and which of its recipients are
 * the drop box itself. The token syntax and the sub-address matching live in `../itemAddress`
 * (R1.3), so the address that compose hands out and the one capture recognises cannot drift.
 */
import type { Mailbox } from '../../domain/mail';
import { normalizeAddress } from '../emailAddress';
import { DEFAULT_SUBADDRESS_DELIMITER, isDropboxAddress, parseItemAddress } from '../itemAddress';

export { DEFAULT_SUBADDRESS_DELIMITER };

/** The company BCC address and its old aliases (R1.2), and the sub-address delimiter. */
export interface DropBoxAddresses {
  addresses: readonly string[];
  /** `+` unless the server is configured otherwise; '' turns sub-addressing off */
  delimiter?: string;
}

function delimiterOf(dropBox: DropBoxAddresses): string {
  return dropBox.delimiter ?? DEFAULT_SUBADDRESS_DELIMITER;
}

/** The item token of one address, lower-case, or undefined when it is not an item address. */
export function itemTokenOf(address: string, dropBox: DropBoxAddresses): string | undefined {
  return parseItemAddress(address, dropBox.addresses, delimiterOf(dropBox));
}

/** The drop box, an alias, or any sub-address of them (an item address, valid token or not). */
export function isDropBoxOrItemAddress(address: string, dropBox: DropBoxAddresses): boolean {
  return isDropboxAddress(address, dropBox.addresses, delimiterOf(dropBox));
}

/**
 * Distinct item tokens among the addresses a message was delivered or addressed to (Delivered-To,
 * X-Original-To, To, Cc), in first-seen order. Several tokens are returned as they are: deciding
 * what several means (R1.5: link none, offer them) is the store's job.
 */
export function collectItemTokens(addresses: readonly string[], dropBox: DropBoxAddresses): string[] {
  const tokens = new Set<string>();
  for (const address of addresses) {
    const token = itemTokenOf(address, dropBox);
    if (token !== undefined) tokens.add(token);
  }
  return [...tokens];
}

/** The recipients without the drop box and item addresses: those are never counterparties. */
export function withoutDropBox(mailboxes: readonly Mailbox[], dropBox: DropBoxAddresses): Mailbox[] {
  return mailboxes.filter((m) => !isDropBoxOrItemAddress(m.address, dropBox));
}

/**
 * Whether the owner sent this message TO the drop box (R3.2: "forwards them to the company BCC
 * address") rather than BCC'ing the drop box on mail to somebody else. Only then is a forwarded
 * block inside it a customer's reply; a forward BCC'd on its way to a colleague is the owner's own
 * outgoing mail to that colleague.
 * True when a drop-box or item address is an explicit To/Cc recipient, or when nobody but the
 * owner's own addresses is (a forward whose only visible recipient was the drop box in Bcc).
 */
export function isAddressedToDropBox(
  toAndCc: readonly string[],
  dropBox: DropBoxAddresses,
  ownAddresses: readonly string[],
): boolean {
  const own = new Set(ownAddresses.map(normalizeAddress));
  if (toAndCc.some((a) => isDropBoxOrItemAddress(a, dropBox))) return true;
  return toAndCc.every((a) => own.has(normalizeAddress(a)));
}
