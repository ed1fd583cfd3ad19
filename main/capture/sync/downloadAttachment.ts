/**
 * On-demand download of one attachment (DESIGN "Fetch cheaply"): exactly one body part, with
 * its transfer encoding removed. Uses the source's fetch connection while it is up (imapflow
 * queues the command between the sync's own), else a short connection of its own.
 */
import type { ImapFlow } from 'imapflow';
import { AttachmentUnavailableError } from './errors';
import { clientOptions, closeClient, createClient } from './imapClients';
import type { SourceContext } from './sourceContext';
import type { SyncSession } from './syncSession';

export { AttachmentUnavailableError } from './errors';

async function fetchPart(client: ImapFlow, uid: number, part: string): Promise<Buffer> {
  const answer = await client.downloadMany(String(uid), [part], { uid: true });
  const content = answer[part]?.content;
  if (content === undefined || content === null) throw new AttachmentUnavailableError('not-found', `no part ${part} in message ${uid}`);
  return content;
}

export async function downloadAttachment(
  ctx: SourceContext,
  session: SyncSession | undefined,
  uidValidity: number,
  uid: number,
  part: string,
  temporaryClients: Set<ImapFlow>,
): Promise<Buffer> {
  // The part goes into the command as an atom: digits and dots only, as IMAP numbers parts.
  if (!/^\d+(\.\d+)*$/.test(part) || !Number.isInteger(uid) || uid <= 0) {
    throw new AttachmentUnavailableError('bad-part', 'not an IMAP part number');
  }
  const live = session?.fetch;
  if (live !== undefined && live.uidValidity === uidValidity) {
    // Socket bytes during the download; a catch-up running on the same connection meanwhile
    // would be counted here too (rare, and only ever makes the figure larger).
    const before = live.client.stats().received;
    const content = await fetchPart(live.client, uid, part);
    ctx.stats.attachmentBytes += live.client.stats().received - before;
    return content;
  }

  const tuning = { qresync: false, pollIntervalMs: ctx.deps.pollIntervalMs };
  const client = createClient({ ...clientOptions(ctx.source.server, 'fetch', tuning), disableAutoIdle: true }, () => undefined);
  temporaryClients.add(client);
  try {
    ctx.stats.connectAttempts += 1;
    await client.connect();
    const mailbox = await client.mailboxOpen(ctx.source.mailbox, { readOnly: true });
    if (Number(mailbox.uidValidity) !== uidValidity) {
      throw new AttachmentUnavailableError('stale', 'the mailbox was recreated; the message has a new UID');
    }
    return await fetchPart(client, uid, part);
  } finally {
    ctx.stats.attachmentBytes += client.stats().received;
    temporaryClients.delete(client);
    await closeClient(client);
  }
}
