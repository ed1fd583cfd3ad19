/**
 * R2.6 "was this message already accepted?", asked before sending again after an attempt whose
 * outcome is unknown (the app died in or right after the SMTP transaction, or the connection
 * broke mid-way). Proof is a copy with its Message-ID in the account's Sent folder (filed by the
 * server, or appended by us) or in the drop box (every message with a CRM copy reaches it).
 */
import type { ServerLogin } from '../../shared/settings/account';
import { mailboxHasMessage } from './findMessage';
import { withImap } from './imapSession';
import { findSentFolder } from './sentFolder';

export interface DropboxLocation {
  server: ServerLogin;
  mailbox: string;
}

export type DeliveryProof = 'sent-folder' | 'dropbox' | undefined;

export async function findDeliveredCopy(
  messageIds: readonly string[],
  where: { account: ServerLogin; dropbox?: DropboxLocation | undefined; hadCrmCopy: boolean },
  timeoutMs?: number,
): Promise<DeliveryProof> {
  const inSent = await withImap(
    where.account,
    async (client) => {
      const sent = await findSentFolder(client);
      return sent !== undefined && (await mailboxHasMessage(client, sent, messageIds));
    },
    timeoutMs,
  );
  if (inSent) return 'sent-folder';
  const dropbox = where.dropbox;
  if (!where.hadCrmCopy || dropbox === undefined) return undefined;
  const inDropbox = await withImap(dropbox.server, (client) => mailboxHasMessage(client, dropbox.mailbox, messageIds), timeoutMs);
  return inDropbox ? 'dropbox' : undefined;
}
