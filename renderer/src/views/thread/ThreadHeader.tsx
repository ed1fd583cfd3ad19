/** The open thread's title bar: subject, who and how many, its state, answer (R10.5), close and delete. */
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { CloseIcon } from '../../components/MailIcons';
import type { ThreadRow } from '../../db/records';
import { peopleOf } from '../common/people';
import { VisibilityChip } from '../common/VisibilityChip';
import { AuthChip } from '../common/AuthMark';
import { AnswerActions } from './AnswerActions';
import { useDeleteWithUndo } from '../common/undoableActions';
import { DeleteButton } from './DeleteButton';

export interface ThreadHeaderProps {
  thread: ThreadRow;
  titleId: string;
  onClose(): void;
  /** the message Reply / Reply all / Forward of the title bar answer */
  latestMessageId: string | undefined;
}

export function ThreadHeader({ thread, titleId, onClose, latestMessageId }: ThreadHeaderProps) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const deleteWithUndo = useDeleteWithUndo();
  const subject = thread.subject.trim() || t('inbox.row.noSubject');
  // R3.7 the delete (and its tombstone) waits for the undo toast to end (state/undo.ts)
  const remove = () => Promise.resolve(deleteWithUndo('thread', thread.id, () => store.deleteThread(thread.id)));
  return (
    <header className="thread-header">
      <div className="thread-title-row">
        <h2 id={titleId} className="thread-title" tabIndex={-1}>
          {subject}
        </h2>
        <DeleteButton what="thread" name={subject} onDelete={remove} onDeleted={onClose} iconOnly />
        <button type="button" className="icon-button thread-close" onClick={onClose} aria-label={t('thread.closeThread')} title={t('thread.closeThread')} aria-keyshortcuts="Escape">
          <CloseIcon />
        </button>
      </div>
      <div className="thread-meta">
        <span>{t('inbox.row.messages', { count: thread.messageCount })}</span>
        <span aria-hidden="true">·</span>
        <span className="thread-people">{peopleOf(thread).join(', ')}</span>
        <VisibilityChip visibility={thread.visibility} />
        <AuthChip verdict={thread.auth} />
      </div>
      {latestMessageId !== undefined && (
        <AnswerActions threadId={thread.id} messageRowId={latestMessageId} label={t('thread.answer.threadGroup')} withKeys testId="thread-answer" />
      )}
    </header>
  );
}
