/**
 * The settings page (R10.1): company BCC address, account and drop box, sender addresses,
 * sending, linking and sharing, synced folders, the copy on the mail server (R8.3), mail
 * authentication (R3.4: the authserv-id), desktop notifications, language, starting at login. The mail side is saved through
 * account:save; CRM preferences and alternate addresses come in as props from their owners.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../../shared/settings/accountConfig';
import { Notice } from '../../components/Notice';
import { SourceTroubleNotes } from '../common/capture/SourceTroubleNotes';
import { AccountSection } from './AccountSection';
import type { AlternatesProps } from './alternates';
import { AlternatesSection } from './AlternatesSection';
import { AuthservSection } from './AuthservSection';
import { AutoBccSection } from './AutoBccSection';
import { CompanyBccSection } from './CompanyBccSection';
import type { CrmPreferencesProps } from './crmPreferences';
import { LanguageSection } from './LanguageSection';
import { LinkingSharingSection } from './LinkingSharingSection';
import { NotificationsSection } from './NotificationsSection';
import { ReplicationSection } from './ReplicationSection';
import { SettingsNav } from './SettingsNav';
import { StartupSection } from './StartupSection';
import { SyncSection } from './SyncSection';
import { useAccountView } from './useAccountView';
import { useRequestedSection } from './useRequestedSection';
import { foldersOf, useSavedFolders } from './useSavedFolders';
import '../../styles/settings.css';

export interface SettingsViewProps {
  /** R4.4 / R5.3, from the CRM store */
  preferences: CrmPreferencesProps;
  /** R6, from whoever owns the alternate addresses */
  alternates: AlternatesProps;
  /**
   * After each save of the mail settings (main's account config): e.g. to mirror the company
   * BCC address (R1.2) and the primary address (R6.4) into the CRM store.
   */
  onAccountSaved?(account: AccountView): void;
}

export function SettingsView({ preferences, alternates, onAccountSaved }: SettingsViewProps) {
  const { t } = useTranslation();
  const view = useAccountView();
  const { state } = view;
  const replace = (saved: AccountView) => {
    view.replace(saved);
    onAccountSaved?.(saved);
  };
  /** the folders a connection test just listed (with a password typed now) */
  const [testedFolders, setTestedFolders] = useState<string[] | undefined>(undefined);
  const account = state.status === 'loaded' ? state.account : undefined;
  const config = account?.config;
  useRequestedSection(config !== undefined);
  // R7.1: otherwise the saved account's, listed with the stored password: no second prompt
  const saved = useSavedFolders(account);
  const folders = testedFolders ?? foldersOf(saved);

  return (
    <div className="settings" data-testid="settings-view">
      <h1>{t('settings.title')}</h1>
      {/* R10.4: a mail source that stopped says why here too, with "Retry now" */}
      <SourceTroubleNotes place="settings" />
      <SettingsNav
        items={[
          ...(config
            ? [
                { id: 'bcc', title: t('settings.bcc.title') },
                { id: 'account', title: t('settings.account.title') },
                { id: 'addresses', title: t('settings.alternates.title') },
                { id: 'sending', title: t('settings.autoBcc.title') },
                { id: 'linking', title: t('settings.linking.title') },
                { id: 'sync', title: t('settings.sync.title') },
                { id: 'replication', title: t('settings.replication.title') },
                { id: 'authentication', title: t('settings.authserv.title') },
              ]
            : []),
          { id: 'notifications', title: t('notifications.settings.title') },
          { id: 'language', title: t('settings.language.title') },
          { id: 'startup', title: t('system.startup.title') },
        ]}
      />
      {state.status === 'loading' && <p className="muted" aria-busy="true">{t('settings.loading')}</p>}
      {state.status === 'core-error' && (
        <Notice tone="error" announce="alert" title={t('common.coreError.title')}>
          <p>{t('common.coreError.advice')}</p>
        </Notice>
      )}
      {account && !config && (
        <Notice tone="info" title={t('settings.noAccount')}>
          <p>{t('settings.noAccountAdvice')}</p>
        </Notice>
      )}
      {account && config && (
        <>
          <CompanyBccSection account={{ ...account, config }} onSaved={replace} />
          <AccountSection account={{ ...account, config }} onSaved={replace} onFolders={setTestedFolders} savedFolders={foldersOf(saved)} />
          <AlternatesSection primary={config.email} alternates={alternates} />
          <AutoBccSection account={{ ...account, config }} onSaved={replace} />
          <LinkingSharingSection {...preferences} />
          <SyncSection account={{ ...account, config }} onSaved={replace} folders={folders ?? []} listing={saved.status === 'listing'} />
          <ReplicationSection account={{ ...account, config }} onSaved={replace} />
          <AuthservSection account={{ ...account, config }} onSaved={replace} />
        </>
      )}
      <NotificationsSection />
      <LanguageSection />
      <StartupSection />
    </div>
  );
}
