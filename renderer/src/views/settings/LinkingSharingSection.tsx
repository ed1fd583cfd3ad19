/** Settings › Linking and sharing: automatic or manual linking (R4.4), default sharing (R5.3). */
import { useTranslation } from 'react-i18next';
import type { LinkingMode, SharingDefault } from '../../../../shared/domain/crm';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import type { CrmPreferencesProps } from './crmPreferences';
import { SettingsSection } from './SettingsSection';

export function LinkingSharingSection({ linkingMode, sharing, onChange }: CrmPreferencesProps) {
  const { t } = useTranslation();
  return (
    <SettingsSection id="linking" title={t('settings.linking.title')}>
      <div className="section-body">
        <ChoiceGroup<LinkingMode>
          legend={t('settings.linking.mode')}
          value={linkingMode}
          onChange={(value) => onChange({ linkingMode: value })}
          choices={[
            { value: 'automatic', label: t('settings.linking.automatic'), description: t('settings.linking.automaticHint') },
            { value: 'manual', label: t('settings.linking.manual'), description: t('settings.linking.manualHint') },
          ]}
        />
        <ChoiceGroup<SharingDefault>
          legend={t('settings.sharing.mode')}
          hint={t('settings.sharing.futureOnly')}
          value={sharing}
          onChange={(value) => onChange({ sharing: value })}
          choices={[
            { value: 'share-linked', label: t('settings.sharing.share'), description: t('settings.sharing.shareHint') },
            { value: 'private', label: t('settings.sharing.private'), description: t('settings.sharing.privateHint') },
          ]}
        />
      </div>
    </SettingsSection>
  );
}
