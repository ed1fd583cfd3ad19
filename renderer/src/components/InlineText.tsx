/**
 * A value edited where it is shown: the value with an Edit button; in edit mode a labelled
 * input with Save and Cancel (Enter saves, Escape cancels). The words come from the caller, so
 * the component carries no feature's strings. Focus returns to Edit after saving or cancelling.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from './Button';
import { cx } from './classNames';
import { Field } from './Field';
import '../styles/components.css';
import './controls.css';

export interface InlineTextWords {
  /** the input's label, e.g. "Title" */
  label: string;
  /** the Edit button's accessible name, e.g. "Edit the title" */
  edit: string;
  /** visible text of the Edit button */
  editText: string;
  save: string;
  cancel: string;
  /** said when `required` and the input is empty */
  required?: string;
}

export interface InlineTextProps {
  value: string;
  words: InlineTextWords;
  onSave(value: string): Promise<void>;
  /** how the value is shown (default: the value itself) */
  children?: ReactNode;
  required?: boolean;
  /** an error from saving, in words */
  error?: ReactNode;
  inputMode?: 'text' | 'decimal' | 'email';
  className?: string;
  testId?: string;
}

export function InlineText({ value, words, onSave, children, required, error, inputMode, className, testId }: InlineTextProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [saving, setSaving] = useState(false);
  const [missing, setMissing] = useState(false);
  const [refocus, setRefocus] = useState(false);
  const editRef = useRef<HTMLSpanElement>(null);
  const inputBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (editing) inputBox.current?.querySelector('input')?.focus();
    else if (refocus) editRef.current?.querySelector('button')?.focus();
  }, [editing, refocus]);

  const start = () => {
    setDraft(value);
    setMissing(false);
    setEditing(true);
  };
  const stop = () => {
    setEditing(false);
    setRefocus(true);
  };
  const save = async () => {
    const next = draft.trim();
    if (required && next === '') {
      setMissing(true);
      return;
    }
    if (next === value) return stop();
    setSaving(true);
    try {
      await onSave(next);
      stop();
    } catch {
      // handled: the caller shows the error (prop `error`); stay in edit mode so nothing typed is lost
    } finally {
      setSaving(false);
    }
  };

  if (!editing) {
    return (
      <div className={cx('inline-text', className)} data-testid={testId}>
        <div className="inline-text-value">{children ?? value}</div>
        <span ref={editRef}>
          <Button variant="quiet" className="inline-edit" aria-label={words.edit} onClick={start}>
            {words.editText}
          </Button>
        </span>
      </div>
    );
  }
  return (
    <div
      ref={inputBox}
      className={cx('inline-text is-editing', className)}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          stop();
        }
      }}
    >
      <Field
        label={words.label}
        value={draft}
        inputMode={inputMode}
        onChange={(e) => {
          setDraft(e.target.value);
          setMissing(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void save();
          }
        }}
        error={missing ? words.required : error}
      />
      <div className="actions">
        <Button variant="primary" busy={saving} onClick={() => void save()}>
          {words.save}
        </Button>
        <Button onClick={stop}>{words.cancel}</Button>
      </div>
    </div>
  );
}
