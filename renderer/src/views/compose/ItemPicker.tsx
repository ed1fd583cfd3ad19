/**
 * "Attach to a deal or lead" (R2.1): find an open deal or lead by name (`findItems`); the chosen
 * one's item address then gets the CRM copy, and the conversation is linked to it on capture
 * (R1.4). Shows the chosen item with a button to take it off again.
 */
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useCrmStore } from '../../session/sessionContext';
import type { DraftItem } from '../../state/compose';
import { SuggestionList } from './SuggestionList';
import { useSuggestions, type Suggestion } from './useSuggestions';

export interface ItemPickerProps {
  value: DraftItem | undefined;
  onChange(item: DraftItem | undefined): void;
}

export function ItemPicker({ value, onChange }: ItemPickerProps) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const [query, setQuery] = useState('');
  const [searching, setSearching] = useState(false);

  const load = useCallback(
    async (text: string): Promise<Suggestion<DraftItem>[]> => {
      const items = await store.queries.findItems(text, { kinds: ['deal', 'lead'], openOnly: true, limit: 8 });
      return items.map((item) => ({
        key: `${item.kind}:${item.id}`,
        value: { kind: item.kind, id: item.id, title: item.title, ...('token' in item ? { token: item.token } : {}) },
      }));
    },
    [store],
  );
  const suggestions = useSuggestions<DraftItem>({
    query,
    load,
    onPick: (item) => {
      onChange(item);
      setQuery('');
      setSearching(false);
    },
  });

  if (value && !searching) {
    return (
      <div className="compose-item-picker" data-testid="compose-item">
        <span className="compose-item-picker-label">{t('compose.item.label')}</span>
        <span className="compose-item-chosen">
          <span className="compose-item-kind">{t(`compose.item.kind.${value.kind}`)}</span>
          <span className="compose-item-title">{value.title}</span>
        </span>
        <Button variant="quiet" onClick={() => setSearching(true)}>
          {t('compose.item.change')}
        </Button>
        <Button variant="quiet" aria-label={t('compose.item.removeNamed', { title: value.title })} onClick={() => onChange(undefined)}>
          {t('compose.item.remove')}
        </Button>
      </div>
    );
  }

  return (
    <div className="compose-item-picker is-searching" data-testid="compose-item">
      <label htmlFor={inputId} className="compose-item-picker-label">
        {t('compose.item.label')}
      </label>
      <div className="compose-item-search">
        <input
          id={inputId}
          type="search"
          className="compose-item-input"
          value={query}
          placeholder={t('compose.item.placeholder')}
          onChange={(e) => setQuery(e.target.value)}
          onBlur={() => suggestions.close()}
          autoComplete="off"
          autoFocus={searching}
          aria-describedby={hintId}
          {...suggestions.inputProps}
        />
        <SuggestionList
          suggestions={suggestions}
          label={t('compose.item.suggestions')}
          render={(item) => (
            <>
              <span className="compose-suggestion-name">{item.title}</span>
              <span className="compose-suggestion-detail">{t(`compose.item.kind.${item.kind}`)}</span>
            </>
          )}
        />
      </div>
      {searching && (
        <Button variant="quiet" onClick={() => setSearching(false)}>
          {t('common.actions.cancel')}
        </Button>
      )}
      <p id={hintId} className="field-hint compose-item-hint">
        {suggestions.nothingFound ? t('compose.item.none', { query: query.trim() }) : t('compose.item.hint')}
      </p>
    </div>
  );
}
