/**
 * Settings › Company BCC address (R1.1, R1.2): the address with a copy button; changing the
 * domain (or mailbox name) makes a new address, and the earlier ones stay accepted as aliases.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../../shared/settings/accountConfig';
import { CopyableText } from '../../components/CopyableText';
import { CompanyBccFields } from '../common/account/CompanyBccFields';
import { addressOf, companyBccDraftOf, companyBccOf } from '../common/account/companyBccDraft';
import { SaveFailureNotice } from '../common/account/SaveFailureNotice';
import { SaveBar } from './SaveBar';
import { SettingsSection } from './SettingsSection';
import { useConfigSave } from './useConfigSave';

export interface CompanyBccSectionProps {
  account: AccountView & { config: NonNullable<AccountView['config']> };
  onSaved(account: AccountView): void;
}

export function CompanyBccSection({ account, onSaved }: CompanyBccSectionProps) {
  const { t } = useTranslation();
  const bcc = account.config.companyBcc;
  const [draft, setDraft] = useState(() => companyBccDraftOf(bcc));
  const [showProblems, setShowProblems] = useState(false);
  const saving = useConfigSave(account, onSaved);
  const next = addressOf(draft);
  const unchanged = next === bcc.address;

  async function save(): Promise<void> {
    setShowProblems(true);
    const companyBcc = companyBccOf(bcc, draft);
    if (!companyBcc || unchanged) return;
    await saving.save((config) => ({ ...config, companyBcc }));
  }

  return (
    <SettingsSection id="bcc" title={t('settings.bcc.title')} description={t('settings.bcc.purpose')}>
      <CopyableText value={bcc.address} prominent copyLabel={t('common.copy.bccAddress')} testId="settings-bcc-address" />
      {bcc.aliases.length > 0 && (
        <div className="aliases">
          <p className="field-hint">{t('settings.bcc.aliases', { count: bcc.aliases.length })}</p>
          <ul data-testid="bcc-aliases">
            {bcc.aliases.map((alias) => (
              <li key={alias}>
                <code>{alias}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <details className="disclosure">
        <summary>{t('settings.bcc.change')}</summary>
        <p className="section-text">{t('settings.bcc.changeText')}</p>
        <CompanyBccFields
          value={draft}
          onChange={(value) => {
            setDraft(value);
            saving.reset();
          }}
          showProblems={showProblems}
        />
        <SaveFailureNotice state={saving.state} />
        <SaveBar changed={!unchanged} state={saving.state} onSave={() => void save()} label={t('settings.bcc.save')} testId="bcc-save" />
      </details>
    </SettingsSection>
  );
}
