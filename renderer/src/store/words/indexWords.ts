/**
 * The word indexer's step: rows waiting in `wordQueue` move to `wordIndex`, where the
 * multi-entry index takes their words. One transaction per step, so a step is all or nothing and
 * capture can commit between steps; the rows are read in one request and deleted as one range.
 */
import type { StoreContext } from '../context';
import { queuedWords } from '../../db/derivedFields';
import { markWordsIndexedThrough } from './indexedThrough';

/** Messages per step: a few hundred keep one step short, so capture never waits long behind it. */
export const WORDS_STEP = 300;

/** Indexes up to `max` waiting messages; answers how many it took off the queue (0: none left). */
export async function indexPendingWords(ctx: StoreContext, max = WORDS_STEP): Promise<number> {
  const { db } = ctx;
  return db.transaction('rw', [db.wordQueue, db.wordIndex, db.settings], async () => {
    const rows = await db.wordQueue.limit(max).toArray();
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (first === undefined || last === undefined) return 0;
    await db.wordIndex.bulkPut(rows.map((row) => ({ ...row, words: queuedWords(row) })));
    await db.wordQueue.where(':id').between([first.date, first.n], [last.date, last.n], true, true).delete();
    await markWordsIndexedThrough(db, [last.date, last.n]);
    return rows.length;
  });
}

export function pendingWordsCount(ctx: StoreContext): Promise<number> {
  return ctx.db.wordQueue.count();
}

