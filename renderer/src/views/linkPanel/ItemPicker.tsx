/**
 * "Find an existing deal, lead or project" (R4.10): a combobox that suggests items whose name
 * starts with what is typed (store.queries.findItems), chosen with the arrows and Enter or a click.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemRef } from '../../../../shared/domain/crm';
import { useCrmStore } from '../../session/sessionContext';
import { cx } from '../../components/classNames';
import type { ItemRow } from '../../db/records';
import { ItemKindTag } from '../common/ItemKindTag';

const SUGGESTIONS = 8;

export interface ItemPickerProps {
  label: string;
  hint?: string;
  onPick(item: ItemRow): void;
  /** an item not to offer (e.g. the one the thread is linked to already) */
  exclude?: ItemRef;
  disabled?: boolean;
  testId?: string;
}

export function ItemPicker({ label, hint, onPick, exclude, disabled, testId }: ItemPickerProps) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const found = useLiveQuery(() => store.queries.findItems(text.trim(), { limit: SUGGESTIONS + 1 }), [store, text]);
  const items = (found ?? []).filter((i) => !(exclude && i.kind === exclude.kind && i.id === exclude.itemId)).slice(0, SUGGESTIONS);
  const current = items[Math.min(active, items.length - 1)];
  const listShown = open && found !== undefined && items.length > 0;

  function pick(item: ItemRow): void {
    onPick(item);
    setText('');
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    switch (event.key) {
      case 'ArrowDown':
        setOpen(true);
        setActive((a) => Math.min(items.length - 1, a + 1));
        break;
      case 'ArrowUp':
        setActive((a) => Math.max(0, a - 1));
        break;
      case 'Enter':
        if (!listShown || !current) return;
        pick(current);
        break;
      case 'Escape':
        // a shown list closes first; otherwise Escape is the dialog's or the page's
        if (!listShown) return;
        setOpen(false);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  const optionId = (item: ItemRow) => `${id}-${item.kind}-${item.id}`;
  return (
    <div className="item-picker field" data-testid={testId}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={listShown}
        aria-controls={listShown ? `${id}-list` : undefined}
        aria-autocomplete="list"
        aria-activedescendant={listShown && current ? optionId(current) : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        placeholder={t('linkPanel.find.placeholder')}
        value={text}
        disabled={disabled}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {listShown && (
        <ul id={`${id}-list`} role="listbox" aria-label={label} className="item-picker-list">
          {items.map((item) => (
            <li
              key={optionId(item)}
              id={optionId(item)}
              role="option"
              aria-selected={item === current}
              className={cx('item-picker-option', item === current && 'is-active')}
              // keep the focus in the input while choosing with the pointer
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(item)}
            >
              <ItemKindTag kind={item.kind} />
              <span className="item-picker-title">{item.title}</span>
              {item.status !== 'open' && <span className="item-status">{t(`linkPanel.status.${item.status}`)}</span>}
            </li>
          ))}
        </ul>
      )}
      {open && found !== undefined && items.length === 0 && (
        <p className="item-picker-list item-picker-none" role="status">
          {text.trim() ? t('linkPanel.find.none', { text: text.trim() }) : t('linkPanel.find.empty')}
        </p>
      )}
    </div>
  );
}
