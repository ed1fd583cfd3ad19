/**
 * Every schema version of the CRM database, oldest first. Index strings are Dexie's syntax:
 * first the primary key (&id = unique), then indexes; [a+b] compound, *x multi-entry.
 *
 * Why these indexes (the store's queries, designed for 100k threads):
 * - threads [ownerId+lastDate], [ownerId+linked+lastDate], [ownerId+visibility+lastDate]: the
 *   viewer's inbox, each filter newest first, paged by key range (never a scan + sort);
 *   [visibility+linked+lastDate]: other users' shared and linked threads (R5.2);
 *   [linkKey+lastDate]: an item's threads; *personKeys / *organizationKeys ([id, lastDate]
 *   pairs, v3): a person's or an organization's threads newest first; *refIds and
 *   [subjectKey+lastDate]: threading (R9.1, R9.2).
 * - wordIndex [date+n] (v4; its *words index dropped in v6): each indexed message's words and
 *   thread, by the key posting lists hold; wordQueue: messages captured but not yet indexed
 *   (store/words); wordPostings [word+k] (v6): each word's messages (wordPostings.ts).
 * - messages [threadId+date]: a thread's messages in order (also serves `threadId` alone);
 *   messageId: de-duplication (R3.6).
 * - sourceUids: (source, UIDVALIDITY, UID) → message, for re-delivery and resets.
 * - persons *emails: persons of counterparties (R4.1); *nameKeys everywhere: name prefix search.
 * - deals / leads &token: item addresses (R1.3, unique); personId: open items of a person (R4.4).
 * - tombstones *ids: deleted mail stays deleted (R3.7).
 * - threadCounts [ownerId+linked+visibility] (v5): the inbox's filter counts (threadCounts.ts).
 * - replicaOps [sent+id] (v7, R8.3): this device's operations not yet uploaded, oldest first;
 *   replicaState: the replicated state per entity key; replicaWaiting from / missing: references
 *   that wait for what they name; replicaSkipped: sync-folder messages not applied (Settings).
 */
import type { Transaction } from 'dexie';
import type { Mailbox } from '../../../shared/domain/mail';
import { messageWords } from '../../../shared/text/messageWords';
import { idHash, queuedWords } from './derivedFields';
import type { ThreadCountRow, WordRow } from './records';
import { addPostings, postingsOf, type PostingsTable } from './wordPostings';
import { Counters, THREAD_COUNTS } from './threadCounts';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

const THREADS_V1 =
  '&id, [ownerId+lastDate], [ownerId+linked+lastDate], [ownerId+visibility+lastDate], [visibility+linked+lastDate], ' +
  '[subjectKey+lastDate], [linkKey+lastDate], *refIds, *personIds, *organizationIds';

const THREADS_V3 =
  '&id, [ownerId+lastDate], [ownerId+linked+lastDate], [ownerId+visibility+lastDate], [visibility+linked+lastDate], ' +
  '[subjectKey+lastDate], [linkKey+lastDate], *refIds, *personKeys, *organizationKeys';

/**
 * v2 added thread-level search words (`words` on each thread). v2 → v3 replaces them with one
 * messageWords row per message, so that nothing has to rewrite a thread's whole word list when
 * a message joins it: the v2 step is a no-op now, the v3 step builds the rows and drops the
 * field. (A database at v1 goes through both in one upgrade.)
 */
async function noThreadWords(): Promise<void> {}

interface StoredMessage {
  id: string;
  threadId: string;
  date: number;
  subject: string;
  text: string;
  from: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
}

/** v3: search words per message; threads lose `words` and gain personKeys (middleware). */
async function wordsPerMessage(tx: Transaction): Promise<void> {
  // page by primary key: a large mailbox's messages never sit in memory at once
  const messages = tx.table<StoredMessage, string>('messages');
  for (let after: string | undefined; ; ) {
    const page = await (after === undefined ? messages.orderBy(':id') : messages.where(':id').above(after)).limit(1000).toArray();
    if (page.length === 0) break;
    await tx.table('messageWords').bulkPut(page.map((m) => ({ date: m.date, threadId: m.threadId, id: m.id, words: messageWords(m) })));
    after = page[page.length - 1]?.id;
  }
  await tx
    .table('threads')
    .toCollection()
    .modify((thread: { words?: string[] }) => {
      delete thread.words;
    });
}

