/**
 * The word indexer's step: rows waiting in `wordsPending` move to `messageWords`, where the
 * multi-entry index takes their words. One transaction per step, so a step is all or nothing and
 * capture can commit between steps; the rows are read in one request and deleted as one range.
 */
import type { StoreContext } from '../context';
import { markWordsIndexedThrough } from './indexedThrough';

/** Messages per step: a few hundred keep one step short, so capture never waits long behind it. */
export const WORDS_STEP = 300;

/** Indexes up to `max` waiting messages; answers how many it took off the queue (0: none left). */
export async function indexPendingWords(ctx: StoreContext, max = WORDS_STEP): Promise<number> {
  const { db } = ctx;
  return db.transaction('rw', [db.wordsPending, db.messageWords, db.settings], async () => {
    const rows = await db.wordsPending.limit(max).toArray();
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (first === undefined || last === undefined) return 0;
    await db.messageWords.bulkPut(rows);
    await db.wordsPending
      .where(':id')
      .between([first.date, first.threadId, first.id], [last.date, last.threadId, last.id], true, true)
      .delete();
    await markWordsIndexedThrough(db, [last.date, last.threadId, last.id]);
    return rows.length;
  });
}

export function pendingWordsCount(ctx: StoreContext): Promise<number> {
  return ctx.db.wordsPending.count();
}

