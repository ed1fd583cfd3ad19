/**
 * Copies a text to the clipboard, says "Copied" next to the button for a moment, and when the
 * clipboard is refused, says how to copy by hand. The button's name stays the same, so screen
 * readers hear the outcome once, from the live region.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { cx } from './classNames';
import { CopyIcon } from './CopyIcon';
import '../styles/components.css';

export interface CopyButtonProps {
  text: string;
  /** the button's text; "Copy" when not given */
  label?: string;
  /** names what is copied, for screen readers (e.g. "Copy the BCC address") */
  ariaLabel?: string;
  /** called when the clipboard refused, e.g. to select the text for the user */
  onRefused?(): void;
  className?: string;
}

type CopyState = 'idle' | 'copied' | 'refused';
const FEEDBACK_MS = 2500;

export function CopyButton({ text, label, ariaLabel, onRefused, className }: CopyButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), FEEDBACK_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy(): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // handled: the clipboard refused: the button says how to copy by hand
      setState('refused');
      onRefused?.();
    }
  }

  return (
    <span className={cx('copy', className)}>
      <Button onClick={() => void copy()} aria-label={ariaLabel}>
        <CopyIcon />
        {label ?? t('common.copy.button')}
      </Button>
      <span role="status" className={cx('copy-feedback', state === 'refused' && 'is-refused')}>
        {state === 'copied' && (
          <>
            <span aria-hidden="true">✓ </span>
            {t('common.copy.copied')}
          </>
        )}
        {state === 'refused' && t('common.copy.refused')}
      </span>
    </span>
  );
}
