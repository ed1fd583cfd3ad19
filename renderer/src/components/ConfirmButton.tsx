/**
 * A button for an action that cannot be taken back (delete): the first click asks, in words,
 * next to the button; only the second, explicit click acts. Escape or Cancel steps back.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button, type ButtonProps } from './Button';
import { cx } from './classNames';
import '../styles/components.css';
import './controls.css';

export interface ConfirmButtonProps {
  /** the button, e.g. "Delete deal" */
  label: ReactNode;
  /** what will happen, asked before acting */
  question: ReactNode;
  /** the button that acts, e.g. "Delete" */
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void | Promise<void>;
  busy?: boolean;
  variant?: ButtonProps['variant'];
  className?: string;
}

export function ConfirmButton({ label, question, confirmLabel, cancelLabel, onConfirm, busy, variant = 'secondary', className }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const boxRef = useRef<HTMLSpanElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);

  // Asking: focus goes to Cancel (the safe choice). Stepping back: to the button again.
  useEffect(() => {
    const buttons = boxRef.current?.querySelectorAll('button');
    if (asking) buttons?.[buttons.length - 1]?.focus();
    else if (returnFocus) buttons?.[0]?.focus();
  }, [asking, returnFocus]);

  const stepBack = () => {
    setAsking(false);
    setReturnFocus(true);
  };

  if (!asking) {
    return (
      <span ref={boxRef} className="confirm-opener">
        <Button variant={variant} className={className} onClick={() => setAsking(true)}>
          {label}
        </Button>
      </span>
    );
  }
  return (
    <span
      ref={boxRef}
      className={cx('confirm', className)}
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') stepBack();
      }}
    >
      <span id={questionId} className="confirm-question">
        {question}
      </span>
      <span className="actions">
        <Button variant="primary" className="btn-danger" busy={busy} onClick={() => void onConfirm()}>
          {confirmLabel}
        </Button>
        <Button onClick={stepBack}>{cancelLabel}</Button>
      </span>
    </span>
  );
}
