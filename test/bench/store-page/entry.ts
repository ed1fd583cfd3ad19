/**
 * The store page's script (bundled with esbuild, like test/e2e/store): the real CRM store on the
 * browser's real IndexedDB, a seeded clock and random source, the account's settings as the
 * session writes them, deals to link to; batches from ScaleGenerator through applyBatch, and
 * the views' queries timed. A database built once can be attached again from a cached profile.
 */
import { Dexie } from 'dexie';
import { z } from 'zod';
import { BlindcopyDb } from '../../../renderer/src/db/database';
import { createCrmStore, type CrmStore } from '../../../renderer/src/store';
import type { BenchStoreApi, ScaleSetup } from './api';
import { SCALE_OWNER, SCALE_T0, ScaleGenerator } from './scaleGenerator';
import { timeQueries } from './timedQueries';

// As the renderer's session does: the page's CSP forbids zod's `new Function` probe.
z.config({ jitless: true });

const DB_NAME = 'blindcopy-bench-scale';
const VIEWER = { userId: 'u-sam', isAdmin: false };

/** xorshift32 bytes: the same ids and deal tokens in every run. */
function seededBytes(seed: number): (length: number) => Uint8Array {
  let state = seed >>> 0 || 1;
  return (length) => {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      out[i] = state & 0xff;
    }
    return out;
  };
}

interface Loaded {
  store: CrmStore;
  spec: ScaleSetup;
  people: ScaleGenerator['people'];
  deals: { id: string; token: string }[];
  generator: ScaleGenerator | undefined;
}

let state: Loaded | undefined;

function loaded(): Loaded {
  if (state === undefined) throw new Error('setup() or attach() first');
  return state;
}

const counterpartiesFor = (threads: number) => Math.max(300, Math.round(threads / 30));
const dealCountFor = (threads: number) => Math.max(20, Math.round(threads / 200));

function openStore(seed: number): CrmStore {
  return createCrmStore(new BlindcopyDb(DB_NAME), { viewer: VIEWER, clock: () => SCALE_T0 - 86_400_000, randomBytes: seededBytes(seed) });
}

const api: BenchStoreApi = {
  async setup(spec) {
    await Dexie.delete(DB_NAME);
    const store = openStore(spec.seed);
    await store.settings.set('userId', VIEWER.userId);
    await store.settings.set('ownAddresses', { primary: SCALE_OWNER, verified: [], pending: [] });
    await store.settings.setCompanyDomain('acme.example');
    const deals = [];
    for (let i = 0; i < dealCountFor(spec.threads); i++) deals.push(await store.createDeal({ title: `Deal ${i + 1}` }));
    const generator = new ScaleGenerator({ threads: spec.threads, seed: spec.seed, counterparties: counterpartiesFor(spec.threads), dealTokens: deals.map((d) => d.token) });
    state = { store, spec, people: generator.people, deals: deals.map((d) => ({ id: d.id, token: d.token })), generator };
    return { deals: deals.length, totalMessages: generator.totalMessages };
  },
  async attach(spec) {
    const store = openStore(spec.seed ^ 0x77);
    // In creation order ("Deal 1", "Deal 2", …): popularity follows it, as when they were made.
    const rows = await store.db.deals.toArray();
    const deals = rows.sort((a, b) => Number(a.title.slice(5)) - Number(b.title.slice(5))).map((d) => ({ id: d.id, token: d.token }));
    const people = new ScaleGenerator({ threads: spec.threads, seed: spec.seed, counterparties: counterpartiesFor(spec.threads), dealTokens: [] }).people;
    state = { store, spec, people, deals, generator: undefined };
    return { deals: deals.length };
  },
  async load(batches, batchSize) {
    const { store, generator } = loaded();
    if (generator === undefined) throw new Error('nothing to load');
    const started = performance.now();
    let applyMs = 0;
    let messages = 0;
    for (let i = 0; i < batches; i++) {
      const batch = generator.nextBatch(batchSize);
      if (batch === undefined) break;
      const t = performance.now();
      await store.applyBatch(batch);
      applyMs += performance.now() - t;
      messages += batch.captured.length;
    }
    return { messages, applyMs, ms: performance.now() - started, done: generator.emitted >= generator.totalMessages, totalApplied: generator.emitted };
  },
  async continueWith(threads) {
    const s = loaded();
    const stored = await s.store.db.sourceUids.count();
    const after = { uid: stored, step: stored, threads: s.spec.threads, label: 'later' };
    s.generator = new ScaleGenerator({ threads, seed: s.spec.seed, counterparties: counterpartiesFor(s.spec.threads), dealTokens: s.deals.map((d) => d.token), after });
    return { totalMessages: s.generator.totalMessages };
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
  query(kind, reps, seed) {
    const s = loaded();
    return timeQueries(kind, s.store, s.people, s.deals, s.spec.threads, reps, seed);
  },
  finishLoading() {
    loaded().generator = undefined;
  },
};

window.benchStore = api;
