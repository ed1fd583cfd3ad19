/**
 * When to look for an update and what to do with one: check on start and every day, download a
 * found update in the background, then offer "Restart to update" (the state goes 'ready') and
 * install only when the user asks. Without an updater port (no feed configured, or the app runs
 * unpackaged) it never checks: the state stays 'off'. Electron-free: the port is handed in.
 */
import type { UpdateState } from '../../shared/ipc/calls/system';
import type { Logger } from '../platform/ports';
import type { UpdaterPort } from '../platform/systemPorts';

export const UPDATE_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface UpdateScheduler {
  start(): void;
  stop(): void;
  state(): UpdateState;
  /** one check now (start and the daily timer call it); resolves when it and any download end */
  checkNow(): Promise<void>;
  /** quits and installs when an update is ready; false (and nothing happens) otherwise */
  restart(): boolean;
}

export interface UpdateSchedulerOptions {
  /** absent: no update feed, no checks */
  updater: UpdaterPort | undefined;
  logger: Logger;
  /** every change of state, for the renderer's notice */
  onState(state: UpdateState): void;
  intervalMs?: number;
}

/** 'busy': a check or download is under way, so the daily timer does not start a second one */
type Phase = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ready'; version: string };

export function createUpdateScheduler({ updater, logger, onState, intervalMs = UPDATE_CHECK_INTERVAL_MS }: UpdateSchedulerOptions): UpdateScheduler {
  let phase: Phase = { kind: 'idle' };
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;

  const state = (): UpdateState => {
    if (!updater) return { status: 'off' };
    return phase.kind === 'ready' ? { status: 'ready', version: phase.version } : { status: 'idle' };
  };

  async function checkNow(): Promise<void> {
    // A downloaded update waits for the user's restart; one check or download at a time.
    if (!updater || stopped || phase.kind !== 'idle') return;
    phase = { kind: 'busy' };
    try {
      const found = await updater.check();
      if (!found.available) {
        phase = { kind: 'idle' };
        return;
      }
      await updater.download();
      if (stopped) return;
      phase = { kind: 'ready', version: found.version };
      onState(state());
    } catch (err) {
      // Offline or the feed is down: the next daily check tries again.
      phase = { kind: 'idle' };
      logger.warn('update.check-failed', undefined, err);
    }
  }

  return {
    start() {
      if (!updater || timer !== undefined) return;
      stopped = false;
      void checkNow();
      timer = setInterval(() => void checkNow(), intervalMs);
      // A day-long timer must not keep a stopping process alive (Node only; Electron's main too).
      (timer as { unref?: () => void }).unref?.();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    },
    state,
    checkNow,
    restart() {
      if (!updater || phase.kind !== 'ready') return false;
      updater.quitAndInstall();
      return true;
    },
  };
}
