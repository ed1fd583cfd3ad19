/**
 * R10.5 which recipient suggestion Enter and Tab take: the first one, as mail programs do, unless
 * a whole address was typed that none of them is (then Enter takes what was typed, not a
 * look-alike from the CRM); when one of them is that address, that one.
 */
import type { Mailbox } from '../../../../shared/domain/mail';
import { normalizeAddress } from '../../../../shared/rules/emailAddress';
import { parseRecipients } from './parseRecipients';

export function recipientHighlight(query: string, found: readonly { value: Mailbox }[]): number {
  const typed = parseRecipients(query);
  const only = typed.invalid.length === 0 && typed.mailboxes.length === 1 ? typed.mailboxes[0] : undefined;
  if (only === undefined) return found.length > 0 ? 0 : -1;
  return found.findIndex((s) => normalizeAddress(s.value.address) === normalizeAddress(only.address));
}
