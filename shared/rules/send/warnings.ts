/**
 * What compose warns about before sending. Warnings never block: the user may send anyway.
 * - R1.5 several item addresses among the recipients: ingestion would link the thread to none of
 *   them, so the user should pick one.
 * - R2.5 a message the drop box would not capture (over 20 MB encoded, R3.5). Only said when a
 *   copy goes to the drop box at all (the CRM copy or a drop-box/item address typed as recipient);
 *   otherwise nothing would be captured anyway and the warning would only confuse.
 */
import { isDropboxAddress, parseItemAddress, DEFAULT_SUBADDRESS_DELIMITER } from '../itemAddress';
import { normalizeAddress } from '../emailAddress';
import { estimateWireSize } from './messageSize';
import type { OutgoingMessage } from './outgoing';

/** R3.5's limit, the binary megabytes mail software means (main/capture uses the same value). */
export const CAPTURE_SIZE_LIMIT_BYTES = 20 * 1024 * 1024;

export type SendWarning =
  | { kind: 'several-item-addresses'; addresses: string[] }
  | { kind: 'too-large-to-capture'; estimatedBytes: number; limitBytes: number };

export interface WarningContext {
  /** the company BCC address and its aliases (R1.2) */
  dropboxAddresses: readonly string[];
  delimiter?: string;
}

function allRecipients(message: OutgoingMessage): string[] {
  const listed = [...message.to, ...message.cc, ...message.bcc].map((m) => m.address);
  return message.crmBcc === undefined ? listed : [...listed, message.crmBcc];
}

export function sendWarnings(message: OutgoingMessage, context: WarningContext): SendWarning[] {
  const delimiter = context.delimiter ?? DEFAULT_SUBADDRESS_DELIMITER;
  const recipients = [...new Set(allRecipients(message).map(normalizeAddress))];
  const warnings: SendWarning[] = [];

  // Distinct tokens, not distinct addresses: `crm+d-x@a` and `crm+d-x@alias` name one deal.
  const byToken = new Map<string, string>();
  for (const address of recipients) {
    const token = parseItemAddress(address, context.dropboxAddresses, delimiter);
    if (token !== undefined && !byToken.has(token)) byToken.set(token, address);
  }
  if (byToken.size > 1) warnings.push({ kind: 'several-item-addresses', addresses: [...byToken.values()] });

  const reachesDropbox = message.crmBcc !== undefined || recipients.some((a) => isDropboxAddress(a, context.dropboxAddresses, delimiter));
  const estimatedBytes = estimateWireSize(message);
  if (reachesDropbox && estimatedBytes > CAPTURE_SIZE_LIMIT_BYTES) {
    warnings.push({ kind: 'too-large-to-capture', estimatedBytes, limitBytes: CAPTURE_SIZE_LIMIT_BYTES });
  }
  return warnings;
}
