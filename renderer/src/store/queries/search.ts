/**
 * Search over threads by words of subject, participants and text (the multi-entry `words`
 * index, filled with shared/text/searchWords). Every word must match; the last one is a prefix
 * while it is being typed ("jane ro" finds "Jane Roe"). Each term is answered by the index as a
 * set of primary keys (no rows read), the sets are intersected, and only the survivors are read,
 * checked for visibility (R5.1) and sorted newest first. When even the rarest term matches very
 * many threads, the inbox's own index ranges are walked newest first instead (DENSE_MATCHES).
 */
import type { Viewer } from '../../../../shared/rules/permissions';
import type { BlindcopyDb } from '../../db/database';
import { foldText } from '../../db/derivedFields';
import type { ThreadRow } from '../../db/records';
import { byNewest, visibleThreads } from './access';
import { inboxStreams, readStream } from './inbox';

/** searchWords indexes words of two characters or more; shorter whole words cannot match. */
const MIN_WORD_LENGTH = 2;

export interface SearchTerms {
  words: string[];
  prefix?: string;
}

/** What to look for: folded like the index, split like the index, the unfinished last word a prefix. */
export function searchTerms(query: string): SearchTerms {
  const folded = foldText(query);
  const tokens = folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
  // a separator after the last word (even a trailing space) means it is finished
  const typing = /[\p{L}\p{N}]\p{M}*$/u.test(query);
  const prefix = typing ? tokens.pop() : undefined;
  const words = [...new Set(tokens.filter((t) => t.length >= MIN_WORD_LENGTH))].filter((w) => w !== prefix);
  return prefix === undefined ? { words } : { words, prefix };
}

export interface SearchRequest {
  query: string;
  /** 1..500, 50 by default */
  limit?: number;
}

/**
 * Above this many candidates (a very common word, a one-letter prefix) reading every match to
 * sort it costs more than walking the inbox newest first and testing each row's words: matches
 * are then dense, so `limit` of them turn up early.
 */
export const DENSE_MATCHES = 2000;

function matchesTerms(thread: ThreadRow, { words, prefix }: SearchTerms): boolean {
  const held = new Set(thread.words);
  return words.every((w) => held.has(w)) && (prefix === undefined || thread.words.some((w) => w.startsWith(prefix)));
}

export async function searchThreads(
  db: BlindcopyDb,
  viewer: Viewer,
  request: SearchRequest,
  denseAbove = DENSE_MATCHES,
): Promise<ThreadRow[]> {
  const terms = searchTerms(request.query);
  const { words, prefix } = terms;
  if (words.length === 0 && prefix === undefined) return [];
  const limit = Math.min(Math.max(1, Math.floor(request.limit ?? 50)), 500);

  const keySets = await Promise.all([
    ...words.map((w) => db.threads.where('words').equals(w).primaryKeys()),
    ...(prefix === undefined ? [] : [db.threads.where('words').startsWith(prefix).primaryKeys()]),
  ]);
  const [smallest, ...others] = keySets.map((keys) => new Set(keys)).sort((a, b) => a.size - b.size);
  if (!smallest) return [];

  if (smallest.size > denseAbove) {
    const streams = inboxStreams(viewer, { kind: 'all' }).map((s) => ({ ...s, keep: (t: ThreadRow) => (s.keep?.(t) ?? true) && matchesTerms(t, terms) }));
    const found = await Promise.all(streams.map((s) => readStream(db, viewer, s, undefined, limit)));
    return found.flat().sort(byNewest).slice(0, limit);
  }

  const ids = [...smallest].filter((id) => others.every((set) => set.has(id)));
  const rows = (await db.threads.bulkGet(ids)).filter((t): t is ThreadRow => t !== undefined);
  return (await visibleThreads(db, viewer, rows)).sort(byNewest).slice(0, limit);
}
