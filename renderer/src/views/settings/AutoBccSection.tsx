/** Settings › Sending: when compose adds the company BCC address (R2.1). Saved at once. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView, AutoBccMode } from '../../../../shared/settings/accountConfig';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { SaveFailureNotice } from '../common/account/SaveFailureNotice';
import { SavedBadge } from './SavedBadge';
import { SettingsSection } from './SettingsSection';
import { useConfigSave } from './useConfigSave';

export interface AutoBccSectionProps {
  account: AccountView & { config: NonNullable<AccountView['config']> };
  onSaved(account: AccountView): void;
}

export function AutoBccSection({ account, onSaved }: AutoBccSectionProps) {
  const { t } = useTranslation();
  const saving = useConfigSave(account, onSaved);
  // shown at once; put back if the save fails
  const [mode, setMode] = useState<AutoBccMode>(account.config.autoBcc);
  const address = account.config.companyBcc.address;

  async function choose(autoBcc: AutoBccMode): Promise<void> {
    const before = mode;
    setMode(autoBcc);
    const outcome = await saving.save((config) => ({ ...config, autoBcc }));
    if (outcome.status !== 'saved') setMode(before);
  }

  return (
    <SettingsSection id="sending" title={t('settings.autoBcc.title')}>
      <ChoiceGroup<AutoBccMode>
        legend={t('settings.autoBcc.mode', { address })}
        value={mode}
        onChange={(value) => void choose(value)}
        choices={[
          { value: 'always', label: t('settings.autoBcc.always'), description: t('settings.autoBcc.alwaysHint') },
          { value: 'ask', label: t('settings.autoBcc.ask'), description: t('settings.autoBcc.askHint') },
          { value: 'never', label: t('settings.autoBcc.never'), description: t('settings.autoBcc.neverHint') },
        ]}
      />
      <p className="field-hint">{t('settings.autoBcc.itemNote')}</p>
      <SavedBadge state={saving.state} />
      <SaveFailureNotice state={saving.state} />
    </SettingsSection>
  );
}
