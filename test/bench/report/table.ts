/**
 * The run as a table for the terminal: one row per figure, the target beside it where there is
 * one, and whether it was met; then, for misses, where the profiles say the time went.
 */
import type { ProfileSummary } from '../profile/cpuProfileSummary';
import { describeSplit } from '../support/cpuAccount';
import type { BenchResults } from './results';
import type { TargetCheck } from './targets';

interface Row {
  name: string;
  result: string;
  target?: TargetCheck;
}

const MB = 1024 * 1024;
const s = (seconds: number) => `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

function targetFor(targets: readonly TargetCheck[], name: string): TargetCheck | undefined {
  return targets.find((t) => t.name === name);
}

function rows(r: BenchResults): Row[] {
  const out: Row[] = [];
  const t = (name: string) => targetFor(r.targets, name);
  if (r.corpus) {
    const c = r.corpus;
    out.push({ name: 'corpus (drop box)', result: `${c.messages} msgs in ${c.threads} threads, ${mb(c.bytes)}; ${c.withAttachment} with attachment, ${c.forwardedReplies} forwarded replies, ${c.toItemAddress} to item addresses, ${c.counterparties} counterparties` });
    out.push({ name: 'corpus delivery (LMTP)', result: s(c.deliverSeconds) });
  }
  if (r.stages) {
    const st = r.stages;
    out.push({ name: 'engine alone: fetch only', result: `${s(st.fetchSeconds)} (${s(st.fetchCpuSeconds)} CPU), ${mb(st.bodyBytes)} message bytes` });
    out.push({ name: 'engine alone: fetch + understand', result: `${s(st.fetchUnderstandSeconds)} (${s(st.fetchUnderstandCpuSeconds)} CPU): understanding ≈ ${s(st.understandSeconds)}` });
  }
  const cold = r.coldMirror;
  if (cold) {
    const c = cold.summary;
    out.push({ name: 'cold mirror: app (real pipeline)', result: `${s(c.appSeconds)}, ${c.appMessagesPerSecond.toFixed(0)} msg/s (median of ${cold.app.length})` });
    out.push({ name: 'cold mirror: mbsync, TLS like the app', result: `${s(c.mbsyncSeconds)}, ${c.mbsyncMessagesPerSecond.toFixed(0)} msg/s` });
    out.push({ name: 'cold mirror: mbsync, plain (SSLType None)', result: `${s(c.mbsyncPlainSeconds)} (1 run); app / this = ${c.ratioToPlain.toFixed(2)}×` });
    out.push({ name: 'cold mirror: mbsync, TLS, FSync no', result: `${s(c.mbsyncNoFsyncSeconds)} (1 run); app / this = ${c.ratioToNoFsync.toFixed(2)}×` });
    out.push({ name: 'cold mirror time / mbsync time', result: `${c.ratio.toFixed(2)}×`, target: t('cold mirror time / mbsync time') });
    out.push({ name: 'bytes fetched (proxy, both)', result: `app ${mb(c.appProxyBytes)}, mbsync ${mb(c.mbsyncProxyBytes)} (${(c.appProxyBytes / c.mbsyncProxyBytes).toFixed(2)}×); engine counts ${mb(c.appEngineBytes)}, Maildir ${mb(c.mbsyncMaildirBytes)}` });
    out.push({ name: 'app mirror: where the time went', result: `boot ${s(c.bootMs / 1000)}, main's share the store waited for ${s(c.mainMs / 1000)}, IPC+store ${s(c.storeMs / 1000)} (main fetches the next batch while the store commits)` });
    out.push({ name: 'app mirror: CPU by process', result: describeSplit(c.appCpu, ['core', 'renderer', 'browser', 'chromium other', 'dovecot', 'bench']) });
    out.push({ name: 'mbsync mirror: CPU by process', result: describeSplit(c.mbsyncCpu, ['mbsync', 'dovecot', 'bench']) });
    out.push({ name: 'CPU used, app / mbsync', result: `${c.cpuRatio.toFixed(2)}× (client, server and Chromium; not the benchmark's own proxies)`, target: t('CPU used, app / mbsync') });
    const peaks = cold.app.reduce((a, run) => (run.mainPeakRssMb > a.mainPeakRssMb ? run : a)).mainPeaks;
    out.push({ name: 'main-side peak RSS (cold mirror)', result: `${c.mainPeakRssMb.toFixed(0)} MB (${c.mainStartupRssMb.toFixed(0)} MB at start; peaks: V8 heap ${peaks.heapTotalMb.toFixed(0)} MB, Buffers ${peaks.arrayBuffersMb.toFixed(0)} MB)`, target: t('main-side peak RSS (cold mirror)') });
    out.push({ name: 'renderer JS heap after the mirror', result: `${c.rendererHeapMb.toFixed(1)} MB` });
    if (c.appReplicationOffSeconds !== undefined && c.replicationOnOffRatio !== undefined) {
      out.push({
        name: 'cold mirror, replication on / off',
        result: `${c.replicationOnOffRatio.toFixed(2)}× (on ${s(c.appSeconds)}, off ${s(c.appReplicationOffSeconds)}; medians of ${cold.app.length} and ${cold.appReplicationOff.length})`,
        target: t('cold mirror, replication on / off'),
      });
    }
  }
  const lat = r.latency;
  if (lat) {
    const d = lat.latencyMs;
    out.push({ name: `capture latency (${lat.messages} via SMTP)`, result: `p50 ${ms(d.p50)}, p95 ${ms(d.p95)}, max ${ms(d.max)}`, target: t('capture latency p95') });
    out.push({ name: '  of which server → IDLE notice', result: `p50 ${ms(lat.serverNotifyMs.p50)}, p95 ${ms(lat.serverNotifyMs.p95)}` });
    out.push({ name: '  of which app (notice → committed)', result: `p50 ${ms(lat.appMs.p50)}, p95 ${ms(lat.appMs.p95)}` });
  }
  out.push(...replicationRows(r, t));
  const store = r.store;
  if (store) {
    const b = store.build;
    const origin = b.fromCache ? `built ${b.builtAt.slice(0, 16)}, cached` : 'built this run';
    out.push({ name: 'store: contents', result: `${store.counts.threads} threads, ${store.counts.messages} msgs, ${store.counts.persons} persons, ${store.counts.linkedThreads} linked; IndexedDB ${store.indexedDbMb.toFixed(0)} MB` });
    out.push({ name: 'store: load via applyBatch (×500)', result: `${b.messagesPerSecond.toFixed(0)} msg/s over ${s(b.seconds)}; first tenth ${b.firstTenthRate.toFixed(0)}, last tenth ${b.lastTenthRate.toFixed(0)} msg/s (${origin})`, target: t('store load rate, last tenth / first') });
    if (b.wordsPerSecond !== undefined) out.push({ name: 'store: search words, indexed after load', result: `${b.wordsPerSecond.toFixed(0)} msg/s over ${s(b.wordsSeconds ?? 0)} (${origin})` });
    out.push({ name: 'store: capture on top of it (this run)', result: `${store.more.messagesPerSecond.toFixed(0)} msg/s, ${store.more.messages} msgs; batch p50 ${ms(store.more.batchMs.p50)}, p95 ${ms(store.more.batchMs.p95)}; words then ${store.more.wordsPerSecond.toFixed(0)} msg/s` });
    for (const [kind, q] of Object.entries(store.queries)) {
      out.push({ name: `store query: ${kind}`, result: `p50 ${ms(q.ms.p50)}, p95 ${ms(q.ms.p95)} over ${q.ms.n} runs (${q.rowsMedian} rows)`, target: t(`store query p95: ${kind}`) });
    }
    const afterBuild = b.heapAfterBuildMb === undefined ? '' : `; ${b.heapAfterBuildMb.toFixed(1)} MB right after the build`;
    out.push({ name: 'renderer JS heap, store loaded', result: `${store.heap.usedMb.toFixed(1)} MB used of ${store.heap.totalMb.toFixed(1)} MB after the queries${afterBuild}` });
  }
  return out;
}

