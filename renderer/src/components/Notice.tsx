/**
 * A message in a box: what happened and what to do. Errors that appear after an action are
 * announced (role alert); other notices are polite (role status) or silent.
 */
import type { ReactNode } from 'react';
import { cx } from './classNames';
import '../styles/components.css';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export interface NoticeProps {
  tone: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  /** alert: announced at once; status: announced politely; none: not announced */
  announce?: 'alert' | 'status' | 'none';
  className?: string;
  testId?: string;
}

export function Notice({ tone, title, children, announce = 'none', className, testId }: NoticeProps) {
  return (
    <div className={cx('notice', `notice-${tone}`, className)} role={announce === 'none' ? undefined : announce} data-testid={testId}>
      {title && <p className="notice-title">{title}</p>}
      {children}
    </div>
  );
}
