/**
 * Every schema version of the CRM database, oldest first. Index strings are Dexie's syntax:
 * first the primary key (&id = unique), then indexes; [a+b] compound, *x multi-entry.
 *
 * Why these indexes (the store's queries, designed for 100k threads):
 * - threads [ownerId+lastDate], [ownerId+linked+lastDate], [ownerId+visibility+lastDate]: the
 *   viewer's inbox, each filter newest first, paged by key range (never a scan + sort);
 *   [visibility+linked+lastDate]: other users' shared and linked threads (R5.2);
 *   [linkKey+lastDate]: an item's threads; *personIds / *organizationIds: a person's or an
 *   organization's threads; *refIds and [subjectKey+lastDate]: threading (R9.1, R9.2).
 * - messages [threadId+date]: a thread's messages in order (also serves `threadId` alone);
 *   messageId: de-duplication (R3.6).
 * - sourceUids: (source, UIDVALIDITY, UID) → message, for re-delivery and resets.
 * - persons *emails: persons of counterparties (R4.1); *nameKeys everywhere: name prefix search.
 * - deals / leads &token: item addresses (R1.3, unique); personId: open items of a person (R4.4).
 * - tombstones *ids: deleted mail stays deleted (R3.7).
 */
import type { Transaction } from 'dexie';
import type { Mailbox } from '../../../shared/domain/mail';
import { threadWords } from './derivedFields';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

const THREADS_V1 =
  '&id, [ownerId+lastDate], [ownerId+linked+lastDate], [ownerId+visibility+lastDate], [visibility+linked+lastDate], ' +
  '[subjectKey+lastDate], [linkKey+lastDate], *refIds, *personIds, *organizationIds';

/** v2: fill the new word index from each thread's participants and its messages' subject and text. */
async function fillThreadWords(tx: Transaction): Promise<void> {
  const byThread = new Map<string, { subject: string; text: string; date: number }[]>();
  await tx.table('messages').each((m: { threadId: string; subject: string; text: string; date: number }) => {
    const list = byThread.get(m.threadId) ?? [];
    list.push({ subject: m.subject, text: m.text, date: m.date });
    byThread.set(m.threadId, list);
  });
  await tx
    .table('threads')
    .toCollection()
    .modify((thread: { id: string; participants?: Mailbox[]; words?: string[] }) => {
      const messages = (byThread.get(thread.id) ?? []).sort((a, b) => a.date - b.date);
      thread.words = threadWords(thread.participants ?? [], messages);
    });
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      messages: '&id, [threadId+date], messageId',
      threads: THREADS_V1,
      sourceUids: '[sourceId+uidValidity+uid], messageRowId',
      persons: '&id, *nameKeys, *emails, organizationId',
      organizations: '&id, *nameKeys',
      deals: '&id, &token, *nameKeys, status, personId, organizationId',
      leads: '&id, &token, *nameKeys, status, personId, organizationId',
      projects: '&id, *nameKeys, status, personId, organizationId',
      settings: '&key',
      syncSources: '&id',
      rejected: '&id, [sourceId+uidValidity], rejectedAt, status, heldFor',
      tombstones: '&id, *ids',
    },
  },
  {
    // v2: word search over threads (subject, participants, text of every message).
    version: 2,
    stores: { threads: `${THREADS_V1}, *words` },
    upgrade: fillThreadWords,
  },
];
