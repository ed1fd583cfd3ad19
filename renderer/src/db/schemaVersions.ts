/**
 * Every schema version of the CRM database, oldest first. Index strings are Dexie's syntax:
 * first the primary key (&id = unique), then indexes; [a+b] compound, *x multi-entry.
 */
import type { Transaction } from 'dexie';
import { searchWords } from '../../../shared/text/searchWords';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      messages: '&id, threadId, messageId, [sourceId+uidValidity+uid], date, ownerId',
      threads: '&id, lastDate, ownerId, visibility, subjectKey, *refIds, *counterparties, *personIds, linkKey',
      persons: '&id, name, *emails, organizationId',
      organizations: '&id, name',
      deals: '&id, &token, status, personId, organizationId, createdAt',
      leads: '&id, &token, status, personId, organizationId, createdAt',
      projects: '&id, status, personId, organizationId, createdAt',
      links: '&id, threadId, [targetKind+targetId]',
      settings: '&key',
      syncSources: '&id',
      outbox: '&id, &messageId, status, nextAttemptAt',
      rejected: '&id, [sourceId+uidValidity+uid], reason, rejectedAt',
      tombstones: '&id, kind, *messageIds',
    },
  },
  {
    // v2: word search over threads (subject, participants, snippet), filled for existing rows.
    version: 2,
    stores: {
      threads: '&id, lastDate, ownerId, visibility, subjectKey, *refIds, *counterparties, *personIds, linkKey, *words',
    },
    async upgrade(tx) {
      await tx
        .table('threads')
        .toCollection()
        .modify((thread: { subject?: string; snippet?: string; participants?: { address: string; name?: string }[]; words?: string[] }) => {
          const people = (thread.participants ?? []).map((p) => `${p.name ?? ''} ${p.address}`).join(' ');
          thread.words = searchWords(`${thread.subject ?? ''} ${people} ${thread.snippet ?? ''}`);
        });
    },
  },
];
