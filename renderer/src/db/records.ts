/**
 * Rows as IndexedDB holds them. CRM records reuse the shared domain types and add only the
 * derived fields their indexes need (kept in step by derivedFields.ts); the rest (sync
 * checkpoints, the UID map, rejected mail, tombstones, settings) are store-only shapes.
 * The outbox is not here: main owns it in a file, because it must survive without a window.
 */
import type { Deal, Lead, Organization, Person, Project, Thread, Tombstone } from '../../../shared/domain/crm';
import type { CapturedMessage, RejectedMessage, SourceKind } from '../../../shared/domain/mail';
import type { ReplicaSkipReason } from '../../../shared/domain/replication';
import type { Op } from '../../../shared/rules/replication/operations';

/**
 * A captured message as stored. Without `words`: a message's search words live in its word row
 * (wordQueue, then wordIndex), not twice.
 */
export interface MessageRow extends Omit<CapturedMessage, 'words'> {
  /** row id: unique per stored copy (a copied thread R4.9 holds copies of the same message) */
  id: string;
  threadId: string;
  ownerId: string;
  /** R4.9: the row this one was copied from; copies never came from a source */
  copyOf?: string;
}

/** 0/1 rather than a boolean: booleans are not IndexedDB keys, and `linked` is in compound indexes. */
export type IndexFlag = 0 | 1;

export interface ThreadRow extends Thread {
  /**
   * [personId, lastDate] for each person (v3): a person's threads newest first, paged by an
   * index range. IndexedDB has no compound multi-entry index, but a multi-entry index over
   * arrays of arrays gives one. Derived by the database's middleware (threadKeys.ts) on write.
   */
  personKeys?: Array<[string, number]>;
  /** [organizationId, lastDate] for each organization (v3), like personKeys */
  organizationKeys?: Array<[string, number]>;
  /** `${kind}:${itemId}` of the linked item, absent when unlinked: "threads of an item" */
  linkKey?: string;
  /** 1 when `link` is set: inbox filters linked / unlinked sorted by date */
  linked: IndexFlag;
  /**
   * R4.9: the thread this one is a copy of. A copy has no `refIds` and is never offered to
   * threading, so new mail keeps following the original thread (R4.8).
   */
  copyOf?: string;
}

/**
 * How many threads one owner has with one (linked, visibility) (v5, table `threadCounts`): the
 * inbox's filter counts add these up instead of counting index ranges. Kept by the database's
 * middleware (threadCounts.ts) on every thread write; never written by the store's own code.
 */
export interface ThreadCountRow {
  ownerId: string;
  linked: IndexFlag;
  visibility: ThreadRow['visibility'];
  n: number;
}

/**
 * The search words of one indexed message (table `wordIndex`): subject, sender and recipients,
 * text. Search finds a word's messages in `wordPostings` by this row's key, and reads the row for
 * the thread and, for a term too common to read whole, to check its words.
 * The key is short on purpose: posting lists hold it once per word of the message. Its date comes
 * first, so the table's own order is newest last. `n` is a hash of the message id (wordKey).
 * Written once with the message (and its copies), deleted with it; never updated. `words` is
 * joined by spaces since v6 (as in wordQueue); rows indexed before hold the list.
 */
export interface WordRow {
  date: number;
  /** wordKey's hash of `id`: with the date, unique in practice (two messages of one millisecond would have to collide in 53 bits) */
  n: number;
  threadId: string;
  /** the message row's id */
  id: string;
  words: string | string[];
}

/**
 * A chunk of one word's posting list (v6, table `wordPostings`, key [word, k]): the keys of
 * messages that hold the word, as (date, n) pairs. k = 0 is the chunk still being filled, and
 * says how many are sealed (db/wordPostings).
 */
export interface WordPostingRow {
  word: string;
  k: number;
  keys: Float64Array;
  /** on the open chunk (k = 0): the number of sealed chunks, k = 1..sealed */
  sealed?: number;
  /** on the open chunk: each sealed chunk's oldest and newest date, in k order (min1, max1, min2, ...) */
  ranges?: number[];
}

