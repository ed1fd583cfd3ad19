/**
 * R2.6 the outbox: a durable queue owned by main, so mail composed offline or refused for now
 * waits and goes out later, also after a restart, and before any window exists.
 *
 * Never twice:
 * - the MIME is built once per entry (one Message-ID for every attempt and every copy);
 * - `sending` is on disk (fsynced) BEFORE the SMTP transaction starts, `sent` right after the
 *   server accepted it;
 * - an attempt whose outcome is unknown (the app died while `sending`, or the connection broke
 *   without a reply) is not repeated blindly: the next attempt first looks for the Message-ID over
 *   IMAP, in the Sent folder and in the drop box. Found → `sent`. Not found → it waits until
 *   `verifyGraceMs` after that attempt began (a drop box can receive its copy a little after the
 *   server accepted the message), looks once more, then sends again.
 *
 * What can still go twice (documented, not hidden): a message without a CRM copy (BCC mode
 * 'never', no item address), to a server that does not file Sent copies itself, when the app dies
 * after the server accepted it and before the Sent APPEND (or the connection breaks right after
 * DATA). Nothing on the server proves delivery then, so it is sent again. Likewise when the drop
 * box gets its copy later than `verifyGraceMs` after the attempt, or the user deleted every copy.
 *
 * One entry is worked on at a time; a single timer wakes the worker for the next due entry.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { encodeBase32 } from '../../shared/rules/base32';
import { envelopeOf } from '../../shared/rules/send/envelope';
import type { OutboxEntryView, SendError } from '../../shared/rules/send/outboxEntry';
import { OutgoingMessageSchema, type OutgoingMessage } from '../../shared/rules/send/outgoing';
import type { ServerLogin } from '../../shared/settings/account';
import { classifyConnectionError } from '../mail/connectionFailure';
import { systemClock, type AppPaths, type Clock } from '../platform/ports';
import { backoffDelay, type RetryPolicy } from '../platform/backoff';
import { buildMime } from './composeMime';
import { findDeliveredCopy, type DropboxLocation } from './deliveryProof';
import { newMessageId } from './messageId';
import { classifySendError } from './sendFailure';
import type { StoredOutboxEntry } from './outboxSchema';
import { OutboxStore } from './outboxStore';
import { summarize, toView } from './outboxView';
import { sendMime } from './smtpSend';
import { storeSentCopy } from './sentFolder';

type MaybePromise<T> = T | Promise<T>;

export interface OutboxOptions {
  /** a folder of its own under AppPaths.userData (see `outboxDir`) */
  dir: string;
  /** the account's SMTP login; undefined while it is not available (e.g. secrets locked) */
  smtp: () => MaybePromise<ServerLogin | undefined>;
  /** the account's IMAP login: Sent folder (R2.3) and delivery proof */
  imap: () => MaybePromise<ServerLogin | undefined>;
  /** where CRM copies arrive, for the delivery proof; undefined when not configured */
  dropbox: () => MaybePromise<DropboxLocation | undefined>;
  clock?: Clock;
  onChange?: (event: OutboxEvent) => void;
  /** things the user or a log should know that belong to no entry (an unreadable file set aside) */
  onProblem?: (problem: string) => void;
  backoff?: RetryPolicy;
  /** how long after an attempt began a missing copy still may arrive (default 10 minutes) */
  verifyGraceMs?: number;
  /** how long sent entries stay listed (default 7 days) */
  keepSentMs?: number;
  /** SMTP and IMAP timeouts */
  timeoutMs?: number;
  random?: () => number;
}

export type OutboxEvent = { kind: 'changed'; entry: OutboxEntryView } | { kind: 'removed'; id: string };

