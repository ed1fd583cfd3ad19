/**
 * The app's button. `busy` keeps it focusable (a disabled button would drop keyboard focus
 * mid-action) but ignores clicks and says so to assistive technology.
 */
import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { cx } from './classNames';
import '../styles/components.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'quiet';
  busy?: boolean;
}

export function Button({ variant = 'secondary', busy = false, className, type = 'button', onClick, children, ...rest }: ButtonProps) {
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) event.preventDefault();
    else onClick?.(event);
  };
  return (
    <button {...rest} type={type} className={cx('btn', `btn-${variant}`, busy && 'is-busy', className)} aria-disabled={busy || undefined} onClick={click}>
      {busy && <span className="spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
