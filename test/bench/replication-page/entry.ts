/**
 * The change page: a second tab of device A's Chromium, on the app's own origin, so it opens the
 * app's own IndexedDB. It makes CRM changes with the real store code (the same actions the views
 * call), each recording its operations in its transaction (R8.3); the app's session in the first
 * tab sees the pending count change (Dexie's liveQuery across tabs) and its pump uploads them, as
 * for a change made in the views. Changing the database from beside the views keeps the benchmark
 * independent of how the views look, and gives the exact moment each change committed.
 */
import { liveQuery } from 'dexie';
import { z } from 'zod';
import { BlindcopyDb } from '../../../renderer/src/db/database';
import { createCrmStore, systemDeps, type CrmStore } from '../../../renderer/src/store';
import { getSetting } from '../../../renderer/src/store/settings';
import { CHANGE_KINDS, type BenchChangesApi, type ChangeMade } from './api';

// As the renderer's session does: zod's `new Function` probe is not wanted here either.
z.config({ jitless: true });

let opened: { store: CrmStore; db: BlindcopyDb; threadIds: string[]; deals: string[] } | undefined;

const now = () => performance.timeOrigin + performance.now();

async function newestOpId(db: BlindcopyDb): Promise<string> {
  return (await db.replicaOps.orderBy('id').last())?.id ?? '';
}

function current() {
  if (opened === undefined) throw new Error('open() first');
  return opened;
}

const api: BenchChangesApi = {
  async open() {
    const db = new BlindcopyDb('blindcopy');
    await db.open();
    const userId = await getSetting(db, 'userId');
    if (!userId) throw new Error('the app has not made its user yet');
    const store = createCrmStore(db, systemDeps({ userId, isAdmin: false }));
    // captured threads, not copies: the ones the other device captured too
    const threadIds = (await db.threads.toArray()).filter((t) => t.copyOf === undefined).map((t) => t.id);
    opened = { store, db, threadIds, deals: [] };
    return { threads: threadIds.length };
  },
  async change(index) {
    const { store, db, threadIds, deals } = current();
    const kind = CHANGE_KINDS[index % CHANGE_KINDS.length] ?? 'create deal';
    const before = await newestOpId(db);
    const lastDeal = deals.at(-1);
    if (kind === 'create deal' || lastDeal === undefined) {
      deals.push((await store.createDeal({ title: `Bench deal ${index}` })).id);
    } else if (kind === 'rename deal') {
      await store.updateItem({ kind: 'deal', itemId: lastDeal }, { title: `Bench deal ${index} (renamed)` });
    } else {
      const threadId = threadIds[index % Math.max(1, threadIds.length)];
      if (threadId === undefined) throw new Error('no thread to link');
      await store.linkThread(threadId, { kind: 'deal', itemId: lastDeal });
    }
    const committedAt = now();
    const opIds = (await db.replicaOps.where('id').above(before).toArray()).map((r) => r.id);
    const made: ChangeMade = { kind, committedAt, opIds };
    return made;
  },
  nothingPending(timeoutMs) {
    const { store } = current();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        subscription.unsubscribe();
        reject(new Error(`operations still pending after ${timeoutMs} ms`));
      }, timeoutMs);
      const subscription = liveQuery(() => store.replication.pendingCount()).subscribe({
        next: (n) => {
          if (n > 0) return;
          clearTimeout(timer);
          queueMicrotask(() => subscription.unsubscribe());
          resolve();
        },
        error: (err: unknown) => {
          clearTimeout(timer);
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      });
    });
  },
};

window.benchChanges = api;
