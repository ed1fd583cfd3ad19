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
 * This file is the public API and that worker; outboxQueue.ts holds the entries and their index,
 * outboxSending.ts makes one attempt, outboxRecovery.ts deals with attempts of unknown outcome.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { encodeBase32 } from '../../shared/rules/base32';
import { envelopeOf } from '../../shared/rules/send/envelope';
import type { OutboxEntryView } from '../../shared/rules/send/outboxEntry';
import { OutgoingMessageSchema, type OutgoingMessage } from '../../shared/rules/send/outgoing';
import type { ServerLogin } from '../../shared/settings/account';
import { backoffDelay, type RetryPolicy } from '../platform/backoff';
import { systemClock, type AppPaths, type Clock } from '../platform/ports';
import { buildMime } from './composeMime';
import type { DropboxLocation } from './deliveryProof';
import { newMessageId } from './messageId';
import { OutboxFiles } from './outboxFiles';
import { dueAt, type OutboxEvent, OutboxQueue } from './outboxQueue';
import { afterAttemptError, loadAndRecover, verifyDelivery } from './outboxRecovery';
import type { OutboxRecord } from './outboxSchema';
import { type Attempts, fileCopy, sendEntry } from './outboxSending';
import { summarize, toView } from './outboxView';

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

const MAX_TIMER = 2 ** 31 - 1;

/** The outbox's folder under the app's data folder. */
export function outboxDir(paths: AppPaths): string {
  return join(paths.userData, 'outbox');
}
/**
 * R2.6: 15 s after the first failure, doubling, at most 30 min apart, with jitter so that many
 * queued messages (or many clients after a server outage) do not all come back in the same second.
 */
const DEFAULT_BACKOFF: RetryPolicy = { baseMs: 15_000, maxMs: 30 * 60_000 };

export function createOutbox(options: OutboxOptions): Outbox {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const files = new OutboxFiles(options.dir);

  const problem = (text: string) => {
    try {
      options.onProblem?.(text);
    } catch {
      // handled: a listener's failure is not the outbox's
    }
  };
  const emit = (event: OutboxEvent) => {
    try {
      options.onChange?.(event);
    } catch (err) {
      // a listener's failure is not the outbox's: reported, and the change stands
      problem(`outbox: a change listener failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const queue = new OutboxQueue(files, clock, options.keepSentMs ?? 7 * 24 * 3_600_000, emit);
  const attempts: Attempts = {
    queue,
    clock,
    smtp: options.smtp,
    imap: options.imap,
    dropbox: options.dropbox,
    delay: (failures) => backoffDelay(failures, backoff, random),
    graceMs: options.verifyGraceMs ?? 10 * 60_000,
    timeoutMs: options.timeoutMs,
    problem,
  };

  let loading: Promise<void> | undefined;
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let rerun = false;

  function load(): Promise<void> {
    loading ??= loadAndRecover(queue, clock.now(), problem).catch((err: unknown) => {
      // let a later call try again (e.g. after a permission problem was fixed)
      loading = undefined;
      throw err;
    });
    return loading;
  }

  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!started) return;
    const next = queue.nextDue(undefined);
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
    for (let entry = queue.nextDue(clock.now()); entry !== undefined; entry = queue.nextDue(clock.now())) {
      queue.held.add(entry.id);
      try {
        await step(entry);
      } catch (err) {
        problem(`outbox: ${err instanceof Error ? err.message : String(err)}`);
        afterAttemptError(attempts, entry);
      } finally {
        queue.held.delete(entry.id);
      }
    }
    if (queue.pruneSent(clock.now())) await queue.save();
  }

  async function step(entry: OutboxRecord): Promise<void> {
    if (entry.state === 'sent') return fileCopy(attempts, entry);
    if (entry.verifying && !(await verifyDelivery(attempts, entry))) return;
    return sendEntry(attempts, entry);
  }

  async function build(message: OutgoingMessage, id: string, revision: number, messageId: string) {
    const now = clock.now();
    const mime = await buildMime(message, { messageId, date: new Date(now) });
    await files.writeBody(id, revision, message, mime);
    return { revision, messageDate: now, size: mime.length, envelope: envelopeOf(message), summary: summarize(message), hasBody: true } as const;
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
      const entry: OutboxRecord = {
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
      queue.entries.push(entry);
      try {
        await queue.save();
      } catch (err) {
        // not on disk, so not queued: the caller keeps the draft and may try again
        queue.entries = queue.entries.filter((e) => e !== entry);
        // handled: a body file left behind is removed as an orphan at the next start (removeOrphans)
        await files.deleteBody(id, 0).catch(() => undefined);
        throw err;
      }
      emit({ kind: 'changed', entry: toView(entry) });
      kick();
      return toView(entry);
    },

    async retry(id) {
      await load();
      const entry = queue.hold(id, ['queued', 'failed-permanent']);
      try {
        await queue.commit(entry, { state: 'queued', nextAttemptAt: clock.now(), failures: 0, lastError: undefined });
      } finally {
        queue.held.delete(id);
      }
      kick();
      return toView(entry);
    },

    async edit(id, input) {
      await load();
      const message = OutgoingMessageSchema.parse(input);
      const entry = queue.hold(id, ['queued', 'failed-permanent']);
      try {
        const previous = entry.revision;
        const body = await build(message, id, previous + 1, entry.messageId);
        await queue.commit(entry, { ...body, state: 'queued', nextAttemptAt: clock.now(), failures: 0, lastError: undefined });
        await files.deleteBody(id, previous);
      } finally {
        queue.held.delete(id);
      }
      kick();
      return toView(entry);
    },

    async remove(id) {
      await load();
      const entry = queue.hold(id, ['queued', 'failed-permanent', 'sent']);
      try {
        queue.entries = queue.entries.filter((e) => e !== entry);
        await queue.save();
        if (entry.hasBody) await files.deleteBody(id, entry.revision);
      } finally {
        queue.held.delete(id);
      }
      emit({ kind: 'removed', id });
    },

    async get(id) {
      await load();
      const entry = queue.find(id);
      return entry.hasBody && entry.state !== 'sent' ? files.readMessage(id, entry.revision) : undefined;
    },

    async list() {
      await load();
      return [...queue.entries].sort((a, b) => a.createdAt - b.createdAt).map(toView);
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
      for (const entry of queue.entries) {
        if (queue.held.has(entry.id)) continue;
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
