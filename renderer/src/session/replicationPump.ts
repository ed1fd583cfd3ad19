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
}

const DEFAULT_BACKOFF_MS = [2_000, 10_000, 30_000, 120_000];

export function startReplicationPump(
  store: Pick<StoreReplication, 'pendingOps' | 'markSent'>,
  api: Pick<BlindcopyApi, 'invoke' | 'on'>,
  options: ReplicationPumpOptions = {},
): ReplicationPump {
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  let stopped = false;
  let kicked = true;
  let wakeIdle: (() => void) | undefined;
  let wakeRetry: (() => void) | undefined;

  const offStatus = api.on('replication:status', (status) => {
    if (status.state === 'online') wakeRetry?.();
  });

  function idle(): Promise<void> {
    return new Promise((resolve) => {
      wakeIdle = () => {
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
