/**
 * R8.3 restore on an empty device: the CRM of the store scenario (its cached build at that size
 * and seed, or built now) is device A; its replicated state (items, persons, organizations, link
 * decisions, sharing, with their clocks) goes to the account's sync folder as a snapshot, as A
 * writes one (store.replication.snapshot → replication:uploadSnapshot through a core). Then a new
 * device C (fresh core, fresh Chromium profile, the real app) opens on the account with an empty
 * drop box, and is timed from opening the page until its store committed the batch holding the
 * last snapshot part (its ack); then C's state is counted against A's, so a fast restore that
 * lost something fails. The mail itself then follows at the cold mirror's rate: C's links wait
 * for their threads (docs/replication.md "Waiting").
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stackAccountConfig } from '../../../support/stackAccount';
import { type AppAccount, startAppProcess } from '../../core/appProcess';
import { preciseNow } from '../../core/protocol';
import type { BenchStack } from '../../support/benchStack';
import { openBenchBrowser } from '../../support/benchBrowser';
import { openStorePage } from '../store/storePage';
import { prepareStore } from '../store/storeScale';
import { type ReplicatedCounts, missingState, replicatedCounts } from './replicatedCounts';

const SCALE_DB = 'blindcopy-bench-scale';

export interface RestoreOptions {
  threads: number;
  seed: number;
  rebuild: boolean;
  timeoutMs: number;
}

export interface RestoreResult {
  threads: number;
  /** messages in the source CRM (what the mail mirror would bring afterwards) */
  messages: number;
  storeFromCache: boolean;
  snapshotParts: number;
  /** the snapshot's JSON, MB (before MIME's base64) */
  snapshotMb: number;
  /** A: making the snapshot in the page, and main appending its parts */
  snapshotSeconds: number;
  uploadSeconds: number;
  /** C: page opened → the last part committed */
  restoreSeconds: number;
  /** of which: page opened → the first sync-folder batch left C's main (boot, capture start, folder opened) */
  firstBatchSeconds: number;
  source: ReplicatedCounts;
  restored: ReplicatedCounts;
}

export async function runReplicationRestore(env: BenchStack, bundle: string, options: RestoreOptions, log: (line: string) => void): Promise<RestoreResult> {
  const work = await mkdtemp(join(tmpdir(), 'blindcopy-bench-restore-'));
  try {
    const prepared = await prepareStore({ threads: options.threads, seed: options.seed, rebuild: options.rebuild }, work, log);
    const store = await openStorePage(prepared.bundle, work);
    let snapshot: { parts: unknown[] };
    let source: ReplicatedCounts;
    let snapshotSeconds: number;
    try {
      await store.page.evaluate((spec) => window.benchStore!.attach(spec), { threads: options.threads, seed: options.seed });
      source = await replicatedCounts(store.page, SCALE_DB);
      const t = performance.now();
      snapshot = await store.page.evaluate(() => window.benchStore!.replicationSnapshot());
      snapshotSeconds = (performance.now() - t) / 1000;
    } finally {
      await store.close();
    }
    const parts = snapshot.parts as { id: string; part: number }[];
    const partNames = parts.map((p) => `${p.id}#${p.part}`);
    const snapshotMb = JSON.stringify(snapshot.parts).length / 1024 / 1024;
    log(`  A: ${source.state.items} items, ${source.state.persons} persons, ${source.state.links} links, ${source.state.sharing} shared; snapshot of ${parts.length} parts, ${snapshotMb.toFixed(1)} MB`);

    const owner = await env.stack.createUser(`rep-restore-sam-${options.seed}`);
    const dropbox = await env.stack.createUser(`rep-restore-crm-${options.seed}`);
    const account: AppAccount = { config: stackAccountConfig(env.stack, owner, dropbox), passwords: { imap: owner.password, smtp: owner.password, dropbox: dropbox.password } };

    const a = await startAppProcess(bundle, account);
    let uploadSeconds: number;
    try {
      const t = preciseNow();
      await a.call('replication:uploadSnapshot', { parts: snapshot.parts }, options.timeoutMs);
      uploadSeconds = (preciseNow() - t) / 1000;
    } finally {
      await a.stop();
    }
    log(`  A: snapshot appended in ${uploadSeconds.toFixed(1)} s`);

    const c = await startAppProcess(bundle, account);
    const browser = await openBenchBrowser();
    try {
      const started = preciseNow();
      await browser.page.goto(c.url);
      const done = () => partNames.every((p) => c.log.partCommittedAt(p) !== undefined);
      await c.log.waitFor(done, options.timeoutMs, () => `C to commit every snapshot part (${partNames.filter((p) => c.log.partCommittedAt(p) !== undefined).length}/${parts.length}; page errors: ${browser.pageErrors.join('; ') || 'none'})`);
      const lastAt = Math.max(...partNames.map((p) => c.log.partCommittedAt(p) ?? 0));
      const restored = await replicatedCounts(browser.page, 'blindcopy');
      const missing = missingState(source, restored);
      if (missing !== '') throw new Error(`C restored less than A holds: ${missing}`);
      const result: RestoreResult = {
        threads: options.threads,
        messages: prepared.figures.messages,
        storeFromCache: prepared.fromCache,
        snapshotParts: parts.length,
        snapshotMb,
        snapshotSeconds,
        uploadSeconds,
        restoreSeconds: (lastAt - started) / 1000,
        firstBatchSeconds: ((c.log.firstReplicaEmittedAt ?? lastAt) - started) / 1000,
        source,
        restored,
      };
      log(`  C: restored in ${result.restoreSeconds.toFixed(1)} s (first batch after ${result.firstBatchSeconds.toFixed(1)} s): ${restored.rows.deals} deals, ${restored.rows.persons} persons as rows`);
      return result;
    } finally {
      await browser.close();
      await c.stop();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
