/**
 * One thread in the list: who, subject, snippet, date, message count, linked item, private or
 * shared, and the authentication mark (R3.4). A click opens it, ctrl/cmd-click and shift-click
 * select (selection.ts), the checkbox selects, "Link item" appears on hover (R4.10).
 */
import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../../components/classNames';
import { LinkIcon } from '../../components/MailIcons';
import { useShortDate } from '../../components/useShortDate';
import type { ThreadRow } from '../../db/records';
import { AuthChip } from '../common/AuthMark';
import { LinkedItemChip } from './LinkedItemChip';
import { peopleLabel, peopleOf } from '../common/people';
import { gestureOf, type SelectGesture } from './selection';
import { VisibilityChip } from '../common/VisibilityChip';

export interface InboxRowProps {
  thread: ThreadRow;
  /** 1-based, for aria-rowindex */
  position: number;
  domId: string;
  active: boolean;
  open: boolean;
  checked: boolean;
  top: number;
  height: number;
  onOpen(id: string): void;
  onSelect(id: string, gesture: SelectGesture): void;
  onLinkItem(id: string): void;
}

export const InboxRow = memo(function InboxRow(props: InboxRowProps) {
  const { thread, position, domId, active, open, checked, top, height, onOpen, onSelect, onLinkItem } = props;
  const { t } = useTranslation();
  const shortDate = useShortDate();
  const people = peopleLabel(peopleOf(thread));
  const subject = thread.subject.trim() || t('inbox.row.noSubject');

  const click = (event: MouseEvent) => {
    const gesture = gestureOf(event);
    if (gesture) onSelect(thread.id, gesture);
    else onOpen(thread.id);
  };

  return (
    <div
      role="row"
      id={domId}
      aria-rowindex={position}
      aria-selected={checked}
      aria-current={open ? 'true' : undefined}
      className={cx('inbox-row', active && 'is-active', open && 'is-open', checked && 'is-checked')}
      style={{ transform: `translateY(${top}px)`, height }}
      data-thread-id={thread.id}
      data-testid="inbox-row"
      onClick={click}
      // shift-click selects a range, not the text under the pointer
      onMouseDown={(event) => event.shiftKey && event.preventDefault()}
    >
      <div role="gridcell" className="inbox-row-check">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={checked}
          aria-label={t('inbox.row.select', { subject })}
          onClick={(event) => {
            event.stopPropagation();
            onSelect(thread.id, event.shiftKey ? 'range' : 'toggle');
          }}
          onChange={() => undefined}
        />
      </div>
      <div role="gridcell" className="inbox-row-main">
        <div className="inbox-row-top">
          <span className="inbox-row-people">
            {people.names}
            {people.more > 0 && <span className="inbox-row-more"> {t('inbox.row.morePeople', { count: people.more })}</span>}
          </span>
          <time className="inbox-row-date" dateTime={new Date(thread.lastDate).toISOString()}>
            {shortDate(thread.lastDate)}
          </time>
        </div>
        <div className="inbox-row-subject">
          <span className="inbox-row-subject-text">{subject}</span>
          {thread.messageCount > 1 && (
            <span className="inbox-row-count" title={t('inbox.row.messages', { count: thread.messageCount })}>
              <span aria-hidden="true">{thread.messageCount}</span>
              <span className="visually-hidden">{t('inbox.row.messages', { count: thread.messageCount })}</span>
            </span>
          )}
        </div>
        <div className="inbox-row-snippet">{thread.snippet}</div>
        <div className="inbox-row-meta">
          <LinkedItemChip link={thread.link} />
          <VisibilityChip visibility={thread.visibility} compact />
          <AuthChip verdict={thread.auth} />
        </div>
      </div>
      <div role="gridcell" className="inbox-row-actions">
        <button
          type="button"
          tabIndex={-1}
          className="inbox-row-link"
          onClick={(event) => {
            event.stopPropagation();
            onLinkItem(thread.id);
          }}
        >
          <LinkIcon />
          {thread.link ? t('inbox.row.changeLink') : t('inbox.row.linkItem')}
        </button>
      </div>
    </div>
  );
});
