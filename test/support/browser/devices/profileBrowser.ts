/**
 * Chromium on a persistent profile (a user-data-dir of the instance's own), so the app's
 * IndexedDB outlives the browser as it outlives the app's window, with the flags of chromium.ts.
 * `kill()` SIGKILLs the browser's whole process group: playwright starts Chromium as the leader
 * of a group of its own, and its renderer, GPU and utility processes are in it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../chromium';

export interface ProfileBrowser {
  context: BrowserContext;
  /** the browser process (the leader of its process group) */
  pid: number;
  /** SIGKILL of every process of this browser: IndexedDB keeps what it had committed */
  kill(): Promise<void>;
  close(): Promise<void>;
}

/** The browser process started on `profileDir`: its command line names the profile and no `--type` (children have one). */
async function browserPid(profileDir: string): Promise<number> {
  const flag = `--user-data-dir=${profileDir}`;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').then(
      (text) => text.split('\0'),
      (): string[] => [],
    );
    if (args.includes(flag) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no Chromium process runs on ${profileDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function launchProfileBrowser(profileDir: string, options: { locale?: string } = {}): Promise<ProfileBrowser> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumExecutable(),
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  const pid = await browserPid(profileDir);
  let closed = false;
  return {
    context,
    pid,
    async kill() {
      if (closed) return;
      closed = true;
      const disconnected = new Promise<void>((resolve) => context.once('close', () => resolve()));
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        process.kill(pid, 'SIGKILL');
      }
      await disconnected;
      // The group's members exit on the signal; wait until the browser itself is gone (reaped by playwright).
      const deadline = Date.now() + 10_000;
      while (isAlive(pid)) {
        if (Date.now() > deadline) throw new Error(`Chromium ${pid} still runs 10 s after SIGKILL`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await context.close();
    },
  };
}
