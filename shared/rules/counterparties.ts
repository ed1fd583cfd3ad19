/**
 * R4.1 counterparties: the people on the other side of a message, the ones it is linked to.
 * - mail the owner sent: its To and Cc recipients;
 * - mail someone else wrote (a forwarded reply R3.2, or incoming mail found by sync R7.4): the
 *   author, and the other To / Cc recipients (colleagues of the customer, R4.7).
 * Never one of us: the owner's own addresses (R3.3), the one who forwarded it, the drop box, its
 * aliases, or any of its sub-addresses (item addresses R1.3). An address appears once, with the
 * strongest role it has (author, then To, then Cc), because the role decides whether a missing
 * person is created (R4.2, see persons.ts).
 */
import type { CapturedMessage, Mailbox } from '../domain/mail';
import { normalizeAddress } from './emailAddress';
import { DEFAULT_SUBADDRESS_DELIMITER, isDropboxAddress } from './itemAddress';

/**
 * `to` / `cc`: recipients of mail the owner sent; `author`: who wrote mail that came in;
 * `co-recipient`: the other recipients of mail that came in.
 */
export type CounterpartyRole = 'author' | 'to' | 'cc' | 'co-recipient';

export interface Counterparty {
  /** lower-case */
  address: string;
  /** display name as written in the header, trimmed; absent when empty */
  name?: string;
  role: CounterpartyRole;
}

/** Addresses that are ours and therefore never counterparties nor persons (R4.2). */
export interface OurAddresses {
  /** the account address and every verified alternate address (R6) */
  own: readonly string[];
  /** the company BCC address and its aliases (R1.2) */
  dropbox: readonly string[];
  /** sub-addressing delimiter, `+` by default */
  delimiter?: string;
}

export type CounterpartySource = Pick<CapturedMessage, 'direction' | 'owner' | 'from' | 'to' | 'cc' | 'forwardedBy'>;

/** True for the owner's, the drop box's and any item address: never a person (R4.2). */
export function isOurAddress(address: string, ours: OurAddresses): boolean {
  const a = normalizeAddress(address);
  return (
    ours.own.some((own) => normalizeAddress(own) === a) ||
    isDropboxAddress(a, ours.dropbox, ours.delimiter ?? DEFAULT_SUBADDRESS_DELIMITER)
  );
}

export function counterpartiesOf(message: CounterpartySource, ours: OurAddresses): Counterparty[] {
  const listed: Array<[Mailbox, CounterpartyRole]> =
    message.direction === 'outgoing'
      ? [...message.to.map((m): [Mailbox, CounterpartyRole] => [m, 'to']), ...message.cc.map((m): [Mailbox, CounterpartyRole] => [m, 'cc'])]
      : [[message.from, 'author'], ...[...message.to, ...message.cc].map((m): [Mailbox, CounterpartyRole] => [m, 'co-recipient'])];

  const also = [message.owner, ...(message.forwardedBy ? [message.forwardedBy.address] : [])];
  const excluded: OurAddresses = { ...ours, own: [...ours.own, ...also] };

  // Roles come in strongest-first order for each direction, so the first sighting wins.
  const seen = new Map<string, Counterparty>();
  for (const [mailbox, role] of listed) {
    const address = normalizeAddress(mailbox.address);
    if (address === '' || seen.has(address) || isOurAddress(address, excluded)) continue;
    const name = mailbox.name?.trim();
    seen.set(address, name ? { address, name, role } : { address, role });
  }
  return [...seen.values()];
}