function replicationRows(r: BenchResults, t: (name: string) => TargetCheck | undefined): Row[] {
  const out: Row[] = [];
  const latency = r.replication?.latency;
  if (latency) {
    const d = latency.totalMs;
    out.push({ name: `change on A shown on B (${latency.changes})`, result: `p50 ${ms(d.p50)}, p95 ${ms(d.p95)}, max ${ms(d.max)}`, target: t('change on A shown on B p95') });
    out.push({
      name: '  of which (p50)',
      result: `A's pump ${ms(latency.pumpMs.p50)}, append ${ms(latency.appendMs.p50)}, to B's main ${ms(latency.deliveryMs.p50)}, B's store ${ms(latency.storeMs.p50)}`,
    });
  }
  const restore = r.replication?.restore;
  if (restore) {
    const st = restore.source.state;
    out.push({
      name: `restore: ${restore.threads} threads' CRM onto an empty device`,
      result: `${s(restore.restoreSeconds)} (first batch after ${s(restore.firstBatchSeconds)}): ${st.items} items, ${st.persons} persons, ${st.links} links, ${st.sharing} shared`,
      target: t('restore of the CRM state'),
    });
    out.push({ name: '  the snapshot on A', result: `${restore.snapshotParts} parts, ${restore.snapshotMb.toFixed(1)} MB; made in ${s(restore.snapshotSeconds)}, appended in ${s(restore.uploadSeconds)}${restore.storeFromCache ? ' (store from cache)' : ''}` });
    const rate = r.coldMirror?.summary.appMessagesPerSecond;
    out.push({
      name: '  then the mail, at the cold mirror rate',
      result: rate === undefined ? `${restore.messages} msgs (no cold mirror this run to rate them)` : `${restore.messages} msgs at ${rate.toFixed(0)} msg/s ≈ ${s(restore.messages / rate)}`,
    });
  }
  return out;
}

