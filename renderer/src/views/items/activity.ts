/** What a list row says about a record's mail: how many conversations, and the newest activity. */
import type { InboxPage } from '../../store';

/** A list row reads at most this many conversations of its record; more reads as "99+". */
export const LIST_THREAD_CAP = 99;

export interface MailSummary {
  threadCount: number;
  /** more than threadCount conversations exist */
  moreThreads: boolean;
  /** epoch ms: the newest message, or the record's own last change when newer */
  lastActivity: number;
}

/** From the first page of the record's threads (newest first), asked with LIST_THREAD_CAP. */
export function mailSummary(page: InboxPage, updatedAt: number): MailSummary {
  const newest = page.threads[0]?.lastDate ?? 0;
  return { threadCount: page.threads.length, moreThreads: page.next !== undefined, lastActivity: Math.max(newest, updatedAt) };
}
