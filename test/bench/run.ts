/**
 * `npm run bench`: builds nothing itself (npm runs the build first), then
 *  1. generates the drop box (seeded) and delivers it into a throw-away Dovecot over LMTP;
 *  2. times the capture engine alone (fetch, understand) over it;
 *  3. cold mirror: the real app (core child + built renderer in Chromium + IndexedDB) against
 *     mbsync, side by side, bytes counted by proxies, main's peak RSS;
 *  4. capture latency over SMTP while the app idles;
 *  5. the CRM store at 100k threads: load rate, query latencies, renderer heap;
 *  6. replication (R8.3): a change on one device shown on another, and the store's CRM restored
 *     onto an empty device (the cold mirror runs with replication on and off).
 * Prints a table (targets reported, never asserted) and writes bench-results/latest.json.
 * Options: see options.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { bundleCoreChild } from './core/bundleCoreChild';
import { createAttachmentPool } from './corpus/attachmentPool';
import { deliverCorpus } from './corpus/deliverCorpus';
import { planCorpus } from './corpus/plan';
import { parseOptions } from './options';
import { type BenchResults, type MachineFacts, writeResults } from './report/results';
import { formatAnalysis, formatTable } from './report/table';
import { TARGETS, checkTargets } from './report/targets';
import { runCaptureLatency } from './scenarios/captureLatency';
import { runColdMirror } from './scenarios/cold/coldMirror';
import { runReplicationLatency } from './scenarios/replication/changeLatencyRun';
import { runReplicationRestore } from './scenarios/replication/restoreRun';
import { runStages } from './scenarios/stages';
import { runStoreScale } from './scenarios/store/storeScale';
import { OWNER_NAME, type BenchStack, startBenchStack } from './support/benchStack';

const options = parseOptions(process.argv.slice(2), process.env);
const started = performance.now();
const log = (line: string): void => console.log(line);
const wants = (name: (typeof options.scenarios)[number]) => options.scenarios.includes(name);

function versionOf(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0] ?? '';
  } catch {
    return 'unknown';
  }
}

const machine: MachineFacts = {
  cpus: cpus().length,
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  mbsync: versionOf('mbsync', ['--version']),
  chromium: versionOf('chromium', ['--version']),
  loadAverageStart: loadavg()[0] ?? 0,
  loadAverageEnd: 0,
};
const results: Omit<BenchResults, 'targets'> = { startedAt: new Date().toISOString(), durationSeconds: 0, options, machine };
log(`Blindcopy benchmarks: ${options.scenarios.join(', ')}${options.quick ? ' (quick)' : ''}; ${machine.cpus} CPUs, load average ${machine.loadAverageStart.toFixed(1)}`);

/** A scenario that fails is reported as failed; the others still run and report. */
async function attempt(name: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    results.errors = { ...results.errors, [name]: message };
    log(`  ${name} FAILED: ${message}`);
  }
}

let env: BenchStack | undefined;
try {
  if (wants('stages') || wants('cold') || wants('latency') || wants('replication')) {
    env = await startBenchStack();
    const bundle = wants('cold') || wants('latency') || wants('replication') ? await bundleCoreChild() : '';
    // A smaller drop box with the corpus's first messages, for a profiled mirror that stays short.
    const profileBox = wants('cold') && options.profile !== 'never' ? { user: await env.stack.createUser('crm-profile'), messages: Math.min(1000, options.messages) } : undefined;
    if (wants('stages') || wants('cold')) {
      log(`corpus: generating and delivering ${options.messages} messages`);
      const pool = createAttachmentPool(options.seed);
      const plan = planCorpus({ messages: options.messages, seed: options.seed, owner: { name: OWNER_NAME, address: env.owner.address }, dropbox: env.dropbox.address, delimiter: '+' }, pool.lines);
      const copyTo = profileBox === undefined ? undefined : { address: profileBox.user.address, count: profileBox.messages };
      results.corpus = await deliverCorpus(env.stack, plan, pool, copyTo);
      log(`  ${(results.corpus.bytes / 1024 / 1024).toFixed(0)} MB in ${results.corpus.deliverSeconds.toFixed(1)} s`);
    }
    // Generous: a mirror that is slow is a result, one that hangs is not.
    const timeoutMs = 120_000 + options.messages * 200;
    const stack = env;
    if (wants('stages')) {
      log('engine alone (fetch, understand):');
      await attempt('stages', async () => {
        results.stages = await runStages(stack, options.messages, options.stageRepeats, timeoutMs, log);
      });
    }
    if (wants('cold')) {
      log(`cold mirror: app vs mbsync, ${options.repeats} runs each:`);
      await attempt('cold', async () => {
        results.coldMirror = await runColdMirror(stack, options.messages, { repeats: options.repeats, bundle, timeoutMs, profile: options.profile, profileBox, replicationPair: options.replicationPair }, log);
      });
    }
    if (wants('latency')) {
      log(`capture latency: ${options.latencyMessages} messages over SMTP:`);
      await attempt('latency', async () => {
        results.latency = await runCaptureLatency(stack, bundle, options.latencyMessages, options.seed, log);
      });
    }
    if (wants('replication')) {
      log(`replication: ${options.changes} changes on A shown on B:`);
      await attempt('replication latency', async () => {
        const latency = await runReplicationLatency(stack, bundle, options.changes, options.seed, log);
        results.replication = { ...results.replication, latency };
      });
      log(`replication: the ${options.restoreThreads}-thread CRM of the store scenario restored onto an empty device:`);
      await attempt('replication restore', async () => {
        const restore = await runReplicationRestore(stack, bundle, { threads: options.restoreThreads, seed: options.seed, rebuild: options.rebuildStore, timeoutMs: 120_000 + options.restoreThreads * 10 }, log);
        results.replication = { ...results.replication, restore };
      });
    }
    await env.stop();
    env = undefined;
  }
  if (wants('store')) {
    log(`store at scale: ${options.threads} threads:`);
    await attempt('store', async () => {
      results.store = await runStoreScale(
        { threads: options.threads, moreThreads: Math.round(options.threads / 100), reps: options.queryReps, seed: options.seed, queryTargetMs: TARGETS.queryP95Ms, rebuild: options.rebuildStore },
        log,
      );
    });
  }
} finally {
  await env?.stop();
}

machine.loadAverageEnd = loadavg()[0] ?? 0;
results.durationSeconds = (performance.now() - started) / 1000;
const full: BenchResults = { ...results, targets: checkTargets(results) };
const path = await writeResults(full);
log('');
log(formatTable(full));
const analysis = formatAnalysis(full);
if (analysis !== '') log(`\n${analysis}`);
for (const [name, message] of Object.entries(full.errors ?? {})) log(`\n${name} FAILED: ${message}`);
log(`\n${full.durationSeconds.toFixed(0)} s in all; load average ${machine.loadAverageStart.toFixed(1)} → ${machine.loadAverageEnd.toFixed(1)}. Figures: ${path}`);
