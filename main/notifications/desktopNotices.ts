/**
 * Which events become a desktop notification, and in which words: mail rejected (R3.3–R3.5,
 * with its reason), a message that could not be sent (the outbox gave up, R2.6), a capture
 * source that stopped in error. Each kind can be turned off (notificationFile.ts). A click opens
 * the place to act, through `open` (main emits app:open; the renderer navigates).
 *
 * Rejected mail comes in batches, many in a first sync: what arrives within `coalesceMs` makes
 * one notice, and a message is counted once however often it is delivered (a batch the store
 * did not take comes again). A source in error says so once, until it has worked again.
 */
import type { SourceProgress } from '../../shared/domain/capture';
import type { RejectedMessage, RejectReason } from '../../shared/domain/mail';
import { FailureCodeSchema } from '../../shared/failures/failureCodes';
import { NOTIFICATION_PLACE, type NotificationKind, type NotificationPlace, type NotificationWords } from '../../shared/ipc/calls/notifications';
import type { OutboxEntryView } from '../../shared/rules/send/outboxEntry';
import { logCode } from '../platform/log/logFields';
import type { Logger, NotificationPort } from '../platform/ports';
import type { NotificationFile } from './notificationFile';

export interface DesktopNoticesOptions {
  port: NotificationPort | undefined;
  file: Pick<NotificationFile, 'settings' | 'words'>;
  open: (place: NotificationPlace) => void;
  logger: Logger;
  /** how long rejected mail is gathered into one notice */
  coalesceMs?: number;
}

export type OutboxChange = { kind: 'changed'; entry: OutboxEntryView } | { kind: 'removed'; id: string };

export interface DesktopNotices {
  /** which messages were rejected, and why (a batch's header: nothing else of them) */
  rejected(messages: readonly Pick<RejectedMessage, 'source' | 'reason'>[]): void;
  outboxChanged(change: OutboxChange): void;
  sourceProgress(progress: SourceProgress): void;
  /** shows what is gathered now (tests, and before quitting) */
  flush(): Promise<void>;
  stop(): void;
}

/** how many rejected messages are remembered as already announced */
const SEEN_LIMIT = 20_000;

function failureWords(words: NotificationWords, reason: string | undefined): string {
  if (reason === 'store-failed') return words.storeFailed;
  const code = FailureCodeSchema.safeParse(reason);
  return (code.success ? words.failures[code.data] : undefined) ?? words.fallback;
}

export function createDesktopNotices(options: DesktopNoticesOptions): DesktopNotices {
  const { port, logger } = options;
  const coalesceMs = options.coalesceMs ?? 1500;
  const seenRejected = new Set<string>();
  /** only the reasons are kept: nothing of a batch outlives its trip to IPC (README, capture worker) */
  let gathered: RejectReason[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const announcedFailures = new Set<string>();
  const sourcesInError = new Set<string>();
  let pending: Promise<void> = Promise.resolve();

  async function notify(kind: NotificationKind, body: (words: NotificationWords) => string): Promise<void> {
    if (!port) return;
    const [settings, all] = await Promise.all([options.file.settings(), options.file.words()]);
    const words = all?.notifications;
    if (!settings[kind]) return;
    if (!words) {
      // no window has handed its words yet (an account is set up in a window, so this is rare)
      logger.warn('notification.unworded', { kind: logCode(kind) });
      return;
    }
    const place = NOTIFICATION_PLACE[kind];
    port.show({ title: words.titles[kind], body: body(words) }, () => options.open(place));
    logger.info('notification.shown', { kind: logCode(kind) });
  }

  function queue(kind: NotificationKind, body: (words: NotificationWords) => string): void {
    pending = pending
      .then(() => notify(kind, body))
      .catch((err: unknown) => logger.error('notification.failed', { kind: logCode(kind) }, err));
  }

  function flushRejected(): void {
    timer = undefined;
    const messages = gathered;
    gathered = [];
    if (messages.length === 0) return;
    const reasons = new Set(messages);
    const [only] = reasons;
    queue('rejected', (words) => (reasons.size === 1 && only ? words.rejectReasons[only] : words.severalReasons));
  }

  return {
    rejected(messages) {
      for (const m of messages) {
        const key = `${m.source.sourceId}\u0000${m.source.uidValidity}\u0000${m.source.uid}`;
        if (seenRejected.has(key)) continue;
        if (seenRejected.size >= SEEN_LIMIT) seenRejected.clear();
        seenRejected.add(key);
        gathered.push(m.reason);
      }
      if (gathered.length > 0 && timer === undefined) timer = setTimeout(flushRejected, coalesceMs);
    },
    outboxChanged(change) {
      if (change.kind === 'removed') {
        announcedFailures.delete(change.id);
        return;
      }
      const { entry } = change;
      if (entry.state !== 'failed-permanent') {
        // retried or edited: a new failure is news again
        announcedFailures.delete(entry.id);
        return;
      }
      if (announcedFailures.has(entry.id)) return;
      announcedFailures.add(entry.id);
      queue('sendFailed', (words) => failureWords(words, entry.lastError?.code));
    },
    sourceProgress(progress) {
      if (progress.state === 'error') {
        if (sourcesInError.has(progress.sourceId)) return;
        sourcesInError.add(progress.sourceId);
        queue('sourceStopped', (words) => failureWords(words, progress.reason));
      } else if (progress.state === 'idle' || progress.state === 'syncing') {
        // it worked again: a later stop is news
        sourcesInError.delete(progress.sourceId);
      }
    },
    async flush() {
      if (timer !== undefined) {
        clearTimeout(timer);
        flushRejected();
      }
      await pending;
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      gathered = [];
    },
  };
}