export interface Outbox {
  /** validates, builds the MIME, persists; sends as soon as the worker runs */
  enqueue(message: OutgoingMessage): Promise<OutboxEntryView>;
  /** a failed (or waiting) entry: try again now */
  retry(id: string): Promise<OutboxEntryView>;
  /** replaces a queued or failed entry's message; the Message-ID stays */
  edit(id: string, message: OutgoingMessage): Promise<OutboxEntryView>;
  remove(id: string): Promise<void>;
  /** the message of an entry not yet sent (for editing); undefined once sent */
  get(id: string): Promise<OutgoingMessage | undefined>;
  list(): Promise<OutboxEntryView[]>;
  /** loads the file, recovers interrupted attempts, starts working */
  start(): Promise<void>;
  /** stops the timer and waits for the attempt in flight */
  stop(): Promise<void>;
  /** everything waiting is due now (e.g. the network is back); resolves when the worker is idle */
  flush(): Promise<void>;
  /** resolves when no attempt is in flight */
  idle(): Promise<void>;
}

export class OutboxError extends Error {
  constructor(
    readonly code: 'not-found' | 'busy' | 'wrong-state',
    message: string,
  ) {
    super(message);
    this.name = 'OutboxError';
  }
}

const MAX_TIMER = 2 ** 31 - 1;

/** The outbox's folder under the app's data folder. */
export function outboxDir(paths: AppPaths): string {
  return join(paths.userData, 'outbox');
}
const MAX_SENT_COPY_FAILURES = 20;
/**
 * R2.6: 15 s after the first failure, doubling, at most 30 min apart, with jitter so that many
 * queued messages (or many clients after a server outage) do not all come back in the same second.
 */
const DEFAULT_BACKOFF: RetryPolicy = { baseMs: 15_000, maxMs: 30 * 60_000 };

