/**
 * The CRM database (IndexedDB via Dexie). The renderer's store is its only writer (DESIGN 4).
 * Schema changes are appended as new versions in schemaVersions, never edited in place, so an
 * installed app upgrades its data in order; test/unit/db proves each step.
 */
import { Dexie, type DexieOptions, type Table, type Transaction } from 'dexie';
import type {
  DealRow,
  LeadRow,
  MessageRow,
  OrganizationRow,
  PersonRow,
  ProjectRow,
  RejectedRow,
  ReplicaOpRow,
  ReplicaSkippedRow,
  ReplicaStateRow,
  ReplicaWaitingRow,
  SettingRow,
  SourceUidRow,
  SyncSourceRow,
  ThreadRow,
  ThreadCountRow,
  TombstoneRow,
  WordKey,
  WordPostingRow,
  WordQueueRow,
  WordRow,
} from './records';
import { schemaVersions } from './schemaVersions';
import { useCoarseObservability } from './coarseObservability';
import { threadCountsMiddleware } from './threadCounts';
import { threadKeysMiddleware } from './threadKeys';

/** The primary key of `sourceUids`: (source, UIDVALIDITY, UID). */
export type SourceUidKey = [sourceId: string, uidValidity: number, uid: number];

export class BlindcopyDb extends Dexie {
  messages!: Table<MessageRow, string>;
  wordIndex!: Table<WordRow, WordKey>;
  wordQueue!: Table<WordQueueRow, WordKey>;
  wordPostings!: Table<WordPostingRow, [string, number]>;
  threads!: Table<ThreadRow, string>;
  threadCounts!: Table<ThreadCountRow, [string, number, string]>;
  sourceUids!: Table<SourceUidRow, SourceUidKey>;
  persons!: Table<PersonRow, string>;
  organizations!: Table<OrganizationRow, string>;
  deals!: Table<DealRow, string>;
  leads!: Table<LeadRow, string>;
  projects!: Table<ProjectRow, string>;
  settings!: Table<SettingRow, string>;
  syncSources!: Table<SyncSourceRow, string>;
  rejected!: Table<RejectedRow, string>;
  tombstones!: Table<TombstoneRow, string>;
  replicaOps!: Table<ReplicaOpRow, string>;
  replicaState!: Table<ReplicaStateRow, string>;
  replicaWaiting!: Table<ReplicaWaitingRow, string>;
  replicaSkipped!: Table<ReplicaSkippedRow, number>;

  constructor(name = 'blindcopy', options?: DexieOptions, upTo = schemaVersions.length) {
    super(name, options);
    for (const v of schemaVersions.slice(0, upTo)) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade((tx: Transaction) => v.upgrade?.(tx));
    }
    this.use(threadKeysMiddleware);
    this.use(threadCountsMiddleware);
    useCoarseObservability(this);
  }
}

export const CURRENT_SCHEMA_VERSION = schemaVersions.length;

/** Every table, for transactions that must cover them all (and for test dumps). */
export const ALL_TABLES = [
  'messages',
  'wordIndex',
  'wordQueue',
  'wordPostings',
  'threads',
  'threadCounts',
  'sourceUids',
  'persons',
  'organizations',
  'deals',
  'leads',
  'projects',
  'settings',
  'syncSources',
  'rejected',
  'tombstones',
  'replicaOps',
  'replicaState',
  'replicaWaiting',
  'replicaSkipped',
] as const;
export type TableName = (typeof ALL_TABLES)[number];
