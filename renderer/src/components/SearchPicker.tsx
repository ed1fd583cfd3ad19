/**
 * Find one thing by typing (an ARIA 1.2 combobox with a list box): the caller's `search` answers
 * each query; arrows move through the answers, Enter or a click picks one, Escape closes the list
 * (and, when it is already closed, cancels). An optional last choice can create what was typed.
 * The words come from the caller.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { cx } from './classNames';
import { FieldNotes } from './FieldNotes';
import '../styles/components.css';
import './controls.css';

export interface PickerExtra {
  label: string;
  onPick(): void;
}

export interface SearchPickerProps<T> {
  label: string;
  hint?: ReactNode;
  placeholder?: string;
  search(query: string): Promise<readonly T[]>;
  keyOf(item: T): string;
  labelOf(item: T): string;
  /** a second, quieter line for an answer (an address, a status) */
  describe?(item: T): string | undefined;
  onPick(item: T): void;
  /** said when a query found nothing */
  noResults(query: string): string;
  /** a last choice for the query, e.g. "Create organization “Acme”" */
  extra?(query: string): PickerExtra | undefined;
  /** Escape with the list closed */
  onCancel?(): void;
  autoFocus?: boolean;
  error?: ReactNode;
  className?: string;
  testId?: string;
}

type Answer<T> = { kind: 'item'; item: T } | { kind: 'extra'; extra: PickerExtra };

export function SearchPicker<T>(props: SearchPickerProps<T>) {
  const { label, hint, placeholder, keyOf, labelOf, describe, onPick, noResults, extra, onCancel, autoFocus, error, className, testId } = props;
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<readonly T[]>([]);
  const [settledQuery, setSettledQuery] = useState('');
  const [active, setActive] = useState(0);
  const searchRef = useRef(props.search);
  searchRef.current = props.search;

  useEffect(() => {
    let live = true;
    const q = query.trim();
    if (q === '') {
      setResults([]);
      setSettledQuery('');
      return;
    }
    searchRef
      .current(q)
      .then((found) => {
        if (!live) return;
        setResults(found);
        setSettledQuery(q);
        setActive(0);
      })
      // handled: a search that fails shows no results; the caller words store errors where they matter
      .catch(() => live && setResults([]));
    return () => {
      live = false;
    };
  }, [query]);

  const q = query.trim();
  const extraChoice = q === '' ? undefined : extra?.(q);
  const answers: Answer<T>[] = [...results.map((item) => ({ kind: 'item' as const, item })), ...(extraChoice ? [{ kind: 'extra' as const, extra: extraChoice }] : [])];
  const showList = open && q !== '' && settledQuery === q;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const pick = (answer: Answer<T> | undefined) => {
    if (!answer) return;
    if (answer.kind === 'item') onPick(answer.item);
    else answer.extra.onPick();
    setOpen(false);
    setQuery('');
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className={cx('field picker', className)} data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-expanded={showList && answers.length > 0}
        aria-controls={listId}
        aria-activedescendant={showList && answers[active] ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => (answers.length === 0 ? 0 : (a + step + answers.length) % answers.length));
          } else if (e.key === 'Enter' && showList) {
            e.preventDefault();
            pick(answers[active]);
          } else if (e.key === 'Escape') {
            e.stopPropagation();
            if (showList) setOpen(false);
            else onCancel?.();
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={label} className="picker-list" hidden={!showList || answers.length === 0}>
        {showList &&
          answers.map((answer, i) => (
            <li
              key={answer.kind === 'item' ? keyOf(answer.item) : '__extra'}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={cx('picker-option', i === active && 'is-active', answer.kind === 'extra' && 'is-extra')}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(answer)}
            >
              {answer.kind === 'item' ? (
                <>
                  <span className="picker-label">{labelOf(answer.item)}</span>
                  {describe?.(answer.item) && <span className="picker-description">{describe(answer.item)}</span>}
                </>
              ) : (
                <span className="picker-label">{answer.extra.label}</span>
              )}
            </li>
          ))}
      </ul>
      {showList && answers.length === 0 && (
        <p className="picker-empty" role="status">
          {noResults(q)}
        </p>
      )}
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
