/** What a list row says about a record's mail: how many conversations, and the newest activity. */
import type { ThreadRow } from '../../db/records';

export interface MailSummary {
  threadCount: number;
  /** epoch ms: the newest message, or the record's own last change when newer */
  lastActivity: number;
}

export function mailSummary(threads: readonly ThreadRow[], updatedAt: number): MailSummary {
  const newest = threads.reduce((max, t) => Math.max(max, t.lastDate), 0);
  return { threadCount: threads.length, lastActivity: Math.max(newest, updatedAt) };
}
