/**
 * A compact list of conversations for a record's page: subject (opens the conversation), the
 * people in it, how many messages, the date of the newest, and whatever the page adds per row
 * (why it is linked, where it is linked, a privacy switch, unlink).
 */
import { useId, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useFormat } from '../../components/useFormat';
import type { ThreadRow } from '../../db/records';
import { openThread } from './itemsNav';
import { Loading } from './Loading';
import { threadPeople } from './threadPeople';
import type { ThreadPages } from './useThreadPages';

export interface ThreadListProps {
  threads: readonly ThreadRow[];
  /** the list's accessible name */
  label: string;
  empty: ReactNode;
  /** a line under the people, e.g. why the thread is linked */
  details?(thread: ThreadRow): ReactNode;
  /** controls at the end of the row; `subjectId` names the row for them */
  actions?(thread: ThreadRow, subjectId: string): ReactNode;
  testId?: string;
  /** older conversations exist: a button below the list shows them */
  more?: { label: string; onMore(): void };
}

/** The heading's count: exact when every conversation is shown, "50+" while older ones wait. */
export function threadCount(t: TFunction, format: ReturnType<typeof useFormat>, shown: number, more: boolean): string {
  return more ? t('items.email.countMore', { count: shown }) : format.number(shown);
}

/** The count beside a section's heading, once the first page is in. */
export function ThreadCount({ pages }: { pages: ThreadPages }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (pages.threads === undefined) return null;
  return <span className="rec-count">{threadCount(t, format, pages.threads.length, pages.more)}</span>;
}

/** A record's conversations a page at a time: "Loading" until the first page is in, then the list with "Show older conversations". */
export function PagedThreadList({ pages, ...list }: { pages: ThreadPages } & Omit<ThreadListProps, 'threads' | 'more'>) {
  const { t } = useTranslation();
  if (pages.threads === undefined) return <Loading />;
  return <ThreadList {...list} threads={pages.threads} more={pages.more ? { label: t('items.email.showMore'), onMore: pages.showMore } : undefined} />;
}

export function ThreadList({ threads, label, empty, details, actions, testId, more }: ThreadListProps) {
  if (threads.length === 0) return <p className="empty-state rec-threads-empty">{empty}</p>;
  return (
    <>
      <ThreadRows threads={threads} label={label} details={details} actions={actions} testId={testId} />
      {more && (
        <Button className="rec-more" onClick={more.onMore}>
          {more.label}
        </Button>
      )}
    </>
  );
}

function ThreadRows({ threads, label, details, actions, testId }: Omit<ThreadListProps, 'empty' | 'more'>) {
  return (
    <ul className="rec-threads" aria-label={label} data-testid={testId}>
      {threads.map((thread) => (
        <ThreadListRow key={thread.id} thread={thread} details={details} actions={actions} />
      ))}
    </ul>
  );
}

function ThreadListRow({ thread, details, actions }: { thread: ThreadRow } & Pick<ThreadListProps, 'details' | 'actions'>) {
  const { t } = useTranslation();
  const format = useFormat();
  const subjectId = useId();
  const { names, more } = threadPeople(thread);
  const people = more > 0 ? t('items.thread.peopleMore', { names: names.join(', '), count: more }) : names.join(', ');
  return (
    <li className="rec-thread" data-testid="thread-row" aria-labelledby={subjectId}>
      <div className="rec-thread-main">
        <button type="button" id={subjectId} className="rec-link rec-thread-subject" onClick={() => openThread(thread.id)}>
          {thread.subject.trim() || t('items.thread.noSubject')}
        </button>
        <div className="rec-thread-meta">
          <span className="rec-thread-people">{people}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('items.thread.messages', { count: thread.messageCount })}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={new Date(thread.lastDate).toISOString()}>{format.dateTime(thread.lastDate)}</time>
        </div>
        {details && <div className="rec-thread-details">{details(thread)}</div>}
      </div>
      {actions && <div className="rec-thread-actions">{actions(thread, subjectId)}</div>}
    </li>
  );
}
