/**
 * The CRM store at scale in real Chromium IndexedDB, on disk: N threads / 3N messages applied
 * through applyBatch in batches of 500 (or a copy of that build from the cache), then:
 *  - the views' queries, each repeated and timed in the page (any over its target is run once
 *    more under the profiler);
 *  - more mail on top (new conversations after the last message), timed: the capture rate of
 *    a store this size, measured in this run whether the build came from the cache or not;
 *  - the page's JS heap with the store open.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type ProfileSummary, summarizeProfile } from '../../profile/cpuProfileSummary';
import { saveProfile } from '../../profile/profileFiles';
import type { LoadStep, StoreCounts } from '../../store-page/api';
import { QUERY_KINDS, type QueryKind } from '../../store-page/timedQueries';
import type { BenchBrowser } from '../../support/benchBrowser';
import { profilePage } from '../../support/pageProfiler';
import { type Distribution, distribution } from '../../support/stats';
import { type BuildFigures, cacheDirFor, copyCachedProfile, readCachedBuild, saveBuild } from './storeCache';
import { type StorePageBundle, bundleStorePage, contentHash, openStorePage } from './storePage';

export const BATCH_SIZE = 500;
const BATCHES_PER_STEP = 10;

export interface StoreScaleOptions {
  threads: number;
  /** conversations added on top of the built store, to time capture at this size */
  moreThreads: number;
  reps: number;
  seed: number;
  queryTargetMs: number;
  /** build even when a cached build exists */
  rebuild: boolean;
}

export interface StoreScaleResult {
  counts: StoreCounts;
  build: BuildFigures & { fromCache: boolean };
  /** applyBatch on top of the full store, this run */
  more: { messages: number; messagesPerSecond: number; batchMs: Distribution; wordsPerSecond: number };
  queries: Record<string, { ms: Distribution; rowsMedian: number }>;
  heap: { usedMb: number; totalMb: number };
  indexedDbMb: number;
  profiles: { load?: ProfileSummary; queries: Record<string, ProfileSummary>; files: string[] };
}

interface Loading {
  steps: LoadStep[];
  seconds: number;
  profile?: unknown;
}

/** Applies everything the page's generator has, step by step; profiles the step at `profileAt` of the way. */
async function loadAll(browser: BenchBrowser, total: number, profileAt: number, log: (line: string) => void): Promise<Loading> {
  const steps: LoadStep[] = [];
  const step = () => browser.page.evaluate(([n, size]) => window.benchStore!.load(n, size), [BATCHES_PER_STEP, BATCH_SIZE] as const);
  let profile: unknown;
  const started = performance.now();
  for (let done = false; !done; ) {
    const applied = steps.at(-1)?.totalApplied ?? 0;
    let next: LoadStep;
    if (profile === undefined && applied >= total * profileAt) {
      const profiled = await profilePage(browser.context, browser.page, step);
      next = profiled.result;
      profile = profiled.profile;
    } else next = await step();
    steps.push(next);
    done = next.done || next.messages === 0;
    if (steps.length % 10 === 0 || done) log(`  ${next.totalApplied}/${total} messages, ${Math.round(next.messages / (next.ms / 1000))} msg/s now`);
  }
  return { steps, seconds: (performance.now() - started) / 1000, profile };
}

/** Runs the word indexer until nothing waits, as the app does once capture is quiet. */
async function indexAllWords(browser: BenchBrowser, log: (line: string) => void): Promise<{ messages: number; seconds: number }> {
  let messages = 0;
  let ms = 0;
  for (let round = 1; ; round++) {
    const step = await browser.page.evaluate((n) => window.benchStore!.indexWords(n), 20);
    messages += step.messages;
    ms += step.ms;
    if (round % 10 === 0 || step.left === 0) log(`  search words: ${messages} messages indexed, ${step.left} waiting, ${Math.round(step.messages / (step.ms / 1000))} msg/s now`);
    if (step.left === 0 || step.messages === 0) return { messages, seconds: ms / 1000 };
  }
}

const perBatch = (steps: readonly LoadStep[]) => steps.map((s) => s.applyMs / Math.max(1, Math.ceil(s.messages / BATCH_SIZE)));
const rateOf = (steps: readonly LoadStep[]) => steps.reduce((n, s) => n + s.messages, 0) / (steps.reduce((n, s) => n + s.ms, 0) / 1000);

async function build(bundle: StorePageBundle, profileDir: string, options: Pick<StoreScaleOptions, 'threads' | 'seed'>, log: (line: string) => void): Promise<{ figures: BuildFigures; profile: unknown }> {
  const browser = await openStorePage(bundle, profileDir);
  try {
    const setup = await browser.page.evaluate((spec) => window.benchStore!.setup(spec), { threads: options.threads, seed: options.seed });
    log(`  building: ${options.threads} threads / ${setup.totalMessages} messages in batches of ${BATCH_SIZE} (kept in bench-results/.cache for later runs)`);
    const loading = await loadAll(browser, setup.totalMessages, 0.5, log);
    await browser.page.evaluate(() => window.benchStore!.finishLoading());
    const words = await indexAllWords(browser, log);
    const heap = await browser.heapUsage();
    const tenth = Math.max(1, Math.round(loading.steps.length / 10));
    const batches = distribution(perBatch(loading.steps));
    return {
      figures: {
        builtAt: new Date().toISOString(),
        seconds: loading.seconds,
        messages: setup.totalMessages,
        messagesPerSecond: setup.totalMessages / loading.seconds,
        batchMsP50: batches.p50,
        batchMsP95: batches.p95,
        firstTenthRate: rateOf(loading.steps.slice(0, tenth)),
        lastTenthRate: rateOf(loading.steps.slice(-tenth)),
        wordsSeconds: words.seconds,
        wordsPerSecond: words.messages / Math.max(words.seconds, 1e-9),
        heapAfterBuildMb: heap.usedBytes / 1024 / 1024,
      },
      profile: loading.profile,
    };
  } finally {
    await browser.close();
  }
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    // a LevelDB table file the running browser compacts away between listing and stat counts 0
    total += entry.isDirectory() ? await dirBytes(path) : ((await stat(path).catch(() => undefined))?.size ?? 0);
  }
  return total;
}

