/** Find a person by name or address (R4.10 "find by name"). */
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { SearchPicker } from '../../components/SearchPicker';
import type { PersonRow } from '../../db/records';

export interface PersonPickerProps {
  label: string;
  onPick(person: PersonRow): void;
  onCancel?(): void;
  autoFocus?: boolean;
  testId?: string;
}

export function PersonPicker({ label, onPick, onCancel, autoFocus, testId }: PersonPickerProps) {
  const { t } = useTranslation();
  const store = useCrmStore();
  return (
    <SearchPicker<PersonRow>
      label={label}
      placeholder={t('items.picker.personPlaceholder')}
      search={(query) => store.queries.findPersons(query, 8)}
      keyOf={(p) => p.id}
      labelOf={(p) => p.name}
      describe={(p) => p.emails[0]}
      onPick={onPick}
      onCancel={onCancel}
      noResults={(query) => t('items.picker.noPerson', { query })}
      autoFocus={autoFocus}
      testId={testId}
    />
  );
}
