/** A short state word with a colour and a symbol, so the state never rests on colour alone. */
import type { ReactNode } from 'react';
import { cx } from './classNames';
import '../styles/components.css';

export type StatusTone = 'ok' | 'error' | 'warning' | 'neutral' | 'busy';

const SYMBOLS: Record<StatusTone, string> = { ok: '✓', error: '✕', warning: '!', neutral: '•', busy: '' };

export function StatusBadge({ tone, children, className }: { tone: StatusTone; children: ReactNode; className?: string }) {
  return (
    <span className={cx('badge', `badge-${tone}`, className)}>
      {tone === 'busy' ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">{SYMBOLS[tone]}</span>}
      {children}
    </span>
  );
}
