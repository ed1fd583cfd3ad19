/**
 * How far the word indexer has got: the greatest wordQueue key it has moved to wordIndex.
 * Search probes waiting rows only above it. Why: the indexer deletes waiting rows from the
 * oldest end, and IndexedDB (LevelDB) keeps deleted keys until it compacts, so an emptied queue
 * is still thousands of deleted entries long; a probe of "the newest waiting rows" over all of
 * them costs tens of milliseconds per search to find nothing. A store-internal row of the
 * settings table, not a user setting.
 */
import { z } from 'zod';
import type { BlindcopyDb } from '../../db/database';
import type { WordKey } from '../../db/records';

const KEY = 'wordsIndexedThrough';
const KeySchema = z.tuple([z.number(), z.number()]);

export async function wordsIndexedThrough(db: BlindcopyDb): Promise<WordKey | undefined> {
  const parsed = KeySchema.safeParse((await db.settings.get(KEY))?.value);
  return parsed.success ? parsed.data : undefined;
}

/** Moves the mark up to `key` (never down: rows captured with older dates are indexed below it). */
export async function markWordsIndexedThrough(db: BlindcopyDb, key: WordKey): Promise<void> {
  const current = await wordsIndexedThrough(db);
  if (current !== undefined && compareKeys(current, key) >= 0) return;
  await db.settings.put({ key: KEY, value: key });
}

function compareKeys(a: WordKey, b: WordKey): number {
  return a[0] - b[0] || a[1] - b[1];
}
