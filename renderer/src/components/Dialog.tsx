/**
 * A modal dialog on the native <dialog>: focus moves in and is trapped by the browser, Esc
 * closes (through onClose, so the owner decides), focus goes back where it was on close.
 * Render it only while open. The focus goes first to an element marked `data-autofocus`, else to
 * the first text field, else where the browser puts it (the close button).
 */
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { cx } from './classNames';
import { CloseIcon } from './MailIcons';
import './dialog.css';

/**
 * `box`: a small box in the middle of the window. `wide`: a large box almost as big as the window,
 * whose body fills it (the body's content scrolls itself, e.g. compose). `side`: a panel over the
 * whole height at the window's right edge (e.g. the outbox).
 */
export type DialogLayout = 'box' | 'wide' | 'side';

export interface DialogProps {
  title: ReactNode;
  /** the close button's name for screen readers, e.g. "Close" */
  closeLabel: string;
  onClose(): void;
  children: ReactNode;
  /** what the dialog is about, read after the title */
  description?: ReactNode;
  layout?: DialogLayout;
  className?: string;
  testId?: string;
}

export function Dialog({ title, closeLabel, onClose, children, description, layout = 'box', className, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closing = useRef(false);
  const id = useId();
  // a layout effect, so the clean-up closes the dialog while it is still in the document: only
  // then does the browser hand the focus back to what had it before
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('[data-autofocus], .dialog-body input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])')?.focus();
    return () => {
      closing.current = true;
      if (dialog?.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={cx('dialog', layout !== 'box' && `dialog-${layout}`, className)}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // the browser may still close it by itself (a second Esc in a row): the owner must know
      onClose={() => {
        if (!closing.current) onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="dialog-close" aria-label={closeLabel} onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      {description && (
        <p id={`${id}-description`} className="dialog-description">
          {description}
        </p>
      )}
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
