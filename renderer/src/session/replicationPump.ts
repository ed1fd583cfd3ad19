/**
 * R8.3 hands this device's recorded operations to main, which appends them to the account's sync
 * folder (docs/replication.md): oldest first, at most MAX_OPS_PER_UPLOAD per call, marked sent
 * once main answered. Nothing is lost on the way: the operations stay pending in IndexedDB until
 * then, and a batch sent twice (a crash between the append and the marking) is harmless, since
 * applying an operation twice changes nothing.
 *
 * When an upload fails (offline, the folder refused), the pump waits until main reports the
 * replication `online` again or a back-off passes, whichever comes first, then tries again.
 * Idle, it sleeps until `kick()` (the session kicks it whenever the pending count changes).
 *
 * With `upkeep` (snapshots and compaction, snapshotSchedule.ts), each time nothing is left to
 * upload it runs the upkeep — its failures back off and retry like an upload's — and, idle, it
 * wakes every `upkeepEveryMs` as well, since a snapshot or a compaction also comes due with time.
 */
import { MAX_OPS_PER_UPLOAD } from '../../../shared/ipc/calls/replication';
import type { BlindcopyApi } from '../../../shared/ipc/contract';
import type { StoreReplication } from '../store';

export interface ReplicationPump {
  /** pending operations may have changed */
  kick(): void;
  /** stops after the call in flight; resolves when the pump has stopped */
  stop(): Promise<void>;
}

export interface ReplicationPumpOptions {
  /** waits after consecutive failures, in ms; the last one repeats */
  backoffMs?: readonly number[];
  /** told about a failed upload (for logs); the pump retries by itself */
  onError?: (error: unknown) => void;
  /** run when nothing is pending (snapshots and compaction); throws to be retried */
  upkeep?: () => Promise<unknown>;
  /** idle, the pump wakes this often for the upkeep (default an hour) */
  upkeepEveryMs?: number;
}

const DEFAULT_BACKOFF_MS = [2_000, 10_000, 30_000, 120_000];
const DEFAULT_UPKEEP_EVERY_MS = 60 * 60 * 1000;

export function startReplicationPump(
  store: Pick<StoreReplication, 'pendingOps' | 'markSent'>,
  api: Pick<BlindcopyApi, 'invoke' | 'on'>,
  options: ReplicationPumpOptions = {},
): ReplicationPump {
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const upkeep = options.upkeep;
  const upkeepEvery = options.upkeepEveryMs ?? DEFAULT_UPKEEP_EVERY_MS;
  let stopped = false;
  let kicked = true;
  let wakeIdle: (() => void) | undefined;
  let wakeRetry: (() => void) | undefined;

  const offStatus = api.on('replication:status', (status) => {
    if (status.state === 'online') wakeRetry?.();
  });

  /** until a kick (or, with upkeep, its period) */
  function idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = upkeep === undefined ? undefined : setTimeout(() => wakeIdle?.(), upkeepEvery);
      wakeIdle = () => {
        clearTimeout(timer);
        wakeIdle = undefined;
        resolve();
      };
    });
  }

  function retryAfter(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => wakeRetry?.(), ms);
      wakeRetry = () => {
        clearTimeout(timer);
        wakeRetry = undefined;
        resolve();
      };
    });
  }

  async function uploadOnce(): Promise<'sent' | 'empty'> {
    const ops = await store.pendingOps(MAX_OPS_PER_UPLOAD);
    if (ops.length === 0) return 'empty';
    await api.invoke('replication:uploadOps', { ops });
    await store.markSent(ops.map((op) => op.id));
    return 'sent';
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (!stopped) {
      kicked = false;
      try {
        const result = await uploadOnce();
        if (result === 'empty' && upkeep !== undefined && !stopped) await upkeep();
        failures = 0;
        if (result === 'empty' && !kicked && !stopped) await idle();
      } catch (error) {
        options.onError?.(error);
        failures += 1;
        if (!stopped) await retryAfter(backoff[Math.min(failures, backoff.length) - 1] ?? 0);
      }
    }
  }

  const running = run();
  return {
    kick() {
      kicked = true;
      wakeIdle?.();
    },
    async stop() {
      stopped = true;
      offStatus();
      wakeIdle?.();
      wakeRetry?.();
      await running;
    },
  };
}
