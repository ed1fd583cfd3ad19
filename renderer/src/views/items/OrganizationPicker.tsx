/** Find an organization by name, or create it from what was typed. */
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { SearchPicker } from '../../components/SearchPicker';
import type { OrganizationRow } from '../../db/records';

export interface OrganizationPickerProps {
  label: string;
  onPick(organization: OrganizationRow): void;
  onCancel?(): void;
  autoFocus?: boolean;
  testId?: string;
}

export function OrganizationPicker({ label, onPick, onCancel, autoFocus, testId }: OrganizationPickerProps) {
  const { t } = useTranslation();
  const store = useCrmStore();
  return (
    <SearchPicker<OrganizationRow>
      label={label}
      placeholder={t('items.picker.organizationPlaceholder')}
      search={(query) => store.queries.findOrganizations(query, 8)}
      keyOf={(o) => o.id}
      labelOf={(o) => o.name}
      onPick={onPick}
      onCancel={onCancel}
      noResults={(query) => t('items.picker.noOrganization', { query })}
      extra={(query) => ({
        label: t('items.picker.createOrganization', { name: query }),
        onPick: () => void store.createOrganization({ name: query }).then(onPick),
      })}
      autoFocus={autoFocus}
      testId={testId}
    />
  );
}
