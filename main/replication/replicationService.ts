/**
 * R8.3 the uploader: main's side of `replication:*` (docs/replication.md). The store hands it
 * batches of its own operations and snapshot parts; it APPENDs each as one message to the
 * account's sync folder on the account's own IMAP server (created when missing, \Seen), expunges
 * compacted batches, and reports where it stands (`replication:status`).
 *
 * One job at a time, each on a short IMAP session (folderSession.ts: the project's connection
 * options, TLS pinning included). The store keeps what it has not uploaded, so a failed call loses
 * nothing: the call throws, the status says why (offline with the time of the next attempt, or
 * error), and a probe at that time (the project's back-off, as the outbox) turns the status
 * 'online' again, which is the store's cue to hand the batch over once more. A failure the user
 * must fix (password, certificate) is not retried on its own: a settings change retries it.
 */
import type { ImapFlow } from 'imapflow';
import type { ReplicationStatus } from '../../shared/domain/replication';
import type { Op } from '../../shared/rules/replication/operations';
import type { SnapshotPart } from '../../shared/rules/replication/snapshot';
import { opsPayload, snapshotPayload } from '../../shared/rules/replication/syncPayload';
import { failure } from '../../shared/failures/failure';
import type { ServerLogin } from '../../shared/settings/account';
import type { ReplicationConfig } from '../../shared/settings/accountConfig';
import { classifyConnectionError } from '../mail/connectionFailure';
import { backoffDelay, type RetryPolicy } from '../platform/backoff';
import type { Clock } from '../platform/ports';
import { appendToFolder, compactFolder, syncFolderInfo } from './folderJobs';
import { withFolderSession } from './folderSession';
import { ensureSyncFolder } from './syncFolder';
import { composeSyncMail } from './syncMail';

/** What the uploader needs of the account, read again for every job (settings may change). */
export interface ReplicationTarget {
  replication: ReplicationConfig;
  /** the account's address, for the From of the messages */
  email: string;
  /** the account's own IMAP login; undefined while its password is not stored */
  imap: ServerLogin | undefined;
}

export interface ReplicationServiceOptions {
  /** undefined while no account is configured */
  target: () => Promise<ReplicationTarget | undefined>;
  clock: Clock;
  onStatus: (status: ReplicationStatus) => void;
  backoff?: RetryPolicy;
  /** IMAP timeouts of one job */
  timeoutMs?: number;
  random?: () => number;
}

export interface ReplicationService {
  uploadOps(ops: readonly Op[]): Promise<{ uid?: number }>;
  uploadSnapshot(parts: readonly SnapshotPart[]): Promise<void>;
  compact(request: { replica: string; upTo: string; olderThanMs: number }): Promise<{ expunged: number }>;
  folderInfo(): Promise<{ exists: boolean; messages: number }>;
  status(): ReplicationStatus;
  /** the account settings were saved: re-read them, and connect again if replication is on */
  settingsChanged(): void;
  start(): void;
  /** cancels the next probe and waits for the job in flight */
  stop(): Promise<void>;
}

/** 5 s after the first failure, doubling, at most 5 minutes apart (with jitter, see backoff.ts). */
const DEFAULT_BACKOFF: RetryPolicy = { baseMs: 5_000, maxMs: 5 * 60_000 };
/** Failures only the user can fix: trying again by itself could get the account locked. */
const PERMANENT = new Set(['auth-failed', 'tls-untrusted', 'starttls-missing']);
const OFFLINE = new Set(['unreachable', 'timeout']);
const MAX_TIMER = 2 ** 31 - 1;

type Job<T> = (client: ImapFlow, target: ReplicationTarget & { imap: ServerLogin }) => Promise<T>;

