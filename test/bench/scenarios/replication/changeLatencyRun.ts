/**
 * R8.3 change on A shown on B: two app instances (each its own core child and its own Chromium
 * profile) on one account, replication on, both having captured the same small drop box. Changes
 * are made on A one at a time (a mix: create a deal, rename it, link a thread to it) with random
 * pauses, each timed from its commit in A's IndexedDB to B's store committing the batch that
 * holds its operations (B's ack, sent only after the IndexedDB transaction completed: no polling).
 * A's core reports when the pump's upload reached main and when the APPEND was answered, which
 * splits the time into A's pump, the append, the delivery to B (IDLE notice, fetch) and B's store.
 */
import type { StackUser } from '../../../support/mail-stack';
import { stackAccountConfig } from '../../../support/stackAccount';
import { type AppAccount, type AppProcess, startAppProcess } from '../../core/appProcess';
import type { BenchStack } from '../../support/benchStack';
import { OWNER_NAME } from '../../support/benchStack';
import { type BenchBrowser, openBenchBrowser } from '../../support/benchBrowser';
import { intBetween, seededRandom } from '../../support/random';
import type { ChangeKind } from '../../replication-page/api';
import { type ChangeSample, type LatencySummary, changeSample, summarizeSamples } from './changeLatency';
import { openChangePage } from './changePage';

/** conversations in the shared drop box: the threads the changes link */
const THREADS = 12;

export interface ReplicationLatencyResult extends LatencySummary {
  /** every sample in order, with the change's kind */
  samples: (ChangeSample & { kind: ChangeKind })[];
}

function conversation(owner: StackUser, i: number, domain: string): string {
  return [
    `From: ${OWNER_NAME} <${owner.address}>`,
    `To: Customer ${i} <customer${i}@client${i % 4}.example>`,
    `Subject: Offer ${i} for the licences`,
    `Date: ${new Date(Date.now() - (THREADS - i) * 60_000).toUTCString()}`,
    `Message-ID: <replication.${i}@${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Hello,\r\n\r\nhere is offer ${i}.\r\n\r\nBest regards`,
    '',
  ].join('\r\n');
}

interface Instance {
  app: AppProcess;
  browser: BenchBrowser;
}

async function startInstance(bundle: string, account: AppAccount, threads: number): Promise<Instance> {
  const app = await startAppProcess(bundle, account);
  let browser: BenchBrowser | undefined;
  try {
    browser = await openBenchBrowser();
    await browser.page.goto(app.url);
    const b = browser;
    await app.log.waitFor(() => app.log.committedMessages >= threads && app.log.state === 'idle', 60_000, () => `the drop box captured (${app.log.committedMessages}/${threads}, state ${app.log.state}; page errors: ${b.pageErrors.join('; ') || 'none'})`);
    return { app, browser };
  } catch (err) {
    await browser?.close();
    await app.stop();
    throw err;
  }
}

export async function runReplicationLatency(env: BenchStack, bundle: string, changes: number, seed: number, log: (line: string) => void): Promise<ReplicationLatencyResult> {
  const owner = await env.stack.createUser(`rep-sam-${seed}`);
  const dropbox = await env.stack.createUser(`rep-crm-${seed}`);
  for (let i = 0; i < THREADS; i++) await env.stack.deliver(dropbox.address, conversation(owner, i, env.stack.domain));
  const account: AppAccount = { config: stackAccountConfig(env.stack, owner, dropbox), passwords: { imap: owner.password, smtp: owner.password, dropbox: dropbox.password } };
  const instances: Instance[] = [];
  try {
    const a = await startInstance(bundle, account, THREADS);
    instances.push(a);
    const b = await startInstance(bundle, account, THREADS);
    instances.push(b);
    const tab = await openChangePage(a.browser.context, a.app.url);
    const opened = await tab.evaluate(() => window.benchChanges!.open());
    if (opened.threads < THREADS) throw new Error(`A holds ${opened.threads} threads, expected ${THREADS}`);
    // what capture recorded (address persons, automatic links) is uploaded before the timing starts
    await tab.evaluate((ms) => window.benchChanges!.nothingPending(ms), 60_000);

    const timeline = {
      uploaded: (id: string) => a.app.log.opUploaded(id),
      emittedOnB: (id: string) => b.app.log.opEmittedAt(id),
      committedOnB: (id: string) => b.app.log.opCommittedAt(id),
    };
    const random = seededRandom(seed);
    const samples: ReplicationLatencyResult['samples'] = [];
    for (let i = 0; i < changes; i++) {
      await new Promise((resolve) => setTimeout(resolve, intBetween(random, 50, 250)));
      const made = await tab.evaluate((index) => window.benchChanges!.change(index), i);
      if (made.opIds.length === 0) throw new Error(`change ${i} (${made.kind}) recorded no operation`);
      await b.app.log.waitFor(() => changeSample(made, timeline) !== undefined, 30_000, () => `change ${i} (${made.kind}, ${made.opIds.length} operations) on B`);
      const sample = changeSample(made, timeline);
      if (sample) samples.push({ ...sample, kind: made.kind });
      if ((i + 1) % 25 === 0) log(`  ${i + 1}/${changes} changes, p50 so far ${summarizeSamples(samples).totalMs.p50.toFixed(0)} ms`);
    }
    const errors = instances.flatMap((x) => x.browser.pageErrors);
    if (errors.length > 0) log(`  page errors: ${errors.slice(0, 3).join('; ')}`);
    return { ...summarizeSamples(samples), samples };
  } finally {
    for (const x of instances.reverse()) {
      await x.browser.close();
      await x.app.stop();
    }
  }
}
