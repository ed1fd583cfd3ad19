/**
 * The word indexer's step: rows waiting in `wordQueue` move to `wordIndex`, and their words go
 * into the posting lists (db/wordPostings). One transaction per step, so a step is all or nothing and
 * capture can commit between steps; the rows are read in one request and deleted as one range.
 */
import type { StoreContext } from '../context';
import type { BlindcopyDb } from '../../db/database';
import { queuedWords } from '../../db/derivedFields';
import type { WordRow } from '../../db/records';
import { markWordsIndexedThrough } from './indexedThrough';
import { addPostings, postingsOf } from '../../db/wordPostings';

/**
 * Messages per step: a step writes one posting row per distinct word it saw, so larger steps
 * write fewer rows per message; a step still stays well under a second, so capture never waits
 * long behind it.
 */
export const WORDS_STEP = 500;

/** Indexes rows in the caller's transaction (over wordIndex and wordPostings): rows stored, words posted. */
export async function indexWordRows(db: BlindcopyDb, rows: readonly WordRow[]): Promise<void> {
  await db.wordIndex.bulkPut([...rows]);
  await addPostings(db.wordPostings, postingsOf(rows.map((row) => ({ date: row.date, n: row.n, words: queuedWords(row) }))));
}

/** Indexes up to `max` waiting messages; answers how many it took off the queue (0: none left). */
export async function indexPendingWords(ctx: StoreContext, max = WORDS_STEP): Promise<number> {
  const { db } = ctx;
  return db.transaction('rw', [db.wordQueue, db.wordIndex, db.wordPostings, db.settings], async () => {
    const rows = await db.wordQueue.limit(max).toArray();
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (first === undefined || last === undefined) return 0;
    await indexWordRows(db, rows);
    await db.wordQueue.where(':id').between([first.date, first.n], [last.date, last.n], true, true).delete();
    await markWordsIndexedThrough(db, [last.date, last.n]);
    return rows.length;
  });
}

export function pendingWordsCount(ctx: StoreContext): Promise<number> {
  return ctx.db.wordQueue.count();
}
