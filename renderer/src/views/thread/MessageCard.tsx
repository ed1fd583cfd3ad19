/**
 * One message of a thread: its author (for a forwarded reply the customer who wrote it, with a
 * note that the user forwarded it, R3.2), recipients, date, authentication state (R3.4), body,
 * attachments, Reply / Reply all / Forward (R10.5) and "Delete message" (R3.7). Collapsed, it
 * is one line that opens it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mailbox } from '../../../../shared/domain/mail';
import { ForwardIcon } from '../../components/MailIcons';
import { useFormat } from '../../components/useFormat';
import type { MessageRow } from '../../db/records';
import { useCrmStore } from '../../session/sessionContext';
import { displayName } from '../common/people';
import { hiddenKey, useDeleteWithUndo } from '../common/undoableActions';
import { AnswerActions } from './AnswerActions';
import { AttachmentList } from './AttachmentList';
import { AuthState } from '../common/AuthMark';
import { DeleteButton } from './DeleteButton';
import { HtmlBody } from './HtmlBody';
import { PlainTextBody } from './PlainTextBody';

function Recipients({ label, list }: { label: string; list: readonly Mailbox[] }) {
  if (list.length === 0) return null;
  return (
    <div className="message-recipients">
      <span className="message-recipients-label">{label}</span>
      <span>{list.map((m) => (m.name ? `${m.name} <${m.address}>` : m.address)).join(', ')}</span>
    </div>
  );
}

export interface MessageCardProps {
  message: MessageRow;
  expanded: boolean;
  onToggle(): void;
  /** the last message: deleting it deletes the thread */
  onlyOne: boolean;
  onThreadGone(): void;
}

export function MessageCard({ message, expanded, onToggle, onlyOne, onThreadGone }: MessageCardProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const store = useCrmStore();
  const deleteWithUndo = useDeleteWithUndo();
  const id = useId();
  const author = displayName(message.from);

  if (!expanded) {
    return (
      <article className="message is-collapsed" aria-labelledby={`${id}-from`} data-testid="message">
        <button type="button" className="message-summary" aria-expanded={false} onClick={onToggle}>
          <span id={`${id}-from`} className="message-from">
            {author}
          </span>
          <span className="message-summary-text">{message.text.replace(/\s+/g, ' ').slice(0, 160)}</span>
          <time dateTime={new Date(message.date).toISOString()}>{dateTime(message.date)}</time>
        </button>
      </article>
    );
  }

  return (
    <article className="message" aria-labelledby={`${id}-from`} data-testid="message" data-message-id={message.id}>
      <header className="message-header">
        <button type="button" className="message-author" aria-expanded={true} onClick={onToggle} title={t('thread.message.collapse')}>
          <span id={`${id}-from`} className="message-from">
            {author}
          </span>
          {message.from.name && <span className="message-address">{message.from.address}</span>}
        </button>
        <time className="message-date" dateTime={new Date(message.date).toISOString()}>
          {dateTime(message.date)}
        </time>
      </header>
      {message.forwardedBy && (
        <p className="message-forwarded" data-testid="forwarded-note">
          <ForwardIcon />
          {t('thread.message.forwardedByYou', { author, address: message.forwardedBy.address })}
        </p>
      )}
      <Recipients label={t('thread.message.to')} list={message.to} />
      <Recipients label={t('thread.message.cc')} list={message.cc} />
      <AuthState auth={message.auth} />
      <div className="message-body">
        {message.html ? <HtmlBody html={message.html} title={message.subject} /> : <PlainTextBody text={message.text} />}
      </div>
      <AttachmentList message={message} />
      <footer className="message-footer">
        <AnswerActions threadId={message.threadId} messageRowId={message.id} label={t('thread.answer.messageGroup')} testId="message-answer" />
        <DeleteButton
          what="message"
          name={t('thread.delete.message.name', { author, date: dateTime(message.date) })}
          onDelete={async () => {
            // R3.7 the delete (and its tombstone) waits for the undo toast to end (state/undo.ts)
            deleteWithUndo('message', message.id, () => store.deleteMessage(message.id), onlyOne ? [hiddenKey('thread', message.threadId)] : []);
            if (onlyOne) onThreadGone();
          }}
        />
      </footer>
    </article>
  );
}
