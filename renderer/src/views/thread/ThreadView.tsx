/**
 * The open thread (R10.1): its messages oldest first, as a conversation reads. Long threads
 * show the last message open and the earlier ones as one line each, opened on demand. Reply,
 * Reply all and Forward (R10.5) in the title bar and under each message; r, a, f answer the
 * latest message.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { useHidden } from '../../state/undo';
import { Button } from '../../components/Button';
import type { MessageRow } from '../../db/records';
import { MessageCard } from './MessageCard';
import { ThreadHeader } from './ThreadHeader';
import { useAnswerKeys } from './useAnswerKeys';
import '../../styles/thread.css';

/** up to this many messages, all are open */
const OPEN_ALL_UP_TO = 3;

function defaultOpen(messages: readonly MessageRow[], id: string): boolean {
  return messages.length <= OPEN_ALL_UP_TO || messages[messages.length - 1]?.id === id;
}

export function ThreadView({ threadId, onClose }: { threadId: string; onClose(): void }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const titleId = useId();
  const thread = useLiveQuery(async () => (await store.queries.thread(threadId)) ?? null, [store, threadId]);
  const hidden = useHidden();
  // a message whose delete waits for the undo toast (state/undo.ts) is gone already for the user
  const messages = useLiveQuery(() => store.queries.messagesOfThread(threadId), [store, threadId])?.filter((m) => !hidden('message', m.id));
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const latest = messages?.[messages.length - 1];
  useAnswerKeys(threadId, thread ? latest?.id : undefined);

  if (thread === undefined || messages === undefined) {
    return <section className="thread-view" aria-busy="true" />;
  }
  if (thread === null) {
    return (
      <section className="thread-view thread-gone" data-testid="thread-gone">
        <p>{t('thread.gone')}</p>
        <Button onClick={onClose}>{t('thread.closeThread')}</Button>
      </section>
    );
  }

  const toggle = (id: string) =>
    setToggled((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section className="thread-view" aria-labelledby={titleId} data-testid="thread-view" data-thread-id={thread.id}>
      <ThreadHeader thread={thread} titleId={titleId} onClose={onClose} latestMessageId={latest?.id} />
      <ol className="message-list">
        {messages.map((message) => (
          <li key={message.id}>
            <MessageCard
              message={message}
              expanded={defaultOpen(messages, message.id) !== toggled.has(message.id)}
              onToggle={() => toggle(message.id)}
              onlyOne={messages.length === 1}
              onThreadGone={onClose}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
