/**
 * An on/off switch for a setting that takes effect at once (no Save). A button with
 * role="switch", so assistive technology hears its name and whether it is on.
 */
import type { ReactNode } from 'react';
import { cx } from './classNames';
import '../styles/components.css';
import './controls.css';

export interface SwitchProps {
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  /** the change is being saved: clicks are ignored meanwhile */
  busy?: boolean;
  /** ids of elements that describe the switch (e.g. what it belongs to) */
  describedBy?: string;
  /** a fuller name than the visible label, for screen readers */
  ariaLabel?: string;
  className?: string;
  testId?: string;
}

export function Switch({ label, checked, onChange, disabled, busy, describedBy, ariaLabel, className, testId }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      aria-busy={busy || undefined}
      disabled={disabled}
      className={cx('switch', checked && 'is-on', className)}
      data-testid={testId}
      onClick={() => {
        if (!busy) onChange(!checked);
      }}
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      <span className="switch-label">{label}</span>
    </button>
  );
}
