/** A labelled text input with an optional hint and error (announced with the input). */
import type { InputHTMLAttributes, ReactNode } from 'react';
import { cx } from './classNames';
import { FieldNotes } from './FieldNotes';
import { useDescribedBy } from './useDescribedBy';
import '../styles/components.css';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> {
  label: string;
  hint?: ReactNode;
  error?: ReactNode;
}

export function Field({ label, hint, error, className, ...input }: FieldProps) {
  const { id, hintId, errorId, describedBy } = useDescribedBy(hint, error);
  return (
    <div className={cx('field', className)}>
      <label htmlFor={id}>{label}</label>
      <input type="text" {...input} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