/** Time for one query kind's repetitions before they stop at the minimum count. */
const QUERY_BUDGET_MS = 20_000;

async function timeQuery(page: Page, kind: QueryKind, reps: number, seed: number) {
  return page.evaluate(([k, n, s, b]) => window.benchStore!.query(k, n, s, b), [kind, reps, seed, QUERY_BUDGET_MS] as [QueryKind, number, number, number]);
}

export interface PreparedStore {
  bundle: StorePageBundle;
  figures: BuildFigures;
  fromCache: boolean;
  /** the CPU profile of one step of the build, when it was built this run */
  loadProfile?: unknown;
}

/**
 * The built store of that size and seed in the profile folder `work`: a copy of the cached build,
 * or built now (and cached). The replication scenario restores the same CRM elsewhere.
 */
export async function prepareStore(options: Pick<StoreScaleOptions, 'threads' | 'seed' | 'rebuild'>, work: string, log: (line: string) => void): Promise<PreparedStore> {
  const bundle = await bundleStorePage();
  const cacheDir = cacheDirFor(options.threads, options.seed, await contentHash());
  const cached = options.rebuild ? undefined : await readCachedBuild(cacheDir);
  if (cached !== undefined) {
    log(`  using the store built ${cached.builtAt} (${cacheDir})`);
    await copyCachedProfile(cacheDir, work);
    return { bundle, figures: cached, fromCache: true };
  }
  const built = await build(bundle, work, options, log);
  await saveBuild(cacheDir, work, built.figures);
  return { bundle, figures: built.figures, fromCache: false, loadProfile: built.profile };
}

export async function runStoreScale(options: StoreScaleOptions, log: (line: string) => void): Promise<StoreScaleResult> {
  const work = await mkdtemp(join(tmpdir(), 'blindcopy-bench-store-'));
  const profiles: StoreScaleResult['profiles'] = { queries: {}, files: [] };
  try {
    const prepared = await prepareStore(options, work, log);
    const { bundle, figures } = prepared;
    if (prepared.loadProfile !== undefined) {
      profiles.load = summarizeProfile(prepared.loadProfile);
      profiles.files.push(await saveProfile('store-load', prepared.loadProfile));
    }

    const browser = await openStorePage(bundle, work);
    try {
      const page = browser.page;
      await page.evaluate((spec) => window.benchStore!.attach(spec), { threads: options.threads, seed: options.seed });
      const counts = await page.evaluate(() => window.benchStore!.counts());
      log(`  store: ${counts.threads} threads, ${counts.messages} messages, ${counts.persons} persons, ${counts.deals} deals (${counts.linkedThreads} threads linked)`);

      const queries: StoreScaleResult['queries'] = {};
      for (const kind of QUERY_KINDS) {
        const times = await timeQuery(page, kind, options.reps, options.seed);
        const ms = distribution(times.durations);
        queries[kind] = { ms, rowsMedian: distribution(times.rows).p50 };
        log(`  ${kind.padEnd(24)} p50 ${ms.p50.toFixed(1)} ms, p95 ${ms.p95.toFixed(1)} ms over ${ms.n} (${distribution(times.rows).p50} rows)`);
        if (ms.p95 > options.queryTargetMs) {
          // warm-up (3) + the minimum (10): enough samples to see where the time goes
          const profiled = await profilePage(browser.context, page, () => timeQuery(page, kind, 10, options.seed + 1));
          profiles.queries[kind] = summarizeProfile(profiled.profile);
          profiles.files.push(await saveProfile(`store-query-${kind}`, profiled.profile));
        }
      }

      const more = await page.evaluate((n) => window.benchStore!.continueWith(n), options.moreThreads);
      log(`  capture on top of it: ${more.totalMessages} more messages`);
      const added = await loadAll(browser, more.totalMessages, 2, log);
      await page.evaluate(() => window.benchStore!.finishLoading());
      const moreWords = await indexAllWords(browser, log);
      const heap = await browser.heapUsage();
      const addedMessages = added.steps.reduce((n, s) => n + s.messages, 0);
      return {
        counts,
        build: { ...figures, fromCache: prepared.fromCache },
        more: {
          messages: addedMessages,
          messagesPerSecond: rateOf(added.steps),
          batchMs: distribution(perBatch(added.steps)),
          wordsPerSecond: moreWords.messages / Math.max(moreWords.seconds, 1e-9),
        },
        queries,
        heap: { usedMb: heap.usedBytes / 1024 / 1024, totalMb: heap.totalBytes / 1024 / 1024 },
        indexedDbMb: (await dirBytes(join(work, 'Default', 'IndexedDB'))) / 1024 / 1024,
        profiles,
      };
    } finally {
      await browser.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
