/**
 * Stand-ins for the shell's system ports (main/platform/systemPorts.ts), for tests that run the
 * real core: an update feed whose next version and download the test controls, and a login item
 * that records what it was asked.
 */
import type { LoginItemPort, UpdateCheck, UpdaterPort } from '../../main/platform/systemPorts';

export interface FakeUpdater {
  port: UpdaterPort;
  /** every call, in order: 'check', 'download', 'quitAndInstall' */
  calls: string[];
  /** what the next checks find */
  offer(version: string | undefined): void;
  /** downloads wait until this is called */
  finishDownload(): void;
}

export function fakeUpdater(): FakeUpdater {
  const calls: string[] = [];
  let offered: string | undefined;
  let finish: () => void = () => undefined;
  const downloaded = new Promise<void>((resolve) => (finish = resolve));
  return {
    calls,
    offer: (version) => (offered = version),
    finishDownload: () => finish(),
    port: {
      async check(): Promise<UpdateCheck> {
        calls.push('check');
        return offered === undefined ? { available: false } : { available: true, version: offered };
      },
      async download() {
        calls.push('download');
        await downloaded;
      },
      quitAndInstall: () => void calls.push('quitAndInstall'),
    },
  };
}

export interface RecordingLoginItem {
  port: LoginItemPort;
  /** every value set, in order */
  sets: boolean[];
}

export function recordingLoginItem(initially = false): RecordingLoginItem {
  const sets: boolean[] = [];
  let openAtLogin = initially;
  return {
    sets,
    port: {
      get: async () => openAtLogin,
      set: async (value) => {
        sets.push(value);
        openAtLogin = value;
      },
    },
  };
}
