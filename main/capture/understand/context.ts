/**
 * What `understandMessage` needs to know besides the message bytes. Everything that does I/O or
 * depends on time comes in here (DNS, clock), so the step runs the same under test.
 */
import type { CapturedMessage, RejectedMessage, SourceKind, SourceRef } from '../../../shared/domain/mail';
import type { DropBoxAddresses } from '../../../shared/rules/capture/dropBox';
import type { OwnAddresses } from '../../../shared/rules/capture/owner';
import type { Clock } from '../../platform/ports';

/**
 * mailauth's resolver contract: (name, rrtype) → records; TXT answers as arrays of chunks.
 * A missing name should reject with an error whose `code` is 'ENOTFOUND' or 'ENODATA' (as
 * node:dns does), which mailauth reads as "no key" rather than a temporary failure.
 */
export type DnsResolver = (name: string, rrtype: string) => Promise<string[][] | string[]>;

export interface UnderstandContext {
  source: SourceRef;
  /** 'dropbox': a BCC or forwarded copy (R3); 'sync': the user's own folders (R7) */
  sourceKind: SourceKind;
  /** the account's addresses; pending alternates only decide 'owner-pending' (R3.8) */
  own: OwnAddresses;
  /** the company BCC address, its old aliases (R1.2) and the sub-address delimiter ('+') */
  dropBox: DropBoxAddresses;
  /** authserv-id of the drop box's own server (R3.4); without it DKIM is verified locally */
  authservId?: string;
  resolver: DnsResolver;
  clock: Clock;
  /** IMAP INTERNALDATE, the fallback for a missing or broken Date header */
  internalDate?: Date | number;
  /** IMAP RFC822.SIZE; defaults to the length of the bytes given */
  size?: number;
  /**
   * True when `raw` is not the message as sent but a stand-in (e.g. rebuilt from fetched sections
   * with attachment bodies left out). Its body hash cannot match any DKIM signature, so local
   * DKIM verification is skipped instead of reporting a false 'fail'; results from the trusted
   * server's Authentication-Results are still used.
   */
  partialBody?: boolean;
  /**
   * R3.8: the user accepted this message from the Rejected list. Owner and authentication no
   * longer refuse it (an unknown sender is recorded as incoming mail to the account); a message
   * that cannot be parsed still cannot be captured.
   */
  accepted?: boolean;
  /** Gmail's X-GM-MSGID / X-GM-THRID from the fetch, passed through */
  gmail?: { msgId: string; threadId: string };
}

/**
 * The outcome for one message. `authservIdSeen`: the authserv-id of its topmost
 * Authentication-Results, for drop-box mail while none is confirmed (R3.4: learned, proposed,
 * confirmed by the user). 'ignored': not mail for the CRM at all (Blindcopy's own confirmation
 * mail, R3.8): its UID is passed over, nothing is stored or listed.
 */
export type Understood =
  | { kind: 'captured'; message: CapturedMessage; authservIdSeen?: string }
  | { kind: 'rejected'; rejected: RejectedMessage; authservIdSeen?: string }
  | { kind: 'ignored'; source: SourceRef; why: 'own-confirmation'; authservIdSeen?: undefined };
