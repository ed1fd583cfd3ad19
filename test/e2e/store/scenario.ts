/**
 * Runs in Chromium (bundled by store.test.ts): the real store code against the browser's real
 * IndexedDB. Returns plain data for the test to check.
 */
import { Dexie, liveQuery } from 'dexie';
import type { CaptureBatch } from '../../../shared/domain/capture';
import type { CapturedMessage } from '../../../shared/domain/mail';
import { ALL_TABLES, BlindcopyDb } from '../../../renderer/src/db/database';
import { createCrmStore, type CrmStore } from '../../../renderer/src/store';
import { capturedMail as mail, MINUTE, T0 } from '../../support/capturedMail';
import { seededBytes } from '../../support/seeded';

function batch(captured: CapturedMessage[], overrides: Partial<CaptureBatch> = {}): CaptureBatch {
  const lastUid = Math.max(0, ...captured.map((m) => m.source.uid), ...(overrides.rejected ?? []).map((r) => r.source.uid));
  return { sourceId: 'dropbox', sourceKind: 'dropbox', batchId: `b-${lastUid}`, reset: false, captured, rejected: [], expunged: [], checkpoint: { uidValidity: 1, lastUid }, ...overrides };
}

async function until(condition: () => boolean, ms = 2000): Promise<void> {
  for (const started = Date.now(); !condition() && Date.now() - started < ms; ) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function dump(db: BlindcopyDb): Promise<string> {
  const tables = await Promise.all(ALL_TABLES.map(async (name) => [name, await db.table(name).toArray()]));
  return JSON.stringify(tables);
}

async function openStore(name: string, seed: number): Promise<{ db: BlindcopyDb; store: CrmStore }> {
  await Dexie.delete(name);
  const db = new BlindcopyDb(name);
  const store = createCrmStore(db, { viewer: { userId: 'u-sam', isAdmin: false }, clock: () => T0 - 60 * MINUTE, randomBytes: seededBytes(seed) });
  await store.settings.set('ownAddresses', { primary: 'sam@acme.com', verified: [], pending: [] });
  await store.settings.setCompanyDomain('acme.com');
  return { db, store };
}

const first = [
  mail(1, { subject: 'Angebot' }),
  mail(2, { subject: 'AW: Angebot', inReplyTo: 'm1@mail.acme.com', references: ['m1@mail.acme.com'] }),
  mail(3, { subject: 'Lieferung', to: [{ address: 'max@other.test', name: 'Max Müller' }] }),
];

export async function runStoreScenario() {
  const { db, store } = await openStore('blindcopy-e2e', 11);
  const jane = await store.createPerson({ name: 'Jane Roe', emails: ['jane@customer.test'] });
  const deal = await store.createDeal({ title: 'Angebot Müller', personId: jane.id });

  const live: number[] = [];
  const subscription = liveQuery(() => store.queries.inboxPage()).subscribe((page) => live.push(page.threads.length));
  await until(() => live.length > 0);

  const checkpoint1 = await store.applyBatch(batch(first));
  const afterFirst = await dump(db);
  const again = await store.applyBatch(batch(first));
  const idempotent = afterFirst === (await dump(db));

  const second = batch(
    [
      mail(4, { subject: 'Re: Lieferung', inReplyTo: 'm3@mail.acme.com', references: ['m3@mail.acme.com'], to: [{ address: 'max@other.test' }], itemTokens: [deal.token] }),
      { ...mail(1, { subject: 'Angebot' }), source: { sourceId: 'dropbox', uidValidity: 1, uid: 5 } },
    ],
    {
      rejected: [{ source: { sourceId: 'dropbox', uidValidity: 1, uid: 6 }, reason: 'unknown-owner', detail: 'eve@elsewhere.test', size: 10 }],
      checkpoint: { uidValidity: 1, lastUid: 6, highestModseq: '17' },
    },
  );
  const report2 = await store.applyBatchWithReport(second);
  await until(() => live.at(-1) === 2);
  subscription.unsubscribe();

  const threads = (await store.queries.inboxPage()).threads.map((t) => ({ subject: t.subject, messageCount: t.messageCount, link: t.link?.reason.kind ?? null }));
  const pageOne = await store.queries.inboxPage({ limit: 1 });
  const pageTwo = await store.queries.inboxPage({ limit: 1, after: pageOne.next! });
  const search = (await store.queries.search({ query: 'lieferung MÜLL' })).map((t) => t.subject);
  const persons = (await store.queries.findPersons('ma')).map((p) => p.name);

  // the same transaction: a batch whose second message row cannot be written stores nothing
  const twin = await openStore('blindcopy-e2e-twin', 23);
  await twin.store.applyBatch(batch(first));
  const doomed = (await twin.db.messages.where('messageId').equals('m2@mail.acme.com').first())!.id;
  const victim = await openStore('blindcopy-e2e-victim', 23);
  await victim.db.messages.add({ ...mail(99), id: doomed, threadId: 'x', ownerId: 'u-sam' });
  let failed = '';
  try {
    await victim.store.applyBatch(batch(first));
  } catch (error) {
    failed = error instanceof Error ? error.name : String(error);
  }
  const rolledBack = {
    failed,
    messages: await victim.db.messages.count(),
    threads: await victim.db.threads.count(),
    checkpoint: (await victim.store.queries.checkpoint('dropbox')) ?? null,
  };

  const rejected = await store.queries.rejectedCount();
  for (const d of [db, twin.db, victim.db]) d.close();
  return {
    checkpoint1,
    again,
    idempotent,
    outcomes: report2.outcomes,
    checkpoint2: report2.checkpoint,
    threads,
    pages: [pageOne.threads.map((t) => t.subject), pageTwo.threads.map((t) => t.subject), pageTwo.next ?? null],
    search,
    persons,
    rejected,
    live,
    rolledBack,
  };
}

declare global {
  interface Window {
    runStoreScenario?: typeof runStoreScenario;
  }
}
window.runStoreScenario = runStoreScenario;
