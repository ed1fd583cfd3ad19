/** Radio buttons in a fieldset: one choice of a few, each with an optional explanation. */
import { useId, type ReactNode } from 'react';
import { cx } from './classNames';
import '../styles/components.css';

export interface Choice<V extends string> {
  value: V;
  label: string;
  description?: ReactNode;
}

export interface ChoiceGroupProps<V extends string> {
  legend: string;
  /** said once for the whole group, under the legend */
  hint?: ReactNode;
  choices: readonly Choice<V>[];
  value: V;
  onChange(value: V): void;
  disabled?: boolean;
  className?: string;
  /** side by side instead of one under the other */
  inline?: boolean;
}

export function ChoiceGroup<V extends string>({ legend, hint, choices, value, onChange, disabled, className, inline }: ChoiceGroupProps<V>) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className={cx('choices', inline && 'choices-inline', className)} disabled={disabled} aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {choices.map((c) => {
        const id = `${name}-${c.value}`;
        return (
          <div key={c.value} className={cx('choice', c.value === value && 'is-checked')}>
            <input
              type="radio"
              id={id}
              name={name}
              value={c.value}
              checked={c.value === value}
              onChange={() => onChange(c.value)}
              aria-describedby={c.description ? `${id}-d` : undefined}
            />
            <label htmlFor={id}>
              <span className="choice-label">{c.label}</span>
              {c.description && (
                <span id={`${id}-d`} className="choice-description">
                  {c.description}
                </span>
              )}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
