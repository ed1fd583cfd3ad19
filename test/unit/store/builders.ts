/**
 * Small builders for the store's tests: a fresh fake IndexedDB per test, a store with a
 * deterministic clock and random source, captured mail with only what a case changes spelled out,
 * and a dump of every table to compare whole databases.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CaptureBatch } from '../../../shared/domain/capture';
import type { CapturedMessage, RejectedMessage } from '../../../shared/domain/mail';
import { ALL_TABLES, BlindcopyDb } from '../../../renderer/src/db/database';
import { createCrmStore, type CrmStore, type Viewer } from '../../../renderer/src/store';
// mail(n): Sam writes to Jane, BCC'd to the drop box (UID n), n minutes after T0
import { capturedMail as mail, MINUTE, T0 } from '../../support/capturedMail';
import { seededBytes } from '../../support/seeded';

export { seededBytes };

export { mail, MINUTE, T0 };
export const DAY = 24 * 60 * MINUTE;

export const SAM: Viewer = { userId: 'u-sam', isAdmin: false };
export const KIM: Viewer = { userId: 'u-kim', isAdmin: false };
export const ADMIN: Viewer = { userId: 'u-admin', isAdmin: true };

export const OWN = 'sam@acme.com';
export const DROPBOX = 'crm@acme.com';
export const SOURCE = 'dropbox';

export function openDb(name = 'crm'): BlindcopyDb {
  return new BlindcopyDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export interface TestClock {
  now: number;
  advance(ms: number): void;
}

/** Starts a day before the test mail, so items created "now" are older than the threads (R4.6). */
export function testClock(start = T0 - DAY): TestClock {
  const clock = {
    now: start,
    advance(ms: number) {
      clock.now += ms;
    },
  };
  return clock;
}

export interface Harness {
  db: BlindcopyDb;
  store: CrmStore;
  clock: TestClock;
  /** the same database seen by another user (team mode) */
  as(viewer: Viewer): CrmStore;
}

/** A store for Sam, with the drop box, Sam's addresses and automatic linking set. */
export async function harness(options: { viewer?: Viewer; linking?: 'automatic' | 'manual'; seed?: number } = {}): Promise<Harness> {
  const db = openDb();
  const clock = testClock();
  const randomBytes = seededBytes(options.seed ?? 7);
  const make = (viewer: Viewer) => createCrmStore(db, { viewer, clock: () => clock.now, randomBytes });
  const store = make(options.viewer ?? SAM);
  await store.settings.set('userId', SAM.userId);
  await store.settings.set('ownAddresses', { primary: OWN, verified: ['sam@acme.org'], pending: ['sam@home.test'] });
  await store.settings.setCompanyDomain('acme.com');
  await store.settings.set('linkingMode', options.linking ?? 'automatic');
  return { db, store, clock, as: make };
}

/** A reply in the same conversation: references `parent`'s id. */
export function reply(n: number, parent: CapturedMessage, overrides: Partial<CapturedMessage> = {}): CapturedMessage {
  return mail(n, { subject: `Re: ${parent.subject}`, inReplyTo: parent.messageId, references: [...parent.references, parent.messageId], ...overrides });
}

export function refused(uid: number, overrides: Partial<RejectedMessage> = {}): RejectedMessage {
  return {
    source: { sourceId: SOURCE, uidValidity: 1, uid },
    reason: 'unknown-owner',
    detail: 'eve@elsewhere.test',
    messageId: `r${uid}@elsewhere.test`,
    from: { address: 'eve@elsewhere.test' },
    subject: 'Hello',
    date: T0,
    size: 500,
    ...overrides,
  };
}

let batchCounter = 0;

/** A batch of the drop box whose checkpoint covers its highest UID. */
export function batch(captured: CapturedMessage[], overrides: Partial<CaptureBatch> = {}): CaptureBatch {
  const rejected = overrides.rejected ?? [];
  const uids = [...captured, ...rejected].map((m) => m.source.uid);
  const uidValidity = captured[0]?.source.uidValidity ?? rejected[0]?.source.uidValidity ?? 1;
  return {
    sourceId: captured[0]?.source.sourceId ?? SOURCE,
    sourceKind: captured[0]?.sourceKind ?? 'dropbox',
    batchId: `b${++batchCounter}`,
    reset: false,
    captured,
    rejected,
    expunged: [],
    checkpoint: { uidValidity, lastUid: Math.max(0, ...uids) },
    ...overrides,
  };
}

/** Every table, rows in primary-key order: two dumps are equal when the databases are. */
export async function dump(db: BlindcopyDb): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(ALL_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const));
  return Object.fromEntries(entries);
}

export async function onlyThread(db: BlindcopyDb) {
  const threads = await db.threads.toArray();
  if (threads.length !== 1) throw new Error(`expected one thread, found ${threads.length}`);
  return threads[0]!;
}

/** The thread holding the message with this Message-ID (the original, not a copy). */
export async function threadOf(db: BlindcopyDb, messageId: string) {
  const rows = await db.messages.where('messageId').equals(messageId).toArray();
  const row = rows.find((m) => m.copyOf === undefined);
  if (!row) throw new Error(`no message ${messageId}`);
  const thread = await db.threads.get(row.threadId);
  if (!thread) throw new Error(`no thread for ${messageId}`);
  return thread;
}
