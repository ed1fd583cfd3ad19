/** Settings › Linking and sharing: automatic or manual linking (R4.4), default sharing (R5.3); each saves at once. */
import { useTranslation } from 'react-i18next';
import type { LinkingMode, SharingDefault } from '../../../../shared/domain/crm';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorNotice } from '../common/ErrorNotice';
import type { CrmPreferencesProps } from './crmPreferences';
import { SavedBadge } from './SavedBadge';
import { SettingsSection } from './SettingsSection';
import { useInstantSave } from './useInstantSave';

export function LinkingSharingSection({ linkingMode, sharing, onChange }: CrmPreferencesProps) {
  const { t } = useTranslation();
  const linking = useInstantSave();
  const sharingSave = useInstantSave();
  return (
    <SettingsSection id="linking" title={t('settings.linking.title')}>
      <div className="section-body">
        <ChoiceGroup<LinkingMode>
          legend={t('settings.linking.mode')}
          value={linkingMode}
          onChange={(value) => void linking.run(() => onChange({ linkingMode: value }))}
          choices={[
            { value: 'automatic', label: t('settings.linking.automatic'), description: t('settings.linking.automaticHint') },
            { value: 'manual', label: t('settings.linking.manual'), description: t('settings.linking.manualHint') },
          ]}
        />
        <SavedBadge token={linking.savedAt} testId="linking-saved" />
        <ErrorNotice error={linking.failure} />
        <ChoiceGroup<SharingDefault>
          legend={t('settings.sharing.mode')}
          hint={t('settings.sharing.futureOnly')}
          value={sharing}
          onChange={(value) => void sharingSave.run(() => onChange({ sharing: value }))}
          choices={[
            { value: 'share-linked', label: t('settings.sharing.share'), description: t('settings.sharing.shareHint') },
            { value: 'private', label: t('settings.sharing.private'), description: t('settings.sharing.privateHint') },
          ]}
        />
        <SavedBadge token={sharingSave.savedAt} testId="sharing-saved" />
        <ErrorNotice error={sharingSave.failure} />
      </div>
    </SettingsSection>
  );
}