export function createOutbox(options: OutboxOptions): Outbox {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const graceMs = options.verifyGraceMs ?? 10 * 60_000;
  const keepSentMs = options.keepSentMs ?? 7 * 24 * 3_600_000;
  const store = new OutboxStore(options.dir);

  let entries: StoredOutboxEntry[] = [];
  let loading: Promise<void> | undefined;
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let rerun = false;
  /** entries the worker must not touch: the one in flight, and ones being edited or removed */
  const held = new Set<string>();

  const problem = (text: string) => {
    try {
      options.onProblem?.(text);
    } catch {
      // a listener's failure is not the outbox's
    }
  };
  const emit = (event: OutboxEvent) => {
    try {
      options.onChange?.(event);
    } catch {
      // same
    }
  };

  function find(id: string): StoredOutboxEntry {
    const entry = entries.find((e) => e.id === id);
    if (entry === undefined) throw new OutboxError('not-found', `no outbox entry ${id}`);
    return entry;
  }

  /** Applies a change, writes the index (fsynced) and tells the UI. */
  async function commit(entry: StoredOutboxEntry, patch: Partial<StoredOutboxEntry>): Promise<void> {
    Object.assign(entry, patch, { updatedAt: clock.now() });
    await store.saveIndex(entries);
    emit({ kind: 'changed', entry: toView(entry) });
  }

  function load(): Promise<void> {
    loading ??= (async () => {
      const now = clock.now();
      const index = await store.loadIndex(now);
      if (index.kind === 'set-aside') problem(`the outbox file could not be read (${index.reason}); it was kept as ${index.path}`);
      entries = index.kind === 'ok' ? index.value : [];
      let changed = false;
      for (const entry of entries) {
        // The app stopped during an attempt: it may or may not have gone out. Verify first.
        if (entry.state === 'sending') {
          Object.assign(entry, { state: 'queued', verifying: true, nextAttemptAt: now, updatedAt: now });
          changed = true;
        }
      }
      changed = pruneSent(now) || changed;
      if (changed) await store.saveIndex(entries);
      // Body files of a set-aside index are its only copy of that mail: keep them.
      if (index.kind !== 'set-aside') await store.removeOrphans(entries);
    })().catch((err: unknown) => {
      // let a later call try again (e.g. after a permission problem was fixed)
      loading = undefined;
      throw err;
    });
    return loading;
  }

  function pruneSent(now: number): boolean {
    const old = entries.filter((e) => e.state === 'sent' && e.sentCopy !== 'pending' && !held.has(e.id) && (e.sentAt ?? e.updatedAt) + keepSentMs < now);
    if (old.length === 0) return false;
    entries = entries.filter((e) => !old.includes(e));
    for (const e of old) emit({ kind: 'removed', id: e.id });
    return true;
  }

  function dueAt(entry: StoredOutboxEntry): number | undefined {
    if (entry.state === 'queued') return entry.nextAttemptAt ?? entry.createdAt;
    if (entry.state === 'sent' && entry.sentCopy === 'pending') return entry.sentCopyAttempt?.nextAttemptAt ?? entry.updatedAt;
    return undefined;
  }

  function nextDue(now: number | undefined): StoredOutboxEntry | undefined {
    let best: StoredOutboxEntry | undefined;
    let bestAt = Infinity;
    for (const entry of entries) {
      const at = held.has(entry.id) ? undefined : dueAt(entry);
      if (at === undefined || (now !== undefined && at > now) || at >= bestAt) continue;
      best = entry;
      bestAt = at;
    }
    return best;
  }

  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!started) return;
    const next = nextDue(undefined);
    if (next === undefined) return;
    const delay = Math.min(MAX_TIMER, Math.max(0, (dueAt(next) ?? 0) - clock.now()));
    timer = setTimeout(() => void run(), delay);
    // the outbox alone must not keep the process alive
    timer.unref?.();
  }

  function run(): Promise<void> {
    if (running !== undefined) {
      rerun = true;
      return running;
    }
    running = (async () => {
      do {
        rerun = false;
        await drain();
      } while (rerun);
    })()
      // the worker runs from timers: a rejection here would be unhandled and end the process
      .catch((err: unknown) => problem(`outbox: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => {
        running = undefined;
        schedule();
      });
    return running;
  }

  async function drain(): Promise<void> {
    for (let entry = nextDue(clock.now()); entry !== undefined; entry = nextDue(clock.now())) {
      held.add(entry.id);
      try {
        await step(entry);
      } catch (err) {
        // A bug or a disk error: never spin on the same entry, never crash main.
        problem(`outbox: ${err instanceof Error ? err.message : String(err)}`);
        const failures = entry.failures + 1;
        entry.failures = failures;
        // an attempt that broke off after `sending` was set: unknown outcome, verify before resending
        if (entry.state === 'sending') Object.assign(entry, { state: 'queued', verifying: true });
        const at = clock.now() + backoffDelay(failures, backoff, random);
        if (entry.state === 'sent' && entry.sentCopyAttempt) entry.sentCopyAttempt.nextAttemptAt = at;
        else entry.nextAttemptAt = at;
      } finally {
        held.delete(entry.id);
      }
    }
    if (pruneSent(clock.now())) await store.saveIndex(entries);
  }

  async function step(entry: StoredOutboxEntry): Promise<void> {
    if (entry.state === 'sent') return storeCopy(entry);
    if (entry.verifying && !(await verify(entry))) return;
    return send(entry);
  }

  function messageIds(entry: StoredOutboxEntry): string[] {
    return entry.serverMessageId === undefined ? [entry.messageId] : [entry.messageId, entry.serverMessageId];
  }

  async function waitAfterFailure(entry: StoredOutboxEntry, error: SendError, patch: Partial<StoredOutboxEntry> = {}): Promise<void> {
    const failures = entry.failures + 1;
    await commit(entry, { state: 'queued', lastError: error, failures, nextAttemptAt: clock.now() + backoffDelay(failures, backoff, random), ...patch });
  }

  /** True when the message must be sent (again); otherwise the entry was updated. */
  async function verify(entry: StoredOutboxEntry): Promise<boolean> {
    const account = await options.imap();
    if (account === undefined) {
      await waitAfterFailure(entry, { kind: 'temporary', code: 'not-configured', text: 'IMAP login not available' });
      return false;
    }
    let proof: Awaited<ReturnType<typeof findDeliveredCopy>>;
    try {
      proof = await findDeliveredCopy(messageIds(entry), { account, dropbox: await options.dropbox(), hadCrmCopy: entry.summary.crmBcc !== undefined }, options.timeoutMs);
    } catch (err) {
      const failure = classifyConnectionError(err);
      await waitAfterFailure(entry, { kind: 'temporary', code: 'verify-failed', text: failure.serverText ?? failure.code });
      return false;
    }
    const now = clock.now();
    if (proof !== undefined) {
      const sentAt = entry.attemptStartedAt ?? now;
      if (proof === 'sent-folder') await settleCopy(entry, 'found', { state: 'sent', sentAt, verifying: false, lastError: undefined, failures: 0 });
      else await commit(entry, { state: 'sent', sentAt, verifying: false, lastError: undefined, failures: 0, sentCopy: 'pending', sentCopyAttempt: { failures: 0, nextAttemptAt: now } });
      return false;
    }
    const graceEnds = (entry.attemptStartedAt ?? 0) + graceMs;
    if (now < graceEnds) {
      await commit(entry, { nextAttemptAt: graceEnds });
      return false;
    }
    return true;
  }

  async function send(entry: StoredOutboxEntry): Promise<void> {
    const login = await options.smtp();
    if (login === undefined) return waitAfterFailure(entry, { kind: 'temporary', code: 'not-configured', text: 'SMTP login not available' });
    let raw: Buffer;
    try {
      raw = await store.readMime(entry.id, entry.revision);
    } catch {
      return commit(entry, { state: 'failed-permanent', lastError: { kind: 'permanent', code: 'protocol', text: 'the stored message is missing' } });
    }
    // On disk before the first byte goes to the server: a crash from here on is verified first.
    await commit(entry, { state: 'sending', attempts: entry.attempts + 1, attemptStartedAt: clock.now(), nextAttemptAt: undefined, verifying: false });
    let acceptance: Awaited<ReturnType<typeof sendMime>>;
    try {
      acceptance = await sendMime(login, entry.envelope, raw, options.timeoutMs);
    } catch (err) {
      const { error, uncertain } = classifySendError(err);
      if (error.kind === 'permanent') return commit(entry, { state: 'failed-permanent', lastError: error, failures: entry.failures + 1 });
      return waitAfterFailure(entry, error, { verifying: uncertain });
    }
    const now = clock.now();
    await commit(entry, {
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
  async function storeCopy(entry: StoredOutboxEntry): Promise<void> {
    const failures = (entry.sentCopyAttempt?.failures ?? 0) + 1;
    const later = () => commit(entry, { sentCopyAttempt: { failures, nextAttemptAt: clock.now() + backoffDelay(failures, backoff, random) } });
    const login = await options.imap();
    if (login === undefined) return later();
    const raw = entry.hasBody ? await store.readMime(entry.id, entry.revision).catch(() => undefined) : undefined;
    if (raw === undefined) return settleCopy(entry, 'failed');
    try {
      const state = await storeSentCopy(login, { raw, messageIds: messageIds(entry), date: new Date(entry.messageDate) }, options.timeoutMs);
      return settleCopy(entry, state);
    } catch {
      return failures >= MAX_SENT_COPY_FAILURES ? settleCopy(entry, 'failed') : later();
    }
  }

  async function settleCopy(entry: StoredOutboxEntry, state: 'stored' | 'found' | 'no-folder' | 'failed', patch: Partial<StoredOutboxEntry> = {}): Promise<void> {
    const hadBody = entry.hasBody;
    await commit(entry, { ...patch, sentCopy: state, sentCopyAttempt: undefined, hasBody: false });
    if (hadBody) await store.deleteBody(entry.id, entry.revision);
  }

  async function build(message: OutgoingMessage, id: string, revision: number, messageId: string) {
    const now = clock.now();
    const mime = await buildMime(message, { messageId, date: new Date(now) });
    await store.writeBody(id, revision, message, mime);
    return { revision, messageDate: now, size: mime.length, envelope: envelopeOf(message), summary: summarize(message), hasBody: true } as const;
  }

  /** Takes an entry away from the worker for a change; fails when it is in flight. */
  function hold(id: string, allowed: ReadonlyArray<StoredOutboxEntry['state']>): StoredOutboxEntry {
    const entry = find(id);
    if (held.has(id)) throw new OutboxError('busy', 'the message is being sent or changed right now');
    if (!allowed.includes(entry.state)) throw new OutboxError('wrong-state', `not possible while ${entry.state}`);
    held.add(id);
    return entry;
  }

  const kick = () => {
    if (started) void run();
  };

  return {
    async enqueue(input) {
      await load();
      const message = OutgoingMessageSchema.parse(input);
      const id = encodeBase32(randomBytes(10));
      const messageId = newMessageId(message.from.address);
      const body = await build(message, id, 0, messageId);
      const now = clock.now();
      const entry: StoredOutboxEntry = {
        id,
        messageId,
        state: 'queued',
        createdAt: now,
        updatedAt: now,
        attempts: 0,
        nextAttemptAt: now,
        verifying: false,
        rejectedRecipients: [],
        failures: 0,
        ...body,
      };
      entries.push(entry);
      try {
        await store.saveIndex(entries);
      } catch (err) {
        // not on disk, so not queued: the caller keeps the draft and may try again
        entries = entries.filter((e) => e !== entry);
        await store.deleteBody(id, 0).catch(() => undefined);
        throw err;
      }
      emit({ kind: 'changed', entry: toView(entry) });
      kick();
      return toView(entry);
    },

    async retry(id) {
      await load();
      const entry = hold(id, ['queued', 'failed-permanent']);
      try {
        await commit(entry, { state: 'queued', nextAttemptAt: clock.now(), failures: 0, lastError: undefined });
      } finally {
        held.delete(id);
      }
      kick();
      return toView(entry);
    },

    async edit(id, input) {
      await load();
      const message = OutgoingMessageSchema.parse(input);
      const entry = hold(id, ['queued', 'failed-permanent']);
      try {
        const previous = entry.revision;
        const body = await build(message, id, previous + 1, entry.messageId);
        await commit(entry, { ...body, state: 'queued', nextAttemptAt: clock.now(), failures: 0, lastError: undefined });
        await store.deleteBody(id, previous);
      } finally {
        held.delete(id);
      }
      kick();
      return toView(entry);
    },

    async remove(id) {
      await load();
      const entry = hold(id, ['queued', 'failed-permanent', 'sent']);
      try {
        entries = entries.filter((e) => e !== entry);
        await store.saveIndex(entries);
        if (entry.hasBody) await store.deleteBody(id, entry.revision);
      } finally {
        held.delete(id);
      }
      emit({ kind: 'removed', id });
    },

    async get(id) {
      await load();
      const entry = find(id);
      return entry.hasBody && entry.state !== 'sent' ? store.readMessage(id, entry.revision) : undefined;
    },

    async list() {
      await load();
      return [...entries].sort((a, b) => a.createdAt - b.createdAt).map(toView);
    },

    async start() {
      await load();
      started = true;
      void run();
    },

    async stop() {
      started = false;
      schedule();
      while (running !== undefined) await running;
    },

    async flush() {
      await load();
      const now = clock.now();
      for (const entry of entries) {
        if (held.has(entry.id)) continue;
        if (entry.state === 'queued') entry.nextAttemptAt = Math.min(entry.nextAttemptAt ?? now, now);
        if (entry.state === 'sent' && entry.sentCopyAttempt) entry.sentCopyAttempt.nextAttemptAt = now;
      }
      await run();
      while (running !== undefined) await running;
    },

    async idle() {
      while (running !== undefined) await running;
    },
  };
}