interface V3WordRow {
  date: number;
  threadId: string;
  id: string;
  words: string[];
}

/**
 * v4: word rows get a short key (records.ts WordRow says why). IndexedDB cannot change a table's
 * key, so the rows move to new tables: all of them into the queue, which takes no index, so the
 * upgrade is quick; the word indexer then builds the index in the background, as after a first
 * sync (search reads the newest queued messages directly meanwhile).
 */
async function shortWordKeys(tx: Transaction): Promise<void> {
  const queue = tx.table('wordQueue');
  for (const name of ['messageWords', 'wordsPending']) {
    const old = tx.table<V3WordRow, [number, string, string]>(name);
    for (let after: [number, string, string] | undefined; ; ) {
      const page = await (after === undefined ? old.orderBy(':id') : old.where(':id').above(after)).limit(1000).toArray();
      const last = page[page.length - 1];
      if (last === undefined) break;
      await queue.bulkPut(page.map((row) => ({ ...row, n: idHash(row.id) })));
      after = [last.date, last.threadId, last.id];
    }
  }
  // the indexer's mark was a v3 key and said how far the old tables were indexed
  await tx.table('settings').delete('wordsIndexedThrough');
}

/**
 * v5: the threads there are, counted once into `threadCounts`; the middleware keeps the counts
 * from here on. Read a page at a time by primary key, like the v3 step.
 */
async function countThreads(tx: Transaction): Promise<void> {
  const counters = new Counters();
  const threads = tx.table<{ id: string }, string>('threads');
  for (let after: string | undefined; ; ) {
    const page = await (after === undefined ? threads.orderBy(':id') : threads.where(':id').above(after)).limit(1000).toArray();
    const last = page[page.length - 1];
    if (last === undefined) break;
    for (const thread of page) counters.add(thread, 1);
    after = last.id;
  }
  await tx.table<ThreadCountRow>(THREAD_COUNTS).bulkPut(counters.takeChanged());
}

/**
 * v6: posting lists replace the multi-entry index over wordIndex (wordPostings.ts says why): the
 * rows indexed so far are read a page at a time and their words posted.
 */
async function postWords(tx: Transaction): Promise<void> {
  const rows = tx.table<WordRow, [number, number]>('wordIndex');
  const postings: PostingsTable = tx.table('wordPostings');
  for (let after: [number, number] | undefined; ; ) {
    const page = await (after === undefined ? rows.orderBy(':id') : rows.where(':id').above(after)).limit(2000).toArray();
    const last = page[page.length - 1];
    if (last === undefined) break;
    await addPostings(postings, postingsOf(page.map((row) => ({ date: row.date, n: row.n, words: queuedWords(row) }))));
    after = [last.date, last.n];
  }
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
    upgrade: noThreadWords,
  },
  {
    // v3: words per message (written once), and a person's / organization's threads by date.
    version: 3,
    stores: { threads: THREADS_V3, messageWords: '[date+threadId+id], *words', wordsPending: '[date+threadId+id]' },
    upgrade: wordsPerMessage,
  },
  {
    // v4: word rows with a short key [date, n], in new tables (a key cannot change in place).
    version: 4,
    stores: { messageWords: null, wordsPending: null, wordIndex: '[date+n], *words', wordQueue: '[date+n]' },
    upgrade: shortWordKeys,
  },
  {
    // v5: counts of threads per owner, link and visibility (the inbox's filter counts).
    version: 5,
    stores: { threadCounts: '[ownerId+linked+visibility]' },
    upgrade: countThreads,
  },
  {
    // v6: words' posting lists instead of a multi-entry index (search and the indexer read and write far fewer rows).
    version: 6,
    stores: { wordIndex: '[date+n]', wordPostings: '[word+k]' },
    upgrade: postWords,
  },
  {
    // v7: replication through the mail server (R8.3, docs/replication.md). New tables only: the
    // existing CRM becomes operations when replication first runs (store/replication/seed.ts).
    version: 7,
    stores: {
      replicaOps: '&id, [sent+id]',
      replicaState: '&key',
      replicaWaiting: '&id, from, missing',
      replicaSkipped: '&uid',
    },
  },
  {
    // v8: organizations by their mail domains (R4.3 beyond: a new person at a listed domain joins).
    version: 8,
    stores: { organizations: '&id, *nameKeys, *domains' },
  },
];
