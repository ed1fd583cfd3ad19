/**
 * One attempt on one outbox entry (R2.6, R2.3): the SMTP transaction, with `sending` on disk
 * before the first byte goes out and `sent` right after the server accepted; then the Sent copy,
 * searched first and appended only if absent. Failures wait with back-off; what is permanent
 * stops with the server's words.
 */
import type { SendError } from '../../shared/rules/send/outboxEntry';
import type { ServerLogin } from '../../shared/settings/account';
import type { Clock } from '../platform/ports';
import type { DropboxLocation } from './deliveryProof';
import type { OutboxQueue } from './outboxQueue';
import type { OutboxRecord } from './outboxSchema';
import { classifySendError } from './sendFailure';
import { fileSentCopy } from './sentFolder';
import { sendMime } from './smtpSend';

type MaybePromise<T> = T | Promise<T>;

const MAX_SENT_COPY_FAILURES = 20;

/** What an attempt needs: the queue it commits to, the account's logins, time and back-off. */
export interface Attempts {
  queue: OutboxQueue;
  clock: Clock;
  smtp: () => MaybePromise<ServerLogin | undefined>;
  imap: () => MaybePromise<ServerLogin | undefined>;
  dropbox: () => MaybePromise<DropboxLocation | undefined>;
  /** the back-off before attempt `failures` (R2.6) */
  delay(failures: number): number;
  graceMs: number;
  timeoutMs: number | undefined;
  /** main's log, for what the entry's state cannot say (why a Sent copy attempt failed) */
  problem(text: string): void;
}

export function messageIds(entry: OutboxRecord): string[] {
  return entry.serverMessageId === undefined ? [entry.messageId] : [entry.messageId, entry.serverMessageId];
}

export async function waitAfterFailure(a: Attempts, entry: OutboxRecord, error: SendError, patch: Partial<OutboxRecord> = {}): Promise<void> {
  const failures = entry.failures + 1;
  await a.queue.commit(entry, { state: 'queued', lastError: error, failures, nextAttemptAt: a.clock.now() + a.delay(failures), ...patch });
}

export async function sendEntry(a: Attempts, entry: OutboxRecord): Promise<void> {
  const login = await a.smtp();
  if (login === undefined) return waitAfterFailure(a, entry, { kind: 'temporary', code: 'not-configured', text: 'SMTP login not available' });
  let raw: Buffer;
  try {
    raw = await a.queue.files.readMime(entry.id, entry.revision);
  } catch {
    // handled: the entry fails with the reason, which the outbox shows
    return a.queue.commit(entry, { state: 'failed-permanent', lastError: { kind: 'permanent', code: 'protocol', text: 'the stored message is missing' } });
  }
  // On disk before the first byte goes to the server: a crash from here on is verified first.
  await a.queue.commit(entry, { state: 'sending', attempts: entry.attempts + 1, attemptStartedAt: a.clock.now(), nextAttemptAt: undefined, verifying: false });
  let acceptance: Awaited<ReturnType<typeof sendMime>>;
  try {
    acceptance = await sendMime(login, entry.envelope, raw, a.timeoutMs);
  } catch (err) {
    const { error, uncertain } = classifySendError(err);
    if (error.kind === 'permanent') return a.queue.commit(entry, { state: 'failed-permanent', lastError: error, failures: entry.failures + 1 });
    return waitAfterFailure(a, entry, error, { verifying: uncertain });
  }
  const now = a.clock.now();
  await a.queue.commit(entry, {
    state: 'sent',
    sentAt: now,
    serverMessageId: acceptance.serverMessageId,
    rejectedRecipients: acceptance.rejected,
    lastError: undefined,
    failures: 0,
    sentCopy: 'pending',
    sentCopyAttempt: { failures: 0, nextAttemptAt: now },
  });
}

/** R2.3, after `sent`: search, append only if absent. Then the body files are no longer needed. */
export async function fileCopy(a: Attempts, entry: OutboxRecord): Promise<void> {
  const failures = (entry.sentCopyAttempt?.failures ?? 0) + 1;
  const later = () => a.queue.commit(entry, { sentCopyAttempt: { failures, nextAttemptAt: a.clock.now() + a.delay(failures) } });
  const login = await a.imap();
  if (login === undefined) return later();
  // handled: no stored message: the Sent copy is settled as failed, which the outbox shows
  const raw = entry.hasBody ? await a.queue.files.readMime(entry.id, entry.revision).catch(() => undefined) : undefined;
  if (raw === undefined) return settleCopy(a, entry, 'failed');
  try {
    const state = await fileSentCopy(login, { raw, messageIds: messageIds(entry), date: new Date(entry.messageDate) }, a.timeoutMs);
    return settleCopy(a, entry, state);
  } catch (err) {
    // handled: tried again later; after MAX_SENT_COPY_FAILURES the outbox shows the copy as failed; the cause goes to the log
    a.problem(`outbox: storing the Sent copy failed (${classifySendError(err).error.code}), attempt ${failures}`);
    return failures >= MAX_SENT_COPY_FAILURES ? settleCopy(a, entry, 'failed') : later();
  }
}

export async function settleCopy(a: Attempts, entry: OutboxRecord, state: 'stored' | 'found' | 'no-folder' | 'failed', patch: Partial<OutboxRecord> = {}): Promise<void> {
  const hadBody = entry.hasBody;
  await a.queue.commit(entry, { ...patch, sentCopy: state, sentCopyAttempt: undefined, hasBody: false });
  if (hadBody) await a.queue.files.deleteBody(entry.id, entry.revision);
}
