/**
 * The store page's script (bundled with esbuild, like test/e2e/store): the real CRM store on the
 * browser's real IndexedDB, built or attached by scaleStore, and the views' queries timed.
 */
import { Dexie } from 'dexie';
import { z } from 'zod';
import type { BenchStoreApi } from './api';
import { type ScaleStore, VIEWER, attachScaleStore, continueScaleStore, loadBatches, setupScaleStore } from './scaleStore';
import { timeQueries } from './timedQueries';

// As the renderer's session does: the page's CSP forbids zod's `new Function` probe.
z.config({ jitless: true });

let state: ScaleStore | undefined;

function loaded(): ScaleStore {
  if (state === undefined) throw new Error('setup() or attach() first');
  return state;
}

const api: BenchStoreApi = {
  async setup(spec) {
    state = await setupScaleStore(spec);
    return { deals: state.deals.length, totalMessages: state.generator?.totalMessages ?? 0 };
  },
  async attach(spec) {
    state = await attachScaleStore(spec);
    return { deals: state.deals.length };
  },
  load: (batches, batchSize) => loadBatches(loaded(), batches, batchSize),
  async continueWith(threads) {
    return { totalMessages: await continueScaleStore(loaded(), threads) };
  },
  async indexWords(steps) {
    const store = loaded().store;
    const started = performance.now();
    let messages = 0;
    for (let i = 0; i < steps; i++) {
      const done = await store.indexPendingWords();
      messages += done;
      if (done === 0) break;
    }
    return { messages, ms: performance.now() - started, left: await store.pendingWordsCount() };
  },
  async counts() {
    const db = loaded().store.db;
    const [threads, messages, persons, deals, linkedThreads] = await Promise.all([
      db.threads.count(),
      db.messages.count(),
      db.persons.count(),
      db.deals.count(),
      db.threads.where('[ownerId+linked+lastDate]').between([VIEWER.userId, 1, Dexie.minKey], [VIEWER.userId, 1, Dexie.maxKey]).count(),
    ]);
    return { threads, messages, persons, deals, linkedThreads };
  },
  query(kind, reps, seed, budgetMs) {
    const s = loaded();
    return timeQueries(kind, s.store, s.people, s.deals, s.spec.threads, { reps, seed, budgetMs });
  },
  async replicationSnapshot() {
    const { parts } = await loaded().store.replication.snapshot();
    return { parts };
  },
  finishLoading() {
    loaded().generator = undefined;
  },
};

window.benchStore = api;