/** The primary key of `wordIndex` and `wordQueue`: [date, n]. */
export type WordKey = [date: number, n: number];

/**
 * A message's words before they are indexed: capture writes this row (a wordIndex row, in the
 * queue) and the word indexer moves it to wordIndex and adds its words' postings when capture is
 * quiet. Postings cost more than the rest of a message's capture together, so they are kept off
 * the path that makes new mail appear.
 * `words` is joined by spaces (shared/text/searchWords joinWords: one string is far cheaper to
 * write than hundreds); rows queued by earlier versions hold the list (derivedFields queuedWords
 * reads both).
 */
export type WordQueueRow = WordRow;

/**
 * Where one copy of a message lives on a server: (source, UIDVALIDITY, UID) → message row.
 * Re-delivery of the same copy is recognized here (R3.6) even when its Message-ID had to be
 * synthesized; a UIDVALIDITY reset forgets a source's old entries without touching messages.
 */
export interface SourceUidRow {
  sourceId: string;
  uidValidity: number;
  uid: number;
  sourceKind: SourceKind;
  /** normalized Message-ID of the message it delivered */
  messageId: string;
  messageRowId: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Where mirroring of one IMAP source stands; committed with each batch (DESIGN 4). */
export interface SyncSourceRow {
  id: string;
  kind: SourceKind;
  uidValidity: number;
  lastUid: number;
  highestModseq?: string;
  updatedAt: number;
}

/**
 * R3.8 a message the capture engine (or the store's own owner check) refused, kept by source and
 * UID. `accepted` means the user accepted it: the capture engine fetches it again and the store
 * stores it whatever its owner, then removes this row.
 */
export interface RejectedRow extends RejectedMessage {
  /** `rejectedRowId(source)`: one row per (source, UIDVALIDITY, UID) */
  id: string;
  sourceId: string;
  uidValidity: number;
  uid: number;
  rejectedAt: number;
  status: 'held' | 'accepted';
  /** the normalized sender address an 'owner-pending' or 'unknown-owner' message waits for (R3.8) */
  heldFor?: string;
  acceptedAt?: number;
  acceptedBy?: string;
}

/** R3.7: what the user deleted, so a later sync does not bring it back. */
export type TombstoneRow = Tombstone;

/** Lower-case, accent-folded name and its words, for prefix search (derivedFields.nameKeys). */
interface NameKeyed {
  nameKeys: string[];
}

export type DealRow = Deal & NameKeyed;
export type LeadRow = Lead & NameKeyed;
export type ProjectRow = Project & NameKeyed;
export type ItemRow = DealRow | LeadRow | ProjectRow;
export type PersonRow = Person & NameKeyed;
export type OrganizationRow = Organization & NameKeyed;

/**
 * R8.3 one operation this device recorded (v7, table `replicaOps`), kept until the uploader has
 * appended it to the sync folder: `sent` 0 → 1 (a flag, not a boolean: it is in an index key).
 * Operations downloaded from other devices are never written here.
 */
export interface ReplicaOpRow {
  /** the operation's id (its clock string): sorts oldest first */
  id: string;
  sent: IndexFlag;
  op: Op;
}

/**
 * R8.3 the replicated state of one entity (v7, table `replicaState`). `key` is the entity's kind and
 * its shared key (`item:deal:abc`, `person:address:jane@x.test`, `organization:abc`,
 * `thread:mid:<id>`, `message:<id>`, `setting:linkingMode`) or `frontier:<replica>`; `value` is
 * its part of shared/rules/replication/state.ts's ReplicatedState.
 */
export interface ReplicaStateRow {
  key: string;
  value: unknown;
}

/** R8.3 a reference that cannot be shown yet (v7): `from` waits for `missing` (both state keys). */
export interface ReplicaWaitingRow {
  /** `${from}|${missing}` */
  id: string;
  from: string;
  missing: string;
}

/** R8.3 a message of the sync folder that was not applied, and why (v7): listed in Settings. */
export interface ReplicaSkippedRow {
  uid: number;
  reason: ReplicaSkipReason;
  detail: string;
  at: number;
}
