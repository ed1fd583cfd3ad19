/**
 * Everything a batch may need, in three rounds of parallel bulk queries (the rules README says
 * which index answers which rule):
 * 1. by what the batch's messages carry (each "by" is a set of parallel index seeks, lookups.ts): tombstones and stored copies by Message-ID (R3.7, R3.6),
 *    UID-map rows and Rejected rows by source (a key range each, sourceLookups.ts), threads by `*refIds` (R9.1) and by
 *    `[subjectKey+lastDate]` within 30 days (R9.2), persons by `*emails` (R4.1), deals and
 *    leads by `token` (R1.4);
 * 2. what round 1 points at: stored messages the UID map names, their threads, and the persons
 *    of the candidate threads' counterparties (the link decision looks at the whole thread);
 * 3. automatic linking only: the deals, leads and projects of all those persons (R4.4).
 */
import { Dexie } from 'dexie';
import type { CaptureBatch } from '../../../../shared/domain/capture';
import type { BlindcopyDb } from '../../db/database';
import type { ItemRow, MessageRow, ThreadRow } from '../../db/records';
import { domainsOfAddress } from '../../../../shared/rules/organizationDomains';
import { rowsWithAnyOf } from './lookups';
import { rejectedRowsOf, uidRowsOf } from './sourceLookups';
import type { CaptureEnv } from './env';
import type { PreparedMessage } from './prepare';
import { WorkingSet } from './workingSet';

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];
const present = <T>(rows: readonly (T | undefined)[]): T[] => rows.filter((r): r is T => r !== undefined);

async function threadsBySubject(db: BlindcopyDb, prepared: readonly PreparedMessage[]): Promise<ThreadRow[]> {
  // one range per subject key, from the earliest date any message with that key could join
  const since = new Map<string, number>();
  for (const { lookup } of prepared) {
    if (!lookup.subject) continue;
    const { subjectKey, since: from } = lookup.subject;
    since.set(subjectKey, Math.min(since.get(subjectKey) ?? Infinity, from));
  }
  const found = await Promise.all(
    [...since].map(([key, from]) => db.threads.where('[subjectKey+lastDate]').between([key, from], [key, Dexie.maxKey], true, true).toArray()),
  );
  return found.flat();
}

async function loadByMessage(db: BlindcopyDb, ws: WorkingSet, prepared: readonly PreparedMessage[], batch: CaptureBatch): Promise<void> {
  const messageIds = unique(prepared.map((p) => p.message.messageId));
  const refIds = unique(prepared.flatMap((p) => p.lookup.refIds));
  const addresses = unique(prepared.flatMap((p) => p.counterparties.map((c) => c.address)));
  const tokens = unique(prepared.flatMap((p) => p.message.itemTokens));
  const sources = [...prepared.map((p) => p.message.source), ...batch.rejected.map((r) => r.source)];

  // R4.3 beyond: the organizations listing a domain of the batch's addresses (new persons join them)
  const domains = unique(addresses.flatMap(domainsOfAddress));
  const [tombstones, messages, uidRows, rejected, refThreads, subjectThreads, persons, deals, leads, domainOrganizations] = await Promise.all([
    rowsWithAnyOf(db.tombstones, 'ids', messageIds),
    rowsWithAnyOf(db.messages, 'messageId', messageIds),
    uidRowsOf(db, sources),
    rejectedRowsOf(db, sources),
    rowsWithAnyOf(db.threads, 'refIds', refIds),
    threadsBySubject(db, prepared),
    rowsWithAnyOf(db.persons, 'emails', addresses),
    rowsWithAnyOf(db.deals, 'token', tokens),
    rowsWithAnyOf(db.leads, 'token', tokens),
    rowsWithAnyOf(db.organizations, 'domains', domains),
  ]);
  ws.domainOrganizations.push(...domainOrganizations);

  ws.tombstones.push(...tombstones);
  messages.forEach((m) => ws.loadMessage(m));
  uidRows.forEach((r) => ws.loadUidRow(r));
  rejected.forEach((r) => ws.loadRejected(r));
  [...refThreads, ...subjectThreads].forEach((t) => ws.loadThread(t));
  addresses.forEach((a) => ws.queriedEmails.add(a));
  persons.forEach((p) => ws.loadPerson(p));
  for (const item of [...deals, ...leads]) {
    ws.loadAddressedItem(item.token, { kind: item.kind, id: item.id, status: item.status, token: item.token });
  }
}

async function loadReferenced(db: BlindcopyDb, ws: WorkingSet, prepared: readonly PreparedMessage[]): Promise<void> {
  const missingMessages = unique(
    prepared.map((p) => ws.uidRow(p.uidKeyString)?.messageRowId).filter((id): id is string => id !== undefined && !ws.message(id)),
  );
  present<MessageRow>(await db.messages.bulkGet(missingMessages)).forEach((m) => ws.loadMessage(m));

  const messageThreads = unique(
    prepared.flatMap((p) => ws.messageRowsWithId(p.message.messageId).map((m) => m.threadId)).filter((id) => !ws.thread(id)),
  );
  present<ThreadRow>(await db.threads.bulkGet(messageThreads)).forEach((t) => ws.loadThread(t));

  const addresses = unique(
    ws.threadIds().flatMap((id) => {
      const thread = ws.thread(id);
      return thread && thread.link === undefined && thread.manualUnlink !== true ? thread.counterparties : [];
    }),
  ).filter((a) => !ws.queriedEmails.has(a));
  const persons = await rowsWithAnyOf(db.persons, 'emails', addresses);
  addresses.forEach((a) => ws.queriedEmails.add(a));
  persons.forEach((p) => ws.loadPerson(p));
}

async function loadItemsOfPersons(db: BlindcopyDb, ws: WorkingSet): Promise<void> {
  const personIds = ws.personIds();
  const lists: ItemRow[][] = await Promise.all([
    rowsWithAnyOf(db.deals, 'personId', personIds),
    rowsWithAnyOf(db.leads, 'personId', personIds),
    rowsWithAnyOf(db.projects, 'personId', personIds),
  ]);
  for (const item of lists.flat()) {
    if (item.personId === undefined) continue;
    ws.loadItemOfPerson(item.personId, { kind: item.kind, id: item.id, status: item.status, createdAt: item.createdAt });
  }
}

export async function prefetch(
  db: BlindcopyDb,
  prepared: readonly PreparedMessage[],
  batch: CaptureBatch,
  env: CaptureEnv,
): Promise<WorkingSet> {
  const ws = new WorkingSet();
  await loadByMessage(db, ws, prepared, batch);
  await loadReferenced(db, ws, prepared);
  // manual mode decides by item addresses alone (R4.4): persons' items are not needed
  if (env.mode === 'automatic') await loadItemsOfPersons(db, ws);
  return ws;
}
