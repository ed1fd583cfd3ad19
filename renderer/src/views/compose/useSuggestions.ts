/**
 * Suggestions for a text box (ARIA combobox with a listbox): loads them for what was typed after
 * a short pause, and keeps the highlighted one for arrow keys, Enter, Tab and Escape. Enter or
 * Tab takes the highlighted suggestion (Tab then stays in the box, for the next one).
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { reportError } from '../../api/reportError';

export interface Suggestion<T> {
  key: string;
  value: T;
}

export interface SuggestionsOptions<T> {
  query: string;
  load(query: string): Promise<Suggestion<T>[]>;
  onPick(value: T): void;
  /** called for Enter when nothing is highlighted; return true when it was handled */
  onEnter?(): boolean;
  /** which suggestion is highlighted as soon as the list shows (Enter or Tab takes it); -1 for none */
  highlight?(query: string, found: readonly Suggestion<T>[]): number;
  delayMs?: number;
}

/** What `useSuggestions` gives its combobox: the list's state, and props for the text box. */
export type Suggestions<T> = ReturnType<typeof useSuggestions<T>>;

export function useSuggestions<T>({ query, load, onPick, onEnter, highlight, delayMs = 120 }: SuggestionsOptions<T>) {
  const listId = useId();
  const [items, setItems] = useState<Suggestion<T>[]>([]);
  const [active, setActive] = useState(-1);
  const [dismissed, setDismissed] = useState(false);
  /** the text the current items were found for */
  const [settled, setSettled] = useState('');

  useEffect(() => {
    const text = query.trim();
    if (text === '') {
      setItems([]);
      setSettled('');
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      load(text)
        .then((found) => {
          if (!live) return;
          setItems(found);
          setSettled(text);
          setActive(highlight ? highlight(text, found) : -1);
          setDismissed(false);
        })
        .catch((err: unknown) => {
          // suggestions are a convenience: none are shown, and the error goes to the log
          reportError('compose: suggestions', err);
          if (live) setItems([]);
        });
    }, delayMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, load, highlight, delayMs]);

  const open = !dismissed && items.length > 0 && query.trim() !== '';
  const optionId = (index: number) => `${listId}-o${index}`;

  function pick(index: number): void {
    const item = items[index];
    if (!item) return;
    onPick(item.value);
    setItems([]);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      setDismissed(false);
      setActive((i) => (i + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault();
      setDismissed(false);
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
    } else if (event.key === 'Enter') {
      if (open && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (onEnter?.()) event.preventDefault();
    } else if (event.key === 'Tab' && !event.shiftKey && open && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && open) {
      // closes the list, not the dialog around it
      event.preventDefault();
      event.stopPropagation();
      setDismissed(true);
      setActive(-1);
    }
  }

  return {
    items,
    open,
    /** true once the search for the current text came back empty */
    nothingFound: settled !== '' && settled === query.trim() && items.length === 0,
    active,
    listId,
    optionId,
    pick,
    close: () => setDismissed(true),
    inputProps: {
      role: 'combobox' as const,
      'aria-autocomplete': 'list' as const,
      'aria-expanded': open,
      'aria-controls': listId,
      'aria-activedescendant': open && active >= 0 ? optionId(active) : undefined,
      onKeyDown,
    },
  };
}
