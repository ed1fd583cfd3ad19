/** A labelled checkbox with an optional explanation. */
import { useId, type ReactNode } from 'react';
import { cx } from './classNames';
import '../styles/components.css';

export interface CheckboxProps {
  label: string;
  description?: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  className?: string;
}

export function Checkbox({ label, description, checked, onChange, disabled, className }: CheckboxProps) {
  const id = useId();
  return (
    <div className={cx('checkbox', className)}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={description ? `${id}-d` : undefined}
      />
      <label htmlFor={id}>
        <span className="choice-label">{label}</span>
        {description && (
          <span id={`${id}-d`} className="choice-description">
            {description}
          </span>
        )}
      </label>
    </div>
  );
}
