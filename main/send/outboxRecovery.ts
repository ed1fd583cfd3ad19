/**
 * What the outbox does about attempts whose outcome is unknown (R2.6): the app stopped during
 * one (`sending` found at start-up), the connection broke without a reply, or the worker itself
 * failed mid-attempt. Such an entry is never sent again blindly: its Message-ID is first looked
 * for over IMAP, in the Sent folder and in the drop box. Found → `sent`. Not found → it waits
 * until `graceMs` after that attempt began (a drop box can receive its copy a little after the
 * server accepted the message), looks once more, then sends again.
 */
import { classifyConnectionError } from '../mail/connectionFailure';
import { findDeliveredCopy } from './deliveryProof';
import type { OutboxQueue } from './outboxQueue';
import type { OutboxRecord } from './outboxSchema';
import { type Attempts, messageIds, settleCopy, waitAfterFailure } from './outboxSending';

/** Loads the index and turns interrupted attempts into ones to verify; drops old sent entries. */
export async function loadAndRecover(queue: OutboxQueue, now: number, problem: (text: string) => void): Promise<void> {
  const index = await queue.files.loadIndex(now);
  if (index.kind === 'set-aside') problem(`the outbox file could not be read (${index.reason}); it was kept as ${index.path}`);
  queue.entries = index.kind === 'ok' ? index.value : [];
  let changed = false;
  for (const entry of queue.entries) {
    // The app stopped during an attempt: it may or may not have gone out. Verify first.
    if (entry.state === 'sending') {
      Object.assign(entry, { state: 'queued', verifying: true, nextAttemptAt: now, updatedAt: now });
      changed = true;
    }
  }
  changed = queue.pruneSent(now) || changed;
  if (changed) await queue.save();
  // Body files of a set-aside index are its only copy of that mail: keep them.
  if (index.kind !== 'set-aside') await queue.files.removeOrphans(queue.entries);
}

/** True when the message must be sent (again); otherwise the entry was updated. */
export async function verifyDelivery(a: Attempts, entry: OutboxRecord): Promise<boolean> {
  const account = await a.imap();
  if (account === undefined) {
    await waitAfterFailure(a, entry, { kind: 'temporary', code: 'not-configured', text: 'IMAP login not available' });
    return false;
  }
  let proof: Awaited<ReturnType<typeof findDeliveredCopy>>;
  try {
    proof = await findDeliveredCopy(messageIds(entry), { account, dropbox: await a.dropbox(), hadCrmCopy: entry.summary.crmBcc !== undefined }, a.timeoutMs);
  } catch (err) {
    const failure = classifyConnectionError(err);
    await waitAfterFailure(a, entry, { kind: 'temporary', code: 'verify-failed', text: failure.serverText ?? failure.code });
    return false;
  }
  const now = a.clock.now();
  if (proof !== undefined) {
    const sentAt = entry.attemptStartedAt ?? now;
    if (proof === 'sent-folder') await settleCopy(a, entry, 'found', { state: 'sent', sentAt, verifying: false, lastError: undefined, failures: 0 });
    else await a.queue.commit(entry, { state: 'sent', sentAt, verifying: false, lastError: undefined, failures: 0, sentCopy: 'pending', sentCopyAttempt: { failures: 0, nextAttemptAt: now } });
    return false;
  }
  const graceEnds = (entry.attemptStartedAt ?? 0) + a.graceMs;
  if (now < graceEnds) {
    await a.queue.commit(entry, { nextAttemptAt: graceEnds });
    return false;
  }
  return true;
}

/**
 * A bug or a disk error during an attempt: the entry waits (never spin on it, never crash main);
 * an attempt that broke off after `sending` was set has an unknown outcome, so it is verified.
 */
export function afterAttemptError(a: Attempts, entry: OutboxRecord): void {
  const failures = entry.failures + 1;
  entry.failures = failures;
  if (entry.state === 'sending') Object.assign(entry, { state: 'queued', verifying: true });
  const at = a.clock.now() + a.delay(failures);
  if (entry.state === 'sent' && entry.sentCopyAttempt) entry.sentCopyAttempt.nextAttemptAt = at;
  else entry.nextAttemptAt = at;
}
