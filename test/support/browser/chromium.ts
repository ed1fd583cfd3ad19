/**
 * Debian's Chromium driven by playwright-core (playwright cannot download its own browser here).
 * The flags keep Chromium from reaching for the network, which this machine refuses.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's flags in every test: no sandbox (root in CI) and nothing that reaches for the network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', // we run as root in CI; the page under test is our own
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** CHROMIUM_PATH, or a plain reason why a test cannot run. */
export function chromiumExecutable(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium package (the test command does).`);
  }
  return CHROMIUM_PATH;
}

export async function launchChromium(options: { headless?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    headless: options.headless ?? true,
    args: CHROMIUM_FLAGS,
  });
}
