/** Next to a section's save button: "Saved" once the save went through (announced politely). */
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import type { SaveState } from '../common/account/useSaveAccount';

export function SavedBadge({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <span role="status" className="save-outcome">
      {state.status === 'saved' && <StatusBadge tone="ok">{t('settings.save.saved')}</StatusBadge>}
    </span>
  );
}
