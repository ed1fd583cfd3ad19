/**
 * The store at scale, as the page builds it: a fresh database with the account's settings and
 * deals, then ScaleGenerator's batches through applyBatch; or the same database attached again
 * from a cached profile. Everything that decides what the database holds is in this module (and
 * what it imports), so its bundle's hash is the cache key of a built store.
 */
import { Dexie } from 'dexie';
import { BlindcopyDb } from '../../../renderer/src/db/database';
import { createCrmStore, type CrmStore } from '../../../renderer/src/store';
import { seededBytes } from '../../support/seeded';
import type { LoadStep, ScaleSetup } from './api';
import { SCALE_OWNER, SCALE_T0, ScaleGenerator } from './scaleGenerator';

const DB_NAME = 'blindcopy-bench-scale';
export const VIEWER = { userId: 'u-sam', isAdmin: false };

export interface ScaleStore {
  store: CrmStore;
  spec: ScaleSetup;
  people: ScaleGenerator['people'];
  deals: { id: string; token: string }[];
  generator: ScaleGenerator | undefined;
}

const counterpartiesFor = (threads: number) => Math.max(300, Math.round(threads / 30));
const dealCountFor = (threads: number) => Math.max(20, Math.round(threads / 200));

function openStore(seed: number): CrmStore {
  return createCrmStore(new BlindcopyDb(DB_NAME), { viewer: VIEWER, clock: () => SCALE_T0 - 86_400_000, randomBytes: seededBytes(seed) });
}

export async function setupScaleStore(spec: ScaleSetup): Promise<ScaleStore> {
  await Dexie.delete(DB_NAME);
  const store = openStore(spec.seed);
  await store.settings.set('userId', VIEWER.userId);
  await store.settings.set('ownAddresses', { primary: SCALE_OWNER, verified: [], pending: [] });
  await store.settings.setCompanyDomain('acme.example');
  const deals = [];
  for (let i = 0; i < dealCountFor(spec.threads); i++) deals.push(await store.createDeal({ title: `Deal ${i + 1}` }));
  const generator = new ScaleGenerator({ threads: spec.threads, seed: spec.seed, counterparties: counterpartiesFor(spec.threads), dealTokens: deals.map((d) => d.token) });
  return { store, spec, people: generator.people, deals: deals.map((d) => ({ id: d.id, token: d.token })), generator };
}

export async function attachScaleStore(spec: ScaleSetup): Promise<ScaleStore> {
  const store = openStore(spec.seed ^ 0x77);
  // In creation order ("Deal 1", "Deal 2", …): popularity follows it, as when they were made.
  const rows = await store.db.deals.toArray();
  const deals = rows.sort((a, b) => Number(a.title.slice(5)) - Number(b.title.slice(5))).map((d) => ({ id: d.id, token: d.token }));
  const people = new ScaleGenerator({ threads: spec.threads, seed: spec.seed, counterparties: counterpartiesFor(spec.threads), dealTokens: [] }).people;
  return { store, spec, people, deals, generator: undefined };
}

/** Up to `batches` batches of `batchSize` from the generator, through applyBatch. */
export async function loadBatches(s: ScaleStore, batches: number, batchSize: number): Promise<LoadStep> {
  const generator = s.generator;
  if (generator === undefined) throw new Error('nothing to load');
  const started = performance.now();
  let applyMs = 0;
  let messages = 0;
  for (let i = 0; i < batches; i++) {
    const batch = generator.nextBatch(batchSize);
    if (batch === undefined) break;
    const t = performance.now();
    await s.store.applyBatch(batch);
    applyMs += performance.now() - t;
    messages += batch.captured.length;
  }
  return { messages, applyMs, ms: performance.now() - started, done: generator.emitted >= generator.totalMessages, totalApplied: generator.emitted };
}

/** New conversations after everything stored (mail that arrives once the store is this big). */
export async function continueScaleStore(s: ScaleStore, threads: number): Promise<number> {
  const stored = await s.store.db.sourceUids.count();
  const after = { uid: stored, step: stored, threads: s.spec.threads, label: 'later' };
  s.generator = new ScaleGenerator({ threads, seed: s.spec.seed, counterparties: counterpartiesFor(s.spec.threads), dealTokens: s.deals.map((d) => d.token), after });
  return s.generator.totalMessages;
}
