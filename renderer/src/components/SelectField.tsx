/** A labelled drop-down list. */
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { cx } from './classNames';
import { FieldNotes } from './FieldNotes';
import { useDescribedBy } from './useDescribedBy';
import '../styles/components.css';

export interface SelectOption {
  value: string;
  label: string;
  /** the language of the label, when it is not the interface's (e.g. "Deutsch") */
  lang?: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children' | 'onChange'> {
  label: string;
  options: readonly SelectOption[];
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: ReactNode;
}

export function SelectField({ label, options, value, onChange, hint, error, className, ...select }: SelectFieldProps) {
  const { id, hintId, errorId, describedBy } = useDescribedBy(hint, error);
  return (
    <div className={cx('field', className)}>
      <label htmlFor={id}>{label}</label>
      <select {...select} id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
