/** The listbox under a combobox: options picked by click (mouse down, so the input keeps focus). */
import type { ReactNode } from 'react';
import type { Suggestions } from './useSuggestions';

export interface SuggestionListProps<T> {
  /** the state of the combobox this list belongs to */
  suggestions: Pick<Suggestions<T>, 'listId' | 'items' | 'open' | 'active' | 'optionId' | 'pick'>;
  label: string;
  render(value: T): ReactNode;
}

export function SuggestionList<T>({ suggestions, label, render }: SuggestionListProps<T>) {
  const { listId, items, open, active, optionId, pick } = suggestions;
  return (
    <ul id={listId} role="listbox" aria-label={label} className="compose-suggestions" hidden={!open}>
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
              pick(index);
            }}
          >
            {render(item.value)}
          </li>
        ))}
    </ul>
  );
}
