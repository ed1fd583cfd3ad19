/** The listbox under a combobox: options picked by click (mouse down, so the input keeps focus). */
import type { ReactNode } from 'react';
import type { Suggestion } from './useSuggestions';

export interface SuggestionListProps<T> {
  id: string;
  label: string;
  items: readonly Suggestion<T>[];
  open: boolean;
  active: number;
  optionId(index: number): string;
  onPick(index: number): void;
  render(value: T): ReactNode;
}

export function SuggestionList<T>({ id, label, items, open, active, optionId, onPick, render }: SuggestionListProps<T>) {
  return (
    <ul id={id} role="listbox" aria-label={label} className="compose-suggestions" hidden={!open}>
      {open &&
        items.map((item, index) => (
          <li
            key={item.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'compose-suggestion is-active' : 'compose-suggestion'}
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(index);
            }}
          >
            {render(item.value)}
          </li>
        ))}
    </ul>
  );
}