export function createReplicationService(options: ReplicationServiceOptions): ReplicationService {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const random = options.random ?? Math.random;
  let status: ReplicationStatus = { state: 'disabled', folder: '' };
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  /** the job in flight (jobs run one after another) */
  let queue: Promise<unknown> = Promise.resolve();

  const setStatus = (next: ReplicationStatus) => {
    const same = next.state === status.state && next.folder === status.folder && next.reason === status.reason && next.retryAt === status.retryAt;
    status = next;
    if (same) return;
    try {
      options.onStatus(next);
    } catch {
      // handled: a listener's failure is not the uploader's (the registry's emit logs its own)
    }
  };

  const cancelProbe = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  const scheduleProbe = (at: number) => {
    cancelProbe();
    if (stopped) return;
    timer = setTimeout(() => void probe(), Math.min(Math.max(0, at - options.clock.now()), MAX_TIMER));
  };

  /** The target when replication can run, or the status that says why not (set here). */
  async function usableTarget(): Promise<(ReplicationTarget & { imap: ServerLogin }) | undefined> {
    const target = await options.target();
    if (target === undefined || !target.replication.enabled) {
      cancelProbe();
      failures = 0;
      setStatus({ state: 'disabled', folder: target?.replication.folder ?? '' });
      return undefined;
    }
    if (target.imap === undefined) {
      setStatus({ state: 'error', folder: target.replication.folder, reason: 'no-password' });
      return undefined;
    }
    return { ...target, imap: target.imap };
  }

  function failed(folder: string, err: unknown): Error {
    const { code } = classifyConnectionError(err);
    failures += 1;
    if (PERMANENT.has(code)) {
      cancelProbe();
      setStatus({ state: 'error', folder, reason: code });
    } else {
      const retryAt = options.clock.now() + backoffDelay(failures, backoff, random);
      setStatus({ state: OFFLINE.has(code) ? 'offline' : 'error', folder, reason: code, retryAt });
      scheduleProbe(retryAt);
    }
    // The connection's own message, in a sentence the log can show (never a password: imapflow's
    // errors name commands and codes, not credentials).
    const detail = err instanceof Error ? err.message : String(err);
    return failure(code, `The sync folder ${folder} could not be reached (${code}): ${detail}`);
  }

  /** Runs one job after the others; the status follows its outcome. */
  function run<T>(job: Job<T>): Promise<T> {
    const next = queue.then(async () => {
      if (stopped) throw failure('replication-off', 'Replication has stopped.');
      const target = await usableTarget();
      if (target === undefined) throw status.state === 'disabled' ? failure('replication-off', 'Replication is turned off.') : failure('not-configured', 'The account’s IMAP password is not stored.');
      const folder = target.replication.folder;
      if (status.state !== 'online') setStatus({ state: 'connecting', folder });
      try {
        const result = await withFolderSession(target.imap, (client) => job(client, target), options.timeoutMs);
        failures = 0;
        cancelProbe();
        setStatus({ state: 'online', folder });
        return result;
      } catch (err) {
        throw failed(folder, err);
      }
    });
    // handled: the caller gets `next` and its failure; the queue only orders the jobs
    queue = next.catch(() => undefined);
    return next;
  }

  /** Connects and makes sure the folder exists: the way back to 'online' after a failure. */
  function probe(): Promise<void> {
    timer = undefined;
    // handled: a failed probe has set the status (offline / error) and scheduled the next one
    return run((client, target) => ensureSyncFolder(client, target.replication.folder)).catch(() => undefined);
  }

  return {
    async uploadOps(ops) {
      const first = ops[0];
      if (first === undefined) throw new Error('an empty batch');
      const payload = opsPayload(first.replica, ops);
      const uid = await run(async (client, target) =>
        appendToFolder(client, target.replication.folder, await composeSyncMail(payload, { date: new Date(options.clock.now()), from: target.email })),
      );
      return uid === undefined ? {} : { uid };
    },
    async uploadSnapshot(parts) {
      await run(async (client, target) => {
        for (const part of parts) {
          await appendToFolder(client, target.replication.folder, await composeSyncMail(snapshotPayload(part), { date: new Date(options.clock.now()), from: target.email }));
        }
      });
    },
    async compact(request) {
      const expunged = await run((client, target) => compactFolder(client, target.replication.folder, { ...request, now: options.clock.now() }));
      return { expunged };
    },
    folderInfo: () => run((client, target) => syncFolderInfo(client, target.replication.folder)),
    status: () => status,
    settingsChanged() {
      failures = 0;
      cancelProbe();
      void probe();
    },
    start() {
      stopped = false;
      void probe();
    },
    async stop() {
      stopped = true;
      cancelProbe();
      await queue;
    },
  };
}
