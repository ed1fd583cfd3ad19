/** UID lists as IMAP sequence sets, and the arithmetic the engine does on them. */

/** Ascending, distinct UIDs → "1:5,7,9:12" (short commands, however many UIDs a chunk has). */
export function toSequenceSet(uids: readonly number[]): string {
  const sorted = [...new Set(uids)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start: number | undefined;
  let prev = 0;
  for (const uid of sorted) {
    if (start !== undefined && uid === prev + 1) {
      prev = uid;
      continue;
    }
    if (start !== undefined) ranges.push(start === prev ? String(start) : `${start}:${prev}`);
    start = uid;
    prev = uid;
  }
  if (start !== undefined) ranges.push(start === prev ? String(start) : `${start}:${prev}`);
  return ranges.join(',');
}

export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
