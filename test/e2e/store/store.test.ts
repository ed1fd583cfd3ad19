/**
 * The store in real Chromium IndexedDB: the same code as the unit tests' (which run on
 * fake-indexeddb), bundled with esbuild, served on 127.0.0.1 and driven by playwright-core.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../../support/browser/bundleForBrowser';
import { launchChromium } from '../../support/browser/chromium';
import type { runStoreScenario } from './scenario';

type ScenarioResult = Awaited<ReturnType<typeof runStoreScenario>>;

async function serve(script: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url === '/scenario.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'" })
      .end('<!doctype html><html><head><meta charset="utf-8"><script src="/scenario.js"></script></head><body>store</body></html>');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let browser: Browser | undefined;
let server: Server | undefined;
let result: ScenarioResult;
const pageErrors: string[] = [];

beforeAll(async () => {
  const served = await serve(await bundleForBrowser(fileURLToPath(new URL('./scenario.ts', import.meta.url)), 'scenario'));
  server = served.server;
  browser = await launchChromium();
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(`${served.origin}/`);
  await page.waitForFunction(() => typeof window.runStoreScenario === 'function');
  // Dexie's errors do not cross to Node with their message: say what failed in words
  result = await page.evaluate(async () => {
    try {
      return await window.runStoreScenario!();
    } catch (error) {
      const e = error as Error & { inner?: Error };
      throw new Error(`${e.name}: ${e.message} ${e.inner ? `(${e.inner.name}: ${e.inner.message})` : ''}\n${e.stack ?? ''}`);
    }
  });
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the CRM store in Chromium IndexedDB', () => {
  it('DESIGN 4 applies batches and commits their checkpoints; the same batch twice changes nothing', () => {
    expect(result.checkpoint1).toEqual({ uidValidity: 1, lastUid: 3 });
    expect(result.again).toEqual({ uidValidity: 1, lastUid: 3 });
    expect(result.idempotent).toBe(true);
    expect(result.outcomes).toEqual(['stored', 'duplicate']);
    expect(result.checkpoint2).toEqual({ uidValidity: 1, lastUid: 6, highestModseq: '17' });
    expect(result.rejected).toBe(1);
  });

  it('R9 / R4 threads, links and their reasons', () => {
    expect(result.threads).toEqual([
      { subject: 'Lieferung', messageCount: 2, link: 'item-address' },
      { subject: 'Angebot', messageCount: 2, link: 'sole-open-item' },
    ]);
  });

  it('queries: pages, search, names, live updates', () => {
    expect(result.pages).toEqual([['Lieferung'], ['Angebot'], null]);
    expect(result.search).toEqual(['Lieferung']);
    expect(result.persons).toEqual(['Max Müller']);
    // the live inbox started empty and followed both batches
    expect(result.live[0]).toBe(0);
    expect(result.live.at(-1)).toBe(2);
  });

  it('DESIGN 4 a failing write rolls back the whole batch and its checkpoint', () => {
    expect(result.rolledBack).toEqual({ failed: expect.stringMatching(/Error/), messages: 1, threads: 0, checkpoint: null });
  });

  it('runs under a strict CSP without page errors', () => {
    // zod 4 probes once whether `new Function` is allowed (it is not: no 'unsafe-eval') and then
    // parses without it; Chromium logs the refused probe. Nothing else may appear.
    expect(pageErrors.filter((e) => !/unsafe-eval|'script-src' was not explicitly set/.test(e))).toEqual([]);
  });
});
