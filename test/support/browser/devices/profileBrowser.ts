/**
 * Chromium on a persistent profile (a user-data-dir of the instance's own), so the app's
 * IndexedDB outlives the browser as it outlives the app's window, with the flags of chromium.ts.
 * `kill()` SIGKILLs the browser's whole process group: playwright starts Chromium as the leader
 * of a group of its own, and its renderer, GPU and utility processes are in it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { chromium, type BrowserContext } from 'playwright-core';
import { waitFor } from './waitFor';
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

/** Processes of process group `pgid` with their state ('Z': dead, not yet reaped by its parent). */
async function groupMembers(pgid: number): Promise<Array<{ pid: number; state: string }>> {
  const members: Array<{ pid: number; state: string }> = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // after the command's closing parenthesis: state, ppid, pgrp, ...
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== undefined) members.push({ pid: Number(entry), state });
  }
  return members;
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
  if (!(await groupMembers(pid)).some((member) => member.pid === pid)) {
    await context.close();
    throw new Error(`Chromium ${pid} leads no process group of its own: kill() could not reach its children`);
  }
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
        // no such group: the browser died already (its close event comes all the same)
      }
      await disconnected;
      // Every process of the group dies of the signal, and a restart must not find one holding the
      // profile; the browser itself is also reaped (by playwright), so its pid is gone, not a zombie.
      await waitFor(
        () => groupMembers(pid),
        (left) => left.every((member) => member.state === 'Z' && member.pid !== pid),
        { timeoutMs: 10_000, intervalMs: 20, what: `Chromium ${pid}'s processes gone after SIGKILL`, describe: (left) => JSON.stringify(left) },
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      await context.close();
    },
  };
}
