/**
 * R2.4 R10.5 Reply, Reply all and Forward: under each message (for that message) and in the
 * thread's title bar (for its latest message, also on the keys r, a, f). Each opens the docked
 * compose panel with the draft the shared rules prepare (recipients, Re:/Fwd:, the quote,
 * In-Reply-To and References, the thread's deal or lead for the CRM copy).
 */
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ForwardIcon, ReplyAllIcon, ReplyIcon } from '../../components/MailIcons';
import { openCompose, type ReplyMode } from '../../state/compose';

export const ANSWER_KEYS: Readonly<Record<string, ReplyMode>> = { r: 'reply', a: 'reply-all', f: 'forward' };

export function answer(threadId: string, messageRowId: string, mode: ReplyMode): void {
  openCompose({ replyTo: { threadId, messageRowId, mode } });
}

export interface AnswerActionsProps {
  threadId: string;
  messageRowId: string;
  /** names the group for screen readers: this message, or the conversation */
  label: string;
  /** the title bar's buttons announce their keys */
  withKeys?: boolean;
  testId: string;
}

export function AnswerActions({ threadId, messageRowId, label, withKeys, testId }: AnswerActionsProps) {
  const { t } = useTranslation();
  const buttons = [
    { mode: 'reply', key: 'R', icon: <ReplyIcon />, text: t('thread.answer.reply') },
    { mode: 'reply-all', key: 'A', icon: <ReplyAllIcon />, text: t('thread.answer.replyAll') },
    { mode: 'forward', key: 'F', icon: <ForwardIcon />, text: t('thread.answer.forward') },
  ] as const;
  return (
    <div className="answer-actions" role="group" aria-label={label} data-testid={testId}>
      {buttons.map((b) => (
        <Button
          key={b.mode}
          variant="quiet"
          className="btn-answer"
          onClick={() => answer(threadId, messageRowId, b.mode)}
          aria-keyshortcuts={withKeys ? b.key : undefined}
          title={withKeys ? `${b.text} (${b.key.toLowerCase()})` : undefined}
          data-answer={b.mode}
        >
          {b.icon}
          {b.text}
        </Button>
      ))}
    </div>
  );
}