export function formatTable(results: BenchResults): string {
  const all = rows(results);
  const nameWidth = Math.max('benchmark'.length, ...all.map((r) => r.name.length));
  const resultWidth = Math.min(90, Math.max('result'.length, ...all.map((r) => r.result.length)));
  const lines = [`${'benchmark'.padEnd(nameWidth)}  ${'result'.padEnd(resultWidth)}  target       met`, '-'.repeat(nameWidth + resultWidth + 20)];
  for (const row of all) {
    const met = row.target === undefined ? '' : row.target.met ? 'yes' : 'NO';
    lines.push(`${row.name.padEnd(nameWidth)}  ${row.result.padEnd(resultWidth)}  ${(row.target?.target ?? '').padEnd(11)}  ${met}`);
  }
  return lines.join('\n');
}

function topLines(title: string, summary: ProfileSummary, count = 6): string[] {
  return [
    `  ${title} (busy ${(summary.totalMs - summary.idleMs).toFixed(0)} ms of ${summary.totalMs.toFixed(0)} ms sampled):`,
    `    by package: ${summary.byPackage.slice(0, count).map((p) => `${p.name} ${p.percent.toFixed(0)}%`).join(', ')}`,
    ...summary.topFunctions.slice(0, count).map((f) => `    ${f.percent.toFixed(1).padStart(5)}%  ${f.name.slice(0, 100)}${f.source ? `  [${f.source.slice(0, 70)}]` : ''}`),
  ];
}

/** Where the profiles say the time went, for the figures that missed their target. */
export function formatAnalysis(results: BenchResults): string {
  const lines: string[] = [];
  const cold = results.coldMirror;
  if (cold?.profile) {
    lines.push(`Cold mirror (profiled run over the first ${cold.profile.messages} messages; its split: main ${(cold.profile.split.mainMs / 1000).toFixed(1)} s, IPC+store ${(cold.profile.split.storeMs / 1000).toFixed(1)} s):`);
    lines.push(...topLines('main thread (core child)', cold.profile.main));
    if (cold.profile.worker) lines.push(...topLines('capture worker (core child)', cold.profile.worker));
    lines.push(...topLines('renderer (page)', cold.profile.renderer));
  }
  if (results.stages) lines.push('Engine alone, fetch + understand:', ...topLines('bench process', results.stages.profile));
  const store = results.store;
  if (store?.profiles.load) lines.push('Store build, one step of 10 batches:', ...topLines('page', store.profiles.load));
  for (const [kind, summary] of Object.entries(store?.profiles.queries ?? {})) lines.push(`Store query ${kind} (10 repetitions):`, ...topLines('page', summary));
  const files = [...(cold?.profile?.files ?? []), ...(results.stages ? [results.stages.profileFile] : []), ...(store?.profiles.files ?? [])];
  if (files.length > 0) lines.push(`Profiles (open in Chrome DevTools → Performance): ${files.join(', ')}`);
  return lines.join('\n');
}
